#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Ninth part of the German quotes check set: the speaker's noun phrase.

German news names speakers and sources with long noun phrases: an extended attribute between the
article and its noun ("der seit 2005 amtierende Bürgermeister", "die vom Gericht bestellte
Gutachterin", "ein mit den Ermittlungen vertrauter Beamter", "der für Verkehr zuständige Senator"),
prepositional phrases, genitives and appositions after the noun, and sources that are documents,
statements, media and websites behind a preposition ("In dem am Montag veröffentlichten Bericht
heißt es", "Laut einer … Studie", "Einem Sprecher zufolge", "seitens der Bergwacht … die Rede",
"Aus dem Umfeld … hieß es", "Nach Angaben der … Staatsanwaltschaft", "Wie der … Versorger
mitteilte"). Many sentences put a time, a number, a place, an instrument or a verb where a naive
reader looks for the speaker ("Um 7:45 Uhr …", "Mit einem Megafon rief …", "In 37 Fällen …").

All people, places and events are fictional. Annotated before running the stage on them, with the
convention of parts 4-8 (the whole noun phrase as written, with its attributes, appositions and
relative clause; the object of a source preposition without the preposition; a pronoun stays a
pronoun; the one quoted by a quoting verb speaks).

  python3 tools/quotes/check_set_de_part9.py
"""
from checkset import write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 367

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 swimming pool: a mayor with a participial attribute, an architect with attribute, place and
# apposition, "laut" before a document with an attribute, a time before the speaker's sentence
A(["Neues Hallenbad in Gerolstein eröffnet",
   "Nach drei Jahren Bauzeit ist am Samstag in Gerolstein das neue Hallenbad eröffnet worden. „Dieses Bad ist ein Geschenk an die ganze Region“, sagte der seit 2005 amtierende Bürgermeister Klaus Berger bei der Eröffnungsfeier.",
   "Die mit der Planung beauftragte Architektin aus Trier, Sabine Lorenz, erklärte: „Wir haben vor allem auf niedrige Energiekosten geachtet.“ Laut der im Stadtrat vorgelegten Abrechnung kostete der Bau „knapp unter den geplanten 14 Millionen Euro“.",
   "Um 14 Uhr sprang der erste Badegast ins Wasser. Die neunjährige Lea sagte dem Lokalsender: „Das Wasser ist richtig warm!“"],
  [("Dieses Bad ist ein Geschenk an die ganze Region", "der seit 2005 amtierende Bürgermeister Klaus Berger", "sagte"),
   ("Wir haben vor allem auf niedrige Energiekosten geachtet.", "Die mit der Planung beauftragte Architektin aus Trier, Sabine Lorenz", "erklärte"),
   ("knapp unter den geplanten 14 Millionen Euro", "der im Stadtrat vorgelegten Abrechnung", "laut"),
   ("Das Wasser ist richtig warm!", "Die neunjährige Lea", "sagte")])

# 2 arson trial: a court-appointed expert with an apposition, a defendant with an attribute who
# has a statement read, "seitens … die Rede", a witness with attribute and relative clause
A(["Prozess um Brandanschlag: Gutachterin hält Angeklagten für schuldfähig",
   "„Der Angeklagte war zur Tatzeit voll schuldfähig“, sagte die vom Gericht bestellte Gutachterin, die Psychiaterin Ines Falk, am Mittwoch vor dem Landgericht Potsdam.",
   "Der seit Prozessbeginn schweigende Angeklagte ließ über seinen Verteidiger erklären: „Mein Mandant bedauert die Tat zutiefst.“ Seitens der Nebenklage war dagegen von einer „gezielten Tat aus rassistischen Motiven“ die Rede.",
   "Ein seit Jahren im Ort lebender Bewohner der Unterkunft, der bei dem Brand leicht verletzt worden war, sagte nach der Verhandlung: „Ich will nur, dass so etwas nie wieder passiert.“"],
  [("Der Angeklagte war zur Tatzeit voll schuldfähig", "die vom Gericht bestellte Gutachterin, die Psychiaterin Ines Falk", "sagte"),
   ("Mein Mandant bedauert die Tat zutiefst.", "Der seit Prozessbeginn schweigende Angeklagte", "erklären"),
   ("gezielten Tat aus rassistischen Motiven", "der Nebenklage", "die Rede"),
   ("Ich will nur, dass so etwas nie wieder passiert.", "Ein seit Jahren im Ort lebender Bewohner der Unterkunft, der bei dem Brand leicht verletzt worden war", "sagte")])

# 3 jewel theft: an official familiar with the inquiry and a newspaper in the dative after him,
# "Nach Angaben" and "Wie … mitteilte" before phrases with attributes, an instrument first
A(["Festnahmen nach Juwelenraub in Dresden",
   "Nach dem Einbruch in das Juweliergeschäft am Altmarkt hat die Polizei zwei Verdächtige festgenommen. „Die Männer hatten einen Teil der Beute noch im Kofferraum“, sagte ein mit den Ermittlungen vertrauter Beamter der Zeitung „Sächsische Post“.",
   "Nach Angaben der in Dresden ermittelnden Staatsanwaltschaft sollen die beiden „zu einer international agierenden Bande“ gehören. Wie die für Eigentumsdelikte zuständige Abteilung des Landeskriminalamtes mitteilte, wurden Schmuckstücke „im Wert von rund 800.000 Euro“ gestohlen.",
   "Mit einem Vorschlaghammer hatten die Täter die Vitrinen zerschlagen. Der Inhaber des seit 1921 bestehenden Familienbetriebs, Werner Haas, sagte: „Wir sind froh, dass niemand verletzt wurde.“"],
  [("Die Männer hatten einen Teil der Beute noch im Kofferraum", "ein mit den Ermittlungen vertrauter Beamter", "sagte"),
   ("zu einer international agierenden Bande", "der in Dresden ermittelnden Staatsanwaltschaft", "nach Angaben"),
   ("im Wert von rund 800.000 Euro", "die für Eigentumsdelikte zuständige Abteilung des Landeskriminalamtes", "wie mitteilte"),
   ("Wir sind froh, dass niemand verletzt wurde.", "Der Inhaber des seit 1921 bestehenden Familienbetriebs, Werner Haas", "sagte")])

# 4 motorway: a senator responsible for transport, a decision paper with an attribute after "In",
# "Aus … hieß es", a chamber president with a genitive and an apposition
A(["Berlin: Senat stoppt Ausbau der Stadtautobahn",
   "Der für Verkehr zuständige Senator Matthias Kroll sagte am Dienstag im Abgeordnetenhaus: „Wir investieren das Geld lieber in Busse und Bahnen.“",
   "In der am Vormittag vom Senat beschlossenen Vorlage heißt es: „Die Mittel werden vollständig in den öffentlichen Nahverkehr umgeschichtet.“ Aus der oppositionellen CDU-Fraktion hieß es, die Entscheidung sei „ein Schlag ins Gesicht aller Pendler“.",
   "Der Präsident der Industrie- und Handelskammer, Jan Ebert, nannte den Beschluss „kurzsichtig“."],
  [("Wir investieren das Geld lieber in Busse und Bahnen.", "Der für Verkehr zuständige Senator Matthias Kroll", "sagte"),
   ("Die Mittel werden vollständig in den öffentlichen Nahverkehr umgeschichtet.", "der am Vormittag vom Senat beschlossenen Vorlage", "heißt es"),
   ("ein Schlag ins Gesicht aller Pendler", "der oppositionellen CDU-Fraktion", "hieß es"),
   ("kurzsichtig", "Der Präsident der Industrie- und Handelskammer, Jan Ebert", "nannte")])

# 5 train accident: times where a subject could stand, a police spokeswoman, a fire chief after a
# time, a pronoun with a dative, a statement with a time in its attribute
A(["Zugunglück bei Uelzen: Zwölf Verletzte",
   "Bei einem Zusammenstoß eines Regionalzuges mit einem Traktor sind am Freitagmorgen bei Uelzen zwölf Menschen verletzt worden. Um 7:45 Uhr hatte der Zug den unbeschrankten Bahnübergang erreicht. „Der Lokführer hat sofort eine Schnellbremsung eingeleitet“, sagte eine Sprecherin der Bundespolizei am Mittag.",
   "Gegen 8:15 Uhr erklärte der Einsatzleiter der Feuerwehr, Holger Brandt: „Alle Verletzten sind inzwischen in Krankenhäusern.“",
   "Der 58 Jahre alte Landwirt, der den Traktor gefahren hatte, blieb unverletzt. Er habe den Zug „einfach nicht gesehen“, sagte er der Polizei.",
   "In einer um 11 Uhr veröffentlichten Mitteilung der Deutschen Bahn hieß es: „Die Strecke bleibt voraussichtlich bis zum Abend gesperrt.“"],
  [("Der Lokführer hat sofort eine Schnellbremsung eingeleitet", "eine Sprecherin der Bundespolizei", "sagte"),
   ("Alle Verletzten sind inzwischen in Krankenhäusern.", "der Einsatzleiter der Feuerwehr, Holger Brandt", "erklärte"),
   ("einfach nicht gesehen", "er", "sagte"),
   ("Die Strecke bleibt voraussichtlich bis zum Abend gesperrt.", "einer um 11 Uhr veröffentlichten Mitteilung der Deutschen Bahn", "hieß es")])

# 6 licence fee: a report with a long attribute after "In dem", a newspaper with an attribute,
# "zufolge" after an association, a website of a portal with a domain
A(["Rundfunkbeitrag soll steigen",
   "Die Kommission zur Ermittlung des Finanzbedarfs der Rundfunkanstalten empfiehlt eine Erhöhung des Rundfunkbeitrags um 58 Cent. In dem am Freitag in Mainz vorgestellten Bericht der Kommission heißt es: „Ohne eine Anpassung ist der Auftrag der Anstalten nicht zu erfüllen.“",
   "Die in München erscheinende „Abendpost“ schrieb in ihrer Samstagsausgabe von einer „Erhöhung durch die Hintertür“. Dem Bund der Steuerzahler zufolge ist die Erhöhung „weder notwendig noch vermittelbar“.",
   "Auf der Internetseite des Verbraucherportals beitragsfrei.de heißt es: „Jeder Haushalt sollte prüfen, ob er befreit werden kann.“"],
  [("Ohne eine Anpassung ist der Auftrag der Anstalten nicht zu erfüllen.", "dem am Freitag in Mainz vorgestellten Bericht der Kommission", "heißt es"),
   ("Erhöhung durch die Hintertür", "Die in München erscheinende „Abendpost“", "schrieb"),
   ("weder notwendig noch vermittelbar", "Dem Bund der Steuerzahler", "zufolge"),
   ("Jeder Haushalt sollte prüfen, ob er befreit werden kann.", "der Internetseite des Verbraucherportals beitragsfrei.de", "heißt es")])

# 7 maternity ward: "seitens … die Rede" after a fronted adverb and a verb, a managing director
# with attribute and apposition, "Von Seiten … hieß es", a mother with attribute and place
A(["Streit um Klinikschließung in Bad Wildungen",
   "Zunächst war seitens des Klinikbetreibers nur von einer „vorübergehenden Schließung“ der Geburtsstation die Rede. Inzwischen ist klar, dass die Station nicht wieder öffnen wird.",
   "Der seit Januar amtierende Geschäftsführer der Klinik, Ralf Dietz, räumte am Montag ein: „Wir finden schlicht keine Hebammen mehr.“ Von Seiten der Landesregierung hieß es, man werde „alle Möglichkeiten prüfen“.",
   "Eine von der Schließung betroffene Mutter aus Korbach sagte: „Jetzt muss ich im Ernstfall fünfzig Kilometer fahren.“"],
  [("vorübergehenden Schließung", "des Klinikbetreibers", "die Rede"),
   ("Wir finden schlicht keine Hebammen mehr.", "Der seit Januar amtierende Geschäftsführer der Klinik, Ralf Dietz", "räumte ein"),
   ("alle Möglichkeiten prüfen", "der Landesregierung", "hieß es"),
   ("Jetzt muss ich im Ernstfall fünfzig Kilometer fahren.", "Eine von der Schließung betroffene Mutter aus Korbach", "sagte")])

# 8 power cut: "Wie der … Versorger mitteilte", "Einem Sprecher … zufolge", a number opening the
# sentence before, a fire officer with a long attribute, "hieß es aus"
A(["Stromausfall legt Teile Kölns lahm",
   "Ein Stromausfall hat am Donnerstagabend rund 40.000 Haushalte im Kölner Norden für mehrere Stunden vom Netz getrennt. Wie der für das Netz verantwortliche Versorger Rheinenergie mitteilte, war ein Kabelbrand in einem Umspannwerk „die wahrscheinliche Ursache“.",
   "Einem Sprecher der Feuerwehr zufolge waren „mehr als 200 Einsatzkräfte“ im Einsatz. In 37 Fällen mussten Menschen aus Aufzügen befreit werden. „So etwas habe ich in dreißig Dienstjahren noch nicht erlebt“, sagte ein seit 1994 bei der Feuerwehr tätiger Brandmeister.",
   "„Es gab keine Plünderungen“, hieß es am Freitag aus dem Polizeipräsidium."],
  [("die wahrscheinliche Ursache", "der für das Netz verantwortliche Versorger Rheinenergie", "wie mitteilte"),
   ("mehr als 200 Einsatzkräfte", "Einem Sprecher der Feuerwehr", "zufolge"),
   ("So etwas habe ich in dreißig Dienstjahren noch nicht erlebt", "ein seit 1994 bei der Feuerwehr tätiger Brandmeister", "sagte"),
   ("Es gab keine Plünderungen", "dem Polizeipräsidium", "hieß es")])

# 9 protest: an instrument before the cue, a banner with two attributes as the place of writing,
# a man with a long attribute, a company after a genitive and an apposition
A(["Protest gegen Kohlekraftwerk in Datteln",
   "Mehrere hundert Menschen haben am Sonntag vor dem Kohlekraftwerk Datteln gegen die Verlängerung der Laufzeit demonstriert. Mit einem Megafon rief eine Sprecherin der Initiative „Kohle stoppen“ den Demonstranten zu: „Wir gehen erst, wenn das Kraftwerk abgeschaltet ist!“",
   "Auf einem mitgebrachten, mehrere Meter langen Transparent stand: „Klimaschutz ist nicht verhandelbar“. Ein von der Polizei als Versammlungsleiter bestätigter Mann aus Dortmund sagte: „Alles ist friedlich geblieben.“",
   "Der Betreiber des Kraftwerks, der Energiekonzern Westkraft, teilte mit, man respektiere „das Recht auf friedlichen Protest“."],
  [("Wir gehen erst, wenn das Kraftwerk abgeschaltet ist!", "eine Sprecherin der Initiative „Kohle stoppen“", "rief zu"),
   ("Klimaschutz ist nicht verhandelbar", "einem mitgebrachten, mehrere Meter langen Transparent", "stand"),
   ("Alles ist friedlich geblieben.", "Ein von der Polizei als Versammlungsleiter bestätigter Mann aus Dortmund", "sagte"),
   ("das Recht auf friedlichen Protest", "Der Betreiber des Kraftwerks, der Energiekonzern Westkraft", "teilte mit")])

# 10 bridge: an expert report with two coordinated attributes and a genitive, a district
# administrator responsible for roads, "Laut" before a spokeswoman, a commuter with an attribute
A(["Gutachten: Brücke über die Lahn muss abgerissen werden",
   "In dem bereits im Frühjahr in Auftrag gegebenen, aber erst jetzt veröffentlichten Gutachten eines Darmstädter Ingenieurbüros heißt es: „Eine Sanierung des Bauwerks ist wirtschaftlich nicht vertretbar.“",
   "Die für den Straßenbau zuständige Landrätin Petra Sommer sagte am Mittwoch: „Wir werden so schnell wie möglich eine Behelfsbrücke bauen.“ Laut einer Sprecherin von Hessen Mobil wird der Neubau „mindestens vier Jahre“ dauern.",
   "Ein täglich über die Brücke pendelnder Handwerker aus Weilburg nannte die Nachricht „eine Katastrophe für die ganze Gegend“."],
  [("Eine Sanierung des Bauwerks ist wirtschaftlich nicht vertretbar.", "dem bereits im Frühjahr in Auftrag gegebenen, aber erst jetzt veröffentlichten Gutachten eines Darmstädter Ingenieurbüros", "heißt es"),
   ("Wir werden so schnell wie möglich eine Behelfsbrücke bauen.", "Die für den Straßenbau zuständige Landrätin Petra Sommer", "sagte"),
   ("mindestens vier Jahre", "einer Sprecherin von Hessen Mobil", "laut"),
   ("eine Katastrophe für die ganze Gegend", "Ein täglich über die Brücke pendelnder Handwerker aus Weilburg", "nannte")])

# 11 debt brake: a date and a vote count opening sentences, a minister in office since a year, a
# spokesman with a genitive and an apposition, "Nach Angaben", a year opening a sentence
A(["Landtag beschließt Schuldenbremse",
   "Am 14. März hatte die Regierung den Entwurf eingebracht. Mit 78 zu 41 Stimmen hat der Landtag in Schwerin nun die Schuldenbremse in die Landesverfassung aufgenommen. „Das ist ein guter Tag für die kommenden Generationen“, sagte die seit 2009 amtierende Finanzministerin Heike Pohlmann.",
   "Der haushaltspolitische Sprecher der Linksfraktion, Torsten Melzer, warnte dagegen vor einem „Kaputtsparen des Landes“. Nach Angaben des Statistischen Landesamtes lag die Verschuldung zuletzt bei „rund 10,4 Milliarden Euro“.",
   "2020 soll das Land ohne neue Kredite auskommen. Der Bund der Steuerzahler begrüßte die Entscheidung als „überfällig“."],
  [("Das ist ein guter Tag für die kommenden Generationen", "die seit 2009 amtierende Finanzministerin Heike Pohlmann", "sagte"),
   ("Kaputtsparen des Landes", "Der haushaltspolitische Sprecher der Linksfraktion, Torsten Melzer", "warnte"),
   ("rund 10,4 Milliarden Euro", "des Statistischen Landesamtes", "nach Angaben"),
   ("überfällig", "Der Bund der Steuerzahler", "begrüßte")])

# 12 cyber attack: a portal with an attribute and a domain in a "wie … berichtete" clause, a mayor
# with an attribute, a city's website, an investigator with attribute and genitive
A(["Hackerangriff auf Stadtverwaltung",
   "Die Stadtverwaltung von Witten ist Ziel eines Hackerangriffs geworden. Wie das auf IT-Sicherheit spezialisierte Onlineportal sicherheitsnews.de berichtete, wurden dabei „mehrere Terabyte an Daten“ verschlüsselt.",
   "Der seit dem Angriff im Krisenmodus arbeitende Bürgermeister Lars König sagte: „Wir zahlen kein Lösegeld.“ Auf der Website der Stadt hieß es am Dienstag: „Die Bürgerbüros bleiben bis auf Weiteres geschlossen.“",
   "Ein mit dem Fall befasster Ermittler des Landeskriminalamts sagte der Nachrichtenagentur dpa, die Täter kämen „vermutlich aus Osteuropa“."],
  [("mehrere Terabyte an Daten", "das auf IT-Sicherheit spezialisierte Onlineportal sicherheitsnews.de", "wie berichtete"),
   ("Wir zahlen kein Lösegeld.", "Der seit dem Angriff im Krisenmodus arbeitende Bürgermeister Lars König", "sagte"),
   ("Die Bürgerbüros bleiben bis auf Weiteres geschlossen.", "der Website der Stadt", "hieß es"),
   ("vermutlich aus Osteuropa", "Ein mit dem Fall befasster Ermittler des Landeskriminalamts", "sagte")])

# 13 chemical leak: a statement with a time attribute and a genitive, a plant manager with an
# apposition, a pensioner living nearby, an organisation with its name
A(["Chlorgas-Austritt in Ludwigshafen",
   "Nach dem Austritt von Chlorgas auf dem Gelände eines Chemiewerks in Ludwigshafen haben die Behörden die Warnung für die Bevölkerung aufgehoben. In einer am Abend verbreiteten Erklärung der Stadtverwaltung hieß es: „Für die Anwohner besteht keine Gefahr mehr.“",
   "Der Werksleiter, Dr. Frank Oberle, sprach von einem „bedauerlichen technischen Defekt“. Sieben Mitarbeiter wurden mit Atemwegsreizungen behandelt.",
   "Ein in der Nähe des Werks wohnender Rentner sagte: „Es roch plötzlich wie im Schwimmbad, nur viel stärker.“ Die Umweltorganisation Grünes Netz forderte in einer Mitteilung „lückenlose Aufklärung“."],
  [("Für die Anwohner besteht keine Gefahr mehr.", "einer am Abend verbreiteten Erklärung der Stadtverwaltung", "hieß es"),
   ("bedauerlichen technischen Defekt", "Der Werksleiter, Dr. Frank Oberle", "sprach von"),
   ("Es roch plötzlich wie im Schwimmbad, nur viel stärker.", "Ein in der Nähe des Werks wohnender Rentner", "sagte"),
   ("lückenlose Aufklärung", "Die Umweltorganisation Grünes Netz", "forderte")])

# 14 biathlon: an age attribute with a number, numbers opening a sentence, a coach with a long
# attribute and apposition, a newspaper with its name as the speaker, a broadcaster before the cue
A(["Biathlon: Deutsche Staffel holt Bronze",
   "Die deutsche Damenstaffel hat beim Weltcup in Ruhpolding den dritten Platz belegt. „Wir sind überglücklich“, sagte die erst 19 Jahre alte Schlussläuferin Anna Gerlach.",
   "Nach 4 mal 6 Kilometern lag das Team 31,4 Sekunden hinter Norwegen. Der seit der vergangenen Saison verantwortliche Bundestrainer, Kai Lenz, lobte: „Die Mädels haben am Schießstand die Nerven behalten.“",
   "Die norwegische Zeitung „Dagsposten“ nannte den Sieg der eigenen Staffel „eine Machtdemonstration“. Im Fernsehen sagte die mit Silber dekorierte Französin Léa Marchand: „Das Wetter war heute unser größter Gegner.“"],
  [("Wir sind überglücklich", "die erst 19 Jahre alte Schlussläuferin Anna Gerlach", "sagte"),
   ("Die Mädels haben am Schießstand die Nerven behalten.", "Der seit der vergangenen Saison verantwortliche Bundestrainer, Kai Lenz", "lobte"),
   ("eine Machtdemonstration", "Die norwegische Zeitung „Dagsposten“", "nannte"),
   ("Das Wetter war heute unser größter Gegner.", "die mit Silber dekorierte Französin Léa Marchand", "sagte")])

# 15 measles: an authority with an attribute and a genitive, a doctor with attribute and
# relative clause, "zufolge" after an institute, a headmistress with an apposition
A(["Masernausbruch an Grundschule in Freiburg",
   "An einer Grundschule in Freiburg sind 23 Kinder an Masern erkrankt. Das für den Infektionsschutz zuständige Gesundheitsamt des Landkreises teilte am Montag mit: „Alle ungeimpften Kinder dürfen die Schule vorerst nicht betreten.“",
   "Ein am Universitätsklinikum tätiger Kinderarzt, der anonym bleiben wollte, sagte: „Wir sehen hier die Folgen einer sinkenden Impfbereitschaft.“ Dem Landesgesundheitsinstitut zufolge gab es in diesem Jahr bereits „mehr als 400 Fälle“.",
   "Die Schulleiterin, Marion Fichtner, appellierte an die Eltern: „Bitte lassen Sie den Impfstatus Ihrer Kinder prüfen.“"],
  [("Alle ungeimpften Kinder dürfen die Schule vorerst nicht betreten.", "Das für den Infektionsschutz zuständige Gesundheitsamt des Landkreises", "teilte mit"),
   ("Wir sehen hier die Folgen einer sinkenden Impfbereitschaft.", "Ein am Universitätsklinikum tätiger Kinderarzt, der anonym bleiben wollte", "sagte"),
   ("mehr als 400 Fälle", "Dem Landesgesundheitsinstitut", "zufolge"),
   ("Bitte lassen Sie den Impfstatus Ihrer Kinder prüfen.", "Die Schulleiterin, Marion Fichtner", "appellierte")])

# 16 election abroad: "Aus dem Umfeld … hieß es", "Seitens … die Rede", a president with a number
# in his attribute, an agency quoting a spokesman
A(["Wahl in Vallonien: Opposition spricht von Betrug",
   "Nach der Präsidentenwahl in Vallonien hat die Opposition schwere Vorwürfe erhoben. Aus dem Umfeld des unterlegenen Kandidaten Mihai Dorin hieß es, die Wahl sei „massiv manipuliert“ worden.",
   "Seitens der Wahlbeobachter der OSZE war am Montag von „erheblichen Unregelmäßigkeiten“ die Rede. Der mit 54 Prozent der Stimmen wiedergewählte Präsident Andrei Vasca sagte in einer Fernsehansprache: „Das Volk hat gesprochen.“",
   "Die staatliche Nachrichtenagentur Valpress zitierte einen Sprecher des Innenministeriums mit den Worten: „Es gab keinerlei Zwischenfälle.“"],
  [("massiv manipuliert", "dem Umfeld des unterlegenen Kandidaten Mihai Dorin", "hieß es"),
   ("erheblichen Unregelmäßigkeiten", "der Wahlbeobachter der OSZE", "die Rede"),
   ("Das Volk hat gesprochen.", "Der mit 54 Prozent der Stimmen wiedergewählte Präsident Andrei Vasca", "sagte"),
   ("Es gab keinerlei Zwischenfälle.", "einen Sprecher des Innenministeriums", "zitierte mit den Worten")])

# 17 job cuts: a chief executive with a long attribute after the cue, "Den Angaben … zufolge",
# a union secretary with attribute, genitive and apposition, a foreman with a number attribute
A(["Autozulieferer streicht 1200 Stellen",
   "Der Autozulieferer Kessler Automotive will bis 2027 rund 1200 Stellen in Deutschland abbauen. „Der Umbau ist schmerzhaft, aber notwendig“, sagte der im Frühjahr von einem Konkurrenten gewechselte Vorstandschef Tobias Brandl am Mittwoch in Stuttgart.",
   "Den Angaben des Unternehmens zufolge sollen „betriebsbedingte Kündigungen möglichst vermieden“ werden. Die für den Standort Heilbronn zuständige Gewerkschaftssekretärin der IG Metall, Nadine Vogt, kündigte „massiven Widerstand“ an.",
   "In Heilbronn allein sind 450 Arbeitsplätze betroffen. Ein seit 26 Jahren im Werk beschäftigter Schichtleiter sagte: „Hier arbeiten ganze Familien, das ist für die Stadt ein Drama.“"],
  [("Der Umbau ist schmerzhaft, aber notwendig", "der im Frühjahr von einem Konkurrenten gewechselte Vorstandschef Tobias Brandl", "sagte"),
   ("betriebsbedingte Kündigungen möglichst vermieden", "Den Angaben des Unternehmens", "zufolge"),
   ("massiven Widerstand", "Die für den Standort Heilbronn zuständige Gewerkschaftssekretärin der IG Metall, Nadine Vogt", "kündigte an"),
   ("Hier arbeiten ganze Familien, das ist für die Stadt ein Drama.", "Ein seit 26 Jahren im Werk beschäftigter Schichtleiter", "sagte")])

# 18 heat study: "Laut" before a study whose attribute holds a journal's name in marks, a
# researcher with attribute, title and place, a report with a genitive, a ministry
A(["Studie: Mehr Hitzetote in deutschen Städten",
   "Laut einer am Montag in der Fachzeitschrift „Umwelt und Gesundheit“ veröffentlichten Studie sind im vergangenen Sommer „mindestens 4500 Menschen“ an den Folgen der Hitze gestorben.",
   "Der an der Studie beteiligte Epidemiologe Prof. Martin Gruber von der Universität Ulm sagte: „Hitze ist das unterschätzteste Gesundheitsrisiko in Deutschland.“ Im Bericht der Forscher heißt es außerdem, ältere Menschen seien „besonders gefährdet“.",
   "Das Bundesgesundheitsministerium erklärte, man nehme die Ergebnisse „sehr ernst“."],
  [("mindestens 4500 Menschen", "einer am Montag in der Fachzeitschrift „Umwelt und Gesundheit“ veröffentlichten Studie", "laut"),
   ("Hitze ist das unterschätzteste Gesundheitsrisiko in Deutschland.", "Der an der Studie beteiligte Epidemiologe Prof. Martin Gruber von der Universität Ulm", "sagte"),
   ("besonders gefährdet", "Bericht der Forscher", "heißt es"),
   ("sehr ernst", "Das Bundesgesundheitsministerium", "erklärte")])

# 19 theatre: an age noun as speaker, a play's title, a weekly with an attribute and a name in
# marks, a senator responsible for culture, a press release with an attribute after "In der"
A(["Theater Bremen: Intendant verlängert nicht",
   "Der seit 2012 am Theater Bremen tätige Intendant Michael Feld wird seinen Vertrag nicht verlängern. „Nach zwölf Jahren ist es Zeit für etwas Neues“, sagte der 61-Jährige am Freitag.",
   "Seine zuletzt viel diskutierte Inszenierung von „Die Räuber“ hatte bundesweit Aufmerksamkeit erregt. Die in Hamburg erscheinende Wochenzeitung „Hansespiegel“ nannte sie „ein Meisterwerk der Provokation“.",
   "Der für Kultur zuständige Senator Carsten Rohde dankte Feld für „zwölf außergewöhnliche Jahre“. In der am Abend verschickten Pressemitteilung des Theaters heißt es: „Die Suche nach einer Nachfolge beginnt sofort.“"],
  [("Nach zwölf Jahren ist es Zeit für etwas Neues", "der 61-Jährige", "sagte"),
   ("ein Meisterwerk der Provokation", "Die in Hamburg erscheinende Wochenzeitung „Hansespiegel“", "nannte"),
   ("zwölf außergewöhnliche Jahre", "Der für Kultur zuständige Senator Carsten Rohde", "dankte"),
   ("Die Suche nach einer Nachfolge beginnt sofort.", "der am Abend verschickten Pressemitteilung des Theaters", "heißt es")])

# 20 mountain rescue: "Zunächst war seitens … die Rede", a time and a helicopter with an
# attribute before a quotation, an emergency doctor with attribute and title, a head of the
# rescue service with a place name, a wife and a newspaper in the dative
A(["Vermisster Wanderer im Allgäu gefunden",
   "Ein seit Sonntag vermisster Wanderer aus Augsburg ist am Dienstag lebend gefunden worden. Zunächst war seitens der Bergwacht von einem „sehr schwierigen Gelände“ die Rede, in dem die Suche nur langsam vorankomme.",
   "Gegen 10 Uhr entdeckte ein mit einer Wärmebildkamera ausgerüsteter Hubschrauber der Polizei den 67-Jährigen in einer Felsspalte. „Er war unterkühlt, aber ansprechbar“, sagte der an der Rettung beteiligte Notarzt Dr. Jonas Keller.",
   "Der Leiter der Bergwacht Oberstdorf, Hans Kögel, mahnte: „Niemand sollte bei diesem Wetter allein in die Berge gehen.“ Die Ehefrau des Geretteten sagte der „Allgäuer Rundschau“: „Ich bin unendlich dankbar.“"],
  [("sehr schwierigen Gelände", "der Bergwacht", "die Rede"),
   ("Er war unterkühlt, aber ansprechbar", "der an der Rettung beteiligte Notarzt Dr. Jonas Keller", "sagte"),
   ("Niemand sollte bei diesem Wetter allein in die Berge gehen.", "Der Leiter der Bergwacht Oberstdorf, Hans Kögel", "mahnte"),
   ("Ich bin unendlich dankbar.", "Die Ehefrau des Geretteten", "sagte")])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
