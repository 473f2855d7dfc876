/* SPDX-License-Identifier: GPL-3.0-or-later
 * The C ABI is a header only; this translation unit lets SwiftPM build the target. */
#include "stage_abi.h"
