# SPDX-License-Identifier: GPL-3.0-or-later
"""Polish articles of the tenth multilingual batch (fictional; see check_set_multi.py): the cue "przekazała".
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Wypadek na autostradzie",
        "„Sprawa jest wyjaśniana” – przekazała rzeczniczka komendy policji.",
    ], [
        ("Sprawa jest wyjaśniana", "rzeczniczka komendy policji", "przekazała"),
    ]),
]
