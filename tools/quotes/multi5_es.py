# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the fifth multilingual batch (fictional; see check_set_multi.py): a relative
clause after the speaker, "según fuentes", a dialogue dash with an incise. Written and annotated
before the stage ran on them."""

ARTICLES = [
    ([
        "Cierre del puerto de Vigo",
        "«El temporal nos obliga a cerrar», afirmó el portavoz de la Autoridad Portuaria, Luis Otero, quien añadió que la medida es temporal.",
        "Según fuentes del ministerio, «la reapertura será el lunes».",
    ], [
        ("El temporal nos obliga a cerrar", "el portavoz de la Autoridad Portuaria, Luis Otero", "afirmó"),
        ("la reapertura será el lunes", "fuentes del ministerio", "Según"),
    ]),
]
