# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the third multilingual batch (fictional; see check_set_multi.py): block
quotations that lost their marks after a colon, and colons that introduce no speech.
Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "El tranvía llegará al barrio de Valdespartera",
        "El Ayuntamiento de Zaragoza ha aprobado la ampliación de la línea de tranvía.",
        "El alcalde de Zaragoza, Jorge Azcón, afirmó en rueda de prensa:",
        "La ciudad no puede esperar más. Las obras del tranvía empezarán en septiembre.",
    ], [
        ("La ciudad no puede esperar más. Las obras del tranvía empezarán en septiembre.", "El alcalde de Zaragoza, Jorge Azcón", "afirmó"),
    ]),
    ([
        "El Gobierno descarta subir impuestos",
        "El Consejo de Ministros aprobó el martes el techo de gasto para el próximo año.",
        "La portavoz del Gobierno, Ana López, dijo tras la reunión:",
        "No habrá subida de impuestos este año. Lo hemos prometido y lo vamos a cumplir.",
    ], [
        ("No habrá subida de impuestos este año. Lo hemos prometido y lo vamos a cumplir.", "La portavoz del Gobierno, Ana López", "dijo"),
    ]),
    # no speech after the colon
    ([
        "Cortes de tráfico por la maratón",
        "La maratón de Zaragoza obligará a cortar varias calles el domingo. El Ayuntamiento informó de los cortes previstos:",
        "Calle Mayor, Plaza de España y Paseo de la Independencia.",
    ], []),
    ([
        "Entrevista con el ministro",
        "El ministro de Hacienda visitó la redacción el lunes. El periodista le preguntó:",
        "¿Cuándo se aprobará la reforma fiscal?",
        "El ministro no quiso dar una fecha.",
    ], []),
]
