# SPDX-License-Identifier: GPL-3.0-or-later
"""Norwegian articles of the thirteenth multilingual batch (fictional; see check_set_multi.py): a naming verb
("omtalte … som") before a partial quotation.
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Nytt kulturhus vedtatt",
        "Ordføreren omtalte vedtaket som «en seier for byen».",
    ], [
        ("en seier for byen", "Ordføreren", "omtalte"),
    ]),
]
