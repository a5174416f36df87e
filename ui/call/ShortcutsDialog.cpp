#include "call/ShortcutsDialog.h"
