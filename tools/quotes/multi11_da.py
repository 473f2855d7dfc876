# SPDX-License-Identifier: GPL-3.0-or-later
"""Danish articles of the eleventh multilingual batch (fictional; see check_set_multi.py): a participle clause
fronted before the subject of a cue before a colon.
Written after a probe of news phrases had found the shape, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Ny bro over havnen",
        "Adspurgt om prisen, siger direktøren: »Det kan vi ikke sige endnu.«",
    ], [
        ("Det kan vi ikke sige endnu.", "direktøren", "siger"),
    ]),
]
