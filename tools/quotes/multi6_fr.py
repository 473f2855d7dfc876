# SPDX-License-Identifier: GPL-3.0-or-later
"""French articles of the sixth multilingual batch (fictional; see check_set_multi.py): a medium
after the cue, a pronoun after two names. Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Incendie dans une usine de Rouen",
        "« Il n'y a aucun risque pour la population », a dit le préfet Alain Riou à l'AFP.",
        "Le maire, Sophie Lenoir, s'est rendue sur place. « Nous resterons vigilants », a-t-elle promis.",
    ], [
        ("Il n'y a aucun risque pour la population", "le préfet Alain Riou", "a dit"),
        ("Nous resterons vigilants", "elle", "a-t-elle promis", "Sophie Lenoir"),
    ]),
]
