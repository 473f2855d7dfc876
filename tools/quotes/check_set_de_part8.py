#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Eighth part of the German quotes check set: material unlike parts 1-7.

Older volunteer news of the years 2005-2012 reads differently from the reports written so far: long
sentences with several clauses, clumsy or machine-translated word order, speakers introduced by
long appositions and relative clauses, quotations whose speaker stands only in the sentence or
paragraph before ("Der Minister zeigte sich besorgt. „…“") or after ("„…“ Das sagte X am Montag."),
sources that are statements, documents, newspapers, websites, agencies and spokespeople ("In einer
Erklärung der Polizei hieß es", "zitierte einen Beamten mit den Worten", "wie es in dem Bericht
heißt", "laut Spiegel Online"), coordinated speakers, the passive ("wurde mit den Worten zitiert"),
"so" in the middle of a quotation, quotations in parentheses, a colon after a noun phrase without a
verb ("Seine Bilanz: „…“"), several partial quotations in one sentence, and many marks that enclose
no quotation: titles of books, films, songs, shows, exhibitions, operations, laws, ships,
newspapers and campaigns, nicknames, slogans, terms, names of events and prizes, some of them right
beside a verb of speech.

All people, places and events are fictional. Annotated before running the stage on them, with the
convention of parts 4-7 (the speaker as written closest to the quotation; a pronoun stays a pronoun;
the subject of the cue, not a pronoun of the reported clause; a document, outlet or statement
named as the source is the speaker; a quotation with no attribution of its own gets the speaker of
the quotation or sentence before it).

  python3 tools/quotes/check_set_de_part8.py
"""
from checkset import write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 342

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 embezzlement trial: a judge with a long apposition, a quotation in parentheses, reported speech
# in the next sentence, a nickname and a term in marks
A(["Früherer Bürgermeister von Wiesmoor zu drei Jahren Haft verurteilt",
   "Das Landgericht Aurich hat am Donnerstag den ehemaligen Bürgermeister der Gemeinde Wiesmoor, der in der Lokalpresse jahrelang nur als „Sonnenkönig von Wiesmoor“ bezeichnet wurde, wegen Untreue in 14 Fällen zu einer Freiheitsstrafe von drei Jahren verurteilt. Der Vorsitzende Richter der 2. Großen Strafkammer, Dieter Harms, der das Verfahren seit dem Herbst des vergangenen Jahres geleitet hatte, sagte bei der Urteilsbegründung: „Der Angeklagte hat das Vertrauen der Bürger in einer Weise missbraucht, die nicht zu entschuldigen ist.“",
   "Der 61-Jährige, der während der gesamten Verhandlung geschwiegen hatte, ergriff erst am letzten Verhandlungstag das Wort (er sagte nur: „Ich habe nie etwas für mich selbst genommen.“). Die Affäre, die im Ort unter dem Namen „Rathausaffäre“ bekannt ist, war durch einen anonymen Brief an die Kommunalaufsicht ins Rollen gekommen.",
   "Sein Verteidiger kündigte noch im Gerichtssaal an, Revision beim Bundesgerichtshof einzulegen. Das Urteil sei „in keiner Weise nachvollziehbar“ und im Übrigen „ein politisches Signal“.",
   "Oberstaatsanwältin Meike Roloff, die vier Jahre Haft gefordert hatte, zeigte sich nach dem Urteil dennoch zufrieden. „Das Gericht ist unserer Argumentation in allen wesentlichen Punkten gefolgt.“"],
  [("Der Angeklagte hat das Vertrauen der Bürger in einer Weise missbraucht, die nicht zu entschuldigen ist.", "Der Vorsitzende Richter der 2. Großen Strafkammer, Dieter Harms, der das Verfahren seit dem Herbst des vergangenen Jahres geleitet hatte", "sagte"),
   ("Ich habe nie etwas für mich selbst genommen.", "er", "sagte"),
   ("in keiner Weise nachvollziehbar", "Sein Verteidiger", "kündigte an"),
   ("ein politisches Signal", "Sein Verteidiger", "kündigte an"),
   ("Das Gericht ist unserer Argumentation in allen wesentlichen Punkten gefolgt.", "Oberstaatsanwältin Meike Roloff, die vier Jahre Haft gefordert hatte", "zeigte sich zufrieden")])

# 2 football: the attribution in the next sentence, a magazine title, a passive quoting, a colon
# after a noun phrase, a chant, a stadium nickname, a portal as source
A(["Lindenau verliert unglücklich gegen Tabellenführer",
   "Der FC Lindenau hat am Samstag im mit 12.000 Zuschauern ausverkauften Waldstadion, das von den Anhängern seit Jahrzehnten nur „Hexenkessel“ genannt wird, gegen den Tabellenführer aus Kassel mit 1:2 verloren. „Wir haben heute gezeigt, dass wir auch gegen große Mannschaften bestehen können, auch wenn das Ergebnis am Ende nicht für uns gesprochen hat.“ Das sagte der Trainer des FC Lindenau, Marek Wolny, nach dem Spiel auf der Pressekonferenz.",
   "Der Torhüter der Gäste, der mit mehreren Paraden glänzte, wurde vom Vereinsmagazin „Blau-Weiß aktuell“ mit den Worten zitiert: „Ich habe nur meinen Job gemacht.“",
   "Kapitän Jonas Reuter ärgerte sich vor allem über zwei vergebene Chancen in der ersten Halbzeit. Seine Bilanz: „Ein Punkt wäre verdient gewesen, aber so ist Fußball.“ Die mitgereisten Anhänger der Kasseler skandierten nach dem Abpfiff „Nie mehr zweite Liga“.",
   "Laut dem Portal „Fußballwoche online“ soll der Verein wegen der schwachen Hinrunde bereits mit einem möglichen Nachfolger von Wolny „intensive Gespräche“ geführt haben. Der Verein dementierte dies."],
  [("Wir haben heute gezeigt, dass wir auch gegen große Mannschaften bestehen können, auch wenn das Ergebnis am Ende nicht für uns gesprochen hat.", "der Trainer des FC Lindenau, Marek Wolny", "Das sagte"),
   ("Ich habe nur meinen Job gemacht.", "Der Torhüter der Gäste, der mit mehreren Paraden glänzte", "wurde mit den Worten zitiert"),
   ("Ein Punkt wäre verdient gewesen, aber so ist Fußball.", "Kapitän Jonas Reuter", "Seine Bilanz"),
   ("Nie mehr zweite Liga", "Die mitgereisten Anhänger der Kasseler", "skandierten"),
   ("intensive Gespräche", "dem Portal „Fußballwoche online“", "laut")])

# 3 bee study: a report as source ("wie es in dem Bericht heißt"), a lead author with two
# appositions, coordinated partial quotations, a term and a project name in marks
A(["Studie: Wildbienen verschwinden schneller als angenommen",
   "Die Zahl der Wildbienenarten in Mitteleuropa ist nach einer am Mittwoch vorgestellten Untersuchung mehrerer Universitäten in den vergangenen dreißig Jahren um fast ein Viertel zurückgegangen. Wie es in dem Bericht heißt, seien die Verluste „in ihrem Ausmaß ohne Beispiel“. Die Forscher hatten im Rahmen des Projektes „BeeWatch 2010“ an über 400 Standorten Daten gesammelt.",
   "Die Leiterin der Studie, die Biologin Hanna Vesterlund von der Universität Uppsala, die seit über zwanzig Jahren das Verhalten von Wildbienen untersucht, sagte der schwedischen Nachrichtenagentur TT: „Wir haben nicht erwartet, dass der Rückgang so schnell verläuft.“ Das sogenannte „Insektensterben“ sei kein Schlagwort mehr, sondern messbar.",
   "Der Industrieverband Pflanzenschutz wies die Ergebnisse zurück und nannte die Studie „methodisch fragwürdig“ und „einseitig“. Ein Sprecher des Verbandes sagte, man werde die Daten aber „sorgfältig prüfen“."],
  [("in ihrem Ausmaß ohne Beispiel", "dem Bericht", "wie es heißt"),
   ("Wir haben nicht erwartet, dass der Rückgang so schnell verläuft.", "Die Leiterin der Studie, die Biologin Hanna Vesterlund von der Universität Uppsala, die seit über zwanzig Jahren das Verhalten von Wildbienen untersucht", "sagte"),
   ("methodisch fragwürdig", "Der Industrieverband Pflanzenschutz", "nannte"),
   ("einseitig", "Der Industrieverband Pflanzenschutz", "nannte"),
   ("sorgfältig prüfen", "Ein Sprecher des Verbandes", "sagte")])

# 4 earthquake abroad: a statement as source, a newspaper quoting an official, the speaker in the
# sentence before, an agency, an operation name and a motto in parentheses
A(["Erdbeben in Ostanatolien: Dutzende Tote befürchtet",
   "Bei einem Erdbeben der Stärke 5,9 im Osten der Türkei sind nach offiziellen Angaben mindestens 31 Menschen ums Leben gekommen. In einer Erklärung des Zivilschutzes hieß es am Abend: „Die Zahl der Toten wird voraussichtlich noch steigen, da viele Dörfer noch nicht erreicht wurden.“",
   "Die Zeitung „Kıyı Postası“ zitierte einen Beamten der Provinzverwaltung mit den Worten: „Wir hören noch Stimmen unter den Trümmern, aber uns fehlt schweres Gerät.“ Laut der Nachrichtenagentur Anka sind in der Kreisstadt Yeşilova „mindestens 40 Gebäude“ vollständig eingestürzt.",
   "Der Innenminister, der am Nachmittag mit einem Hubschrauber in das Katastrophengebiet geflogen war, zeigte sich tief erschüttert. „So eine Zerstörung habe ich in meinem Leben noch nicht gesehen.“ Die Regierung hat die Rettungsaktion „Operation Hoffnung“ ausgerufen.",
   "Auch der Rote Halbmond (Motto: „Hilfe kennt keine Grenzen“) schickte Zelte und Decken in die Region."],
  [("Die Zahl der Toten wird voraussichtlich noch steigen, da viele Dörfer noch nicht erreicht wurden.", "einer Erklärung des Zivilschutzes", "hieß es"),
   ("Wir hören noch Stimmen unter den Trümmern, aber uns fehlt schweres Gerät.", "einen Beamten der Provinzverwaltung", "zitierte mit den Worten"),
   ("mindestens 40 Gebäude", "der Nachrichtenagentur Anka", "laut"),
   ("So eine Zerstörung habe ich in meinem Leben noch nicht gesehen.", "Der Innenminister, der am Nachmittag mit einem Hubschrauber in das Katastrophengebiet geflogen war", "zeigte sich erschüttert")])

# 5 exhibition: a title of an exhibition and of a painting beside "sagte", a critic of a
# newspaper, "so" in the middle, a paragraph of quotation followed by "Das sagte …"
A(["Museum Kleve zeigt Romantiker aus Privatbesitz",
   "Das Museum Kurhaus in Kleve zeigt seit Sonntag unter dem Titel „Licht und Schatten. Malerei der Romantik am Niederrhein“ rund 120 Gemälde, von denen die meisten noch nie öffentlich zu sehen waren. Der Direktor des Museums, Paul Terhoeven, nannte die Schau „die wichtigste Ausstellung seit der Wiedereröffnung des Hauses“. Terhoeven sagte, das Bild „Der Wanderer am Abgrund“ sei über sechzig Jahre lang verschollen gewesen.",
   "Landeskulturministerin Ute Schäfer-Brinck eröffnete die Ausstellung. „Kultur ist kein Luxus“, so die Ministerin, „sondern das, was eine Gesellschaft im Innersten zusammenhält.“",
   "„Viele Besitzer haben uns ihre Bilder nur unter der Bedingung geliehen, dass ihr Name nicht genannt wird. Wir mussten lange Überzeugungsarbeit leisten.“",
   "Das sagte die Kuratorin Ilse Brandl am Freitag bei einer Führung für Journalisten. Der Kritiker des „Niederrhein-Kuriers“ schrieb von einer „überladenen, aber lohnenden“ Schau."],
  [("die wichtigste Ausstellung seit der Wiedereröffnung des Hauses", "Der Direktor des Museums, Paul Terhoeven", "nannte"),
   ("Kultur ist kein Luxus", "die Ministerin", "so"),
   ("sondern das, was eine Gesellschaft im Innersten zusammenhält.", "die Ministerin", "so"),
   ("Viele Besitzer haben uns ihre Bilder nur unter der Bedingung geliehen, dass ihr Name nicht genannt wird. Wir mussten lange Überzeugungsarbeit leisten.", "die Kuratorin Ilse Brandl", "Das sagte"),
   ("überladenen, aber lohnenden", "Der Kritiker des „Niederrhein-Kuriers“", "schrieb von")])

# 6 wind farm: coordinated speakers, an initiative's name, its website, a law's name, reported
# speech of "Die Gegner"
A(["Streit um Windpark spaltet Oberau",
   "Im Streit um den geplanten Windpark auf dem Hohen Kamm haben sich der Bürgermeister und die Opposition im Gemeinderat überraschend auf einen Kompromiss geeinigt. Der Bürgermeister Helmut Dreier und der Fraktionschef der Grünen, Sven Albers, erklärten am Dienstag gemeinsam: „Statt zwölf werden nur sieben Anlagen gebaut, und die Bürger werden an den Erträgen beteiligt.“",
   "Die Bürgerinitiative „Gegenwind Oberau“, die über 1.500 Unterschriften gegen das Vorhaben gesammelt hat, lehnt auch den Kompromiss ab. Die Initiative spricht auf ihrer Website von einer „Verschandelung der Landschaft“ und einem „Verrat an den Anwohnern“.",
   "Grundlage der Planung ist das sogenannte „Windenergie-Flächengesetz“ des Landes. Die Gegner hielten dem Gemeinderat bei der Sitzung am Montagabend entgegen, die Anlagen stünden „viel zu nah an den Häusern“."],
  [("Statt zwölf werden nur sieben Anlagen gebaut, und die Bürger werden an den Erträgen beteiligt.", "Der Bürgermeister Helmut Dreier und der Fraktionschef der Grünen, Sven Albers", "erklärten"),
   ("Verschandelung der Landschaft", "Die Initiative", "spricht von"),
   ("Verrat an den Anwohnern", "Die Initiative", "spricht von"),
   ("viel zu nah an den Häusern", "Die Gegner", "hielten entgegen")])

# 7 company results: a chief executive after a relative clause, a programme's name beside a cue,
# "so" with an analyst, a works council, a union's statement
A(["Maschinenbauer Hollweg schreibt rote Zahlen",
   "Der Maschinenbaukonzern Hollweg aus Heilbronn hat im abgelaufenen Geschäftsjahr einen Verlust von 48 Millionen Euro gemacht. Der Vorstandsvorsitzende des Konzerns, Ralf Obermeier, welcher erst im Januar von einem Konkurrenten aus Stuttgart gewechselt war, sprach bei der Vorlage der Zahlen von einem „Jahr des Übergangs“. Obermeier kündigte zugleich das Sparprogramm „Fit für 2015“ an, das bis zu 600 Stellen kosten könnte.",
   "„Die Zahlen sind schwächer als erwartet, aber die Richtung stimmt“, so ein Analyst der Landesbank Baden-Württemberg gegenüber der Nachrichtenagentur dpa.",
   "Der Betriebsratsvorsitzende Kurt Lämmle warnte vor einem „Kahlschlag“ in den Werken. Die IG Metall erklärte in einer Mitteilung, man werde „jeden betriebsbedingten Stellenabbau“ mit allen Mitteln bekämpfen."],
  [("Jahr des Übergangs", "Der Vorstandsvorsitzende des Konzerns, Ralf Obermeier, welcher erst im Januar von einem Konkurrenten aus Stuttgart gewechselt war", "sprach von"),
   ("Die Zahlen sind schwächer als erwartet, aber die Richtung stimmt", "ein Analyst der Landesbank Baden-Württemberg", "so"),
   ("Kahlschlag", "Der Betriebsratsvorsitzende Kurt Lämmle", "warnte"),
   ("jeden betriebsbedingten Stellenabbau", "Die IG Metall", "erklärte")])

# 8 election abroad: a state agency quoting the president, a quotation without attribution after
# one with it, observers' report, a slogan and a closed newspaper
A(["Präsident Lukaschenok erklärt sich zum Wahlsieger",
   "Nach der Präsidentenwahl in Weißrutenien hat sich Amtsinhaber Viktor Lukaschenok mit offiziell 79 Prozent der Stimmen zum Sieger erklärt. Der Präsident, der das Land seit 1994 regiert, wurde von der staatlichen Nachrichtenagentur Belta mit den Worten zitiert: „Das Volk hat gesprochen, und es hat Stabilität gewählt.“ Sein Wahlkampf hatte unter dem Slogan „Stabilität und Ordnung“ gestanden.",
   "Oppositionsführer Aleksandr Minkewitsch sprach von „massiver Fälschung“. „Wir werden nicht schweigen“, sagte er vor rund 3.000 Anhängern in der Hauptstadt. „Niemals.“ Die oppositionelle Zeitung „Narodnaja Wolja“ wurde am Wahltag von den Behörden geschlossen.",
   "Die Wahlbeobachter der OSZE stellten in ihrem vorläufigen Bericht fest, die Wahl habe „internationalen Standards in keiner Weise entsprochen“. Das US-Außenministerium erklärte in Washington, man sei „zutiefst besorgt“ über die Festnahme von Oppositionellen."],
  [("Das Volk hat gesprochen, und es hat Stabilität gewählt.", "Der Präsident, der das Land seit 1994 regiert", "wurde mit den Worten zitiert"),
   ("massiver Fälschung", "Oppositionsführer Aleksandr Minkewitsch", "sprach von"),
   ("Wir werden nicht schweigen", "er", "sagte"),
   ("Niemals.", "er", None),
   ("internationalen Standards in keiner Weise entsprochen", "Die Wahlbeobachter der OSZE", "stellten fest"),
   ("zutiefst besorgt", "Das US-Außenministerium", "erklärte")])

# 9 administrative court: a judgement as source, a plaintiff with a pub name inside his
# apposition, a statement of an association after the quotation, a campaign name
A(["Gericht bestätigt Rauchverbot in Eckkneipen",
   "Das Verwaltungsgericht Bayreuth hat die Klage eines Gastwirts gegen das Rauchverbot in Gaststätten abgewiesen. In dem Urteil heißt es, das Verbot sei „verhältnismäßig“ und diene dem Schutz „überragend wichtiger Gemeinschaftsgüter“.",
   "Der Kläger, ein 54 Jahre alter Gastwirt aus Bamberg, der seine Kneipe „Zum Anker“ seit über 30 Jahren betreibt, zeigte sich enttäuscht: „Damit ist mein Lebenswerk kaputt. Meine Stammgäste kommen nicht mehr.“",
   "Der Nichtraucherbund begrüßte die Entscheidung. „Endlich können auch Kellner ohne Qualm arbeiten“, hieß es in einer Stellungnahme des Verbandes, der seit Jahren die Kampagne „Rauchfrei genießen“ unterstützt."],
  [("verhältnismäßig", "dem Urteil", "heißt es"),
   ("überragend wichtiger Gemeinschaftsgüter", "dem Urteil", "heißt es"),
   ("Damit ist mein Lebenswerk kaputt. Meine Stammgäste kommen nicht mehr.", "Der Kläger, ein 54 Jahre alter Gastwirt aus Bamberg, der seine Kneipe „Zum Anker“ seit über 30 Jahren betreibt", "zeigte sich enttäuscht"),
   ("Endlich können auch Kellner ohne Qualm arbeiten", "einer Stellungnahme des Verbandes", "hieß es")])

# 10 ferry accident: a ship's name in reported speech of a company, "so der Sprecher" after a
# partial quotation, a survivor telling a newspaper
A(["Fähre vor Norwegen gekentert – zwei Vermisste",
   "Vor der Küste Westnorwegens ist in der Nacht zum Dienstag die Autofähre „Nordstern II“ in schwerer See gekentert. Die Reederei teilte mit, die „Nordstern II“ sei erst im Frühjahr technisch überprüft worden. Von den 86 Passagieren und Besatzungsmitgliedern werden noch zwei vermisst.",
   "Ein Sprecher der Küstenwache sagte: „Die Wellen waren bis zu acht Meter hoch, die Bergung war extrem gefährlich.“ Die Suche nach den Vermissten werde fortgesetzt, „solange es noch Hoffnung gibt“, so der Sprecher.",
   "Ein Überlebender schilderte der Zeitung „Kystposten“ die Nacht: „Es ging alles so schnell. Plötzlich lag das Schiff auf der Seite, und das Wasser kam durch die Türen.“"],
  [("Die Wellen waren bis zu acht Meter hoch, die Bergung war extrem gefährlich.", "Ein Sprecher der Küstenwache", "sagte"),
   ("solange es noch Hoffnung gibt", "der Sprecher", "so"),
   ("Es ging alles so schnell. Plötzlich lag das Schiff auf der Seite, und das Wasser kam durch die Türen.", "Ein Überlebender", "schilderte")])

# 11 film festival: a film title, a prize's name, a director with a relative clause and the
# quotation in the next sentence, the jury's statement, a TV show
A(["Österreichischer Film gewinnt in Locarno",
   "Der Spielfilm „Die Stille nach dem Sturm“ der österreichischen Regisseurin Agnes Pichler hat beim Filmfestival von Locarno den „Preis der Jury“ gewonnen. Die Regisseurin, die 1971 in Graz geboren wurde und lange als Dokumentarfilmerin arbeitete, bedankte sich in ihrer Rede bei den Darstellerinnen. „Dieser Preis gehört den Frauen, die mir ihre Geschichten anvertraut haben.“",
   "In der Begründung der Jury heißt es: „Ein leiser Film, der lange nachhallt und nie belehrt.“ Der Film soll im Herbst in die Kinos kommen; das Fernsehmagazin „Bildschirm extra“ zeigt am Sonntag einen Bericht über die Dreharbeiten."],
  [("Dieser Preis gehört den Frauen, die mir ihre Geschichten anvertraut haben.", "Die Regisseurin, die 1971 in Graz geboren wurde und lange als Dokumentarfilmerin arbeitete", "bedankte sich"),
   ("Ein leiser Film, der lange nachhallt und nie belehrt.", "der Begründung der Jury", "heißt es")])

# 12 flood: a nickname of the flood, a fire brigade on Facebook, a paragraph of quotation and
# the speaker in the next paragraph, "Seine Bilanz:" with the owner named sentences before
A(["Hochwasser in Grimmen: Altstadt überflutet",
   "Nach tagelangen Regenfällen ist die Trebel in Grimmen über die Ufer getreten und hat große Teile der Altstadt überflutet. Das Hochwasser, das inzwischen in der Region den Beinamen „Sintflut von Grimmen“ trägt, hat nach ersten Schätzungen Schäden von über zehn Millionen Euro verursacht.",
   "Die Freiwillige Feuerwehr Grimmen schrieb auf ihrer Facebook-Seite: „Bitte bleibt den Deichen fern und behindert die Einsatzkräfte nicht.“",
   "„Die Menschen hier haben in den letzten Tagen Unglaubliches geleistet. Ohne die Hilfe der Nachbarn wären noch viel mehr Keller vollgelaufen.“",
   "Das sagte Landrat Ralf Drescher am Montag bei einem Besuch in der Stadt. Der Landrat, der selbst in Grimmen wohnt, versprach schnelle Hilfe. Seine Bilanz: „Wir haben Glück im Unglück gehabt, es ist niemand verletzt worden.“"],
  [("Bitte bleibt den Deichen fern und behindert die Einsatzkräfte nicht.", "Die Freiwillige Feuerwehr Grimmen", "schrieb"),
   ("Die Menschen hier haben in den letzten Tagen Unglaubliches geleistet. Ohne die Hilfe der Nachbarn wären noch viel mehr Keller vollgelaufen.", "Landrat Ralf Drescher", "Das sagte"),
   ("Wir haben Glück im Unglück gehabt, es ist niemand verletzt worden.", "Der Landrat, der selbst in Grimmen wohnt", "Seine Bilanz")])

# 13 space probe: a probe's and an earlier mission's name, an agency after the quotation, a
# project leader with a mission name in her relative clause, Spiegel Online as source
A(["Raumsonde „Polaris-3“ erfolgreich gestartet",
   "Die europäische Raumsonde „Polaris-3“ ist am Donnerstag vom Weltraumbahnhof Kourou aus zu ihrer sieben Jahre dauernden Reise zum Jupitermond Europa aufgebrochen. „Alle Systeme arbeiten normal“, teilte die Raumfahrtagentur ESA am Abend in Darmstadt mit.",
   "Projektleiterin Karin Vogt, die bereits an der Mission „Rosetta“ mitgearbeitet hatte, sagte: „Nach zwölf Jahren Vorbereitung ist das ein sehr emotionaler Moment für das ganze Team.“ Laut Spiegel Online kostet die Mission „rund 900 Millionen Euro“."],
  [("Alle Systeme arbeiten normal", "die Raumfahrtagentur ESA", "teilte mit"),
   ("Nach zwölf Jahren Vorbereitung ist das ein sehr emotionaler Moment für das ganze Team.", "Projektleiterin Karin Vogt, die bereits an der Mission „Rosetta“ mitgearbeitet hatte", "sagte"),
   ("rund 900 Millionen Euro", "Spiegel Online", "laut")])

# 14 banking crisis abroad (translated): coordinated agencies, a newspaper quoting an official,
# a minister questioned on TV, a term in marks
A(["Irische Regierung rettet Anglo Bank",
   "Die Regierung in Dublin hat die angeschlagene Anglo Bank vollständig verstaatlicht. Der Finanzminister, der am Sonntagabend in einem Interview mit dem Fernsehsender RTÉ befragt wurde, sagte: „Wir hatten keine andere Wahl, als die Bank zu übernehmen, weil sonst das gesamte Bankensystem gefährdet gewesen wäre.“",
   "Die Ratingagenturen Moody's und Standard & Poor's stuften die Kreditwürdigkeit des Landes herab und sprachen von „erheblichen Risiken für die öffentlichen Finanzen“. Die faulen Kredite sollen in eine sogenannte „Bad Bank“ ausgelagert werden.",
   "Die „Irish Times“ zitierte einen hochrangigen Beamten des Finanzministeriums mit den Worten: „Wir stehen am Rand des Abgrunds.“"],
  [("Wir hatten keine andere Wahl, als die Bank zu übernehmen, weil sonst das gesamte Bankensystem gefährdet gewesen wäre.", "Der Finanzminister, der am Sonntagabend in einem Interview mit dem Fernsehsender RTÉ befragt wurde", "sagte"),
   ("erheblichen Risiken für die öffentlichen Finanzen", "Die Ratingagenturen Moody's und Standard & Poor's", "sprachen von"),
   ("Wir stehen am Rand des Abgrunds.", "einen hochrangigen Beamten des Finanzministeriums", "zitierte mit den Worten")])

# 15 skiing: a nickname with "genannt", a slope's name, a quotation continued without cue, a
# coach quoted in the passive, the runner-up in an apposition
A(["Sensationssieg für 22-jährige Kärntnerin",
   "Die erst 22 Jahre alte Kärntnerin Lisa Moser, die von ihren Teamkolleginnen nur „Flitzi“ genannt wird, hat am Samstag auf der Piste „Olympia Nord“ in Cortina überraschend ihr erstes Weltcuprennen gewonnen. „Ich kann es noch gar nicht glauben“, sagte die 22-Jährige im Ziel dem Fernsehsender ORF. „Das ist der schönste Tag meines Lebens.“",
   "Ihr Trainer wurde in der Kronen Zeitung mit den Worten zitiert: „Sie ist die Zukunft des österreichischen Skisports.“ Die Zweitplatzierte, die Schweizerin Corinne Baumann, meinte: „Heute war sie einfach besser, da gibt es nichts zu diskutieren.“"],
  [("Ich kann es noch gar nicht glauben", "die 22-Jährige", "sagte"),
   ("Das ist der schönste Tag meines Lebens.", "die 22-Jährige", "sagte"),
   ("Sie ist die Zukunft des österreichischen Skisports.", "Ihr Trainer", "wurde mit den Worten zitiert"),
   ("Heute war sie einfach besser, da gibt es nichts zu diskutieren.", "Die Zweitplatzierte, die Schweizerin Corinne Baumann", "meinte")])

# 16 swimming pool: "so" in the middle, a petition's name, a partial quotation in parentheses,
# two partial quotations of a parliamentary group
A(["Stadtbad Gelsenbrück soll schließen",
   "Die Stadt Gelsenbrück will ihr über hundert Jahre altes Stadtbad zum Jahresende schließen. „Wir haben schlicht kein Geld mehr“, so Kämmerer Bernd Lütke, „und das Bad verliert jedes Jahr 800.000 Euro.“",
   "Die Unterschriftenaktion „Rettet das Stadtbad“ hat bereits über 4.000 Unterschriften gesammelt. Die Schwimmvereine der Stadt (ihr Sprecher sprach von einem „schwarzen Tag für den Sport“) wollen notfalls klagen.",
   "Die SPD-Fraktion im Stadtrat nannte die Pläne „kurzsichtig“ und „sozial ungerecht“."],
  [("Wir haben schlicht kein Geld mehr", "Kämmerer Bernd Lütke", "so"),
   ("und das Bad verliert jedes Jahr 800.000 Euro.", "Kämmerer Bernd Lütke", "so"),
   ("schwarzen Tag für den Sport", "ihr Sprecher", "sprach von"),
   ("kurzsichtig", "Die SPD-Fraktion im Stadtrat", "nannte"),
   ("sozial ungerecht", "Die SPD-Fraktion im Stadtrat", "nannte")])

# 17 murder trial abroad (translated): an agency naming the speaker, a prosecutor after a long
# relative clause, a media headline name, a colon after a noun phrase
A(["Italien: Lebenslange Haft im Fall der Lehrerin von Riva",
   "Ein Schwurgericht in Trient hat eine 38 Jahre alte Frau wegen Mordes an ihrem Ehemann zu lebenslanger Haft verurteilt. Der Fall, der in Italien als „Mord am Gardasee“ monatelang die Schlagzeilen beherrschte, hatte großes Aufsehen erregt. Nach Angaben der Nachrichtenagentur ANSA sagte die Angeklagte vor der Urteilsverkündung: „Ich habe ihn geliebt, ich habe ihn nicht getötet.“",
   "Die Staatsanwältin, die in ihrem mehr als fünfstündigen Plädoyer die Indizien noch einmal Stück für Stück aufgezählt hatte, bezeichnete die Tat als „kaltblütig geplant“. Der Anwalt der Familie des Opfers: „Heute ist kein Tag zur Freude, aber ein Tag der Gerechtigkeit.“"],
  [("Ich habe ihn geliebt, ich habe ihn nicht getötet.", "die Angeklagte", "sagte"),
   ("kaltblütig geplant", "Die Staatsanwältin, die in ihrem mehr als fünfstündigen Plädoyer die Indizien noch einmal Stück für Stück aufgezählt hatte", "bezeichnete als"),
   ("Heute ist kein Tag zur Freude, aber ein Tag der Gerechtigkeit.", "Der Anwalt der Familie des Opfers", None)])

# 18 protests abroad: chants, an anonymous spokesman with a relative clause, a report title
# beside "forderte", a website as source
A(["Tote bei Protesten in Sarabad",
   "Bei Protesten gegen die Regierung sind in der Hauptstadt Sarabad nach Angaben von Krankenhäusern mindestens sieben Menschen getötet worden. Tausende Demonstranten zogen am Freitag vor den Präsidentenpalast und riefen „Freiheit“ und „Nieder mit der Regierung“.",
   "Ein Polizeisprecher, der nicht namentlich genannt werden wollte, sagte der Nachrichtenagentur AFP, man habe „nur auf Angriffe reagiert“. Die Menschenrechtsorganisation Amnesty International forderte in einem Bericht mit dem Titel „Schüsse in der Nacht“ eine unabhängige Untersuchung.",
   "Laut der regierungsnahen Website Al-Wasat Online handelt es sich bei den Demonstranten um „vom Ausland bezahlte Provokateure“."],
  [("Freiheit", "Tausende Demonstranten", "riefen"),
   ("Nieder mit der Regierung", "Tausende Demonstranten", "riefen"),
   ("nur auf Angriffe reagiert", "Ein Polizeisprecher, der nicht namentlich genannt werden wollte", "sagte"),
   ("vom Ausland bezahlte Provokateure", "der regierungsnahen Website Al-Wasat Online", "laut")])

# 19 medical study: a press release as source, a doctor in the sentence before, a patient with a
# relative clause, a drug's working title, a TV show
A(["Neue Therapie gegen Hautkrebs macht Hoffnung",
   "Ärzte der Universitätsklinik Tübingen haben eine neue Therapie gegen schwarzen Hautkrebs erprobt, die mit dem Medikament mit dem Arbeitstitel „RX-17“ arbeitet. In einer Pressemitteilung der Universitätsklinik heißt es, die Therapie sei „ein wichtiger Schritt, aber noch kein Durchbruch“.",
   "Oberarzt Michael Sand warnte in der Sendung „Gesundheit am Abend“ vor zu großen Hoffnungen. „Wir reden hier über 40 Patienten. Das ist ein Anfang, mehr nicht.“",
   "Eine Patientin, die an der Studie teilgenommen hatte, erzählte: „Nach drei Monaten waren die Metastasen kleiner geworden. Ich habe zum ersten Mal seit Jahren wieder Pläne gemacht.“"],
  [("ein wichtiger Schritt, aber noch kein Durchbruch", "einer Pressemitteilung der Universitätsklinik", "heißt es"),
   ("Wir reden hier über 40 Patienten. Das ist ein Anfang, mehr nicht.", "Oberarzt Michael Sand", "warnte"),
   ("Nach drei Monaten waren die Metastasen kleiner geworden. Ich habe zum ersten Mal seit Jahren wieder Pläne gemacht.", "Eine Patientin, die an der Studie teilgenommen hatte", "erzählte")])

# 20 forest fire: a quotation followed by "Mit diesen Worten beschrieb X", a declared state of
# emergency in marks, the fire brigade as source, a commissioner
A(["Waldbrände auf dem Peloponnes außer Kontrolle",
   "Auf der griechischen Halbinsel Peloponnes wüten seit Tagen schwere Waldbrände. Die Regierung in Athen rief für drei Provinzen den „Notstand“ aus.",
   "„Das Feuer kam über den Hügel wie eine Wand. Wir hatten zehn Minuten, um das Dorf zu verlassen.“ Mit diesen Worten beschrieb der Bürgermeister des Dorfes Kalavria, Nikos Papadakis, die Nacht zum Mittwoch.",
   "Nach Angaben der Feuerwehr waren „mehr als 800 Einsatzkräfte“ und 20 Löschflugzeuge im Einsatz. EU-Kommissarin Mette Lund sicherte dem Land Hilfe zu: „Europa lässt Griechenland in dieser Lage nicht allein.“"],
  [("Das Feuer kam über den Hügel wie eine Wand. Wir hatten zehn Minuten, um das Dorf zu verlassen.", "der Bürgermeister des Dorfes Kalavria, Nikos Papadakis", "Mit diesen Worten beschrieb"),
   ("mehr als 800 Einsatzkräfte", "der Feuerwehr", "Nach Angaben"),
   ("Europa lässt Griechenland in dieser Lage nicht allein.", "EU-Kommissarin Mette Lund", "sicherte zu")])

# 21 pop music: a magazine beside the cue, a single's title beside a "so" attribution, a tour
# name after "teilte mit", a critic naming the album
A(["Mira Hollenstein meldet sich mit neuem Album zurück",
   "Nach fünf Jahren Pause veröffentlicht die Schweizer Sängerin Mira Hollenstein am Freitag ihr viertes Album „Zwischen den Zeilen“. Im Gespräch mit dem Musikmagazin „Klangwelt“ sagte die Sängerin: „Ich musste erst wieder lernen, dass Musik nicht perfekt sein muss.“",
   "Die erste Single „Nachtzug“ sei, so Hollenstein, „das persönlichste Lied, das ich je geschrieben habe“. Die Plattenfirma teilte mit, die Tournee „Zwischen den Zeilen live“ sei bereits in mehreren Städten ausverkauft.",
   "Der Kritiker des Stadtanzeigers nannte das Album „mutig, aber unausgegoren“."],
  [("Ich musste erst wieder lernen, dass Musik nicht perfekt sein muss.", "die Sängerin", "sagte"),
   ("das persönlichste Lied, das ich je geschrieben habe", "Hollenstein", "so"),
   ("mutig, aber unausgegoren", "Der Kritiker des Stadtanzeigers", "nannte")])

# 22 referendum: a speaker named only in the paragraph before, an expert opinion as source
# ("Darin heißt es", the adverb as written, as in parts 2 and 4), a project's name
A(["Bürgerentscheid über Neue Mitte in Plauen",
   "Die Bürger von Plauen stimmen am Sonntag über das umstrittene Bauprojekt „Neue Mitte 2020“ ab, für das die Stadt Kredite von 35 Millionen Euro aufnehmen müsste. Die Stadtverwaltung verweist auf ein Gutachten. Darin heißt es: „Ohne die Neugestaltung wird die Innenstadt weiter an Kaufkraft verlieren.“",
   "Ganz anders sieht das die Vorsitzende des Bundes der Steuerzahler in Sachsen, Gudrun Seifert.",
   "„Eine Stadt mit so hohen Schulden darf sich keine Prestigeprojekte leisten. Das Geld fehlt am Ende bei den Schulen und Kindergärten.“"],
  [("Ohne die Neugestaltung wird die Innenstadt weiter an Kaufkraft verlieren.", "Darin", "heißt es"),
   ("Eine Stadt mit so hohen Schulden darf sich keine Prestigeprojekte leisten. Das Geld fehlt am Ende bei den Schulen und Kindergärten.", "die Vorsitzende des Bundes der Steuerzahler in Sachsen, Gudrun Seifert", None)])

# 23 airport strike: a joint call as source after the quotation, a partial quotation of a
# spokesman, a traveller with a relative clause telling a radio station, a name of the strike day
A(["Warnstreik legt Flughafen Hannover lahm",
   "Ein Warnstreik des Bodenpersonals hat am Montag den Flughafen Hannover weitgehend lahmgelegt. Die Gewerkschaften Verdi und dbb hatten gemeinsam zu dem Ausstand aufgerufen, den sie „Aktionstag für faire Löhne“ nennen. „Die Beschäftigten arbeiten seit Jahren am Limit, während die Gewinne steigen“, hieß es in einem gemeinsamen Aufruf.",
   "Ein Sprecher des Flughafens nannte den Streik „völlig unverhältnismäßig“. Eine Reisende aus Köln, die mit ihren zwei Kindern nach Mallorca fliegen wollte, sagte dem Radiosender NDR 2: „Wir sitzen hier seit sechs Uhr, und keiner sagt uns etwas.“"],
  [("Die Beschäftigten arbeiten seit Jahren am Limit, während die Gewinne steigen", "einem gemeinsamen Aufruf", "hieß es"),
   ("völlig unverhältnismäßig", "Ein Sprecher des Flughafens", "nannte"),
   ("Wir sitzen hier seit sechs Uhr, und keiner sagt uns etwas.", "Eine Reisende aus Köln, die mit ihren zwei Kindern nach Mallorca fliegen wollte", "sagte")])

# 24 treaty: the treaty's name, its text as source, a minister after a relative clause, "Sein
# Amtskollege", a quotation of a party leader in parentheses
A(["Grenzvertrag zwischen Nachbarstaaten unterzeichnet",
   "Nach über zwanzig Jahren Streit haben Makedonia und Albanon am Samstag in Ohrid einen Grenzvertrag unterzeichnet, der als „Abkommen von Ohrid“ in die Geschichte eingehen soll. Im Vertragstext heißt es wörtlich: „Beide Seiten verzichten für alle Zeit auf Gebietsansprüche gegenüber der anderen Seite.“",
   "Außenminister Dimitar Kolev, der die Verhandlungen über Jahre geführt hatte, sprach von einem „historischen Tag für den ganzen Balkan“. Sein Amtskollege Arben Hoxha äußerte sich vorsichtiger: „Ein Vertrag ist nur so gut wie der Wille, ihn einzuhalten.“",
   "Die nationalistische Opposition (ihr Vorsitzender nannte das Abkommen „Verrat“) kündigte für die kommende Woche Proteste an."],
  [("Beide Seiten verzichten für alle Zeit auf Gebietsansprüche gegenüber der anderen Seite.", "Vertragstext", "heißt es"),
   ("historischen Tag für den ganzen Balkan", "Außenminister Dimitar Kolev, der die Verhandlungen über Jahre geführt hatte", "sprach von"),
   ("Ein Vertrag ist nur so gut wie der Wille, ihn einzuhalten.", "Sein Amtskollege Arben Hoxha", "äußerte sich"),
   ("Verrat", "ihr Vorsitzender", "nannte")])

# 25 software update: a website as source, a portal as source in a "wie … berichtet" clause, a
# product's name, a data protection officer with two partial quotations
A(["Fehlerhaftes Update legt Tausende Rechner lahm",
   "Ein fehlerhaftes Update der Bürosoftware „Cumulus 3.0“ hat am Dienstag in zahlreichen Behörden und Unternehmen zu Ausfällen geführt. Auf der Website des Herstellers heißt es: „Wir bedauern die Unannehmlichkeiten und arbeiten mit Hochdruck an einer Lösung.“",
   "Das Update habe, wie das Portal Netzwelt24 berichtet, vor allem in Stadtverwaltungen zu „massiven Problemen“ geführt.",
   "Der Landesdatenschutzbeauftragte, Hartmut Kiefer, sagte, er habe „erhebliche Bedenken“ gegen die automatische Installation und werde den Hersteller „zeitnah“ anschreiben."],
  [("Wir bedauern die Unannehmlichkeiten und arbeiten mit Hochdruck an einer Lösung.", "der Website des Herstellers", "heißt es"),
   ("massiven Problemen", "das Portal Netzwelt24", "wie berichtet"),
   ("erhebliche Bedenken", "Der Landesdatenschutzbeauftragte, Hartmut Kiefer", "sagte"),
   ("zeitnah", "Der Landesdatenschutzbeauftragte, Hartmut Kiefer", "sagte")])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
