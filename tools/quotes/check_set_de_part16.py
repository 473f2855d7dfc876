#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sixteenth part of the German quotes check set: long news articles with many speakers.

Each article runs over several paragraphs and quotes three to six people or bodies, so the speaker
of a quotation has to be followed across sentences and paragraphs: a speaker introduced with name
and role and quoted again by surname, by role ("die Ministerin"), by pronoun or with no cue at all
in the next paragraph; two speakers taking turns; a quotation in the lead whose speaker is named
only in the second paragraph; sources behind "so X", "laut X", "X zufolge", "nach Angaben von X",
"wie X mitteilte", "heißt es in einer Erklärung der X", "X betonte:", "auf die Frage, ob …,
antwortete X:"; an organisation beside its spokesperson; a person mentioned, not speaking, between
a speaker and the quotation; and titles, names, mottos, terms and scare quotes in marks in the same
articles, which are no quotations.

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt:
the phrase of the quotation's own sentence (with its apposition), a pronoun subject as written,
reported speech with no subject of its own going with the nearest mention in a main clause before,
a quotation with no cue of its own with the mention before it (in the paragraph before when its own
has none), the spokesperson rather than the body, no speaker after a bare "hieß es". Written and
annotated before running the stage on them; all people, places and organisations are fictional.

  python3 tools/quotes/check_set_de_part16.py
"""
from checkset import write_part

OPEN = "„»"
CLOSE = "“«"
FIRST = 561

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 politics: a minister by role, surname and pronoun; an opposition leader with a person in between
A(["Landtag streitet über Schulreform",
   "Der Landtag von Nordhessen hat am Donnerstag in erster Lesung über das neue Schulgesetz beraten. Kultusministerin Sabine Hartwig (SPD) verteidigte den Entwurf, der längeres gemeinsames Lernen bis zur sechsten Klasse vorsieht. „Wir geben den Kindern zwei Jahre mehr Zeit, bevor über ihren Weg entschieden wird“, sagte die Ministerin zu Beginn der Debatte.",
   "Hartwig verwies auf Erfahrungen aus Skandinavien, wo die Ergebnisse „keineswegs schlechter“ seien. Die Reform sei zudem „kein Sparprogramm“, betonte sie. Nach ihren Worten sollen in den kommenden vier Jahren 600 zusätzliche Lehrkräfte eingestellt werden, die meisten davon an Grundschulen in kleineren Gemeinden.",
   "Der Fraktionsvorsitzende der CDU, Gerd Falke, warf der Regierung vor, die Gymnasien „durch die Hintertür abschaffen“ zu wollen. Über die Ministerin sagte er: „Frau Hartwig hat mit keinem einzigen Schulleiter gesprochen, bevor sie diesen Entwurf geschrieben hat.“ Eltern im ländlichen Raum müssten ihre Kinder künftig „noch weiter fahren“, weil kleine Standorte zusammengelegt würden.",
   "Die Vorsitzende des Landeselternbeirats, Miriam Stolz, begrüßte die Pläne grundsätzlich. Sie forderte aber „klare Zusagen für mehr Lehrerstellen“. Ohne zusätzliches Personal werde das gemeinsame Lernen „zur Mogelpackung“.",
   "Ein Sprecher der Lehrergewerkschaft GEW sagte, man werde den Entwurf „genau prüfen“. Die Gewerkschaft hatte bereits im Frühjahr eine Kampagne unter dem Motto „Zeit zum Lernen“ gestartet und mehr als 40.000 Unterschriften gesammelt.",
   "Am Ende der Debatte meldete sich die Ministerin noch einmal zu Wort. Auf die Frage des Abgeordneten Falke, ob die Regierung zu Änderungen bereit sei, antwortete Hartwig: „Über Details reden wir gern, über das Ziel nicht.“",
   "„Wir haben lange genug gewartet. Die Kinder können nicht warten.“",
   "Der Entwurf wird nun im Bildungsausschuss beraten. Die zweite Lesung ist für März geplant, das Gesetz soll zum Schuljahr 2013/14 in Kraft treten."],
  [("Wir geben den Kindern zwei Jahre mehr Zeit, bevor über ihren Weg entschieden wird", "die Ministerin", "sagte"),
   ("keineswegs schlechter", "Hartwig", "verwies auf"),
   ("kein Sparprogramm", "sie", "betonte"),
   ("durch die Hintertür abschaffen", "Der Fraktionsvorsitzende der CDU, Gerd Falke", "warf vor"),
   ("Frau Hartwig hat mit keinem einzigen Schulleiter gesprochen, bevor sie diesen Entwurf geschrieben hat.", "er", "sagte"),
   ("noch weiter fahren", "er", None),
   ("klare Zusagen für mehr Lehrerstellen", "Sie", "forderte"),
   ("zur Mogelpackung", "Sie", None),
   ("genau prüfen", "Ein Sprecher der Lehrergewerkschaft GEW", "sagte"),
   ("Über Details reden wir gern, über das Ziel nicht.", "Hartwig", "antwortete"),
   ("Wir haben lange genug gewartet. Die Kinder können nicht warten.", "Hartwig", None)])

# 2 economy: the quotation in the lead, its speaker in the second paragraph; firm against its spokesman
A(["Autozulieferer streicht 1.200 Stellen",
   "Der Autozulieferer Brenntaler Antriebstechnik streicht 1.200 Arbeitsplätze in Deutschland. „Wir haben keine andere Wahl, wenn wir das Unternehmen retten wollen.“",
   "Mit diesen Worten begründete der Vorstandsvorsitzende Klaus-Dieter Hamm am Montag bei einer Pressekonferenz in Ravensfeld den Schritt. Die Aufträge aus der Autoindustrie seien seit dem Herbst um ein Drittel eingebrochen. „Eine solche Krise hat dieses Haus in seiner ganzen Geschichte nicht erlebt“, sagte Hamm. Betroffen sind vor allem die Werke in Ravensfeld und Oberlinden.",
   "Der Betriebsratsvorsitzende Stefan Kürten reagierte mit scharfer Kritik. Der Vorstand habe die Belegschaft „aus der Zeitung“ von den Plänen erfahren lassen. „Das ist ein Stil, den wir uns nicht bieten lassen“, sagte Kürten. Er kündigte für Mittwoch eine Betriebsversammlung an.",
   "Hamm wies den Vorwurf zurück. Man habe den Betriebsrat „am Freitagabend vertraulich informiert“. Auf die Frage, ob es betriebsbedingte Kündigungen geben werde, antwortete der Vorstandschef: „Das wollen wir vermeiden, ausschließen kann ich es heute nicht.“",
   "Die IG Metall kündigte Widerstand an. In einer Erklärung der Gewerkschaft heißt es: „Wer in guten Jahren Rekordgewinne ausschüttet, darf in schlechten Jahren nicht als Erstes an die Beschäftigten denken.“ Ein Sprecher des Unternehmens sagte dazu, die Dividende für das vergangene Jahr sei „bereits halbiert“ worden.",
   "Wirtschaftsminister Ulrich Brandes zeigte sich besorgt. Laut Brandes will das Land prüfen, ob Kurzarbeit und Qualifizierungsprogramme einen Teil der Stellen sichern können. „Wir lassen die Region nicht allein“, sagte der Minister.",
   "Die Aktie des Unternehmens, das im Index „Mittelstand 50“ geführt wird, verlor bis zum Abend knapp sechs Prozent."],
  [("Wir haben keine andere Wahl, wenn wir das Unternehmen retten wollen.", "der Vorstandsvorsitzende Klaus-Dieter Hamm", "Mit diesen Worten begründete"),
   ("Eine solche Krise hat dieses Haus in seiner ganzen Geschichte nicht erlebt", "Hamm", "sagte"),
   ("aus der Zeitung", "Der Betriebsratsvorsitzende Stefan Kürten", None),
   ("Das ist ein Stil, den wir uns nicht bieten lassen", "Kürten", "sagte"),
   ("am Freitagabend vertraulich informiert", "Hamm", None),
   ("Das wollen wir vermeiden, ausschließen kann ich es heute nicht.", "der Vorstandschef", "antwortete"),
   ("Wer in guten Jahren Rekordgewinne ausschüttet, darf in schlechten Jahren nicht als Erstes an die Beschäftigten denken.", "einer Erklärung der Gewerkschaft", "heißt es"),
   ("bereits halbiert", "Ein Sprecher des Unternehmens", "sagte"),
   ("Wir lassen die Region nicht allein", "der Minister", "sagte")])

# 3 court: judge, prosecutor and defence take turns; the defendant's last word; a quotation with no cue
A(["Bewährungsstrafe für früheren Bürgermeister",
   "Das Landgericht Kesselbach hat den früheren Bürgermeister von Uhlenbrook, Herbert Mauch, wegen Vorteilsnahme zu einer Bewährungsstrafe von einem Jahr und zwei Monaten verurteilt. Mauch hatte nach Überzeugung des Gerichts von einem Bauunternehmer Reisen und einen Gebrauchtwagen angenommen und im Gegenzug Aufträge der Stadt vergeben.",
   "Die Vorsitzende Richterin Annegret Lohse sagte in der Urteilsbegründung, der Angeklagte habe „das Vertrauen seiner Bürger verkauft“. Strafmildernd habe die Kammer sein spätes Geständnis gewertet. „Ohne dieses Geständnis hätten wir über eine andere Strafe gesprochen“, sagte Lohse.",
   "Staatsanwalt Dirk Ebeling hatte zwei Jahre und sechs Monate ohne Bewährung gefordert. In seinem Plädoyer sprach er von einem „System gegenseitiger Gefälligkeiten“, das über Jahre gewachsen sei. Der Bauunternehmer Rainer Sommer, der in einem gesonderten Verfahren bereits verurteilt wurde, sei dabei „nicht der Verführer, sondern der Partner“ gewesen.",
   "Mauchs Verteidiger, der Rechtsanwalt Jörg Pfeiffer, hielt dagegen. Sein Mandant habe „keinen einzigen Euro“ für sich behalten. „Hier sitzt ein Mann, der für seine Stadt zu viel wollte und dabei Fehler gemacht hat“, sagte Pfeiffer. Der Anwalt kündigte an, das Urteil zu prüfen.",
   "In seinem letzten Wort wandte sich Mauch an die Zuschauer, unter denen viele ehemalige Mitarbeiter der Stadtverwaltung saßen. „Ich schäme mich für das, was ich getan habe.“ Er habe Uhlenbrook „nie schaden wollen“.",
   "Die Richterin sagte nach der Verkündung, das Gericht habe die Lebensleistung des Angeklagten durchaus gesehen. Auf die Frage eines Reporters, ob das Urteil nicht zu milde sei, antwortete sie: „Das Gesetz sieht für Ersttäter diese Möglichkeit ausdrücklich vor.“",
   "Der Stadtrat von Uhlenbrook hatte den Fall im vergangenen Jahr in einem Bericht mit dem Titel „Aufträge ohne Ausschreibung“ aufgearbeitet. Das Urteil ist noch nicht rechtskräftig."],
  [("das Vertrauen seiner Bürger verkauft", "Die Vorsitzende Richterin Annegret Lohse", "sagte"),
   ("Ohne dieses Geständnis hätten wir über eine andere Strafe gesprochen", "Lohse", "sagte"),
   ("System gegenseitiger Gefälligkeiten", "er", "sprach von"),
   ("nicht der Verführer, sondern der Partner", "er", None),
   ("keinen einzigen Euro", "Mauchs Verteidiger, der Rechtsanwalt Jörg Pfeiffer", None),
   ("Hier sitzt ein Mann, der für seine Stadt zu viel wollte und dabei Fehler gemacht hat", "Pfeiffer", "sagte"),
   ("Ich schäme mich für das, was ich getan habe.", "Mauch", None),
   ("nie schaden wollen", "Er", None),
   ("Das Gesetz sieht für Ersttäter diese Möglichkeit ausdrücklich vor.", "sie", "antwortete")])

# 4 sport: coach and player alternate by surname, a club statement, a nickname and a stadium name in marks
A(["Ahlbach verliert Derby in letzter Minute",
   "Der TSV Ahlbach hat das Derby gegen Eintracht Sörgel mit 1:2 verloren und ist auf den vorletzten Tabellenplatz gefallen. Vor 23.000 Zuschauern im „Waldstadion am Kreuzberg“ fiel das Siegtor für die Gäste in der Nachspielzeit.",
   "Ahlbachs Trainer Martin Kessler war nach dem Spiel sichtlich enttäuscht. „Wir waren siebzig Minuten die bessere Mannschaft und stehen mit leeren Händen da“, sagte Kessler. Kapitän Dennis Vogt sah es ähnlich. „Wenn du solche Spiele nicht gewinnst, steigst du ab“, sagte der 31-Jährige.",
   "Kessler kritisierte vor allem den Schiedsrichter. Dem Tor sei ein klares Foul an Vogt vorausgegangen. „Das sieht jeder im Stadion, nur einer nicht.“",
   "Sörgels Trainer Paolo Ferrante wollte davon nichts wissen. „Ich habe kein Foul gesehen, und ich stand drei Meter daneben“, sagte der Italiener. Sein Stürmer Luka Petrović, von den Fans „der Zauberer“ genannt, hatte beide Tore für die Gäste erzielt. Ferrante lobte ihn als „Spieler, der den Unterschied macht“.",
   "Vogt gab sich am Ende kämpferisch. „Wir haben noch zwölf Spiele. Ich glaube an diese Mannschaft.“ Auch Kessler sprach von einer „Aufgabe, die wir lösen werden“.",
   "Der Verein teilte am Abend mit, dass Kessler trotz der Niederlage im Amt bleibe. „Wir stehen zu unserem Trainer“, heißt es in einer Erklärung des TSV Ahlbach. Sportdirektor Bernd Ostermann sagte, eine Trainerdiskussion werde es „nicht geben“.",
   "Am kommenden Samstag spielt Ahlbach beim Tabellenführer in Grünwalde."],
  [("Wir waren siebzig Minuten die bessere Mannschaft und stehen mit leeren Händen da", "Kessler", "sagte"),
   ("Wenn du solche Spiele nicht gewinnst, steigst du ab", "der 31-Jährige", "sagte"),
   ("Das sieht jeder im Stadion, nur einer nicht.", "Kessler", None),
   ("Ich habe kein Foul gesehen, und ich stand drei Meter daneben", "der Italiener", "sagte"),
   ("Spieler, der den Unterschied macht", "Ferrante", "lobte als"),
   ("Wir haben noch zwölf Spiele. Ich glaube an diese Mannschaft.", "Vogt", None),
   ("Aufgabe, die wir lösen werden", "Kessler", "sprach von"),
   ("Wir stehen zu unserem Trainer", "einer Erklärung des TSV Ahlbach", "heißt es"),
   ("nicht geben", "Sportdirektor Bernd Ostermann", "sagte")])

# 5 disaster: police and fire brigade spokespeople, "nach Angaben von", "so", "laut", a resident
A(["Hochwasser in Oberlinden: Hunderte Häuser evakuiert",
   "Nach tagelangen Regenfällen ist die Werra bei Oberlinden über die Ufer getreten. Rund 800 Bewohner mussten in der Nacht zum Sonntag ihre Häuser verlassen. Nach Angaben von Landrat Friedhelm Busch stand der Pegel am Morgen bei 6,40 Metern, so hoch wie seit 1947 nicht mehr.",
   "„Die Lage ist ernst, aber unter Kontrolle“, sagte Busch bei einer Pressekonferenz im Kreishaus. Der Landrat rief den Katastrophenfall aus. Laut Busch sind mehr als 1.000 Helfer von Feuerwehr, Technischem Hilfswerk und Bundeswehr im Einsatz.",
   "Der Sprecher der Kreisfeuerwehr, Tobias Renner, berichtete von dramatischen Szenen. Einsatzkräfte hätten eine ältere Frau „buchstäblich in letzter Minute“ aus ihrem Haus geholt. „Das Wasser stand ihr schon bis zur Brust“, so Renner.",
   "Die Polizei sperrte die Bundesstraße 27 und mehrere Brücken. Einem Polizeisprecher zufolge wurden in zwei verlassenen Häusern Plünderer festgenommen. „Wir haben die Streifen in den geräumten Straßen verdoppelt“, sagte er.",
   "Anwohnerin Gisela Hartung verbrachte die Nacht in der Turnhalle der Gesamtschule, die zur Notunterkunft umgebaut wurde. „Ich habe nur meine Tabletten und die Fotos meiner Enkel mitgenommen“, erzählte die 78-Jährige. Ihr Nachbar, der sie mit dem Auto abgeholt hatte, sei „ein Engel“.",
   "Wie der Deutsche Wetterdienst mitteilte, soll der Regen erst am Dienstag nachlassen. Der Meteorologe Jens Pohl sagte, der Boden sei „gesättigt wie ein Schwamm“. Landrat Busch bat die Bevölkerung, das Hochwassergebiet zu meiden: „Schaulustige behindern die Helfer.“",
   "Die Landesregierung hat Soforthilfen in Aussicht gestellt. Ministerpräsidentin Ilse Kramer will am Montag das Gebiet besuchen."],
  [("Die Lage ist ernst, aber unter Kontrolle", "Busch", "sagte"),
   ("buchstäblich in letzter Minute", "Der Sprecher der Kreisfeuerwehr, Tobias Renner", None),
   ("Das Wasser stand ihr schon bis zur Brust", "Renner", "so"),
   ("Wir haben die Streifen in den geräumten Straßen verdoppelt", "er", "sagte"),
   ("Ich habe nur meine Tabletten und die Fotos meiner Enkel mitgenommen", "die 78-Jährige", "erzählte"),
   ("ein Engel", "die 78-Jährige", None),
   ("gesättigt wie ein Schwamm", "Der Meteorologe Jens Pohl", "sagte"),
   ("Schaulustige behindern die Helfer.", "Landrat Busch", "bat")])

# 6 science: a study's authors, its lead author by surname and pronoun, a critic, the institute as a body
A(["Studie: Feldhamster kehrt in die Börde zurück",
   "Der fast ausgestorbene Feldhamster breitet sich in der Magdeburger Börde wieder aus. Das geht aus einer Studie des Instituts für Agrarökologie in Halberstadt hervor, die am Mittwoch in der Fachzeitschrift „Ökologie und Landbau“ erschienen ist.",
   "Die Forscher hatten drei Jahre lang auf 40 Feldern die Baue der Tiere gezählt. „Wir haben auf den Flächen mit Blühstreifen fast viermal so viele Baue gefunden wie auf konventionell bewirtschafteten Feldern“, schreiben die Autoren.",
   "Die Leiterin der Studie, die Biologin Dr. Henrike Asmus, sprach von einem „ermutigenden Signal“. Der Bestand sei aber „noch lange nicht gesichert“. Asmus sagte, ein einziger nasser Winter könne viele Tiere töten. „Der Hamster braucht Zeit, und er braucht Landwirte, die mitmachen.“",
   "Der Bauernverband Sachsen-Anhalt begrüßte die Ergebnisse. Ihr Sprecher Matthias Kolbe sagte, die Landwirte hätten „mehr getan, als ihnen zugetraut wurde“. Er forderte zugleich, die Förderung für Blühstreifen zu verlängern.",
   "Skeptischer äußerte sich der Zoologe Prof. Arnold Weyer von der Universität Göttingen, der an der Studie nicht beteiligt war. Die Zahlen seien „interessant, aber nicht repräsentativ“. Auf die Frage, ob der Feldhamster damit von der Roten Liste gestrichen werden könne, antwortete Weyer: „Davon sind wir mindestens zehn Jahre entfernt.“",
   "Asmus widersprach dem nicht. „Professor Weyer hat recht, dass drei Jahre wenig sind“, sagte sie. Das Institut will die Zählungen deshalb fortsetzen. In einer Mitteilung des Instituts heißt es, das Projekt „Hamsterfeld“ sei bis 2016 finanziert."],
  [("Wir haben auf den Flächen mit Blühstreifen fast viermal so viele Baue gefunden wie auf konventionell bewirtschafteten Feldern", "die Autoren", "schreiben"),
   ("ermutigenden Signal", "Die Leiterin der Studie, die Biologin Dr. Henrike Asmus", "sprach von"),
   ("noch lange nicht gesichert", "Die Leiterin der Studie, die Biologin Dr. Henrike Asmus", None),
   ("Der Hamster braucht Zeit, und er braucht Landwirte, die mitmachen.", "Asmus", None),
   ("mehr getan, als ihnen zugetraut wurde", "Ihr Sprecher Matthias Kolbe", "sagte"),
   ("interessant, aber nicht repräsentativ", "der Zoologe Prof. Arnold Weyer von der Universität Göttingen", None),
   ("Davon sind wir mindestens zehn Jahre entfernt.", "Weyer", "antwortete"),
   ("Professor Weyer hat recht, dass drei Jahre wenig sind", "sie", "sagte")])

# 7 culture: film festival with a title, a jury president, the director by pronoun and role
A(["Goldene Lerche für Familiendrama aus Polen",
   "Das Familiendrama „Die Stunde vor dem Schnee“ der polnischen Regisseurin Agata Nowicka hat beim Filmfest Kronstadt die Goldene Lerche gewonnen. Der Film erzählt von drei Schwestern, die nach dem Tod ihres Vaters auf den Hof ihrer Kindheit zurückkehren.",
   "Jurypräsident Hans-Werner Lipp, selbst Regisseur, lobte das Werk als „Film von großer Stille und noch größerer Kraft“. Die Entscheidung sei einstimmig gefallen. „Wir haben selten so schnell Einigkeit gefunden“, sagte Lipp bei der Preisverleihung am Samstagabend.",
   "Nowicka nahm den Preis sichtlich bewegt entgegen. Sie widmete ihn ihrer Mutter, die den Film nicht mehr sehen konnte. „Sie hat mir beigebracht, dass man über die schwierigsten Dinge leise sprechen kann.“ Die Regisseurin dankte auch ihrem Kameramann Piotr Zieliński, den sie „mein zweites Auge“ nannte.",
   "Den Preis für die beste Darstellerin erhielt die Schweizerin Lea Brunner für ihre Rolle in „Nachtzug nach Genua“. „Ich hatte mit allem gerechnet, nur nicht damit“, sagte die 24-Jährige, die zum ersten Mal in einer Hauptrolle zu sehen war.",
   "Festivalleiterin Katrin Sauer zog eine positive Bilanz. Mit 61.000 Besuchern sei ein Rekord erreicht worden. Wie Sauer mitteilte, soll das Festival im kommenden Jahr um einen Tag verlängert werden. „Das Publikum hat uns gezeigt, dass es das will.“",
   "Kritik kam vom Verband der Programmkinos. Dessen Vorsitzender Ralf Imhoff sagte, viele der ausgezeichneten Filme würden „nie ein normales Kino erreichen“, weil die Verleihe kein Risiko eingingen."],
  [("Film von großer Stille und noch größerer Kraft", "Jurypräsident Hans-Werner Lipp, selbst Regisseur", "lobte als"),
   ("Wir haben selten so schnell Einigkeit gefunden", "Lipp", "sagte"),
   # (annotated "Sie" at first; the conventions table gives a quotation without a cue after a
   # pronoun subject that speaks no words the name before the pronoun)
   ("Sie hat mir beigebracht, dass man über die schwierigsten Dinge leise sprechen kann.", "Nowicka", None),
   ("mein zweites Auge", "sie", "nannte"),
   ("Ich hatte mit allem gerechnet, nur nicht damit", "die 24-Jährige", "sagte"),
   ("Das Publikum hat uns gezeigt, dass es das will.", "Sauer", None),
   ("nie ein normales Kino erreichen", "Dessen Vorsitzender Ralf Imhoff", "sagte")])

# 8 coalition talks: two party leaders alternating, "X betonte:", a quotation with no cue after each
A(["Koalitionsgespräche in Elbmark vertagt",
   "Die Verhandlungen über eine Koalition aus SPD und Grünen in Elbmark sind am Dienstag ohne Ergebnis vertagt worden. Streitpunkt bleibt der geplante Ausbau des Hafens von Neustadt.",
   "SPD-Landeschef Thomas Rieger sagte nach der achtstündigen Sitzung, man sei sich in „neun von zehn Fragen“ einig. Der Hafen sei für das Land aber „keine Verhandlungsmasse“. Rieger betonte: „Ohne den Ausbau verlieren wir 3.000 Arbeitsplätze an die Konkurrenz in Holland.“",
   "Die Grünen-Spitzenkandidatin Johanna Weiß sah das anders. Sie verwies auf ein Gutachten, nach dem die Vertiefung der Fahrrinne die Fischbestände in der Elbe „dauerhaft schädigen“ würde. „Wir sind nicht angetreten, um ein Naturschutzgebiet auszubaggern.“",
   "Rieger reagierte gereizt auf die Frage, ob die SPD auch mit der CDU sprechen werde. „Wir führen Gespräche mit den Grünen, und zwar ernsthaft.“ Die CDU-Vorsitzende Doris Lang hatte am Wochenende angeboten, für Sondierungen „jederzeit“ bereitzustehen.",
   "Weiß zeigte sich dennoch zuversichtlich. „Am Ende wird es einen Kompromiss geben, mit dem beide leben können“, sagte sie. Die Grünen wollen nun ein eigenes Konzept vorlegen, das unter dem Arbeitstitel „Hafen 2030“ läuft.",
   "Die Verhandlungen sollen am Freitag fortgesetzt werden. Der Landtag muss bis Mitte Dezember einen Ministerpräsidenten wählen."],
  [("neun von zehn Fragen", "SPD-Landeschef Thomas Rieger", "sagte"),
   ("keine Verhandlungsmasse", "SPD-Landeschef Thomas Rieger", None),
   ("Ohne den Ausbau verlieren wir 3.000 Arbeitsplätze an die Konkurrenz in Holland.", "Rieger", "betonte"),
   ("dauerhaft schädigen", "Sie", "verwies auf"),
   ("Wir sind nicht angetreten, um ein Naturschutzgebiet auszubaggern.", "Sie", None),
   ("Wir führen Gespräche mit den Grünen, und zwar ernsthaft.", "Rieger", None),
   ("jederzeit", "Die CDU-Vorsitzende Doris Lang", "hatte angeboten"),
   ("Am Ende wird es einen Kompromiss geben, mit dem beide leben können", "sie", "sagte")])

# 9 strike: union against airport, "laut", "zufolge", "wie … mitteilte", an organisation and its spokeswoman
A(["Warnstreik legt Flughafen Lindau-Süd lahm",
   "Ein Warnstreik des Bodenpersonals hat am Donnerstag den Flughafen Lindau-Süd weitgehend lahmgelegt. Laut der Flughafengesellschaft fielen 214 von 260 geplanten Starts und Landungen aus. Tausende Reisende saßen fest.",
   "Die Gewerkschaft Verdi hatte die rund 2.000 Beschäftigten der Bodenverkehrsdienste zu dem ganztägigen Ausstand aufgerufen. Verhandlungsführer Achim Berger sagte, die Arbeitgeber hätten in drei Runden „kein ernsthaftes Angebot“ vorgelegt. „Unsere Kolleginnen und Kollegen schleppen jeden Tag tonnenweise Koffer für einen Lohn, von dem man in dieser Region kaum leben kann.“",
   "Eine Sprecherin des Flughafens, Nadine Fuchs, nannte den Streik „unverhältnismäßig“. Man habe ein Angebot mit einer Erhöhung um 2,5 Prozent vorgelegt. Dem Flughafen zufolge entsteht durch den Ausfall ein Schaden von mehreren Millionen Euro. „Leidtragende sind die Passagiere“, sagte Fuchs.",
   "Der Verband der Luftverkehrswirtschaft forderte gesetzliche Regeln für Streiks an Flughäfen. In einer Stellungnahme des Verbands heißt es: „Kritische Infrastruktur darf nicht beliebig stillgelegt werden.“",
   "Berger wies die Forderung als „Angriff auf das Streikrecht“ zurück. Wie die Gewerkschaft am Abend mitteilte, soll am Montag weiter verhandelt werden, sonst seien „weitere Arbeitsniederlegungen“ nicht ausgeschlossen.",
   "Reisende reagierten unterschiedlich. Der Geschäftsmann Uwe Reinholz, dessen Flug nach Hamburg gestrichen wurde, sagte: „Ich verstehe die Leute ja, aber warum immer an einem Donnerstag?“"],
  [("kein ernsthaftes Angebot", "Verhandlungsführer Achim Berger", "sagte"),
   ("Unsere Kolleginnen und Kollegen schleppen jeden Tag tonnenweise Koffer für einen Lohn, von dem man in dieser Region kaum leben kann.", "Verhandlungsführer Achim Berger", None),
   ("unverhältnismäßig", "Eine Sprecherin des Flughafens, Nadine Fuchs", "nannte"),
   ("Leidtragende sind die Passagiere", "Fuchs", "sagte"),
   ("Kritische Infrastruktur darf nicht beliebig stillgelegt werden.", "einer Stellungnahme des Verbands", "heißt es"),
   ("Angriff auf das Streikrecht", "Berger", "wies als zurück"),
   ("weitere Arbeitsniederlegungen", "die Gewerkschaft", None),
   ("Ich verstehe die Leute ja, aber warum immer an einem Donnerstag?", "Der Geschäftsmann Uwe Reinholz", "sagte")])

# 10 hospital closure: a district administrator, a chief physician, a citizens' group, "nach Angaben"
A(["Kreisklinik Wettenau schließt Geburtsstation",
   "Die Kreisklinik Wettenau wird ihre Geburtsstation zum Jahresende schließen. Das hat der Aufsichtsrat am Mittwochabend beschlossen. Nach Angaben des Klinikums kamen dort im vergangenen Jahr nur noch 310 Kinder zur Welt, zu wenige für einen sicheren Betrieb.",
   "Der Geschäftsführer des Klinikums, Bernhard Saalfeld, sprach von einer „bitteren, aber unausweichlichen Entscheidung“. Es fehle vor allem an Hebammen. „Wir haben zwei Jahre lang jede Stelle ausgeschrieben, die wir hatten, und kaum Bewerbungen bekommen“, sagte Saalfeld.",
   "Der Chefarzt der Frauenklinik, Dr. Volker Amsel, bedauerte den Schritt. Er habe „bis zuletzt“ auf eine andere Lösung gehofft. Künftig müssen Schwangere aus dem Kreis nach Hellbrück fahren, das rund 45 Kilometer entfernt liegt. Amsel sagte: „Für eine Frau in den Wehen ist das eine lange Strecke, im Winter erst recht.“",
   "Die Bürgerinitiative „Geburt vor Ort“ kündigte Proteste an. Ihre Sprecherin Sandra Keil sagte, man habe 12.000 Unterschriften gesammelt. „Der Kreis spart auf dem Rücken der Mütter.“ Die Initiative will vor dem Kreistag demonstrieren.",
   "Landrat Peter Wendt verteidigte den Beschluss. Auf die Frage, ob der Kreis die Station nicht mit eigenem Geld hätte retten können, antwortete Wendt: „Geld allein bringt keine Hebammen nach Wettenau.“ Der Landrat kündigte an, den Rettungsdienst im Süden des Kreises zu verstärken.",
   "Die Landesgesundheitsministerin Carola Zimmer sagte, das Land werde die Entwicklung „genau beobachten“. Ihr Ministerium prüfe ein Programm zur Förderung von Hebammen in ländlichen Regionen."],
  [("bitteren, aber unausweichlichen Entscheidung", "Der Geschäftsführer des Klinikums, Bernhard Saalfeld", "sprach von"),
   ("Wir haben zwei Jahre lang jede Stelle ausgeschrieben, die wir hatten, und kaum Bewerbungen bekommen", "Saalfeld", "sagte"),
   ("bis zuletzt", "Er", None),
   ("Für eine Frau in den Wehen ist das eine lange Strecke, im Winter erst recht.", "Amsel", "sagte"),
   ("Der Kreis spart auf dem Rücken der Mütter.", "Ihre Sprecherin Sandra Keil", None),
   ("Geld allein bringt keine Hebammen nach Wettenau.", "Wendt", "antwortete"),
   ("genau beobachten", "Die Landesgesundheitsministerin Carola Zimmer", "sagte")])

# 11 international summit: a chancellor, a foreign president via an interpreter, an aid organisation
A(["Gipfel in Marstrand endet mit Klimaerklärung",
   "Die Staats- und Regierungschefs der Ostseeanrainer haben sich bei ihrem Gipfel im schwedischen Marstrand auf eine gemeinsame Erklärung zum Schutz der Ostsee geeinigt. Bis 2025 sollen die Nährstoffeinträge aus der Landwirtschaft um ein Viertel sinken.",
   "Bundeskanzlerin Renate Hollmann nannte das Ergebnis einen „wichtigen ersten Schritt“. Die Ostsee sei „eines der am stärksten belasteten Meere der Welt“. „Was wir heute beschlossen haben, muss jetzt auch auf den Feldern ankommen“, sagte die Kanzlerin zum Abschluss.",
   "Der litauische Präsident Vytautas Kairys, der die Verhandlungen bis in die Nacht geleitet hatte, lobte vor allem die Zusammenarbeit mit Polen. Über den polnischen Regierungschef sagte Kairys: „Ohne seine Bereitschaft zum Kompromiss hätten wir heute nichts in der Hand.“ Kairys sprach über einen Dolmetscher.",
   "Umweltverbände zeigten sich enttäuscht. Die Erklärung sei „voller Absichten und ohne jede Verpflichtung“, so die Meeresbiologin Karin Lund vom Naturschutzbund. „Die Algen warten nicht auf das Jahr 2025.“",
   "Hollmann wies die Kritik zurück. Erstmals hätten sich alle Staaten auf Zahlen festgelegt, sagte sie. Auf die Frage, ob Deutschland die eigenen Bauern stärker in die Pflicht nehmen werde, antwortete die Kanzlerin: „Wir werden mit den Landwirten reden, nicht über sie.“",
   "Der nächste Gipfel findet 2014 in Danzig statt. Gastgeber Polen will ihn unter das Leitwort „Gemeinsames Meer“ stellen."],
  [("wichtigen ersten Schritt", "Bundeskanzlerin Renate Hollmann", "nannte"),
   ("eines der am stärksten belasteten Meere der Welt", "Bundeskanzlerin Renate Hollmann", None),
   ("Was wir heute beschlossen haben, muss jetzt auch auf den Feldern ankommen", "die Kanzlerin", "sagte"),
   ("Ohne seine Bereitschaft zum Kompromiss hätten wir heute nichts in der Hand.", "Kairys", "sagte"),
   ("voller Absichten und ohne jede Verpflichtung", "die Meeresbiologin Karin Lund vom Naturschutzbund", "so"),
   ("Die Algen warten nicht auf das Jahr 2025.", "die Meeresbiologin Karin Lund vom Naturschutzbund", None),
   ("Wir werden mit den Landwirten reden, nicht über sie.", "die Kanzlerin", "antwortete")])

# 12 data leak: company, its spokesman, a data protection officer, a hacker group named in marks
A(["Datenleck bei Versandhändler Nordkauf",
   "Beim Versandhändler Nordkauf sind nach einem Hackerangriff die Daten von rund 900.000 Kunden in falsche Hände geraten. Wie das Unternehmen am Freitag mitteilte, wurden Namen, Anschriften und teilweise Bankverbindungen kopiert. Passwörter seien „nach derzeitigem Stand“ nicht betroffen.",
   "Ein Sprecher von Nordkauf, Henning Lutz, sagte, der Angriff sei am Dienstag bemerkt worden. „Wir haben sofort die Polizei eingeschaltet und externe Fachleute hinzugezogen.“ Betroffene Kunden würden in den nächsten Tagen per Brief informiert.",
   "Zu dem Angriff bekannte sich im Internet eine Gruppe, die sich „Schwarzer Hering“ nennt. Ermittler halten die Bekennung allerdings für wenig glaubwürdig. Nach Angaben der Staatsanwaltschaft Bremerhaven wird gegen Unbekannt ermittelt.",
   "Der Landesdatenschutzbeauftragte Gerhard Kemper übte deutliche Kritik. Nordkauf habe die Daten „unzureichend verschlüsselt“ gespeichert, obwohl seine Behörde das Unternehmen bereits 2009 darauf hingewiesen habe. „Wer so viele Kundendaten sammelt, trägt auch eine besondere Verantwortung“, sagte Kemper. Ein Bußgeld schloss er nicht aus.",
   "Lutz wies den Vorwurf zurück. Die Systeme hätten „dem Stand der Technik“ entsprochen. Die Verbraucherzentrale riet Kunden, ihre Kontoauszüge in den kommenden Wochen genau zu prüfen. „Wer eine unbekannte Abbuchung entdeckt, sollte sie sofort zurückbuchen lassen“, sagte die Juristin Anke Möller von der Verbraucherzentrale."],
  [("nach derzeitigem Stand", "das Unternehmen", None),
   ("Wir haben sofort die Polizei eingeschaltet und externe Fachleute hinzugezogen.", "Ein Sprecher von Nordkauf, Henning Lutz", None),
   ("unzureichend verschlüsselt", "Der Landesdatenschutzbeauftragte Gerhard Kemper", None),
   ("Wer so viele Kundendaten sammelt, trägt auch eine besondere Verantwortung", "Kemper", "sagte"),
   ("dem Stand der Technik", "Lutz", None),
   ("Wer eine unbekannte Abbuchung entdeckt, sollte sie sofort zurückbuchen lassen", "die Juristin Anke Möller von der Verbraucherzentrale", "sagte")])

# 13 museum theft: police spokesman, museum director by role, an insurer, a scare quote in narration
A(["Goldschatz aus Heimatmuseum gestohlen",
   "Unbekannte haben in der Nacht zum Montag aus dem Heimatmuseum in Kappeln-Ost den sogenannten „Schatz von Lindhöft“ gestohlen, eine Sammlung von 34 keltischen Goldmünzen. Die Täter waren nach ersten Erkenntnissen durch ein Kellerfenster eingestiegen.",
   "„Die Alarmanlage hat ausgelöst, aber bis die Streife da war, waren die Täter weg.“ Das sagte der Sprecher der Polizeidirektion Flensmark, Olaf Brandt, am Montagmittag. Die Täter hätten „gezielt und sehr schnell“ gehandelt. Die Polizei sucht Zeugen, die in der Nacht einen dunklen Kleintransporter bemerkt haben.",
   "Museumsleiterin Dr. Edith Paulsen zeigte sich erschüttert. Die Münzen seien 1911 von einem Bauern beim Pflügen gefunden worden und „das Herz unserer Sammlung“. Den materiellen Wert bezifferte die Museumsleiterin auf rund 400.000 Euro. „Der Wert für die Geschichte der Region ist gar nicht zu beziffern“, sagte sie.",
   "Paulsen räumte ein, dass die Sicherheitstechnik des Museums veraltet war. Ein Antrag auf neue Vitrinen sei im vergangenen Jahr im Kulturausschuss gescheitert. Bürgermeister Lars Nissen, der dem Ausschuss vorsitzt, sagte dazu: „Wir hatten damals andere Prioritäten, das muss man heute selbstkritisch sehen.“",
   "Der Versicherer des Museums, die Nordische Kulturversicherung, setzte eine Belohnung von 20.000 Euro für Hinweise aus. Ein Sprecher des Versicherers sagte, Münzen dieser Art seien auf dem legalen Markt „praktisch unverkäuflich“. Die Täter könnten versuchen, sie einschmelzen zu lassen.",
   "Im Ort ist der Diebstahl seit Montag das einzige Gesprächsthema. Im Schaufenster der Bäckerei hängt bereits ein Zettel mit der Aufschrift „Bringt uns das Gold zurück!“."],
  [("Die Alarmanlage hat ausgelöst, aber bis die Streife da war, waren die Täter weg.", "der Sprecher der Polizeidirektion Flensmark, Olaf Brandt", "Das sagte"),
   ("gezielt und sehr schnell", "der Sprecher der Polizeidirektion Flensmark, Olaf Brandt", None),
   ("das Herz unserer Sammlung", "Museumsleiterin Dr. Edith Paulsen", None),
   ("Der Wert für die Geschichte der Region ist gar nicht zu beziffern", "sie", "sagte"),
   ("Wir hatten damals andere Prioritäten, das muss man heute selbstkritisch sehen.", "Bürgermeister Lars Nissen, der dem Ausschuss vorsitzt", "sagte"),
   ("praktisch unverkäuflich", "Ein Sprecher des Versicherers", "sagte")])

# 14 Bundestag debate: a minister, two opposition speakers, an interjection, the minister by role again
A(["Bundestag verlängert Einsatz vor der Küste Somalias",
   "Der Bundestag hat am Donnerstag mit großer Mehrheit das Mandat für die Beteiligung der Marine an der Pirateriebekämpfung vor der Küste Somalias um ein Jahr verlängert. 471 Abgeordnete stimmten dafür, 84 dagegen.",
   "Verteidigungsminister Frank Albrecht warb in der Debatte für die Verlängerung. Seit Beginn des Einsatzes sei die Zahl der erfolgreichen Überfälle „um mehr als drei Viertel“ gesunken. „Die Handelsschifffahrt am Horn von Afrika ist sicherer geworden, und daran haben unsere Soldatinnen und Soldaten großen Anteil“, sagte Albrecht.",
   "Die Abgeordnete der Linken, Susanne Brückner, hielt dem Minister vor, die Ursachen der Piraterie zu ignorieren. „Sie bekämpfen die Symptome mit Fregatten und lassen die Fischer Somalias mit leeren Netzen zurück.“ Brückner forderte mehr Geld für die Entwicklungshilfe in der Region.",
   "Der Grünen-Abgeordnete Malte Schröder kündigte an, sich zu enthalten. Das Mandat sei „in Ordnung“, die Ausweitung auf Einsätze an Land aber „ein Schritt zu viel“. Schröder sagte, seine Fraktion sei in dieser Frage gespalten.",
   "Der Minister verteidigte die Ausweitung. Auf die Frage Schröders, ob Soldaten künftig an Land gehen würden, antwortete Albrecht: „Nein. Wir sprechen von Einsätzen aus der Luft gegen Boote am Strand, nicht von Bodentruppen.“",
   "Das Mandat erlaubt den Einsatz von bis zu 1.400 Soldaten. Die Kosten beziffert die Bundesregierung auf rund 60 Millionen Euro im Jahr."],
  [("um mehr als drei Viertel", "Verteidigungsminister Frank Albrecht", None),
   ("Die Handelsschifffahrt am Horn von Afrika ist sicherer geworden, und daran haben unsere Soldatinnen und Soldaten großen Anteil", "Albrecht", "sagte"),
   ("Sie bekämpfen die Symptome mit Fregatten und lassen die Fischer Somalias mit leeren Netzen zurück.", "Die Abgeordnete der Linken, Susanne Brückner", None),
   ("in Ordnung", "Der Grünen-Abgeordnete Malte Schröder", None),
   ("ein Schritt zu viel", "Der Grünen-Abgeordnete Malte Schröder", None),
   ("Nein. Wir sprechen von Einsätzen aus der Luft gegen Boote am Strand, nicht von Bodentruppen.", "Albrecht", "antwortete")])

# 15 election night: winner and loser alternate, a party statement, a political scientist "zufolge"
A(["Amtsinhaber Gruber verliert Oberbürgermeisterwahl",
   "„Heute hat Heidhausen für einen Neuanfang gestimmt.“",
   "Mit diesen Worten hat die parteilose Kandidatin Marion Ebert am Sonntagabend ihren Sieg bei der Oberbürgermeisterwahl in Heidhausen gefeiert. Ebert erhielt in der Stichwahl 54,3 Prozent der Stimmen, Amtsinhaber Werner Gruber (CDU) kam auf 45,7 Prozent.",
   "Gruber, der die Stadt seit 1998 regiert hatte, gratulierte seiner Nachfolgerin noch im Rathaus. „Die Wähler haben entschieden, und das respektiere ich“, sagte er. Er werde Ebert „ein geordnetes Haus“ übergeben.",
   "Ebert kündigte an, als Erstes die umstrittene Bebauung des Stadtparks zu stoppen. „Der Park gehört den Menschen in dieser Stadt und nicht einem Investor“, sagte die 46-Jährige unter dem Jubel ihrer Anhänger. Sie war im Wahlkampf von einem Bündnis aus SPD, Grünen und der Wählergemeinschaft „Bürger für Heidhausen“ unterstützt worden.",
   "Der CDU-Kreisvorsitzende Jürgen Haas sprach von einer „schmerzhaften Niederlage“. Man werde das Ergebnis in Ruhe analysieren. Dem Politikwissenschaftler Markus Heller von der Universität Oldenstedt zufolge hat vor allem der Streit um den Stadtpark die Wahl entschieden. „Gruber hat unterschätzt, wie sehr dieses Thema die Menschen bewegt.“",
   "Die Wahlbeteiligung lag bei 41 Prozent. Ebert tritt ihr Amt am 1. November an."],
  [("Heute hat Heidhausen für einen Neuanfang gestimmt.", "die parteilose Kandidatin Marion Ebert", "Mit diesen Worten hat gefeiert"),
   ("Die Wähler haben entschieden, und das respektiere ich", "er", "sagte"),
   ("ein geordnetes Haus", "Er", None),
   ("Der Park gehört den Menschen in dieser Stadt und nicht einem Investor", "die 46-Jährige", "sagte"),
   ("schmerzhaften Niederlage", "Der CDU-Kreisvorsitzende Jürgen Haas", "sprach von"),
   ("Gruber hat unterschätzt, wie sehr dieses Thema die Menschen bewegt.", "Dem Politikwissenschaftler Markus Heller von der Universität Oldenstedt", None)])

# 16 mining accident abroad: a foreign minister quoted via an agency, a survivor, a German company
A(["Grubenunglück in Chile: 19 Bergleute eingeschlossen",
   "Nach einem Einsturz in einer Kupfermine im Norden Chiles sind 19 Bergleute in rund 600 Metern Tiefe eingeschlossen. Das teilte das chilenische Bergbauministerium am Mittwoch mit. Ob die Männer noch leben, ist unklar.",
   "Bergbauminister Rodrigo Salinas reiste noch in der Nacht zum Unglücksort in der Atacama-Wüste. „Wir werden keinen Stein auf dem anderen lassen, bis wir sie gefunden haben“, sagte Salinas laut der Nachrichtenagentur EFE vor den wartenden Angehörigen. Die Regierung habe „alle verfügbaren Mittel“ bereitgestellt.",
   "Einer der Bergleute, die sich kurz vor dem Einsturz aus dem Stollen retten konnten, schilderte die Minuten vor dem Unglück. „Der Berg hat gestöhnt, stundenlang. Wir haben es dem Vorarbeiter gesagt, aber niemand hat uns zugehört“, sagte der 43-jährige Pedro Muñoz einem chilenischen Radiosender.",
   "Die Betreiberfirma Minera del Norte wies Vorwürfe zurück, Warnungen ignoriert zu haben. In einer Erklärung des Unternehmens heißt es, die Mine sei im Juni „ohne Beanstandungen“ geprüft worden.",
   "An den Rettungsarbeiten ist auch das deutsche Bohrtechnik-Unternehmen Teufel & Sohn aus dem Siegerland beteiligt. Dessen Geschäftsführer Andreas Teufel sagte der Deutschen Presse-Agentur, ein Spezialbohrer sei bereits auf dem Weg nach Chile. Eine Suchbohrung könne „im besten Fall in einer Woche“ die Tiefe der Eingeschlossenen erreichen. „Wir haben so etwas schon in China gemacht, aber nie unter solchen Bedingungen.“",
   "Vor dem Eingang der Mine haben die Angehörigen ein Zeltlager errichtet, das sie „Lager Hoffnung“ nennen. Salinas versprach ihnen, sie jeden Abend persönlich zu unterrichten."],
  [("Wir werden keinen Stein auf dem anderen lassen, bis wir sie gefunden haben", "Salinas", "sagte"),
   ("alle verfügbaren Mittel", "Salinas", None),
   ("Der Berg hat gestöhnt, stundenlang. Wir haben es dem Vorarbeiter gesagt, aber niemand hat uns zugehört", "der 43-jährige Pedro Muñoz", "sagte"),
   ("ohne Beanstandungen", "einer Erklärung des Unternehmens", "heißt es"),
   ("im besten Fall in einer Woche", "Dessen Geschäftsführer Andreas Teufel", None),
   ("Wir haben so etwas schon in China gemacht, aber nie unter solchen Bedingungen.", "Dessen Geschäftsführer Andreas Teufel", None)])

# 17 pandemic 2020: a premier, a health office head, a virologist by title, a restaurant owner
A(["Landkreis Altmoor verschärft Corona-Regeln",
   "Wegen stark steigender Infektionszahlen gelten im Landkreis Altmoor ab Montag schärfere Regeln. Private Treffen sind nur noch mit einem weiteren Haushalt erlaubt, Gaststätten müssen um 22 Uhr schließen. Die Zahl der Neuinfektionen pro 100.000 Einwohner innerhalb von sieben Tagen lag am Freitag bei 87.",
   "Die Leiterin des Gesundheitsamts, Dr. Beate Kronauer, sagte, die Kontaktverfolgung stoße „an ihre Grenzen“. Ihr Amt habe in der vergangenen Woche mehr als 2.300 Kontaktpersonen angerufen. „Wir arbeiten sieben Tage die Woche, und trotzdem laufen uns die Zahlen davon.“",
   "Landrat Hubert Stiegler betonte: „Niemand von uns trifft diese Entscheidungen leichten Herzens.“ Nach Angaben des Landrats gehen die meisten Ansteckungen auf private Feiern zurück. Stiegler rief die Bürger auf, „jetzt Vernunft zu zeigen, damit Weihnachten nicht ausfallen muss“.",
   "Der Virologe Prof. Clemens Hauff von der Universitätsklinik Sankt Georg hält die Maßnahmen für richtig, aber für spät. „Wären wir vor zwei Wochen so weit gewesen, hätten wir jetzt die Hälfte der Fälle“, sagte Hauff. Er warnte vor der Annahme, der Herbst werde „glimpflich“ verlaufen.",
   "Gastwirte reagierten mit Unverständnis. Der Vorsitzende des Hotel- und Gaststättenverbands im Kreis, Wilfried Lang, sagte, die Betriebe hätten „viel Geld in Hygienekonzepte gesteckt“. Die Wirtin Elke Sander, die in Altmoor die Gaststätte „Zum Schwan“ betreibt, sagte: „Um 22 Uhr fängt bei uns der Abend doch erst an.“",
   "Die Regeln gelten zunächst bis Ende November. Ministerpräsident Erwin Korte kündigte für Dienstag eine Regierungserklärung an."],
  [("an ihre Grenzen", "Die Leiterin des Gesundheitsamts, Dr. Beate Kronauer", "sagte"),
   ("Wir arbeiten sieben Tage die Woche, und trotzdem laufen uns die Zahlen davon.", "Die Leiterin des Gesundheitsamts, Dr. Beate Kronauer", None),
   ("Niemand von uns trifft diese Entscheidungen leichten Herzens.", "Landrat Hubert Stiegler", "betonte"),
   ("jetzt Vernunft zu zeigen, damit Weihnachten nicht ausfallen muss", "Stiegler", "rief auf"),
   ("Wären wir vor zwei Wochen so weit gewesen, hätten wir jetzt die Hälfte der Fälle", "Hauff", "sagte"),
   ("glimpflich", "Er", "warnte vor"),
   ("viel Geld in Hygienekonzepte gesteckt", "Der Vorsitzende des Hotel- und Gaststättenverbands im Kreis, Wilfried Lang", "sagte"),
   ("Um 22 Uhr fängt bei uns der Abend doch erst an.", "Die Wirtin Elke Sander, die in Altmoor die Gaststätte „Zum Schwan“ betreibt", "sagte")])

# 18 Olympics: an athlete, her coach, the federation's president, a rival; the athlete by pronoun and nickname
A(["Silber für Kanutin Jana Wendt",
   "Die Kanutin Jana Wendt aus Potsdam hat bei den Olympischen Spielen im Einer-Kajak über 500 Meter die Silbermedaille gewonnen. Die 26-Jährige musste sich nur der Ungarin Réka Szabó geschlagen geben, die mit drei Zehntelsekunden Vorsprung siegte.",
   "„Auf den letzten hundert Metern habe ich nur noch Wasser und Schmerzen gesehen“, sagte Wendt nach dem Rennen. Sie sei „überglücklich“, auch wenn Gold so nah gewesen sei. Im Ziel fiel sie ihrem Trainer Rolf Zander in die Arme.",
   "Zander, der Wendt seit ihrem zwölften Lebensjahr betreut, sprach von der „Krönung einer langen Reise“. Vor zwei Jahren hatte eine Schulterverletzung ihre Karriere fast beendet. „Damals haben viele gesagt, das war es. Jana hat nie daran gedacht aufzuhören.“",
   "Szabó lobte ihre deutsche Konkurrentin. „Sie ist die stärkste Gegnerin, die ich je hatte“, sagte die Olympiasiegerin. Die beiden kennen sich seit Jahren von Trainingslagern in Szeged.",
   "Der Präsident des Deutschen Kanu-Verbands, Thomas Berghoff, zeigte sich zufrieden mit der bisherigen Bilanz. Mit zwei Medaillen nach drei Finaltagen liege man „voll im Plan“. Berghoff betonte: „Wir haben die jüngste Mannschaft seit Jahrzehnten, und sie wird noch besser.“",
   "Wendt, die im Team nur „die Lokomotive“ heißt, startet am Samstag noch im Vierer-Kajak. Auf die Frage, ob sie dort auf Gold hoffe, antwortete sie: „Hoffen tue ich immer. Aber erst einmal schlafe ich.“"],
  [("Auf den letzten hundert Metern habe ich nur noch Wasser und Schmerzen gesehen", "Wendt", "sagte"),
   ("überglücklich", "Sie", None),
   ("Krönung einer langen Reise", "Zander, der Wendt seit ihrem zwölften Lebensjahr betreut", "sprach von"),
   ("Damals haben viele gesagt, das war es. Jana hat nie daran gedacht aufzuhören.", "Zander, der Wendt seit ihrem zwölften Lebensjahr betreut", None),
   ("Sie ist die stärkste Gegnerin, die ich je hatte", "die Olympiasiegerin", "sagte"),
   ("voll im Plan", "Der Präsident des Deutschen Kanu-Verbands, Thomas Berghoff", None),
   ("Wir haben die jüngste Mannschaft seit Jahrzehnten, und sie wird noch besser.", "Berghoff", "betonte"),
   ("Hoffen tue ich immer. Aber erst einmal schlafe ich.", "sie", "antwortete")])

# 19 bank in trouble: a regulator, the bank, savers, a finance minister; "wie … mitteilte", "laut"
A(["Finanzaufsicht schließt Hansebank Kiel",
   "Die Finanzaufsicht hat die Hansebank Kiel am Freitagabend für den Kundenverkehr geschlossen. Wie die Behörde mitteilte, droht dem Institut die Überschuldung. Rund 40.000 Sparer kommen vorerst nicht an ihr Geld.",
   "Die Einlagen der Kunden sind bis zu einer Höhe von 100.000 Euro gesetzlich gesichert. „Kein Sparer muss um sein Geld fürchten“, sagte der Präsident der Finanzaufsicht, Dr. Hartmut Rehbein. Die Entschädigung solle „innerhalb von zwanzig Arbeitstagen“ ausgezahlt werden.",
   "Laut Rehbein hatte die Bank in großem Umfang Kredite an Bauträger in Spanien vergeben, die seit dem Einbruch des dortigen Immobilienmarkts nicht mehr bedient werden. „Das Geschäftsmodell war auf Sand gebaut, im wörtlichen Sinn.“",
   "Der Vorstand der Bank äußerte sich zunächst nicht. Ein Sprecher sagte lediglich, man kooperiere „vollumfänglich“ mit den Behörden. Vorstandschef Lutz Petersen war am Samstag nicht zu erreichen.",
   "Vor den Filialen in Kiel und Lübeck bildeten sich am Samstagmorgen lange Schlangen. „Ich habe mein ganzes Erbe hier angelegt, weil die Zinsen so gut waren“, sagte eine Rentnerin, die ihren Namen nicht nennen wollte. Ein junger Mann schimpfte über die „Zockerbank“.",
   "Finanzminister Georg Hensel kündigte eine Prüfung der Aufsicht an. Es müsse geklärt werden, warum die Probleme nicht früher erkannt worden seien. Auf die Frage, ob die Aufsicht versagt habe, antwortete der Minister: „Das werden wir sehen, und zwar ohne Rücksicht auf Namen.“"],
  [("Kein Sparer muss um sein Geld fürchten", "der Präsident der Finanzaufsicht, Dr. Hartmut Rehbein", "sagte"),
   ("innerhalb von zwanzig Arbeitstagen", "der Präsident der Finanzaufsicht, Dr. Hartmut Rehbein", None),
   ("Das Geschäftsmodell war auf Sand gebaut, im wörtlichen Sinn.", "Rehbein", None),
   ("vollumfänglich", "Ein Sprecher", "sagte"),
   ("Ich habe mein ganzes Erbe hier angelegt, weil die Zinsen so gut waren", "eine Rentnerin, die ihren Namen nicht nennen wollte", "sagte"),
   ("Das werden wir sehen, und zwar ohne Rücksicht auf Namen.", "der Minister", "antwortete")])

# 20 orchestra: a conductor steps down, the city's cultural officer, musicians' representative, a critic
A(["Dirigent Moritz Elsner verlässt Philharmonie Weißenau",
   "Der Chefdirigent der Philharmonie Weißenau, Moritz Elsner, legt sein Amt zum Ende der Spielzeit nieder. Das gab der 58-Jährige am Dienstag überraschend in einem Brief an das Orchester bekannt.",
   "Darin schreibt Elsner, er habe „keine Kraft mehr für einen Kampf um jeden Euro“. Die geplanten Kürzungen im Kulturetat der Stadt ließen „ein Orchester dieser Qualität nicht zu“. Elsner hatte die Philharmonie 2001 übernommen und mit Aufnahmen der Sinfonien von Anton Bruckner international bekannt gemacht.",
   "Kulturdezernentin Ulrike Bach bedauerte den Schritt, wies den Vorwurf aber zurück. „Wir kürzen bei der Philharmonie weniger als bei allen anderen Kultureinrichtungen der Stadt“, sagte Bach. Elsner habe „ein Zeichen setzen wollen“, das verstehe sie.",
   "Der Orchestervorstand, die Bratschistin Karin Ott, sprach von einem „schwarzen Tag“ für die Musiker. „Er hat aus einem guten Stadtorchester ein Orchester gemacht, das in Wien und Tokio gespielt hat.“ Die Musiker wollen am Samstag vor dem Rathaus spielen, unter dem Motto „Ohne Musik ist alles nichts“.",
   "Der Musikkritiker Bernd Achterberg sieht in dem Rücktritt eine kalkulierte Geste. Elsner wisse genau, dass ihn die Stadt „nicht einfach gehen lassen kann“, sagte er. Ob der Dirigent zu halten sei, hänge nun vom Stadtrat ab.",
   "Elsners letztes Konzert als Chefdirigent ist für den 14. Juli angesetzt. Auf dem Programm steht Bruckners achte Sinfonie."],
  [("keine Kraft mehr für einen Kampf um jeden Euro", "Elsner", "schreibt"),
   ("ein Orchester dieser Qualität nicht zu", "Elsner", None),
   ("Wir kürzen bei der Philharmonie weniger als bei allen anderen Kultureinrichtungen der Stadt", "Bach", "sagte"),
   ("ein Zeichen setzen wollen", "Bach", None),
   ("schwarzen Tag", "Der Orchestervorstand, die Bratschistin Karin Ott", "sprach von"),
   ("Er hat aus einem guten Stadtorchester ein Orchester gemacht, das in Wien und Tokio gespielt hat.", "Der Orchestervorstand, die Bratschistin Karin Ott", None),
   ("nicht einfach gehen lassen kann", "er", "sagte")])

# 21 nuclear waste: a federal office, a mayor, a geologist, an anti-nuclear group; the office against its president
A(["Salzstock Wendhusen bleibt im Verfahren",
   "Der Salzstock Wendhusen im Landkreis Dannenburg bleibt als möglicher Standort für ein Endlager für hochradioaktiven Müll im Auswahlverfahren. Das geht aus einem Zwischenbericht des Bundesamts für Endlagerung hervor, der am Montag in Berlin vorgestellt wurde.",
   "Der Präsident des Bundesamts, Wolfgang Tiedemann, betonte, es handle sich um „keine Vorentscheidung“. „Wir stehen am Anfang eines Verfahrens, das noch viele Jahre dauern wird“, sagte Tiedemann. Insgesamt seien noch 54 Gebiete in Deutschland im Rennen.",
   "In Wendhusen stieß der Bericht auf Empörung. Bürgermeisterin Anja Rust sagte, die Gemeinde fühle sich „seit vierzig Jahren als Müllkippe der Nation behandelt“. „Wir werden uns mit allen rechtlichen Mitteln wehren.“",
   "Die Bürgerinitiative „Kein Atommüll im Moor“ kündigte für Samstag eine Demonstration an. Ihr Sprecher Heiko Brandes warf dem Bundesamt vor, „geologische Bedenken kleinzureden“.",
   "Der Geologe Dr. Sven Aaldering von der Technischen Universität Clausthal hält die Sorgen für teilweise berechtigt. Der Salzstock sei in der Vergangenheit von Grundwasser berührt worden, sagte er. „Das ist kein Ausschlusskriterium, aber ein Punkt, den man sehr genau untersuchen muss.“",
   "Nach Angaben des Bundesamts soll der Standort bis 2031 feststehen. Tiedemann sagte, die Beteiligung der Bürger sei „Pflicht, nicht Kür“."],
  [("keine Vorentscheidung", "Der Präsident des Bundesamts, Wolfgang Tiedemann", "betonte"),
   ("Wir stehen am Anfang eines Verfahrens, das noch viele Jahre dauern wird", "Tiedemann", "sagte"),
   ("seit vierzig Jahren als Müllkippe der Nation behandelt", "Bürgermeisterin Anja Rust", "sagte"),
   ("Wir werden uns mit allen rechtlichen Mitteln wehren.", "Bürgermeisterin Anja Rust", None),
   ("geologische Bedenken kleinzureden", "Ihr Sprecher Heiko Brandes", "warf vor"),
   ("Das ist kein Ausschlusskriterium, aber ein Punkt, den man sehr genau untersuchen muss.", "er", None),
   ("Pflicht, nicht Kür", "Tiedemann", "sagte")])

# 22 doping: an athlete's lawyer, the federation, an anti-doping agency, the athlete's statement read out
A(["Radprofi Keller positiv getestet",
   "Der Radprofi Sebastian Keller ist bei einer Trainingskontrolle im März positiv auf das Blutdopingmittel EPO getestet worden. Das bestätigte die Nationale Anti-Doping-Agentur am Mittwoch. Kellers Team, die Mannschaft „Rheinblick Cycling“, suspendierte den 29-Jährigen mit sofortiger Wirkung.",
   "Kellers Anwalt Dr. Michael Stein kündigte an, die Öffnung der B-Probe zu beantragen. Sein Mandant bestreite „entschieden und ohne jede Einschränkung“, jemals verbotene Mittel genommen zu haben. Stein sagte: „Wir haben erhebliche Zweifel an der Lagerung der Probe.“",
   "Keller selbst äußerte sich in einer Erklärung, die sein Anwalt vor Journalisten verlas. „Ich bin fassungslos. Ich habe in meiner ganzen Laufbahn sauber gearbeitet und werde das beweisen.“",
   "Die Anti-Doping-Agentur wies die Zweifel zurück. Deren Justiziar Frank Lorenz sagte, die Probe sei „nach allen internationalen Standards“ behandelt worden. „Die Kette von der Entnahme bis zum Labor ist lückenlos dokumentiert.“",
   "Der Präsident des Bundes Deutscher Radfahrer, Rudolf Kamp, zeigte sich erschüttert. Der Fall sei „ein Rückschlag für alle, die in den letzten Jahren für einen sauberen Radsport gekämpft haben“. Teamchef Marco Ries sagte, man sei „menschlich enttäuscht“. Über den Sportler sagte Ries: „Wir haben ihm vertraut, jeden Tag.“",
   "Sollte auch die B-Probe positiv sein, droht Keller eine Sperre von bis zu vier Jahren."],
  [("entschieden und ohne jede Einschränkung", "Kellers Anwalt Dr. Michael Stein", None),
   ("Wir haben erhebliche Zweifel an der Lagerung der Probe.", "Stein", "sagte"),
   ("Ich bin fassungslos. Ich habe in meiner ganzen Laufbahn sauber gearbeitet und werde das beweisen.", "Keller selbst", None),
   ("nach allen internationalen Standards", "Deren Justiziar Frank Lorenz", "sagte"),
   ("Die Kette von der Entnahme bis zum Labor ist lückenlos dokumentiert.", "Deren Justiziar Frank Lorenz", None),
   ("ein Rückschlag für alle, die in den letzten Jahren für einen sauberen Radsport gekämpft haben", "Der Präsident des Bundes Deutscher Radfahrer, Rudolf Kamp", None),
   ("menschlich enttäuscht", "Teamchef Marco Ries", "sagte"),
   ("Wir haben ihm vertraut, jeden Tag.", "Ries", "sagte")])

# 23 train accident: a railway spokesman, the public prosecutor "zufolge", a passenger, a minister by role
A(["Zugunglück bei Hollfeld: Lokführer unter Verdacht",
   "Nach dem Zusammenstoß zweier Regionalzüge bei Hollfeld ermittelt die Staatsanwaltschaft gegen einen der beiden Lokführer. Bei dem Unglück am Sonntagabend waren vier Menschen ums Leben gekommen und 37 verletzt worden.",
   "Der Leitende Oberstaatsanwalt Karl Wiesner sagte am Dienstag, der 52-jährige Lokführer habe nach bisherigen Erkenntnissen ein Haltesignal überfahren. Dem Ermittler zufolge war das Sicherungssystem auf der eingleisigen Strecke „funktionstüchtig“. „Wir prüfen auch, ob der Mann während der Fahrt sein Mobiltelefon benutzt hat.“",
   "Ein Sprecher der Bahn, Christoph Neumann, sagte, man sei „zutiefst erschüttert“. Die Strecke bleibe mindestens bis Freitag gesperrt. Neumann kündigte an, die Technik auf allen eingleisigen Strecken der Region überprüfen zu lassen.",
   "Die Studentin Lisa Adam saß im vorderen Wagen des Zuges aus Bamberg. „Es gab einen Knall, dann war alles dunkel. Neben mir hat ein Mann geschrien, bis die Feuerwehr kam.“ Sie erlitt einen Armbruch.",
   "Bayerns Verkehrsminister Anton Brunner besuchte am Montag die Unfallstelle. Der Minister sprach von der „schwersten Bahnkatastrophe in Franken seit Jahrzehnten“. Auf die Frage, ob die Strecke zweigleisig ausgebaut werden müsse, antwortete Brunner: „Darüber reden wir, wenn die Toten beerdigt sind.“"],
  [("funktionstüchtig", "Dem Ermittler", None),
   ("Wir prüfen auch, ob der Mann während der Fahrt sein Mobiltelefon benutzt hat.", "Dem Ermittler", None),
   ("zutiefst erschüttert", "Ein Sprecher der Bahn, Christoph Neumann", "sagte"),
   ("Es gab einen Knall, dann war alles dunkel. Neben mir hat ein Mann geschrien, bis die Feuerwehr kam.", "Die Studentin Lisa Adam", None),
   ("schwersten Bahnkatastrophe in Franken seit Jahrzehnten", "Der Minister", "sprach von"),
   ("Darüber reden wir, wenn die Toten beerdigt sind.", "Brunner", "antwortete")])

# 24 science: a space probe, the mission leader by role and pronoun, an agency press release, a sceptic
A(["Sonde „Tellus-3“ findet Wassereis am Mondsüdpol",
   "Die europäische Mondsonde „Tellus-3“ hat nach Angaben der Europäischen Weltraumorganisation erstmals direkte Hinweise auf größere Mengen Wassereis in einem Krater am Südpol des Mondes gefunden. Die Messungen wurden am Donnerstag auf einer Pressekonferenz in Darmstadt vorgestellt.",
   "Missionsleiterin Dr. Ingrid Salomon sprach von einem „Moment, auf den wir zwanzig Jahre gewartet haben“. Das Neutronenspektrometer der Sonde habe im Krater Shackleton Signale gemessen, die sich nur mit Eis erklären ließen. „Wir reden nicht von ein paar Kristallen, sondern von möglicherweise Millionen Tonnen“, sagte die Missionsleiterin.",
   "In einer Pressemitteilung der Weltraumorganisation heißt es, der Fund könne künftige Mondstationen „mit Trinkwasser und Treibstoff versorgen“. Generaldirektor Jean-Luc Marchand sagte in Paris, Europa habe damit „ein Wort mitzureden“, wenn es um die Rückkehr des Menschen zum Mond gehe.",
   "Zurückhaltender äußerte sich der Planetenforscher Prof. Dieter Ruhland von der Universität Münster. Die Daten seien „vielversprechend, aber indirekt“. „Ob dort wirklich Eis liegt, wissen wir erst, wenn jemand hineinbohrt.“",
   "Salomon sagte, sie teile diese Vorsicht. Die Daten würden nun von Teams in sechs Ländern unabhängig ausgewertet. Sie zeigte sich aber sicher: „Die Signale sind zu stark, um Zufall zu sein.“",
   "Die Sonde war im Mai 2008 gestartet. Ihre Mission wurde bereits zweimal verlängert."],
  [("Moment, auf den wir zwanzig Jahre gewartet haben", "Missionsleiterin Dr. Ingrid Salomon", "sprach von"),
   ("Wir reden nicht von ein paar Kristallen, sondern von möglicherweise Millionen Tonnen", "die Missionsleiterin", "sagte"),
   ("mit Trinkwasser und Treibstoff versorgen", "einer Pressemitteilung der Weltraumorganisation", "heißt es"),
   ("ein Wort mitzureden", "Generaldirektor Jean-Luc Marchand", "sagte"),
   ("vielversprechend, aber indirekt", "der Planetenforscher Prof. Dieter Ruhland von der Universität Münster", None),
   ("Ob dort wirklich Eis liegt, wissen wir erst, wenn jemand hineinbohrt.", "der Planetenforscher Prof. Dieter Ruhland von der Universität Münster", None),
   ("Die Signale sind zu stark, um Zufall zu sein.", "Sie", "zeigte sich sicher")])

# 25 refugee shelter: a mayor, the police, a volunteer, a state secretary; the police as body, its spokeswoman
A(["Brandanschlag auf geplante Flüchtlingsunterkunft",
   "In Nieder-Asbach ist in der Nacht zum Samstag ein Feuer in einem leerstehenden Gasthof gelegt worden, in den im Januar 60 Flüchtlinge einziehen sollten. Verletzt wurde niemand. Die Polizei geht von Brandstiftung aus.",
   "„Das ist ein Angriff auf unser ganzes Dorf“, sagte Ortsbürgermeister Helmut Krämer am Samstagvormittag vor dem ausgebrannten Gebäude. Krämer, der die Unterbringung der Flüchtlinge gegen Widerstände im Gemeinderat durchgesetzt hatte, kündigte an, an den Plänen festzuhalten.",
   "Eine Sprecherin des Polizeipräsidiums, Kerstin Haag, sagte, an zwei Stellen des Gebäudes seien Brandbeschleuniger gefunden worden. Die Kriminalpolizei habe eine Sonderkommission eingerichtet. Laut Haag gibt es bislang „keine heiße Spur“.",
   "Die Ehrenamtliche Renate Vogel, die seit Wochen Deutschkurse für die künftigen Bewohner vorbereitet, kämpfte mit den Tränen. „Wir hatten schon die Betten bezogen.“ Auf Flugblättern, die vor einigen Wochen im Ort verteilt worden waren, war von einer „Überfremdung“ die Rede gewesen.",
   "Innenstaatssekretär Clemens Ahrens verurteilte den Anschlag. „Wer Häuser anzündet, in denen Menschen Schutz finden sollen, ist ein Verbrecher und wird wie einer verfolgt.“ Der Staatssekretär kündigte an, die Polizeipräsenz in der Gemeinde zu verstärken.",
   "Für Sonntag hat ein Bündnis unter dem Namen „Asbach bleibt bunt“ zu einer Kundgebung aufgerufen."],
  [("Das ist ein Angriff auf unser ganzes Dorf", "Ortsbürgermeister Helmut Krämer", "sagte"),
   ("keine heiße Spur", "Haag", "Laut"),
   ("Wir hatten schon die Betten bezogen.", "Die Ehrenamtliche Renate Vogel, die seit Wochen Deutschkurse für die künftigen Bewohner vorbereitet", None),
   ("Überfremdung", "Flugblättern, die vor einigen Wochen im Ort verteilt worden waren", "war die Rede"),
   ("Wer Häuser anzündet, in denen Menschen Schutz finden sollen, ist ein Verbrecher und wird wie einer verfolgt.", "Innenstaatssekretär Clemens Ahrens", None)])


# Articles 26-30 were written and annotated after the rules prompted by articles 1-25, before
# running the stage on them, and are longer (450-600 words): a held-out first pass of those rules.

# 26 environment: a chemical spill; a company against its spokesman, an authority, a fisherman, a minister
A(["Chemieunfall: Tausende tote Fische in der Lauter",
   "„So etwas habe ich in vierzig Jahren am Fluss nicht gesehen.“ Der Berufsfischer Anton Heberle steht am Dienstagmorgen am Ufer der Lauter bei Mühlried und zeigt auf die silbernen Leiber, die sich am Wehr stauen.",
   "Heberle, 61 Jahre alt und Vorsitzender der Fischereigenossenschaft Untere Lauter, schätzt, dass auf den ersten zwölf Kilometern unterhalb von Mühlried „so gut wie alles“ gestorben ist, was im Fluss lebte. Seine Genossenschaft hat für Mittwoch eine Versammlung einberufen.",
   "Ursache des Fischsterbens ist nach Angaben des Landratsamts eine Chemikalie, die in der Nacht zum Montag aus einem Lagertank der Firma Körber Oberflächentechnik in den Fluss gelangt ist. Das Unternehmen bestätigte am Dienstag den Austritt von rund 3.000 Litern einer cyanidhaltigen Lösung. In einer Erklärung der Geschäftsführung heißt es: „Wir bedauern den Vorfall zutiefst und werden für alle Schäden aufkommen, die nachweislich auf unseren Betrieb zurückgehen.“",
   "Ein Sprecher des Unternehmens, Florian Weidner, sagte, ein Ventil sei „aus bisher ungeklärten Gründen“ undicht geworden. Die Alarmanlage des Tanks habe zwar ausgelöst, die Meldung sei aber erst am Morgen bemerkt worden. Auf die Frage, warum in der Nacht niemand die Anlage überwacht habe, antwortete Weidner: „Das werden wir intern sehr genau aufarbeiten.“",
   "Der Leiter des Wasserwirtschaftsamts, Dr. Gerhard Pfister, sprach von der „schwersten Gewässerverunreinigung im Landkreis seit Beginn der Aufzeichnungen“. Das Trinkwasser sei nicht gefährdet, da die Brunnen der Gemeinden das Grundwasser aus tieferen Schichten förderten. Pfister riet dennoch dringend davon ab, Wasser aus der Lauter zu entnehmen oder Tiere darin trinken zu lassen. „Bis die Werte wieder unbedenklich sind, vergehen Wochen.“",
   "Die Staatsanwaltschaft hat ein Ermittlungsverfahren wegen Gewässerverunreinigung eingeleitet. Oberstaatsanwältin Heike Brandl zufolge richtet es sich bislang gegen Unbekannt. Man prüfe, ob die Firma ihre Sorgfaltspflichten verletzt habe, so Brandl.",
   "Umweltministerin Claudia Renz besuchte am Nachmittag die Unglücksstelle. Sie sprach mit Heberle und mehreren Anglern, die seit dem frühen Morgen tote Fische aus dem Wasser holen. Die Ministerin betonte: „Wer so mit gefährlichen Stoffen umgeht, muss mit allen Konsequenzen rechnen.“ Das Land werde prüfen, ob die Genehmigung der Anlage widerrufen werden müsse.",
   "Der Landesfischereiverband bezifferte den Schaden auf mindestens 200.000 Euro. Laut dem Verband wird es Jahre dauern, bis sich der Bestand an Äschen und Bachforellen erholt hat. Der Naturschutzbund forderte eine Überprüfung aller Betriebe am Fluss, die mit wassergefährdenden Stoffen arbeiten. Dessen Kreisvorsitzende Martina Groß sagte, der Unfall sei „leider kein Einzelfall“.",
   "Heberle selbst hat wenig Hoffnung auf eine schnelle Besserung. Er erinnerte an das Jahr 1986, als nach dem Brand bei Sandoz der Rhein über Hunderte Kilometer vergiftet wurde.",
   "„Damals hat es zehn Jahre gedauert. Ich bin 61, ich werde die Lauter vielleicht nicht mehr so sehen, wie sie war.“"],
  [("So etwas habe ich in vierzig Jahren am Fluss nicht gesehen.", "Der Berufsfischer Anton Heberle", None),
   ("so gut wie alles", "Heberle, 61 Jahre alt und Vorsitzender der Fischereigenossenschaft Untere Lauter", "schätzt"),
   ("Wir bedauern den Vorfall zutiefst und werden für alle Schäden aufkommen, die nachweislich auf unseren Betrieb zurückgehen.", "einer Erklärung der Geschäftsführung", "heißt es"),
   ("aus bisher ungeklärten Gründen", "Ein Sprecher des Unternehmens, Florian Weidner", "sagte"),
   ("Das werden wir intern sehr genau aufarbeiten.", "Weidner", "antwortete"),
   ("schwersten Gewässerverunreinigung im Landkreis seit Beginn der Aufzeichnungen", "Der Leiter des Wasserwirtschaftsamts, Dr. Gerhard Pfister", "sprach von"),
   ("Bis die Werte wieder unbedenklich sind, vergehen Wochen.", "Pfister", None),
   ("Wer so mit gefährlichen Stoffen umgeht, muss mit allen Konsequenzen rechnen.", "Die Ministerin", "betonte"),
   ("leider kein Einzelfall", "Dessen Kreisvorsitzende Martina Groß", "sagte"),
   ("Damals hat es zehn Jahre gedauert. Ich bin 61, ich werde die Lauter vielleicht nicht mehr so sehen, wie sie war.", "Er", None)])


# 27 court: a driving ban; the judge by role, the city and its mayor, an environmental group, a trader
A(["Gericht verordnet Fahrverbot für ältere Diesel in Rehmsdorf",
   "Das Verwaltungsgericht Kleinweiler hat die Stadt Rehmsdorf verpflichtet, in ihrer Innenstadt ein Fahrverbot für Dieselfahrzeuge der Abgasnorm Euro 5 und älter zu verhängen. Geklagt hatte der Verein Saubere Luft Deutschland, der der Stadt vorwirft, die Grenzwerte für Stickstoffdioxid seit Jahren zu überschreiten.",
   "Der Vorsitzende Richter Matthias Kühne sagte in der mündlichen Urteilsbegründung, die Stadt habe „ausreichend Zeit gehabt“, mit milderen Mitteln für saubere Luft zu sorgen. Der Luftreinhalteplan von 2015 sei „in weiten Teilen Papier geblieben“. „Der Gesundheitsschutz der Anwohner hat Vorrang vor der Bequemlichkeit des Autoverkehrs“, sagte der Richter.",
   "Das Fahrverbot soll ab dem 1. Juli gelten und zunächst die Hauptstraße, den Ring und die Bahnhofstraße betreffen. Handwerker, Lieferverkehr und Anwohner sollen Ausnahmegenehmigungen beantragen können. Nach Angaben der Stadt sind rund 11.000 in Rehmsdorf zugelassene Fahrzeuge betroffen.",
   "Der Geschäftsführer des klagenden Vereins, Jens Albrecht, sprach von einem „guten Tag für alle, die in Rehmsdorf atmen“. Über den Oberbürgermeister sagte Albrecht: „Herr Lindner hätte dieses Urteil verhindern können, wenn er vor drei Jahren auf uns gehört hätte.“ Der Verein hatte der Stadt 2016 einen Vergleich angeboten.",
   "Oberbürgermeister Stefan Lindner (CDU) zeigte sich enttäuscht. Die Stadt habe „mehr getan als die meisten anderen“, etwa mit neuen Elektrobussen und dem Ausbau der Radwege. „Ein Fahrverbot trifft vor allem die Pendler und die kleinen Handwerksbetriebe, die sich kein neues Auto leisten können.“ Lindner kündigte an, die Begründung zu prüfen und über eine Berufung zu entscheiden.",
   "Wie die Stadtverwaltung am Abend mitteilte, soll der Gemeinderat in einer Sondersitzung über das weitere Vorgehen beraten. Ein Sprecher der Stadt, Tobias Mertens, sagte, man werde die Schilder „nicht vor der Entscheidung über die Berufung“ bestellen.",
   "Bei Händlern stieß das Urteil auf Kritik. Der Obermeister der Kfz-Innung, Walter Huber, sagte, der Wert vieler Gebrauchtwagen werde „über Nacht“ sinken. „Meine Kunden fragen mich jetzt, ob sie ihr Auto noch verkaufen können. Was soll ich ihnen sagen?“",
   "Die Landesregierung hält sich bislang zurück. Verkehrsminister Bernd Kohler sagte in Kleinweiler, er respektiere das Urteil, halte Fahrverbote aber für „das letzte Mittel“. Auf die Frage, ob das Land Rehmsdorf beim Kauf weiterer Elektrobusse unterstützen werde, antwortete er: „Darüber sind wir seit Wochen im Gespräch.“",
   "Das Urteil ist noch nicht rechtskräftig. Die Stadt kann innerhalb eines Monats Berufung beim Verwaltungsgerichtshof einlegen."],
  [("ausreichend Zeit gehabt", "Der Vorsitzende Richter Matthias Kühne", "sagte"),
   ("in weiten Teilen Papier geblieben", "Der Vorsitzende Richter Matthias Kühne", None),
   ("Der Gesundheitsschutz der Anwohner hat Vorrang vor der Bequemlichkeit des Autoverkehrs", "der Richter", "sagte"),
   ("guten Tag für alle, die in Rehmsdorf atmen", "Der Geschäftsführer des klagenden Vereins, Jens Albrecht", "sprach von"),
   ("Herr Lindner hätte dieses Urteil verhindern können, wenn er vor drei Jahren auf uns gehört hätte.", "Albrecht", "sagte"),
   ("mehr getan als die meisten anderen", "Oberbürgermeister Stefan Lindner (CDU)", None),
   ("Ein Fahrverbot trifft vor allem die Pendler und die kleinen Handwerksbetriebe, die sich kein neues Auto leisten können.", "Oberbürgermeister Stefan Lindner (CDU)", None),
   ("nicht vor der Entscheidung über die Berufung", "Ein Sprecher der Stadt, Tobias Mertens", "sagte"),
   ("über Nacht", "Der Obermeister der Kfz-Innung, Walter Huber", "sagte"),
   ("Meine Kunden fragen mich jetzt, ob sie ihr Auto noch verkaufen können. Was soll ich ihnen sagen?", "Der Obermeister der Kfz-Innung, Walter Huber", None),
   ("das letzte Mittel", "Verkehrsminister Bernd Kohler", "sagte"),
   ("Darüber sind wir seit Wochen im Gespräch.", "er", "antwortete")])

# 28 culture: a book prize; the jury's spokeswoman, the author by pronoun, her publisher, a critic, the title in marks
A(["Buchpreis für Roman über eine Werft an der Unterweser",
   "Die Schriftstellerin Hanna Jessen hat für ihren Roman „Das Eisen und die Möwen“ den Norddeutschen Buchpreis erhalten. Der mit 25.000 Euro dotierte Preis wurde am Sonntagabend im Kieler Schloss verliehen. Jessens Buch erzählt vom Niedergang einer Werft an der Unterweser in den achtziger Jahren, gesehen mit den Augen einer Schweißerin und ihrer Tochter.",
   "Die Sprecherin der Jury, die Literaturwissenschaftlerin Prof. Dorothea Klamm, nannte den Roman „ein Buch über Arbeit, wie es in der deutschen Literatur lange keines gegeben hat“. Jessen gelinge es, „den Lärm der Hallen hörbar zu machen“, ohne ihre Figuren zu verklären. „Man liest dieses Buch und versteht, was es heißt, wenn einer Stadt das Herz herausgerissen wird.“",
   "Jessen, die selbst in Vegesack aufgewachsen ist, bedankte sich bei ihrem Vater, der dreißig Jahre auf der Werft gearbeitet hatte. Sie habe lange gezögert, über diese Zeit zu schreiben. „Ich hatte Angst, den Leuten, die das erlebt haben, nicht gerecht zu werden“, sagte die 44-Jährige. Auf die Frage, ob der Roman autobiografisch sei, antwortete Jessen: „Die Schweißerin bin nicht ich. Aber die Tochter kennt mich ziemlich gut.“",
   "Der Verleger Konrad Weiß, in dessen Hamburger Verlag der Roman im Frühjahr erschienen ist, sprach von einer „späten, aber verdienten“ Anerkennung. Das Buch habe sich zunächst schlecht verkauft. Weiß zufolge ist inzwischen die vierte Auflage in Druck. „Die Buchhändler an der Küste haben den Roman getragen, lange bevor die Feuilletons ihn bemerkt haben.“",
   "Nicht alle teilen die Begeisterung. Der Kritiker Lutz Behrendt, der den Roman in der Wochenzeitung „Die Rundschau“ besprochen hatte, hielt das Buch für „sentimental und zu lang“. Die Jury habe „ein Thema ausgezeichnet, keinen Text“, sagte Behrendt am Rande der Verleihung.",
   "Klamm wies das zurück. „Wer das Buch für sentimental hält, hat die letzten hundert Seiten nicht gelesen.“",
   "Der Norddeutsche Buchpreis wird seit 1992 vergeben. Zu den früheren Preisträgern gehören der Lyriker Ove Hansen und die Erzählerin Maren Lütt, deren Band „Kleine Fluten“ 2008 ausgezeichnet wurde."],
  [("ein Buch über Arbeit, wie es in der deutschen Literatur lange keines gegeben hat", "Die Sprecherin der Jury, die Literaturwissenschaftlerin Prof. Dorothea Klamm", "nannte"),
   ("den Lärm der Hallen hörbar zu machen", "Die Sprecherin der Jury, die Literaturwissenschaftlerin Prof. Dorothea Klamm", None),
   ("Man liest dieses Buch und versteht, was es heißt, wenn einer Stadt das Herz herausgerissen wird.", "Die Sprecherin der Jury, die Literaturwissenschaftlerin Prof. Dorothea Klamm", None),
   ("Ich hatte Angst, den Leuten, die das erlebt haben, nicht gerecht zu werden", "die 44-Jährige", "sagte"),
   ("Die Schweißerin bin nicht ich. Aber die Tochter kennt mich ziemlich gut.", "Jessen", "antwortete"),
   ("späten, aber verdienten", "Der Verleger Konrad Weiß, in dessen Hamburger Verlag der Roman im Frühjahr erschienen ist", "sprach von"),
   ("Die Buchhändler an der Küste haben den Roman getragen, lange bevor die Feuilletons ihn bemerkt haben.", "Weiß", None),
   ("sentimental und zu lang", "Der Kritiker Lutz Behrendt, der den Roman in der Wochenzeitung „Die Rundschau“ besprochen hatte", None),
   ("ein Thema ausgezeichnet, keinen Text", "Behrendt", "sagte"),
   ("Wer das Buch für sentimental hält, hat die letzten hundert Seiten nicht gelesen.", "Klamm", None)])


# 29 sport: a handball semi-final; the coach and the goalkeeper alternate, the captain, the federation, a rival coach
A(["Handballer scheitern im WM-Halbfinale an Dänemark",
   "Die deutsche Handball-Nationalmannschaft hat das Finale der Weltmeisterschaft verpasst. Im Halbfinale in Herning unterlag die Mannschaft von Bundestrainer Klaus Rehberg dem Gastgeber Dänemark nach Verlängerung mit 31:33. Am Sonntag spielt das Team um Platz drei gegen Frankreich.",
   "„Wir haben alles gegeben, was wir hatten, und es hat um zwei Tore nicht gereicht.“ Rehberg wirkte nach dem Spiel gefasst, aber müde. Seine Mannschaft habe „über sechzig Minuten auf Augenhöhe“ gespielt und sich erst in der Verlängerung den Kräften beugen müssen. Der Bundestrainer lobte vor allem Torwart Jan Oltmanns, der 19 Würfe abgewehrt hatte.",
   "Oltmanns selbst haderte mit einer Szene kurz vor dem Ende der regulären Spielzeit, als er einen Siebenmeter des dänischen Kapitäns Mads Kjær passieren ließ. „Den muss ich halten. Den habe ich hundertmal im Video gesehen, und dann springe ich in die falsche Ecke.“",
   "Rehberg nahm seinen Torhüter in Schutz. „Ohne Jan wären wir gar nicht in die Verlängerung gekommen“, sagte er. Oltmanns wiederum sprach von einer „unglaublichen Kulisse“ mit 15.000 Zuschauern, die die Mannschaft „gleichzeitig angetrieben und zermürbt“ habe.",
   "Kapitän Philipp Schwarz, der mit neun Toren bester deutscher Werfer war, richtete den Blick nach vorn. Schwarz betonte: „Eine Medaille ist immer noch möglich, und wir wollen sie.“ Die Mannschaft werde am Samstag nur leicht trainieren. Nach Angaben des Teamarztes Dr. Rolf Amann ist der Einsatz von Rückraumspieler Tim Böhm, der sich am Knöchel verletzt hatte, fraglich.",
   "Dänemarks Trainer Henrik Lund zollte dem Gegner Respekt. Deutschland sei „die unangenehmste Mannschaft des Turniers“ gewesen, sagte Lund. Über Oltmanns sagte er: „Er hat uns fast verrückt gemacht.“",
   "Der Präsident des Deutschen Handballbundes, Uwe Kerner, zog trotz der Niederlage eine positive Bilanz. Laut Kerner hat die Weltmeisterschaft gezeigt, dass die junge Mannschaft „in der Weltspitze angekommen“ ist. In einer Mitteilung des Verbands heißt es, die Einschaltquoten der Spiele hätten „alle Erwartungen übertroffen“. Im Schnitt verfolgten mehr als neun Millionen Menschen die Übertragungen im Fernsehen.",
   "Für Rehberg ist das kleine Finale keine Nebensache. Auf die Frage, ob die Spieler nach der Enttäuschung noch einmal die Kraft aufbringen könnten, antwortete der Bundestrainer: „Diese Mannschaft steht immer wieder auf. Das hat sie in diesem Turnier schon dreimal bewiesen.“"],
  [("Wir haben alles gegeben, was wir hatten, und es hat um zwei Tore nicht gereicht.", "Rehberg", None),
   ("über sechzig Minuten auf Augenhöhe", "Rehberg", None),
   ("Den muss ich halten. Den habe ich hundertmal im Video gesehen, und dann springe ich in die falsche Ecke.", "Oltmanns selbst", None),
   ("Ohne Jan wären wir gar nicht in die Verlängerung gekommen", "er", "sagte"),
   ("unglaublichen Kulisse", "Oltmanns", "sprach von"),
   ("gleichzeitig angetrieben und zermürbt", "Oltmanns", "sprach von"),
   ("Eine Medaille ist immer noch möglich, und wir wollen sie.", "Schwarz", "betonte"),
   ("die unangenehmste Mannschaft des Turniers", "Lund", "sagte"),
   ("Er hat uns fast verrückt gemacht.", "er", "sagte"),
   ("in der Weltspitze angekommen", "Kerner", "Laut"),
   ("alle Erwartungen übertroffen", "einer Mitteilung des Verbands", "heißt es"),
   ("Diese Mannschaft steht immer wieder auf. Das hat sie in diesem Turnier schon dreimal bewiesen.", "der Bundestrainer", "antwortete")])

# 30 insolvency: an airline; the administrator, the founder, the union, a minister's spokeswoman, passengers
A(["Fluggesellschaft Ostwind meldet Insolvenz an",
   "Die Regionalfluggesellschaft Ostwind Air aus Rostock hat am Montag beim Amtsgericht Insolvenz angemeldet. Der Flugbetrieb soll nach Angaben des Unternehmens vorerst weiterlaufen. Betroffen sind rund 650 Beschäftigte und täglich etwa 4.000 Passagiere auf Strecken zwischen norddeutschen Flughäfen, Skandinavien und dem Baltikum.",
   "Das Gericht bestellte den Hamburger Rechtsanwalt Dr. Henrik Sommerfeld zum vorläufigen Insolvenzverwalter. Sommerfeld sagte am Nachmittag, die Tickets der Kunden behielten „bis auf Weiteres“ ihre Gültigkeit. „Unser Ziel ist es, den Flugbetrieb zu stabilisieren und in den nächsten Wochen einen Investor zu finden.“ Erste Gespräche mit Interessenten gebe es bereits, sagte der Insolvenzverwalter, ohne Namen zu nennen.",
   "Firmengründer und Geschäftsführer Jörg Bademann machte vor allem die gestiegenen Kerosinpreise und die Konkurrenz durch Billigflieger für die Lage verantwortlich. „Wir haben 14 Jahre lang bewiesen, dass man mit kleinen Flugzeugen auf kleinen Strecken Geld verdienen kann. In diesem Sommer ging das nicht mehr.“ Bademann, der das Unternehmen 1996 mit zwei gebrauchten Propellermaschinen gegründet hatte, kündigte an, dem Insolvenzverwalter „mit aller Kraft“ zur Seite zu stehen.",
   "Die Vereinigung Cockpit, die Gewerkschaft der Piloten, reagierte mit Sorge. Ihr Sprecher Malte Gerdes sagte, die Beschäftigten hätten schon im vergangenen Jahr auf Teile ihres Gehalts verzichtet. „Die Kolleginnen und Kollegen haben ihren Beitrag geleistet. Jetzt darf es nicht so enden, dass ein Investor nur die Start- und Landerechte übernimmt und die Menschen auf der Straße stehen.“",
   "Das Wirtschaftsministerium in Schwerin lehnte staatliche Hilfen zunächst ab. „Eine Bürgschaft des Landes ist derzeit nicht vorgesehen“, sagte eine Sprecherin des Ministeriums. Wirtschaftsminister Harald Timm werde sich aber mit dem Insolvenzverwalter treffen, so die Sprecherin. Die Opposition im Landtag warf der Regierung vor, die Probleme der Fluglinie „seit Monaten ignoriert“ zu haben.",
   "Am Flughafen Rostock-Laage zeigten sich Reisende verunsichert. Die Geschäftsreisende Katrin Lüdtke, die zweimal im Monat nach Stockholm fliegt, sagte: „Ich habe heute Morgen die Nachricht gelesen und sofort meinen Rückflug geprüft. Bis jetzt steht er noch im Plan.“ Auf den Anzeigetafeln war am Montag kein einziger Flug der Gesellschaft gestrichen.",
   "Der Luftfahrtexperte Prof. Wolfgang Breuer von der Fachhochschule Bremen hält die Chancen für eine Rettung für begrenzt. Regionale Fluglinien hätten es „zwischen den großen Netzgesellschaften und den Billigfliegern sehr schwer“. Breuer zufolge könnten die Strecken nach Skandinavien für einen größeren Anbieter interessant sein, „die innerdeutschen eher nicht“."],
  [("bis auf Weiteres", "Sommerfeld", "sagte"),
   ("Unser Ziel ist es, den Flugbetrieb zu stabilisieren und in den nächsten Wochen einen Investor zu finden.", "Sommerfeld", None),
   ("Wir haben 14 Jahre lang bewiesen, dass man mit kleinen Flugzeugen auf kleinen Strecken Geld verdienen kann. In diesem Sommer ging das nicht mehr.", "Firmengründer und Geschäftsführer Jörg Bademann", None),
   ("mit aller Kraft", "Bademann, der das Unternehmen 1996 mit zwei gebrauchten Propellermaschinen gegründet hatte", "kündigte an"),
   ("Die Kolleginnen und Kollegen haben ihren Beitrag geleistet. Jetzt darf es nicht so enden, dass ein Investor nur die Start- und Landerechte übernimmt und die Menschen auf der Straße stehen.", "Ihr Sprecher Malte Gerdes", None),
   ("Eine Bürgschaft des Landes ist derzeit nicht vorgesehen", "eine Sprecherin des Ministeriums", "sagte"),
   ("seit Monaten ignoriert", "Die Opposition im Landtag", "warf vor"),
   ("Ich habe heute Morgen die Nachricht gelesen und sofort meinen Rückflug geprüft. Bis jetzt steht er noch im Plan.", "Die Geschäftsreisende Katrin Lüdtke, die zweimal im Monat nach Stockholm fliegt", "sagte"),
   ("zwischen den großen Netzgesellschaften und den Billigfliegern sehr schwer", "Der Luftfahrtexperte Prof. Wolfgang Breuer von der Fachhochschule Bremen", None),
   ("die innerdeutschen eher nicht", "Breuer", None)])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
