# SPDX-License-Identifier: GPL-3.0-or-later
"""French articles of the fifth multilingual batch (fictional; see check_set_multi.py): an
apposition after an inverted speaker, "d'après", a clitic cue. Written and annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Inondations dans le Gard",
        "« Nous n'avons jamais vu autant d'eau », souligne Jean Dupuis, maire d'Alès.",
        "D'après la préfecture, « plus de 300 personnes ont été évacuées ».",
        "« La situation reste préoccupante », a-t-elle ajouté dans la soirée.",
    ], [
        ("Nous n'avons jamais vu autant d'eau", "Jean Dupuis, maire d'Alès", "souligne"),
        ("plus de 300 personnes ont été évacuées", "la préfecture", "D'après"),
        ("La situation reste préoccupante", "elle", "a-t-elle ajouté"),
    ]),
]
