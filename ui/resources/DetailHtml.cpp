#include "resources/DetailHtml.h"
