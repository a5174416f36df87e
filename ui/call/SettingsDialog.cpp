#include "call/SettingsDialog.h"
