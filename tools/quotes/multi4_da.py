# SPDX-License-Identifier: GPL-3.0-or-later
"""Danish articles of the fourth multilingual batch (fictional; see check_set_multi.py): a cue and
"at" before the marks without a comma; "i dag" after the speaker of a dash quote. Written and
annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Skolen lukker",
        "Kommunen oplyser at »beslutningen er endelig«.",
        "- Vi er dybt skuffede, siger formand for forældrebestyrelsen Jens Nielsen i dag.",
    ], [
        ("beslutningen er endelig", "Kommunen", "oplyser"),
        ("Vi er dybt skuffede", "formand for forældrebestyrelsen Jens Nielsen", "siger"),
    ]),
]
