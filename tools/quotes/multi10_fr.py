# SPDX-License-Identifier: GPL-3.0-or-later
"""French articles of the tenth multilingual batch (fictional; see check_set_multi.py): a weekday between an
inverted cue and a subject whose article is elided onto it.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Tensions au conseil municipal",
        "« La situation reste tendue », a indiqué mardi l'adjoint au maire.",
    ], [
        ("La situation reste tendue", "l'adjoint au maire", "a indiqué"),
    ]),
]
