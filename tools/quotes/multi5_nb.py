# SPDX-License-Identifier: GPL-3.0-or-later
"""Norwegian articles of the fifth multilingual batch (fictional; see check_set_multi.py): a dash
quote with "sier han til", "opplyser politiet til". Written and annotated before the stage ran on
them."""

ARTICLES = [
    ([
        "Brann i Bergen sentrum",
        "Brannsjef Ola Berg var på stedet hele natten.",
        "– Vi fikk kontroll på brannen rundt klokken fire, sier han til Bergens Tidende.",
        "– Ingen personer er savnet, opplyser politiet til NTB.",
    ], [
        ("Vi fikk kontroll på brannen rundt klokken fire", "han", "sier", "Ola Berg"),
        ("Ingen personer er savnet", "politiet", "opplyser"),
    ]),
]
