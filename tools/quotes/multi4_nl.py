# SPDX-License-Identifier: GPL-3.0-or-later
"""Dutch articles of the fourth multilingual batch (fictional; see check_set_multi.py): a weekday
after an inverted speaker, "volgens" with a verb after the source, a colon sentence. Written and
annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Staking bij het openbaar vervoer",
        "\"We gaan door met de acties\", zei vakbondsleider Jan de Vries dinsdag in Utrecht.",
        "Volgens de minister is \"het overleg vastgelopen\".",
    ], [
        ("We gaan door met de acties", "vakbondsleider Jan de Vries", "zei"),
        ("het overleg vastgelopen", "de minister", "Volgens"),
    ]),
    ([
        "Brug langer dicht",
        "Burgemeester Anna Bakker zei woensdag: \"De brug gaat pas in mei weer open.\"",
        "\"Dat is veel te laat voor de winkels\", zei ondernemer Kees Smit vrijdag.",
    ], [
        ("De brug gaat pas in mei weer open.", "Burgemeester Anna Bakker", "zei"),
        ("Dat is veel te laat voor de winkels", "ondernemer Kees Smit", "zei"),
    ]),
]
