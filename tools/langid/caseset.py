# SPDX-License-Identifier: GPL-3.0-or-later
"""What the langid case sets share: writing a fixture and running a detector on the cases."""
import json
import os
import subprocess
import tempfile

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "NLPHostTests", "Fixtures")


def write_fixture(name, cases):
    """Writes the cases (dicts with at least id, lang, text) to Tests/NLPHostTests/Fixtures/NAME."""
    path = os.path.join(FIXTURES, name)
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %s (%d cases)" % (os.path.normpath(path), len(cases)))


def run(cmd, cases):
    """Runs `CMD IN.jsonl` (the host's `nlpsh run --chain langid`, or the stand-alone driver's
    `langid-cli MODEL predict`) on the cases' texts: id -> (language, confidence)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps({"id": c["id"], "text": c["text"]}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run(cmd + [path], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    got = {}
    for line in out.splitlines():
        d = json.loads(line)
        got[d["id"]] = (d.get("lang"), d.get("lang_confidence", d.get("confidence")))
    return got
