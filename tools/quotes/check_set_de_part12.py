#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Twelfth part of the German quotes check set: genres and distances parts 2-11 have few of.

Parts 2-11 are mostly politics, business, local news and short court, sport and science items
with the speaker next to the quotation. This part is written in the genres whose reports read
differently and in the layouts that put the speaker far from the quotation: match reports with
coaches and players after the result ("meinte der Trainer nach dem Spiel", "haderte", "bilanzierte",
a team radio message), court reports with judge, prosecution, defence and defendant ("in seinem
Schlusswort", "warf ihm vor", "plädierte", a statement read by the defence), science and health
("heißt es in der Studie", "schreiben die Autoren", a university's press release), culture and
obituaries (lines from a novel and a letter, "schrieb er einmal", "sagte sie einmal in einem
Interview"), disasters and police reports (eyewitnesses, "teilte die Polizei mit", "schilderte"),
parliament debates (several speakers in a row, "konterte", "entgegnete", "warf ihm vor", "rief
dazwischen"), interviews as alternating paragraphs (questions in plain text, answers in marks), a
sermon, a stock market report, posts on social networks ("schrieb auf X", "in einem Post",
"postete"), partial quotations deep inside reported speech whose speaker stands far to the left,
the speaker in the paragraph before or two sentences before, several quotations of one speaker
with narrative between them, and the speaker in the sentence after the quotation ("So äußerte
sich …", "Das sagte …", "Diese Bilanz zog …"). Beside them stand what is no quotation: titles of
shows, songs, novels and exhibitions, nicknames, hashtags, a word mentioned as a word, "sogenannte".

All people, places and events are fictional. Annotated before running the stage on them, with the
convention of parts 4-11 (the mention the frame names, as written, with its apposition; the object
of "laut", "zufolge", "heißt es in" without the preposition; a pronoun stays a pronoun; a
quotation without attribution of its own has the source of the one before, or the person the
paragraph is about as named there).

First run (python3 tools/quotes/score_de.py NLPSH 451 486) on the stage before this part:
93 of 94 exact, no false positive, speakers 83 of 93 as first annotated. Five quotations without a
cue of their own had been given the nearest pronoun ("Sie musste ihre Kühe … bringen. ¶ „…“");
parts 4-11 give such a quotation the speaker of the quotation before it or the named person the
paragraph is about, and the gold now follows them (87 of 93 on that first run). Articles 37-40,
written after the rules the first run prompted: 9 of 9 exact, speakers 9 of 9 (on the stage before
this part as well). Now 103 of 103, speakers 103 of 103.

  python3 tools/quotes/check_set_de_part12.py
"""
from checkset import write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 451

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 football: the coach after the match, "haderte", a player named after the quotation in the next sentence
A(["Eintracht Lüneburg verliert Spitzenspiel",
   "Eintracht Lüneburg hat das Spitzenspiel der Oberliga gegen den TuS Verden mit 1:3 verloren. Trainer Sven Mahler haderte nach dem Abpfiff mit der Chancenverwertung: „Wenn du drei hundertprozentige Chancen liegen lässt, wirst du in dieser Liga bestraft.“",
   "„Wir waren heute einfach nicht gierig genug.“ So äußerte sich Kapitän Jonas Riedel nach der Partie. Verden zog damit in der Tabelle an Lüneburg vorbei.",
   "Verdens Trainer Ralf Osterkamp meinte nach dem Spiel, seine Mannschaft habe „endlich mal die Ruhe bewahrt“."],
  [("Wenn du drei hundertprozentige Chancen liegen lässt, wirst du in dieser Liga bestraft.", "Trainer Sven Mahler", "haderte"),
   ("Wir waren heute einfach nicht gierig genug.", "Kapitän Jonas Riedel", "äußerte"),
   ("endlich mal die Ruhe bewahrt", "Verdens Trainer Ralf Osterkamp", "meinte")])

# 2 motor racing: a team radio message, a translated statement, the driver by nationality and age
A(["Ferrand gewinnt in Spa",
   "Der Franzose Lucien Ferrand hat den Großen Preis von Belgien gewonnen. Nach der Zieldurchfahrt funkte der 27-Jährige an seine Box: „Was für ein Rennen, Leute, was für ein Auto!“",
   "Sein Teamchef Marco Bellini sprach später von einem „perfekten Wochenende für die ganze Mannschaft“. Der zweitplatzierte Brite Oliver Grant gab sich als fairer Verlierer. „Lucien war heute einfach schneller. Da gibt es nichts zu deuteln“, sagte er (übersetzt)."],
  [("Was für ein Rennen, Leute, was für ein Auto!", "der 27-Jährige", "funkte"),
   ("perfekten Wochenende für die ganze Mannschaft", "Sein Teamchef Marco Bellini", "sprach"),
   ("Lucien war heute einfach schneller. Da gibt es nichts zu deuteln", "er", "sagte")])

# 3 handball: "bilanzierte", a player quoted twice with narrative between, a nickname in marks
A(["Handballerinnen erreichen Halbfinale",
   "Die Handballerinnen des TV Aldingen stehen im Halbfinale des Pokals. Nach dem 29:27 gegen Bietigheim bilanzierte Trainerin Katrin Sauter: „Das war kein schönes Spiel, aber ein wichtiger Sieg.“",
   "Beste Werferin war Lea Hornung mit neun Toren. Die 22-Jährige, die von den Fans nur „die Kanone“ genannt wird, sagte: „Ich habe heute einfach draufgehalten.“ In der Schlussphase hatte sie zwei Siebenmeter verworfen. „Die gehen auf meine Kappe, da war ich zu nervös.“"],
  [("Das war kein schönes Spiel, aber ein wichtiger Sieg.", "Trainerin Katrin Sauter", "bilanzierte"),
   ("Ich habe heute einfach draufgehalten.", "Die 22-Jährige, die von den Fans nur „die Kanone“ genannt wird", "sagte"),
   ("Die gehen auf meine Kappe, da war ich zu nervös.", "Die 22-Jährige, die von den Fans nur „die Kanone“ genannt wird", None)])

# 4 cycling: the rider's quote before the speaker in the next sentence with "Das sagte", a stage name
A(["Bergetappe an Kessler",
   "Die Königsetappe der Deutschland-Rundfahrt hat Maximilian Kessler gewonnen. Im Schlussanstieg zum „Dach der Tour“ ließ er alle Konkurrenten stehen.",
   "„Ich habe am Morgen gesagt, heute greife ich an, und dann habe ich es einfach gemacht.“ Das sagte der Fahrer aus Freiburg im Ziel. Sein sportlicher Leiter Tim Baars ergänzte: „Er hat das ganze Jahr auf diesen Tag hingearbeitet.“"],
  [("Ich habe am Morgen gesagt, heute greife ich an, und dann habe ich es einfach gemacht.", "der Fahrer aus Freiburg", "sagte"),
   ("Er hat das ganze Jahr auf diesen Tag hingearbeitet.", "Sein sportlicher Leiter Tim Baars", "ergänzte")])

# 5 fraud trial: the prosecutor's plea, "warf vor", the defence, the defendant's last word
A(["Urteil im Betrugsprozess erwartet",
   "Im Prozess gegen den früheren Geschäftsführer einer Pflegefirma hat die Staatsanwaltschaft vor dem Landgericht Oldenburg vier Jahre Haft gefordert. Staatsanwältin Birte Janssen warf dem 52-Jährigen vor, er habe „aus reiner Habgier“ Leistungen abgerechnet, die nie erbracht wurden.",
   "Sein Verteidiger Holger Wendt plädierte auf eine Bewährungsstrafe. Sein Mandant habe „reinen Tisch gemacht“ und den Schaden zum Teil beglichen.",
   "Der Angeklagte sagte in seinem Schlusswort: „Ich schäme mich für das, was ich getan habe.“ Das Urteil soll am Freitag verkündet werden."],
  [("aus reiner Habgier", "Staatsanwältin Birte Janssen", "warf"),
   ("reinen Tisch gemacht", "Sein Verteidiger Holger Wendt", None),
   ("Ich schäme mich für das, was ich getan habe.", "Der Angeklagte", "sagte")])

# 6 verdict: the presiding judge, a statement read out by the defence, the court's press office
A(["Lebenslang für Mord an Rentnerin",
   "Das Landgericht Kassel hat einen 31-Jährigen wegen Mordes an seiner Nachbarin zu lebenslanger Haft verurteilt. Der Vorsitzende Richter Andreas Kühn sagte in der Urteilsbegründung, die Tat sei „kaltblütig geplant“ gewesen. „Sie haben das Vertrauen einer alten Frau ausgenutzt“, sagte Kühn an den Angeklagten gewandt.",
   "Der Angeklagte hatte während des Prozesses geschwiegen. Über seine Verteidigerin ließ er am letzten Verhandlungstag erklären: „Ich war es nicht.“",
   "Eine Sprecherin des Gerichts sagte, das Urteil sei noch nicht rechtskräftig."],
  [("kaltblütig geplant", "Der Vorsitzende Richter Andreas Kühn", "sagte"),
   ("Sie haben das Vertrauen einer alten Frau ausgenutzt", "Kühn", "sagte"),
   ("Ich war es nicht.", "er", "erklären")])

# 7 court: a witness, the judge's question in marks, the answer; a law's name
A(["Zeugin belastet Bauunternehmer",
   "Im Prozess um den Einsturz einer Lagerhalle in Hameln hat am Mittwoch eine frühere Mitarbeiterin des angeklagten Bauunternehmers ausgesagt. Die 44-Jährige schilderte, dass auf der Baustelle „immer nur das Billigste“ verwendet worden sei.",
   "„Haben Sie mit Ihrem Chef darüber gesprochen?“, fragte die Richterin. Die Zeugin antwortete: „Mehrmals. Er hat gesagt, ich soll mich um meine Buchhaltung kümmern.“",
   "Dem Unternehmer wird ein Verstoß gegen das sogenannte „Baustellenschutzgesetz“ vorgeworfen."],
  [("immer nur das Billigste", "Die 44-Jährige", "schilderte"),
   ("Haben Sie mit Ihrem Chef darüber gesprochen?", "die Richterin", "fragte"),
   ("Mehrmals. Er hat gesagt, ich soll mich um meine Buchhaltung kümmern.", "Die Zeugin", "antwortete")])

# 8 study: "heißt es in der Studie", "schreiben die Autoren", a journal's name in marks
A(["Studie: Stadtbäume senken Hitze deutlich",
   "Straßenbäume können die gefühlte Temperatur in Innenstädten um bis zu zwölf Grad senken. Das ist das Ergebnis einer Studie der Universität Potsdam, die in der Fachzeitschrift „Urban Climate Letters“ erschienen ist.",
   "„Der Effekt ist in engen Straßen am größten“, heißt es in der Studie. Die Autoren schreiben, Städte sollten „bei jeder Sanierung einer Straße auch Bäume mitplanen“.",
   "Die Leiterin der Untersuchung, die Geografin Hanna Petersen, sagte: „Ein Baum ist die billigste Klimaanlage, die es gibt.“"],
  [("Der Effekt ist in engen Straßen am größten", "der Studie", "heißt es"),
   ("bei jeder Sanierung einer Straße auch Bäume mitplanen", "Die Autoren", "schreiben"),
   ("Ein Baum ist die billigste Klimaanlage, die es gibt.", "Die Leiterin der Untersuchung, die Geografin Hanna Petersen", "sagte")])

# 9 health: a press release of a clinic, "teilte mit", a doctor introduced two sentences before
A(["Erstmals Kunstherz ohne Kabel eingesetzt",
   "Am Universitätsklinikum Münster ist erstmals in Deutschland ein Kunstherz ohne Kabel durch die Haut eingesetzt worden. Das teilte die Klinik am Montag in einer Pressemitteilung mit. Darin heißt es: „Der Patient ist wach und kann bereits wieder kurze Strecken gehen.“",
   "Operiert hat das Team von Professor Jan Vermeulen. Der Herzchirurg arbeitet seit zehn Jahren an dem Verfahren. Bei der Vorstellung am Dienstag wirkte er erleichtert. „Für die Patienten bedeutet das vor allem weniger Infektionen.“"],
  [("Der Patient ist wach und kann bereits wieder kurze Strecken gehen.", "Darin", "heißt es"),
   ("Für die Patienten bedeutet das vor allem weniger Infektionen.", "Professor Jan Vermeulen", None)])

# 10 health authority warning: "warnte", "rät", a hashtag and an app name in marks
A(["Gesundheitsamt warnt vor Zecken",
   "Das Gesundheitsamt des Landkreises Rosenheim hat vor einer starken Zeckensaison gewarnt. Amtsärztin Dr. Sabine Huber riet, nach jedem Spaziergang „den ganzen Körper gründlich abzusuchen“.",
   "In den sozialen Netzwerken verbreitet das Amt seine Hinweise unter dem Stichwort „#ZeckenCheck“. Auch die App „Zeckenradar“ soll helfen. „Wer in einem Risikogebiet lebt, sollte sich impfen lassen“, so die Amtsärztin."],
  [("den ganzen Körper gründlich abzusuchen", "Amtsärztin Dr. Sabine Huber", "riet"),
   ("Wer in einem Risikogebiet lebt, sollte sich impfen lassen", "die Amtsärztin", "so")])

# 11 obituary: "schrieb er einmal", a line from his novel, a novel's title, a publisher's statement
A(["Schriftsteller Arno Lindqvist gestorben",
   "Der Schriftsteller Arno Lindqvist ist im Alter von 81 Jahren in Husum gestorben. Bekannt wurde er mit dem Roman „Die Deichgänger“, der in 14 Sprachen übersetzt wurde.",
   "Über das Schreiben hatte er einmal gesagt: „Ich schreibe, weil ich sonst nicht verstehe, was ich erlebt habe.“ In seinem letzten Roman heißt es: „Das Meer nimmt nichts übel, es nimmt nur.“",
   "Sein Verlag würdigte ihn als „großen Erzähler der Küste“."],
  [("Ich schreibe, weil ich sonst nicht verstehe, was ich erlebt habe.", "er", "gesagt"),
   ("Das Meer nimmt nichts übel, es nimmt nur.", "seinem letzten Roman", "heißt es"),
   ("großen Erzähler der Küste", "Sein Verlag", "würdigte")])

# 12 obituary of an actress: an old interview, a letter quoted, colleagues, a film title
A(["Trauer um Schauspielerin Greta Hollmann",
   "Die Schauspielerin Greta Hollmann ist tot. Sie starb am Sonntag im Alter von 88 Jahren in München. In einem Interview hatte sie einmal gesagt: „Ich wollte nie berühmt werden, ich wollte nur spielen.“",
   "Ihr Durchbruch gelang ihr 1962 mit dem Film „Die Nacht am Fluss“. In einem Brief an ihre Schwester, aus dem ihr Biograf zitiert, schrieb sie damals: „Jetzt kennen mich alle, und ich kenne niemanden mehr.“",
   "Der Regisseur Paul Engel, der mit ihr fünf Filme drehte, erinnerte sich: „Sie war die Einzige, die mir nie widersprochen hat, und trotzdem hat sie immer gemacht, was sie wollte.“"],
  [("Ich wollte nie berühmt werden, ich wollte nur spielen.", "sie", "gesagt"),
   ("Jetzt kennen mich alle, und ich kenne niemanden mehr.", "sie", "schrieb"),
   ("Sie war die Einzige, die mir nie widersprochen hat, und trotzdem hat sie immer gemacht, was sie wollte.", "Der Regisseur Paul Engel, der mit ihr fünf Filme drehte", "erinnerte")])

# 13 exhibition: a curator, an exhibition title and a painting's title beside a cue, a visitor
A(["Ausstellung zu Expressionisten eröffnet",
   "In der Kunsthalle Bremen ist am Freitag die Ausstellung „Farbe und Aufbruch“ eröffnet worden. Gezeigt werden 120 Werke, darunter das Gemälde „Rote Mühle“, das seit 80 Jahren als verschollen galt.",
   "Kuratorin Ines Wolter nannte den Fund „eine kleine Sensation“. Eine Besucherin aus Oldenburg sagte nach dem Rundgang: „Ich bin extra wegen der Mühle gekommen.“"],
  [("eine kleine Sensation", "Kuratorin Ines Wolter", "nannte"),
   ("Ich bin extra wegen der Mühle gekommen.", "Eine Besucherin aus Oldenburg", "sagte")])

# 14 house fire: eyewitnesses, "teilte die Polizei mit", a fire brigade spokesman named in the paragraph before
A(["Drei Verletzte bei Brand in Mehrfamilienhaus",
   "Bei einem Brand in einem Mehrfamilienhaus in Gelsenkirchen sind in der Nacht zum Samstag drei Menschen verletzt worden. Ein Augenzeuge berichtete: „Die Flammen schlugen schon aus dem Dach, als die Feuerwehr kam.“",
   "„Die Bewohner haben sich gegenseitig aus den Wohnungen geholt“, schilderte eine Nachbarin. Die Polizei teilte mit, die Brandursache sei „noch völlig unklar“.",
   "Einsatzleiter war Brandoberinspektor Kai Lorenz. Er lobte die Bewohner.",
   "„Ohne ihre schnelle Reaktion hätte es Tote gegeben.“"],
  [("Die Flammen schlugen schon aus dem Dach, als die Feuerwehr kam.", "Ein Augenzeuge", "berichtete"),
   ("Die Bewohner haben sich gegenseitig aus den Wohnungen geholt", "eine Nachbarin", "schilderte"),
   ("noch völlig unklar", "Die Polizei", "teilte"),
   ("Ohne ihre schnelle Reaktion hätte es Tote gegeben.", "Er", None)])

# 15 police report: a missing hiker found, the police spokesman after the quotation, a dog's name
A(["Vermisster Wanderer lebend gefunden",
   "Ein seit drei Tagen vermisster Wanderer aus Dresden ist im Elbsandsteingebirge lebend gefunden worden. Der 67-Jährige war in eine Felsspalte gestürzt. Entdeckt wurde er von dem Suchhund „Balu“.",
   "„Er war unterkühlt, aber ansprechbar.“ Mit diesen Worten beschrieb Polizeisprecher Thomas Geier den Zustand des Mannes. Der Wanderer hatte laut Polizei „unglaubliches Glück“."],
  [("Er war unterkühlt, aber ansprechbar.", "Polizeisprecher Thomas Geier", "beschrieb"),
   ("unglaubliches Glück", "Polizei", "laut")])

# 16 flood abroad: a translated governor, a relief organisation, a resident quoted by a broadcaster
A(["Überschwemmungen in Norditalien",
   "Nach tagelangem Regen sind in der norditalienischen Region Piemont mehrere Flüsse über die Ufer getreten. Der Präsident der Region, Alberto Ricci, sprach von der „schlimmsten Flut seit 1994“.",
   "Das Rote Kreuz erklärte, man habe „über 2.000 Menschen in Notunterkünften“ untergebracht. Eine Anwohnerin aus Alessandria sagte dem Sender RAI: „Wir haben alles verloren, nur unser Leben nicht.“"],
  [("schlimmsten Flut seit 1994", "Der Präsident der Region, Alberto Ricci", "sprach"),
   ("über 2.000 Menschen in Notunterkünften", "Das Rote Kreuz", "erklärte"),
   ("Wir haben alles verloren, nur unser Leben nicht.", "Eine Anwohnerin aus Alessandria", "sagte")])

# 17 state parliament: several speakers in a row, "konterte", "entgegnete", "rief dazwischen"
A(["Heftiger Streit um Polizeigesetz im Landtag",
   "Im Landtag von Sachsen-Anhalt ist am Donnerstag heftig über das neue Polizeigesetz gestritten worden. Innenminister Karl Brandner verteidigte den Entwurf: „Wir geben der Polizei die Mittel, die sie braucht.“",
   "Die Grünen-Abgeordnete Mira Fuchs konterte: „Sie geben der Polizei vor allem Befugnisse, die niemand kontrolliert.“ „Das ist doch Unsinn!“, rief ein Abgeordneter der CDU dazwischen.",
   "Brandner entgegnete, die Kritik sei „durch nichts belegt“. Der Linken-Politiker Uwe Krämer warf dem Minister vor, er wolle „den gläsernen Bürger“."],
  [("Wir geben der Polizei die Mittel, die sie braucht.", "Innenminister Karl Brandner", "verteidigte"),
   ("Sie geben der Polizei vor allem Befugnisse, die niemand kontrolliert.", "Die Grünen-Abgeordnete Mira Fuchs", "konterte"),
   ("Das ist doch Unsinn!", "ein Abgeordneter der CDU", "rief"),
   ("durch nichts belegt", "Brandner", "entgegnete"),
   ("den gläsernen Bürger", "Der Linken-Politiker Uwe Krämer", "warf")])

# 18 Bundestag: a speech quoted in two parts with narrative between, "hielt dagegen", "spottete"
A(["Bundestag debattiert über Rentenpaket",
   "Arbeitsministerin Claudia Reinholz hat im Bundestag um Zustimmung zum Rentenpaket geworben. „Wer 45 Jahre gearbeitet hat, muss von seiner Rente leben können“, sagte die SPD-Politikerin.",
   "Die Opposition reagierte mit Zwischenrufen. Reinholz wartete, bis es wieder ruhig war. „Sie können gerne lachen. Die Menschen draußen lachen nicht.“",
   "Der FDP-Abgeordnete Lars Petersen hielt dagegen: „Dieses Paket bezahlen die Jungen.“ Die AfD-Abgeordnete Heike Sommer spottete über eine „Rente nach Kassenlage“."],
  [("Wer 45 Jahre gearbeitet hat, muss von seiner Rente leben können", "die SPD-Politikerin", "sagte"),
   ("Sie können gerne lachen. Die Menschen draußen lachen nicht.", "Reinholz", None),
   ("Dieses Paket bezahlen die Jungen.", "Der FDP-Abgeordnete Lars Petersen", "hielt"),
   ("Rente nach Kassenlage", "Die AfD-Abgeordnete Heike Sommer", "spottete")])

# 19 council: a speaker far left of a partial quotation in reported speech, a title of a plan in marks
A(["Stadtrat streitet über Hallenbad",
   "Bürgermeisterin Eva Roth hatte bereits im Frühjahr bei einer Bürgerversammlung in der Stadthalle vor rund 300 Zuhörern erklärt, dass die Stadt das Hallenbad nur dann sanieren werde, wenn das Land „mindestens die Hälfte der Kosten“ übernehme.",
   "Der Fraktionschef der Freien Wähler, Gerd Ulmer, sagte am Montag im Stadtrat, man habe sich seit Jahren auf Zusagen verlassen, die das Land nie eingehalten habe, und werde dem Plan „Bad 2030“ deshalb „nicht noch einmal blind zustimmen“."],
  [("mindestens die Hälfte der Kosten", "Bürgermeisterin Eva Roth", "erklärt"),
   ("nicht noch einmal blind zustimmen", "Der Fraktionschef der Freien Wähler, Gerd Ulmer", "sagte")])

# 20 interview in alternating paragraphs: questions in plain text, answers in marks, speaker in the introduction
A(["Tierheim am Limit",
   "Das Tierheim in Cottbus ist voll. Wikinews sprach mit dem Leiter, Frank Oster, über die Lage.",
   "Wie viele Tiere haben Sie derzeit?",
   "„Wir haben 140 Hunde und fast 200 Katzen. Platz ist eigentlich für die Hälfte.“",
   "Woran liegt das?",
   "„Viele haben sich in der Pandemie ein Tier angeschafft und merken jetzt, was es kostet.“",
   "Was wünschen Sie sich von der Stadt?",
   "„Ehrlich gesagt: einfach mehr Geld. Wir zahlen die Tierarztkosten im Moment aus Spenden.“"],
  [("Wir haben 140 Hunde und fast 200 Katzen. Platz ist eigentlich für die Hälfte.", "dem Leiter, Frank Oster", None),
   ("Viele haben sich in der Pandemie ein Tier angeschafft und merken jetzt, was es kostet.", "dem Leiter, Frank Oster", None),
   ("Ehrlich gesagt: einfach mehr Geld. Wir zahlen die Tierarztkosten im Moment aus Spenden.", "dem Leiter, Frank Oster", None)])

# 21 social media: "schrieb auf X", "in einem Post auf Instagram", "postete", a hashtag
A(["Wirbel um Post der Verkehrsministerin",
   "Ein Beitrag der bayerischen Verkehrsministerin Lena Vogt sorgt für Aufregung. „Wer über Staus jammert, soll halt früher losfahren“, schrieb die CSU-Politikerin am Sonntag auf X.",
   "Der Landesvorsitzende des ADAC, Rolf Baumer, reagierte in einem Post auf Instagram: „Millionen Pendler haben keine Wahl, Frau Ministerin.“ Unter dem Hashtag „#frühermalwegfahren“ sammelten sich bis zum Abend Tausende Kommentare.",
   "Vogt löschte den Beitrag am Montag. Auf Facebook postete sie: „Das war zugespitzt, und das tut mir leid.“"],
  [("Wer über Staus jammert, soll halt früher losfahren", "die CSU-Politikerin", "schrieb"),
   ("Millionen Pendler haben keine Wahl, Frau Ministerin.", "Der Landesvorsitzende des ADAC, Rolf Baumer", "reagierte"),
   ("Das war zugespitzt, und das tut mir leid.", "sie", "postete")])

# 22 a club's post and a player's story on a social network, a show title in marks
A(["Verein verabschiedet Torjäger",
   "Der Zweitligist Alemannia Hagen hat sich von seinem Torjäger Dennis Kowalski getrennt. Der Verein schrieb auf seiner Facebook-Seite: „Danke für 87 Tore und unvergessliche Momente, Dennis!“",
   "Kowalski selbst meldete sich in einer Instagram-Story zu Wort: „Ich gehe mit einem weinenden und einem lachenden Auge.“ Am Abend war er zu Gast in der Sendung „Sport am Sonntag“."],
  [("Danke für 87 Tore und unvergessliche Momente, Dennis!", "Der Verein", "schrieb"),
   ("Ich gehe mit einem weinenden und einem lachenden Auge.", "Kowalski", "meldete")])

# 23 sermon: a bishop's sermon, "rief auf", "sagte in seiner Predigt", a hymn's title
A(["Bischof ruft zu Versöhnung auf",
   "Der Limburger Bischof Matthias Kern hat in seiner Osterpredigt zu Versöhnung in der Gesellschaft aufgerufen. „Wir dürfen nicht zulassen, dass wir einander nur noch als Gegner sehen“, sagte er im Dom.",
   "Die Gemeinde sang zum Abschluss das Lied „Christ ist erstanden“. Kern rief die Gläubigen auf, „auch dem Andersdenkenden die Hand zu reichen“."],
  [("Wir dürfen nicht zulassen, dass wir einander nur noch als Gegner sehen", "er", "sagte"),
   ("auch dem Andersdenkenden die Hand zu reichen", "Kern", "rief")])

# 24 stock market: traders and analysts without names, "hieß es", "Marktbeobachter"
A(["DAX schließt mit Verlusten",
   "Der Deutsche Aktienindex hat den Handel am Dienstag mit einem Minus von 1,8 Prozent beendet. Ein Händler in Frankfurt sagte: „Die Anleger haben einfach Angst vor den Zinsen.“",
   "Marktbeobachter sprachen von einer „nervösen Seitwärtsbewegung“. Von der Landesbank Hessen-Thüringen hieß es, eine Erholung sei „erst im Herbst zu erwarten“."],
  [("Die Anleger haben einfach Angst vor den Zinsen.", "Ein Händler in Frankfurt", "sagte"),
   ("nervösen Seitwärtsbewegung", "Marktbeobachter", "sprachen"),
   ("erst im Herbst zu erwarten", "der Landesbank Hessen-Thüringen", "hieß es")])

# 25 speaker in the paragraph before, the quotation opening the next paragraph with no cue
A(["Bergbauern fürchten um Almen",
   "Auf den Almen im Allgäu fehlt in diesem Sommer das Wasser. Die Bergbäuerin Rosa Haggenmüller bewirtschaftet seit 30 Jahren eine Alm am Grünten. Sie musste ihre Kühe zwei Wochen früher ins Tal bringen.",
   "„So trocken war es hier oben noch nie. Die Quellen sind einfach weg.“",
   "Der Alpwirtschaftliche Verein fordert Hilfe vom Land. Sein Vorsitzender Josef Miller sagte: „Ohne Wasserleitungen auf die Almen wird es in zehn Jahren keine Alpwirtschaft mehr geben.“"],
  [("So trocken war es hier oben noch nie. Die Quellen sind einfach weg.", "Die Bergbäuerin Rosa Haggenmüller", None),
   ("Ohne Wasserleitungen auf die Almen wird es in zehn Jahren keine Alpwirtschaft mehr geben.", "Sein Vorsitzender Josef Miller", "sagte")])

# 26 several quotations of one speaker separated by narrative, a second speaker named after
A(["Letzter Schichtbetrieb in der Zeche",
   "Nach 120 Jahren ist in der Zeche Haltern die letzte Schicht gefahren worden. Der Bergmann Erwin Kaczmarek war 38 Jahre unter Tage. „Das hier war mein Leben“, sagte er, als er den Förderkorb verließ.",
   "Kaczmarek hat drei Grubenunglücke erlebt. Über das schwerste, 1988, spricht er bis heute ungern. „Wir haben zwei Kumpel verloren. Das vergisst man nicht.“",
   "Am Nachmittag übergab er das letzte Stück Kohle an den Ministerpräsidenten. „Jetzt ist es vorbei.“",
   "„Wir verdanken diesen Männern unseren Wohlstand.“ Das sagte Ministerpräsident Reinhard Vossen bei der Feierstunde."],
  [("Das hier war mein Leben", "er", "sagte"),
   ("Wir haben zwei Kumpel verloren. Das vergisst man nicht.", "er", None),
   ("Jetzt ist es vorbei.", "Der Bergmann Erwin Kaczmarek", None),
   ("Wir verdanken diesen Männern unseren Wohlstand.", "Ministerpräsident Reinhard Vossen", "sagte")])

# 27 speaker two sentences before the quotation, an apposition, "zeigte sich"
A(["Neuer Rekord am Flughafen",
   "Der Flughafen Leipzig/Halle hat im vergangenen Jahr so viel Fracht umgeschlagen wie nie zuvor. Flughafenchef Dirk Sander stellte die Zahlen am Mittwoch vor. Mit dem Ergebnis zeigte er sich mehr als zufrieden. Die Zahl der Passagiere ging dagegen zurück. „Wir sind ein Frachtflughafen geworden, das müssen wir ehrlich sagen.“"],
  [("Wir sind ein Frachtflughafen geworden, das müssen wir ehrlich sagen.", "Flughafenchef Dirk Sander", None)])

# 28 "Diese Bilanz zog", "So lautete das Fazit", the source after the quotation with a noun of speech
A(["Weinlese früher als je zuvor",
   "An der Mosel hat die Weinlese so früh begonnen wie nie zuvor. „Die Trauben sind reif, und sie sind gut.“ Diese Bilanz zog der Präsident des Weinbauverbandes Mosel, Walter Schneider, am Dienstag in Bernkastel.",
   "„Der Klimawandel ist in unseren Weinbergen längst angekommen.“ So lautete das Fazit der Winzerin Anja Kuhn aus Zell."],
  [("Die Trauben sind reif, und sie sind gut.", "der Präsident des Weinbauverbandes Mosel, Walter Schneider", "Bilanz"),
   ("Der Klimawandel ist in unseren Weinbergen längst angekommen.", "der Winzerin Anja Kuhn aus Zell", "Fazit")])

# 29 military and diplomacy abroad: a ministry, an agency quoting a spokesman, "laut" a broadcaster
A(["Spannungen an der Grenze",
   "An der Grenze zwischen den beiden Staaten ist es erneut zu Schusswechseln gekommen. Das Verteidigungsministerium in Tiflis erklärte, man habe „nur auf Beschuss reagiert“.",
   "Die Nachrichtenagentur Interfax zitierte einen Sprecher der Gegenseite mit den Worten: „Die Provokation ging eindeutig von georgischer Seite aus.“ Laut dem Sender Rustavi 2 wurden zwei Soldaten verletzt. Die Lage sei „angespannt, aber unter Kontrolle“."],
  [("nur auf Beschuss reagiert", "Das Verteidigungsministerium in Tiflis", "erklärte"),
   ("Die Provokation ging eindeutig von georgischer Seite aus.", "einen Sprecher der Gegenseite", "zitierte"),
   ("angespannt, aber unter Kontrolle", "dem Sender Rustavi 2", None)])

# 30 school report: a pupil and a head teacher, a word in marks that is only mentioned
A(["Schüler gewinnen Erfinderpreis",
   "Drei Schüler des Goethe-Gymnasiums in Emmendingen haben den Landeswettbewerb „Jugend erfindet“ gewonnen. Sie haben einen Sensor entwickelt, der Wasserverlust in Gewächshäusern meldet. Das Wort „Gießroboter“ hören sie nicht gern.",
   "„Wir wollten einfach ein Problem lösen, das mein Opa hat“, erzählte der 16-jährige Noah Brenner. Schulleiterin Petra Gaiser sagte, sie sei „unglaublich stolz“ auf die drei."],
  [("Wir wollten einfach ein Problem lösen, das mein Opa hat", "der 16-jährige Noah Brenner", "erzählte"),
   ("unglaublich stolz", "Schulleiterin Petra Gaiser", "sagte")])

# 31 space: an astronaut's message from orbit, the agency, a mission name in marks
A(["Astronautin meldet sich aus dem All",
   "Die deutsche Astronautin Carla Winter hat sich zum ersten Mal von der Internationalen Raumstation gemeldet. In einer Videobotschaft sagte sie: „Die Erde sieht von hier oben unfassbar zerbrechlich aus.“",
   "Ihre Mission trägt den Namen „Horizon“. Die Europäische Weltraumorganisation ESA teilte mit, alle Experimente liefen „nach Plan“."],
  [("Die Erde sieht von hier oben unfassbar zerbrechlich aus.", "sie", "sagte"),
   ("nach Plan", "Die Europäische Weltraumorganisation ESA", "teilte")])

# 32 traffic accident: the police in a press release, a witness in the paragraph after, scare quotes
A(["Lkw kracht in Stauende",
   "Auf der A7 bei Fulda ist ein Lastwagen ungebremst in ein Stauende gefahren. Zwei Menschen wurden schwer verletzt. In einer Pressemitteilung der Polizei Osthessen heißt es: „Der Fahrer des Lkw war nach ersten Erkenntnissen abgelenkt.“",
   "Ein Autofahrer, der kurz vor der Unfallstelle stand, sagte der Fuldaer Zeitung: „Es gab einen ohrenbetäubenden Knall, dann war alles voller Rauch.“ Der Abschnitt gilt als „Unfallschwerpunkt“."],
  [("Der Fahrer des Lkw war nach ersten Erkenntnissen abgelenkt.", "einer Pressemitteilung der Polizei Osthessen", "heißt es"),
   ("Es gab einen ohrenbetäubenden Knall, dann war alles voller Rauch.", "Ein Autofahrer, der kurz vor der Unfallstelle stand", "sagte")])

# 33 music: a singer quoted from a magazine, a song's and an album's title, "verriet"
A(["Sängerin Mila Storm kündigt Pause an",
   "Die Popsängerin Mila Storm will sich nach ihrer Tournee eine Auszeit nehmen. Dem Magazin „Stern“ verriet die 29-Jährige: „Ich habe seit fünf Jahren keinen Urlaub gemacht.“",
   "Ihr Lied „Nachtblau“ war im vergangenen Jahr der meistgespielte Titel im Radio. Ein neues Album mit dem Titel „Leise“ soll 2027 erscheinen. Ihr Manager Erik Dahl erklärte: „Sie kommt wieder, versprochen.“"],
  [("Ich habe seit fünf Jahren keinen Urlaub gemacht.", "die 29-Jährige", "verriet"),
   ("Sie kommt wieder, versprochen.", "Ihr Manager Erik Dahl", "erklärte")])

# 34 animals: a zoo director in the paragraph before, a baby elephant's name, a quote after "so"
A(["Elefantenbaby im Zoo geboren",
   "Im Zoo Leipzig ist ein Elefantenbaby zur Welt gekommen. Das Jungtier wiegt 112 Kilogramm und soll den Namen „Kimi“ bekommen.",
   "Zoodirektor Bernd Hagemann war bei der Geburt in der Nacht dabei.",
   "„Mutter und Kind sind wohlauf. Die Kleine stand schon nach einer halben Stunde.“",
   "Besucher können das Jungtier ab Samstag sehen. Der Andrang werde groß sein, so Hagemann."],
  [("Mutter und Kind sind wohlauf. Die Kleine stand schon nach einer halben Stunde.", "Zoodirektor Bernd Hagemann", None)])

# 35 election abroad: a candidate in a translated statement, "erklärte sich zum Sieger", an electoral commission
A(["Präsidentenwahl in Ecuador",
   "In Ecuador hat sich der Oppositionskandidat Andrés Molina zum Sieger der Präsidentenwahl erklärt. „Das Volk hat gesprochen, und es hat den Wandel gewählt“, rief er vor Anhängern in Quito.",
   "Die Wahlkommission mahnte zur Geduld. Ein offizielles Ergebnis werde es „frühestens am Donnerstag“ geben, sagte ihre Präsidentin Lucía Vera. Amtsinhaber Ramón Pazmiño bezeichnete die Siegeserklärung seines Rivalen als „verfrüht und verantwortungslos“."],
  [("Das Volk hat gesprochen, und es hat den Wandel gewählt", "er", "rief"),
   ("frühestens am Donnerstag", "ihre Präsidentin Lucía Vera", "sagte"),
   ("verfrüht und verantwortungslos", "Amtsinhaber Ramón Pazmiño", "bezeichnete")])

# 36 company: a chief executive at a general meeting, a shareholder association, a product name
A(["Hauptversammlung mit Protesten",
   "Die Hauptversammlung des Chemiekonzerns Rheinchem in Köln ist von Protesten begleitet worden. Vorstandschef Michael Strack verteidigte vor den Aktionären den Abbau von 1.500 Stellen. Der Konzern müsse „schlanker und schneller“ werden, sagte er.",
   "Die Deutsche Schutzvereinigung für Wertpapierbesitz warf dem Vorstand vor, er habe „jahrelang die falschen Produkte entwickelt“. Das Pflanzenschutzmittel „Agrivex“ war im vergangenen Jahr vom Markt genommen worden."],
  [("schlanker und schneller", "er", "sagte"),
   ("jahrelang die falschen Produkte entwickelt", "Die Deutsche Schutzvereinigung für Wertpapierbesitz", "warf")])


# Articles 37-40 were written after the rules that articles 1-36 prompted, as a held-out check.

# 37 basketball: the quotation before the inverted cue with an adverbial after the subject, "so die Studienautoren"-like "so" after a role
A(["Baskets verpassen Playoffs",
   "Die Baskets Rheinstadt haben die Playoffs knapp verpasst. Im letzten Spiel der Hauptrunde unterlagen sie den Tigers Tübingen mit 78:81. „Uns hat am Ende die Kraft gefehlt“, meinte der Trainer nach dem Spiel.",
   "Center Malik Owens, mit 24 Punkten bester Werfer, war untröstlich. „Ich hatte den letzten Wurf in der Hand.“ Die Fans feierten die Mannschaft trotzdem mit Sprechchören."],
  [("Uns hat am Ende die Kraft gefehlt", "der Trainer", "meinte"),
   ("Ich hatte den letzten Wurf in der Hand.", "Center Malik Owens, mit 24 Punkten bester Werfer", None)])

# 38 police: "teilte die Polizei mit" after the quotation, a witness to a broadcaster, a newspaper headline in marks
A(["Geldautomat gesprengt",
   "In Bad Oeynhausen haben Unbekannte in der Nacht zum Mittwoch einen Geldautomaten gesprengt. „Die Täter flüchteten in einem dunklen Audi in Richtung Autobahn“, teilte die Polizei mit.",
   "Ein Anwohner sagte dem WDR, er sei von einem „Knall wie bei einem Gewitter direkt über dem Haus“ geweckt worden. Die Lokalzeitung titelte am Morgen „Schon wieder!“."],
  [("Die Täter flüchteten in einem dunklen Audi in Richtung Autobahn", "die Polizei", "teilte"),
   ("Knall wie bei einem Gewitter direkt über dem Haus", "Ein Anwohner", "sagte")])

# 39 parliament: "warf ihm vor" with a colon, "erwiderte", an interjection, a word mentioned as a word
A(["Schlagabtausch im Bürgerschaftsausschuss",
   "Im Haushaltsausschuss der Hamburger Bürgerschaft ist es zu einem Schlagabtausch gekommen. Der CDU-Abgeordnete Tobias Wendland warf dem Finanzsenator vor: „Sie haben die Zahlen monatelang geschönt.“",
   "Finanzsenator Jens Harder erwiderte: „Kein einziger Wert ist geschönt worden, Herr Kollege.“ Das Wort „geschönt“ ließ er anschließend aus dem Protokoll streichen. Wendland sprach danach von einem „durchsichtigen Manöver“."],
  [("Sie haben die Zahlen monatelang geschönt.", "Der CDU-Abgeordnete Tobias Wendland", "warf"),
   ("Kein einziger Wert ist geschönt worden, Herr Kollege.", "Finanzsenator Jens Harder", "erwiderte"),
   ("durchsichtigen Manöver", "Wendland", "sprach")])

# 40 science: "so die Autorinnen", a press release of an institute, a researcher two sentences before
A(["Studie: Kinder schlafen zu wenig",
   "Jedes dritte Grundschulkind in Deutschland schläft weniger als empfohlen. Das geht aus einer Untersuchung des Robert-Koch-Instituts hervor. Bildschirme im Kinderzimmer seien „der wichtigste einzelne Faktor“, so die Autorinnen.",
   "Die Schlafforscherin Ulrike Brand von der Charité war an der Studie nicht beteiligt. Sie hält die Ergebnisse für plausibel. Überrascht habe sie nur das Ausmaß. „Ich hätte mit jedem fünften Kind gerechnet, nicht mit jedem dritten.“"],
  [("der wichtigste einzelne Faktor", "die Autorinnen", "so"),
   ("Ich hätte mit jedem fünften Kind gerechnet, nicht mit jedem dritten.", "Die Schlafforscherin Ulrike Brand von der Charité", None)])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
