# SPDX-License-Identifier: GPL-3.0-or-later
"""Danish articles of the sixth multilingual batch (fictional; see check_set_multi.py): "til" a
medium after a dash quote's speaker, a pronoun after two names. Written and annotated before the
stage ran on them."""

ARTICLES = [
    ([
        "Oversvømmelse i Vejle",
        "Beredskabschef Lars Dam og borgmester Tina Friis besøgte området mandag.",
        "- Vi har aldrig set så meget vand i byen, siger Lars Dam til TV Syd.",
        "- Det bliver dyrt for kommunen, siger hun.",
    ], [
        ("Vi har aldrig set så meget vand i byen", "Lars Dam", "siger"),
        ("Det bliver dyrt for kommunen", "hun", "siger", "Tina Friis"),
    ]),
]
