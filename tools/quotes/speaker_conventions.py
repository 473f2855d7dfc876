# SPDX-License-Identifier: GPL-3.0-or-later
"""Classifies every gold quotation of a German set by where its gold speaker stands relative to the
quotation, and (with NLPSH) what the stage gives for it.

Usage: speaker_conventions.py FILE.jsonl [--split dev] [--nlpsh PATH] [--first N --last M] [-v CLASS]
  FILE is a suite (records with "split") or the check-set fixture; --first/--last pick check-set
  records by number; -v CLASS lists the quotations of one class with gold (and predicted) speaker.

Classes (one per quotation, first that applies):
  none-impersonal  gold gives no speaker, the cue is a bare "hieß es"/"heißt es"
  none          gold gives no speaker (other situations)
  impersonal-named  the cue is "hieß es"/"heißt es" and the speaker stands only outside the
                quotation's sentence (the sentence has no source of its own)
  pronoun-sentence  the quotation's sentence opens with a pronoun subject ("Sie sei „…“") but
                gold gives a name or noun phrase
  label         the paragraph opens with the speaker and a colon right before the quotation
  possessive    the cue is a possessive noun phrase ("seine Worte", "ihrer Aussage")
  pronoun       the gold speaker is a personal pronoun (the name stands earlier)
  spokes-org    gold gives an organisation while the sentence names a spokesperson of it
  spokes-person gold gives a spokesperson ("ein Sprecher", "eine Sprecherin der Polizei")
  apposition    gold's speaker is "X, role" or stands in the text as "X, role" / "role, X,"
  same-before   the speaker occurs in the quotation's sentence, before the quotation
  same-after    ... after the quotation (inverted "sagte X" or "X sagte" after the marks)
  earlier-sent  only in an earlier sentence of the same paragraph
  earlier-para  only in an earlier paragraph
  later-para    only after the quotation's sentence in its paragraph
  elsewhere     anywhere else (or not found)
"""
import json, os, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_multi import predict, same, toks  # noqa: E402

PRON = {"er", "sie", "es", "ich", "wir", "ihr", "man"}
POSS = re.compile(r"\b(sein|ihr|dessen|deren)(e|en|er|es)?\s+\w*(wort|worte|worten|aussage|erklärung|angaben|zitat|antwort|bilanz|fazit)", re.I)
SPOKES = re.compile(r"\bsprecher(in)?\b", re.I)
ORG = re.compile(r"\b(polizei|ministerium|regierung|unternehmen|konzern|behörde|staatsanwaltschaft|verband|partei|"
                 r"gewerkschaft|verein|bank|amt|stadt|gemeinde|feuerwehr|armee|militär|gericht|kommission|"
                 r"konzern|firma|agentur|organisation|fraktion|klinik|krankenhaus|verwaltung|weißes haus)\b", re.I)
MARKS = "„“”»«‚‘\"'"
END = re.compile(r"[.!?](?=\s+[A-ZÄÖÜ„»\"])")


def sentence_bounds(text, spans, i, j):
    """The sentence holding text[i:j]: boundaries outside every quotation span."""
    mask = list(text)
    for s, e in spans:
        for k in range(max(0, s - 1), min(len(text), e + 1)):
            mask[k] = "x"
    m = "".join(mask)
    para_s = text.rfind("\n", 0, i) + 1
    para_e = text.find("\n", j)
    para_e = len(text) if para_e < 0 else para_e
    s = para_s
    for b in END.finditer(m, para_s, i):
        s = b.end()
    e = para_e
    b = END.search(m, j, para_e)
    if b:
        e = b.end()
    return para_s, s, e, para_e


def occurs(spk, text, lo, hi, skip):
    """Whether the speaker (or its last word) occurs in text[lo:hi] outside the spans in `skip`."""
    for needle in (spk, spk.split()[-1] if spk.split() else spk):
        for m in re.finditer(re.escape(needle), text[lo:hi]):
            k = m.start() + lo
            if not any(s <= k < e for s, e in skip):
                return True
    return False


def classify(rec, q):
    text, spk = rec["text"], q.get("speaker")
    i, j = q["start"], q["end"]
    spans = [(g["start"], g["end"]) for g in rec["gold"]]
    ps, ss, se, pe = sentence_bounds(text, spans, i, j)
    impersonal = re.search(r"\b(hieß|heißt) es\b|\bes (hieß|heißt)\b", q.get("cue") or "")
    if not spk:
        return "none-impersonal" if impersonal else "none"
    if impersonal and spk not in text[ss:se]:
        return "impersonal-named"
    if spk.lower() not in PRON and re.match(r"\s*(Er|Sie)\s+\w+", text[ss:i]) and spk not in text[ss:se]:
        return "pronoun-sentence"
    before = text[ps:i].rstrip(MARKS + " ")
    if before.endswith(":") and re.fullmatch(r"[^.!?:]{1,60}:", before) and spk in before and len(before.split()) <= 5:
        return "label"
    if POSS.search(q.get("cue") or "") or (spk and POSS.search(spk)):
        return "possessive"
    if spk.lower() in PRON:
        return "pronoun"
    sent = text[ss:se]
    if ORG.search(spk) and not SPOKES.search(spk) and SPOKES.search(sent):
        return "spokes-org"
    if SPOKES.search(spk):
        return "spokes-person"
    if "," in spk or re.search(re.escape(spk) + r",\s+(der|die|des|ein|eine|Sprecher|Chef|Leiter|Präsident|Minister)", text):
        return "apposition"
    skip = [s for s in spans]
    if occurs(spk, text, ss, i, skip):
        return "same-before"
    if occurs(spk, text, j, se, skip):
        return "same-after"
    if occurs(spk, text, ps, ss, skip):
        return "earlier-sent"
    if occurs(spk, text, 0, ps, skip):
        return "earlier-para"
    if occurs(spk, text, se, pe, skip):
        return "later-para"
    return "elsewhere"


def main():
    a = sys.argv[1:]
    path = a[0]
    opt = lambda k, d=None: a[a.index(k) + 1] if k in a else d
    split, nlpsh, verb = opt("--split"), opt("--nlpsh"), opt("-v")
    lo, hi = int(opt("--first", 0)), int(opt("--last", 10 ** 9))
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    # (a suite is read on its dev split unless told otherwise: conventions are learnt there, never on test)
    if split or any(r.get("split") == "dev" for r in recs):
        recs = [r for r in recs if r.get("split") == (split or "dev")]
    recs = [r for r in recs if not r["id"].startswith("check-de/") or lo <= int(r["id"].split("/")[1]) <= hi]
    pred = predict(nlpsh, recs) if nlpsh else {}
    n, ok, kinds = Counter(), Counter(), defaultdict(Counter)
    for r in recs:
        p = pred.get(r["id"], [])
        for q in r["gold"]:
            c = classify(r, q)
            n[c] += 1
            spk = q.get("speaker")
            kinds[c]["pronoun" if spk and spk.lower() in PRON else "name/np" if spk else "-"] += 1
            tg = toks(r["text"], q["start"], q["end"])
            best, got = 0, None
            for y in p:
                if y["end"] > q["start"] and y["start"] < q["end"]:
                    tp = toks(r["text"], y["start"], y["end"])
                    ov = len(tg & tp) / max(len(tg), len(tp), 1)
                    if ov >= 0.5 and ov > best:
                        best, got = ov, y.get("attrs", {}).get("speaker") or ""
            if nlpsh and spk and got is not None and same(got, spk):
                ok[c] += 1
            if nlpsh and not spk and got == "":
                ok[c] += 1  # (gold without speaker: right when the stage gives none either)
            if verb == c:
                print(f"  {r['id']}: {q['text'][:50]!r} gold={spk!r} cue={q.get('cue')!r}" + (f" got={got!r}" if nlpsh else ""))
    for c in sorted(n, key=lambda c: -n[c]):
        extra = f"  stage right {ok[c]}" if nlpsh else ""
        print(f"{c:14s} {n[c]:5d}  gold: {dict(kinds[c])}{extra}")
    print(f"{'total':14s} {sum(n.values()):5d}")


if __name__ == "__main__":
    main()
