# SPDX-License-Identifier: GPL-3.0-or-later
"""Italian articles of the fifteenth multilingual batch (fictional; see check_set_multi.py): a reflexive cue
("si è giustificata") and a speaker of one word with its article elided onto it.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Treni in ritardo",
        "«Non è colpa nostra», si è giustificata l'azienda.",
    ], [
        ("Non è colpa nostra", "l'azienda", "si è giustificata"),
    ]),
]
