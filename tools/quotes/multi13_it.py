# SPDX-License-Identifier: GPL-3.0-or-later
"""Italian articles of the thirteenth multilingual batch (fictional; see check_set_multi.py): "cosiddetta" before a
term, which is no quotation, in a sentence with a cue.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Banche, la tassa cambia",
        "La cosiddetta «tassa sugli extraprofitti» sarà rivista, ha detto il ministro.",
    ], [
    ]),
]
