#include "resources/ResourceDetailView.h"
