# SPDX-License-Identifier: GPL-3.0-or-later
"""French articles of the fourth multilingual batch (fictional; see check_set_multi.py): a cue with
a weekday and "que" before the marks. Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Retraites : le gouvernement ne recule pas",
        "Le ministre du Travail a déclaré mardi que « la réforme ira jusqu'au bout ».",
        "Les syndicats ont répondu dans un communiqué que « la mobilisation continue ».",
    ], [
        ("la réforme ira jusqu'au bout", "Le ministre du Travail", "a déclaré"),
        ("la mobilisation continue", "Les syndicats", "ont répondu"),
    ]),
]
