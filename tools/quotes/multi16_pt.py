# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese articles of the sixteenth multilingual batch (fictional; see check_set_multi.py): a
participle phrase set off by commas between the subject and the cue. Written after a probe of news
phrases had found the shape, with new sentences, annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Urgências sob pressão",
        "O relatório, divulgado ontem, alerta que a situação é \"insustentável\".",
    ], [
        ("insustentável", "O relatório", "alerta"),
    ]),
]
