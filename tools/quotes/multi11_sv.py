# SPDX-License-Identifier: GPL-3.0-or-later
"""Swedish articles of the eleventh multilingual batch (fictional; see check_set_multi.py): a participle clause
fronted before the subject of a cue before a colon.
Written after a probe of news phrases had found the shape, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Ny simhall",
        "Tillfrågad om kostnaden, säger kommunalrådet: ”Det vet vi inte än.”",
    ], [
        ("Det vet vi inte än.", "kommunalrådet", "säger"),
    ]),
]
