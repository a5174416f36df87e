#include "calls/CallListModel.h"
