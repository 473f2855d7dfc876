# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the sixth multilingual batch (fictional; see check_set_multi.py): a medium
after "told", a headline label, a quotation over two paragraphs, a pronoun after two names.
Written and annotated before the stage ran on them; the quotation over two paragraphs was first
annotated as one span, against the set's convention of one quotation per paragraph, and corrected."""

ARTICLES = [
    ([
        "Minister: “We will not raise taxes”",
        "Finance minister Laura Quinn ruled out tax rises on Friday. “We will not raise taxes this year,” Quinn told Reuters.",
        "Her deputy, Sam Ortiz, was more cautious. “Nothing is off the table,” he said.",
    ], [
        ("We will not raise taxes", "Minister", None),
        ("We will not raise taxes this year", "Quinn", "told"),
        ("Nothing is off the table", "he", "said", "Sam Ortiz"),
    ]),
    ([
        "Library saved",
        "Librarian Ruth Kemp read a statement to the crowd. “We have been given five more years.",
        "“The council has listened to the people of this town,” she said.",
    ], [
        ("We have been given five more years.", "she", "said", "Ruth Kemp"),
        ("The council has listened to the people of this town", "she", "said", "Ruth Kemp"),
    ]),
]
