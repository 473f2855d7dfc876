# SPDX-License-Identifier: GPL-3.0-or-later
"""Danish articles of the tenth multilingual batch (fictional; see check_set_multi.py): a source after
"ifølge" followed by the verb of its sentence ("var").
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Anholdelse i Odense",
        "Ifølge politiet var manden »kendt i forvejen«.",
    ], [
        ("kendt i forvejen", "politiet", "Ifølge"),
    ]),
]
