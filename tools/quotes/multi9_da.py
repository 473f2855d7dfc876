# SPDX-License-Identifier: GPL-3.0-or-later
"""Danish articles of the ninth multilingual batch (fictional; see check_set_multi.py): a role written as a compound in
the definite form after an inverted cue, and "mens" ending the speaker phrase.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Overenskomst på plads",
        "»Vi er klar til at forhandle«, siger beskæftigelsesministeren til Ritzau.",
        "- Det kom helt bag på os, fortæller skolelederen mens hun viser rundt i hallen.",
    ], [
        ("Vi er klar til at forhandle", "beskæftigelsesministeren", "siger"),
        ("Det kom helt bag på os", "skolelederen", "fortæller"),
    ]),
]
