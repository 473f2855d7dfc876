# SPDX-License-Identifier: GPL-3.0-or-later
"""Norwegian articles of the fourth multilingual batch (fictional; see check_set_multi.py): a cue
and "at" before the marks; a weekday after the speaker of a dash quote. Written and annotated
before the stage ran on them."""

ARTICLES = [
    ([
        "Skolen legges ned",
        "Kommunen opplyser at «vedtaket er endelig».",
        "– Dette er en trist dag for bygda, sier ordfører Kari Hansen til NRK tirsdag.",
    ], [
        ("vedtaket er endelig", "Kommunen", "opplyser"),
        ("Dette er en trist dag for bygda", "ordfører Kari Hansen", "sier"),
    ]),
]
