# SPDX-License-Identifier: GPL-3.0-or-later
"""French articles of the seventh multilingual batch (fictional; see check_set_multi.py): a
description after the speaker's name followed by where it was said. Written after a probe of news
phrases had found the shape, with new sentences, annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Transports : la région investit",
        "« Les trains seront plus nombreux dès septembre », promet Luc Berthier, président de la région, dans un entretien au Progrès.",
    ], [
        ("Les trains seront plus nombreux dès septembre", "Luc Berthier, président de la région", "promet"),
    ]),
]
