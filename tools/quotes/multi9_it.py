# SPDX-License-Identifier: GPL-3.0-or-later
"""Italian articles of the ninth multilingual batch (fictional; see check_set_multi.py): an adverbial phrase ("dal canto
suo") between an inverted cue and its subject, and "mentre" ending the speaker phrase.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Cantiere della tangenziale",
        "«I lavori finiranno a giugno», ha assicurato dal canto suo l'assessore mentre visitava il cantiere.",
    ], [
        ("I lavori finiranno a giugno", "l'assessore", "ha assicurato"),
    ]),
]
