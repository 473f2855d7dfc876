# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the ninth multilingual batch (fictional; see check_set_multi.py): an adverbial phrase ("por su parte")
between an inverted cue and its subject, and "mientras" ending the speaker phrase.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Acuerdo sobre el salario mínimo",
        "«La reforma llega tarde», lamentó por su parte la patronal mientras los sindicatos celebraban el acuerdo.",
    ], [
        ("La reforma llega tarde", "la patronal", "lamentó"),
    ]),
]
