#include "calls/CallVocabulary.h"
