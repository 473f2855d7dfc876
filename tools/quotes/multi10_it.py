# SPDX-License-Identifier: GPL-3.0-or-later
"""Italian articles of the tenth multilingual batch (fictional; see check_set_multi.py): a word of time alone
between an inverted cue and its subject, and "tuona".
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Incendio in un capannone",
        "«Non ci sono feriti», ha spiegato ieri il comandante dei vigili del fuoco.",
        "«È inaccettabile», tuona la segretaria del Pd.",
    ], [
        ("Non ci sono feriti", "il comandante dei vigili del fuoco", "ha spiegato"),
        ("È inaccettabile", "la segretaria del Pd", "tuona"),
    ]),
]
