# SPDX-License-Identifier: GPL-3.0-or-later
"""Dutch articles of the eleventh multilingual batch (fictional; see check_set_multi.py): a participle clause
fronted before the subject of a cue before a colon.
Written after a probe of news phrases had found the shape, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Nieuw zwembad",
        "Gevraagd naar de kosten, zei de wethouder: \"Dat weten we nog niet.\"",
    ], [
        ("Dat weten we nog niet.", "de wethouder", "zei"),
    ]),
]
