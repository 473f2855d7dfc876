#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Precision and recall of the readings of short quoted stretches (one to three words).

Runs the stage with scare=true and its debug features over a JSON Lines file of annotated
records ({"id","lang","text","gold":[{"start","end",...}]}, optionally "split") and, for every
quoted stretch of at most three words, compares it with the annotation: a quotation when a gold
quote has the same span. Prints, for the stage's current decision and for two readings by the
sentence around the marks, precision and recall of "quotation" over the short stretches:

  current : what the stage decides
  speech  : a quotation when the sentence reports speech (cue, reported speech, colon,
            attribution right after) and nothing names a title or a name
            (title noun, capitalised noun, source, naming verb, known name)
  scare   : never a quotation
  reported: the stage's decision without its penalty for a word or two in reported speech with
            no cue in the sentence (the sentence's Konjunktiv I alone makes it a quotation)

  python3 tools/quotes/short_quotes.py NLPSH FILE.jsonl [--split dev] [--list]
"""
import json
import subprocess
import sys
import tempfile


def feats(debug):
    out = {}
    for part in debug.split():
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
    return out


def main():
    nlpsh, path = sys.argv[1], sys.argv[2]
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else None
    show = "--list" in sys.argv
    recs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            if split and r.get("split") != split:
                continue
            recs.append(r)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tf:
        for r in recs:
            tf.write(json.dumps({"id": r["id"], "text": r["text"], "lang": r.get("lang", "de")},
                                ensure_ascii=False) + "\n")
    env = dict(__import__("os").environ, QUOTES_DEBUG="1")
    out = subprocess.run([nlpsh, "run", "--chain", "quotes(scare=true)", tf.name],
                         capture_output=True, text=True, env=env, check=True).stdout
    preds = {}
    for line in out.splitlines():
        d = json.loads(line)
        preds[d["id"]] = d["annotations"]
    tally = {k: [0, 0, 0] for k in ("current", "speech", "reported", "scare")}  # tp, fp, fn
    for r in recs:
        gold = {(g["start"], g["end"]) for g in r["gold"]}
        for a in preds.get(r["id"], []):
            if len(a["text"].split()) > 3:
                continue
            f = feats(a["attrs"].get("debug", ""))
            is_gold = (a["start"], a["end"]) in gold
            cur = not a["attrs"].get("scare", False)
            reports = any(f.get(k) == "true" for k in ("cue", "rep", "colon", "tight"))
            names = any(f.get(k) == "true" for k in ("ti", "nb", "src", "na", "kn", "sac", "li", "par"))
            sp = reports and not names
            score = float(a["attrs"].get("debug", "x 0").split()[1])
            words = int(f.get("w", "0"))
            penalised = (f.get("att") == "true" and f.get("colon") != "true" and f.get("tight") != "true"
                         and f.get("cue") != "true" and words <= 2 and f.get("sp") != "true"
                         and not (f.get("rc") == "true" and words == 2))
            rep = cur or (penalised and score + 1.5 >= 1.5)
            for name, v in (("current", cur), ("speech", sp), ("reported", rep), ("scare", False)):
                t = tally[name]
                if v and is_gold:
                    t[0] += 1
                elif v:
                    t[1] += 1
                elif is_gold:
                    t[2] += 1
            if show and (cur != is_gold or rep != is_gold):
                i = a["start"]
                ctx = r["text"][max(0, i - 120):a["end"] + 40].replace("\n", " / ")
                print(f"{r['id']} gold={int(is_gold)} cur={int(cur)} speech={int(sp)} "
                      f"reported={int(rep)} «{a['text']}» {a['attrs'].get('debug', '')}\n    {ctx}")
    for name, (tp, fp, fn) in tally.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        print(f"{name:8s} tp={tp} fp={fp} fn={fn} precision={p:.3f} recall={rc:.3f}")


if __name__ == "__main__":
    main()
