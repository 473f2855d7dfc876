# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese articles of the fourth multilingual batch (fictional; see check_set_multi.py): a cue,
where it was said and "que" before the marks. Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Voo cancelado em Lisboa",
        "A companhia aérea informou em nota que \"lamenta o transtorno\" causado aos passageiros.",
    ], [
        ("lamenta o transtorno", "A companhia aérea", "informou"),
    ]),
]
