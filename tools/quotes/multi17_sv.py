# SPDX-License-Identifier: GPL-3.0-or-later
"""Swedish articles of the seventeenth multilingual batch (fictional; see check_set_multi.py): a
source after "enligt" followed by a modal verb. Written after a probe of news phrases had found the
shape, with new sentences, annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Man gripen i Umeå",
        "Enligt polisen ska mannen ha varit ”mycket aggressiv”.",
    ], [
        ("mycket aggressiv", "polisen", "Enligt"),
    ]),
]
