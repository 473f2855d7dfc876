# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the seventh multilingual batch (fictional; see check_set_multi.py): a time
with a demonstrative between the cue and the subject. Written after a probe of news phrases had
found the shape, with new sentences, annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Acuerdo en la pesca",
        "«Hemos salvado la temporada», ha declarado esta mañana el consejero de Pesca, Andrés Villa.",
    ], [
        ("Hemos salvado la temporada", "el consejero de Pesca, Andrés Villa", "ha declarado"),
    ]),
]
