# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the fourth multilingual batch (fictional; see check_set_multi.py): a cue
followed by where it was said ("said in a statement that"), a pronoun opening the reported clause
after a cue ("said she"), a colon sentence whose subject has a lowercase role inside it, a weekday
after an inverted speaker. Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Airline apologises for delays",
        "Thousands of passengers were stuck at Gatwick on Sunday. The airline said in a statement that it “deeply regrets the inconvenience” caused to its customers.",
        "Transport secretary Ruth Adams said on Monday: “We expect better from our airlines.”",
    ], [
        ("deeply regrets the inconvenience", "The airline", "said"),
        ("We expect better from our airlines.", "Transport secretary Ruth Adams", "said"),
    ]),
    ([
        "Council defends parking fees",
        "In an interview with the Evening Post, the council leader said she “will not back down” on the new fees.",
        "Shop owner Peter Grant disagreed: “The fees are killing the high street.”",
    ], [
        ("will not back down", "the council leader", "said"),
        ("The fees are killing the high street.", "Shop owner Peter Grant", None),
    ]),
    ([
        "Recount confirms result",
        "“The vote was fair and the count was accurate,” said election chief Maria Lopez Monday.",
        "Prime Minister Jane Holt welcomed the result. “This is a good day for our democracy,” she said.",
    ], [
        ("The vote was fair and the count was accurate", "election chief Maria Lopez", "said"),
        ("This is a good day for our democracy", "she", "said", "Jane Holt"),
    ]),
]
