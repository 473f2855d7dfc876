# SPDX-License-Identifier: GPL-3.0-or-later
"""What the stage speed benchmarks share: the suite texts, the sample corpus and timed nlpsh runs."""
import glob
import json
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NLPSH = os.path.join(ROOT, ".build", "release", "nlpsh")
SUITES = os.path.join(ROOT, "..", "shared", "eval", "suites", "dates-numbers")
SAMPLES = os.path.join(ROOT, "samples")


def load_cases(suites, prefix, langs=None):
    """The {id, lang, dct, text} of every case in `<prefix>-*.jsonl` under `suites` (read, never copied)."""
    cases = []
    for path in sorted(glob.glob(os.path.join(suites, f"{prefix}-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                c = json.loads(line)
                if langs is None or c.get("lang") in langs:
                    cases.append({"id": c["id"], "lang": c.get("lang", ""), "dct": c.get("dct", ""), "text": c["text"]})
    return cases


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def sample_corpus(samples, mb):
    """The samples/ articles repeated to at least `mb` megabytes: (records, bytes of text, articles)."""
    docs = []
    for path in sorted(glob.glob(os.path.join(samples, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            docs.append((os.path.basename(path).split("-")[0], f.read()))
    if not docs:
        sys.exit(f"no .txt under {samples}")
    records = []
    total = 0
    while total < mb * 1e6:
        for lang, text in docs:
            records.append({"id": f"s{len(records)}", "lang": lang, "text": text})
            total += len(text.encode("utf-8"))
    return records, total, len(docs)


def run_nlpsh(nlpsh, jsonl, chain, annotation_type, workers=None):
    """Wall seconds, CPU seconds (user + system of the child) and the `annotation_type` annotations printed."""
    cmd = [nlpsh, "run", "--chain", chain, "-q"] + (["-j", str(workers)] if workers else []) + [jsonl]
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if out.returncode != 0 or out.stderr.strip().startswith(b"error"):
        sys.exit(f"{' '.join(cmd)} failed: {out.stderr.decode(errors='replace')[:500]}")
    marker = f'"type":"{annotation_type}"'.encode()
    return dt, cpu, out.stdout.count(marker)


def report_suite(nlpsh, jsonl, cases, passes, chain, annotation_type):
    """Prints the chain's cases/s on the suite texts (`cases` texts written `passes` times into `jsonl`):
    the whole run (-j 1, CPU seconds), all cores (wall), the host floor (the cheap C `sentences` stage)
    and the stage alone (CPU above it). Returns the whole-run and stage-alone cases/s per core."""
    n = cases * passes
    _, cpu, found = run_nlpsh(nlpsh, jsonl, chain, annotation_type, workers=1)
    wall, _, _ = run_nlpsh(nlpsh, jsonl, chain, annotation_type)
    _, floor, _ = run_nlpsh(nlpsh, jsonl, "sentences", "sentence", workers=1)
    own = max(cpu - floor, 1e-9)
    print(f"  {'nlpsh run -j 1 --chain ' + chain:<33}: {n / cpu:10.0f} cases/s per core ({cpu:.2f} s CPU for"
          f" {passes} passes, {found // passes} {annotation_type}s per pass)")
    print(f"  {'nlpsh run --chain ' + chain:<33}: {n / wall:10.0f} cases/s wall, all cores")
    print(f"  {'host floor (--chain sentences)':<33}: {n / floor:10.0f} cases/s per core")
    print(f"  {chain + ' stage alone':<33}: {n / own:10.0f} cases/s per core (CPU above the floor)")
    return n / cpu, n / own


def report_samples(nlpsh, samples, mb, tmp, chain, annotation_type):
    """Prints the stage's MB/s per core on samples/ repeated to `mb` megabytes: the whole run (-j 1,
    CPU seconds), the host floor (the cheap C `sentences` stage) and the stage alone (CPU above it)."""
    records, total, articles = sample_corpus(samples, mb)
    corpus = os.path.join(tmp, "corpus.jsonl")
    write_jsonl(corpus, records)
    _, cpu, found = run_nlpsh(nlpsh, corpus, chain, annotation_type, workers=1)
    _, floor, _ = run_nlpsh(nlpsh, corpus, "sentences", "sentence", workers=1)
    size = total / 1e6
    label = f"nlpsh run -j 1 --chain {chain}"
    print(f"samples/ x{len(records) // articles}: {size:.1f} MB of text in {len(records)} documents")
    print(f"  {label:<33}: {size / cpu:8.1f} MB/s per core ({cpu:.2f} s CPU, {found} {annotation_type}s)")
    print(f"  {'host floor (--chain sentences)':<33}: {size / floor:8.1f} MB/s per core")
    print(f"  {chain + ' stage alone':<33}: {size / max(cpu - floor, 1e-9):8.1f} MB/s per core (CPU above the floor)")
