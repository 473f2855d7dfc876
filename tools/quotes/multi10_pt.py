# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese articles of the tenth multilingual batch (fictional; see check_set_multi.py): a word of time
alone between an inverted cue and its subject ("ontem", "esta terça-feira").
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Incêndio em armazém",
        "\"Não houve feridos\", garantiu ontem o comandante dos bombeiros.",
        "\"Vamos reabrir a ponte\", anunciou esta terça-feira a autarquia de Coimbra.",
    ], [
        ("Não houve feridos", "o comandante dos bombeiros", "garantiu"),
        ("Vamos reabrir a ponte", "a autarquia de Coimbra", "anunciou"),
    ]),
]
