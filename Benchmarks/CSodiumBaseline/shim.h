#ifndef CSODIUM_BASELINE_SHIM_H
#define CSODIUM_BASELINE_SHIM_H

#include <sodium.h>

#endif
