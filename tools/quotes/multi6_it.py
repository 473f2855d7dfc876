# SPDX-License-Identifier: GPL-3.0-or-later
"""Italian articles of the sixth multilingual batch (fictional; see check_set_multi.py): a news
agency after the cue. Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Frana in Liguria",
        "«La strada resterà chiusa per settimane», ha detto all'ANSA il sindaco di Recco, Paolo Conti.",
    ], [
        ("La strada resterà chiusa per settimane", "il sindaco di Recco, Paolo Conti", "ha detto"),
    ]),
]
