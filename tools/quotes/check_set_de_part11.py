#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Eleventh part of the German quotes check set: the source as the German news annotation marks it.

The WikiNews quotation annotation this check set follows (one Source span per quotation, beside its
Cue, Frame and Addressee) marks the mention that the frame of the quotation names, as written:
a pronoun, a demonstrative ("Dieser", "Letztere") or "Beide" stays as it is; an organisation, a
document, a medium or a banner is a source like a person; coordinated speakers are one source ("Die
Eltern … und …"); a possessive or genitive name before the noun belongs to the phrase
("Hubers Sprecherin Anna Kolb"). Sources also sit where a naive reader does not look for them:
in the genitive of a noun of speech ("die Forderung der Gewerkschaft nach „…“", "die Warnung des
Wetterdienstes vor „…“"), behind "aus Sicht", "nach Ansicht", "nach Auffassung", "für" ("Für den
Trainer war das „…“"), as the agent of a passive ("wird von der Opposition als „…“ bezeichnet",
"von Seiten der Ärzte wurde Kritik laut"), as the one quoted by a quoting verb ("zitiert einen
Ermittler mit den Worten"), after "Auf die Frage, …, antwortete", in the sentence after the
quotation ("Mit diesen Worten eröffnete …"), and a reported sentence in the Konjunktiv after
the attribution carries its source on ("Es sei „…“"). Beside them stand titles, names, scare
terms and single words in marks that no one is quoted with.

All people, places and events are fictional. Annotated before running the stage on them, with the
convention of parts 4-10 (the whole noun phrase as written, with its apposition; the object of a
source preposition without the preposition; a pronoun stays a pronoun; a quotation without
attribution of its own has the source of the one before).

First runs (python3 tools/quotes/score_de.py NLPSH 407): articles 1-30 on the stage before this
part, 71 of 74 exact, no false positive, speakers 67 of 71; articles 31-38, written after the
rules the first run prompted, 15 of 16 exact, speakers 14 of 15; articles 39-44, written after
those of 31-38, 11 of 11 exact, speakers 7 of 11. One partial quotation stays missed ("Der
Betriebsrat will die Zusagen „…“ sehen": no verb of speech).

  python3 tools/quotes/check_set_de_part11.py
"""
from checkset import write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 407

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 nursing strike: the genitive of a noun of speech, "aus Sicht", a reported sentence carrying on
A(["Pflegekräfte in Kassel streiken",
   "Am Klinikum Kassel haben am Dienstag rund 400 Pflegekräfte die Arbeit niedergelegt. Die Forderung der Gewerkschaft nach einer „spürbaren Entlastung auf allen Stationen“ ist seit Monaten bekannt. Streikleiterin Dana Wolff sagte vor dem Haupteingang: „Wir streiken, weil wir unsere Patienten nicht mehr gut versorgen können.“",
   "Aus Sicht der Klinikleitung ist der Streik „unverhältnismäßig“. Es gebe bereits Gespräche, und man sei „zu weiteren Zugeständnissen bereit“.",
   "Die Notfallversorgung war nach Angaben des Klinikums gesichert."],
  [("spürbaren Entlastung auf allen Stationen", "der Gewerkschaft", "Forderung"),
   ("Wir streiken, weil wir unsere Patienten nicht mehr gut versorgen können.", "Streikleiterin Dana Wolff", "sagte"),
   ("unverhältnismäßig", "der Klinikleitung", "Aus Sicht"),
   ("zu weiteren Zugeständnissen bereit", "der Klinikleitung", None)])

# 2 storm warning: "die Warnung des … vor", a demonstrative speaker, a film title in marks
A(["Sturmtief zieht über Norddeutschland",
   "Die Warnung des Deutschen Wetterdienstes vor „orkanartigen Böen bis 110 Kilometer pro Stunde“ hat sich am Sonntag bestätigt. In Cuxhaven stürzten mehrere Bäume auf Straßen.",
   "Der Leiter der Feuerwehr Cuxhaven, Holger Brandt, hatte die Bürger am Vormittag gewarnt. Dieser sagte am Abend: „Wir hatten über 80 Einsätze, zum Glück gab es keine Verletzten.“",
   "Das Kino am Hafen sagte die Vorführung des Films „Sturmflut“ ab."],
  [("orkanartigen Böen bis 110 Kilometer pro Stunde", "des Deutschen Wetterdienstes", "Warnung"),
   ("Wir hatten über 80 Einsätze, zum Glück gab es keine Verletzten.", "Dieser", "sagte")])

# 3 rescue of a shop: coordinated speakers, a possessive name before the noun
A(["Familienbetrieb gerettet",
   "Die Bäckerei Lang in Wittlich ist gerettet. Die Inhaber Maria und Peter Lang erklärten am Freitag gemeinsam: „Wir sind überwältigt von der Hilfe unserer Kundschaft.“",
   "Über eine Spendenaktion waren in vier Wochen mehr als 60.000 Euro zusammengekommen. Bürgermeister Jörg Hentges nannte die Aktion „ein Zeichen, was Nachbarschaft bedeutet“.",
   "Hentges' Sprecherin Anna Kolb ergänzte: „Die Stadt wird der Bäckerei bei der Miete entgegenkommen.“"],
  [("Wir sind überwältigt von der Hilfe unserer Kundschaft.", "Die Inhaber Maria und Peter Lang", "erklärten"),
   ("ein Zeichen, was Nachbarschaft bedeutet", "Bürgermeister Jörg Hentges", "nannte"),
   ("Die Stadt wird der Bäckerei bei der Miete entgegenkommen.", "Hentges' Sprecherin Anna Kolb", "ergänzte")])

# 4 football: "Für X war das", "Beide" as the speaker, a club name in marks
A(["Aufsteiger feiert ersten Sieg",
   "Der Aufsteiger SV Lohne hat am Samstag sein erstes Spiel in der Regionalliga gewonnen. Für Trainer Marco Heitmann war das 2:1 gegen den Tabellenführer „der schönste Moment meiner Laufbahn“.",
   "Die Torschützen Leon Kuhl und Enis Demir wurden nach dem Abpfiff von den Fans gefeiert. Beide sagten: „Das war für die ganze Stadt.“",
   "Am kommenden Wochenende tritt Lohne beim „FC Nordwest“ an."],
  [("der schönste Moment meiner Laufbahn", "Trainer Marco Heitmann", "Für"),
   ("Das war für die ganze Stadt.", "Beide", "sagten")])

# 5 budget: the agent of a passive, "von Seiten … wurde Kritik laut" with a reported sentence after it
A(["Kreistag beschließt Sparhaushalt",
   "Der Kreistag des Landkreises Cham hat am Montag einen Haushalt mit deutlichen Kürzungen beschlossen. Der Entwurf war zuvor von der Opposition als „Kahlschlag bei den Schwächsten“ bezeichnet worden.",
   "Auch von Seiten der Sozialverbände wurde Kritik laut. Die Kürzungen bei der Schulsozialarbeit seien „nicht zu verantworten“.",
   "Landrat Franz Wiesmeier verteidigte den Beschluss: „Wir können nur ausgeben, was wir haben.“"],
  [("Kahlschlag bei den Schwächsten", "der Opposition", "bezeichnet"),
   ("nicht zu verantworten", "der Sozialverbände", None),
   ("Wir können nur ausgeben, was wir haben.", "Landrat Franz Wiesmeier", "verteidigte")])

# 6 smuggling: a newspaper quoting an investigator, "so" after the partial quotation
A(["Zoll stellt Zigaretten sicher",
   "Zollfahnder haben in einem Lastwagen auf der A 4 bei Görlitz rund zwei Millionen Schmuggelzigaretten entdeckt. Die „Lausitzer Rundschau“ zitierte einen Ermittler mit den Worten: „So eine Menge sehen wir nur ein- oder zweimal im Jahr.“",
   "Der Fahrer habe „keine plausible Erklärung“ für die Ladung gehabt, so ein Sprecher des Hauptzollamts Dresden.",
   "Der Steuerschaden wird auf mehr als 400.000 Euro geschätzt."],
  [("So eine Menge sehen wir nur ein- oder zweimal im Jahr.", "einen Ermittler", "zitierte mit den Worten"),
   ("keine plausible Erklärung", "ein Sprecher des Hauptzollamts Dresden", "so")])

# 7 school building: "Auf die Frage, …, antwortete", "nach Ansicht", a project name in marks
A(["Schule bekommt Neubau",
   "Das Gymnasium am Markt in Bad Kreuznach erhält für 32 Millionen Euro einen Neubau. Das Projekt läuft unter dem Namen „Lernen 2030“.",
   "Auf die Frage, ob der Zeitplan zu halten sei, antwortete Baudezernentin Petra Maurer: „Wenn die Ausschreibungen glatt laufen, ziehen die Schüler zum Schuljahr 2027 ein.“",
   "Nach Ansicht des Elternbeirats kommt der Neubau „mindestens zehn Jahre zu spät“."],
  [("Wenn die Ausschreibungen glatt laufen, ziehen die Schüler zum Schuljahr 2027 ein.", "Baudezernentin Petra Maurer", "antwortete"),
   ("mindestens zehn Jahre zu spät", "des Elternbeirats", "Nach Ansicht")])

# 8 council session: the attribution in the sentence after the quotation, a pronoun speaker after it
A(["Neuer Stadtrat konstituiert sich",
   "„Wir sind gewählt, um Probleme zu lösen, nicht um uns zu streiten.“ Mit diesen Worten eröffnete Alterspräsidentin Helga Runge am Donnerstag die erste Sitzung des neuen Stadtrats von Weißenfels.",
   "Zum Vorsitzenden wurde der 41-jährige Tobias Reiche gewählt. Er sprach von einer „großen Verantwortung“ und kündigte an, alle Fraktionen einzubinden."],
  [("Wir sind gewählt, um Probleme zu lösen, nicht um uns zu streiten.", "Alterspräsidentin Helga Runge", "eröffnete"),
   ("großen Verantwortung", "Er", "sprach")])

# 9 zoo: a letter as source, "Darin heißt es", a single word in marks without speaker
A(["Zoo trauert um Elefantenkuh",
   "Der Zoo Osnabrück trauert um seine älteste Elefantenkuh „Mala“. Das Tier war am Mittwoch im Alter von 52 Jahren gestorben.",
   "Die Tierpfleger haben einen Abschiedsbrief an die Besucher geschrieben. Darin heißt es: „Mala hat uns jeden Tag gezeigt, wie klug und sanft diese Tiere sind.“",
   "Zoodirektor Jan Wessels sagte: „Wir lassen ihr Gehege für einige Tage leer.“"],
  [("Mala hat uns jeden Tag gezeigt, wie klug und sanft diese Tiere sind.", "Darin", "heißt es"),
   ("Wir lassen ihr Gehege für einige Tage leer.", "Zoodirektor Jan Wessels", "sagte")])

# 10 pharmacy shortage: "nach Auffassung", a speaker named in the paragraph before, "sogenannte"
A(["Apotheken melden Engpässe",
   "Apotheken in Schleswig-Holstein melden Engpässe bei Fiebersäften für Kinder. Die Kammerpräsidentin Ulrike Saß besuchte am Montag eine Apotheke in Neumünster.",
   "„Wir müssen Eltern jeden Tag wegschicken. Das ist für alle Beteiligten belastend.“",
   "Nach Auffassung der Krankenkassen liegt das Problem „bei den Herstellern, nicht bei den Preisen“. Die sogenannte „Festbetragsregel“ soll nun überprüft werden."],
  [("Wir müssen Eltern jeden Tag wegschicken. Das ist für alle Beteiligten belastend.", "Die Kammerpräsidentin Ulrike Saß", None),
   ("bei den Herstellern, nicht bei den Preisen", "der Krankenkassen", "Nach Auffassung")])

# 11 trial verdict: a relative clause speaker, a quotation of the court, a defendant's last word
A(["Bewährungsstrafe für Anlagebetrüger",
   "Das Landgericht Bielefeld hat einen 58-jährigen Finanzberater zu zwei Jahren auf Bewährung verurteilt. Die Vorsitzende Richterin Karin Ostmann, die das Vorgehen des Mannes als „skrupellos“ bezeichnete, hielt ihm sein Geständnis zugute.",
   "Der Angeklagte hatte in seinem letzten Wort gesagt: „Ich schäme mich für das, was ich meinen Kunden angetan habe.“",
   "Die Staatsanwaltschaft prüft eine Revision."],
  [("skrupellos", "Die Vorsitzende Richterin Karin Ostmann", "bezeichnete"),
   ("Ich schäme mich für das, was ich meinen Kunden angetan habe.", "Der Angeklagte", "gesagt")])

# 12 tourism: "Letztere", an association in the dative of "zufolge", a brand in marks
A(["Rekordsommer an der Ostsee",
   "Die Ostseebäder in Mecklenburg-Vorpommern melden den besten Sommer seit Jahren. Dem Tourismusverband zufolge stiegen die Übernachtungen um „gut sieben Prozent“.",
   "Kritik kam von Anwohnern und von der Kurverwaltung Binz. Letztere warnte: „Wir stoßen an die Grenzen dessen, was die Insel verkraftet.“",
   "Die Werbekampagne „Meer erleben“ soll im nächsten Jahr fortgesetzt werden."],
  [("gut sieben Prozent", "Dem Tourismusverband", "zufolge"),
   ("Wir stoßen an die Grenzen dessen, was die Insel verkraftet.", "Letztere", "warnte")])

# 13 bridge: a speaker with adverbials between the cue and the name, two quotations split by the cue
A(["Brücke wird abgerissen",
   "Die marode Talbrücke bei Lüdenscheid wird im Februar gesprengt. „Die Sprengung ist technisch anspruchsvoll“, sagte am Mittwoch in Hagen der Projektleiter der Autobahngesellschaft, Stefan Kamp. „Aber wir haben so etwas schon oft gemacht.“",
   "Anwohner im Umkreis von 500 Metern müssen ihre Häuser für einige Stunden verlassen. Die Stadt richtet dafür eine Turnhalle als Aufenthaltsraum ein."],
  [("Die Sprengung ist technisch anspruchsvoll", "der Projektleiter der Autobahngesellschaft, Stefan Kamp", "sagte"),
   ("Aber wir haben so etwas schon oft gemacht.", "der Projektleiter der Autobahngesellschaft, Stefan Kamp", "sagte")])

# 14 research: a study as source, a researcher with a genitive before her title, a reported sentence
A(["Studie: Mehr Kinder mit Kurzsichtigkeit",
   "Immer mehr Grundschulkinder in Deutschland sind kurzsichtig. In einer Studie der Universität Tübingen heißt es, der Anteil habe sich „innerhalb von zwanzig Jahren nahezu verdoppelt“.",
   "Die Leiterin der Studie, die Augenärztin Miriam Haas, empfiehlt Eltern, ihre Kinder mehr draußen spielen zu lassen. Tageslicht sei „der beste Schutz für die Augen“.",
   "Bildschirme allein seien nicht schuld, betonte Haas. „Es kommt darauf an, wie viel Zeit die Kinder insgesamt drinnen verbringen.“"],
  [("innerhalb von zwanzig Jahren nahezu verdoppelt", "einer Studie der Universität Tübingen", "heißt es"),
   ("der beste Schutz für die Augen", "Die Leiterin der Studie, die Augenärztin Miriam Haas", None),
   ("Es kommt darauf an, wie viel Zeit die Kinder insgesamt drinnen verbringen.", "Haas", None)])

# 15 protest: banners and chanting demonstrators, a police spokesman by "wie"
A(["Tausende demonstrieren für Klimaschutz",
   "In Freiburg haben am Freitag nach Polizeiangaben rund 6000 Menschen für mehr Klimaschutz demonstriert. Die Teilnehmer riefen „Es gibt keinen Planeten B“. Auf Plakaten stand „Kohle ist von gestern“.",
   "Wie ein Polizeisprecher mitteilte, verlief die Kundgebung „weitgehend friedlich“. Der Veranstalter, das Bündnis „Klima jetzt“, sprach von einem „starken Signal an den Gemeinderat“."],
  [("Es gibt keinen Planeten B", "Die Teilnehmer", "riefen"),
   ("Kohle ist von gestern", "Plakaten", "stand"),
   ("weitgehend friedlich", "ein Polizeisprecher", "mitteilte"),
   ("starken Signal an den Gemeinderat", "Der Veranstalter, das Bündnis „Klima jetzt“", "sprach")])

# 16 company takeover: a company's statement, a board member by possessive, a product name
A(["Maschinenbauer wird übernommen",
   "Der Maschinenbauer Rieger aus Aalen wird von einem schwedischen Konzern übernommen. In einer Mitteilung des Unternehmens hieß es, alle 850 Arbeitsplätze blieben „für mindestens fünf Jahre gesichert“.",
   "Riegers Vorstandschef Thomas Brenner sagte: „Wir bekommen Zugang zu Märkten, die wir allein nie erreicht hätten.“",
   "Der Betriebsrat will die Zusagen „schriftlich und verbindlich“ sehen. Die bekannte Fräsmaschine „Rieger M5“ soll weiter in Aalen gebaut werden."],
  [("für mindestens fünf Jahre gesichert", "einer Mitteilung des Unternehmens", "hieß es"),
   ("Wir bekommen Zugang zu Märkten, die wir allein nie erreicht hätten.", "Riegers Vorstandschef Thomas Brenner", "sagte"),
   ("schriftlich und verbindlich", "Der Betriebsrat", "sehen")])

# 17 village festival: a thought verb ("hofft auf"), a subordinate clause before the speaker
A(["Dorffest nach Pause wieder da",
   "Nach vier Jahren Pause feiert Oberweiler wieder sein Dorffest. Ortsbürgermeister Rainer Schick hofft auf „ein Wochenende, an dem das ganze Dorf zusammenkommt“.",
   "Nachdem der Musikverein seine Teilnahme zugesagt hatte, sagte der Vorsitzende des Festausschusses, Klaus Mertes: „Jetzt kann eigentlich nichts mehr schiefgehen.“",
   "Das Fest beginnt am Samstag um 14 Uhr."],
  [("ein Wochenende, an dem das ganze Dorf zusammenkommt", "Ortsbürgermeister Rainer Schick", "hofft auf"),
   ("Jetzt kann eigentlich nichts mehr schiefgehen.", "der Vorsitzende des Festausschusses, Klaus Mertes", "sagte")])

# 18 election night: two candidates, "Ihr Herausforderer", a short quotation, a slogan as a name
A(["Amtsinhaberin gewinnt Bürgermeisterwahl",
   "Bei der Bürgermeisterwahl in Lörrach hat sich Amtsinhaberin Sandra Keller mit 54 Prozent durchgesetzt. „Ich danke allen, die mir ihr Vertrauen geschenkt haben“, sagte sie am Wahlabend im Rathaus.",
   "Ihr Herausforderer Daniel Sutter räumte seine Niederlage ein. Er sprach von einem „fairen Wahlkampf“. Sein Wahlkampfmotto „Lörrach kann mehr“ hatte viel Aufmerksamkeit bekommen.",
   "Die Wahlbeteiligung lag bei 48 Prozent."],
  [("Ich danke allen, die mir ihr Vertrauen geschenkt haben", "sie", "sagte"),
   ("fairen Wahlkampf", "Er", "sprach")])

# 19 hospital closure: a doctors' open letter with the signers as speakers, a ministry by "hieß es aus"
A(["Ärzte protestieren gegen Klinikschließung",
   "Gegen die geplante Schließung des Krankenhauses in Wolgast regt sich Widerstand. In einem offenen Brief schreiben 40 Ärztinnen und Ärzte der Region: „Die Wege zur nächsten Notaufnahme werden für viele Patienten lebensgefährlich lang.“",
   "Aus dem Gesundheitsministerium in Schwerin hieß es, die Entscheidung sei „noch nicht endgültig gefallen“."],
  [("Die Wege zur nächsten Notaufnahme werden für viele Patienten lebensgefährlich lang.", "40 Ärztinnen und Ärzte der Region", "schreiben"),
   ("noch nicht endgültig gefallen", "dem Gesundheitsministerium in Schwerin", "hieß es")])

# 20 library: a speaker introduced in the sentence before a colon, a book title and a scare term
A(["Stadtbibliothek öffnet sonntags",
   "Die Stadtbibliothek Hameln öffnet künftig auch sonntags. Bibliotheksleiterin Eva Lindner ist von dem Modell überzeugt: „Sonntags haben Familien Zeit, und genau die wollen wir erreichen.“",
   "Der Personalrat sieht das kritisch. Die Sonntagsöffnung dürfe nicht auf dem Rücken der Beschäftigten ausgetragen werden, sagte Personalratsvorsitzender Ralf Bode. Als erstes wird am Sonntag das Kinderbuch „Der kleine Drache Fridolin“ vorgelesen.",
   "Bode warnte vor einer „Salamitaktik“ bei den Arbeitszeiten."],
  [("Sonntags haben Familien Zeit, und genau die wollen wir erreichen.", "Bibliotheksleiterin Eva Lindner", "ist überzeugt"),
   ("Salamitaktik", "Bode", "warnte")])

# 21 water supply: the speaker of a colon's sentence with an apposition after the name, "zufolge"
A(["Trinkwasser wird knapp",
   "Im Landkreis Lüchow-Dannenberg wird wegen der Trockenheit das Trinkwasser knapp. Der Wasserverband bittet die Bürger, keine Gärten mehr zu sprengen. Dessen Geschäftsführer, Jens Peters, sagte: „Die Brunnen liefern nur noch zwei Drittel der üblichen Menge.“",
   "Einer Prognose des Landesamts zufolge wird sich die Lage „in den kommenden Wochen kaum entspannen“."],
  [("Die Brunnen liefern nur noch zwei Drittel der üblichen Menge.", "Dessen Geschäftsführer, Jens Peters", "sagte"),
   ("in den kommenden Wochen kaum entspannen", "Einer Prognose des Landesamts", "zufolge")])

# 22 musician: an interview in the paragraph, the speaker given once, the answer split in two
A(["Sängerin beendet Karriere",
   "Die Sängerin Lena Morell beendet nach 30 Jahren ihre Bühnenkarriere. Dem Radiosender „Welle Nord“ sagte die 58-Jährige: „Ich möchte aufhören, solange die Stimme noch trägt.“",
   "„Ich habe alles erlebt, was man sich als Musikerin wünschen kann. Jetzt freue ich mich auf meinen Garten.“",
   "Ihr letztes Konzert gibt Morell im Dezember in der Hamburger Laeiszhalle. Das Album „Abschied“ erscheint im November."],
  [("Ich möchte aufhören, solange die Stimme noch trägt.", "die 58-Jährige", "sagte"),
   ("Ich habe alles erlebt, was man sich als Musikerin wünschen kann. Jetzt freue ich mich auf meinen Garten.", "die 58-Jährige", None)])

# -- Articles 23-30 were written after the first run of 1-22 and annotated before running the
# stage on them: harder frames of the same annotation.

# 23 soil report: a source in a relative clause ("ein Gutachten …, das vor … warnt"), reports rejected
A(["Streit um Gewerbegebiet",
   "Die Gemeinde Wettringen hält an dem geplanten Gewerbegebiet fest. Gegner berufen sich auf ein Gutachten des Umweltbundesamts, das vor einer „dauerhaften Schädigung der Böden“ warnt.",
   "Bürgermeisterin Katja Hülsmann wies Berichte des „Münsterland Kuriers“ zurück, die Gemeinde habe Einwände „einfach übergangen“. Sie sagte: „Jeder Einwand wurde geprüft und beantwortet.“"],
  [("dauerhaften Schädigung der Böden", "ein Gutachten des Umweltbundesamts", "warnt"),
   ("einfach übergangen", "Berichte des „Münsterland Kuriers“", None),
   ("Jeder Einwand wurde geprüft und beantwortet.", "Sie", "sagte")])

# 24 curfew for pubs: object-first sentences ("Als „…“ bezeichnete …", "Von einem „…“ sprach …")
A(["Sperrstunde in der Altstadt",
   "Die Stadt Regensburg führt in der Altstadt eine Sperrstunde um ein Uhr ein. Als „reine Schikane“ bezeichnete der Gastwirteverband die neue Regel.",
   "Von einem „schwarzen Tag für die Nachtkultur“ sprach der Verein der Clubbetreiber. Ordnungsreferent Walter Pfeiffer verteidigte die Entscheidung: „Die Anwohner haben auch ein Recht auf Schlaf.“"],
  [("reine Schikane", "der Gastwirteverband", "bezeichnete"),
   ("schwarzen Tag für die Nachtkultur", "der Verein der Clubbetreiber", "sprach"),
   ("Die Anwohner haben auch ein Recht auf Schlaf.", "Ordnungsreferent Walter Pfeiffer", "verteidigte")])

# 25 election programme: labels with a colon before paragraphs, the party as source, a parenthesis
A(["Grüne stellen Wahlprogramm vor",
   "Die Grünen in Sachsen-Anhalt haben am Samstag ihr Programm für die Landtagswahl beschlossen. Die wichtigsten Punkte im Überblick:",
   "Verkehr: Die Partei will den Nahverkehr auf dem Land ausbauen. „Jedes Dorf muss mindestens stündlich an Bus oder Bahn angebunden sein.“",
   "Bildung: Die Grünen fordern „kostenlose Kitas für alle Kinder“ und mehr Lehrkräfte (laut Programm „mindestens 1000 zusätzliche Stellen“)."],
  [("Jedes Dorf muss mindestens stündlich an Bus oder Bahn angebunden sein.", "Die Partei", None),
   ("kostenlose Kitas für alle Kinder", "Die Grünen", "fordern"),
   ("mindestens 1000 zusätzliche Stellen", "Programm", "laut")])

# 26 vandalism: a website and a social network as places of writing, the writers as sources
A(["Vereinsheim verwüstet",
   "Unbekannte haben in der Nacht zum Sonntag das Vereinsheim des SC Borussia Velbert verwüstet. Der Verein teilte auf Facebook mit, man sei „fassungslos und traurig“.",
   "Auf ihrer Internetseite schreibt die Jugendabteilung: „Unsere Kinder haben hier jahrelang ihre Pokale gesammelt.“ Die Polizei bittet um Hinweise."],
  [("fassungslos und traurig", "Der Verein", "teilte mit"),
   ("Unsere Kinder haben hier jahrelang ihre Pokale gesammelt.", "die Jugendabteilung", "schreibt")])

# 27 frost: thought verbs ("befürchten", "glaubt an"), a plural source
A(["Frost trifft Weinberge",
   "Nach zwei Frostnächten an der Mosel befürchten viele Winzer einen „Totalausfall“ bei den frühen Sorten. Der Weinbauminister des Landes glaubt dennoch an einen „guten Jahrgang in den späten Lagen“.",
   "Winzerin Sarah Thul aus Leiwen zeigte den Reportern ihre erfrorenen Triebe. „So etwas habe ich in 25 Jahren nicht erlebt“, sagte sie."],
  [("Totalausfall", "viele Winzer", "befürchten"),
   ("guten Jahrgang in den späten Lagen", "Der Weinbauminister des Landes", "glaubt"),
   ("So etwas habe ich in 25 Jahren nicht erlebt", "sie", "sagte")])

# 28 car break-ins: advice verbs with an infinitive or a noun in marks
A(["Serie von Autoaufbrüchen",
   "In Offenburg sind in den vergangenen zwei Wochen mehr als 30 Autos aufgebrochen worden. Die Polizei rät dazu, „keine Wertsachen sichtbar im Fahrzeug liegen zu lassen“.",
   "Der Automobilclub empfiehlt außerdem „eine abschließbare Ablage im Kofferraum“. Ein Sprecher der Polizei sagte: „Die Täter brauchen oft nur wenige Sekunden.“"],
  [("keine Wertsachen sichtbar im Fahrzeug liegen zu lassen", "Die Polizei", "rät"),
   ("eine abschließbare Ablage im Kofferraum", "Der Automobilclub", "empfiehlt"),
   ("Die Täter brauchen oft nur wenige Sekunden.", "Ein Sprecher der Polizei", "sagte")])

# 29 handball: a name or role with a colon inside the paragraph, quotations without a verb
A(["Handballerinnen verpassen Finale",
   "Die Handballerinnen der HSG Bensheim haben das Pokalfinale knapp verpasst. Im Halbfinale unterlagen sie Dortmund mit 27:28.",
   "Trainerin Ilka Rost nach dem Spiel: „Wir haben 59 Minuten alles gegeben. Am Ende fehlt uns ein Tor.“ Torhüterin Jule Beck: „Das tut gerade einfach nur weh.“"],
  [("Wir haben 59 Minuten alles gegeben. Am Ende fehlt uns ein Tor.", "Trainerin Ilka Rost", None),
   ("Das tut gerade einfach nur weh.", "Torhüterin Jule Beck", None)])

# 30 city budget: "wie X betonte" inside the reported sentence, a second speaker by "entgegnete"
A(["Stadt mit Überschuss",
   "Die Stadt Gießen hat das vergangene Jahr mit einem Überschuss abgeschlossen. Die Zahlen seien, wie Kämmerer Uwe Brandt betonte, „deutlich besser als erwartet“.",
   "Die Opposition im Stadtparlament fordert, das Geld in Schulen zu stecken. Ihr Fraktionschef Martin Kranz sagte: „Die Toiletten in manchen Schulen sind eine Zumutung.“ Brandt entgegnete, man werde „jeden Euro zweimal umdrehen“."],
  [("deutlich besser als erwartet", "Kämmerer Uwe Brandt", "betonte"),
   ("Die Toiletten in manchen Schulen sind eine Zumutung.", "Ihr Fraktionschef Martin Kranz", "sagte"),
   ("jeden Euro zweimal umdrehen", "Brandt", "entgegnete")])

# -- Articles 31-38 were written after the run of 23-30 and annotated before running the stage on
# them: sources in nouns of speech, datives and subordinate clauses around the cue, and titles of
# programmes, books and operations next to verbs of speech.

# 31 river pollution: a genitive after a noun of speech before a colon, a programme title after "sagte"
A(["Fischsterben in der Werra",
   "In der Werra bei Eschwege sind Tausende tote Fische gefunden worden. Das Fazit des Umweltamts nach den ersten Messungen: „Der Sauerstoffgehalt war in der Nacht dramatisch gesunken.“",
   "Der Fischereiverband sprach in der Sendung „Hessen aktuell“ von einer „ökologischen Katastrophe“. Die Ursache ist noch unklar."],
  [("Der Sauerstoffgehalt war in der Nacht dramatisch gesunken.", "des Umweltamts", "Fazit"),
   ("ökologischen Katastrophe", "Der Fischereiverband", "sprach")])

# 32 factory visit: a subordinate clause before the cue with a pronoun subject, a dative before the subject
A(["Ministerpräsident besucht Chipfabrik",
   "Ministerpräsident Georg Wendt hat am Dienstag die neue Chipfabrik in Itzehoe besucht. Als er die Reinräume betrat, rief er: „Das ist Zukunft, die man anfassen kann!“",
   "Den Journalisten erklärte der Werksleiter Tom Riedel anschließend: „In zwei Jahren wollen wir hier 1200 Menschen beschäftigen.“"],
  [("Das ist Zukunft, die man anfassen kann!", "er", "rief"),
   ("In zwei Jahren wollen wir hier 1200 Menschen beschäftigen.", "der Werksleiter Tom Riedel", "erklärte")])

# 33 theatre: the cue after the quotation with a thought verb, a reading from a book with its title
A(["Autor liest in Bamberg",
   "Der Schriftsteller Jonas Feld hat am Donnerstag in der Bamberger Stadtbücherei aus seinem Roman „Die letzte Fähre“ gelesen. Rund 150 Zuhörer kamen.",
   "„Eine Lesung ohne Fragen aus dem Publikum ist für mich keine richtige Lesung“, findet der 44-Jährige. Deshalb nahm er sich nach der Lesung eine Stunde Zeit für Gespräche."],
  [("Eine Lesung ohne Fragen aus dem Publikum ist für mich keine richtige Lesung", "der 44-Jährige", "findet")])

# 34 police operation: an operation's name, the words "weiter" after the cue, a second source after "so"
A(["Razzia gegen Schleuserbande",
   "Bei einer Razzia unter dem Namen „Aktion Grenzland“ hat die Bundespolizei am Mittwoch zwölf Wohnungen in Sachsen durchsucht. „Wir haben umfangreiches Beweismaterial sichergestellt“, sagte ein Sprecher der Bundespolizei in Pirna.",
   "Die Bande soll mehr als 300 Menschen über die Grenze gebracht haben. „Die Schleuser haben dabei den Tod der Menschen billigend in Kauf genommen“, sagte der Sprecher weiter.",
   "Die Ermittlungen seien „noch lange nicht abgeschlossen“, so die Staatsanwaltschaft Dresden."],
  [("Wir haben umfangreiches Beweismaterial sichergestellt", "ein Sprecher der Bundespolizei in Pirna", "sagte"),
   ("Die Schleuser haben dabei den Tod der Menschen billigend in Kauf genommen", "der Sprecher", "sagte weiter"),
   ("noch lange nicht abgeschlossen", "die Staatsanwaltschaft Dresden", "so")])

# 35 vaccination: a noun of speech with a genitive as the subject, "erinnerte an", "gegenüber" a newspaper
A(["Impfquote bei Masern zu niedrig",
   "Die Impfquote bei Masern liegt in Thüringen unter dem empfohlenen Wert. Die Äußerung des Gesundheitsministers, Impfgegner seien „verantwortungslos“, sorgte im Landtag für Streit.",
   "Die Präsidentin der Landesärztekammer, Dr. Ute Rahn, erinnerte an die Pflicht der Ärzte zur Aufklärung. Gegenüber der „Thüringer Rundschau“ sagte sie: „Wir müssen mehr erklären und weniger schimpfen.“"],
  [("verantwortungslos", "des Gesundheitsministers", "Äußerung"),
   ("Wir müssen mehr erklären und weniger schimpfen.", "sie", "sagte")])

# 36 mountain rescue: question quoted from a reporter and answered, the answerer named before
A(["Bergwacht rettet Wanderer",
   "Die Bergwacht hat am Sonntag zwei Wanderer aus der Zugspitzregion gerettet. Einsatzleiter Max Gruber schilderte den Einsatz am Abend vor Reportern.",
   "„War das Leben der beiden in Gefahr?“, wollte ein Reporter wissen. „Ohne den Hubschrauber hätten sie die Nacht kaum überstanden“, antwortete Gruber.",
   "Die Wanderer waren in Turnschuhen unterwegs gewesen."],
  [("War das Leben der beiden in Gefahr?", "ein Reporter", "wissen"),
   ("Ohne den Hubschrauber hätten sie die Nacht kaum überstanden", "Gruber", "antwortete")])

# 37 harbour: an organisation named by its abbreviation in parentheses, a plural pronoun, a hashtag
A(["Hafenarbeiter legen Arbeit nieder",
   "Im Hamburger Hafen haben am Freitag rund 2000 Beschäftigte gestreikt. Die Gewerkschaft Verdi und der Betriebsrat der Hafengesellschaft (HHLA) hatten gemeinsam zum Warnstreik aufgerufen. Sie verlangen „einen echten Inflationsausgleich“.",
   "In sozialen Netzwerken verbreitete sich der Aufruf unter dem Stichwort „Hafen steht still“. Ein Sprecher des Hafenverbands nannte den Streik „völlig überzogen“."],
  [("einen echten Inflationsausgleich", "Sie", "verlangen"),
   ("völlig überzogen", "Ein Sprecher des Hafenverbands", "nannte")])

# 38 award: the source in the dative of "zufolge" after a long phrase, a speaker introduced by "Für"
A(["Preis für Kinderarzt",
   "Der Kinderarzt Samuel Okafor aus Gelsenkirchen erhält den Bürgerpreis des Landes. Der Begründung der Jury zufolge hat er sich „weit über seine Praxis hinaus“ für Familien eingesetzt.",
   "Für Okafor selbst ist der Preis eine Verpflichtung: „Ich nehme ihn für alle an, die in den Stadtteilen ehrenamtlich helfen.“"],
  [("weit über seine Praxis hinaus", "Der Begründung der Jury", "zufolge"),
   ("Ich nehme ihn für alle an, die in den Stadtteilen ehrenamtlich helfen.", "Okafor", "Für")])

# -- Articles 39-44 were written after the run of 31-38 and annotated before running the stage on
# them: attributions in the sentence after the quotation ("Diese Ansicht vertrat …", "So
# beschrieb …"), "hieß es weiter" after a document, hearsay with "soll … gesagt haben", a label
# "Zitat:", and a speaker in the passive with "durch".

# 39 rail strike: the sentence after the quotation names its source with an anaphor and any verb
A(["Bahnstreik legt Pendelverkehr lahm",
   "Der Streik der Lokführer hat am Montag den Pendelverkehr im Rhein-Main-Gebiet weitgehend lahmgelegt. „Wer heute zur Arbeit muss, braucht starke Nerven.“ So beschrieb eine Sprecherin des Verkehrsverbunds die Lage am Morgen.",
   "„Ein Streik an einem Montag trifft vor allem die, die sich kein Auto leisten können.“ Diese Ansicht vertrat auch der Fahrgastverband Pro Bahn."],
  [("Wer heute zur Arbeit muss, braucht starke Nerven.", "eine Sprecherin des Verkehrsverbunds", "beschrieb"),
   ("Ein Streik an einem Montag trifft vor allem die, die sich kein Auto leisten können.", "der Fahrgastverband Pro Bahn", "vertrat")])

# 40 company statement: "hieß es weiter" carrying the document, a second company statement
A(["Molkerei schließt Standort",
   "Die Molkerei Nordmilch schließt ihr Werk in Bremervörde. In einer Erklärung des Unternehmens heißt es, die Produktion sei „unter den heutigen Bedingungen nicht mehr wirtschaftlich“. Man werde den 140 Beschäftigten „Arbeitsplätze an anderen Standorten anbieten“, hieß es weiter.",
   "Der Landrat des Kreises Rotenburg, Marco Prietz, zeigte sich enttäuscht. „Das ist ein schwerer Schlag für die Region“, sagte er."],
  [("unter den heutigen Bedingungen nicht mehr wirtschaftlich", "einer Erklärung des Unternehmens", "heißt es"),
   ("Arbeitsplätze an anderen Standorten anbieten", "einer Erklärung des Unternehmens", "hieß es weiter"),
   ("Das ist ein schwerer Schlag für die Region", "er", "sagte")])

# 41 coach dismissed: hearsay ("soll … gesagt haben"), a report in a newspaper as its place
A(["Trainer entlassen",
   "Der Fußball-Drittligist SC Weiden hat seinen Trainer Uwe Kessler entlassen. Wie die „Oberpfalz-Zeitung“ berichtet, soll Präsident Alfred Baum in der Kabine gesagt haben: „So steigen wir ab.“",
   "Kessler selbst wollte sich nicht äußern. Sein Nachfolger wird vorerst Co-Trainer Dennis Wolf."],
  [("So steigen wir ab.", "Präsident Alfred Baum", "gesagt")])

# 42 singer: a label "Zitat:" after an introduction, the speaker named before it
A(["Sänger erinnert an ersten Auftritt",
   "Der Liedermacher Hannes Berger feiert sein 40. Bühnenjubiläum. Bei einem Konzert in Kempten erzählte er von seinem ersten Auftritt in einer Dorfkneipe. Zitat: „Da saßen sieben Leute, und drei davon waren meine Verwandten.“",
   "Das Konzert war ausverkauft."],
  [("Da saßen sieben Leute, und drei davon waren meine Verwandten.", "er", "erzählte")])

# 43 village shop: the passive with "durch" as the agent, a confirmation by a spokeswoman
A(["Dorfladen eröffnet",
   "In Hohenfels hat am Samstag ein genossenschaftlicher Dorfladen eröffnet. Das Projekt war durch den Gemeinderat als „Herzstück der Ortsentwicklung“ bezeichnet worden.",
   "Rund 300 Bürger haben Anteile gezeichnet. Eine Sprecherin der Genossenschaft bestätigte: „Wir hatten schon am ersten Tag mehr Kunden als erwartet.“"],
  [("Herzstück der Ortsentwicklung", "den Gemeinderat", "bezeichnet"),
   ("Wir hatten schon am ersten Tag mehr Kunden als erwartet.", "Eine Sprecherin der Genossenschaft", "bestätigte")])

# 44 court: two speakers in one sentence, a quotation in parentheses, a law's name
A(["Gericht kippt Verbot",
   "Das Verwaltungsgericht Gießen hat das Alkoholverbot in der Innenstadt von Marburg gekippt. Die Stadt hatte es mit dem „Schutz der öffentlichen Ordnung“ begründet, die Richter sahen dafür keine ausreichende Grundlage.",
   "Oberbürgermeister Paul Sander will Beschwerde einlegen (er sprach von einem „Fehlurteil“). Die Satzung „Sichere Innenstadt“ gilt bis zur Entscheidung nicht mehr."],
  [("Schutz der öffentlichen Ordnung", "Die Stadt", "begründet"),
   ("Fehlurteil", "er", "sprach")])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
