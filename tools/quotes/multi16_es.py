# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the sixteenth multilingual batch (fictional; see check_set_multi.py): a
participle phrase set off by commas between the subject and the cue. Written after a probe of news
phrases had found the shape, with new sentences, annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Urgencias saturadas",
        "El informe, publicado este martes, advierte de que la situación es «insostenible».",
    ], [
        ("insostenible", "El informe", "advierte"),
    ]),
]
