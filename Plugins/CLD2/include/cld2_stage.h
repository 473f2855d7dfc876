/* SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef CLD2_STAGE_H
#define CLD2_STAGE_H
#include "stage_abi.h"
int32_t nlp_stage_entry(uint32_t host_abi_version, nlp_stage_vtable *out);
#endif
