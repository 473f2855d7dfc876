# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the thirteenth multilingual batch (fictional; see check_set_multi.py): "so-called" before a
term, which is no quotation, in a sentence with a cue.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Car levy scrapped",
        "The so-called \"Tesla tax\" was dropped in March, the ministry said.",
    ], [
    ]),
]
