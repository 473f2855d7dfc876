#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Side-by-side speed of the `numbers` stage and text2num's alpha2digit.

Reads the numbers suites' texts at run time from the shared evaluation folder (nothing is
copied into the repository) and keeps the cases of the languages text2num supports. In one
run it times text2num.alpha2digit over every case and the release `nlpsh run --chain numbers`
over the same cases (repeated --repeat times so that start-up is amortised), and prints the
cases/s of both and their ratio per CPU second of one core (text2num's own process time; nlpsh
with -j 1), so that they compare like with like whatever else the machine runs; the wall-clock
rate of nlpsh on all cores is printed beside them. Then it measures the stage's throughput in
MB/s per core on the samples/ articles repeated to at least --mb megabytes (-j 1).

`nlpsh run` spends most of its time outside the stage (reading JSON Lines, converting offsets,
writing JSON), so each figure is also given for the stage alone: the CPU time of the same run
with the cheap C `sentences` stage (the host floor) is subtracted.

    pip install -r tools/bench/requirements.txt
    swift build -c release
    python3 tools/bench/numbers_speed.py
"""
import argparse
import os
import re
import sys
import tempfile
import time

from common import NLPSH, SAMPLES, SUITES, load_cases, report_samples, report_suite, write_jsonl

# languages alpha2digit accepts (text2num 3.x)
T2N_LANGS = {"en", "fr", "es", "pt", "de", "nl", "da", "it"}


def run_text2num(cases, passes):
    try:
        from text_to_num import alpha2digit
    except ImportError:
        sys.exit("text2num is not installed: pip install -r tools/bench/requirements.txt")
    for lang in sorted({c["lang"] for c in cases}):  # warm up each language once
        alpha2digit("twenty three", lang)
    t0 = time.process_time()
    changed = 0
    for _ in range(passes):
        for c in cases:
            if alpha2digit(c["text"], c["lang"]) != c["text"]:
                changed += 1
    return time.process_time() - t0, changed // passes


class _Word:
    """A word token in the shape text2num's find_numbers expects."""
    __slots__ = ("word",)

    def __init__(self, word):
        self.word = word

    def text(self):
        return self.word

    def nt_separated(self, previous):
        return False

    def not_a_number_part(self):
        return False


def run_text2num_spans(cases, passes):
    """text2num used to find spans and values: split into words, then find_numbers (what a span finder needs)."""
    from text_to_num import find_numbers
    words = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
    t0 = time.process_time()
    found = 0
    for _ in range(passes):
        for c in cases:
            toks = [_Word(m.group()) for m in words.finditer(c["text"])]
            try:
                found += len(find_numbers(toks, c["lang"], threshold=0))
            except Exception:
                pass
    return time.process_time() - t0, found // passes


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nlpsh", default=NLPSH)
    ap.add_argument("--suites", default=SUITES)
    ap.add_argument("--samples", default=SAMPLES)
    ap.add_argument("--repeat", type=int, default=200, help="passes of the suite texts for nlpsh (start-up amortised)")
    ap.add_argument("--t2n-passes", type=int, default=20, help="passes of the suite texts for text2num")
    ap.add_argument("--mb", type=float, default=30.0, help="size of the repeated sample corpus")
    args = ap.parse_args()

    cases = load_cases(args.suites, "numbers", T2N_LANGS)
    if not cases:
        sys.exit(f"no numbers-*.jsonl of {sorted(T2N_LANGS)} under {args.suites}")
    langs = sorted({c["lang"] for c in cases})
    with tempfile.TemporaryDirectory() as tmp:
        suite_jsonl = os.path.join(tmp, "cases.jsonl")
        write_jsonl(suite_jsonl, (dict(c, id=f"{c['id']}#{k}") for k in range(args.repeat) for c in cases))

        t2n_time, t2n_changed = run_text2num(cases, args.t2n_passes)
        t2n_rate = len(cases) * args.t2n_passes / t2n_time
        span_time, span_found = run_text2num_spans(cases, args.t2n_passes)
        span_rate = len(cases) * args.t2n_passes / span_time
        print(f"suite texts: {len(cases)} cases in {', '.join(langs)} from {args.suites}")
        print(f"  {'text2num alpha2digit':<33}: {t2n_rate:10.0f} cases/s per core ({t2n_time:.2f} s CPU for"
              f" {args.t2n_passes} passes, {t2n_changed} texts changed)")
        print(f"  {'text2num words + find_numbers':<33}: {span_rate:10.0f} cases/s per core ({span_time:.2f} s CPU,"
              f" {span_found} found per pass)")
        whole, alone = report_suite(args.nlpsh, suite_jsonl, len(cases), args.repeat, "numbers", "number")
        print(f"  ratio to text2num alpha2digit, per core: whole run {whole / t2n_rate:6.2f}x;  stage alone {alone / t2n_rate:6.2f}x")
        print(f"  ratio to text2num words + find_numbers : whole run {whole / span_rate:6.2f}x;  stage alone {alone / span_rate:6.2f}x")

        report_samples(args.nlpsh, args.samples, args.mb, tmp, "numbers", "number")

if __name__ == "__main__":
    main()
