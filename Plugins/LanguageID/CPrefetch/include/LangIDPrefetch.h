// SPDX-License-Identifier: GPL-3.0-or-later
// A software prefetch for the langid scorer: Swift has no portable way to issue one.
#ifndef LANGID_PREFETCH_H
#define LANGID_PREFETCH_H

/// Starts loading the cache line of `p` into all cache levels without waiting for it
/// (a hint: it never faults and has no visible effect).
static inline __attribute__((always_inline)) void langid_prefetch(const void *p) {
  __builtin_prefetch(p, 0, 3);
}

#endif
