# SPDX-License-Identifier: GPL-3.0-or-later
"""Danish articles of the thirteenth multilingual batch (fictional; see check_set_multi.py): a naming verb
("betegnede … som") before a partial quotation.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Aftale om ny letbane",
        "Borgmesteren betegnede aftalen som »et gennembrud«.",
    ], [
        ("et gennembrud", "Borgmesteren", "betegnede"),
    ]),
]
