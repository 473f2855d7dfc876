#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""How safe the word gate and the agreement stop are (round 13 in README.md), from the dev split.

  LANGID_GATESTATS=1 langid-cli MODEL predict lid-dev.jsonl > stats.jsonl
  python3 tools/langid/gate_stats.py stats.jsonl [--margins 400,600,600,100]

With LANGID_GATESTATS=1 the stand-alone driver decides every text as the committed scorer does (no gate,
no agreement stop) and adds the gate's leader (`gl`), its lead over every other candidate (`glead`) and
over its nearest close relative (`grel`), and the early stop's check points (`trace`: tokens scored,
leader, lead). This script prints, per band of the gate's lead, how often the gate's leader differs from
the full decision, and what the rules would change: gate margin M1, relatives' margin M2, agreement
margin S, gate lead G. Changes are counted against the gold labels (right -> wrong, wrong -> right);
"tokens" is the share of the words the early stop scores that the rules still score.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(HERE))), "shared", "eval")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stats")
    ap.add_argument("--margins", default="400,600,600,100", help="M1,M2,S,G")
    ap.add_argument("--eval", default=EVAL, help="folder of langid_eval.py and its suites")
    a = ap.parse_args()
    sys.path.insert(0, a.eval)
    import langid_eval as E
    E.SPLIT = "dev"
    gold = {r["id"]: r["lang"] for r in E.load_testdata(os.path.join(a.eval, "suites", "langid"))}
    rows = [json.loads(l) for l in open(a.stats, encoding="utf-8")]
    rows = [r for r in rows if r["gl"] != "und"]
    print("texts the gate looked at: %d" % len(rows))
    print("gate lead   texts  leader differs from the full decision")
    for lo in range(0, 700, 50):
        b = [r for r in rows if lo <= r["glead"] < lo + 50]
        d = sum(r["gl"] != r["lang"] for r in b)
        print("%4d-%-4d %7d  %3d" % (lo, lo + 50, len(b), d))

    def base_tokens(r):
        for t, _, ld in r["trace"]:
            if ld >= 1200:
                return t
        return r["trace"][-1][0] + 2 if r["trace"] else 3

    base = sum(base_tokens(r) for r in rows)

    def simulate(m1, m2, s, g):
        gated = agreed = rw = wr = ww = tokens = 0
        for r in rows:
            dec = None
            if r["glead"] >= m1 and r["grel"] >= m2:
                dec, used = r["gl"], 0
                gated += 1
            elif r["glead"] >= g:
                for t, leader, ld in r["trace"]:
                    if ld >= 1200:
                        break
                    if ld >= s and leader == r["gl"]:
                        dec, used = leader, t
                        agreed += 1
                        break
            if dec is None:
                tokens += base_tokens(r)
                continue
            tokens += used
            if dec != r["lang"]:
                if gold[r["id"]] == r["lang"]:
                    rw += 1
                elif gold[r["id"]] == dec:
                    wr += 1
                else:
                    ww += 1
        return ("M1 %g M2 %g S %g G %g: gated %d, agreement stops %d, tokens %.3f, changes right->wrong %d, "
                "wrong->right %d, wrong->wrong %d" % (m1, m2, s, g, gated, agreed, tokens / base, rw, wr, ww))

    m1, m2, s, g = (float(x) for x in a.margins.split(","))
    print(simulate(m1, m2, s, g))
    inf = float("inf")
    for row in ((m1, m2, inf, inf), (inf, inf, s, g), (200, 200, inf, inf), (300, 450, inf, inf),
                (inf, inf, 600, 0), (inf, inf, 400, 50)):
        print(simulate(*row))


if __name__ == "__main__":
    main()
