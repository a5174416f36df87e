#include "call/CallPanel.h"
