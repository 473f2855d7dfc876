# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the fifteenth multilingual batch (fictional; see check_set_multi.py): the cue "presumió".
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Balance de las fiestas",
        "«Lo hicimos bien», presumió la alcaldesa.",
    ], [
        ("Lo hicimos bien", "la alcaldesa", "presumió"),
    ]),
]
