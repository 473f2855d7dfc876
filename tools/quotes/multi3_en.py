# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the third multilingual batch (fictional; see check_set_multi.py): block
quotations that lost their marks after a colon, and colons that introduce no speech.
Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Bridge to reopen before winter",
        "The Harlow river bridge, closed since the floods in March, will be rebuilt this year.",
        "Mayor Linda Shaw told reporters on Thursday:",
        "We will rebuild the bridge, and we will do it before winter. Nobody in this town should have to drive forty miles to get to work.",
        "Work is expected to start next month.",
    ], [
        ("We will rebuild the bridge, and we will do it before winter. Nobody in this town should have to drive forty miles to get to work.", "Mayor Linda Shaw", "told"),
    ]),
    ([
        "Ferry operator apologises",
        "Hundreds of passengers were stranded in Dover this week after the ferry operator cancelled all crossings.",
        "In a statement released on Friday, the company's chief executive, Mark Devlin, said:",
        "We deeply regret the disruption our customers have experienced this week. All affected passengers will receive a full refund.",
    ], [
        ("We deeply regret the disruption our customers have experienced this week. All affected passengers will receive a full refund.", "the company's chief executive, Mark Devlin", "said"),
    ]),
    ([
        "Nurses call for more staff",
        "Nurse Emily Carter has worked at St Mary's hospital for 22 years and says her colleagues are exhausted.",
        "She said:",
        "We are doing the work of two people on every shift. Something has to change, and it has to change now.",
    ], [
        ("We are doing the work of two people on every shift. Something has to change, and it has to change now.", "She", "said", "Emily Carter"),
    ]),
    # no speech after the colon
    ([
        "Roads closed for marathon",
        "Several roads in the city centre will be closed on Sunday for the marathon. The council published the list of closed roads:",
        "* Main Street between Third and Fifth Avenue",
        "* Bridge Road",
        "* Station Approach",
    ], []),
    ([
        "Flu figures published",
        "The health ministry released the weekly figures on Monday. A spokesman said the numbers were as follows:",
        "Region | Cases | Deaths",
        "North | 120 | 3",
        "South | 95 | 1",
    ], []),
    ([
        "Library future unclear",
        "The old library on Mill Lane has been empty for two years. We put the question to the mayor:",
        "What will happen to the building?",
        "Her office has not replied.",
    ], []),
    ([
        "Count begins in Riverside",
        "Officials said the results would be published late on Thursday. Read more:",
        "Election 2026: what we know so far",
    ], []),
]
