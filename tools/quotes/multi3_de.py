# SPDX-License-Identifier: GPL-3.0-or-later
"""German articles of the third multilingual batch (fictional; see check_set_multi.py): block
quotations that lost their marks after a colon, and colons that introduce no speech.
Written and annotated before the stage ran on them."""

ARTICLES = [
    ([
        "Stadtrat beschließt neues Parkkonzept",
        "Der Stadtrat von Lüneburg hat am Dienstag ein neues Parkkonzept für die Innenstadt beschlossen.",
        "Oberbürgermeisterin Claudia Kalisch sagte nach der Sitzung:",
        "Wir wollen die Innenstadt für Fußgänger zurückgewinnen. Die Parkhäuser am Rand bleiben günstig, und der Bus fährt künftig alle zehn Minuten.",
        "Die Opposition kündigte Widerstand an.",
    ], [
        ("Wir wollen die Innenstadt für Fußgänger zurückgewinnen. Die Parkhäuser am Rand bleiben günstig, und der Bus fährt künftig alle zehn Minuten.", "Oberbürgermeisterin Claudia Kalisch", "sagte"),
    ]),
    ([
        "Bauern klagen gegen Düngeverordnung",
        "Der Bauernverband Schleswig-Holstein will gegen die neue Düngeverordnung klagen.",
        "Der Vorsitzende des Verbandes, Klaus Berger, erklärte in einer schriftlichen Stellungnahme:",
        " Die Mitglieder sind enttäuscht. Seit Jahren warten wir auf eine Antwort des Ministeriums.",
        " Wir werden deshalb im Frühjahr vor Gericht ziehen.",
        "Das Ministerium wollte sich dazu nicht äußern.",
    ], [
        ("Die Mitglieder sind enttäuscht. Seit Jahren warten wir auf eine Antwort des Ministeriums.\n\n Wir werden deshalb im Frühjahr vor Gericht ziehen.", "Der Vorsitzende des Verbandes, Klaus Berger", "erklärte"),
    ]),
    ([
        "Dürre trifft Dithmarschen",
        "Landwirtin Petra Hansen aus Dithmarschen ist verzweifelt. Seit sieben Wochen hat es auf ihren Feldern nicht geregnet.",
        "Sie sagt:",
        "Das Getreide vertrocknet auf dem Feld. Wenn es bis Ende des Monats nicht regnet, ist die Ernte verloren.",
    ], [
        ("Das Getreide vertrocknet auf dem Feld. Wenn es bis Ende des Monats nicht regnet, ist die Ernte verloren.", "Sie", "sagt", "Petra Hansen"),
    ]),
    ([
        "Infektionszahlen steigen wieder",
        "Die Zahl der Atemwegsinfektionen ist in der vergangenen Woche deutlich gestiegen.",
        "Bundesgesundheitsminister Karl Lauterbach (SPD) schrieb am Abend auf der Plattform X:",
        "Die Zahl der Infektionen steigt wieder. Bitte lassen Sie sich impfen!",
    ], [
        ("Die Zahl der Infektionen steigt wieder. Bitte lassen Sie sich impfen!", "Bundesgesundheitsminister Karl Lauterbach (SPD)", "schrieb"),
    ]),
    # no speech after the colon
    ([
        "Hochwasser an der Elbe",
        "Das Hochwasser an der Elbe hat am Wochenende mehrere Orte in Sachsen erreicht. Folgende Orte sind betroffen:",
        "Bad Schandau, Königstein und Pirna.",
        "Die Bilanz:",
        "Drei Verletzte und ein Schaden von zwei Millionen Euro.",
    ], []),
    ([
        "Straßen in Gotha gesperrt",
        "Wegen des Stadtfestes sind am Samstag mehrere Straßen gesperrt. Die Polizei teilte mit, betroffen seien folgende Straßen:",
        "Hauptstraße, Bahnhofstraße, Marktstraße und Erfurter Landstraße.",
        "Umleitungen sind ausgeschildert.",
    ], []),
    ([
        "Stadtfest in Wernigerode",
        "Am Samstag beginnt das Stadtfest in Wernigerode. Der Veranstalter kündigte das Programm an:",
        "10 Uhr: Eröffnung durch den Bürgermeister",
        "14 Uhr: Konzert der Stadtkapelle auf dem Marktplatz",
        "Der Eintritt ist frei.",
    ], []),
    ([
        "Interview mit der Kultusministerin",
        "Die Kultusministerin stellt am Montag ihre Pläne für das neue Schuljahr vor. Vorab sprach Anna Weber mit ihr:",
        "Frage: Frau Ministerin, wie geht es mit den Schulen weiter?",
        "Antwort: Wir bauen in diesem Jahr zwanzig neue Schulen und stellen 500 Lehrkräfte ein.",
    ], []),
    ([
        "Neue Buslinie",
        "Die Verkehrsbetriebe haben am Freitag eine neue Buslinie vorgestellt. Sprecher Jens Ahrens sagte zur Frage, welche Haltestellen sie anfährt:",
        "- Hauptbahnhof",
        "- Rathaus",
        "- Universität",
        "Die Linie fährt ab Montag.",
    ], []),
]
