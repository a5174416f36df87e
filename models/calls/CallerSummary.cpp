#include "calls/CallerSummary.h"
