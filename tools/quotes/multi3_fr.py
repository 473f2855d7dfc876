# SPDX-License-Identifier: GPL-3.0-or-later
"""French articles of the third multilingual batch (fictional; see check_set_multi.py): block
quotations that lost their marks after a colon, and colons that introduce no speech.
Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "La maternité de Brest menacée",
        "L'agence régionale de santé envisage de fermer la maternité de Brest la nuit.",
        "Le maire de Brest, François Cuillandre, a déclaré lundi :",
        "Nous ne laisserons pas fermer la maternité. C'est une question de sécurité pour toutes les familles du territoire.",
    ], [
        ("Nous ne laisserons pas fermer la maternité. C'est une question de sécurité pour toutes les familles du territoire.", "Le maire de Brest, François Cuillandre", "a déclaré"),
    ]),
    ([
        "Le pont de Nantes sera rénové",
        "Le pont Anne-de-Bretagne sera entièrement rénové à partir de l'an prochain.",
        "La ministre des Transports a expliqué dans un communiqué :",
        "Les travaux commenceront au printemps. L'État prendra en charge la moitié du coût.",
    ], [
        ("Les travaux commenceront au printemps. L'État prendra en charge la moitié du coût.", "La ministre des Transports", "a expliqué"),
    ]),
    # no speech after the colon
    ([
        "Écoles fermées à Lyon",
        "En raison de la canicule, la préfecture a annoncé la fermeture des écoles suivantes :",
        "• école Jules-Ferry",
        "• école Victor-Hugo",
        "• école Jean-Macé",
    ], []),
    ([
        "Visite du président à Saint-Malo",
        "Le président se rendra jeudi à Saint-Malo. Le programme de la journée :",
        "Visite du port, déjeuner à la mairie et conférence de presse.",
    ], []),
]
