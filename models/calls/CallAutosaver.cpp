#include "calls/CallAutosaver.h"
