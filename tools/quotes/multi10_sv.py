# SPDX-License-Identifier: GPL-3.0-or-later
"""Swedish articles of the tenth multilingual batch (fictional; see check_set_multi.py): a source after
"enligt" followed by the verb of its sentence ("är").
Written after a probe of news phrases had found the shapes, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Rättegången fortsätter",
        "Enligt åklagaren är bevisen ”mycket starka”.",
    ], [
        ("mycket starka", "åklagaren", "Enligt"),
    ]),
]
