#include "call/SearchPanel.h"
