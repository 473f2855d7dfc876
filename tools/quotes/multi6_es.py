# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the sixth multilingual batch (fictional; see check_set_multi.py): a news
agency after the cue, a dropped subject. Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Huelga de médicos en Sevilla",
        "«No podemos seguir así», dijo a EFE la portavoz del sindicato, Ana Ruiz.",
        "«Las urgencias están colapsadas», añadió.",
    ], [
        ("No podemos seguir así", "la portavoz del sindicato, Ana Ruiz", "dijo"),
        ("Las urgencias están colapsadas", "la portavoz del sindicato, Ana Ruiz", "añadió"),
    ]),
]
