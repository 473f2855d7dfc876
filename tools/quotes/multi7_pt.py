# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese articles of the seventh multilingual batch (fictional; see check_set_multi.py): a time
between the cue and the subject. Written after a probe of news phrases had found the shape, with new
sentences, annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Greve nos transportes",
        "\"Não aceitaremos cortes\", disse nesta quarta-feira o presidente do sindicato, Carlos Mota.",
    ], [
        ("Não aceitaremos cortes", "o presidente do sindicato, Carlos Mota", "disse"),
    ]),
]
