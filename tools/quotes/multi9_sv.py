# SPDX-License-Identifier: GPL-3.0-or-later
"""Swedish articles of the ninth multilingual batch (fictional; see check_set_multi.py): a role written as a compound in
the definite form after an inverted cue, and "medan" ending the speaker phrase.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Budgeten klubbad",
        "”Vi har inte råd att vänta”, säger finansministern till Dagens Nyheter.",
        "– Det var rena kaoset, berättar socialministern medan hon visar runt på kliniken.",
    ], [
        ("Vi har inte råd att vänta", "finansministern", "säger"),
        ("Det var rena kaoset", "socialministern", "berättar"),
    ]),
]
