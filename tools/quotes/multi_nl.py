# SPDX-License-Identifier: GPL-3.0-or-later
"""Dutch articles of the multilingual quotes check set (fictional; see check_set_multi.py)."""

ARTICLES = [
    ([
        "Veerdienst naar Lindeoog blijft",
        "De gemeenteraad van Havenstede heeft dinsdag besloten de veerverbinding met Lindeoog nog minstens vijf jaar in stand te houden.",
        "'Deze boot is onze levensader', zegt Karin Hols, die de winkel op het eiland runt. 'Zonder de boot gaat de school dicht.'",
        "Burgemeester Jan Aarts noemt het besluit moeilijk. 'We hebben naar alle opties gekeken, ook naar een kleinere boot', zei hij.",
    ], [
        ("Deze boot is onze levensader", "Karin Hols", "zegt"),
        ("Zonder de boot gaat de school dicht.", "Karin Hols", None),
        ("We hebben naar alle opties gekeken, ook naar een kleinere boot", "hij", "zei", "Jan Aarts"),
    ]),
    ([
        "Wachtlijsten in ziekenhuizen korter",
        "Voor het eerst in tien jaar zijn de wachtlijsten in de ziekenhuizen in het noorden korter geworden, blijkt uit nieuwe cijfers.",
        "\"Het personeel heeft wonderen verricht. Maar niemand moet denken dat we er zijn\", zei minister van Volksgezondheid Lies Brand tegen het ANP.",
        "Kamerlid Mark Fries noemt de cijfers \"een druppel op een gloeiende plaat\".",
        "\"Mijn moeder wachtte veertien maanden op een nieuwe knie\", vertelt Anne Smits uit Assen.",
    ], [
        ("Het personeel heeft wonderen verricht. Maar niemand moet denken dat we er zijn", "minister van Volksgezondheid Lies Brand", "zei"),
        ("een druppel op een gloeiende plaat", "Kamerlid Mark Fries", "noemt de cijfers"),
        ("Mijn moeder wachtte veertien maanden op een nieuwe knie", "Anne Smits", "vertelt"),
    ]),
    ([
        "Sneeuwstorm sluit snelweg",
        "De A28 bij Zwolle was in de nacht van maandag op dinsdag afgesloten nadat meer dan veertig auto's in de sneeuw vast waren komen te zitten.",
        "Volgens politiewoordvoerder Tom Kramer bereikten hulpverleners de laatste auto kort voor zonsopgang.",
        "'Iedereen is ongedeerd, en daar gaat het om', aldus Kramer.",
        "Vrachtwagenchauffeur Erik de Mos bracht de nacht door in zijn cabine. 'Ik rijd al dertig jaar, maar zoiets heb ik nog nooit gezien', zegt De Mos.",
    ], [
        ("Iedereen is ongedeerd, en daar gaat het om", "Kramer", "aldus"),
        ("Ik rijd al dertig jaar, maar zoiets heb ik nog nooit gezien", "De Mos", "zegt"),
    ]),
    ([
        "Staking bij bottelarij",
        "Ongeveer driehonderd medewerkers van de bottelarij in Dommelen legden vrijdag het werk neer uit protest tegen nieuwe roosters.",
        "'De directie heeft onze werktijden veranderd zonder het ook maar één van ons te vragen', zegt vakbondsbestuurder Carla Nuijten.",
        "Het bedrijf spreekt dat tegen. 'We hebben zes weken met het personeel overlegd', laat een woordvoerster weten.",
        "De bottelarij maakt onder meer de frisdrank 'Bergfris', waarvan de levering volgens het bedrijf niet in gevaar komt.",
    ], [
        ("De directie heeft onze werktijden veranderd zonder het ook maar één van ons te vragen", "vakbondsbestuurder Carla Nuijten", "zegt"),
        ("We hebben zes weken met het personeel overlegd", "een woordvoerster", "laat weten"),
    ]),
    ([
        "Zeldzame kikker gevonden in stadspark",
        "Een kikkersoort die in de regio als uitgestorven gold, is gevonden in een vijver in het Zuiderpark.",
        "'Ik liet bijna mijn notitieboekje vallen', vertelt ecoloog Amara Okafor van de Universiteit Utrecht, die de vondst deed.",
        "De gemeente belooft de vijver te beschermen. 'We zetten er een hek omheen en houden honden weg', zegt een woordvoerder.",
    ], [
        ("Ik liet bijna mijn notitieboekje vallen", "ecoloog Amara Okafor", "vertelt"),
        ("We zetten er een hek omheen en houden honden weg", "een woordvoerder", "zegt"),
    ]),
    ([
        "Buskaartje tien procent duurder",
        "Vanaf april worden buskaartjes in de regio tien procent duurder, heeft het vervoersbedrijf donderdag bekendgemaakt.",
        "'Dit is een belasting voor mensen die geen auto kunnen betalen', zegt Joke Prins, voorzitter van de reizigersvereniging.",
        "Directeur Mark Sanders verdedigt de verhoging. 'We hebben de tarieven drie jaar bevroren. Dat kan niet langer', zei hij.",
        "De zogenoemde 'groene korting' voor maandabonnementen blijft bestaan.",
    ], [
        ("Dit is een belasting voor mensen die geen auto kunnen betalen", "Joke Prins, voorzitter van de reizigersvereniging", "zegt"),
        ("We hebben de tarieven drie jaar bevroren. Dat kan niet langer", "hij", "zei", "Mark Sanders"),
    ]),
    ([
        "Dorp viert honderdste verjaardag",
        "Edith Bakker, de oudste inwoner van Nieuwdorp, werd zaterdag honderd, omringd door vier generaties.",
        "Haar geheim? 'Elke ochtend pap en nooit ruzie met de buren', zegt ze lachend.",
        "Haar achterkleinzoon Olivier van acht had de taart zelf gebakken. 'Het kostte drie pogingen', gaf hij toe.",
    ], [
        ("Elke ochtend pap en nooit ruzie met de buren", "ze", "zegt", "Edith Bakker"),
        ("Het kostte drie pogingen", "hij", "gaf toe", "Olivier"),
    ]),
    ([
        "School verbiedt mobiele telefoons",
        "Leerlingen van het Erasmus College moeten vanaf september hun telefoon de hele schooldag in een kluisje bewaren.",
        "Rector Simon Claassen zegt dat het besluit volgt op een jaar overleg met ouders. 'In de pauze was het doodstil. Iedereen keek naar een scherm.'",
        "Niet alle leerlingen zijn het ermee eens. 'En als er iets gebeurt?' vraagt de vijftienjarige Maya Lenders.",
    ], [
        ("In de pauze was het doodstil. Iedereen keek naar een scherm.", "Rector Simon Claassen", None),
        ("En als er iets gebeurt?", "de vijftienjarige Maya Lenders", "vraagt"),
    ]),
]
