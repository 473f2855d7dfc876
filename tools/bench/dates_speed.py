#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Side-by-side speed of the `dates` stage and dateparser's search_dates.

Reads the dates suites' texts at run time from the shared evaluation folder (nothing is
copied into the repository), runs dateparser.search.search_dates over every case and the
release `nlpsh run --chain dates` over the same cases in the same run, and prints cases/s
for both and their ratio. Then measures the stage's throughput in MB/s on the samples/
articles repeated to at least --mb megabytes, with one worker (-j 1: per core).

Rates are per CPU second of one core (dateparser's own process time; nlpsh with -j 1, user +
system time of the child), so that they compare like with like and do not depend on what else
the machine runs; the wall-clock rate of nlpsh on all cores is printed beside them. The stage
alone is the run's CPU time minus that of the same run with the cheap C `sentences` stage
(reading JSON Lines, the host, writing JSON).

    pip install -r tools/bench/requirements.txt
    swift build -c release
    python3 tools/bench/dates_speed.py
"""
import argparse
import os
import sys
import tempfile
import time
from datetime import datetime

from common import NLPSH, SAMPLES, SUITES, load_cases, report_samples, report_suite, write_jsonl


def dct_datetime(s):
    try:
        return datetime.fromisoformat(s[:19]) if len(s) >= 19 else datetime.fromisoformat(s[:10])
    except ValueError:
        return None


def run_dateparser(cases):
    try:
        from dateparser.search import search_dates
    except ImportError:
        sys.exit("dateparser is not installed: pip install -r tools/bench/requirements.txt")
    # warm up once per language (dateparser loads its language data lazily)
    for lang in sorted({c["lang"] for c in cases}):
        search_dates("1 January 2020", languages=[lang])
    t0 = time.process_time()
    found = 0
    for c in cases:
        settings = {}
        base = dct_datetime(c["dct"])
        if base is not None:
            settings["RELATIVE_BASE"] = base.replace(tzinfo=None)
        r = search_dates(c["text"], languages=[c["lang"]] if c["lang"] else None, settings=settings)
        found += len(r or [])
    return time.process_time() - t0, found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nlpsh", default=NLPSH)
    ap.add_argument("--suites", default=SUITES)
    ap.add_argument("--samples", default=SAMPLES)
    ap.add_argument("--repeat", type=int, default=50, help="passes of the suite texts for nlpsh (start-up amortised)")
    ap.add_argument("--mb", type=float, default=20.0, help="size of the repeated sample corpus")
    args = ap.parse_args()

    cases = load_cases(args.suites, "dates")
    if not cases:
        sys.exit(f"no dates-*.jsonl under {args.suites}")
    with tempfile.TemporaryDirectory() as tmp:
        suite_jsonl = os.path.join(tmp, "cases.jsonl")
        write_jsonl(suite_jsonl, (dict(c, id=f"{c['id']}#{k}") for k in range(args.repeat) for c in cases))

        dp_time, dp_found = run_dateparser(cases)
        dp_rate = len(cases) / dp_time
        print(f"suite texts: {len(cases)} cases from {args.suites}")
        print(f"  {'dateparser search_dates':<33}: {dp_rate:10.0f} cases/s per core ({dp_time:.2f} s CPU, {dp_found} found)")
        whole, alone = report_suite(args.nlpsh, suite_jsonl, len(cases), args.repeat, "dates", "date")
        print(f"  {'ratio to dateparser, per core':<33}: whole run {whole / dp_rate:6.0f}x;  stage alone {alone / dp_rate:6.0f}x")

        report_samples(args.nlpsh, args.samples, args.mb, tmp, "dates", "date")


if __name__ == "__main__":
    main()
