# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese articles of the fifteenth multilingual batch (fictional; see check_set_multi.py): a cue with its
reflexive pronoun written on it ("justificou-se").
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Obras paradas",
        "\"Não tivemos escolha\", justificou-se o autarca.",
    ], [
        ("Não tivemos escolha", "o autarca", "justificou-se"),
    ]),
]
