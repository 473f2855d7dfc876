#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Single-core speed of the langid classifier next to pycld2 on the same texts.

  python3 tools/langid/bench.py [--cli /tmp/langid-cli] [--model FILE]

Builds two inputs from the suite's sentences (the texts only; nothing is
trained on them): every sentence, and ~5 KB "articles" of same-language
sentences; runs pycld2 (if installed) and the release-built stand-alone
driver (tools/langid/cli) pinned to one core, and prints texts/s and MB/s.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SUITE = os.path.join(os.path.dirname(REPO), "shared", "eval", "suites", "langid")


def inputs(suite=SUITE):
    sent = [json.loads(l) for l in open(os.path.join(suite, "sentences.jsonl"), encoding="utf-8")]
    by = defaultdict(list)
    for d in sent:
        by[d["lang"]].append(d["text"])
    arts = []
    for l, ts in sorted(by.items()):
        i = 0
        while i < len(ts):
            buf, size = [], 0
            while i < len(ts) and size < 5000:
                buf.append(ts[i]); size += len(ts[i].encode()); i += 1
            arts.append(" ".join(buf))
    return [d["text"] for d in sent], arts


def bench_cld2(texts, rep):
    import pycld2
    nbytes = sum(len(t.encode()) for t in texts)
    t0 = time.perf_counter()
    for _ in range(rep):
        for t in texts:
            try:
                pycld2.detect(t)
            except pycld2.error:   # it refuses some texts (e.g. control characters)
                pass
    dt = time.perf_counter() - t0
    return len(texts) * rep / dt, nbytes * rep / dt / 1e6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default="/tmp/langid-cli")
    ap.add_argument("--model", default=os.path.join(REPO, "Plugins", "LanguageID", "Resources", "langid.bin"))
    ap.add_argument("--rep", type=int, default=3)
    ap.add_argument("--suite", default=SUITE, help="the language-ID suite's folder (default: ../shared/eval/suites/langid)")
    ap.add_argument("--also", nargs=2, action="append", default=[], metavar=("CLI", "MODEL"),
                    help="another driver and model to run on the same inputs (A/B in one run)")
    a = ap.parse_args()
    os.sched_setaffinity(0, {0})
    sents, arts = inputs(a.suite)
    with tempfile.TemporaryDirectory() as d:
        for name, texts in (("sentences", sents), ("articles", arts)):
            p = os.path.join(d, name + ".jsonl")
            with open(p, "w", encoding="utf-8") as f:
                for i, t in enumerate(texts):
                    f.write(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n")
            try:
                tps, mbs = bench_cld2(texts, a.rep)
                print("%-9s pycld2: %9.0f texts/s %7.2f MB/s" % (name, tps, mbs))
            except ImportError:
                print("%-9s pycld2: not installed" % name)
            for k, (cli, model) in enumerate([(a.cli, a.model)] + a.also):
                out = subprocess.run(["taskset", "-c", "0", cli, model, "bench", p, str(a.rep)],
                                     capture_output=True, text=True, check=True).stdout.strip()
                print("%-9s langid%s: %s" % (name, "" if k == 0 else " (%s)" % os.path.basename(cli), out))


if __name__ == "__main__":
    main()
