# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the stage on the multilingual check set like the Swift test does (exact spans, word
overlap >= 0.5 one-to-one, speaker equal after leading determiners or sharing the head word).
Usage: score_multi.py NLPSH [LANG ...] [-v]   (prints per-language figures; -v lists misses)."""
import json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Tests/NLPHostTests/Fixtures/quotes_multi_check.jsonl")
DETS = {"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "le", "la",
        "les", "l", "el", "los", "las", "o", "os", "det", "en", "et", "mr", "mrs", "ms", "dr", "herr", "frau"}
W = re.compile(r"[\w]+")


def words(x):
    w = [t.lower() for t in W.findall(x)]
    while w and w[0] in DETS:
        w.pop(0)
    return w


def same(p, g):
    if p is None:
        return False
    pw, gw = words(p), words(g)
    if pw and pw == gw:
        return True
    hg = (words(re.split(r"[,(]", g)[0]) or [""])[-1]
    hp = (words(re.split(r"[,(]", p)[0]) or [""])[-1]
    return (hg and hg in pw) or (hp and hp in gw)


def toks(t, s, e):
    return {m.start() + s for m in W.finditer(t[s:e])}


def batch(r):
    """The suffix of a record's batch: "" for the first, "2" and "3" for the later ones."""
    m = re.match(r"check-multi(\d+)/", r["id"])
    return m.group(1) if m else ""


def predict(nlpsh, recs):
    """id -> the quote annotations of `nlpsh run --chain "langid|quotes"` over the records' texts."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
    out = subprocess.run([nlpsh, "run", "--chain", "langid|quotes", fh.name], capture_output=True, text=True).stdout
    os.unlink(fh.name)
    pred = {}
    for l in out.splitlines():
        d = json.loads(l)
        pred[d["id"]] = [a for a in d.get("annotations", []) if a["type"] == "quote"]
    return pred


def score_record(r, p, s, verbose):
    """Adds one record's exact, overlap (one-to-one, word overlap >= 0.5) and speaker counts to `s`;
    with `verbose` prints its wrong speakers, misses and extras."""
    t, g = r["text"], r["gold"]
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


def score_set(nlpsh, recs, verbose=False):
    """Runs the stage over `recs` and returns the totals of score_record (gold, pred, exact, overlap, spkN, spk)."""
    pred = predict(nlpsh, recs)
    s = dict(gold=0, pred=0, exact=0, overlap=0, spkN=0, spk=0)
    for r in recs:
        score_record(r, pred.get(r["id"], []), s, verbose)
    return s


def main():
    args = [a for a in sys.argv[2:] if a != "-v"]
    verbose = "-v" in sys.argv
    recs = [json.loads(l) for l in open(FIX, encoding="utf-8")]
    if args:
        recs = [r for r in recs if r["lang"] in args or r["lang"] + batch(r) in args]
    pred = predict(sys.argv[1], recs)
    sc = {}
    for r in recs:
        lang = r["lang"] + batch(r)
        s = sc.setdefault(lang, dict(gold=0, pred=0, exact=0, overlap=0, spkN=0, spk=0))
        g, p = r["gold"], pred.get(r["id"], [])
        for x in g:
            if "resolved" in x:
                s.setdefault("resN", 0); s.setdefault("res", 0); s["resN"] += 1
                y = next((y for y in p if y["start"] == x["start"] and y["end"] == x["end"]), None)
                got = (y or {}).get("attrs", {}).get("speaker_resolved")
                if got and (got in x["resolved"] or x["resolved"] in got):
                    s["res"] += 1
                elif verbose:
                    print(f"  RES {r['id']}: {x['text'][:40]!r} want={x['resolved']!r} got={got!r}")
        score_record(r, p, s, verbose)
    for lang, s in sc.items():
        print(f"{lang}: gold {s['gold']} pred {s['pred']} exact {s['exact']} overlap {s['overlap']} speaker {s['spk']}/{s['spkN']} resolved {s.get('res', 0)}/{s.get('resN', 0)}")


if __name__ == "__main__":
    main()
