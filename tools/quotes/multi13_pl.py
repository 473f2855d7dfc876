# SPDX-License-Identifier: GPL-3.0-or-later
"""Polish articles of the thirteenth multilingual batch (fictional; see check_set_multi.py): a role ("lider") after
an adverbial phrase behind the cue.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Spór o budżet",
        "„Nie oddamy ani złotówki” – napisał na Facebooku lider ludowców.",
    ], [
        ("Nie oddamy ani złotówki", "lider ludowców", "napisał"),
    ]),
]
