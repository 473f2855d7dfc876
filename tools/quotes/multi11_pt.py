# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese articles of the eleventh multilingual batch (fictional; see check_set_multi.py): a participle clause
fronted before the subject of a cue before a colon.
Written after a probe of news phrases had found the shape, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Listas de espera",
        "Confrontado com os números, o autarca admitiu: \"Temos de fazer melhor\".",
    ], [
        ("Temos de fazer melhor", "o autarca", "admitiu"),
    ]),
]
