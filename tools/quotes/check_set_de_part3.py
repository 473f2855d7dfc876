#!/usr/bin/env python3
"""Third part of the German quotes check set (fictional paragraphs, WikiNews register).

Written before looking at the stage's output, as a check that the attribution rules generalise:
reporting clauses in every position ("„…“, sagte X", "X sagte: „…“", "so X", "laut X",
"X zufolge", "nach Angaben von X", "erklärte X gegenüber Y", "X sagte der Zeitung",
"hieß es von/aus X"), appositions, parties in parentheses, split verbs ("fügte … hinzu"),
speakers carried over to the next quotation or paragraph, pronouns, and marks that are no
quotation (titles, names, scare terms).

Each entry gives the text and its quotes as (text between the marks, speaker as written, cue),
like check_set_de_part2.py; they become the records check-de/97… (see checkset.py).

  python3 tools/quotes/check_set_de_part3.py
"""
from checkset import write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 97

P = [
# inverted cue, subject with genitive attachments
("Das Ministerium hat die Förderung für Solaranlagen gekürzt. „Wir müssen die Mittel dorthin lenken, wo sie am meisten bewirken“, sagte der Sprecher des Wirtschaftsministeriums am Dienstag. Die Branche reagierte empört.",
 [("Wir müssen die Mittel dorthin lenken, wo sie am meisten bewirken", "der Sprecher des Wirtschaftsministeriums", "sagte")]),
# colon, subject first
("Landrat Gerd Möller verteidigte die Schließung der Grundschule. Möller sagte: „Bei elf Kindern pro Jahrgang können wir keinen ordentlichen Unterricht mehr anbieten.“",
 [("Bei elf Kindern pro Jahrgang können wir keinen ordentlichen Unterricht mehr anbieten.", "Möller", "sagte")]),
# so X
("Die Zahl der Einbrüche ist im vergangenen Jahr um zwölf Prozent gesunken. „Das ist vor allem ein Erfolg der Nachbarschaftshilfe“, so Polizeipräsident Walter Engel. Die Aufklärungsquote blieb dagegen gleich.",
 [("Das ist vor allem ein Erfolg der Nachbarschaftshilfe", "Polizeipräsident Walter Engel", "so")]),
("Der Stausee ist nur noch zu einem Drittel gefüllt. „Wenn es bis August nicht regnet, müssen wir das Wasser rationieren“, so der Leiter der Stadtwerke weiter.",
 [("Wenn es bis August nicht regnet, müssen wir das Wasser rationieren", "der Leiter der Stadtwerke", "so")]),
# laut X
("Laut Feuerwehrsprecher Dirk Pohl war das Feuer „innerhalb weniger Minuten außer Kontrolle“. Die Ursache wird noch ermittelt.",
 [("innerhalb weniger Minuten außer Kontrolle", "Feuerwehrsprecher Dirk Pohl", "laut")]),
# X zufolge
("Dem Umweltbundesamt zufolge ist die Belastung der Flüsse mit Mikroplastik „deutlich höher als bisher angenommen“. Das Amt fordert strengere Grenzwerte.",
 [("deutlich höher als bisher angenommen", "Dem Umweltbundesamt", "zufolge")]),
# nach Angaben von X
("Nach Angaben von Rettungsdienstleiter Frank Albers waren die Verletzten „zum Glück alle ansprechbar“. Zwei von ihnen wurden in eine Klinik geflogen.",
 [("zum Glück alle ansprechbar", "Rettungsdienstleiter Frank Albers", "nach Angaben von")]),
# erklärte X gegenüber Y (Y is not the speaker)
("„Die Verhandlungen sind auf einem guten Weg“, erklärte Gewerkschaftschef Rolf Baumann gegenüber der Nachrichtenagentur dpa. Ein Streik sei vorerst vom Tisch.",
 [("Die Verhandlungen sind auf einem guten Weg", "Gewerkschaftschef Rolf Baumann", "erklärte")]),
# X sagte der Zeitung (dative object)
("Der Bürgermeister von Altenwald, Stefan Kühn, sagte der „Lausitzer Post“: „Wir werden den Schaden aus eigener Kraft nicht beheben können.“",
 [("Wir werden den Schaden aus eigener Kraft nicht beheben können.", "Der Bürgermeister von Altenwald, Stefan Kühn", "sagte")]),
("„Ich habe mit so einem Ergebnis nicht gerechnet“, sagte die Siegerin Lea Hartmann dem Sender Radio Süd nach dem Rennen.",
 [("Ich habe mit so einem Ergebnis nicht gerechnet", "die Siegerin Lea Hartmann", "sagte")]),
# passive hieß es von / aus
("Zu den Vorwürfen wollte sich das Unternehmen nicht äußern. „Wir kommentieren laufende Verfahren grundsätzlich nicht“, hieß es aus der Konzernzentrale in Stuttgart.",
 [("Wir kommentieren laufende Verfahren grundsätzlich nicht", "der Konzernzentrale in Stuttgart", "hieß es aus")]),
("„Die Lage ist unter Kontrolle“, hieß es am Abend von der Polizei. Die Straße bleibt bis auf Weiteres gesperrt.",
 [("Die Lage ist unter Kontrolle", "der Polizei", "hieß es von")]),
# appositions before the cue
("Peter Lorenz, Sprecher der Berufsfeuerwehr, sagte am Morgen: „Das Gebäude ist einsturzgefährdet und darf nicht betreten werden.“",
 [("Das Gebäude ist einsturzgefährdet und darf nicht betreten werden.", "Peter Lorenz, Sprecher der Berufsfeuerwehr", "sagte")]),
("„Wir haben nie mit dieser Resonanz gerechnet“, sagte Johanna Wirth, Leiterin des Festivals, am Sonntag.",
 [("Wir haben nie mit dieser Resonanz gerechnet", "Johanna Wirth, Leiterin des Festivals", "sagte")]),
# party in parentheses
("„Die Reform kommt zu spät und geht nicht weit genug“, kritisierte die Abgeordnete Sarah Lindner (Grüne) im Bundestag.",
 [("Die Reform kommt zu spät und geht nicht weit genug", "die Abgeordnete Sarah Lindner (Grüne)", "kritisierte")]),
("Innenminister Klaus Hoffmann (CSU) sagte am Rande der Konferenz: „Wir werden die Zahl der Polizisten auf den Bahnhöfen verdoppeln.“",
 [("Wir werden die Zahl der Polizisten auf den Bahnhöfen verdoppeln.", "Innenminister Klaus Hoffmann (CSU)", "sagte")]),
# split verb
("„Wir brauchen eine ehrliche Debatte über die Kosten“, fügte der Finanzexperte Michael Brandt hinzu. Die Koalition will im Herbst entscheiden.",
 [("Wir brauchen eine ehrliche Debatte über die Kosten", "der Finanzexperte Michael Brandt", "fügte hinzu")]),
("„Der Betrieb läuft normal weiter“, teilte die Geschäftsführung der Werft am Montag mit.",
 [("Der Betrieb läuft normal weiter", "die Geschäftsführung der Werft", "teilte mit")]),
# carry-over to the next paragraph
("Die Bürgerinitiative gegen die Umgehungsstraße hat 12.000 Unterschriften gesammelt. „Die Menschen wollen keine Straße durch ihr Naherholungsgebiet“, sagte Initiativensprecherin Karin Vogel.\n\n„Wir werden notfalls bis vor das Verwaltungsgericht ziehen.“ Der Kreistag soll im März über das Projekt abstimmen.",
 [("Die Menschen wollen keine Straße durch ihr Naherholungsgebiet", "Initiativensprecherin Karin Vogel", "sagte"),
  ("Wir werden notfalls bis vor das Verwaltungsgericht ziehen.", "Initiativensprecherin Karin Vogel", None)]),
# pronoun in a later paragraph
("Der Chef der Hafengesellschaft, Ole Jansen, hat seinen Rücktritt angekündigt.\n\n„Nach zwölf Jahren ist es Zeit für einen Wechsel“, sagte er am Freitag in Bremerhaven. Ein Nachfolger steht noch nicht fest.",
 [("Nach zwölf Jahren ist es Zeit für einen Wechsel", "er", "sagte")]),
# question and exclamation without comma
("„Wer soll das alles bezahlen?“ fragte der Abgeordnete Markus Seidel in der Debatte. Die Regierung blieb eine Antwort schuldig.",
 [("Wer soll das alles bezahlen?", "der Abgeordnete Markus Seidel", "fragte")]),
("„Schluss mit den Kürzungen!“, riefen die Demonstranten vor dem Landtag.",
 [("Schluss mit den Kürzungen!", "die Demonstranten", "riefen")]),
# quotation split by the reporting clause
("„Die Kosten sind aus dem Ruder gelaufen“, sagte der Rechnungsprüfer Anton Keller. „Niemand hat die Ausgaben kontrolliert.“",
 [("Die Kosten sind aus dem Ruder gelaufen", "der Rechnungsprüfer Anton Keller", "sagte"),
  ("Niemand hat die Ausgaben kontrolliert.", "der Rechnungsprüfer Anton Keller", None)]),
# partial quotation with the subject before
("US-Präsident John Miller kündigte an, die Vereinigten Staaten würden „nicht tatenlos zusehen“. Er drohte mit Sanktionen.",
 [("nicht tatenlos zusehen", "US-Präsident John Miller", "kündigte an")]),
("Die Ärztekammer bezeichnete die Pläne der Regierung als „Gefahr für die Versorgung auf dem Land“.",
 [("Gefahr für die Versorgung auf dem Land", "Die Ärztekammer", "bezeichnete als")]),
("Der Trainer sprach nach der Niederlage von einem „rabenschwarzen Tag“ für seine Mannschaft.",
 [("rabenschwarzen Tag", "Der Trainer", "sprach von")]),
# reported speech with a partial quotation and a cue after
("Die Lage in den Lagern sei „katastrophal“, sagte ein Mitarbeiter der Hilfsorganisation.",
 [("katastrophal", "ein Mitarbeiter der Hilfsorganisation", "sagte")]),
# the role noun after the cue (der 54-Jährige)
("„Ich bin erleichtert, dass alles vorbei ist“, sagte der 54-Jährige nach dem Urteil.",
 [("Ich bin erleichtert, dass alles vorbei ist", "der 54-Jährige", "sagte")]),
# cue before with adverbial first
("Am Rande des Gipfels sagte Bundeskanzlerin Maria Berg: „Europa muss in dieser Frage mit einer Stimme sprechen.“",
 [("Europa muss in dieser Frage mit einer Stimme sprechen.", "Bundeskanzlerin Maria Berg", "sagte")]),
("In einer Pressemitteilung erklärte der Verband: „Die neuen Regeln gefährden tausende Arbeitsplätze.“",
 [("Die neuen Regeln gefährden tausende Arbeitsplätze.", "der Verband", "erklärte")]),
# im Interview mit (not the speaker)
("Im Interview mit dem Deutschlandfunk sagte die Ökonomin Claudia Neumann: „Eine Rezession ist im kommenden Jahr kaum noch zu vermeiden.“",
 [("Eine Rezession ist im kommenden Jahr kaum noch zu vermeiden.", "die Ökonomin Claudia Neumann", "sagte")]),
# guillemets
("»Wir haben alles versucht«, sagte der Kapitän der Fähre, Sven Olsen. »Aber gegen diesen Sturm hatten wir keine Chance.«",
 [("Wir haben alles versucht", "der Kapitän der Fähre, Sven Olsen", "sagte"),
  ("Aber gegen diesen Sturm hatten wir keine Chance.", "der Kapitän der Fähre, Sven Olsen", None)]),
# straight quotes
("\"Das Spiel war ein Wendepunkt\", sagte Trainer Holger Strauß nach dem Abpfiff.",
 [("Das Spiel war ein Wendepunkt", "Trainer Holger Strauß", "sagte")]),
# titles and scare quotes alongside a quotation
("Die Zeitung „Neue Tagespost“ berichtete über den Fall. Chefredakteur Lars Kramer sagte: „Wir stehen zu jeder Zeile unseres Berichts.“",
 [("Wir stehen zu jeder Zeile unseres Berichts.", "Chefredakteur Lars Kramer", "sagte")]),
("Die Ausstellung „Licht und Schatten“ ist bis Ende Mai im Kunstmuseum zu sehen. Sie zeigt Werke aus der Zeit der „Neuen Sachlichkeit“.",
 []),
("Das Hotel „Zur Post“ wurde 1880 gegründet. Die Inhaberin Margit Huber sagte: „Wir führen das Haus in der fünften Generation.“",
 [("Wir führen das Haus in der fünften Generation.", "Die Inhaberin Margit Huber", "sagte")]),
# two speakers in a row
("„Das ist ein guter Kompromiss“, sagte Verkehrsministerin Julia Roth. Der Oppositionsführer Bernd Gärtner widersprach: „Dieser Kompromiss geht zulasten der Pendler.“",
 [("Das ist ein guter Kompromiss", "Verkehrsministerin Julia Roth", "sagte"),
  ("Dieser Kompromiss geht zulasten der Pendler.", "Der Oppositionsführer Bernd Gärtner", "widersprach")]),
# pronoun resolved, woman/man
("Die Chefin des Kinderhilfswerks, Ursula Brenner, besuchte am Montag das Flüchtlingslager. „Die Kinder hier haben alles verloren“, sagte sie. „Sie brauchen vor allem Schulen.“",
 [("Die Kinder hier haben alles verloren", "sie", "sagte"),
  ("Sie brauchen vor allem Schulen.", "sie", None)]),
# cue with adverb: sagte X weiter / betonte X zudem
("„Die Ermittlungen stehen noch am Anfang“, sagte Oberstaatsanwalt Jürgen Wolf weiter.",
 [("Die Ermittlungen stehen noch am Anfang", "Oberstaatsanwalt Jürgen Wolf", "sagte")]),
# wie X sagte
("Die Arbeiten sollen, wie Baudezernent Thomas Reich sagte, „spätestens im Herbst“ abgeschlossen sein.",
 [("spätestens im Herbst", "Baudezernent Thomas Reich", "sagte")]),
# subject before, cue verb after a relative clause-free subject, colon after time
("Die Vorsitzende des Mieterbundes, Helga Roth, forderte am Mittwoch in Berlin: „Die Mietpreisbremse muss endlich ohne Ausnahmen gelten.“",
 [("Die Mietpreisbremse muss endlich ohne Ausnahmen gelten.", "Die Vorsitzende des Mieterbundes, Helga Roth", "forderte")]),
# "teilte X mit" with the cue before and a dass clause, then quote in next sentence without cue
("Die Polizei teilte mit, dass der Verdächtige gefasst worden sei. „Er hat sich widerstandslos festnehmen lassen“, sagte ein Polizeisprecher.",
 [("Er hat sich widerstandslos festnehmen lassen", "ein Polizeisprecher", "sagte")]),
# agency as speaker
("„Die Rettungsarbeiten dauern an“, meldete die Nachrichtenagentur AFP unter Berufung auf Behördenkreise.",
 [("Die Rettungsarbeiten dauern an", "die Nachrichtenagentur AFP", "meldete")]),
# fragment quoted by a subject, reported speech around it
("Der Minister räumte ein, man habe die Lage „falsch eingeschätzt“. Er kündigte eine Untersuchung an.",
 [("falsch eingeschätzt", "Der Minister", "räumte ein")]),
# colon after a clause without a speech verb: its subject speaks
("Verkehrsminister Jens Albrecht zeigte sich nach dem Treffen zufrieden: „Wir haben in allen wichtigen Punkten eine Einigung erzielt.“",
 [("Wir haben in allen wichtigen Punkten eine Einigung erzielt.", "Verkehrsminister Jens Albrecht", "zeigte sich")]),
("Für den Bürgermeister ist die Sache klar: „Ohne das neue Gewerbegebiet verlieren wir junge Familien an die Nachbarorte.“",
 [("Ohne das neue Gewerbegebiet verlieren wir junge Familien an die Nachbarorte.", "den Bürgermeister", None)]),
("Die Direktorin des Zoos, Anke Thiel, ist überzeugt: „Die Pandas werden hier ein gutes Zuhause finden.“",
 [("Die Pandas werden hier ein gutes Zuhause finden.", "Die Direktorin des Zoos, Anke Thiel", None)]),
("Anders sieht das der Umweltverband Nabu: „Die Ausnahmen für die Industrie machen das Gesetz wertlos.“",
 [("Die Ausnahmen für die Industrie machen das Gesetz wertlos.", "der Umweltverband Nabu", None)]),
("Der Vorstandschef reagierte gelassen auf die Kritik der Aktionäre: „Wir haben das beste Jahr unserer Geschichte hinter uns.“",
 [("Wir haben das beste Jahr unserer Geschichte hinter uns.", "Der Vorstandschef", "reagierte")]),
# "Darin heißt es", "In dem Brief schreibt X"
("Die Bischöfe haben einen offenen Brief an die Regierung geschrieben. Darin heißt es: „Wer Menschen in Not abweist, verrät die Werte dieses Landes.“",
 [("Wer Menschen in Not abweist, verrät die Werte dieses Landes.", "Darin", "heißt es")]),
("In einem Brief an die Mitglieder schreibt der Vereinsvorsitzende Horst Kahl: „Ohne neue Sponsoren können wir die nächste Saison nicht finanzieren.“",
 [("Ohne neue Sponsoren können wir die nächste Saison nicht finanzieren.", "der Vereinsvorsitzende Horst Kahl", "schreibt")]),
# the speaker introduced, reported speech over several sentences, partial quotation later
("Die Präsidentin des Rechnungshofes, Gisela Marx, hat den Haushaltsentwurf scharf kritisiert. Die Regierung plane mit zu optimistischen Steuereinnahmen. Die Schulden würden in den nächsten Jahren weiter steigen. Der Entwurf sei „auf Sand gebaut“.",
 [("auf Sand gebaut", "Die Präsidentin des Rechnungshofes, Gisela Marx", None)]),
# "Weiter sagte er", "Zu den Vorwürfen sagte X"
("Der Angeklagte Martin Schulz hat vor Gericht sein Schweigen gebrochen. „Ich bereue, was ich getan habe“, sagte der 38-Jährige. Weiter sagte er: „Ich wollte niemanden verletzen.“",
 [("Ich bereue, was ich getan habe", "der 38-Jährige", "sagte"),
  ("Ich wollte niemanden verletzen.", "er", "sagte")]),
("Zu den Vorwürfen sagte Klubpräsident Werner Lang: „Wir haben uns nichts vorzuwerfen.“",
 [("Wir haben uns nichts vorzuwerfen.", "Klubpräsident Werner Lang", "sagte")]),
# mit den Worten
("Der Papst beendete seine Predigt mit den Worten: „Habt keine Angst vor der Zukunft.“",
 [("Habt keine Angst vor der Zukunft.", "Der Papst", "beendete mit den Worten")]),
("Die Ministerin wird in der Zeitung mit den Worten zitiert: „Ich denke nicht an Rücktritt.“",
 [("Ich denke nicht an Rücktritt.", "Die Ministerin", "wird mit den Worten zitiert")]),
# speaker in the previous sentence, quote on its own
("Der Kapitän des Rettungsschiffes beschrieb die Lage an Bord als dramatisch. „Die Menschen haben seit drei Tagen nichts gegessen.“ Die Behörden verweigern dem Schiff weiter die Einfahrt in den Hafen.",
 [("Die Menschen haben seit drei Tagen nichts gegessen.", "Der Kapitän des Rettungsschiffes", None)]),
# two paragraphs, second opens with a quote and a pronoun cue
("Der Chef des Stahlkonzerns, Bernd Huber, hat den Abbau von 2000 Stellen angekündigt. Die Gewerkschaft kündigte Widerstand an.\n\n„Dieser Schritt fällt uns nicht leicht“, sagte Huber am Donnerstag. „Aber die Energiepreise lassen uns keine Wahl.“",
 [("Dieser Schritt fällt uns nicht leicht", "Huber", "sagte"),
  ("Aber die Energiepreise lassen uns keine Wahl.", "Huber", None)]),
# a quote then a narrative sentence then an unattributed quote by a different introduced speaker
("„Wir sind auf alles vorbereitet“, sagte der Einsatzleiter der Feuerwehr. Auch die Bürgermeisterin Eva Kranz war vor Ort. Sie sagte: „Ich danke allen Helfern für ihren unermüdlichen Einsatz.“",
 [("Wir sind auf alles vorbereitet", "der Einsatzleiter der Feuerwehr", "sagte"),
  ("Ich danke allen Helfern für ihren unermüdlichen Einsatz.", "Sie", "sagte")]),
# "so" with a name and a function after
("„Die Nachfrage übersteigt unsere Erwartungen bei weitem“, so Vertriebschef Kai Neumann von der Firma Ecotec.",
 [("Die Nachfrage übersteigt unsere Erwartungen bei weitem", "Vertriebschef Kai Neumann von der Firma Ecotec", "so")]),
# "wie X betonte" before the quote in the same sentence
("Wie der Sprecher der Staatsanwaltschaft betonte, gebe es „keinerlei Hinweise auf ein Fremdverschulden“.",
 [("keinerlei Hinweise auf ein Fremdverschulden", "der Sprecher der Staatsanwaltschaft", "betonte")]),
# cue verb in perfect tense
("Der Gesundheitsminister hat die Maßnahmen als „unverzichtbar“ bezeichnet. Die Länder sehen das anders.",
 [("unverzichtbar", "Der Gesundheitsminister", "hat bezeichnet")]),
("„Wir werden die Entscheidung prüfen“, hat ein Sprecher der Bahn am Abend gesagt.",
 [("Wir werden die Entscheidung prüfen", "ein Sprecher der Bahn", "hat gesagt")]),
# scare quotes and a term without a speaker
("Die Partei will mit einem „Zukunftsprogramm“ in den Wahlkampf ziehen. Das Papier soll im Mai vorgestellt werden.",
 []),
("Das Gericht verhandelte über die sogenannten „Cum-Ex-Geschäfte“ einer Hamburger Bank.",
 []),
# the attribution in the next sentence ("Das sagte X", "Mit diesen Worten …")
("„Wir stehen am Anfang einer neuen Ära.“ Das sagte der Vorstandsvorsitzende der Autowerke, Thomas Kern, bei der Vorstellung des Elektromodells.",
 [("Wir stehen am Anfang einer neuen Ära.", "der Vorstandsvorsitzende der Autowerke, Thomas Kern", "sagte")]),
("„Niemand hat das Recht, über unsere Köpfe hinweg zu entscheiden.“ Mit diesen Worten eröffnete die Sprecherin der Anwohner, Greta Paulsen, die Versammlung.",
 [("Niemand hat das Recht, über unsere Köpfe hinweg zu entscheiden.", "die Sprecherin der Anwohner, Greta Paulsen", "eröffnete mit diesen Worten")]),
# attribution in the sentence before with "sagte" and a further quote in the next paragraph after narration
("Der Leiter der Grabung, Professor Ulrich Haas, sprach von einem Sensationsfund. „So gut erhaltene Schriftrollen haben wir noch nie gesehen“, sagte Haas.\n\nDie Rollen stammen vermutlich aus dem zweiten Jahrhundert. „Wir brauchen Jahre, um alles zu entziffern“, sagte der Archäologe.",
 [("So gut erhaltene Schriftrollen haben wir noch nie gesehen", "Haas", "sagte"),
  ("Wir brauchen Jahre, um alles zu entziffern", "der Archäologe", "sagte")]),
# colon after a noun phrase naming the speaker and the setting
("Der Sprecher der Deutschen Flugsicherung am Telefon: „Der Luftraum bleibt bis mindestens Mitternacht gesperrt.“",
 [("Der Luftraum bleibt bis mindestens Mitternacht gesperrt.", "Der Sprecher der Deutschen Flugsicherung", None)]),
# English quotation in a German article
("Der amerikanische Außenminister Robert Hayes sagte in Washington: „We will not accept any further delay.“ Die Erklärung wurde in Berlin mit Zurückhaltung aufgenommen.",
 [("We will not accept any further delay.", "Der amerikanische Außenminister Robert Hayes", "sagte")]),
# speaker with a function and a place
("„Die Stimmung unter den Händlern ist schlecht“, sagt Erika Baumgart, Vorsitzende des Einzelhandelsverbandes in Gera.",
 [("Die Stimmung unter den Händlern ist schlecht", "Erika Baumgart, Vorsitzende des Einzelhandelsverbandes in Gera", "sagt")]),
# pronoun speaker in a new paragraph after another person was mentioned
("Die Trainerin der Nationalmannschaft, Petra Lund, hat ihren Kader benannt. Torhüterin Mia Falk fehlt verletzt.\n\n„Wir haben eine junge, hungrige Mannschaft“, sagte Lund. Sie rechne mit dem Einzug ins Halbfinale.",
 [("Wir haben eine junge, hungrige Mannschaft", "Lund", "sagte")]),
# partial quotation with 'nach eigenen Worten'
("Der Künstler will nach eigenen Worten „die Stadt zum Nachdenken bringen“. Seine Installation ist bis Sonntag zu sehen.",
 [("die Stadt zum Nachdenken bringen", "Der Künstler", "nach eigenen Worten")]),
# a quote with an interrupting cue and a trailing part
("„Wir hatten Glück“, sagte die Pilotin Sandra Vogt, „denn der Motor fiel erst kurz vor der Landung aus.“",
 [("Wir hatten Glück", "die Pilotin Sandra Vogt", "sagte"),
  ("denn der Motor fiel erst kurz vor der Landung aus.", "die Pilotin Sandra Vogt", "sagte")]),
# cue verbs in present tense, speaker title with name
("„Die Zahlen sprechen eine klare Sprache“, betont Klinikdirektor Dr. Frank Oswald. „Die Wartezeiten sind um die Hälfte gesunken.“",
 [("Die Zahlen sprechen eine klare Sprache", "Klinikdirektor Dr. Frank Oswald", "betont"),
  ("Die Wartezeiten sind um die Hälfte gesunken.", "Klinikdirektor Dr. Frank Oswald", None)]),
# academic titles and abbreviations inside the speaker
("„Die Ergebnisse sind eindeutig“, sagte Prof. Dr. Hannah Seidel vom Institut für Meeresforschung in Kiel.",
 [("Die Ergebnisse sind eindeutig", "Prof. Dr. Hannah Seidel", "sagte")]),
# speaker carried over within the paragraph across a narrative sentence
("„Wir haben die Produktion bereits halbiert“, sagte Werksleiter Jan Brock. Die Nachfrage aus China sei eingebrochen. „Wenn sich das nicht ändert, müssen wir Kurzarbeit anmelden.“",
 [("Wir haben die Produktion bereits halbiert", "Werksleiter Jan Brock", "sagte"),
  ("Wenn sich das nicht ändert, müssen wir Kurzarbeit anmelden.", "Werksleiter Jan Brock", None)]),
# Konjunktiv chain, then a partial quotation without a cue in its sentence
("Der Verteidiger des Angeklagten, Rechtsanwalt Felix Marten, kündigte Berufung an. Sein Mandant sei unschuldig. Das Gericht habe wichtige Zeugen nicht gehört. Das Urteil sei deshalb „ein Skandal“.",
 [("ein Skandal", "Rechtsanwalt Felix Marten", None)]),
# a quotation opening the article, the speaker after it with a time and place
("„Das Wasser kam mitten in der Nacht“, erinnert sich Anwohnerin Gisela Brandt. Ihr Keller stand zwei Meter unter Wasser.",
 [("Das Wasser kam mitten in der Nacht", "Anwohnerin Gisela Brandt", "erinnert sich")]),
# quotation with cue before it and a 'dass' clause
("Die Ministerin betonte, dass „niemand zurückgelassen“ werde. Die Hilfen sollen noch im Mai ausgezahlt werden.",
 [("niemand zurückgelassen", "Die Ministerin", "betonte")]),
# speaker named after 'von' in a passive with a cue after the quote
("Der Vorschlag wurde von der Opposition als „unausgegoren“ zurückgewiesen.",
 [("unausgegoren", "der Opposition", "zurückgewiesen")]),
# two quotations in one sentence by one speaker
("Der Regisseur nannte den Film „sein persönlichstes Werk“ und die Dreharbeiten „eine Tortur“.",
 [("sein persönlichstes Werk", "Der Regisseur", "nannte"),
  ("eine Tortur", "Der Regisseur", "nannte")]),
# pronoun 'sie' (plural) after a group
("Die Eltern der Schüler haben einen offenen Brief geschrieben. „Unsere Kinder lernen in Containern“, schreiben sie. „Das ist eines reichen Landes unwürdig.“",
 [("Unsere Kinder lernen in Containern", "sie", "schreiben"),
  ("Das ist eines reichen Landes unwürdig.", "sie", None)]),
# an organisation as speaker with a verb of announcement
("Die Stadtwerke kündigten an, die Preise „moderat“ zu erhöhen. Genaue Zahlen nannten sie nicht.",
 [("moderat", "Die Stadtwerke", "kündigten an")]),
# cue after the quotation with a subject pronoun and a name appositive later
("„Ich werde nicht mehr kandidieren“, erklärte sie am Sonntag. Die 64-jährige Senatorin Ruth Adler führt die Partei seit elf Jahren.",
 [("Ich werde nicht mehr kandidieren", "sie", "erklärte")]),
# a verbless colon attribution, "meinte dazu", "äußerte sich"
("Die Polizei sucht weiter nach dem Täter. Dazu Polizeisprecher Max Müller: „Wir gehen jedem Hinweis nach.“",
 [("Wir gehen jedem Hinweis nach.", "Polizeisprecher Max Müller", None)]),
("Der CDU-Politiker meinte dazu: „Das ist ein Ablenkungsmanöver.“ Auch der 52-Jährige selbst äußerte sich: „Ich habe nichts zu verbergen.“",
 [("Das ist ein Ablenkungsmanöver.", "Der CDU-Politiker", "meinte"),
  ("Ich habe nichts zu verbergen.", "der 52-Jährige", "äußerte sich")]),
# a partial quotation in a dass clause after "erklärte weiter"
("Der Konzern meldete einen Rekordgewinn. Finanzvorstand Anja Roth erklärte weiter, dass das Unternehmen „in allen Regionen gewachsen“ sei.",
 [("in allen Regionen gewachsen", "Finanzvorstand Anja Roth", "erklärte")]),
# the medium after the speaker in the inverted order
("Die Umweltministerin Karla Jens verteidigte das Gesetz gegen die Kritik der Industrie. Die Unternehmen hätten „jahrelang Zeit gehabt“, sich vorzubereiten, sagte die Grünen-Politikerin dem Deutschlandfunk.",
 [("jahrelang Zeit gehabt", "die Grünen-Politikerin", "sagte")]),
# reported speech with "man" continuing the sentence before
("Ein Sprecher des Auswärtigen Amtes bestätigte am Abend den Tod eines deutschen Staatsbürgers. Man stehe „in engem Kontakt“ mit den Behörden vor Ort.",
 [("in engem Kontakt", "Ein Sprecher des Auswärtigen Amtes", "bestätigte")]),
("Die Reaktion des Kremls kam prompt. „Das ist eine Provokation“, erklärte Kremlsprecher Iwan Petrow. Die Nato wies die Vorwürfe zurück: Man handle „rein defensiv“.",
 [("Das ist eine Provokation", "Kremlsprecher Iwan Petrow", "erklärte"),
  ("rein defensiv", "Die Nato", "wies zurück")]),
# sources with genitives
("Nach den Worten des Ministers ist die Lage „sehr ernst“. Nach Darstellung der Polizei war der Fahrer „deutlich zu schnell“ unterwegs.",
 [("sehr ernst", "des Ministers", "Nach den Worten"),
  ("deutlich zu schnell", "der Polizei", "Nach Darstellung")]),
("Die Sängerin Lena Hoff schrieb auf Twitter: „Danke für die vielen Nachrichten!“ In einer Stellungnahme ihres Managements heißt es: „Sie braucht jetzt Ruhe.“",
 [("Danke für die vielen Nachrichten!", "Die Sängerin Lena Hoff", "schrieb"),
  ("Sie braucht jetzt Ruhe.", "einer Stellungnahme ihres Managements", "heißt es")]),
]


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
