#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirteenth part of the German quotes check set: articles made largely of quotations.

Parts 2-12 are mostly ordinary reports with two to four quotations each. Some news articles are
built of quotations almost from the first line to the last, and there one layout handled badly
costs a whole article's speakers at once. This part has 4 to 9 quotations an article in those
layouts: interview transcripts in every form ("Wikinews:" and the interviewee's name before each
turn, first in full and then the surname; "Frage:" and "Antwort:"; initials; a label on a line of
its own; questions in plain text without a label; turns with and without marks), press reviews
("Pressestimmen": newspapers as speakers, their names in marks or not, "Die „Süddeutsche
Zeitung“ schreibt:", "„Die Welt“ meint:", "In der „Stuttgarter Zeitung“ heißt es:", a list of
papers with the city in parentheses), lists of reactions ("Reaktionen:", "Bundeskanzler X: „…“",
"– X (Partei): „…“"), a letter and a statement reproduced paragraph by paragraph (each paragraph
reopening with „, only the last closing, the author named once above), press conferences with two
or three speakers alternating by pronoun, a live ticker with times ("14:32 Uhr – Trainer X: „…“"),
a parliament protocol ("Präsident Y:", "(Beifall …)", interjections), court transcripts, and a
speech quoted at length with narrative between its parts.

All people, places, newspapers' articles and events are fictional. Annotated before running the
stage on them, with the convention of parts 4-12 (the mention the frame names, as written, with
its apposition and a party in parentheses; the object of "laut", "zufolge", "heißt es in", "von"
without the preposition; a pronoun stays a pronoun; a quotation without attribution of its own
has the source of the one before, or the person the paragraph is about as named there; a
quotation reopened in the next paragraph is two quotations, the first ending at the break; a
headline a newspaper "titelt" is a title, not a quotation). In a transcript the label before a
turn ("Wikinews:", "Lutz:", "TF:", "Frage:", "Antwort:", "Präsident Dr. Weiß:", "Angeklagter:")
is the mention that names the source, as written (part 5 annotated "Frage:" so). A labelled turn
is direct speech with or without marks (like the block after an introducing colon in the WikiNews
suite); a question in plain text with no label, in an interview whose answers carry marks, is not
a quotation.

First run (python3 tools/quotes/score_de.py NLPSH 491 -v), articles 1-21 on the stage before
this part: 134 of 149 exact, one false positive (the name „taz“ before "spottet:"), speakers 112 of
134 (108 as first annotated: the "Frage:"/"Antwort:" turns of article 2 had been given the
interviewer and the one interviewed; part 5 gives such a turn its label, and the gold now follows
it). By layout: interviews 36 of 45 found (the 8 turns without marks missed; a headline quotation
with no speaker missed), speakers 29 of 36; press reviews 14 of 14, speakers 12; reaction lists 12
of 12, speakers 12; letter and statement 15 of 15, speakers 10 ("Wir dokumentieren …:" taken for
the speaker); press conferences 15 of 15, speakers 13; live tickers 12 of 12, speakers 8 (the time
stamp before the label, "Hier berichten wir live"); parliament 7 of 13 (the protocol's turns
without marks missed), speakers 6; court 16 of 16, speakers 16; speech 7 of 7, speakers 6.
Now 148 of 149 exact (the headline stays missed), no false positive, speakers 147 of 148 (one
quotation of the speech resolved to a genitive name). Articles 22-27, written after the rules the
first run prompted: 28 of 28 exact, speakers 28 of 28.

  python3 tools/quotes/check_set_de_part13.py
"""

from checkset import PLAIN, write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 491

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 interview: "Wikinews:" and the interviewee's full name, then the surname; questions and answers in marks
A(["„Wir müssen die Innenstadt neu erfinden“",
   "Karin Lutz ist seit Mai Oberbürgermeisterin von Gelnhausen. Wikinews sprach mit ihr über leere Läden, den Busverkehr und die Schulden der Stadt.",
   "Wikinews: „Frau Lutz, in der Fußgängerzone steht jedes vierte Geschäft leer. Was wollen Sie dagegen tun?“",
   "Karin Lutz: „Wir müssen die Innenstadt neu erfinden. Der Handel allein wird sie nicht mehr füllen, also holen wir Handwerk, Kultur und Wohnungen in die Erdgeschosse.“",
   "Wikinews: „Wer soll das bezahlen?“",
   "Lutz: „Zum Teil das Land, zum Teil die Eigentümer. Wer seinen Laden jahrelang leer stehen lässt, muss mit uns reden.“",
   "Wikinews: „Die Busse fahren abends nur noch stündlich. Bleibt das so?“",
   "Lutz: „Nein. Ab dem Fahrplanwechsel fahren sie bis 22 Uhr im Halbstundentakt.“",
   "Wikinews: „Und die Schulden?“",
   "Lutz: „Die sind hoch, das bestreite ich nicht. Aber wer nur spart, spart eine Stadt kaputt.“",
   "Die Stadtverordneten beraten den Haushalt im Dezember."],
  [("Wir müssen die Innenstadt neu erfinden", None, None),
   ("Frau Lutz, in der Fußgängerzone steht jedes vierte Geschäft leer. Was wollen Sie dagegen tun?", "Wikinews", None),
   ("Wir müssen die Innenstadt neu erfinden. Der Handel allein wird sie nicht mehr füllen, also holen wir Handwerk, Kultur und Wohnungen in die Erdgeschosse.", "Karin Lutz", None),
   ("Wer soll das bezahlen?", "Wikinews", None),
   ("Zum Teil das Land, zum Teil die Eigentümer. Wer seinen Laden jahrelang leer stehen lässt, muss mit uns reden.", "Lutz", None),
   ("Die Busse fahren abends nur noch stündlich. Bleibt das so?", "Wikinews", None),
   ("Nein. Ab dem Fahrplanwechsel fahren sie bis 22 Uhr im Halbstundentakt.", "Lutz", None),
   ("Und die Schulden?", "Wikinews", None),
   ("Die sind hoch, das bestreite ich nicht. Aber wer nur spart, spart eine Stadt kaputt.", "Lutz", None)])

# 2 interview: "Frage:" and "Antwort:" with marks; the labels are the sources as written (as in part 5)
A(["Hebammen: „Wir können nicht mehr jede Frau betreuen“",
   "In Mecklenburg-Vorpommern finden immer mehr Schwangere keine Hebamme. Wikinews hat mit der Vorsitzenden des Landesverbands der Hebammen, Miriam Sander, gesprochen.",
   "Frage: „Wie groß ist der Mangel?“",
   "Antwort: „In manchen Landkreisen bekommt nur noch jede zweite Frau eine Nachsorge zu Hause. Das gab es vor zehn Jahren nicht.“",
   "Frage: „Woran liegt das?“",
   "Antwort: „An der Bezahlung und an den Wegen. Wer auf dem Land arbeitet, fährt am Tag zweihundert Kilometer und bekommt die Fahrt kaum bezahlt.“",
   "Frage: „Was fordern Sie von der Landesregierung?“",
   "Antwort: „Eine Pauschale für die Fahrten und Geld für Hebammenpraxen in den Kleinstädten. Beides kostet weniger als ein Kilometer Autobahn.“",
   "Frage: „Würden Sie jungen Frauen heute noch zu dem Beruf raten?“",
   "Antwort: „Ja, ohne zu zögern. Es ist der schönste Beruf, den ich kenne.“",
   "Das Sozialministerium hat für Januar ein Gespräch mit dem Verband angekündigt."],
  [("Wir können nicht mehr jede Frau betreuen", "Hebammen", None),
   ("Wie groß ist der Mangel?", "Frage", None),
   ("In manchen Landkreisen bekommt nur noch jede zweite Frau eine Nachsorge zu Hause. Das gab es vor zehn Jahren nicht.", "Antwort", None),
   ("Woran liegt das?", "Frage", None),
   ("An der Bezahlung und an den Wegen. Wer auf dem Land arbeitet, fährt am Tag zweihundert Kilometer und bekommt die Fahrt kaum bezahlt.", "Antwort", None),
   ("Was fordern Sie von der Landesregierung?", "Frage", None),
   ("Eine Pauschale für die Fahrten und Geld für Hebammenpraxen in den Kleinstädten. Beides kostet weniger als ein Kilometer Autobahn.", "Antwort", None),
   ("Würden Sie jungen Frauen heute noch zu dem Beruf raten?", "Frage", None),
   ("Ja, ohne zu zögern. Es ist der schönste Beruf, den ich kenne.", "Antwort", None)])

# 3 interview without any marks: "Wikinews:" and the name before every turn
A(["Imker Gerd Wallner über das Bienenjahr",
   "Der Imker Gerd Wallner aus Landsberg betreut 60 Bienenvölker. Mit Wikinews sprach er über ein schwieriges Jahr.",
   "Wikinews: Herr Wallner, wie ist die Honigernte ausgefallen?",
   "Wallner: Schlecht. Der Frühling war zu nass, die Bienen konnten kaum ausfliegen. Ich habe ein Drittel weniger geerntet als im letzten Jahr.",
   "Wikinews: Haben Sie Völker verloren?",
   "Wallner: Elf über den Winter. Das ist viel, aber andere Kollegen hat es schlimmer getroffen.",
   "Wikinews: Was macht den Bienen am meisten zu schaffen?",
   "Wallner: Die Varroamilbe, immer noch. Dazu kommt, dass im Sommer kaum etwas blüht, weil die Wiesen zu früh gemäht werden.",
   "Wikinews: Was kann jeder Einzelne tun?",
   "Wallner: Im Garten nicht alles kurz halten. Ein Stück wilde Wiese hilft mehr als jedes Insektenhotel.",
   "Der Kreisimkerverband lädt im März zu einem Anfängerkurs ein."],
  [("Herr Wallner, wie ist die Honigernte ausgefallen?", "Wikinews", PLAIN),
   ("Schlecht. Der Frühling war zu nass, die Bienen konnten kaum ausfliegen. Ich habe ein Drittel weniger geerntet als im letzten Jahr.", "Wallner", PLAIN),
   ("Haben Sie Völker verloren?", "Wikinews", PLAIN),
   ("Elf über den Winter. Das ist viel, aber andere Kollegen hat es schlimmer getroffen.", "Wallner", PLAIN),
   ("Was macht den Bienen am meisten zu schaffen?", "Wikinews", PLAIN),
   ("Die Varroamilbe, immer noch. Dazu kommt, dass im Sommer kaum etwas blüht, weil die Wiesen zu früh gemäht werden.", "Wallner", PLAIN),
   ("Was kann jeder Einzelne tun?", "Wikinews", PLAIN),
   ("Im Garten nicht alles kurz halten. Ein Stück wilde Wiese hilft mehr als jedes Insektenhotel.", "Wallner", PLAIN)])

# 4 interview with initials before the turns, given in the introduction
A(["Gespräch mit der Tischtennisspielerin Hanna Berger",
   "Hanna Berger (HB) hat bei den Europameisterschaften in Linz Bronze im Einzel gewonnen. Das Gespräch führte Tom Färber (TF) für Wikinews.",
   "TF: „Frau Berger, Sie lagen im Viertelfinale schon 0:3 zurück. Was ging da in Ihnen vor?“",
   "HB: „Eigentlich nichts mehr. Ich habe einfach nur noch Ball für Ball gespielt und nicht auf die Anzeige geschaut.“",
   "TF: „Im Halbfinale war dann gegen die Weltranglistenerste Schluss.“",
   "HB: „Sie war heute einfach besser, das muss man anerkennen. Aber ich habe gesehen, dass ich sie schlagen kann.“",
   "TF: „Was bedeutet die Medaille für Ihre Förderung?“",
   "HB: „Sehr viel. Ohne sie hätte ich mir ab Januar eine Arbeit suchen müssen.“",
   "Berger spielt in der Bundesliga für den TTC Wohlbach."],
  [("Frau Berger, Sie lagen im Viertelfinale schon 0:3 zurück. Was ging da in Ihnen vor?", "TF", None),
   ("Eigentlich nichts mehr. Ich habe einfach nur noch Ball für Ball gespielt und nicht auf die Anzeige geschaut.", "HB", None),
   ("Im Halbfinale war dann gegen die Weltranglistenerste Schluss.", "TF", None),
   ("Sie war heute einfach besser, das muss man anerkennen. Aber ich habe gesehen, dass ich sie schlagen kann.", "HB", None),
   ("Was bedeutet die Medaille für Ihre Förderung?", "TF", None),
   ("Sehr viel. Ohne sie hätte ich mir ab Januar eine Arbeit suchen müssen.", "HB", None)])

# 5 interview with each label on a line of its own, the turn in marks in the next paragraph
A(["Virologin: „Die nächste Welle kommt bestimmt“",
   "Die Virologin Dr. Ruth Adler leitet das Landesgesundheitsamt in Erfurt. Wikinews hat sie zur Lage vor dem Winter befragt.",
   "Wikinews:",
   "„Frau Dr. Adler, wie gut sind die Kliniken auf den Winter vorbereitet?“",
   "Dr. Ruth Adler:",
   "„Besser als vor drei Jahren. Wir haben Reserven bei den Betten, aber nicht beim Personal. Das bleibt der Engpass.“",
   "Wikinews:",
   "„Sollten sich Ältere noch einmal impfen lassen?“",
   "Dr. Ruth Adler:",
   "„Ja, alle über sechzig und alle mit Vorerkrankungen. Am besten zusammen mit der Grippeimpfung.“",
   "Wikinews:",
   "„Rechnen Sie mit neuen Einschränkungen?“",
   "Dr. Ruth Adler:",
   "„Nein. Die nächste Welle kommt bestimmt, aber wir wissen heute, wie wir damit umgehen.“"],
  [("Die nächste Welle kommt bestimmt", "Virologin", None),
   ("Frau Dr. Adler, wie gut sind die Kliniken auf den Winter vorbereitet?", "Wikinews", None),
   ("Besser als vor drei Jahren. Wir haben Reserven bei den Betten, aber nicht beim Personal. Das bleibt der Engpass.", "Dr. Ruth Adler", None),
   ("Sollten sich Ältere noch einmal impfen lassen?", "Wikinews", None),
   ("Ja, alle über sechzig und alle mit Vorerkrankungen. Am besten zusammen mit der Grippeimpfung.", "Dr. Ruth Adler", None),
   ("Rechnen Sie mit neuen Einschränkungen?", "Wikinews", None),
   ("Nein. Die nächste Welle kommt bestimmt, aber wir wissen heute, wie wir damit umgehen.", "Dr. Ruth Adler", None)])

# 6 interview: questions in plain text without a label (no quotations), answers in marks with and without a label
A(["Zehn Fragen an den Bergretter",
   "Seit 25 Jahren ist Florian Hainz bei der Bergwacht Garmisch. Wikinews hat den 52-Jährigen nach einem Sommer mit so vielen Einsätzen wie nie gefragt, was sich verändert hat.",
   "Wie viele Einsätze hatten Sie in diesem Sommer?",
   "„Über 400. Vor zehn Jahren waren es die Hälfte.“",
   "Warum so viele?",
   "„Weil viele Leute in Turnschuhen loslaufen und sich auf ihr Handy verlassen. Das Handy zeigt den Weg, aber nicht das Wetter.“",
   "Gibt es einen Einsatz, der Ihnen nicht aus dem Kopf geht?",
   "Hainz: „Ein Vater mit zwei kleinen Kindern, nachts am Grat, ohne Lampe. Wir haben sie um drei Uhr früh gefunden. Alle drei haben überlebt.“",
   "Hat sich die Ausrüstung der Bergwacht verändert?",
   "„Sehr. Früher haben wir mit Taschenlampen gesucht, heute fliegt zuerst die Drohne mit der Wärmebildkamera.“",
   "Und was hat sich nicht verändert?",
   "„Dass am Ende einer von uns hinaufsteigt und die Hand hinstreckt.“",
   "Was raten Sie Wanderern?",
   "„Umkehren ist keine Schande. Der Berg steht morgen auch noch da.“",
   "Die Bergwacht sucht ehrenamtliche Helfer; Interessierte können sich bei der Bereitschaft in Garmisch melden."],
  [("Über 400. Vor zehn Jahren waren es die Hälfte.", "den 52-Jährigen", None),
   ("Weil viele Leute in Turnschuhen loslaufen und sich auf ihr Handy verlassen. Das Handy zeigt den Weg, aber nicht das Wetter.", "den 52-Jährigen", None),
   ("Ein Vater mit zwei kleinen Kindern, nachts am Grat, ohne Lampe. Wir haben sie um drei Uhr früh gefunden. Alle drei haben überlebt.", "Hainz", None),
   ("Sehr. Früher haben wir mit Taschenlampen gesucht, heute fliegt zuerst die Drohne mit der Wärmebildkamera.", "Hainz", None),
   ("Dass am Ende einer von uns hinaufsteigt und die Hand hinstreckt.", "Hainz", None),
   ("Umkehren ist keine Schande. Der Berg steht morgen auch noch da.", "Hainz", None)])

# 7 press review after a state election: newspapers' names in marks, "heißt es in", "titelt" (a headline, no quotation)
A(["Pressestimmen zur Landtagswahl in Sachsen",
   "Nach der Landtagswahl in Sachsen kommentieren die Zeitungen vor allem das schwache Ergebnis der Regierungspartei. Eine Auswahl:",
   "Die „Süddeutsche Zeitung“ schreibt: „Die Partei hat einen Wahlkampf ohne Thema geführt und wurde dafür bestraft. Wer nichts verspricht, dem glaubt man auch nichts.“",
   "„Die Welt“ meint: „Der Ministerpräsident hat verloren, aber er hat nicht versagt. Gegen die Stimmung im Land hätte auch ein besserer Wahlkampf wenig ausgerichtet.“",
   "Die „Frankfurter Allgemeine Zeitung“ warnt: „Eine Regierungsbildung wird Monate dauern. Sachsen kann sich diesen Stillstand nicht leisten.“",
   "In der „Leipziger Volkszeitung“ heißt es: „Der Osten wählt nicht anders, weil er anders ist, sondern weil er sich anders behandelt fühlt.“",
   "Der Dresdner „Morgenkurier“ titelt „Das große Beben“ und kommentiert: „Von der Volkspartei ist nur noch das Wort übrig.“",
   "Die „taz“ spottet: „Am Wahlabend hat niemand verloren, wenn man den Parteien zuhört. Nur die Wähler sehen das anders.“",
   "Das „Handelsblatt“ sorgt sich um die Wirtschaft: „Investoren schauen genau hin, wer in Dresden regiert. Ein Land, das sich selbst blockiert, lockt keine Fabriken an.“"],
  [("Die Partei hat einen Wahlkampf ohne Thema geführt und wurde dafür bestraft. Wer nichts verspricht, dem glaubt man auch nichts.", "Die „Süddeutsche Zeitung“", "schreibt"),
   ("Der Ministerpräsident hat verloren, aber er hat nicht versagt. Gegen die Stimmung im Land hätte auch ein besserer Wahlkampf wenig ausgerichtet.", "„Die Welt“", "meint"),
   ("Eine Regierungsbildung wird Monate dauern. Sachsen kann sich diesen Stillstand nicht leisten.", "Die „Frankfurter Allgemeine Zeitung“", "warnt"),
   ("Der Osten wählt nicht anders, weil er anders ist, sondern weil er sich anders behandelt fühlt.", "der „Leipziger Volkszeitung“", "heißt es"),
   ("Von der Volkspartei ist nur noch das Wort übrig.", "Der Dresdner „Morgenkurier“", "kommentiert"),
   ("Am Wahlabend hat niemand verloren, wenn man den Parteien zuhört. Nur die Wähler sehen das anders.", "Die „taz“", "spottet"),
   ("Investoren schauen genau hin, wer in Dresden regiert. Ein Land, das sich selbst blockiert, lockt keine Fabriken an.", "Das „Handelsblatt“", "sorgt sich")])

# 8 press review of foreign papers: names without marks, the city in parentheses as a list, "urteilt", "so"
A(["Internationale Pressestimmen zum Gipfel in Lissabon",
   "Der EU-Gipfel in Lissabon ist ohne Einigung über den Haushalt zu Ende gegangen. So kommentieren Zeitungen in Europa das Ergebnis:",
   "Die Neue Zürcher Zeitung urteilt: „Europa hat wieder einmal bewiesen, dass es sich am liebsten mit sich selbst beschäftigt.“",
   "Der Standard (Wien): „Die Nettozahler haben gewonnen, aber sie sollten sich nicht zu früh freuen. Die Rechnung kommt beim nächsten Gipfel.“",
   "Le Monde (Paris): „Der französische Präsident stand in Lissabon allein da. Die Achse mit Berlin trägt nicht mehr.“",
   "Die Warschauer Zeitung Rzeczpospolita schreibt, der Gipfel sei ein „Sieg der Vernunft über die Wunschlisten“ gewesen.",
   "„Ein Gipfel der leeren Worte“, so die spanische Zeitung El País. „Die Staats- und Regierungschefs reisen mit nichts in der Hand nach Hause.“",
   "Der niederländische Volkskrant sieht es gelassener: „Keine Einigung ist besser als eine schlechte Einigung.“"],
  [("Europa hat wieder einmal bewiesen, dass es sich am liebsten mit sich selbst beschäftigt.", "Die Neue Zürcher Zeitung", "urteilt"),
   ("Die Nettozahler haben gewonnen, aber sie sollten sich nicht zu früh freuen. Die Rechnung kommt beim nächsten Gipfel.", "Der Standard (Wien)", None),
   ("Der französische Präsident stand in Lissabon allein da. Die Achse mit Berlin trägt nicht mehr.", "Le Monde (Paris)", None),
   ("Sieg der Vernunft über die Wunschlisten", "Die Warschauer Zeitung Rzeczpospolita", "schreibt"),
   ("Ein Gipfel der leeren Worte", "die spanische Zeitung El País", "so"),
   ("Die Staats- und Regierungschefs reisen mit nichts in der Hand nach Hause.", "die spanische Zeitung El País", None),
   ("Keine Einigung ist besser als eine schlechte Einigung.", "Der niederländische Volkskrant", "sieht")])

# 9 reactions after a death: "Reaktionen:" and "Role Name: „…“" lines
A(["Trauer um Altbundespräsident Reinhold Kampe",
   "Der frühere Bundespräsident Reinhold Kampe ist am Sonntag im Alter von 91 Jahren in Bonn gestorben. Politiker aller Parteien würdigten ihn als Brückenbauer.",
   "Reaktionen:",
   "Bundespräsidentin Ulrike Hartmann: „Deutschland verliert einen Präsidenten, der zuhören konnte wie kaum ein anderer.“",
   "Bundeskanzler Stefan Kuhnert: „Reinhold Kampe hat Ost und West zusammengeführt, als viele noch an Mauern dachten.“",
   "Bundestagspräsidentin Aylin Demir: „Er war ein Demokrat aus tiefstem Herzen und ein Freund des Parlaments.“",
   "Der Ministerpräsident von Nordrhein-Westfalen, Jan Lörcher: „Bonn verdankt ihm viel. Wir werden ihn nicht vergessen.“",
   "Altkanzlerin Sabine Rehfeld: „Ich habe einen klugen Ratgeber und einen guten Freund verloren.“",
   "Der Präsident des Zentralrats der Juden, Michael Sternberg: „Sein Einsatz gegen das Vergessen bleibt ein Vermächtnis.“",
   "Kampes Familie bat darum, von Beileidsbesuchen abzusehen. Ein Staatsakt ist für den kommenden Monat geplant."],
  [("Deutschland verliert einen Präsidenten, der zuhören konnte wie kaum ein anderer.", "Bundespräsidentin Ulrike Hartmann", None),
   ("Reinhold Kampe hat Ost und West zusammengeführt, als viele noch an Mauern dachten.", "Bundeskanzler Stefan Kuhnert", None),
   ("Er war ein Demokrat aus tiefstem Herzen und ein Freund des Parlaments.", "Bundestagspräsidentin Aylin Demir", None),
   ("Bonn verdankt ihm viel. Wir werden ihn nicht vergessen.", "Der Ministerpräsident von Nordrhein-Westfalen, Jan Lörcher", None),
   ("Ich habe einen klugen Ratgeber und einen guten Freund verloren.", "Altkanzlerin Sabine Rehfeld", None),
   ("Sein Einsatz gegen das Vergessen bleibt ein Vermächtnis.", "Der Präsident des Zentralrats der Juden, Michael Sternberg", None)])

# 10 reactions as a dashed list with parties in parentheses, one with its own verb, an organisation
A(["Rentenpaket beschlossen – die Reaktionen",
   "Das Bundeskabinett hat am Mittwoch das Rentenpaket beschlossen. Das Rentenniveau soll bis 2040 bei 48 Prozent gehalten werden. Die Reaktionen fielen gemischt aus:",
   "– Arbeitsministerin Petra Sommer (SPD): „Wer ein Leben lang gearbeitet hat, muss sich auf seine Rente verlassen können.“",
   "– Friedrich Oberlin (CDU): „Das Paket ist teuer, ungerecht gegenüber den Jungen und kommt zur Unzeit.“",
   "– Lea Kowalski (Grüne): „Ein erster Schritt, mehr nicht. Die Frauen mit kleinen Renten bleiben außen vor.“",
   "– Der Präsident der Arbeitgeberverbände, Rainer Dulger-Bach: „Die Beiträge werden steigen, und das kostet Arbeitsplätze.“",
   "– Der Sozialverband VdK: „Endlich wird die Rente stabilisiert. Jetzt muss die Grundrente folgen.“",
   "– Die Junge Union kündigte Widerstand an. Ihr Vorsitzender Tim Raschke sagte: „Diese Rechnung bezahlen wir.“",
   "Der Bundestag soll das Gesetz noch vor der Sommerpause verabschieden."],
  [("Wer ein Leben lang gearbeitet hat, muss sich auf seine Rente verlassen können.", "Arbeitsministerin Petra Sommer (SPD)", None),
   ("Das Paket ist teuer, ungerecht gegenüber den Jungen und kommt zur Unzeit.", "Friedrich Oberlin (CDU)", None),
   ("Ein erster Schritt, mehr nicht. Die Frauen mit kleinen Renten bleiben außen vor.", "Lea Kowalski (Grüne)", None),
   ("Die Beiträge werden steigen, und das kostet Arbeitsplätze.", "Der Präsident der Arbeitgeberverbände, Rainer Dulger-Bach", None),
   ("Endlich wird die Rente stabilisiert. Jetzt muss die Grundrente folgen.", "Der Sozialverband VdK", None),
   ("Diese Rechnung bezahlen wir.", "Ihr Vorsitzender Tim Raschke", "sagte")])

# 11 a letter reproduced paragraph by paragraph: each paragraph reopens with „, only the last closes
A(["Bischöfin schreibt an die Gemeinden",
   "Die Bischöfin der Nordkirche, Dr. Elke Mahrenholz, hat sich nach dem Bekanntwerden weiterer Missbrauchsfälle in einem Brief an alle Gemeinden gewandt. Er wurde am Sonntag in den Gottesdiensten verlesen. Wir dokumentieren ihn in Auszügen:",
   "„Liebe Schwestern und Brüder, ich schreibe Ihnen heute mit schwerem Herzen. Was Kindern und Jugendlichen in unserer Kirche angetan wurde, beschämt mich zutiefst.",
   "„Zu lange haben wir weggesehen. Zu lange haben wir den Ruf der Kirche höher gestellt als das Leid der Betroffenen.",
   "„Ich bitte die Betroffenen um Vergebung, auch wenn ich weiß, dass ich sie nicht erwarten darf.",
   "„Wir werden alle Akten öffnen und eine unabhängige Kommission einsetzen. Sie soll frei arbeiten, auch wenn die Ergebnisse uns wehtun.",
   "„Bleiben Sie Ihrer Gemeinde treu, gerade jetzt. Eine Kirche, die sich ihrer Schuld stellt, hat eine Zukunft.“",
   "Der Sprecher der Betroffeneninitiative, Jonas Wehrle, nannte den Brief „ein spätes, aber wichtiges Zeichen“. Er fügte hinzu: „Jetzt zählen Taten.“"],
  [("Liebe Schwestern und Brüder, ich schreibe Ihnen heute mit schwerem Herzen. Was Kindern und Jugendlichen in unserer Kirche angetan wurde, beschämt mich zutiefst.", "Die Bischöfin der Nordkirche, Dr. Elke Mahrenholz", None),
   ("Zu lange haben wir weggesehen. Zu lange haben wir den Ruf der Kirche höher gestellt als das Leid der Betroffenen.", "Die Bischöfin der Nordkirche, Dr. Elke Mahrenholz", None),
   ("Ich bitte die Betroffenen um Vergebung, auch wenn ich weiß, dass ich sie nicht erwarten darf.", "Die Bischöfin der Nordkirche, Dr. Elke Mahrenholz", None),
   ("Wir werden alle Akten öffnen und eine unabhängige Kommission einsetzen. Sie soll frei arbeiten, auch wenn die Ergebnisse uns wehtun.", "Die Bischöfin der Nordkirche, Dr. Elke Mahrenholz", None),
   ("Bleiben Sie Ihrer Gemeinde treu, gerade jetzt. Eine Kirche, die sich ihrer Schuld stellt, hat eine Zukunft.", "Die Bischöfin der Nordkirche, Dr. Elke Mahrenholz", None),
   ("ein spätes, aber wichtiges Zeichen", "Der Sprecher der Betroffeneninitiative, Jonas Wehrle", "nannte"),
   ("Jetzt zählen Taten.", "Er", "fügte hinzu")])

# 12 a company statement paragraph by paragraph after "erklärte … am Abend:", then the works council
A(["Werk in Zwickau wird geschlossen",
   "Der Autozulieferer Hessler schließt sein Werk in Zwickau mit 900 Beschäftigten. Vorstandschef Bernd Köhler erklärte am Dienstagabend:",
   "„Wir haben diese Entscheidung nicht leichtfertig getroffen. Das Werk schreibt seit vier Jahren Verluste, und die Aufträge für Verbrennermotoren laufen aus.",
   "„Allen Beschäftigten werden wir Stellen an anderen Standorten anbieten. Wer nicht umziehen kann, erhält eine Abfindung und Hilfe bei der Suche nach einer neuen Arbeit.",
   "„Die Produktion endet Ende nächsten Jahres. Bis dahin halten wir alle Lieferzusagen ein.“",
   "Der Betriebsratsvorsitzende Uwe Sperling sprach von einem „Schlag ins Gesicht der Belegschaft“. Vor dem Werkstor sagte er: „Wir haben auf Lohn verzichtet, um dieses Werk zu retten. Das ist der Dank.“",
   "Sachsens Wirtschaftsminister Paul Ritter kündigte Gespräche mit dem Unternehmen an. „Wir kämpfen um jeden Arbeitsplatz“, sagte er in Dresden.",
   "„Für die Region ist das ein schwerer Schlag“, sagte Zwickaus Oberbürgermeisterin Nadine Haupt. „Aber wir haben den Strukturwandel schon einmal geschafft.“"],
  [("Wir haben diese Entscheidung nicht leichtfertig getroffen. Das Werk schreibt seit vier Jahren Verluste, und die Aufträge für Verbrennermotoren laufen aus.", "Vorstandschef Bernd Köhler", "erklärte"),
   ("Allen Beschäftigten werden wir Stellen an anderen Standorten anbieten. Wer nicht umziehen kann, erhält eine Abfindung und Hilfe bei der Suche nach einer neuen Arbeit.", "Vorstandschef Bernd Köhler", None),
   ("Die Produktion endet Ende nächsten Jahres. Bis dahin halten wir alle Lieferzusagen ein.", "Vorstandschef Bernd Köhler", None),
   ("Schlag ins Gesicht der Belegschaft", "Der Betriebsratsvorsitzende Uwe Sperling", "sprach"),
   ("Wir haben auf Lohn verzichtet, um dieses Werk zu retten. Das ist der Dank.", "er", "sagte"),
   ("Wir kämpfen um jeden Arbeitsplatz", "er", "sagte"),
   ("Für die Region ist das ein schwerer Schlag", "Zwickaus Oberbürgermeisterin Nadine Haupt", "sagte"),
   ("Aber wir haben den Strukturwandel schon einmal geschafft.", "Zwickaus Oberbürgermeisterin Nadine Haupt", None)])

# 13 press conference: three speakers alternating, pronouns, quotations without a cue of their own
A(["Ermittler stellen Ergebnisse zum Brandanschlag vor",
   "Vier Wochen nach dem Brandanschlag auf eine Moschee in Hildesheim haben Polizei, Staatsanwaltschaft und Innenministerium am Donnerstag ihre Ergebnisse vorgestellt.",
   "Innenministerin Daniela Behrens eröffnete die Pressekonferenz. „Dieser Anschlag galt nicht nur einer Gemeinde, er galt uns allen“, sagte sie. „Wir werden nicht zulassen, dass Menschen in diesem Land Angst haben müssen, wenn sie beten.“",
   "Polizeipräsident Martin Grote schilderte die Ermittlungen. Man habe mehr als 300 Hinweise ausgewertet. „Entscheidend war am Ende ein Video aus einem Bus“, sagte er. „Darauf ist der Tatverdächtige eine Minute nach dem Brand zu erkennen.“",
   "Der 24-Jährige sei am Dienstag in seiner Wohnung festgenommen worden. „Er hat keinen Widerstand geleistet.“",
   "Oberstaatsanwältin Kerstin Vogt ergänzte, der Mann schweige bislang. „Wir gehen von einem rechtsextremen Motiv aus“, sagte sie. In seiner Wohnung seien Schriften und Datenträger sichergestellt worden. „Ob er Mittäter hatte, ist Gegenstand der weiteren Ermittlungen.“",
   "Auf die Frage, ob die Polizei die Moscheen in der Stadt besser hätte schützen müssen, antwortete Grote: „Im Nachhinein ist man immer klüger. Wir haben die Streifen seither verdoppelt.“",
   "Behrens schloss mit einem Dank an die Ermittler. „Sie haben Tag und Nacht gearbeitet.“"],
  [("Dieser Anschlag galt nicht nur einer Gemeinde, er galt uns allen", "sie", "sagte"),
   ("Wir werden nicht zulassen, dass Menschen in diesem Land Angst haben müssen, wenn sie beten.", "sie", None),
   ("Entscheidend war am Ende ein Video aus einem Bus", "er", "sagte"),
   ("Darauf ist der Tatverdächtige eine Minute nach dem Brand zu erkennen.", "er", None),
   ("Er hat keinen Widerstand geleistet.", "er", None),
   ("Wir gehen von einem rechtsextremen Motiv aus", "sie", "sagte"),
   ("Ob er Mittäter hatte, ist Gegenstand der weiteren Ermittlungen.", "sie", None),
   ("Im Nachhinein ist man immer klüger. Wir haben die Streifen seither verdoppelt.", "Grote", "antwortete"),
   ("Sie haben Tag und Nacht gearbeitet.", "Behrens", None)])

# 14 press conference after a match: two coaches and a player, "er" and "sein Gegenüber"
A(["Derby endet torlos",
   "Das Revierderby zwischen dem VfL Hattingen und Rot-Weiß Wetter endete am Sonntag 0:0. Auf der Pressekonferenz nach dem Spiel sprach zuerst der Gästetrainer Dirk Lammers.",
   "„Wir sind mit dem Punkt zufrieden. Nach der Roten Karte mussten wir eine Stunde zu zehnt verteidigen, und das haben die Jungs überragend gemacht.“",
   "Die Rote Karte gegen seinen Innenverteidiger hielt er für zu hart. „Das war ein normaler Zweikampf. Der Schiedsrichter hat sich von der Kulisse beeindrucken lassen.“",
   "Sein Gegenüber Heiko Brandt sah das anders. „Die Karte geht in Ordnung“, sagte der Hattinger Trainer. „Wir haben es danach aber nicht geschafft, die Überzahl auszuspielen. Das ärgert mich.“",
   "Hattingens Torwart Luca Weiß, der in der Nachspielzeit einen Kopfball von der Linie gekratzt hatte, meinte: „Am Ende müssen wir froh sein, dass wir nicht noch verloren haben.“",
   "Lammers sagte zum Abschied: „Wir sehen uns im Rückspiel.“"],
  [("Wir sind mit dem Punkt zufrieden. Nach der Roten Karte mussten wir eine Stunde zu zehnt verteidigen, und das haben die Jungs überragend gemacht.", "der Gästetrainer Dirk Lammers", None),
   ("Das war ein normaler Zweikampf. Der Schiedsrichter hat sich von der Kulisse beeindrucken lassen.", "der Gästetrainer Dirk Lammers", None),
   ("Die Karte geht in Ordnung", "der Hattinger Trainer", "sagte"),
   ("Wir haben es danach aber nicht geschafft, die Überzahl auszuspielen. Das ärgert mich.", "der Hattinger Trainer", None),
   ("Am Ende müssen wir froh sein, dass wir nicht noch verloren haben.", "Hattingens Torwart Luca Weiß, der in der Nachspielzeit einen Kopfball von der Linie gekratzt hatte", "meinte"),
   ("Wir sehen uns im Rückspiel.", "Lammers", "sagte")])

# 15 live ticker with times: "14:32 Uhr – Trainer X: „…“", "sagt" in the present, a chant (no speaker named)
A(["Liveticker: Pokalfinale der Frauen",
   "Hier berichten wir live vom Pokalfinale zwischen dem SC Freiburg und dem VfL Wolfsburg in Köln.",
   "14:32 Uhr – Freiburgs Trainerin Anna Weidner vor dem Anpfiff: „Wir haben nichts zu verlieren. Wolfsburg muss, wir dürfen.“",
   "14:35 Uhr – Wolfsburgs Trainer Markus Halm: „Finals spielt man nicht, Finals gewinnt man.“",
   "15:12 Uhr – Tor für Freiburg! Lena Schick trifft per Kopf zum 1:0.",
   "15:31 Uhr – Halbzeit. „Wir müssen mutiger werden“, sagt Halm auf dem Weg in die Kabine.",
   "16:05 Uhr – Ausgleich durch Wolfsburgs Kapitänin Sara Nilsson.",
   "16:22 Uhr – Abpfiff, 1:2! Wolfsburg gewinnt den Pokal. Nilsson am Mikrofon: „Das ist für alle, die nach dem verlorenen Halbfinale im Frühjahr nicht mehr an uns geglaubt haben.“",
   "16:30 Uhr – Die enttäuschte Torschützin Schick: „Wir waren so nah dran. Das tut richtig weh.“",
   "16:41 Uhr – Weidner: „Ich bin trotzdem unglaublich stolz auf diese Mannschaft.“",
   "16:45 Uhr – Damit verabschieden wir uns aus Köln. Danke fürs Mitlesen!"],
  [("Wir haben nichts zu verlieren. Wolfsburg muss, wir dürfen.", "Freiburgs Trainerin Anna Weidner", None),
   ("Finals spielt man nicht, Finals gewinnt man.", "Wolfsburgs Trainer Markus Halm", None),
   ("Wir müssen mutiger werden", "Halm", "sagt"),
   ("Das ist für alle, die nach dem verlorenen Halbfinale im Frühjahr nicht mehr an uns geglaubt haben.", "Nilsson", None),
   ("Wir waren so nah dran. Das tut richtig weh.", "Die enttäuschte Torschützin Schick", None),
   ("Ich bin trotzdem unglaublich stolz auf diese Mannschaft.", "Weidner", None)])

# 16 live ticker of a night of elections: times with a colon and no dash, quotations before and after the speaker
A(["Wahlabend in Bremen im Liveblog",
   "18:00 Uhr: Die Wahllokale sind geschlossen. Die erste Prognose sieht die SPD bei 29 Prozent.",
   "18:09 Uhr: Bürgermeister Jens Böhrnsen-Kuhl im Rathaus: „Das ist ein klarer Auftrag, weiter zu regieren.“",
   "18:20 Uhr: Die CDU-Spitzenkandidatin Frauke Imhoff: „Wir haben zugelegt, aber unser Ziel haben wir nicht erreicht.“",
   "18:47 Uhr: „Wir sind die Überraschung des Abends“, ruft der Linken-Chef Erkan Yıldız seinen jubelnden Anhängern zu.",
   "19:15 Uhr: Die FDP muss um den Wiedereinzug zittern. Ihr Landeschef Hauke Janßen gibt sich gelassen: „Abgerechnet wird am Ende.“",
   "20:30 Uhr: Imhoff schließt eine Koalition mit der SPD nicht aus. „Wir sind gesprächsbereit, aber nicht um jeden Preis.“",
   "22:10 Uhr: Die FDP scheitert knapp an der Fünfprozenthürde. Janßen: „Das ist bitter, für uns und für Bremen.“"],
  [("Das ist ein klarer Auftrag, weiter zu regieren.", "Bürgermeister Jens Böhrnsen-Kuhl", None),
   ("Wir haben zugelegt, aber unser Ziel haben wir nicht erreicht.", "Die CDU-Spitzenkandidatin Frauke Imhoff", None),
   ("Wir sind die Überraschung des Abends", "der Linken-Chef Erkan Yıldız", "ruft zu"),
   ("Abgerechnet wird am Ende.", "Ihr Landeschef Hauke Janßen", "gibt sich"),
   ("Wir sind gesprächsbereit, aber nicht um jeden Preis.", "Imhoff", None),
   ("Das ist bitter, für uns und für Bremen.", "Janßen", None)])

# 17 parliament protocol without marks: labelled turns, applause and interjections in parentheses
A(["Aus dem Plenarprotokoll: Debatte über das Ladenöffnungsgesetz",
   "Der Landtag hat am Donnerstag in erster Lesung über die Lockerung der Ladenöffnungszeiten beraten. Wir dokumentieren einen Auszug aus dem Protokoll.",
   "Präsident Dr. Norbert Weiß: Ich eröffne die Aussprache. Das Wort hat die Abgeordnete Schäfer.",
   "Miriam Schäfer (CDU): Herr Präsident! Meine Damen und Herren! Die Menschen kaufen heute abends und am Wochenende ein, ob uns das gefällt oder nicht. Wir wollen, dass sie das in unseren Innenstädten tun und nicht im Internet.",
   "(Beifall bei der CDU und der FDP)",
   "Präsident Dr. Norbert Weiß: Für die SPD-Fraktion spricht der Abgeordnete Kurz.",
   "Holger Kurz (SPD): Frau Kollegin, wer soll denn um 22 Uhr an der Kasse sitzen? Sie reden über Kunden, wir reden über die Beschäftigten.",
   "(Beifall bei der SPD – Zuruf von der CDU: „Niemand wird gezwungen!“)",
   "Holger Kurz (SPD): Doch, genau das passiert in kleinen Läden.",
   "Präsident Dr. Norbert Weiß: Ich schließe die Aussprache. Der Gesetzentwurf wird an den Wirtschaftsausschuss überwiesen."],
  [("Ich eröffne die Aussprache. Das Wort hat die Abgeordnete Schäfer.", "Präsident Dr. Norbert Weiß", PLAIN),
   ("Herr Präsident! Meine Damen und Herren! Die Menschen kaufen heute abends und am Wochenende ein, ob uns das gefällt oder nicht. Wir wollen, dass sie das in unseren Innenstädten tun und nicht im Internet.", "Miriam Schäfer (CDU)", PLAIN),
   ("Für die SPD-Fraktion spricht der Abgeordnete Kurz.", "Präsident Dr. Norbert Weiß", PLAIN),
   ("Frau Kollegin, wer soll denn um 22 Uhr an der Kasse sitzen? Sie reden über Kunden, wir reden über die Beschäftigten.", "Holger Kurz (SPD)", PLAIN),
   ("Niemand wird gezwungen!", "der CDU", "Zuruf"),
   ("Doch, genau das passiert in kleinen Läden.", "Holger Kurz (SPD)", PLAIN),
   ("Ich schließe die Aussprache. Der Gesetzentwurf wird an den Wirtschaftsausschuss überwiesen.", "Präsident Dr. Norbert Weiß", PLAIN)])

# 18 a debate report in protocol style with marks: "Präsident Y: „…“", "(Beifall)", the speakers by name and party
A(["Hitzige Debatte über das Polizeigesetz",
   "Im Landtag von Baden-Württemberg ist am Mittwoch heftig über das neue Polizeigesetz gestritten worden. Ein Auszug:",
   "Innenminister Thomas Brenner (CDU): „Die Polizei braucht die gleichen Mittel wie die Täter. Wer Verbrecher im Netz jagen will, darf nicht mit verbundenen Augen ermitteln.“ (Beifall bei der CDU)",
   "Sandra Ulrich (Grüne): „Niemand bestreitet das. Aber die heimliche Durchsuchung von Computern ist ein Eingriff, der einen Richter braucht, und zwar vorher.“",
   "Brenner: „Den Richter gibt es doch!“",
   "Ulrich: „Nur auf dem Papier, Herr Minister.“ (Beifall bei den Grünen und der SPD)",
   "Landtagspräsidentin Muhterem Aydın: „Ich bitte um etwas mehr Ruhe im Saal.“",
   "Jochen Stahl (FDP): „Wir werden diesem Gesetz in dieser Form nicht zustimmen.“"],
  [("Die Polizei braucht die gleichen Mittel wie die Täter. Wer Verbrecher im Netz jagen will, darf nicht mit verbundenen Augen ermitteln.", "Innenminister Thomas Brenner (CDU)", None),
   ("Niemand bestreitet das. Aber die heimliche Durchsuchung von Computern ist ein Eingriff, der einen Richter braucht, und zwar vorher.", "Sandra Ulrich (Grüne)", None),
   ("Den Richter gibt es doch!", "Brenner", None),
   ("Nur auf dem Papier, Herr Minister.", "Ulrich", None),
   ("Ich bitte um etwas mehr Ruhe im Saal.", "Landtagspräsidentin Muhterem Aydın", None),
   ("Wir werden diesem Gesetz in dieser Form nicht zustimmen.", "Jochen Stahl (FDP)", None)])

# 19 court transcript with role labels and marks
A(["Protokoll eines Prozesstages: Der Fall des falschen Arztes",
   "Vor dem Amtsgericht Passau muss sich ein 45-Jähriger verantworten, der zwei Jahre lang ohne Approbation als Arzt in einer Klinik gearbeitet haben soll. Aus der Verhandlung am Montag:",
   "Vorsitzende Richterin: „Herr Angeklagter, haben Sie jemals ein Medizinstudium abgeschlossen?“",
   "Angeklagter: „Nein. Ich habe sechs Semester studiert und dann abgebrochen.“",
   "Vorsitzende Richterin: „Und die Urkunde, die Sie der Klinik vorgelegt haben?“",
   "Angeklagter: „Die habe ich selbst gemacht. Ich wollte einfach nur helfen.“",
   "Staatsanwalt Felix Ortner: „Sie haben Narkosen gegeben, Herr Angeklagter. Wissen Sie, was da hätte passieren können?“",
   "Verteidigerin: „Einspruch. Mein Mandant hat sich bereits umfassend geäußert.“",
   "Vorsitzende Richterin: „Die Frage ist zulässig.“",
   "Angeklagter: „Ja, das weiß ich. Ich hatte jede Nacht Angst.“",
   "Das Urteil wird für Freitag erwartet."],
  [("Herr Angeklagter, haben Sie jemals ein Medizinstudium abgeschlossen?", "Vorsitzende Richterin", None),
   ("Nein. Ich habe sechs Semester studiert und dann abgebrochen.", "Angeklagter", None),
   ("Und die Urkunde, die Sie der Klinik vorgelegt haben?", "Vorsitzende Richterin", None),
   ("Die habe ich selbst gemacht. Ich wollte einfach nur helfen.", "Angeklagter", None),
   ("Sie haben Narkosen gegeben, Herr Angeklagter. Wissen Sie, was da hätte passieren können?", "Staatsanwalt Felix Ortner", None),
   ("Einspruch. Mein Mandant hat sich bereits umfassend geäußert.", "Verteidigerin", None),
   ("Die Frage ist zulässig.", "Vorsitzende Richterin", None),
   ("Ja, das weiß ich. Ich hatte jede Nacht Angst.", "Angeklagter", None)])

# 20 a court report with the witness's testimony and the judge's questions in running text
A(["Zeuge schildert Überfall auf Juwelier",
   "Im Prozess um den Überfall auf ein Juweliergeschäft in Trier hat am Dienstag der Inhaber ausgesagt. Der 67-jährige Walter Bernard schilderte den Morgen der Tat.",
   "„Ich hatte gerade aufgeschlossen, da standen die beiden schon im Laden. Einer hielt mir eine Pistole an den Kopf.“",
   "Die Täter hätten ihn gezwungen, den Tresor zu öffnen. „Ich habe gezittert und die Zahlen zweimal falsch eingegeben.“",
   "„Haben Sie die Gesichter gesehen?“, fragte der Vorsitzende Richter Klaus Erbach. „Nur die Augen“, antwortete Bernard. „Aber die Stimme des Größeren erkenne ich wieder.“",
   "Der Verteidiger des Hauptangeklagten wollte wissen, wie sicher er sich sei. „Ganz sicher“, sagte der Zeuge. „Diese Stimme höre ich jede Nacht.“",
   "Der Angeklagte selbst schwieg. Sein Anwalt kündigte an, er werde sich „zu gegebener Zeit“ äußern."],
  [("Ich hatte gerade aufgeschlossen, da standen die beiden schon im Laden. Einer hielt mir eine Pistole an den Kopf.", "Der 67-jährige Walter Bernard", None),
   ("Ich habe gezittert und die Zahlen zweimal falsch eingegeben.", "Der 67-jährige Walter Bernard", None),
   ("Haben Sie die Gesichter gesehen?", "der Vorsitzende Richter Klaus Erbach", "fragte"),
   ("Nur die Augen", "Bernard", "antwortete"),
   ("Aber die Stimme des Größeren erkenne ich wieder.", "Bernard", None),
   ("Ganz sicher", "der Zeuge", "sagte"),
   ("Diese Stimme höre ich jede Nacht.", "der Zeuge", None),
   ("zu gegebener Zeit", "Sein Anwalt", "kündigte an")])

# 21 a speech quoted at length with narrative between its parts, applause, a turn to the audience
A(["Friedenspreisträgerin ruft zu Mut auf",
   "Die ukrainische Schriftstellerin Oksana Lewtschenko hat am Sonntag in der Frankfurter Paulskirche den Friedenspreis des Deutschen Buchhandels entgegengenommen. Ihre Dankesrede wurde mehrfach von Beifall unterbrochen.",
   "„Ich stehe hier für die, die nicht mehr schreiben können“, begann sie. „Für die Dichter, die an der Front gefallen sind, und für die Kinder, die in Kellern ihre ersten Wörter lernen.“",
   "Dann erinnerte sie an ihre Heimatstadt Charkiw. „Meine Straße gibt es nicht mehr. Aber es gibt noch die Bücher, die in ihr geschrieben wurden.“",
   "Die Zuhörer erhoben sich zum ersten Mal, als sie über die Sprache sprach. „Man kann eine Stadt zerstören. Eine Sprache zerstört man nicht so leicht.“",
   "An die Deutschen gewandt sagte Lewtschenko: „Sie haben uns geholfen, und dafür danke ich Ihnen. Hören Sie bitte nicht auf, auch wenn es unbequem wird.“",
   "Zum Schluss las sie ein kurzes Gedicht in ihrer Muttersprache. Auf Deutsch fügte sie hinzu: „Frieden ist kein Geschenk. Frieden ist Arbeit.“",
   "Die Laudatio hatte der Historiker Karl Schlögel-Renn gehalten. Er nannte Lewtschenko „die Stimme eines Landes, das nicht verstummen will“."],
  [("Ich stehe hier für die, die nicht mehr schreiben können", "sie", "begann"),
   ("Für die Dichter, die an der Front gefallen sind, und für die Kinder, die in Kellern ihre ersten Wörter lernen.", "sie", None),
   ("Meine Straße gibt es nicht mehr. Aber es gibt noch die Bücher, die in ihr geschrieben wurden.", "sie", None),
   ("Man kann eine Stadt zerstören. Eine Sprache zerstört man nicht so leicht.", "sie", None),
   ("Sie haben uns geholfen, und dafür danke ich Ihnen. Hören Sie bitte nicht auf, auch wenn es unbequem wird.", "Lewtschenko", "sagte"),
   ("Frieden ist kein Geschenk. Frieden ist Arbeit.", "sie", "fügte hinzu"),
   ("die Stimme eines Landes, das nicht verstummen will", "Er", "nannte")])


# --- Articles 22-27: written after the first run of 1-21 and the rules it prompted, annotated before
# running the stage on them.

# 22 interview without marks: "Frage:" and the interviewee's name before the turns
A(["Schulleiterin Dörte Kramer über das Handyverbot",
   "Seit einem halben Jahr dürfen die Schüler der Gesamtschule Elmshorn ihr Handy in den Pausen nicht mehr benutzen. Die Schulleiterin Dörte Kramer zieht im Gespräch eine erste Bilanz.",
   "Frage: Frau Kramer, was hat sich seit dem Verbot verändert?",
   "Kramer: Auf dem Schulhof wird wieder gespielt und geredet. Das klingt banal, aber das hatten wir vorher kaum noch.",
   "Frage: Gab es Widerstand?",
   "Kramer: Von einigen Eltern, ja. Sie wollen ihre Kinder jederzeit erreichen können. Dafür gibt es jetzt das Telefon im Sekretariat.",
   "Frage: Würden Sie das Verbot anderen Schulen empfehlen?",
   "Kramer: Jede Schule muss ihren eigenen Weg finden. Wir würden es jedenfalls nicht mehr zurücknehmen."],
  [("Frau Kramer, was hat sich seit dem Verbot verändert?", "Frage", PLAIN),
   ("Auf dem Schulhof wird wieder gespielt und geredet. Das klingt banal, aber das hatten wir vorher kaum noch.", "Kramer", PLAIN),
   ("Gab es Widerstand?", "Frage", PLAIN),
   ("Von einigen Eltern, ja. Sie wollen ihre Kinder jederzeit erreichen können. Dafür gibt es jetzt das Telefon im Sekretariat.", "Kramer", PLAIN),
   ("Würden Sie das Verbot anderen Schulen empfehlen?", "Frage", PLAIN),
   ("Jede Schule muss ihren eigenen Weg finden. Wir würden es jedenfalls nicht mehr zurücknehmen.", "Kramer", PLAIN)])

# 23 press review: names in marks and without, "nennt … „…“", "findet", "heißt es in"
A(["Pressestimmen zur Rentenreform",
   "Die Rentenreform der Bundesregierung stößt in den Kommentarspalten überwiegend auf Kritik.",
   "Der „Tagesspiegel“ nennt die Reform „ein Geschenk an die Babyboomer auf Kosten ihrer Enkel“.",
   "Die „Rheinische Post“ findet: „Die Regierung hat sich vor der eigentlichen Frage gedrückt, nämlich wie lange wir künftig arbeiten.“",
   "Die Hannoversche Allgemeine Zeitung schreibt: „Wer jetzt nicht umsteuert, hinterlässt der nächsten Regierung ein Loch von hundert Milliarden.“",
   "Im „Münchner Merkur“ heißt es: „Eine Reform, die niemandem wehtut, verdient den Namen nicht.“",
   "Die „Berliner Zeitung“ verteidigt das Paket: „Sicherheit im Alter ist kein Luxus, sondern ein Versprechen.“"],
  [("ein Geschenk an die Babyboomer auf Kosten ihrer Enkel", "Der „Tagesspiegel“", "nennt"),
   ("Die Regierung hat sich vor der eigentlichen Frage gedrückt, nämlich wie lange wir künftig arbeiten.", "Die „Rheinische Post“", "findet"),
   ("Wer jetzt nicht umsteuert, hinterlässt der nächsten Regierung ein Loch von hundert Milliarden.", "Die Hannoversche Allgemeine Zeitung", "schreibt"),
   ("Eine Reform, die niemandem wehtut, verdient den Namen nicht.", "„Münchner Merkur“", "heißt es"),
   ("Sicherheit im Alter ist kein Luxus, sondern ein Versprechen.", "Die „Berliner Zeitung“", "verteidigt")])

# 24 reactions as a hyphen list, roles and parties, one organisation
A(["Reaktionen auf das Urteil zum Klimaschutzgesetz",
   "Das Bundesverfassungsgericht hat Teile des Klimaschutzgesetzes für verfassungswidrig erklärt. Die Reaktionen:",
   "- Umweltministerin Jana Petersen (Grüne): „Das Gericht gibt uns Rückenwind. Wir werden nachbessern, und zwar schnell.“",
   "- Tobias Kern (CDU): „Die Regierung hat schlampig gearbeitet. Das rächt sich jetzt.“",
   "- Die Deutsche Umwelthilfe: „Ein historischer Tag für alle, die nach uns kommen.“",
   "- Der Präsident des Industrieverbands, Martin Lenz: „Wir brauchen jetzt Planungssicherheit, keine neuen Verbote.“",
   "Die Regierung hat nun zwei Jahre Zeit, das Gesetz zu ändern."],
  [("Das Gericht gibt uns Rückenwind. Wir werden nachbessern, und zwar schnell.", "Umweltministerin Jana Petersen (Grüne)", None),
   ("Die Regierung hat schlampig gearbeitet. Das rächt sich jetzt.", "Tobias Kern (CDU)", None),
   ("Ein historischer Tag für alle, die nach uns kommen.", "Die Deutsche Umwelthilfe", None),
   ("Wir brauchen jetzt Planungssicherheit, keine neuen Verbote.", "Der Präsident des Industrieverbands, Martin Lenz", None)])

# 25 court transcript without marks: role labels alternating
A(["Aus dem Gerichtssaal: Streit um einen Gartenzaun",
   "Vor dem Amtsgericht Celle stritten zwei Nachbarn am Dienstag über einen Zaun, der 30 Zentimeter zu hoch sein soll. Ein Auszug aus der Verhandlung:",
   "Richterin: Herr Krüger, warum haben Sie den Zaun so hoch gebaut?",
   "Kläger: Ich habe ihn gar nicht gebaut. Der stand schon da, als wir eingezogen sind.",
   "Richterin: Ihr Nachbar sagt etwas anderes.",
   "Beklagter: Er hat ihn im Sommer aufgestockt, das habe ich mit eigenen Augen gesehen.",
   "Richterin: Ich schlage vor, dass wir uns den Zaun gemeinsam ansehen.",
   "Der Ortstermin ist für kommende Woche angesetzt."],
  [("Herr Krüger, warum haben Sie den Zaun so hoch gebaut?", "Richterin", PLAIN),
   ("Ich habe ihn gar nicht gebaut. Der stand schon da, als wir eingezogen sind.", "Kläger", PLAIN),
   ("Ihr Nachbar sagt etwas anderes.", "Richterin", PLAIN),
   ("Er hat ihn im Sommer aufgestockt, das habe ich mit eigenen Augen gesehen.", "Beklagter", PLAIN),
   ("Ich schlage vor, dass wir uns den Zaun gemeinsam ansehen.", "Richterin", PLAIN)])

# 26 live ticker of a handball match: minutes, a dash, speakers after the quotation and before it
A(["Live: Handball-Pokal in Kiel",
   "19:00 Uhr – Anpfiff in Kiel. Die Halle ist mit 10.000 Zuschauern ausverkauft.",
   "19:31 Uhr – Halbzeit beim Stand von 14:12. „Wir stehen hinten gut, vorne fehlt die Geduld“, sagt Kiels Sportchef Tim Brandt in der Pause.",
   "20:05 Uhr – Abpfiff! Kiel gewinnt 29:25.",
   "20:12 Uhr – Kiels Trainer Filip Jansen: „Die zweite Halbzeit war das Beste, was wir in dieser Saison gespielt haben.“",
   "20:20 Uhr – Gästetrainerin Maren Voss: „Wir haben eine Viertelstunde lang den Kopf verloren.“",
   "20:25 Uhr – Jansen ergänzt: „Jetzt wollen wir nach Hamburg zum Final Four.“"],
  [("Wir stehen hinten gut, vorne fehlt die Geduld", "Kiels Sportchef Tim Brandt", "sagt"),
   ("Die zweite Halbzeit war das Beste, was wir in dieser Saison gespielt haben.", "Kiels Trainer Filip Jansen", None),
   ("Wir haben eine Viertelstunde lang den Kopf verloren.", "Gästetrainerin Maren Voss", None),
   ("Jetzt wollen wir nach Hamburg zum Final Four.", "Jansen", "ergänzt")])

# 27 a statement paragraph by paragraph after "heißt es in der Erklärung", then a reply
A(["Ärzte kündigen Protest an",
   "Die Kassenärztliche Vereinigung Bayerns hat für den kommenden Monat Praxisschließungen angekündigt. In einer Erklärung des Vorstands heißt es:",
   "„Die Praxen arbeiten seit Jahren am Limit. Jede dritte Hausarztpraxis auf dem Land findet keinen Nachfolger.",
   "„Wir fordern die Staatsregierung auf, die Niederlassung in ländlichen Regionen endlich zu fördern.",
   "„Die Schließungen treffen die Patienten, das wissen wir. Aber ohne Protest ändert sich nichts.“",
   "Gesundheitsministerin Carola Brandl reagierte gelassen. „Wir sind im Gespräch, und das bleiben wir auch“, sagte sie."],
  [("Die Praxen arbeiten seit Jahren am Limit. Jede dritte Hausarztpraxis auf dem Land findet keinen Nachfolger.", "einer Erklärung des Vorstands", "heißt es"),
   ("Wir fordern die Staatsregierung auf, die Niederlassung in ländlichen Regionen endlich zu fördern.", "einer Erklärung des Vorstands", None),
   ("Die Schließungen treffen die Patienten, das wissen wir. Aber ohne Protest ändert sich nichts.", "einer Erklärung des Vorstands", None),
   ("Wir sind im Gespräch, und das bleiben wir auch", "sie", "sagte")])



if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
