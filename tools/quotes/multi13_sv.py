# SPDX-License-Identifier: GPL-3.0-or-later
"""Swedish articles of the thirteenth multilingual batch (fictional; see check_set_multi.py): a naming verb
("kallade") before a partial quotation, and "så kallade" before a term, which is no quotation.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Budgetdebatt i riksdagen",
        "Oppositionsledaren kallade budgeten ”ett luftslott”.",
        "Den så kallade ”flygskatten” slopas, meddelade regeringen.",
    ], [
        ("ett luftslott", "Oppositionsledaren", "kallade"),
    ]),
]
