# SPDX-License-Identifier: GPL-3.0-or-later
"""Norwegian articles of the tenth multilingual batch (fictional; see check_set_multi.py): a source after
"ifølge" followed by the verb of its sentence ("er").
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Brann i Bergen",
        "Ifølge politiet er situasjonen «under kontroll».",
    ], [
        ("under kontroll", "politiet", "Ifølge"),
    ]),
]
