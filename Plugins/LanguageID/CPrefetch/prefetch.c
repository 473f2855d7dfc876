// SPDX-License-Identifier: GPL-3.0-or-later
// (the target is its header, LangIDPrefetch.h; this file gives it a source)
#include "LangIDPrefetch.h"
