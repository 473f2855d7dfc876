# SPDX-License-Identifier: GPL-3.0-or-later
"""What the parts of the German quotes check set share: writing a part's paragraphs as records.

Each part lists paragraphs and their quotes as (text between the marks, speaker as written, cue).
`write_part` finds each quote (the first unused occurrence between quotation marks), checks the
marks (or, for a part that asks for it, a paragraph end where the closing mark was lost) and
that the speaker string occurs in the text, and rewrites
Tests/NLPHostTests/Fixtures/quotes_de_check.jsonl with the part's records check-de/FIRST… in
place of any earlier version of them; the other parts' records are kept as they are.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = os.path.join(ROOT, "Tests/NLPHostTests/Fixtures/quotes_de_check.jsonl")
# (in place of a quote's cue: a labelled transcript turn without marks, which follows "Label: " and runs to the end of
# its paragraph; its cue is None)
PLAIN = "plain"


def record_number(line):
    return int(json.loads(line)["id"].split("/")[1])


def write_part(paragraphs, first, open_marks, close_marks, unclosed_at_break=False):
    last = first + len(paragraphs)
    records = {}
    with open(FIX, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not first <= record_number(line) < last:
                records[record_number(line)] = line.rstrip("\n")
    kept = len(records)
    nq = 0
    for k, (text, quotes) in enumerate(paragraphs):
        gold, used = [], set()
        for q, spk, cue in quotes:
            plain = cue == PLAIN
            cue = None if plain else cue
            start = 0
            while True:
                i = text.find(q, start)
                if i < 0:
                    sys.exit(f"not found in #{k + first}: {q!r}")
                j = i + len(q)
                # (a quotation running on into a paragraph that reopens with a mark ends at the break)
                closed = j < len(text) and text[j] in close_marks or (text[j:j + 2] == "\n\n" and text[j + 2:j + 3] in open_marks)
                # (with `unclosed_at_break`, a quotation whose closing mark is missing ends at its paragraph's end)
                closed = closed or unclosed_at_break and text[j:j + 1] in ("\n", "")
                marked = i > 0 and text[i - 1] in open_marks and closed
                labelled = text[i - 2:i] == ": " and text[j:j + 1] in ("\n", "")
                if i not in used and (labelled if plain else marked):
                    break
                start = i + 1
            used.add(i)
            if spk is not None and spk not in text:
                sys.exit(f"speaker not in text #{k + first}: {spk!r}")
            gold.append({"type": "quote", "start": i, "end": i + len(q), "text": q, "speaker": spk, "cue": cue})
            nq += 1
        gold.sort(key=lambda g: g["start"])
        rec = {"id": f"check-de/{k + first:02d}", "lang": "de", "split": "check",
               "source": "nlpsh project, written for this check set (fictional)", "text": text, "gold": gold}
        records[k + first] = json.dumps(rec, ensure_ascii=False)
    with open(FIX, "w", encoding="utf-8") as fh:
        fh.write("\n".join(records[n] for n in sorted(records)) + "\n")
    print(f"{kept} kept, {len(paragraphs)} paragraphs with {nq} quotes written", file=sys.stderr)
