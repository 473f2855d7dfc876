# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the eleventh multilingual batch (fictional; see check_set_multi.py): a participle clause
fronted before the subject of a cue before a colon.
Written after a probe of news phrases had found the shape, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Budget delayed again",
        "Pressed on the timetable, the chancellor said: \"We will not rush this.\"",
    ], [
        ("We will not rush this.", "the chancellor", "said"),
    ]),
]
