# SPDX-License-Identifier: GPL-3.0-or-later
"""French articles of the ninth multilingual batch (fictional; see check_set_multi.py): an adverbial phrase ("de son côté",
"pour sa part") between an inverted cue and its subject, and "juge".
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Grève à la SNCF",
        "« Le dialogue reste ouvert », assure de son côté la direction de l'entreprise.",
        "« Nous irons jusqu'au bout », juge pour sa part l'intersyndicale.",
    ], [
        ("Le dialogue reste ouvert", "la direction de l'entreprise", "assure"),
        ("Nous irons jusqu'au bout", "l'intersyndicale", "juge"),
    ]),
]
