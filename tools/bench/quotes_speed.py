#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The `quotes` stage's speed on samples/ repeated to >= 20 MB (the issue's measure: MB/s per core), with the
lang of each article given in the input as a chain after langid would have it. No other library extracts quotes
with speakers in these languages, so the comparison is against another build of nlpsh, run alternately in the
same invocation (`--also OTHER_NLPSH`), and the machine's own rate shows in the host floor printed beside it.

  python3 tools/bench/quotes_speed.py [--nlpsh .build/release/nlpsh] [--also OTHER] [--rounds 3] [--mb 20]
"""
import argparse
import os
import tempfile

from common import NLPSH, SAMPLES, report_samples


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nlpsh", default=NLPSH)
    ap.add_argument("--also", help="another nlpsh build, run alternately with the first")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--mb", type=float, default=20)
    a = ap.parse_args()
    builds = [a.nlpsh] + ([a.also] if a.also else [])
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(a.rounds):
            for b in builds:
                print(f"round {r + 1}, {os.path.relpath(b)}:")
                report_samples(b, SAMPLES, a.mb, tmp, "quotes", "quote")


if __name__ == "__main__":
    main()
