# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese articles of the twelfth multilingual batch (fictional; see check_set_multi.py): a fronted adverbial, its
comma and the subject before the cue, and a reported clause or infinitive after it.
Written after a probe of news phrases had found the shape, with new sentences, annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Acordo na metalurgia",
        "Após a reunião, o sindicato disse estar \"satisfeito\" com o acordo.",
    ], [
        ("satisfeito", "o sindicato", "disse"),
    ]),
]
