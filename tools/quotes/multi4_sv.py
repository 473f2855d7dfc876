# SPDX-License-Identifier: GPL-3.0-or-later
"""Swedish articles of the fourth multilingual batch (fictional; see check_set_multi.py): a cue and
"att" before the marks, with or without where it was said. Written and annotated before the stage
ran on them."""

ARTICLES = [
    ([
        "Skolan stänger",
        "Kommunen meddelar att ”beslutet är slutgiltigt”.",
        "– Vi är besvikna och kommer att överklaga, säger föräldraföreningens ordförande Lars Nilsson.",
    ], [
        ("beslutet är slutgiltigt", "Kommunen", "meddelar"),
        ("Vi är besvikna och kommer att överklaga", "föräldraföreningens ordförande Lars Nilsson", "säger"),
    ]),
    ([
        "Brand i lagerlokal",
        "Polisen uppger i ett pressmeddelande att ”ingen skadades”.",
    ], [
        ("ingen skadades", "Polisen", "uppger"),
    ]),
]
