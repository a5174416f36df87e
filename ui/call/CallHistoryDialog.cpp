#include "call/CallHistoryDialog.h"
