# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese articles of the ninth multilingual batch (fictional; see check_set_multi.py): an adverbial phrase ("por sua
vez") between an inverted cue and its subject, and "enquanto" ending the speaker phrase.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Acordo na função pública",
        "\"O acordo é positivo\", afirmou por sua vez o sindicato enquanto decorria a reunião.",
    ], [
        ("O acordo é positivo", "o sindicato", "afirmou"),
    ]),
]
