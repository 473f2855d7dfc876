# SPDX-License-Identifier: GPL-3.0-or-later
"""Dutch articles of the fifth multilingual batch (fictional; see check_set_multi.py): "aldus",
"laat … weten". Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Dijk bij Kampen versterkt",
        "\"De dijk voldoet niet meer aan de normen\", aldus een woordvoerder van het waterschap.",
        "\"We beginnen in maart met de werkzaamheden\", laat de gemeente weten.",
    ], [
        ("De dijk voldoet niet meer aan de normen", "een woordvoerder van het waterschap", "aldus"),
        ("We beginnen in maart met de werkzaamheden", "de gemeente", "laat"),
    ]),
]
