# SPDX-License-Identifier: GPL-3.0-or-later
"""Italian articles of the fifth multilingual batch (fictional; see check_set_multi.py): an
inverted speaker with an apposition. Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Nuova linea del tram a Torino",
        "«I lavori finiranno entro giugno», spiega l'assessore ai trasporti, Giulia Ferri.",
        "«Era ora», commentano i residenti del quartiere.",
    ], [
        ("I lavori finiranno entro giugno", "l'assessore ai trasporti, Giulia Ferri", "spiega"),
        ("Era ora", "i residenti del quartiere", "commentano"),
    ]),
]
