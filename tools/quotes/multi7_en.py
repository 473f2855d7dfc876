# SPDX-License-Identifier: GPL-3.0-or-later
"""English articles of the seventh multilingual batch (fictional; see check_set_multi.py): "per"
before a source. Written after a probe of news phrases had found the shape, with new sentences,
annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Ferry service suspended",
        "Per the port authority, “all sailings are cancelled until further notice”.",
    ], [
        ("all sailings are cancelled until further notice", "the port authority", "Per"),
    ]),
]
