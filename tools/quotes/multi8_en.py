# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the eighth multilingual batch (fictional; see check_set_multi.py): an
apposition between two commas after a quotation, between its subject and the verb, and "pleaded".
Written after a probe of wire-style sentences had found the shapes (such quotations were dropped
whole), with new sentences, annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Court blocks merger",
        "“We respect the decision but will appeal,” the airline's chief executive, Nora Blake, said on Thursday.",
        "“This is a victory for passengers,” consumer group Fair Skies, which brought the case, said in a statement.",
        "“Please keep the line open,” pleaded Tom Reyes, a pilot from Denver.",
    ], [
        ("We respect the decision but will appeal", "the airline's chief executive, Nora Blake", "said"),
        ("This is a victory for passengers", "consumer group Fair Skies", "said"),
        ("Please keep the line open", "Tom Reyes, a pilot from Denver", "pleaded"),
    ]),
]
