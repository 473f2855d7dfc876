#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sixth part of the German quotes check set: deliberately hard WikiNews-style reports.

Parts 2-5 are easier than real news: this part has long sentences of several clauses, attribution
to media ("berichtete die BBC", "sagte er der „Süddeutschen Zeitung“", "wie die Nachrichtenagentur
dpa meldete"), quotations whose speaker is named only in the paragraph before, speakers alternating
in a debate, interview questions and answers, quotations in headlines and lists, short partial
quotations in reported speech, scare terms and titles that are not quotations, speakers with titles
and functions ("der CDU-Politiker", "ein Sprecher des Auswärtigen Amtes"), organisations, anonymous
sources ("aus Regierungskreisen hieß es"), translated statements, the passive ("wurde … zitiert")
and object-first sentences.

All people, places and events are fictional. Annotated before running the stage on them.
Convention (as in parts 4 and 5): the speaker as written closest to the quotation (a pronoun stays a
pronoun); a quotation with no attribution of its own gets the speaker of the quotation before it as
written there, or the person the paragraph is about. A short quoted stretch is a quotation when its
sentence reports speech (a speech verb or noun, Konjunktiv I, "laut X", "so X", "X zufolge") and a
term, title or name otherwise (and always after "sogenannte", a title noun or a name).

  python3 tools/quotes/check_set_de_part6.py
"""
from checkset import write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 297

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 interior ministry: a minister with her office, the opposition in alternation, an anonymous source
A(["Bundesinnenministerin Carla Wendt hat am Mittwoch in Berlin einen Gesetzentwurf zur Stärkung des Katastrophenschutzes vorgestellt, der nach den Überschwemmungen des vergangenen Sommers die Zusammenarbeit von Bund und Ländern neu regeln soll.",
   "„Wir haben gesehen, dass im Ernstfall zu viele Stellen nebeneinander her arbeiten“, sagte die SPD-Politikerin vor der Hauptstadtpresse. „Das darf sich nicht wiederholen.“",
   "Der innenpolitische Sprecher der Unionsfraktion, Matthias Kolberg, nannte den Entwurf „zu spät und zu zaghaft“. Die Länder würden mit den Kosten allein gelassen, kritisierte der CDU-Politiker, der selbst aus dem Hochwassergebiet stammt.",
   "Wendt wies das zurück. Der Bund übernehme künftig die Hälfte der Ausgaben für Sirenen und Warn-Apps, das sei „mehr, als jede Regierung vor uns getan hat“.",
   "Kolberg hielt dagegen: „Die Hälfte von zu wenig ist immer noch zu wenig.“",
   "Aus Regierungskreisen hieß es am Abend, man rechne mit einer Verabschiedung vor der Sommerpause. „Die Länder sind im Boot, auch wenn einige noch laut trommeln“, hieß es weiter.",
   "Die Linke-Abgeordnete Petra Ohlsen sprach in einer ersten Reaktion von einem „Gesetz für die Galerie“.",
   "Wendt reagierte am Donnerstag in der ARD auf die Kritik. „Ich lade jeden ein, bessere Vorschläge zu machen. Bisher habe ich keinen gehört.“",
   "Der Deutsche Landkreistag begrüßte den Entwurf grundsätzlich. Dessen Hauptgeschäftsführer sagte, es gebe aber „erheblichen Nachbesserungsbedarf“ bei der Finanzierung."],
  [("Wir haben gesehen, dass im Ernstfall zu viele Stellen nebeneinander her arbeiten", "die SPD-Politikerin", "sagte"),
   ("Das darf sich nicht wiederholen.", "die SPD-Politikerin", None),
   ("zu spät und zu zaghaft", "Der innenpolitische Sprecher der Unionsfraktion, Matthias Kolberg", "nannte"),
   ("mehr, als jede Regierung vor uns getan hat", "Wendt", "wies zurück"),
   ("Die Hälfte von zu wenig ist immer noch zu wenig.", "Kolberg", "hielt dagegen"),
   ("Die Länder sind im Boot, auch wenn einige noch laut trommeln", "Regierungskreisen", "hieß es"),
   ("Gesetz für die Galerie", "Die Linke-Abgeordnete Petra Ohlsen", "sprach von"),
   ("Ich lade jeden ein, bessere Vorschläge zu machen. Bisher habe ich keinen gehört.", "Wendt", "reagierte"),
   ("erheblichen Nachbesserungsbedarf", "Dessen Hauptgeschäftsführer", "sagte")])

# 2 foreign news through media: BBC, a newspaper interview, dpa, translated statements
A(["Bei schweren Unruhen in der Hauptstadt des Inselstaates Marovia sind nach Angaben der Behörden mindestens zwölf Menschen ums Leben gekommen.",
   "Wie die Nachrichtenagentur dpa unter Berufung auf das Gesundheitsministerium meldete, wurden mehr als 80 Menschen verletzt, einige davon schwer.",
   "Präsident Elias Tamaro rief in einer Fernsehansprache zur Ruhe auf. „Gewalt ist keine Antwort auf Armut“, sagte er nach einer Übersetzung des Senders. „Ich höre eure Wut, aber ich bitte euch: Geht nach Hause.“",
   "Die BBC berichtete unter Berufung auf Augenzeugen, Sicherheitskräfte hätten mit scharfer Munition in die Menge geschossen. „Sie haben einfach geschossen, ohne Warnung“, zitierte der Sender einen jungen Mann, der seinen Namen nicht nennen wollte.",
   "Ein Sprecher des Auswärtigen Amtes sagte in Berlin, man beobachte die Lage „mit großer Sorge“. Deutsche Staatsangehörige seien nach bisherigen Erkenntnissen nicht unter den Opfern.",
   "Der Oppositionsführer Jonah Mbeki sagte der „Süddeutschen Zeitung“, die Regierung habe „das Vertrauen des Volkes verspielt“. „Tamaro muss gehen, und zwar noch in diesem Jahr“, fügte er hinzu."],
  [("Gewalt ist keine Antwort auf Armut", "er", "sagte"),
   ("Ich höre eure Wut, aber ich bitte euch: Geht nach Hause.", "er", None),
   ("Sie haben einfach geschossen, ohne Warnung", "einen jungen Mann, der seinen Namen nicht nennen wollte", "zitierte"),
   ("mit großer Sorge", "Ein Sprecher des Auswärtigen Amtes", "sagte"),
   ("das Vertrauen des Volkes verspielt", "Der Oppositionsführer Jonah Mbeki", "sagte"),
   ("Tamaro muss gehen, und zwar noch in diesem Jahr", "er", "fügte hinzu")])

# 3 council debate: alternating speakers, speaker named only in the paragraph before
A(["Im Stadtrat von Hellwangen ist es am Dienstagabend zu einer hitzigen Debatte über die geplante Schließung des Hallenbades am Mühlenweg gekommen.",
   "Oberbürgermeister Frank Teuber (parteilos) verteidigte die Pläne der Verwaltung mit Verweis auf die Haushaltslage.",
   "„Wir können uns zwei Bäder schlicht nicht mehr leisten. Jede Sanierung würde uns mindestens elf Millionen Euro kosten, und das Geld haben wir nicht.“",
   "Die Fraktionschefin der Grünen, Miriam Adebayo, widersprach scharf. „Sie sparen an den Kindern, die schwimmen lernen sollen“, rief sie in den Saal.",
   "„Das ist unredlich, Frau Adebayo“, entgegnete Teuber. „Ihre Fraktion hat dem Haushalt im Frühjahr selbst zugestimmt.“",
   "„Aber nicht der Schließung eines Bades!“, rief Adebayo zurück.",
   "Der FDP-Stadtrat Günther Hensel schlug vor, einen privaten Betreiber zu suchen. Die Stadt habe das in der Vergangenheit „nie ernsthaft versucht“.",
   "Eine Entscheidung soll in der Sitzung am 14. März fallen.",
   "Nach der Sitzung zeigte sich Teuber enttäuscht vom Ton der Debatte. „Man kann unterschiedlicher Meinung sein, aber man muss dem anderen nicht gleich böse Absichten unterstellen“, sagte er der „Hellwanger Zeitung“.",
   "Adebayo kündigte an, Unterschriften für ein Bürgerbegehren zu sammeln. „Wenn der Rat nicht zuhört, dann sollen die Bürger entscheiden.“"],
  [("Wir können uns zwei Bäder schlicht nicht mehr leisten. Jede Sanierung würde uns mindestens elf Millionen Euro kosten, und das Geld haben wir nicht.", "Oberbürgermeister Frank Teuber", None),
   ("Sie sparen an den Kindern, die schwimmen lernen sollen", "sie", "rief"),
   ("Das ist unredlich, Frau Adebayo", "Teuber", "entgegnete"),
   ("Ihre Fraktion hat dem Haushalt im Frühjahr selbst zugestimmt.", "Teuber", None),
   ("Aber nicht der Schließung eines Bades!", "Adebayo", "rief"),
   ("nie ernsthaft versucht", "Der FDP-Stadtrat Günther Hensel", "schlug vor"),
   ("Man kann unterschiedlicher Meinung sein, aber man muss dem anderen nicht gleich böse Absichten unterstellen", "er", "sagte"),
   ("Wenn der Rat nicht zuhört, dann sollen die Bürger entscheiden.", "Adebayo", "kündigte an")])

# 4 interview: questions and answers, the interviewer as speaker of the questions
A(["Die Klimaforscherin Ines Haverkamp leitet seit drei Jahren das Institut für Küstenforschung in Bremerhaven. Im Gespräch mit der Wochenzeitung „Nordblick“ äußerte sie sich zu den Folgen des steigenden Meeresspiegels.",
   "Auf die Frage, ob die Deiche an der Nordsee hoch genug seien, antwortete Haverkamp: „Für die nächsten dreißig Jahre ja. Danach müssen wir über ganz andere Lösungen reden.“",
   "„Welche Lösungen meinen Sie?“, wollte die Zeitung wissen.",
   "„Es wird Orte geben, die wir aufgeben müssen. Das sagt niemand gern, aber es ist die Wahrheit.“",
   "Sie warnte zugleich vor „Katastrophenrhetorik“. Panik helfe niemandem, sagte die 52-Jährige.",
   "Auf den Einwand, die Politik handle zu langsam, sagte sie: „Das stimmt. Aber Wissenschaft kann nur beraten, entscheiden müssen die Parlamente.“",
   "„Sind Sie optimistisch?“, fragte die Zeitung zum Schluss.",
   "„Vorsichtig optimistisch. Die Technik haben wir. Was fehlt, ist der Mut“, sagte Haverkamp."],
  [("Für die nächsten dreißig Jahre ja. Danach müssen wir über ganz andere Lösungen reden.", "Haverkamp", "antwortete"),
   ("Welche Lösungen meinen Sie?", "die Zeitung", "wollte wissen"),
   ("Es wird Orte geben, die wir aufgeben müssen. Das sagt niemand gern, aber es ist die Wahrheit.", "Haverkamp", None),
   ("Katastrophenrhetorik", "Sie", "warnte"),
   ("Das stimmt. Aber Wissenschaft kann nur beraten, entscheiden müssen die Parlamente.", "sie", "sagte"),
   ("Sind Sie optimistisch?", "die Zeitung", "fragte"),
   ("Vorsichtig optimistisch. Die Technik haben wir. Was fehlt, ist der Mut", "Haverkamp", "sagte")])

# 5 headline quotes and a list of reactions
A(["Brenner: „Wir werden diese Wahl gewinnen“",
   "Die Spitzenkandidatin der Liberalen im Land, Sabine Brenner, hat sich auf dem Landesparteitag in Kornstadt kämpferisch gegeben. „Wir werden diese Wahl gewinnen, weil wir die besseren Antworten haben“, sagte sie unter dem Jubel der rund 400 Delegierten.",
   "Die Reaktionen der anderen Parteien fielen unterschiedlich aus:",
   "– Der Landesvorsitzende der Sozialdemokraten, Tim Lorenz: „Frau Brenner verwechselt Lautstärke mit Inhalt.“\n– Die Grünen-Chefin Lea Fromm: „Wer so redet, hat die Zeichen der Zeit nicht erkannt.“\n– Der Generalsekretär der Konservativen, Axel Steiner: „Wir nehmen jeden Gegner ernst, auch diesen.“",
   "Brenner wurde mit 91 Prozent der Stimmen zur Spitzenkandidatin gewählt."],
  [("Wir werden diese Wahl gewinnen", "Brenner", None),
   ("Wir werden diese Wahl gewinnen, weil wir die besseren Antworten haben", "sie", "sagte"),
   ("Frau Brenner verwechselt Lautstärke mit Inhalt.", "Der Landesvorsitzende der Sozialdemokraten, Tim Lorenz", None),
   ("Wer so redet, hat die Zeichen der Zeit nicht erkannt.", "Die Grünen-Chefin Lea Fromm", None),
   ("Wir nehmen jeden Gegner ernst, auch diesen.", "Der Generalsekretär der Konservativen, Axel Steiner", None)])

# 6 scare terms, titles and organisations beside short partial quotations
A(["Die Umweltgruppe „Blaue Zukunft“ hat am Samstag in Lübeck gegen den geplanten Ausbau des Hafens demonstriert. Nach Angaben der Polizei nahmen rund 2.000 Menschen teil, die Veranstalter sprachen von 5.000.",
   "Auf Transparenten war von einem „Hafen für Konzerne“ die Rede. Die Demonstranten, von Gegnern gern als sogenannte „Klimakleber“ verspottet, blieben friedlich.",
   "Die Sprecherin der Gruppe, Jana Krüger, warf dem Senat vor, die Bedenken der Anwohner zu ignorieren. Der Ausbau sei „ökologisch unverantwortlich und ökonomisch überflüssig“.",
   "Der Wirtschaftssenator Holger Brandt bezeichnete die Kritik dagegen als „maßlos übertrieben“. Der Hafen brauche die neuen Liegeplätze, um im Wettbewerb mit Rotterdam und Hamburg zu bestehen.",
   "Am Abend zeigte ein Programmkino in der Altstadt den Dokumentarfilm „Das letzte Watt“ über die Folgen früherer Ausbauten."],
  [("Hafen für Konzerne", "Transparenten", "war die Rede"),
   ("ökologisch unverantwortlich und ökonomisch überflüssig", "Die Sprecherin der Gruppe, Jana Krüger", "warf vor"),
   ("maßlos übertrieben", "Der Wirtschaftssenator Holger Brandt", "bezeichnete")])

# 7 court: passive citation, a judge, defence and prosecution alternating
A(["Im Prozess um den Millionenbetrug mit gefälschten Solarmodulen hat das Landgericht Essen am Freitag die beiden Hauptangeklagten zu Haftstrafen von fünf und vier Jahren verurteilt.",
   "Die Vorsitzende Richterin Ulrike Sandmann sprach in der Urteilsbegründung von „kalter Berechnung“. Die Angeklagten hätten „aus Gier gehandelt und das Vertrauen Hunderter Kunden missbraucht“.",
   "Der Verteidiger des Hauptangeklagten, Rechtsanwalt Bernd Okafor, kündigte Revision an. Das Urteil sei „in keiner Weise nachvollziehbar“, sagte er nach der Verhandlung vor Journalisten.",
   "Oberstaatsanwalt Dirk Vollmer zeigte sich dagegen zufrieden. „Das Gericht ist unserer Argumentation in allen wesentlichen Punkten gefolgt.“",
   "Einer der Geschädigten, ein Landwirt aus dem Münsterland, wurde von der „Westfälischen Rundschau“ mit den Worten zitiert: „Das Geld sehe ich nie wieder, aber wenigstens sitzen sie jetzt.“"],
  [("kalter Berechnung", "Die Vorsitzende Richterin Ulrike Sandmann", "sprach von"),
   ("aus Gier gehandelt und das Vertrauen Hunderter Kunden missbraucht", "Die Vorsitzende Richterin Ulrike Sandmann", None),
   ("in keiner Weise nachvollziehbar", "er", "sagte"),
   ("Das Gericht ist unserer Argumentation in allen wesentlichen Punkten gefolgt.", "Oberstaatsanwalt Dirk Vollmer", "zeigte sich"),
   ("Das Geld sehe ich nie wieder, aber wenigstens sitzen sie jetzt.", "Einer der Geschädigten, ein Landwirt aus dem Münsterland", "wurde zitiert")])

# 8 company news: object-first sentences, a spokesperson, an analyst through an agency
A(["Der Autozulieferer Kessler & Bahr streicht an seinem Stammsitz in Rheinfeld rund 1.200 Stellen. Das teilte das Unternehmen am Montag mit.",
   "Den Schritt begründete Vorstandschef Martin Kessler mit der schwachen Nachfrage nach Verbrennungsmotoren. „Wir müssen uns schneller verändern, als uns lieb ist“, sagte er in einer Telefonkonferenz.",
   "„Schmerzhaft, aber unvermeidlich“ nannte ein Unternehmenssprecher den Abbau auf Nachfrage.",
   "Die Gewerkschaft reagierte empört. Deren Bezirksleiterin Anke Jürgens sprach von einem „Kahlschlag mit Ansage“ und kündigte Widerstand an: „Wir werden um jeden Arbeitsplatz kämpfen.“",
   "Ein Analyst der Bankhaus-Gruppe Lemberg sagte der Nachrichtenagentur Reuters, der Abbau komme „nicht überraschend“. Die Aktie legte um drei Prozent zu.",
   "Der Betriebsratsvorsitzende Kemal Aydın sagte vor dem Werkstor, die Belegschaft sei „wütend und enttäuscht“. „Wir haben in der Krise auf Lohn verzichtet, und das ist jetzt der Dank.“",
   "Der Ministerpräsident des Landes, Hans-Peter Wolters, kündigte Gespräche mit der Konzernspitze an. Die Landesregierung werde „alles tun, um Arbeitsplätze zu halten“, erklärte die Staatskanzlei."],
  [("Wir müssen uns schneller verändern, als uns lieb ist", "er", "sagte"),
   ("Schmerzhaft, aber unvermeidlich", "ein Unternehmenssprecher", "nannte"),
   ("Kahlschlag mit Ansage", "Deren Bezirksleiterin Anke Jürgens", "sprach von"),
   ("Wir werden um jeden Arbeitsplatz kämpfen.", "Deren Bezirksleiterin Anke Jürgens", "kündigte an"),
   ("nicht überraschend", "Ein Analyst der Bankhaus-Gruppe Lemberg", "sagte"),
   ("wütend und enttäuscht", "Der Betriebsratsvorsitzende Kemal Aydın", "sagte"),
   ("Wir haben in der Krise auf Lohn verzichtet, und das ist jetzt der Dank.", "Der Betriebsratsvorsitzende Kemal Aydın", None),
   ("alles tun, um Arbeitsplätze zu halten", "die Staatskanzlei", "erklärte")])

# 9 long multi-clause sentences with the cue in the middle and at the end
A(["Nach einem Brand in einer Lagerhalle im Gewerbegebiet Süd, bei dem in der Nacht zum Sonntag ein Sachschaden von mehreren Millionen Euro entstanden war, hat die Polizei die Ermittlungen wegen des Verdachts der Brandstiftung aufgenommen.",
   "„Wir gehen derzeit davon aus, dass das Feuer an mindestens zwei Stellen gleichzeitig gelegt wurde, was auf eine vorsätzliche Tat hindeutet“, sagte ein Polizeisprecher am Sonntagmittag, ohne weitere Einzelheiten zu nennen.",
   "Der Einsatzleiter der Feuerwehr, Stadtbrandmeister Olaf Reinke, der mit rund 120 Einsatzkräften vor Ort war, berichtete, die Flammen seien bereits „meterhoch aus dem Dach geschlagen“, als die ersten Fahrzeuge eintrafen.",
   "Weil in der Halle auch Farben und Lösungsmittel gelagert wurden, die bei einem Brand giftige Gase freisetzen können, waren die Anwohner der umliegenden Straßen aufgefordert worden, Fenster und Türen geschlossen zu halten. „Eine Gefahr für die Bevölkerung bestand zu keinem Zeitpunkt“, betonte Reinke.",
   "Der Eigentümer der Halle, der Logistikunternehmer Karl Dressler, sagte, er sei „fassungslos“. Er habe keine Feinde, von denen er wisse.",
   "Die Staatsanwaltschaft bat die Bevölkerung um Hinweise. „Wer in der Nacht zwischen zwei und vier Uhr im Gewerbegebiet etwas beobachtet hat, soll sich bitte melden“, sagte Oberstaatsanwältin Petra Lindner. Jeder Hinweis könne „entscheidend sein“."],
  [("Wir gehen derzeit davon aus, dass das Feuer an mindestens zwei Stellen gleichzeitig gelegt wurde, was auf eine vorsätzliche Tat hindeutet", "ein Polizeisprecher", "sagte"),
   ("meterhoch aus dem Dach geschlagen", "Der Einsatzleiter der Feuerwehr, Stadtbrandmeister Olaf Reinke", "berichtete"),
   ("Eine Gefahr für die Bevölkerung bestand zu keinem Zeitpunkt", "Reinke", "betonte"),
   ("fassungslos", "Der Eigentümer der Halle, der Logistikunternehmer Karl Dressler", "sagte"),
   ("Wer in der Nacht zwischen zwei und vier Uhr im Gewerbegebiet etwas beobachtet hat, soll sich bitte melden", "Oberstaatsanwältin Petra Lindner", "sagte"),
   ("entscheidend sein", "Oberstaatsanwältin Petra Lindner", None)])

# 10 sport: translated statements, a coach named in the paragraph before, a newspaper as source
A(["Der norwegische Skispringer Eirik Haugland hat das Weltcupspringen in Willingen gewonnen. Mit Sprüngen auf 147 und 151 Meter verwies er den Deutschen Paul Ortner auf den zweiten Platz.",
   "„Ich habe heute einfach alles richtig gemacht“, sagte Haugland im Interview mit dem Fernsehsender ZDF auf Englisch. „Die Schanze liegt mir, und das Publikum hier ist fantastisch.“",
   "Ortner war mit seinem Ergebnis zufrieden, ärgerte sich aber über den ersten Durchgang. „Da war ich zu spät am Tisch. Sonst wäre mehr drin gewesen.“",
   "Bundestrainer Stefan Weigl lobte seinen Athleten, der nach einer Knieverletzung erst im Dezember zurückgekehrt war.",
   "„Paul ist auf dem Weg zurück an die Spitze. Wenn er so weitermacht, ist er bei der WM ein Medaillenkandidat.“",
   "Der „Kicker“ schrieb am Montag von einem „Comeback wie aus dem Bilderbuch“."],
  [("Ich habe heute einfach alles richtig gemacht", "Haugland", "sagte"),
   ("Die Schanze liegt mir, und das Publikum hier ist fantastisch.", "Haugland", None),
   ("Da war ich zu spät am Tisch. Sonst wäre mehr drin gewesen.", "Ortner", None),
   ("Paul ist auf dem Weg zurück an die Spitze. Wenn er so weitermacht, ist er bei der WM ein Medaillenkandidat.", "Bundestrainer Stefan Weigl", None),
   ("Comeback wie aus dem Bilderbuch", "Der „Kicker“", "schrieb")])

# 11 health policy: Konjunktiv partial quotes with no cue in their sentence
A(["Der Verband der Hausärzte hat vor einem Zusammenbruch der ambulanten Versorgung auf dem Land gewarnt. In vielen Kreisen seien bereits jetzt mehr als ein Viertel der Praxissitze unbesetzt, erklärte der Verbandsvorsitzende Rainer Hollmann am Donnerstag.",
   "Die Lage sei „dramatisch“. Viele Ärztinnen und Ärzte fänden keine Nachfolger, weil junge Mediziner die „Bürokratie und die Arbeitszeiten“ scheuten.",
   "Das Gesundheitsministerium wies die Darstellung zurück. Ein Sprecher sagte, die Zahl der Hausärzte sei in den vergangenen fünf Jahren sogar leicht gestiegen. Von einem Zusammenbruch könne „keine Rede sein“.",
   "Hollmann forderte unter anderem eine Landarztquote an allen Universitäten. „Wer auf Kosten der Allgemeinheit studiert, kann auch ein paar Jahre aufs Land gehen“, sagte er.",
   "Die Kassenärztliche Vereinigung unterstützte die Forderung. Ihre Vorsitzende Dr. Birgit Sommer sagte im Deutschlandfunk: „Ohne Quote werden wir die Lücken nicht schließen. Das zeigen alle Zahlen.“",
   "Der Präsident der Ärztekammer, Ludger Wessel, hält eine Quote dagegen für „Zwang, der niemandem hilft“. Besser seien höhere Honorare für Landärzte, sagte er."],
  [("dramatisch", "der Verbandsvorsitzende Rainer Hollmann", None),
   ("Bürokratie und die Arbeitszeiten", "der Verbandsvorsitzende Rainer Hollmann", None),
   ("keine Rede sein", "Ein Sprecher", None),
   ("Wer auf Kosten der Allgemeinheit studiert, kann auch ein paar Jahre aufs Land gehen", "er", "sagte"),
   ("Ohne Quote werden wir die Lücken nicht schließen. Das zeigen alle Zahlen.", "Ihre Vorsitzende Dr. Birgit Sommer", "sagte"),
   ("Zwang, der niemandem hilft", "Der Präsident der Ärztekammer, Ludger Wessel", "hält")])

# 12 science: a study as source, a researcher via a magazine, a scare term
A(["Ein internationales Forscherteam hat im Pazifik eine bisher unbekannte Tiefseekrake entdeckt, die in mehr als 4.000 Metern Tiefe lebt.",
   "Die Tiere seien „erstaunlich neugierig“ gewesen und hätten sich dem Tauchroboter mehrfach genähert, heißt es in der Studie, die im Fachjournal „Marine Biology Letters“ erschienen ist.",
   "Die Leiterin der Expedition, die Meeresbiologin Dr. Hanna Liebig vom Geomar-Institut, sagte dem Magazin „Spektrum“: „Wir wissen über die Tiefsee weniger als über die Rückseite des Mondes. Jeder Tauchgang bringt Überraschungen.“",
   "Die Forscher nannten die Art vorläufig „Casper“, nach ihrer fast durchsichtigen Haut.",
   "Liebig warnte davor, die Tiefsee für den Bergbau freizugeben, wie es einige Staaten planen. Man zerstöre sonst Lebensräume, „bevor wir sie überhaupt kennen“.",
   "Der Sprecher des Bundesforschungsministeriums, Jan Vogt, sagte, die Bundesregierung setze sich für ein Moratorium ein. „Solange wir die Folgen nicht kennen, darf es keinen Tiefseebergbau geben.“"],
  [("erstaunlich neugierig", "der Studie", "heißt es"),
   ("Wir wissen über die Tiefsee weniger als über die Rückseite des Mondes. Jeder Tauchgang bringt Überraschungen.", "Die Leiterin der Expedition, die Meeresbiologin Dr. Hanna Liebig vom Geomar-Institut", "sagte"),
   ("bevor wir sie überhaupt kennen", "Liebig", "warnte"),
   ("Solange wir die Folgen nicht kennen, darf es keinen Tiefseebergbau geben.", "Der Sprecher des Bundesforschungsministeriums, Jan Vogt", "sagte")])

# 13 press conference: question and answer, an unnamed reporter, "so X weiter"
A(["Der Trainer des Handball-Bundesligisten TSV Rotheim, Jörg Pahl, hat nach der dritten Niederlage in Folge Fehler eingeräumt.",
   "„Ich übernehme die Verantwortung. Die Mannschaft ist verunsichert, und das ist auch meine Schuld“, sagte Pahl auf der Pressekonferenz am Montag.",
   "Auf die Frage eines Reporters, ob er an Rücktritt denke, antwortete der 48-Jährige knapp: „Nein. Ich bin kein Mensch, der wegläuft.“",
   "„Und wenn der Vorstand das anders sieht?“, hakte der Reporter nach.",
   "„Dann muss der Vorstand das entscheiden, nicht ich“, so Pahl weiter.",
   "Vereinspräsident Hartmut Keller stellte sich am Abend hinter den Trainer. Pahl habe „das volle Vertrauen“ der Vereinsführung, teilte der Club mit."],
  [("Ich übernehme die Verantwortung. Die Mannschaft ist verunsichert, und das ist auch meine Schuld", "Pahl", "sagte"),
   ("Nein. Ich bin kein Mensch, der wegläuft.", "der 48-Jährige", "antwortete"),
   ("Und wenn der Vorstand das anders sieht?", "der Reporter", "hakte nach"),
   ("Dann muss der Vorstand das entscheiden, nicht ich", "Pahl", "so"),
   ("das volle Vertrauen", "der Club", "teilte mit")])

# 14 EU summit: several governments, a translated quotation, an official statement
A(["Die Staats- und Regierungschefs der Europäischen Union haben sich nach zähen Verhandlungen in Brüssel auf ein neues Hilfspaket für die Ukraine geeinigt.",
   "Der französische Präsident sagte nach Angaben seines Büros: „Europa hat heute gezeigt, dass es zusammensteht, wenn es darauf ankommt.“",
   "Ungarns Ministerpräsident hatte zuvor mit einem Veto gedroht. Sein Sprecher sagte, man habe „wichtige Zugeständnisse“ erreicht, ohne diese näher zu erläutern.",
   "Bundeskanzler Werner Falk lobte die Einigung als „starkes Signal“. Er fügte hinzu: „Niemand sollte an unserer Entschlossenheit zweifeln.“",
   "In einer gemeinsamen Erklärung des Gipfels heißt es: „Die Europäische Union wird die Ukraine so lange unterstützen, wie es nötig ist.“",
   "Der Kreml reagierte umgehend. Die Entscheidung sei „eine weitere Eskalation“, sagte ein Sprecher in Moskau laut der Agentur Interfax.",
   "Der litauische Außenminister schrieb auf der Plattform X, die Einigung sei „längst überfällig“ gewesen. „Jeder Tag des Zögerns kostet Menschenleben“, fügte er hinzu."],
  [("Europa hat heute gezeigt, dass es zusammensteht, wenn es darauf ankommt.", "Der französische Präsident", "sagte"),
   ("wichtige Zugeständnisse", "Sein Sprecher", "sagte"),
   ("starkes Signal", "Bundeskanzler Werner Falk", "lobte"),
   ("Niemand sollte an unserer Entschlossenheit zweifeln.", "Er", "fügte hinzu"),
   ("Die Europäische Union wird die Ukraine so lange unterstützen, wie es nötig ist.", "einer gemeinsamen Erklärung des Gipfels", "heißt es"),
   ("eine weitere Eskalation", "ein Sprecher in Moskau", "sagte"),
   ("längst überfällig", "Der litauische Außenminister", "schrieb"),
   ("Jeder Tag des Zögerns kostet Menschenleben", "er", "fügte hinzu")])

# 15 local news: a witness, the police, an object-first sentence with a short quotation
A(["In der Innenstadt von Grevenbach ist am Freitagnachmittag ein Linienbus gegen eine Hauswand gefahren. Zwei Fahrgäste wurden leicht verletzt.",
   "Eine Augenzeugin, die an der Haltestelle gewartet hatte, schilderte den Unfall so: „Der Bus ist plötzlich nach rechts gezogen, als hätte der Fahrer das Bewusstsein verloren. Dann hat es furchtbar gekracht.“",
   "Nach ersten Erkenntnissen der Polizei hatte der 59-jährige Fahrer einen Schwächeanfall erlitten. „Ein technischer Defekt ist nach derzeitigem Stand unwahrscheinlich“, sagte Polizeisprecherin Nadine Gröning.",
   "„Großes Glück“ hätten die Fahrgäste gehabt, sagte Gröning weiter. Zum Zeitpunkt des Unfalls seien nur vier Personen im Bus gewesen.",
   "Die Verkehrsbetriebe kündigten an, den Fall genau zu prüfen.",
   "Der Geschäftsführer der Verkehrsbetriebe, Armin Lutz, sagte am Abend: „Unsere Gedanken sind bei dem Fahrer und den Verletzten. Wir werden alles aufklären.“",
   "Die Fahrgastinitiative „Pro Bus“ forderte regelmäßige Gesundheitschecks für Busfahrer. Deren Sprecher Dieter Kuhn nannte die bisherigen Regeln „lückenhaft“."],
  [("Der Bus ist plötzlich nach rechts gezogen, als hätte der Fahrer das Bewusstsein verloren. Dann hat es furchtbar gekracht.", "Eine Augenzeugin, die an der Haltestelle gewartet hatte", "schilderte"),
   ("Ein technischer Defekt ist nach derzeitigem Stand unwahrscheinlich", "Polizeisprecherin Nadine Gröning", "sagte"),
   ("Großes Glück", "Gröning", "sagte"),
   ("Unsere Gedanken sind bei dem Fahrer und den Verletzten. Wir werden alles aufklären.", "Der Geschäftsführer der Verkehrsbetriebe, Armin Lutz", "sagte"),
   ("lückenhaft", "Deren Sprecher Dieter Kuhn", "nannte")])

# 16 party conflict: quotation split by its cue, a speaker with a function, a rebuttal
A(["Im Streit um die Rentenreform hat der Vorsitzende der Jungen Liberalen, Lukas Reimann, den eigenen Parteichef scharf angegriffen.",
   "„Wer heute die Renten erhöht, ohne zu sagen, wer das bezahlen soll“, sagte Reimann der „Rheinischen Post“, „der betrügt meine Generation.“",
   "Parteichef Christian Albers reagierte gelassen. Er schätze den Einsatz der Jugend, sagte er am Rande einer Veranstaltung in Mainz, aber der Vorwurf des Betrugs sei „völlig daneben“.",
   "Der Sozialverband VdK stellte sich hinter den Parteichef. Dessen Präsidentin Gisela Brandl sagte: „Millionen Rentnerinnen und Rentner kommen heute schon kaum über die Runden.“",
   "Reimann legte am Abend nach. In einem Beitrag auf der Plattform X schrieb er: „Ich nehme kein Wort zurück.“",
   "Aus dem Parteivorstand hieß es dazu, der Ton sei „inakzeptabel“. Man werde das Gespräch mit Reimann suchen, sagte eine Parteisprecherin. „Kritik ist erlaubt, Beleidigungen nicht.“"],
  [("Wer heute die Renten erhöht, ohne zu sagen, wer das bezahlen soll", "Reimann", "sagte"),
   ("der betrügt meine Generation.", "Reimann", "sagte"),
   ("völlig daneben", "er", "sagte"),
   ("Millionen Rentnerinnen und Rentner kommen heute schon kaum über die Runden.", "Dessen Präsidentin Gisela Brandl", "sagte"),
   ("Ich nehme kein Wort zurück.", "er", "schrieb"),
   ("inakzeptabel", "dem Parteivorstand", "hieß es"),
   ("Kritik ist erlaubt, Beleidigungen nicht.", "eine Parteisprecherin", "sagte")])

# 17 weather disaster: an agency, officials, a resident, an anonymous rescuer
A(["Nach tagelangen Regenfällen sind im Süden Italiens mehrere Flüsse über die Ufer getreten. Wie die italienische Nachrichtenagentur Ansa berichtete, mussten rund 3.000 Menschen ihre Häuser verlassen.",
   "Der Präsident der Region Kalabrien, Giuseppe Moretti, sprach von der „schlimmsten Flut seit fünfzig Jahren“ und bat die Regierung in Rom um Hilfe.",
   "„Wir haben alles verloren, das ganze Erdgeschoss stand unter Wasser“, sagte eine Bewohnerin des Dorfes San Vito der Zeitung „La Repubblica“.",
   "Ein Helfer des Zivilschutzes, der anonym bleiben wollte, kritisierte die Behörden: „Die Warnungen kamen viel zu spät. Wir hätten die Leute schon vor zwei Tagen holen müssen.“",
   "Die Regierung kündigte Soforthilfen in Höhe von 50 Millionen Euro an.",
   "Ministerpräsidentin Chiara Lombardi besuchte am Nachmittag das Katastrophengebiet. „Niemand wird allein gelassen“, versprach sie, wie der Fernsehsender RAI berichtete.",
   "Der Bürgermeister von San Vito, Marco Greco, sagte, in seinem Ort seien „mindestens 200 Häuser“ unbewohnbar. „Wir brauchen Zelte, Decken und sauberes Wasser, und zwar sofort.“"],
  [("schlimmsten Flut seit fünfzig Jahren", "Der Präsident der Region Kalabrien, Giuseppe Moretti", "sprach von"),
   ("Wir haben alles verloren, das ganze Erdgeschoss stand unter Wasser", "eine Bewohnerin des Dorfes San Vito", "sagte"),
   ("Die Warnungen kamen viel zu spät. Wir hätten die Leute schon vor zwei Tagen holen müssen.", "Ein Helfer des Zivilschutzes, der anonym bleiben wollte", "kritisierte"),
   ("Niemand wird allein gelassen", "sie", "versprach"),
   ("mindestens 200 Häuser", "Der Bürgermeister von San Vito, Marco Greco", "sagte"),
   ("Wir brauchen Zelte, Decken und sauberes Wasser, und zwar sofort.", "Der Bürgermeister von San Vito, Marco Greco", None)])

# 18 migration debate in parliament: alternating speakers, interjections, the president of parliament
A(["Im Bundestag haben sich Regierung und Opposition am Donnerstag einen heftigen Schlagabtausch über die Migrationspolitik geliefert.",
   "Der CSU-Abgeordnete Florian Huber warf der Bundesregierung „Kontrollverlust an den Grenzen“ vor. „Die Menschen erwarten, dass der Staat handelt, und nicht, dass er Arbeitskreise gründet.“",
   "Die Staatssekretärin im Innenministerium, Yasemin Demir, konterte: „Sie haben sechzehn Jahre regiert, Herr Kollege. Wo waren da Ihre Lösungen?“",
   "„Bei uns gab es wenigstens welche!“, rief Huber dazwischen.",
   "Bundestagspräsidentin Renate Klausen ermahnte beide Seiten zur Mäßigung. „Ich bitte um etwas mehr Ruhe im Saal.“",
   "Der Grünen-Politiker Jonas Weber sprach anschließend von einer „Debatte, die niemandem hilft“.",
   "Innenministerin Wendt, die der Debatte von der Regierungsbank aus folgte, sagte anschließend vor Journalisten: „Populismus löst kein einziges Problem. Wir arbeiten an Lösungen, die auch vor Gericht halten.“"],
  [("Kontrollverlust an den Grenzen", "Der CSU-Abgeordnete Florian Huber", "warf vor"),
   ("Die Menschen erwarten, dass der Staat handelt, und nicht, dass er Arbeitskreise gründet.", "Der CSU-Abgeordnete Florian Huber", None),
   ("Sie haben sechzehn Jahre regiert, Herr Kollege. Wo waren da Ihre Lösungen?", "Die Staatssekretärin im Innenministerium, Yasemin Demir", "konterte"),
   ("Bei uns gab es wenigstens welche!", "Huber", "rief"),
   ("Ich bitte um etwas mehr Ruhe im Saal.", "Bundestagspräsidentin Renate Klausen", "ermahnte"),
   ("Debatte, die niemandem hilft", "Der Grünen-Politiker Jonas Weber", "sprach von"),
   ("Populismus löst kein einziges Problem. Wir arbeiten an Lösungen, die auch vor Gericht halten.", "Innenministerin Wendt, die der Debatte von der Regierungsbank aus folgte", "sagte")])

# 19 technology: a company statement, a data protection officer, an expert via television
A(["Der Messengerdienst Chatly hat nach einem Datenleck bei mehreren Millionen Nutzern Fehler eingeräumt.",
   "„Wir bedauern den Vorfall zutiefst und entschuldigen uns bei allen Betroffenen“, hieß es in einer Stellungnahme des Unternehmens vom Dienstag.",
   "Der Landesdatenschutzbeauftragte Thomas Engel kündigte eine Prüfung an. Das Unternehmen habe die Behörde „viel zu spät“ informiert, sagte er.",
   "Der IT-Sicherheitsexperte Markus Frey sagte im Fernsehsender n-tv, das Leck sei „ein Lehrbuchbeispiel für Nachlässigkeit“. „Die Daten lagen unverschlüsselt auf einem Server, den jeder finden konnte.“",
   "Nutzer sollten vorsichtshalber ihre Passwörter ändern, rät das Bundesamt für Sicherheit in der Informationstechnik.",
   "Chatly-Gründer Lars Nyberg schrieb auf seinem Blog, er übernehme „die volle Verantwortung“. „Wir haben Fehler gemacht, und wir werden daraus lernen.“",
   "Verbraucherschützer zeigten sich skeptisch. „Solche Entschuldigungen haben wir schon oft gehört“, sagte Ramona Vieth von der Verbraucherzentrale Bundesverband."],
  [("Wir bedauern den Vorfall zutiefst und entschuldigen uns bei allen Betroffenen", "einer Stellungnahme des Unternehmens", "hieß es"),
   ("viel zu spät", "er", "sagte"),
   ("ein Lehrbuchbeispiel für Nachlässigkeit", "Der IT-Sicherheitsexperte Markus Frey", "sagte"),
   ("Die Daten lagen unverschlüsselt auf einem Server, den jeder finden konnte.", "Der IT-Sicherheitsexperte Markus Frey", None),
   ("die volle Verantwortung", "Chatly-Gründer Lars Nyberg", "schrieb"),
   ("Wir haben Fehler gemacht, und wir werden daraus lernen.", "Chatly-Gründer Lars Nyberg", None),
   ("Solche Entschuldigungen haben wir schon oft gehört", "Ramona Vieth von der Verbraucherzentrale Bundesverband", "sagte")])

# 20 farmers' protest: a spokesman named in the paragraph before, a minister via a broadcaster
A(["Mit Hunderten Traktoren haben Landwirte am Montag die Zufahrten zur Landeshauptstadt blockiert. Zu dem Protest hatte der Bauernverband aufgerufen, dessen Präsident Heinrich Lohmann die Kundgebung vor dem Landtag eröffnete.",
   "„Wir lassen uns nicht länger an der Nase herumführen. Erst streicht man uns die Subventionen, dann überzieht man uns mit Auflagen.“",
   "Die Landwirtschaftsministerin Claudia Reuß sagte dem Sender SWR, sie habe „Verständnis für den Ärger“, aber nicht für Blockaden, die Rettungswege versperrten.",
   "Lohmann wies den Vorwurf zurück. Man habe mit der Polizei „jede einzelne Route“ abgesprochen.",
   "Ein Polizeisprecher bestätigte das: „Die Kollegen vor Ort sprechen von einem weitgehend friedlichen Verlauf.“"],
  [("Wir lassen uns nicht länger an der Nase herumführen. Erst streicht man uns die Subventionen, dann überzieht man uns mit Auflagen.", "Heinrich Lohmann", None),
   ("Verständnis für den Ärger", "Die Landwirtschaftsministerin Claudia Reuß", "sagte"),
   ("jede einzelne Route", "Lohmann", "wies zurück"),
   ("Die Kollegen vor Ort sprechen von einem weitgehend friedlichen Verlauf.", "Ein Polizeisprecher", "bestätigte")])

# 21 obituary: quotations of the dead, tributes, a title and a nickname
A(["Der Schriftsteller Albrecht Wendland ist im Alter von 89 Jahren in seiner Wahlheimat Triest gestorben. Das teilte sein Verlag am Sonntag mit.",
   "Wendland wurde mit dem Roman „Die Hafenstadt“ bekannt, der in mehr als dreißig Sprachen übersetzt wurde. Kritiker nannten ihn den „Chronisten der kleinen Leute“.",
   "Er selbst hatte in einem seiner letzten Interviews gesagt: „Ich habe nie über Helden geschrieben. Mich interessieren die, die übrig bleiben.“",
   "Bundespräsident Georg Hellmann würdigte Wendland als „eine der großen Stimmen der Nachkriegsliteratur“. Seine Bücher hätten „Generationen von Lesern geprägt“.",
   "Sein langjähriger Lektor Peter Baum sagte: „Er war streng, vor allem mit sich selbst. Und er war der freundlichste Mensch, den ich kannte.“"],
  [("Chronisten der kleinen Leute", "Kritiker", "nannten"),
   ("Ich habe nie über Helden geschrieben. Mich interessieren die, die übrig bleiben.", "Er", "hatte gesagt"),
   ("eine der großen Stimmen der Nachkriegsliteratur", "Bundespräsident Georg Hellmann", "würdigte"),
   ("Generationen von Lesern geprägt", "Bundespräsident Georg Hellmann", None),
   ("Er war streng, vor allem mit sich selbst. Und er war der freundlichste Mensch, den ich kannte.", "Sein langjähriger Lektor Peter Baum", "sagte")])

# 22 strike: reported speech with short quotations and the speaker as object of "zufolge"
A(["Die Lokführergewerkschaft hat für Mittwoch einen 24-stündigen Streik im Güter- und Personenverkehr angekündigt.",
   "Gewerkschaftschef Uwe Dahlke zufolge ist das Angebot der Bahn „eine Provokation“. Die Beschäftigten seien „nicht länger bereit, sich hinhalten zu lassen“.",
   "Die Bahn nannte den Streik „völlig überzogen“. Personalvorstand Silke Arendt sagte, man habe ein Angebot vorgelegt, das „deutlich über der Inflation“ liege.",
   "Verkehrsminister Roland Heise appellierte an beide Seiten. „Ich erwarte, dass man sich an einen Tisch setzt und nicht über die Medien verhandelt.“",
   "Fahrgastverbände äußerten Unmut. „Wieder trifft es die Pendler, die nichts dafür können“, sagte der Vorsitzende von Pro Bahn, Detlef Neumann.",
   "Dahlke ließ das nicht gelten. Die Pendler wüssten sehr genau, wer schuld sei, sagte er im ZDF. „Nicht die Lokführer, sondern ein Vorstand, der sich selbst Millionen zahlt.“"],
  [("eine Provokation", "Gewerkschaftschef Uwe Dahlke", "zufolge"),
   ("nicht länger bereit, sich hinhalten zu lassen", "Gewerkschaftschef Uwe Dahlke", None),
   ("völlig überzogen", "Die Bahn", "nannte"),
   ("deutlich über der Inflation", "Personalvorstand Silke Arendt", "sagte"),
   ("Ich erwarte, dass man sich an einen Tisch setzt und nicht über die Medien verhandelt.", "Verkehrsminister Roland Heise", "appellierte"),
   ("Wieder trifft es die Pendler, die nichts dafür können", "der Vorsitzende von Pro Bahn, Detlef Neumann", "sagte"),
   ("Nicht die Lokführer, sondern ein Vorstand, der sich selbst Millionen zahlt.", "er", "sagte")])

# 23 coalition crisis: anonymous sources, a newspaper report, a minister quoted in the passive, object first
A(["In der Landesregierung von Sachsenmark wächst der Streit über den Bau einer neuen Autobahn durch das Elbtal. Wie die „Leipziger Allgemeine“ unter Berufung auf Koalitionskreise berichtete, droht der kleinere Koalitionspartner mit dem Bruch des Bündnisses.",
   "„Wenn die Autobahn kommt, ist die Koalition am Ende“, zitierte die Zeitung einen führenden Grünen-Politiker, der nicht namentlich genannt werden wollte.",
   "Verkehrsminister Klaus Rösler (CDU) wurde am Dienstag mit den Worten zitiert: „Die Region braucht diese Straße, und sie wird gebaut.“",
   "Aus der Staatskanzlei hieß es, man setze weiter auf Gespräche. „Niemand hat ein Interesse an Neuwahlen“, sagte ein Regierungssprecher.",
   "Die Grünen-Landesvorsitzende Anja Kersten nannte die Äußerungen Röslers „nicht hilfreich“. Der Minister habe „Öl ins Feuer gegossen“, sagte sie im MDR.",
   "Dem widersprach der CDU-Fraktionschef Manfred Ullrich. „Der Minister hat nur gesagt, was im Koalitionsvertrag steht. Wer das vergessen hat, sollte nachlesen.“",
   "Ministerpräsident Werner Haase äußerte sich zunächst nicht. Sein Sprecher kündigte eine Erklärung für Mittwoch an."],
  [("Wenn die Autobahn kommt, ist die Koalition am Ende", "einen führenden Grünen-Politiker, der nicht namentlich genannt werden wollte", "zitierte"),
   ("Die Region braucht diese Straße, und sie wird gebaut.", "Verkehrsminister Klaus Rösler (CDU)", "wurde zitiert"),
   ("Niemand hat ein Interesse an Neuwahlen", "ein Regierungssprecher", "sagte"),
   ("nicht hilfreich", "Die Grünen-Landesvorsitzende Anja Kersten", "nannte"),
   ("Öl ins Feuer gegossen", "sie", "sagte"),
   ("Der Minister hat nur gesagt, was im Koalitionsvertrag steht. Wer das vergessen hat, sollte nachlesen.", "der CDU-Fraktionschef Manfred Ullrich", "widersprach")])

# 24 space mission: a mission name and a spacecraft in marks, agency statements, an astronaut, translated
A(["Die europäische Raumsonde „Lyra“ hat nach einer Reise von sieben Jahren ihre Umlaufbahn um den Jupitermond Europa erreicht. Das teilte die Europäische Weltraumorganisation Esa am Freitag in Darmstadt mit.",
   "„Das ist ein historischer Tag für die europäische Raumfahrt“, sagte Esa-Generaldirektor Pieter van Dijk im Kontrollzentrum. „Wir sind dort angekommen, wo noch nie eine europäische Sonde war.“",
   "Die Flugleiterin Sandra Okoye beschrieb die letzten Minuten vor dem Bremsmanöver als „die längsten meines Lebens“. Erst nach 47 Minuten kam das Signal der Sonde an.",
   "Die Mission unter dem Namen „Eisherz“ soll klären, ob es unter dem Eispanzer des Mondes einen Ozean gibt, in dem Leben möglich wäre.",
   "Der Nasa-Wissenschaftler James Holloway, der an einem der Instrumente mitgearbeitet hat, sagte nach Angaben der Esa: „Europa ist einer der besten Orte im Sonnensystem, um nach Leben zu suchen.“",
   "Kritiker halten die Kosten von 1,6 Milliarden Euro für zu hoch. Der Haushaltsexperte der Linken, Bernd Rettig, sprach von „Prestigeprojekten für wenige“.",
   "Van Dijk ließ das nicht gelten: „Jeder Euro, den wir in die Forschung stecken, kommt doppelt zurück.“"],
  [("Das ist ein historischer Tag für die europäische Raumfahrt", "Esa-Generaldirektor Pieter van Dijk", "sagte"),
   ("Wir sind dort angekommen, wo noch nie eine europäische Sonde war.", "Esa-Generaldirektor Pieter van Dijk", None),
   ("die längsten meines Lebens", "Die Flugleiterin Sandra Okoye", "beschrieb"),
   ("Europa ist einer der besten Orte im Sonnensystem, um nach Leben zu suchen.", "Der Nasa-Wissenschaftler James Holloway, der an einem der Instrumente mitgearbeitet hat", "sagte"),
   ("Prestigeprojekten für wenige", "Der Haushaltsexperte der Linken, Bernd Rettig", "sprach von"),
   ("Jeder Euro, den wir in die Forschung stecken, kommt doppelt zurück.", "Van Dijk", "ließ nicht gelten")])

# 25 sports official under pressure: a newspaper interview, quotations across paragraphs, a spokesperson
A(["Der Präsident des Deutschen Ruderverbandes, Helmut Gerlach, hat nach Vorwürfen über Unregelmäßigkeiten bei der Vergabe von Fördergeldern seinen Rücktritt abgelehnt.",
   "„Ich habe mir nichts vorzuwerfen“, sagte Gerlach der „Frankfurter Allgemeinen Zeitung“. „Alle Zahlungen sind von den zuständigen Gremien beschlossen und geprüft worden.“",
   "Mehrere Landesverbände hatten ihn zuvor zum Rücktritt aufgefordert. Der Vorsitzende des Landesverbandes Nordrhein, Carsten Mill, sagte, Gerlach habe „jede Glaubwürdigkeit verloren“.",
   "Das Bundesinnenministerium kündigte eine Prüfung an. „Wir nehmen die Vorwürfe sehr ernst“, erklärte eine Sprecherin des Ministeriums auf Anfrage.",
   "Der Olympiasieger Tobias Brand, der im Athletenbeirat des Verbandes sitzt, forderte eine unabhängige Untersuchung. „Wir Sportler wollen wissen, wo das Geld geblieben ist. Das sind wir auch den Steuerzahlern schuldig.“"],
  [("Ich habe mir nichts vorzuwerfen", "Gerlach", "sagte"),
   ("Alle Zahlungen sind von den zuständigen Gremien beschlossen und geprüft worden.", "Gerlach", None),
   ("jede Glaubwürdigkeit verloren", "Der Vorsitzende des Landesverbandes Nordrhein, Carsten Mill", "sagte"),
   ("Wir nehmen die Vorwürfe sehr ernst", "eine Sprecherin des Ministeriums", "erklärte"),
   ("Wir Sportler wollen wissen, wo das Geld geblieben ist. Das sind wir auch den Steuerzahlern schuldig.", "Der Olympiasieger Tobias Brand, der im Athletenbeirat des Verbandes sitzt", "forderte")])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
