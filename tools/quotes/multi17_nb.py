# SPDX-License-Identifier: GPL-3.0-or-later
"""Norwegian articles of the seventeenth multilingual batch (fictional; see check_set_multi.py): a
source after "ifølge" followed by a modal verb. Written after a probe of news phrases had found the
shape, with new sentences, annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Mann pågrepet i Tromsø",
        "Ifølge politiet skal mannen ha vært «svært aggressiv».",
    ], [
        ("svært aggressiv", "politiet", "Ifølge"),
    ]),
]
