# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the fourth multilingual batch (fictional; see check_set_multi.py): a cue,
where it was said and "que" before the marks. Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Retrasos en el aeropuerto de Madrid",
        "La compañía dijo en un comunicado que \"lamenta lo ocurrido\" y que compensará a los pasajeros.",
    ], [
        ("lamenta lo ocurrido", "La compañía", "dijo"),
    ]),
]
