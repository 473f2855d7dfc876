# SPDX-License-Identifier: GPL-3.0-or-later
"""Norwegian articles of the ninth multilingual batch (fictional; see check_set_multi.py): a role written as a compound in
the definite form after an inverted cue, and "mens" ending the speaker phrase.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Strømprisene stiger igjen",
        "«Vi følger situasjonen nøye», sier finansministeren til VG.",
        "– Dette er ikke godt nok, sier helseministeren mens han besøker sykehuset i Bodø.",
    ], [
        ("Vi følger situasjonen nøye", "finansministeren", "sier"),
        ("Dette er ikke godt nok", "helseministeren", "sier"),
    ]),
]
