# SPDX-License-Identifier: GPL-3.0-or-later
"""Italian articles of the sixteenth multilingual batch (fictional; see check_set_multi.py): a
participle phrase set off by commas between the subject and the cue. Written after a probe of news
phrases had found the shape, with new sentences, annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Pronto soccorso al collasso",
        "Il rapporto, pubblicato ieri, avverte che la situazione è «insostenibile».",
    ], [
        ("insostenibile", "Il rapporto", "avverte"),
    ]),
]
