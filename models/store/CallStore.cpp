#include "store/CallStore.h"
