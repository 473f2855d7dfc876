# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the twelfth multilingual batch (fictional; see check_set_multi.py): a fronted adverbial, its
comma and the subject before the cue, and a reported clause or infinitive after it.
Written after a probe of news phrases had found the shape, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Council backs new tram line",
        "After the vote, the mayor said she was \"relieved\" by the result.",
    ], [
        ("relieved", "the mayor", "said"),
    ]),
]
