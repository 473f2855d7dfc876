# SPDX-License-Identifier: GPL-3.0-or-later
"""Dutch articles of the sixth multilingual batch (fictional; see check_set_multi.py): "tegen" a
medium after the speaker. Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Overstroming in Limburg",
        "\"Het water staat tot aan de ramen\", zegt bewoner Piet Hermans tegen de NOS.",
        "\"We doen wat we kunnen\", zei een woordvoerder van de brandweer.",
    ], [
        ("Het water staat tot aan de ramen", "bewoner Piet Hermans", "zegt"),
        ("We doen wat we kunnen", "een woordvoerder van de brandweer", "zei"),
    ]),
]
