# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the eleventh multilingual batch (fictional; see check_set_multi.py): a participle clause
fronted before the subject of a cue before a colon.
Written after a probe of news phrases had found the shape, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Nueva piscina municipal",
        "Consultado por este diario, el alcalde explicó: «Aún no lo sabemos».",
    ], [
        ("Aún no lo sabemos", "el alcalde", "explicó"),
    ]),
]
