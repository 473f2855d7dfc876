#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Side-by-side speed of the `dates` stage and dateparser's search_dates.

Reads the dates suites' texts at run time from the shared evaluation folder (nothing is
copied into the repository), runs dateparser.search.search_dates over every case and the
release `nlpsh run --chain dates` over the same cases in the same run, and prints cases/s
for both and their ratio. Then measures the stage's throughput in MB/s on the samples/
articles repeated to at least --mb megabytes, with one worker (-j 1: per core).

    pip install -r tools/bench/requirements.txt
    swift build -c release --scratch-path .build-dates
    python3 tools/bench/dates_speed.py --nlpsh .build-dates/release/nlpsh
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load_cases(suites):
    cases = []
    for path in sorted(glob.glob(os.path.join(suites, "dates-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                c = json.loads(line)
                cases.append({"id": c["id"], "lang": c.get("lang", ""), "dct": c.get("dct", ""), "text": c["text"]})
    return cases


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
    t0 = time.perf_counter()
    found = 0
    for c in cases:
        settings = {}
        base = dct_datetime(c["dct"])
        if base is not None:
            settings["RELATIVE_BASE"] = base.replace(tzinfo=None)
        r = search_dates(c["text"], languages=[c["lang"]] if c["lang"] else None, settings=settings)
        found += len(r or [])
    return time.perf_counter() - t0, found


def run_nlpsh(nlpsh, jsonl, workers=None, chain="dates"):
    cmd = [nlpsh, "run", "--chain", chain, "-q"] + (["-j", str(workers)] if workers else []) + [jsonl]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    if out.returncode != 0 or out.stderr.strip().startswith(b"error"):
        sys.exit(f"{' '.join(cmd)} failed: {out.stderr.decode(errors='replace')[:500]}")
    found = out.stdout.count(b'"type":"date"') + out.stdout.count(b'"type": "date"')
    return dt, found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nlpsh", default=os.path.join(ROOT, ".build-dates", "release", "nlpsh"))
    ap.add_argument("--suites", default=os.path.join(ROOT, "..", "shared", "eval", "suites", "dates-numbers"))
    ap.add_argument("--samples", default=os.path.join(ROOT, "samples"))
    ap.add_argument("--repeat", type=int, default=50, help="passes of the suite texts for nlpsh (start-up amortised)")
    ap.add_argument("--mb", type=float, default=20.0, help="size of the repeated sample corpus")
    args = ap.parse_args()

    cases = load_cases(args.suites)
    if not cases:
        sys.exit(f"no dates-*.jsonl under {args.suites}")
    with tempfile.TemporaryDirectory() as tmp:
        suite_jsonl = os.path.join(tmp, "cases.jsonl")
        with open(suite_jsonl, "w", encoding="utf-8") as f:
            for k in range(args.repeat):
                for c in cases:
                    f.write(json.dumps(dict(c, id=f"{c['id']}#{k}"), ensure_ascii=False) + "\n")

        dp_time, dp_found = run_dateparser(cases)
        dp_rate = len(cases) / dp_time
        ns_time, ns_found = run_nlpsh(args.nlpsh, suite_jsonl)
        ns_rate = len(cases) * args.repeat / ns_time
        print(f"suite texts: {len(cases)} cases from {args.suites}")
        print(f"  dateparser search_dates : {dp_rate:10.0f} cases/s  ({dp_time:.2f} s, {dp_found} found)")
        print(f"  nlpsh --chain dates     : {ns_rate:10.0f} cases/s  ({ns_time:.2f} s for {args.repeat} passes, all cores,"
              f" {ns_found // args.repeat} found per pass)")
        print(f"  ratio                   : {ns_rate / dp_rate:10.0f}x")

        # the sample corpus repeated to >= args.mb MB, one document per article copy
        docs = []
        for path in sorted(glob.glob(os.path.join(args.samples, "*.txt"))):
            with open(path, encoding="utf-8") as f:
                docs.append((os.path.basename(path).split("-")[0], f.read()))
        if not docs:
            sys.exit(f"no .txt under {args.samples}")
        corpus = os.path.join(tmp, "corpus.jsonl")
        total = 0
        k = 0
        with open(corpus, "w", encoding="utf-8") as f:
            while total < args.mb * 1e6:
                for lang, text in docs:
                    f.write(json.dumps({"id": f"s{k}", "lang": lang, "text": text}, ensure_ascii=False) + "\n")
                    total += len(text.encode("utf-8"))
                    k += 1
        t1, found1 = run_nlpsh(args.nlpsh, corpus, workers=1)
        print(f"samples/ x{k // len(docs)}: {total / 1e6:.1f} MB of text in {k} documents")
        print(f"  nlpsh -j 1 --chain dates: {total / 1e6 / t1:10.1f} MB/s per core ({t1:.2f} s, {found1} dates)")


if __name__ == "__main__":
    main()
