# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the stage on the German check set (Fixtures/quotes_de_check.jsonl) like the Swift test
does, optionally for a range of record numbers (one part).
Usage: score_de.py NLPSH [FIRST [LAST]] [-v]   (LAST inclusive; -v lists misses and wrong speakers)."""
import json, os, sys

from score_multi import score_set

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Tests/NLPHostTests/Fixtures/quotes_de_check.jsonl")


def main():
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[2:] if a != "-v"]
    lo = int(args[0]) if args else 0
    hi = int(args[1]) if len(args) > 1 else 10 ** 9
    recs = [json.loads(l) for l in open(FIX, encoding="utf-8") if l.strip()]
    recs = [r for r in recs if lo <= int(r["id"].split("/")[1]) <= hi]
    s = score_set(sys.argv[1], recs, verbose)
    print(f"de check {lo}-{min(hi, 10 ** 6)}: gold {s['gold']} pred {s['pred']} exact {s['exact']} overlap {s['overlap']} speaker {s['spk']}/{s['spkN']}")


if __name__ == "__main__":
    main()
