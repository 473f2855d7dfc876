/* SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef CSENTENCES_H
#define CSENTENCES_H
#include "stage_abi.h"
/* The plugin's one export (see stage_abi.h). */
int32_t nlp_stage_entry(uint32_t host_abi_version, nlp_stage_vtable *out);
#endif
