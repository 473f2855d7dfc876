#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the stage on the German check set rewritten with the marks and layout of real copies.

Every record of parts 1-9 of Fixtures/quotes_de_check.jsonl (clean „…“ marks and paragraphs) is
rewritten one way at a time, with its gold offsets carried along, and scored as in score_de.py:
  straight   "…"            guill_de  »…«          guill_ch  «…»
  english    “…”            mixed     „…"          close_en  „…”
  single     '…'            wiki      ''…''        nospace   "geht.Wir" (no space between sentences)
  wrap       lines broken at 72 characters inside paragraphs
  dblspace   every space doubled, a space before every line break
Usage: mark_variants.py NLPSH [VARIANT ...] [-v]"""
import json
import os
import re
import sys

from score_multi import score_set

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Tests/NLPHostTests/Fixtures/quotes_de_check.jsonl")


def marks(op, cl):
    return lambda t, i: op if t[i] == "„" else cl if t[i] == "“" else None


def nospace(t, i):
    # the space between a sentence's full stop and a capital
    if t[i] == " " and i > 1 and t[i - 1] == "." and t[i - 2].islower() and i + 1 < len(t) and t[i + 1].isupper():
        return ""
    return None


def dblspace(t, i):
    if t[i] == " ":
        return "  "
    if t[i] == "\n" and i > 0 and t[i - 1] != "\n":
        return " \n"
    return None


def wrap_points(t):
    """Spaces to turn into line breaks: the last space before each 72 characters of a line."""
    out, start = set(), 0
    for line in t.split("\n"):
        col, last = 0, -1
        for k, c in enumerate(line):
            if c == " ":
                last = k
            col += 1
            if col > 72 and last >= 0:
                out.add(start + last)
                col = k - last
                last = -1
        start += len(line) + 1
    return out


VARIANTS = {
    "straight": marks('"', '"'), "guill_de": marks("»", "«"), "guill_ch": marks("«", "»"),
    "english": marks("“", "”"), "mixed": marks("„", '"'), "close_en": marks("„", "”"),
    "single": marks("'", "'"), "wiki": marks("''", "''"), "nospace": nospace, "wrap": None,
    "dblspace": dblspace,
}


def rewrite(r, name):
    t = r["text"]
    f = VARIANTS[name]
    if name == "wrap":
        pts = wrap_points(t)
        f = lambda t, i: "\n" if i in pts else None
    pos, pieces, n = [], [], 0
    for i in range(len(t)):
        pos.append(n)
        rep = f(t, i)
        piece = t[i] if rep is None else rep
        pieces.append(piece)
        n += len(piece)
    pos.append(n)
    text = "".join(pieces)
    gold = []
    for g in r["gold"]:
        s, e = pos[g["start"]], pos[g["end"]]
        gold.append(dict(g, start=s, end=e, text=text[s:e]))
    return dict(r, id=f"{r['id']}~{name}", text=text, gold=gold)


def main():
    verbose = "-v" in sys.argv
    names = [a for a in sys.argv[2:] if a != "-v"] or list(VARIANTS)
    # (records 387 on, part 10, are written with noisy marks already)
    recs = [json.loads(l) for l in open(FIX, encoding="utf-8") if l.strip()]
    recs = [r for r in recs if int(r["id"].split("/")[1]) < 387]
    for name in names:
        vr = [rewrite(r, name) for r in recs]
        s = score_set(sys.argv[1], vr, verbose)
        print(f"{name:9} gold {s['gold']} pred {s['pred']} exact {s['exact']} overlap {s['overlap']} speaker {s['spk']}/{s['spkN']}")


if __name__ == "__main__":
    main()
