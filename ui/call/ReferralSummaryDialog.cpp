#include "call/ReferralSummaryDialog.h"
