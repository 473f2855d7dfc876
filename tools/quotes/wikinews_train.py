#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns articles of the train folder of the German news quotation dataset (uhh-lt/german-news-quotation-attribution-2024,
German WikiNews, CC BY-NC-SA 4.0: for evaluation only, so its texts stay outside this repository) into records the
shared quotes scorer reads, for measuring the stage on articles the suite does not contain.

The suite in ../shared/eval/suites/quotes/ is drawn from the dataset's dev and test folders only. Each article file
(`data/train/<id> - <title> (<date>).pretty.json`) holds `originalText` and `annotations`; the gold of a record is
every annotation of type Direct (the suite's convention): the quoted words without the enclosing marks, the speaker
and cue as written, `nested` for a quotation inside another annotation. A guard drops every article that shares a
run of 8 words (lowercased) with any document of the suite, dev or test; only counts are printed.

  python3 tools/quotes/wikinews_train.py DIR/data/train OUT.jsonl [--suite ../shared/eval/suites/quotes/wikinews_de.jsonl]
  python3 ../shared/eval/quotes_eval.py --suite OUT.jsonl --split dev \\
      --cmd '.build/release/nlpsh run --chain "langid|quotes" {input}' --input-format jsonl
"""
import argparse
import glob
import json
import os
import re
import sys

MARKS = "“”„‟«»‹›‘’‚「」『』\"'"
WORD = re.compile(r"\w+")


def shingles(text, n=8):
    w = [x.lower() for x in WORD.findall(text)]
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def first_span(part):
    spans = (part or {}).get("spans") or []
    return (spans[0]["charBegin"], spans[-1]["charEnd"]) if spans else None


def gold_of(text, annotations):
    gold = []
    for a in annotations:
        if a.get("type") != "Direct":
            continue
        span = first_span(a.get("quote"))
        if span is None:
            continue
        s, e = span
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 1 and text[s] in MARKS:
            s += 1
        if e - s >= 1 and text[e - 1] in MARKS:
            e -= 1
        g = {"type": "quote", "start": s, "end": e, "text": text[s:e],
             "speaker": (a.get("speaker") or {}).get("text") or None, "cue": (a.get("cue") or {}).get("text") or None}
        if a.get("isNested"):
            g["nested"] = True
        gold.append(g)
    return sorted(gold, key=lambda g: (g["start"], g["end"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("out")
    ap.add_argument("--suite", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                    "../../../shared/eval/suites/quotes/wikinews_de.jsonl"))
    a = ap.parse_args()
    folder, out, suite = a.folder, a.out, a.suite
    seen = set()
    with open(suite, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                seen |= shingles(json.loads(line)["text"])
    kept = dropped = quotes = 0
    with open(out, "w", encoding="utf-8") as fo:
        for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
            with open(path, encoding="utf-8") as fh:
                doc = json.load(fh)
            text = doc["originalText"]
            if shingles(text) & seen:
                dropped += 1
                continue
            gold = gold_of(text, doc.get("annotations") or [])
            number = os.path.basename(path).split(" ", 1)[0].split(".", 1)[0]
            fo.write(json.dumps({"id": "wikinews-de-train/" + number, "lang": "de", "split": "dev", "text": text,
                                 "gold": gold}, ensure_ascii=False) + "\n")
            kept += 1
            quotes += len(gold)
    print(f"articles kept {kept}, dropped by the guard {dropped}, gold quotations {quotes}")


if __name__ == "__main__":
    main()
