# SPDX-License-Identifier: GPL-3.0-or-later
"""Polish articles of the fifth multilingual batch (fictional; see check_set_multi.py): a dash
quote after „…”, "według". Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Nowy most w Krakowie",
        "„Prace zakończą się w grudniu” – mówi Jan Nowak, rzecznik urzędu miasta.",
        "Według wykonawcy „opóźnienia są niewielkie”.",
    ], [
        ("Prace zakończą się w grudniu", "Jan Nowak, rzecznik urzędu miasta", "mówi"),
        ("opóźnienia są niewielkie", "wykonawcy", "Według"),
    ]),
]
