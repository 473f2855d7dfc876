# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the stage on the German check set (Fixtures/quotes_de_check.jsonl) like the Swift test
does, optionally for a range of record numbers (one part).
Usage: score_de.py NLPSH [FIRST [LAST]] [-v]   (LAST inclusive; -v lists misses and wrong speakers)."""
import json, os, subprocess, sys, tempfile

from score_multi import same, toks

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Tests/NLPHostTests/Fixtures/quotes_de_check.jsonl")


def main():
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[2:] if a != "-v"]
    lo = int(args[0]) if args else 0
    hi = int(args[1]) if len(args) > 1 else 10 ** 9
    recs = [json.loads(l) for l in open(FIX, encoding="utf-8") if l.strip()]
    recs = [r for r in recs if lo <= int(r["id"].split("/")[1]) <= hi]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.argv[1], "run", "--chain", "langid|quotes", fh.name], capture_output=True, text=True).stdout
    os.unlink(fh.name)
    pred = {}
    for l in out.splitlines():
        d = json.loads(l)
        pred[d["id"]] = [a for a in d.get("annotations", []) if a["type"] == "quote"]
    s = dict(gold=0, pred=0, exact=0, overlap=0, spkN=0, spk=0)
    for r in recs:
        t, g, p = r["text"], r["gold"], pred.get(r["id"], [])
        s["gold"] += len(g); s["pred"] += len(p)
        s["exact"] += sum(1 for x in g if any(y["start"] == x["start"] and y["end"] == x["end"] for y in p))
        pairs = []
        for gi, x in enumerate(g):
            tg = toks(t, x["start"], x["end"])
            for pi, y in enumerate(p):
                if y["end"] > x["start"] and y["start"] < x["end"]:
                    tp = toks(t, y["start"], y["end"])
                    if tg and tp:
                        ov = len(tg & tp) / max(len(tg), len(tp))
                        if ov >= 0.5:
                            pairs.append((ov, gi, pi))
        ug, up = set(), set()
        for ov, gi, pi in sorted(pairs, key=lambda z: -z[0]):
            if gi in ug or pi in up:
                continue
            ug.add(gi); up.add(pi); s["overlap"] += 1
            if g[gi]["speaker"]:
                s["spkN"] += 1
                ps = p[pi].get("attrs", {}).get("speaker")
                if same(ps, g[gi]["speaker"]):
                    s["spk"] += 1
                elif verbose:
                    print(f"  SPK {r['id']}: {g[gi]['text'][:40]!r} gold={g[gi]['speaker']!r} got={ps!r} cue={p[pi].get('attrs', {}).get('cue')!r}")
        if verbose:
            for x in g:
                if not any(y["start"] == x["start"] and y["end"] == x["end"] for y in p):
                    print(f"  MISS {r['id']}: {x['text'][:60]!r}")
            for y in p:
                if not any(y["start"] == x["start"] and y["end"] == x["end"] for x in g):
                    print(f"  EXTRA {r['id']}: {t[y['start']:y['end']][:60]!r} {y.get('attrs')}")
    print(f"de check {lo}-{min(hi, 10 ** 6)}: gold {s['gold']} pred {s['pred']} exact {s['exact']} overlap {s['overlap']} speaker {s['spk']}/{s['spkN']}")


if __name__ == "__main__":
    main()
