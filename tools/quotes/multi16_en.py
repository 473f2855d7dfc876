# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the sixteenth multilingual batch (fictional; see check_set_multi.py): a
participle phrase set off by commas between the subject and the cue. Written after a probe of news
phrases had found the shape, with new sentences, annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Council finances",
        "The audit, completed last month, warned that the council was \"close to bankruptcy\".",
    ], [
        ("close to bankruptcy", "The audit", "warned"),
    ]),
]
