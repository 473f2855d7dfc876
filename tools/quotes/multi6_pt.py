# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese articles of the sixth multilingual batch (fictional; see check_set_multi.py): a news
agency after the cue. Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Cheias no Algarve",
        "\"Nunca vimos uma chuva assim\", disse à Lusa o comandante dos bombeiros, Rui Matos.",
    ], [
        ("Nunca vimos uma chuva assim", "o comandante dos bombeiros, Rui Matos", "disse"),
    ]),
]
