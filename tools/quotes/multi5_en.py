# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the fifth multilingual batch (fictional; see check_set_multi.py): a speaker
with an apposition after the cue, "told" with a medium, "according to", an age noun as the
speaker, a cue after a pronoun and "adding". Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Factory to close in Ashford",
        "“We did everything we could to keep the plant open,” said Helen Marsh, a spokeswoman for Carver Foods. “The market has changed.”",
        "“It is a disaster for the town,” union organiser Dave Brooks told the BBC.",
    ], [
        ("We did everything we could to keep the plant open", "Helen Marsh, a spokeswoman for Carver Foods", "said"),
        ("The market has changed.", "Helen Marsh, a spokeswoman for Carver Foods", "said"),
        ("It is a disaster for the town", "union organiser Dave Brooks", "told"),
    ]),
    ([
        "Rescue at sea",
        "According to a statement from the coastguard, “all six crew members were brought ashore safely”.",
        "“I thought we were going to die,” the 52-year-old said from his hospital bed.",
    ], [
        ("all six crew members were brought ashore safely", "a statement from the coastguard", "According to"),
        ("I thought we were going to die", "the 52-year-old", "said"),
    ]),
]
