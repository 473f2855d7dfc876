# SPDX-License-Identifier: GPL-3.0-or-later
"""What the date case generators share: running the stage over a set of cases, and the command line
of a case set (`run NLPSH [--show] [--known] [--lang L,…]` and `gen`).

A case is {"id", "family", "lang", "dct", "direction", "pattern", "text", "expect"}, `expect` being
[[span text, value, type], …]; the tests read the same records from the fixture.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "NLPHostTests", "Fixtures")


def run(nlpsh, cases, types=("date", "duration")):
    """id -> sorted [[text, value, type]] of the stage's annotations of `types`, each direction in one run."""
    got = {}
    for direction in ("past", "future"):
        sel = [c for c in cases if c.get("direction", "past") == direction]
        if not sel:
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for c in sel:
                f.write(json.dumps({"id": c["id"], "text": c["text"], "lang": c["lang"], "dct": c["dct"]}, ensure_ascii=False) + "\n")
            path = f.name
        chain = "dates" if direction == "past" else "dates(direction=future)"
        out = subprocess.run([nlpsh, "run", "--chain", chain, path], capture_output=True, text=True).stdout
        os.unlink(path)
        for line in out.splitlines():
            d = json.loads(line)
            got[d["id"]] = sorted([a["text"], a["attrs"].get("value"), a["type"]] for a in d.get("annotations", [])
                                  if a["type"] in types)
    return got


def main(cases, fixture, known=lambda c: False, keep=lambda c: True, types=("date",)):
    """The command line of a case set: `gen` writes the cases that are not `known` (and that `keep`
    selects) to Fixtures/`fixture`; `run NLPSH` prints pass rates per family and language, `--show`
    each failure, `--known` the failing (family, lang, pattern) keys for a KNOWN list."""
    if sys.argv[1:2] == ["gen"]:
        kept = [c for c in cases if not known(c) and keep(c)]
        path = os.path.join(FIXTURES, fixture)
        with open(path, "w", encoding="utf-8") as f:
            for c in kept:
                f.write(json.dumps({k: v for k, v in c.items() if k != "known"}, ensure_ascii=False) + "\n")
        print(f"{len(kept)} of {len(cases)} cases written to {os.path.normpath(path)}")
        return
    if "--lang" in sys.argv:
        only = sys.argv[sys.argv.index("--lang") + 1].split(",")
        cases = [c for c in cases if c["lang"] in only]
    got = run(sys.argv[2], cases, types)
    tot, fails = {}, []
    for c in cases:
        ok = got.get(c["id"], []) == sorted(c["expect"])
        t = tot.setdefault((c["family"], c["lang"]), [0, 0])
        t[1] += 1
        t[0] += ok
        if not ok:
            fails.append((c["family"], c["lang"], c["pattern"]))
            if "--show" in sys.argv:
                print(f"FAIL {c['family']} {c['lang']} {c['pattern']}{' (known)' if known(c) else ''}: {c['text']}\n"
                      f"   want {c['expect']}\n   got  {got.get(c['id'], [])}")
    if "--known" in sys.argv:
        for k in sorted(set(fails)):
            print(f"    {k!r},")
    for k in sorted(tot):
        print(f"{k[0]} {k[1]}: {tot[k][0]}/{tot[k][1]} = {tot[k][0] / tot[k][1]:.3f}")
    n = sum(t[1] for t in tot.values())
    ok = sum(t[0] for t in tot.values())
    print(f"ALL: {ok}/{n} = {ok / n:.3f}")


class Written:
    """Cases written out by hand: an `rt` text marks each date as [span] and gives one value per span (a value
    starting with "P" is a duration), in the news convention on `rt_dct`; a `du` text is one expression, spanned
    whole, with one value, read with direction=future on `du_dct`."""

    def __init__(self, prefix, rt_dct, du_dct):
        self.prefix, self.rt_dct, self.du_dct, self.items = prefix, rt_dct, du_dct, []

    def rt(self, pat, lang, text, *values):
        self.items.append((pat, lang, "rt", text, list(values)))

    def du(self, pat, lang, text, value):
        self.items.append((pat, lang, "du", text, [value]))

    def cases(self):
        out = []
        for i, (pat, lang, conv, text, values) in enumerate(self.items):
            if conv == "du":
                spans, plain = [text], text
            else:
                spans = re.findall(r"\[(.+?)\]", text)
                plain = text.replace("[", "").replace("]", "")
            assert len(spans) == len(values), text
            expect = [[s, v, "duration" if v.startswith("P") else "date"] for s, v in zip(spans, values)]
            out.append({"id": f"{self.prefix}-{conv}-{lang}-{i}", "family": f"{conv}.{pat[0]}", "lang": lang,
                        "dct": (self.du_dct if conv == "du" else self.rt_dct).isoformat(),
                        "direction": "future" if conv == "du" else "past", "pattern": pat, "text": plain,
                        "expect": expect})
        return out


def known_texts(keys):
    """A `known` test for main(): the case's (lang, pattern, text) is one of `keys`."""
    return lambda c: (c["lang"], c["pattern"], c["text"]) in keys


def casings(text):
    """The text as written, all in lower case, and with a capital first letter (each once): how users type one
    expression."""
    out = []
    for t in (text, text.lower(), cap(text.lower())):
        if t not in out:
            out.append(t)
    return out


def cap(s):
    """A date opening a sentence: its first letter upper case (a date opening with a digit unchanged)."""
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch.isdigit():
            return s
    return s


KNOWN = "known"


def sentence_cases(table, prefix, dct):
    """Cases from a table {lang: [(text, [(span, value[, type])][, KNOWN])]} of whole sentences with the exact list of
    dates and durations each yields (news convention, one DCT); a third element KNOWN marks a known failure."""
    out = []
    for lang, rows in table.items():
        for n, row in enumerate(rows):
            out.append({"id": f"{prefix}-{lang}-{n:02d}", "family": "rt", "lang": lang, "dct": dct, "direction": "past",
                        "pattern": f"{n:02d}", "text": row[0],
                        "expect": sorted([e[0], e[1], e[2] if len(e) > 2 else "date"] for e in row[1]),
                        "known": len(row) > 2 and row[2] == KNOWN})
    return out


def main_sentences(table, prefix, dct, fixture):
    """`main` for a table of `sentence_cases`."""
    main(sentence_cases(table, prefix, dct), fixture, known=lambda c: c["known"], types=("date", "duration"))
