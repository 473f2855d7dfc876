# SPDX-License-Identifier: GPL-3.0-or-later
"""French articles of the fifteenth multilingual batch (fictional; see check_set_multi.py): a reflexive cue
("s'est justifié") and a speaker of one word with its article elided onto it.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Polémique au conseil régional",
        "« Nous n'avions pas le choix », s'est justifié l'élu.",
    ], [
        ("Nous n'avions pas le choix", "l'élu", "s'est justifié"),
    ]),
]
