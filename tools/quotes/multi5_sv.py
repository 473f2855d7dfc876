# SPDX-License-Identifier: GPL-3.0-or-later
"""Swedish articles of the fifth multilingual batch (fictional; see check_set_multi.py): a
newspaper as the speaker, "enligt". Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Tåg stod stilla i Hallsberg",
        "”Vi ber om ursäkt för förseningarna”, skriver SJ i ett pressmeddelande.",
        "Enligt Trafikverket ”var det ett signalfel”.",
    ], [
        ("Vi ber om ursäkt för förseningarna", "SJ", "skriver"),
        ("var det ett signalfel", "Trafikverket", "Enligt"),
    ]),
]
