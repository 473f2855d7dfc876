# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the tenth multilingual batch (fictional; see check_set_multi.py): a word of time alone
between an inverted cue and its subject.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Incendio en una nave",
        "«No hay heridos», confirmó ayer el jefe de bomberos.",
    ], [
        ("No hay heridos", "el jefe de bomberos", "confirmó"),
    ]),
]
