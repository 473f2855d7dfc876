#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Eighteenth part of the German quotes check set: short single-quotation news.

The WikiNews split this part is meant to predict has about one quotation per article, while parts
16-17 are long articles quoting many people. This part is 70 short agency-style news items of 80 to
250 words (accidents, police reports, fires, court rulings, science and space, sport, elections,
company news, culture, obituaries, weather), each with one to three quotations, attributed the way
short news attributes them: press releases and statements of bodies ("teilte die Polizei mit",
"heißt es in einer Pressemitteilung des Ministeriums", "erklärte die Gewerkschaft"), a medium or
agency ("sagte er der „Bild“-Zeitung", "zitierte ihn die Nachrichtenagentur Reuters", "zitiert die
„Welt“ den Minister"), documents ("heißt es im Urteil", "steht in dem Bericht", "steht im
Abschlussbericht"), interviews and posts, unnamed sources ("ein Sprecher der Feuerwehr",
"Augenzeugen", "ein Betriebsrat, der nicht genannt werden wollte"), a quotation in the headline
(after a colon label, or before a dash with its speaker in the body), a quotation closing a long
report, the speaker named only in the paragraph before, the article's main person speaking without
a cue, and marks around what is no quotation (titles of films, books, exhibitions and missions,
ship names, a nickname, words of the year, a project's name; a banner's words are quoted with the
place as the source, as part 11 has it).

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt
(the object of "laut", "zufolge", "heißt es in", "steht in" without the preposition; a pronoun as
written, also the object of "zitierte ihn"; a bare "hieß es" none). All people, firms and places
of the events are fictional. Articles 1-35 were written and annotated before running the stage on
them; articles 36-70 after the fixes they prompted and before running the fixed stage on them.

  python3 tools/quotes/score_de.py NLPSH 609 678 -v

First pass, articles 1-35 (609-643) on the stage before this part: 41 of 42 exact, no false
positive, speakers 38 of 40. Missed: the headline quotation before a dash; speakers: "steht in dem
Bericht" (no cue), and a quotation without a cue after a sentence whose subject is a role noun
alone ("Der Angeklagte hatte in seinem letzten Wort …"), given the last speaker.
Fixes: cue rows "steht in/im", "stand in/im"; a quotation heading the text before a spaced dash
with words of the first or second person is a headline quotation, like one before a colon.
Held-out first pass, articles 36-70 (644-678) on the fixed stage: 41 of 41 exact, no false
positive, speakers 36 of 40. Speakers missed: "zitierte ihn die Nachrichtenagentur" (the pronoun
object), "erinnerte an" (no cue: the pronoun of the reported sentence after it was resolved
instead), a role noun alone as the paragraph's subject ("Die Gewinnerin will … . Einen Teil …
möchte sie …. „…“"), and the headline speaker named in the body.
Fixes: an object pronoun right after a verb of quoting, before its subject, is the one quoted
("ihn" added to the German object pronouns); cue rows "erinnerte +an", "erinnert +an".
Now 83 of 83 exact, no false positive, speakers 77 of 81. Left: two headline quotations whose
speaker is named in the body (none given), "Der Angeklagte hatte in seinem letzten Wort …" before a
quotation without a cue (the last speaker given), and "Die Gewinnerin will … . Einen Teil …
möchte sie … . „…“" (a cue speaker further back given). A rule taking a role noun alone as the
subject taken up by the pronoun after it fixed the last but cost part 12 a speaker whose
convention wants the name before the role noun ("Professor X … Der Herzchirurg …"); not kept.

  python3 tools/quotes/check_set_de_part18.py
"""
from checkset import write_part

OPEN = "„»"
CLOSE = "“«"
FIRST = 609

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))



# 1 police: a press release after the quotation, "teilte die Polizei mit"
A(["Autofahrer rammt Ampelmast und flüchtet",
   "In der Nacht zum Sonntag hat ein Autofahrer in der Innenstadt von Kellersberg einen Ampelmast umgefahren und ist anschließend geflüchtet. Der Mast stürzte auf die Fahrbahn, verletzt wurde niemand. Der Schaden wird auf rund 15.000 Euro geschätzt.",
   "„Am Unfallort fanden die Beamten Teile eines silbernen Kombis, vermutlich eines älteren Modells“, teilte die Polizei am Sonntagvormittag mit. Zeugen, die in der Nacht Beobachtungen gemacht haben, sollen sich bei der Wache Kellersberg-Mitte melden. Die Ampelanlage an der Kreuzung Bahnhofstraße und Lindenallee bleibt bis auf Weiteres ausgeschaltet."],
  [("Am Unfallort fanden die Beamten Teile eines silbernen Kombis, vermutlich eines älteren Modells", "die Polizei", "teilte mit")])


# 2 ministry press release: "heißt es in einer Pressemitteilung des Ministeriums"
A(["Land fördert Breitbandausbau in 40 Gemeinden",
   "Das Wirtschaftsministerium von Nordhessenland stellt in diesem Jahr 23 Millionen Euro für schnelles Internet in ländlichen Gemeinden bereit. Profitieren sollen vor allem Orte im Vogelsberg und in der Rhön, in denen bisher weniger als zwei Megabit pro Sekunde zur Verfügung stehen.",
   "„Kein Dorf darf beim Internet abgehängt werden“, heißt es in einer Pressemitteilung des Ministeriums. Die Gemeinden müssen einen Eigenanteil von zehn Prozent tragen. Der Städte- und Gemeindebund begrüßte das Programm, forderte aber eine Vereinfachung der Anträge. Die ersten Bescheide sollen im Mai verschickt werden."],
  [("Kein Dorf darf beim Internet abgehängt werden", "einer Pressemitteilung des Ministeriums", "heißt es")])


# 3 interview with a tabloid: "sagte er der „Bild“-Zeitung"
A(["Torwart Brinkmann beendet Karriere",
   "Der frühere Nationaltorhüter Stefan Brinkmann beendet mit 36 Jahren seine Laufbahn. Der Schlussmann hatte in der Hinrunde wegen einer Schulterverletzung kein Spiel bestritten. Nach einer weiteren Operation im Januar sei klar gewesen, dass er nicht mehr auf dem Niveau spielen könne, das er von sich erwarte.",
   "„Ich habe alles gegeben, aber mein Körper sagt jetzt Stopp“, sagte er der „Bild“-Zeitung. Brinkmann bestritt 312 Bundesligaspiele und 14 Länderspiele. Sein Verein kündigte an, ihm im letzten Heimspiel der Saison einen würdigen Abschied zu bereiten."],
  [("Ich habe alles gegeben, aber mein Körper sagt jetzt Stopp", "er", "sagte")])


# 4 fire: an unnamed spokesman of the fire brigade; a witness
A(["Großbrand in Möbellager",
   "Bei einem Großbrand in einem Möbellager im Gewerbegebiet Ost von Steinau ist am Dienstagabend ein Schaden in Millionenhöhe entstanden. Mehr als 120 Feuerwehrleute waren bis in die Nacht im Einsatz. Die Rauchwolke war kilometerweit zu sehen, die Bevölkerung wurde über Radio aufgefordert, Fenster und Türen geschlossen zu halten.",
   "„Wir konnten ein Übergreifen der Flammen auf die benachbarten Hallen gerade noch verhindern“, sagte ein Sprecher der Feuerwehr. Die Brandursache ist noch unklar. Ein Anwohner berichtete, er habe kurz vor dem Feuer einen lauten Knall gehört. „Danach stand sofort das ganze Dach in Flammen.“"],
  [("Wir konnten ein Übergreifen der Flammen auf die benachbarten Hallen gerade noch verhindern", "ein Sprecher der Feuerwehr", "sagte"),
   ("Danach stand sofort das ganze Dach in Flammen.", "Ein Anwohner", None)])


# 5 court: "heißt es im Urteil"
A(["Gericht kippt Sonntagsöffnung in Altenburg",
   "Das Verwaltungsgericht Weißenfels hat die geplanten verkaufsoffenen Sonntage in der Innenstadt von Altenburg für unzulässig erklärt. Geklagt hatte die Gewerkschaft Verdi. Die Stadt hatte vier Sonntage im Jahr freigeben wollen, an denen jeweils ein Stadtfest stattfinden sollte.",
   "Die Feste seien nur ein Vorwand, um den Geschäften zusätzliche Öffnungstage zu verschaffen. „Der Sonntag ist durch das Grundgesetz geschützt und darf nicht zum gewöhnlichen Werktag werden“, heißt es im Urteil. Die Stadt kann Berufung einlegen."],
  [("Der Sonntag ist durch das Grundgesetz geschützt und darf nicht zum gewöhnlichen Werktag werden", "Urteil", "heißt es")])


# 6 space: an agency quoted, the title of a mission in marks
A(["Raumsonde erreicht Kometen",
   "Nach mehr als zehn Jahren Flug hat die europäische Raumsonde „Wanderer“ ihr Ziel erreicht. Die Sonde schwenkte am Mittwoch in eine Umlaufbahn um den Kometen 88P ein, wie die Europäische Weltraumorganisation in Darmstadt mitteilte. In den kommenden Monaten soll sie die Oberfläche des Kometen kartieren.",
   "„Das ist ein Meilenstein für die europäische Raumfahrt“, sagte Missionsleiterin Dr. Karin Holtkamp im Kontrollzentrum. Die Ingenieure hätten bei jedem Manöver „mit angehaltenem Atem“ auf die Daten gewartet. Im November soll ein kleines Landegerät auf dem Kometen aufsetzen."],
  [("Das ist ein Meilenstein für die europäische Raumfahrt", "Missionsleiterin Dr. Karin Holtkamp", "sagte"),
   ("mit angehaltenem Atem", "Missionsleiterin Dr. Karin Holtkamp", None)])


# 7 election: the winner's words, a quote in the last sentence after a long report
A(["Amtsinhaber gewinnt Bürgermeisterwahl in Brackwede",
   "Der parteilose Bürgermeister von Brackwede, Uwe Hansmeier, bleibt im Amt. Bei der Wahl am Sonntag erhielt er 58,3 Prozent der Stimmen. Seine Herausforderin Claudia Vogt von der SPD kam auf 33,1 Prozent, der Kandidat der Grünen auf 8,6 Prozent. Die Wahlbeteiligung lag bei 41 Prozent und damit deutlich unter dem Wert der letzten Wahl.",
   "Hansmeier ist seit 2004 Bürgermeister der Stadt. Im Wahlkampf hatte er vor allem mit der Sanierung des Hallenbades und der Ansiedlung eines Logistikunternehmens geworben, das 300 Arbeitsplätze schaffen soll. Vogt hatte ihm vorgeworfen, die Innenstadt vernachlässigt zu haben. Am Abend gratulierte sie ihm im Rathaus. „Die Bürger haben entschieden, und das respektiere ich“, sagte Vogt."],
  [("Die Bürger haben entschieden, und das respektiere ich", "Vogt", "sagte")])


# 8 company news: statement of a company, "heißt es in einer Mitteilung"
A(["Schuhhersteller schließt Werk in Pirmasens",
   "Der Schuhhersteller Lederwerke Hofmann schließt zum Jahresende sein Werk in Pirmasens. Betroffen sind 240 Beschäftigte. Die Produktion soll nach Portugal verlagert werden.",
   "„Die Fertigung in Deutschland ist unter den heutigen Marktbedingungen nicht mehr wirtschaftlich“, heißt es in einer Mitteilung des Unternehmens. Der Betriebsrat sprach von einem „schwarzen Tag für die Region“. Die Gewerkschaft kündigte Proteste an."],
  [("Die Fertigung in Deutschland ist unter den heutigen Marktbedingungen nicht mehr wirtschaftlich", "einer Mitteilung des Unternehmens", "heißt es"),
   ("schwarzen Tag für die Region", "Der Betriebsrat", "sprach von")])


# 9 obituary: the main person as speaker without a cue
A(["Schauspielerin Hedwig Sander gestorben",
   "Die Schauspielerin Hedwig Sander ist tot. Sie starb am Samstag im Alter von 87 Jahren in ihrem Haus am Starnberger See, wie ihre Familie mitteilte. Sander war über Jahrzehnte Ensemblemitglied des Münchner Residenztheaters und wurde einem breiten Publikum durch die Fernsehserie „Die Hausmeisterin“ bekannt.",
   "Das Fernsehen hat sie nie ganz ernst genommen. „Auf der Bühne lebe ich, vor der Kamera verdiene ich mein Geld.“ Noch mit 80 Jahren stand sie als Mutter Courage auf der Bühne. Sie hinterlässt zwei Töchter."],
  [("Auf der Bühne lebe ich, vor der Kamera verdiene ich mein Geld.", "Sander", None)])


# 10 weather: German weather service, "warnte der Deutsche Wetterdienst"
A(["Sturmtief bringt Orkanböen an die Küste",
   "Das Sturmtief „Jolanda“ hat am Donnerstag an der Nordseeküste für Orkanböen von bis zu 130 Kilometern pro Stunde gesorgt. Auf mehreren Inseln wurde der Fährverkehr eingestellt, in Hamburg trat die Elbe über die Ufer und überflutete den Fischmarkt.",
   "„In den Nachtstunden muss auch im Binnenland mit schweren Sturmböen gerechnet werden“, warnte der Deutsche Wetterdienst. Die Bahn stellte den Verkehr auf mehreren Strecken in Schleswig-Holstein vorsorglich ein. Verletzte wurden bis zum Abend nicht gemeldet."],
  [("In den Nachtstunden muss auch im Binnenland mit schweren Sturmböen gerechnet werden", "der Deutsche Wetterdienst", "warnte")])

# 11 news agency as source: "berichtete die Nachrichtenagentur dpa", a minister quoted by the agency
A(["Minister kündigt Rücktritt an",
   "Der Verkehrsminister von Sachsen-Anhalt, Gerd Pfeiffer, tritt nach der Affäre um Dienstwagen zurück. Das berichtete die Nachrichtenagentur dpa am Freitag unter Berufung auf Regierungskreise. Pfeiffer soll seinen Dienstwagen mehrfach für private Urlaubsreisen nach Italien genutzt haben.",
   "Am Nachmittag bestätigte der Minister seinen Schritt. „Ich habe Fehler gemacht und übernehme dafür die Verantwortung“, sagte Pfeiffer der dpa. Ein Nachfolger soll in der kommenden Woche benannt werden."],
  [("Ich habe Fehler gemacht und übernehme dafür die Verantwortung", "Pfeiffer", "sagte")])


# 12 a newspaper quoting a minister: "zitiert die „Welt“ den Minister"
A(["Streit um Bundeswehreinsatz",
   "In der Koalition wächst der Streit über eine Verlängerung des Bundeswehreinsatzes am Horn von Afrika. Verteidigungsminister Karl Engelhardt will das Mandat um ein Jahr verlängern, mehrere Abgeordnete der Regierungsfraktionen lehnen das ab.",
   "„Wir können unsere Partner nicht mitten in der Mission allein lassen“, zitiert die „Welt“ den Minister. Der Bundestag soll im März abstimmen."],
  [("Wir können unsere Partner nicht mitten in der Mission allein lassen", "den Minister", "zitiert")])


# 13 quote in the title line, speaker in the body
A(["„Wir fangen wieder von vorne an“ – Zoo nach Hochwasser wieder geöffnet",
   "Drei Monate nach dem Hochwasser hat der Tierpark Grimmenthal am Samstag wieder seine Tore geöffnet. Das Wasser hatte im Juni große Teile des Geländes überflutet, mehrere Gehege und das Affenhaus mussten neu gebaut werden. Von den rund 600 Tieren waren elf ertrunken.",
   "Zoodirektorin Martina Kessler dankte den zahlreichen Helfern und Spendern. Mehr als 400.000 Euro seien zusammengekommen. Zur Wiedereröffnung kamen mehr als 3000 Besucher."],
  [("Wir fangen wieder von vorne an", "Zoodirektorin Martina Kessler", None)])


# 14 eyewitnesses, unnamed
A(["Bus kommt von der Straße ab – zwölf Verletzte",
   "Auf der Bundesstraße 27 bei Donaueschingen ist am Montagmorgen ein Linienbus von der Fahrbahn abgekommen und in einen Graben gestürzt. Zwölf Fahrgäste wurden verletzt, zwei von ihnen schwer. Der Bus war mit Schülern auf dem Weg nach Villingen.",
   "„Der Bus ist plötzlich nach rechts gezogen und hat sich dann zur Seite gelegt“, sagten Augenzeugen. Die Polizei vermutet, dass Glätte die Unfallursache war. Die Strecke war für vier Stunden gesperrt."],
  [("Der Bus ist plötzlich nach rechts gezogen und hat sich dann zur Seite gelegt", "Augenzeugen", "sagten")])


# 15 science: a report, "steht in dem Bericht"; a term in marks
A(["Studie: Bienen leiden unter nassen Sommern",
   "Nasse und kühle Sommer schwächen Honigbienenvölker stärker als bisher angenommen. Das geht aus einem Bericht des Instituts für Bienenkunde in Oberursel hervor, der am Dienstag vorgestellt wurde. Die Forscher hatten zwischen 2006 und 2012 mehr als 900 Völker in Hessen beobachtet.",
   "Nach verregneten Sommern überlebten bis zu 30 Prozent der Völker den Winter nicht. „Die Bienen können bei Regen nicht ausfliegen und gehen mit zu geringen Vorräten in den Winter“, steht in dem Bericht. Die Forscher empfehlen Imkern, ihre Völker in solchen Jahren früher zu füttern. Das Phänomen wird in der Fachwelt als „Hungerwinter“ bezeichnet."],
  [("Die Bienen können bei Regen nicht ausfliegen und gehen mit zu geringen Vorräten in den Winter", "dem Bericht", "steht")])


# 16 sport result: coach after the game
A(["Eintracht Wetzlar steigt in die Regionalliga auf",
   "Die Eintracht aus Wetzlar hat am letzten Spieltag den Aufstieg in die Regionalliga perfekt gemacht. Vor 4.200 Zuschauern gewann die Mannschaft gegen den FC Bad Vilbel mit 3:1. Zweimal traf Stürmer Denis Kaya, einmal Kapitän Jonas Reuter.",
   "„Diese Mannschaft hat das ganze Jahr über Charakter gezeigt“, sagte Trainer Michael Strobel nach dem Abpfiff. Die Fans stürmten nach dem Spiel den Platz. Der Verein hat bereits angekündigt, das Stadion für die neue Liga umbauen zu lassen."],
  [("Diese Mannschaft hat das ganze Jahr über Charakter gezeigt", "Trainer Michael Strobel", "sagte")])


# 17 speaker named only in the previous paragraph
A(["Neue Rheinbrücke eröffnet",
   "Nach vier Jahren Bauzeit ist am Freitag die neue Rheinbrücke zwischen Neuwied und Weißenthurm für den Verkehr freigegeben worden. Landesverkehrsministerin Eva Lüttgens schnitt gemeinsam mit den Bürgermeistern beider Städte das Band durch. Die Brücke hat 86 Millionen Euro gekostet.",
   "„Heute wachsen zwei Städte zusammen, die der Rhein seit Jahrhunderten getrennt hat.“ Pendler sparen künftig bis zu zwanzig Minuten. Die alte Fähre soll noch bis zum Jahresende weiter fahren."],
  [("Heute wachsen zwei Städte zusammen, die der Rhein seit Jahrhunderten getrennt hat.", "Landesverkehrsministerin Eva Lüttgens", None)])


# 18 court, criminal: the judge in the ruling, the defendant's last word
A(["Bewährungsstrafe für falschen Arzt",
   "Das Amtsgericht Lüneburg hat einen 52-jährigen Mann zu zwei Jahren Haft auf Bewährung verurteilt, der sich jahrelang als Arzt ausgegeben hatte. Der Mann hatte mit gefälschten Zeugnissen in zwei Kliniken als Assistenzarzt gearbeitet.",
   "„Sie haben das Vertrauen von Patienten missbraucht, die auf Sie angewiesen waren“, sagte die Vorsitzende Richterin in der Urteilsbegründung. Der Angeklagte hatte in seinem letzten Wort um Entschuldigung gebeten. „Ich wollte immer nur helfen.“"],
  [("Sie haben das Vertrauen von Patienten missbraucht, die auf Sie angewiesen waren", "die Vorsitzende Richterin", "sagte"),
   ("Ich wollte immer nur helfen.", "Der Angeklagte", None)])


# 19 culture: a book title and an exhibition name in marks, the curator speaks
A(["Museum zeigt Werke von Paula Lindner",
   "Das Kunstmuseum Ahlen zeigt ab Sonntag die erste große Retrospektive der Malerin Paula Lindner. Unter dem Titel „Licht über der Heide“ sind mehr als 120 Gemälde und Zeichnungen zu sehen. Viele davon stammen aus Privatbesitz und wurden noch nie öffentlich gezeigt.",
   "Kuratorin Dr. Silke Baumann spricht von einer Wiederentdeckung. „Lindner war zu Lebzeiten bekannt, geriet dann aber völlig in Vergessenheit.“ Begleitend erscheint ein Katalog mit dem Titel „Farben des Nordens“. Die Ausstellung läuft bis Ende August."],
  [("Lindner war zu Lebzeiten bekannt, geriet dann aber völlig in Vergessenheit.", "Kuratorin Dr. Silke Baumann", None)])


# 20 police with a named spokesman as apposition
A(["Vermisster Junge wohlbehalten gefunden",
   "Ein seit Sonntag vermisster zehnjähriger Junge aus Hameln ist am Montagabend wohlbehalten gefunden worden. Er hatte sich nach einem Streit mit seinen Eltern in einer Gartenlaube versteckt. An der Suche waren mehr als hundert Einsatzkräfte, ein Hubschrauber und Spürhunde beteiligt.",
   "„Der Junge ist unterkühlt, aber sonst wohlauf“, sagte Jens Rohde, Sprecher der Polizeiinspektion Hameln-Pyrmont. Ein Spaziergänger hatte den Jungen entdeckt und die Polizei verständigt."],
  [("Der Junge ist unterkühlt, aber sonst wohlauf", "Jens Rohde, Sprecher der Polizeiinspektion Hameln-Pyrmont", "sagte")])

# 21 interview in another medium: "sagte sie im Deutschlandfunk"
A(["Ministerin will Pflegeberufe aufwerten",
   "Bundesgesundheitsministerin Renate Albers will die Ausbildung in der Alten- und Krankenpflege zusammenlegen. Ein entsprechender Gesetzentwurf soll noch vor der Sommerpause im Kabinett beraten werden. Die Pflegeverbände hatten die Reform seit Jahren gefordert.",
   "„Wer in der Pflege arbeitet, muss davon gut leben können“, sagte sie im Deutschlandfunk. Kritik kam von den privaten Heimbetreibern, die höhere Kosten befürchten."],
  [("Wer in der Pflege arbeitet, muss davon gut leben können", "sie", "sagte")])


# 22 bare "hieß es" without a source in its clause
A(["Flughafen Hahn: Investor springt ab",
   "Der Verkauf des Flughafens Hahn ist vorerst gescheitert. Der chinesische Investor hat sein Angebot am Mittwoch zurückgezogen, wie das Innenministerium in Mainz bestätigte. Über die Gründe wurde zunächst nichts bekannt.",
   "„Die Gespräche mit weiteren Interessenten werden fortgesetzt“, hieß es. Der Flughafen schreibt seit Jahren Verluste. Rund 2.500 Arbeitsplätze hängen an dem Standort."],
  [("Die Gespräche mit weiteren Interessenten werden fortgesetzt", None, "hieß es")])


# 23 accident on the motorway: a colon after the speaker
A(["Lkw verliert Ladung – A7 stundenlang gesperrt",
   "Ein Lastwagen hat am Donnerstagmorgen auf der Autobahn 7 zwischen Hildesheim und Salzgitter mehrere Tonnen Kartoffeln verloren. Die Autobahn war in Richtung Norden fast fünf Stunden lang gesperrt, es bildete sich ein Stau von 14 Kilometern.",
   "Ein Sprecher der Autobahnpolizei sagte: „Die Ladung war offenbar nicht ausreichend gesichert.“ Gegen den Fahrer wurde ein Bußgeldverfahren eingeleitet. Ein Landwirt aus der Nähe half mit einem Radlader beim Aufräumen."],
  [("Die Ladung war offenbar nicht ausreichend gesichert.", "Ein Sprecher der Autobahnpolizei", "sagte")])


# 24 economy: the central bank; a partial quotation in reported speech
A(["Bundesbank senkt Wachstumsprognose",
   "Die Deutsche Bundesbank rechnet für das laufende Jahr nur noch mit einem Wirtschaftswachstum von 0,8 Prozent. Im Dezember war sie noch von 1,5 Prozent ausgegangen. Als Gründe nannte die Notenbank die schwache Nachfrage aus dem Euroraum und die Unsicherheit an den Finanzmärkten.",
   "Bundesbankpräsident Jürgen Albrecht sagte bei der Vorstellung der Prognose in Frankfurt, die deutsche Wirtschaft befinde sich „in einer Phase der Abkühlung, nicht in einer Rezession“. Für das kommende Jahr erwartet die Bundesbank wieder ein Wachstum von 1,4 Prozent."],
  [("in einer Phase der Abkühlung, nicht in einer Rezession", "Bundesbankpräsident Jürgen Albrecht", "sagte")])


# 25 the ship's name and a nickname in marks; no quotation at all except one
A(["Segelschulschiff kehrt von Weltreise zurück",
   "Nach elf Monaten auf See ist das Segelschulschiff „Greif von Stralsund“ am Sonntag in seinen Heimathafen zurückgekehrt. Tausende Menschen bereiteten der Besatzung am Kai einen herzlichen Empfang. Das Schiff, das an der Küste nur „die alte Dame“ genannt wird, hatte auf seiner Reise 31 Häfen in 19 Ländern angelaufen.",
   "Kapitän Ole Jensen zeigte sich erleichtert. Die Reise sei ohne schwere Zwischenfälle verlaufen. „Nur vor Kap Hoorn haben wir eine Nacht lang richtig Angst gehabt.“"],
  [("Nur vor Kap Hoorn haben wir eine Nacht lang richtig Angst gehabt.", "Kapitän Ole Jensen", None)])


# 26 health authority warns; "laut"
A(["Masernausbruch in Berliner Schulen",
   "In Berlin sind seit Jahresbeginn mehr als 180 Masernfälle gemeldet worden. Betroffen sind vor allem Schüler in den Bezirken Reinickendorf und Spandau. Ein 18 Monate alter Junge ist an den Folgen der Krankheit gestorben.",
   "Die Gesundheitsverwaltung rief alle Eltern auf, den Impfschutz ihrer Kinder prüfen zu lassen. „Masern sind keine harmlose Kinderkrankheit“, sagte Gesundheitssenator Martin Kolbe. Laut Robert-Koch-Institut ist es der größte Ausbruch in Deutschland seit 2001."],
  [("Masern sind keine harmlose Kinderkrankheit", "Gesundheitssenator Martin Kolbe", "sagte")])


# 27 obituary with a colleague's statement
A(["Dirigent Konrad Weiland gestorben",
   "Der Dirigent Konrad Weiland ist im Alter von 79 Jahren in Wien gestorben. Weiland leitete fast zwanzig Jahre lang das Rundfunk-Sinfonieorchester Saarbrücken und galt als einer der wichtigsten Interpreten der Musik Anton Bruckners.",
   "„Er war ein strenger Lehrer und ein großherziger Mensch“, sagte der Intendant des Saarländischen Rundfunks, Thomas Kleist. Weiland hinterlässt seine Frau und drei Kinder. Die Beisetzung findet im engsten Familienkreis statt."],
  [("Er war ein strenger Lehrer und ein großherziger Mensch", "der Intendant des Saarländischen Rundfunks, Thomas Kleist", "sagte")])


# 28 a union statement: "erklärte die Gewerkschaft"
A(["Warnstreik bei der Bahn",
   "Die Gewerkschaft der Lokführer hat für Donnerstag zu einem bundesweiten Warnstreik im Güterverkehr aufgerufen. Der Streik soll um sechs Uhr beginnen und zwölf Stunden dauern. Der Personenverkehr ist nach Angaben der Bahn nicht betroffen.",
   "„Die Bahn hat uns kein verhandlungsfähiges Angebot vorgelegt“, erklärte die Gewerkschaft in Frankfurt. Die Bahn kritisierte den Streik als „völlig unnötig“. Die Verhandlungen sollen in der kommenden Woche fortgesetzt werden."],
  [("Die Bahn hat uns kein verhandlungsfähiges Angebot vorgelegt", "die Gewerkschaft", "erklärte"),
   ("völlig unnötig", "Die Bahn", "kritisierte")])


# 29 science: a researcher, the name of a telescope in marks
A(["Astronomen entdecken erdähnlichen Planeten",
   "Ein internationales Forscherteam hat einen Planeten entdeckt, der in seiner Größe der Erde ähnelt und in der bewohnbaren Zone seines Sterns kreist. Der Stern liegt rund 490 Lichtjahre von der Erde entfernt im Sternbild Schwan. Die Entdeckung gelang mit dem Weltraumteleskop „Kepler“.",
   "„Ob es dort tatsächlich Wasser gibt, wissen wir noch nicht“, sagte die Astronomin Prof. Anna Leitner von der Universität Göttingen, die an der Studie beteiligt war. Die Ergebnisse erscheinen in der Fachzeitschrift „Science“."],
  [("Ob es dort tatsächlich Wasser gibt, wissen wir noch nicht", "die Astronomin Prof. Anna Leitner von der Universität Göttingen, die an der Studie beteiligt war", "sagte")])


# 30 local politics: a cue after the quotation with an inverted pronoun
A(["Stadtrat beschließt Radweg am Ring",
   "Der Stadtrat von Bamberg hat am Mittwochabend mit knapper Mehrheit einen durchgehenden Radweg am Innenstadtring beschlossen. Dafür fällt auf zwei Kilometern eine Fahrspur für Autos weg. Der Einzelhandel hatte gegen die Pläne protestiert.",
   "Oberbürgermeister Andreas Stark verteidigte die Entscheidung. „Wir müssen den Menschen eine sichere Alternative zum Auto bieten“, sagte er. Die Bauarbeiten sollen im Herbst beginnen."],
  [("Wir müssen den Menschen eine sichere Alternative zum Auto bieten", "er", "sagte")])

# 31 a newspaper reports what a mayor said: "sagte der Bürgermeister der „Süddeutschen Zeitung“"
A(["Gemeinde streitet über Windräder",
   "In der oberbayerischen Gemeinde Hohenkirchen sollen vier Windräder gebaut werden. Gegen die Pläne hat sich eine Bürgerinitiative gegründet, die nach eigenen Angaben bereits 900 Unterschriften gesammelt hat. Sie fürchtet um das Landschaftsbild und den Wert ihrer Häuser.",
   "„Wir werden niemanden übergehen, aber die Energiewende gibt es nicht ohne Windräder“, sagte Bürgermeister Franz Huber der „Süddeutschen Zeitung“. Im Juli sollen die Bürger in einem Bürgerentscheid abstimmen."],
  [("Wir werden niemanden übergehen, aber die Energiewende gibt es nicht ohne Windräder", "Bürgermeister Franz Huber", "sagte")])


# 32 sport: a quotation before a colon-less attribution with "so"
A(["Biathletin Roth holt erstes Weltcup-Gold",
   "Die Biathletin Lena Roth hat im Sprint von Ruhpolding ihren ersten Weltcupsieg gefeiert. Die 22-Jährige aus dem Allgäu blieb am Schießstand fehlerfrei und lag im Ziel 8,4 Sekunden vor der Norwegerin Ingrid Solberg.",
   "„Ich kann das noch gar nicht glauben“, so Roth im Ziel. Bundestrainer Jens Wolff sprach von einem „Tag, auf den wir lange gewartet haben“. Am Sonntag steht die Verfolgung auf dem Programm."],
  [("Ich kann das noch gar nicht glauben", "Roth", "so"),
   ("Tag, auf den wir lange gewartet haben", "Bundestrainer Jens Wolff", "sprach von")])


# 33 police with "Polizeisprecher" before the name; a witness named in the previous sentence
A(["Einbrecher auf frischer Tat ertappt",
   "Die Polizei hat in der Nacht zum Mittwoch in Gelsenkirchen-Buer zwei mutmaßliche Einbrecher festgenommen. Eine Nachbarin hatte verdächtige Geräusche aus einem Juweliergeschäft gehört und die Polizei alarmiert. Die Beamten stellten die beiden Männer, als sie gerade mit einer Tasche voller Uhren aus dem Hinterausgang kamen.",
   "„Die Aufmerksamkeit der Nachbarin war vorbildlich“, sagte Polizeisprecher Matthias Voss. Die Männer im Alter von 27 und 31 Jahren sollen noch am Mittwoch einem Haftrichter vorgeführt werden."],
  [("Die Aufmerksamkeit der Nachbarin war vorbildlich", "Polizeisprecher Matthias Voss", "sagte")])


# 34 company: a CEO in an interview with a business paper, "im Interview mit dem „Handelsblatt“"
A(["Autozulieferer will 1.000 neue Stellen schaffen",
   "Der Autozulieferer Brennwald Antriebstechnik will in den kommenden drei Jahren rund 1.000 neue Arbeitsplätze in Deutschland schaffen. Der größte Teil soll im Stammwerk in Schweinfurt entstehen, wo das Unternehmen Elektromotoren für Hybridfahrzeuge fertigt.",
   "Vorstandschef Peter Lindemann zeigte sich im Interview mit dem „Handelsblatt“ optimistisch. „Die Nachfrage nach elektrischen Antrieben wird sich bis 2020 verdreifachen.“ Das Unternehmen beschäftigt derzeit weltweit 14.000 Menschen."],
  [("Die Nachfrage nach elektrischen Antrieben wird sich bis 2020 verdreifachen.", "Vorstandschef Peter Lindemann", None)])


# 35 a word in marks as a word, a slogan on a banner, one quotation of demonstrators
A(["Tausende demonstrieren gegen Schließung von Krankenhaus",
   "Rund 3.000 Menschen haben am Samstag in Wolfhagen gegen die geplante Schließung des Kreiskrankenhauses demonstriert. Auf Transparenten stand „Unser Krankenhaus bleibt“. Der Landkreis will das Haus wegen hoher Verluste schließen und die Patienten in Kassel versorgen lassen.",
   "Der Begriff „Gesundheitsregion“, mit dem der Landrat für die Pläne wirbt, sorgte bei den Demonstranten für Spott. „Im Notfall zählt jede Minute, und nach Kassel sind es 40“, rief eine Krankenschwester unter dem Beifall der Menge. Der Kreistag entscheidet im Juni."],
  [("Unser Krankenhaus bleibt", "Transparenten", "stand"),
   ("Im Notfall zählt jede Minute, und nach Kassel sind es 40", "eine Krankenschwester", "rief")])


# 36 police: a spokeswoman named in the paragraph before; a cue-less quotation in the next
A(["Reh durchschlägt Windschutzscheibe",
   "Auf der Landstraße zwischen Kirchhain und Amöneburg ist am Freitagabend ein Reh durch die Windschutzscheibe eines Autos geschleudert worden. Die 41 Jahre alte Fahrerin blieb unverletzt. Das Tier war zuvor von einem entgegenkommenden Wagen erfasst worden. Polizeisprecherin Daniela Körner sprach am Samstag von einem außergewöhnlichen Unfall.",
   "„So etwas haben auch unsere erfahrenen Kollegen noch nicht gesehen.“ Die Polizei rät Autofahrern, in der Dämmerung besonders an Waldrändern langsam zu fahren."],
  [("So etwas haben auch unsere erfahrenen Kollegen noch nicht gesehen.", "Polizeisprecherin Daniela Körner", None)])


# 37 science: a university press release, the researcher in apposition
A(["Forscher züchten Weizen, der Trockenheit verträgt",
   "Pflanzenforschern der Universität Hohenheim ist es gelungen, eine Weizensorte zu züchten, die auch bei wochenlanger Trockenheit noch gute Erträge bringt. In Feldversuchen in Spanien lag der Ertrag der neuen Sorte in einem Dürrejahr um ein Drittel über dem herkömmlicher Sorten.",
   "„Mit dem Klimawandel werden solche Sorten auch in Deutschland wichtig“, sagte der Leiter der Arbeitsgruppe, Prof. Martin Uhlig, laut einer Pressemitteilung der Universität. Bis die Sorte im Handel ist, dürften noch fünf bis sieben Jahre vergehen."],
  [("Mit dem Klimawandel werden solche Sorten auch in Deutschland wichtig", "der Leiter der Arbeitsgruppe, Prof. Martin Uhlig", "sagte")])


# 38 court ruling: "heißt es in der Begründung", a law's name in marks
A(["Bundesverfassungsgericht stärkt Pressefreiheit",
   "Das Bundesverfassungsgericht hat die Durchsuchung der Redaktionsräume eines Lokalblatts in Thüringen für verfassungswidrig erklärt. Die Staatsanwaltschaft hatte die Räume im Jahr 2009 durchsuchen lassen, um die Quelle eines Artikels über Korruption in einer Stadtverwaltung zu ermitteln.",
   "„Die bloße Veröffentlichung eines Dienstgeheimnisses durch einen Journalisten reicht für eine Durchsuchung nicht aus“, heißt es in der Begründung. Der Deutsche Journalisten-Verband sprach von einer „guten Nachricht für alle Redaktionen“."],
  [("Die bloße Veröffentlichung eines Dienstgeheimnisses durch einen Journalisten reicht für eine Durchsuchung nicht aus", "der Begründung", "heißt es"),
   ("guten Nachricht für alle Redaktionen", "Der Deutsche Journalisten-Verband", "sprach von")])


# 39 fire: an eyewitness quoted by a newspaper, "sagte ein Nachbar der „Rheinpfalz“"
A(["Dachstuhlbrand in Speyer – Familie rettet sich ins Freie",
   "Bei einem Brand in einem Mehrfamilienhaus in der Speyerer Altstadt ist am Sonntagmorgen der Dachstuhl vollständig ausgebrannt. Eine fünfköpfige Familie, die im Dachgeschoss wohnte, konnte sich rechtzeitig ins Freie retten. Die Feuerwehr schätzt den Schaden auf 300.000 Euro.",
   "„Die Kinder standen barfuß auf der Straße, wir haben ihnen Decken gebracht“, sagte ein Nachbar der „Rheinpfalz“. Als Brandursache vermuten die Ermittler einen defekten Heizlüfter."],
  [("Die Kinder standen barfuß auf der Straße, wir haben ihnen Decken gebracht", "ein Nachbar", "sagte")])


# 40 sport: headline with a colon label, the quote again in the body
A(["Kapitän Berger: „Wir haben uns selbst geschlagen“",
   "Der VfL Osnabrück hat im Heimspiel gegen Hansa Rostock eine 2:0-Führung verspielt und sich mit einem 2:2 begnügen müssen. Beide Gegentore fielen in den letzten zehn Minuten nach individuellen Fehlern.",
   "Kapitän Tobias Berger ging mit seiner Mannschaft hart ins Gericht. „Wer so spät zwei Tore kassiert, darf sich über nichts beschweren.“ Osnabrück bleibt damit auf dem siebten Tabellenplatz."],
  [("Wir haben uns selbst geschlagen", "Kapitän Berger", None),
   ("Wer so spät zwei Tore kassiert, darf sich über nichts beschweren.", "Kapitän Tobias Berger", None)])


# 41 election abroad: an agency reports the winner's speech
A(["Oppositionsführer gewinnt Präsidentenwahl in Ghana",
   "Bei der Präsidentenwahl in Ghana hat sich der Kandidat der Opposition, Samuel Owusu, durchgesetzt. Nach Angaben der Wahlkommission erhielt er 52,4 Prozent der Stimmen. Internationale Beobachter bezeichneten die Wahl als weitgehend frei und fair.",
   "Vor Tausenden Anhängern in der Hauptstadt Accra versprach Owusu, die Korruption zu bekämpfen. „Ich werde der Präsident aller Ghanaer sein, nicht nur derer, die mich gewählt haben“, zitierte ihn die Nachrichtenagentur Reuters. Der unterlegene Amtsinhaber erkannte seine Niederlage an."],
  [("Ich werde der Präsident aller Ghanaer sein, nicht nur derer, die mich gewählt haben", "ihn", "zitierte")])


# 42 company: a short statement and a quote at the very end after numbers
A(["Brauerei meldet Rekordabsatz",
   "Die Privatbrauerei Kesselring aus dem fränkischen Marktbreit hat im vergangenen Jahr so viel Bier verkauft wie nie zuvor. Der Absatz stieg um sechs Prozent auf 410.000 Hektoliter, der Umsatz um acht Prozent auf 52 Millionen Euro. Besonders gefragt war das alkoholfreie Weizen, dessen Absatz sich fast verdoppelte. Die Zahl der Mitarbeiter stieg auf 230.",
   "Für das laufende Jahr plant das Familienunternehmen Investitionen von zwölf Millionen Euro in eine neue Abfüllanlage. Geschäftsführerin Anja Kesselring sieht die Brauerei gut aufgestellt. „Regionale Biere sind gefragt wie lange nicht mehr.“"],
  [("Regionale Biere sind gefragt wie lange nicht mehr.", "Geschäftsführerin Anja Kesselring", None)])


# 43 obituary: the person's own words from an earlier interview, "sagte er einmal"
A(["Kabarettist Horst Wendland gestorben",
   "Der Kabarettist Horst Wendland ist tot. Er starb in der Nacht zum Montag im Alter von 74 Jahren in einem Krankenhaus in Leipzig nach kurzer schwerer Krankheit. Wendland gehörte zu den Gründern der „Pfeffermühle“-Nachfolgebühne „Die Zwickmühle“ und stand mehr als 40 Jahre auf der Bühne.",
   "„Kabarett ist die Kunst, den Mächtigen so auf die Füße zu treten, dass sie hinterher noch lachen“, sagte er einmal in einem Interview. Die Stadt Leipzig würdigte ihn als „unbestechliche Stimme“."],
  [("Kabarett ist die Kunst, den Mächtigen so auf die Füße zu treten, dass sie hinterher noch lachen", "er", "sagte"),
   ("unbestechliche Stimme", "Die Stadt Leipzig", "würdigte")])


# 44 weather: the weather service's statement, "teilte der Deutsche Wetterdienst mit"
A(["Hitzewelle: Rekordtemperatur in Kitzingen",
   "Die Wetterstation im unterfränkischen Kitzingen hat am Sonntag 40,3 Grad gemessen. Das ist die höchste in Deutschland je gemessene Temperatur. Der bisherige Rekord von 40,2 Grad stammte aus dem Jahr 1983.",
   "„Der Wert wurde überprüft und ist gültig“, teilte der Deutsche Wetterdienst am Montag mit. Für die kommenden Tage erwarten die Meteorologen eine leichte Abkühlung. In mehreren Städten waren die Freibäder so voll, dass sie zeitweise schließen mussten."],
  [("Der Wert wurde überprüft und ist gültig", "der Deutsche Wetterdienst", "teilte mit")])


# 45 police report with "Augenzeugen berichteten" and a cue-less follow-up
A(["Schüsse vor Diskothek – zwei Verletzte",
   "Vor einer Diskothek in Offenbach sind in der Nacht zum Samstag zwei junge Männer durch Schüsse verletzt worden. Der mutmaßliche Schütze flüchtete zu Fuß, die Polizei fahndet mit einem Großaufgebot nach ihm.",
   "Augenzeugen berichteten von einem Streit vor dem Eingang. „Plötzlich zog einer eine Pistole und schoss zweimal.“ Die Verletzten wurden in Krankenhäuser gebracht, Lebensgefahr besteht nach Angaben der Polizei nicht."],
  [("Plötzlich zog einer eine Pistole und schoss zweimal.", "Augenzeugen", None)])


# 46 culture: a festival jury statement, "heißt es in der Begründung der Jury"; a film title
A(["Goldener Bär für rumänisches Drama",
   "Der Goldene Bär der Berliner Filmfestspiele geht an das rumänische Drama „Die Stunde des Wolfs“ von Regisseur Andrei Popescu. Der Film erzählt von einer Krankenschwester, die in der Nacht der Revolution von 1989 in einem Bukarester Krankenhaus Dienst hat.",
   "„Ein Film von großer Wucht und Zärtlichkeit, der Geschichte in einem einzigen Raum erzählt“, heißt es in der Begründung der Jury. Popescu widmete den Preis seiner Mutter, die selbst Krankenschwester war."],
  [("Ein Film von großer Wucht und Zärtlichkeit, der Geschichte in einem einzigen Raum erzählt", "der Begründung der Jury", "heißt es")])


# 47 space: an astronaut's message from orbit via a video link, "sagte er in einer Videobotschaft"
A(["Deutscher Astronaut erreicht Raumstation",
   "Der deutsche Astronaut Thomas Reinhardt ist am Donnerstag an Bord der Internationalen Raumstation ISS angekommen. Die Sojus-Kapsel mit Reinhardt und zwei Kollegen aus Russland und den USA hatte rund sechs Stunden nach dem Start in Baikonur an der Station angedockt.",
   "„Der Blick auf die Erde ist noch schöner, als ich es mir vorgestellt habe“, sagte Reinhardt in einer ersten Videobotschaft. Er soll ein halbes Jahr auf der ISS bleiben und rund 40 Experimente betreuen."],
  [("Der Blick auf die Erde ist noch schöner, als ich es mir vorgestellt habe", "Reinhardt", "sagte")])


# 48 local: a spokesman of the city, "erklärte ein Sprecher der Stadt"
A(["Freibad bleibt nach Sturmschäden geschlossen",
   "Das Freibad im Kölner Stadtteil Höhenberg bleibt bis auf Weiteres geschlossen. Bei dem Unwetter in der vergangenen Woche waren mehrere Bäume auf das Gelände gestürzt und hatten die Umkleidekabinen sowie das Dach des Kiosks beschädigt.",
   "„Die Aufräumarbeiten werden mindestens drei Wochen dauern“, erklärte ein Sprecher der Stadt. Inhaber von Saisonkarten können die anderen städtischen Bäder nutzen."],
  [("Die Aufräumarbeiten werden mindestens drei Wochen dauern", "ein Sprecher der Stadt", "erklärte")])

# 49 health: a study's wording, "schreiben die Autoren"
A(["Studie: Kinder schlafen zu wenig",
   "Fast jedes dritte Grundschulkind in Deutschland schläft an Schultagen weniger als die empfohlenen neun Stunden. Das ergab eine Untersuchung der Techniker Krankenkasse unter 2.000 Familien. Als Hauptgrund nannten die Eltern Fernsehen und Computerspiele am Abend.",
   "„Schlafmangel beeinträchtigt Konzentration, Stimmung und das Immunsystem“, schreiben die Autoren der Studie. Sie empfehlen, Bildschirme aus den Kinderzimmern zu verbannen."],
  [("Schlafmangel beeinträchtigt Konzentration, Stimmung und das Immunsystem", "die Autoren der Studie", "schreiben")])


# 50 train accident: the railway operator's statement, then a passenger quoted by a broadcaster
A(["Regionalzug entgleist bei Göppingen",
   "Ein Regionalzug ist am Mittwochmorgen kurz vor dem Bahnhof Göppingen entgleist. Von den rund 80 Fahrgästen wurden sieben leicht verletzt. Die Strecke zwischen Stuttgart und Ulm war den ganzen Tag gesperrt, Fernzüge wurden umgeleitet.",
   "„Die Ursache ist noch völlig offen“, teilte die Bahn mit. Ein Fahrgast sagte dem SWR, der Zug habe plötzlich heftig gerüttelt. „Dann sind alle durcheinandergefallen, Koffer flogen durch den Wagen.“"],
  [("Die Ursache ist noch völlig offen", "die Bahn", "teilte mit"),
   ("Dann sind alle durcheinandergefallen, Koffer flogen durch den Wagen.", "Ein Fahrgast", None)])


# 51 economy: a minister in a newspaper interview, "sagte der Minister der „Frankfurter Allgemeinen Zeitung“"
A(["Finanzminister gegen höhere Erbschaftsteuer",
   "Bundesfinanzminister Helmut Krämer hat Forderungen nach einer höheren Erbschaftsteuer zurückgewiesen. Die Steuer treffe vor allem mittelständische Familienunternehmen, die ohnehin unter Druck stünden.",
   "„Wir dürfen die Substanz der Betriebe nicht gefährden“, sagte der Minister der „Frankfurter Allgemeinen Zeitung“. Die Grünen und die Linke werfen der Regierung vor, große Vermögen zu schonen."],
  [("Wir dürfen die Substanz der Betriebe nicht gefährden", "der Minister", "sagte")])


# 52 a report of a commission: "steht im Abschlussbericht"; a project name in marks
A(["Kommission: Schulen brauchen mehr Informatik",
   "Eine vom Kultusministerium in Hannover eingesetzte Expertenkommission empfiehlt, Informatik ab der fünften Klasse als Pflichtfach einzuführen. Das Land liege bei der digitalen Bildung im Vergleich der Bundesländer nur im Mittelfeld.",
   "„Programmieren gehört heute zur Allgemeinbildung wie Lesen und Rechnen“, steht im Abschlussbericht. Die Kommission schlägt vor, ein Modellprojekt unter dem Namen „Digitale Schule 2020“ an hundert Schulen zu starten. Das Ministerium will die Vorschläge bis zum Herbst prüfen."],
  [("Programmieren gehört heute zur Allgemeinbildung wie Lesen und Rechnen", "Abschlussbericht", "steht")])


# 53 court: prosecution and defence, cue-less after "forderte"
A(["Bankräuber muss sieben Jahre in Haft",
   "Das Landgericht Kiel hat einen 39-jährigen Mann wegen schweren Raubes zu sieben Jahren Haft verurteilt. Er hatte im Frühjahr mit einer Spielzeugpistole drei Sparkassenfilialen in Schleswig-Holstein überfallen und dabei insgesamt 62.000 Euro erbeutet.",
   "Die Staatsanwältin hatte neun Jahre gefordert. Der Verteidiger plädierte auf fünf Jahre und verwies auf die Spielsucht seines Mandanten. „Er hat das Geld nicht für sich ausgegeben, sondern in Automaten gesteckt.“ Das Urteil ist noch nicht rechtskräftig."],
  [("Er hat das Geld nicht für sich ausgegeben, sondern in Automaten gesteckt.", "Der Verteidiger", None)])


# 54 a quote in the last sentence after a long report, speaker as apposition after the cue
A(["Elbe-Hochwasser: Pegel in Dresden sinkt",
   "Nach tagelangem Anstieg sinkt der Pegel der Elbe in Dresden wieder. Am Dienstagmorgen lag er bei 8,40 Metern, nachdem am Sonntag mit 8,76 Metern der Höchststand erreicht worden war. Die Altstadt blieb dank mobiler Schutzwände weitgehend trocken, in mehreren Vororten standen jedoch Keller und Erdgeschosse unter Wasser.",
   "Rund 600 Helfer von Feuerwehr, Technischem Hilfswerk und Bundeswehr waren im Einsatz. Mehr als 1.500 Menschen hatten ihre Wohnungen vorübergehend verlassen müssen, die meisten konnten inzwischen zurückkehren. Die Schäden lassen sich noch nicht beziffern. „Wir sind mit einem blauen Auge davongekommen“, sagte Dirk Helmert, Erster Bürgermeister der Stadt."],
  [("Wir sind mit einem blauen Auge davongekommen", "Dirk Helmert, Erster Bürgermeister der Stadt", "sagte")])


# 55 the main person of the article speaks without a cue (portrait of a winner)
A(["Rentnerin gewinnt Jackpot",
   "Eine 72 Jahre alte Rentnerin aus dem Landkreis Cham hat im Lotto mehr als elf Millionen Euro gewonnen. Die Frau hatte seit 40 Jahren jede Woche dieselben Zahlen getippt, wie die Lottogesellschaft am Montag mitteilte.",
   "Die Gewinnerin will ihren Namen nicht in der Zeitung lesen. Einen Teil des Geldes möchte sie an ihre Enkel verschenken. „Für mich selbst brauche ich nicht viel, ich habe ja alles.“"],
  [("Für mich selbst brauche ich nicht viel, ich habe ja alles.", "Die Gewinnerin", None)])


# 56 politics: a party statement, "heißt es in einer Erklärung der Partei", then a critic
A(["FDP stellt Koalitionsbedingungen",
   "Die FDP in Sachsen hat vor der Landtagswahl drei Bedingungen für eine Regierungsbeteiligung genannt: keine neuen Schulden, eine Reform der Schulverwaltung und den Verzicht auf eine Erhöhung der Grunderwerbsteuer.",
   "„Mit uns wird es keine Politik auf Pump geben“, heißt es in einer Erklärung der Partei. Der Generalsekretär der SPD, Jörg Baumann, nannte die Forderungen „reine Wahlkampfgetöse“."],
  [("Mit uns wird es keine Politik auf Pump geben", "einer Erklärung der Partei", "heißt es"),
   ("reine Wahlkampfgetöse", "Der Generalsekretär der SPD, Jörg Baumann", "nannte")])


# 57 animals: zoo news, keeper's words from a radio interview
A(["Eisbärbaby zeigt sich erstmals den Besuchern",
   "Das im Dezember geborene Eisbärjunge im Tierpark Neumünster hat am Samstag zum ersten Mal das Außengehege betreten. Hunderte Besucher verfolgten die ersten Schritte des kleinen Bären, der noch keinen Namen hat.",
   "Tierpflegerin Jana Möller, die das Junge seit der Geburt betreut, zeigte sich erleichtert. „Es war mutiger als gedacht und ist gleich zum Wasser gelaufen“, sagte sie dem NDR. Über den Namen sollen die Besucher abstimmen."],
  [("Es war mutiger als gedacht und ist gleich zum Wasser gelaufen", "sie", "sagte")])


# 58 tech company: a press release quoting the CEO
A(["Softwarehaus übernimmt Konkurrenten",
   "Das Darmstädter Softwareunternehmen Kranich Systems übernimmt den Wettbewerber Datalogic aus Leipzig. Der Kaufpreis liegt nach Angaben aus Unternehmenskreisen bei rund 85 Millionen Euro. Beide Firmen entwickeln Software für Krankenhäuser.",
   "„Gemeinsam werden wir zum größten Anbieter in Deutschland“, wird Vorstandschef Bernd Kranich in der Mitteilung zitiert. Alle 320 Arbeitsplätze in Leipzig sollen erhalten bleiben. Das Kartellamt muss der Übernahme noch zustimmen."],
  [("Gemeinsam werden wir zum größten Anbieter in Deutschland", "Vorstandschef Bernd Kranich", "wird zitiert")])


# 59 a word discussed as a word; the term in marks, one quotation of a linguist
A(["„Wutbürger“ ist Wort des Jahres",
   "Die Gesellschaft für deutsche Sprache hat „Wutbürger“ zum Wort des Jahres gewählt. Auf den Plätzen folgen „Sarrazin-Debatte“ und „Stuttgart 21“. Das Wort beschreibe die Empörung von Bürgern, die sich von der Politik nicht mehr vertreten fühlten.",
   "„Das Wort hat in diesem Jahr eine erstaunliche Karriere gemacht“, sagte die Geschäftsführerin der Gesellschaft, Dr. Ute Lindner, in Wiesbaden."],
  [("Das Wort hat in diesem Jahr eine erstaunliche Karriere gemacht", "die Geschäftsführerin der Gesellschaft, Dr. Ute Lindner", "sagte")])


# 60 police: unnamed spokesman after the quotation, the spokesman given by role only
A(["Kühe blockieren Autobahn",
   "Eine Herde von 30 Kühen hat am Dienstagmorgen die Autobahn 3 bei Aschaffenburg blockiert. Die Tiere waren in der Nacht aus einer Weide ausgebrochen und auf die Fahrbahn gelaufen. Die Autobahn war in beiden Richtungen eine Stunde gesperrt.",
   "„Verletzt wurde zum Glück weder Mensch noch Tier“, sagte ein Polizeisprecher. Der Landwirt trieb die Herde mit Hilfe von Beamten zurück auf die Weide."],
  [("Verletzt wurde zum Glück weder Mensch noch Tier", "ein Polizeisprecher", "sagte")])

# 61 sport: a player's post on a social network, "schrieb er auf Facebook"
A(["Schwimmer Kruse verpasst Olympia",
   "Der Schwimmer Paul Kruse hat die Qualifikation für die Olympischen Spiele in London verpasst. Bei den deutschen Meisterschaften in Berlin blieb er über 200 Meter Freistil um sieben Hundertstelsekunden über der geforderten Norm.",
   "„Das tut unglaublich weh, aber ich komme wieder“, schrieb er am Abend auf Facebook. Der 23-Jährige hatte bei der Europameisterschaft im Vorjahr noch Silber gewonnen."],
  [("Das tut unglaublich weh, aber ich komme wieder", "er", "schrieb")])


# 62 a foreign leader quoted by a state agency: "meldete die staatliche Nachrichtenagentur"
A(["Nordkorea droht mit weiterem Atomtest",
   "Nordkorea hat mit einem weiteren Atomtest gedroht, falls die Vereinten Nationen neue Sanktionen beschließen. Der UN-Sicherheitsrat berät in dieser Woche über eine Verschärfung der Strafmaßnahmen.",
   "„Jede feindselige Handlung wird mit entschlossenen Gegenmaßnahmen beantwortet“, meldete die staatliche Nachrichtenagentur KCNA unter Berufung auf das Außenministerium in Pjöngjang. Die Regierung in Seoul verurteilte die Drohung."],
  [("Jede feindselige Handlung wird mit entschlossenen Gegenmaßnahmen beantwortet", "die staatliche Nachrichtenagentur KCNA", "meldete")])


# 63 accident at sea, the rescue service's spokesman in the paragraph before, a pronoun cue
A(["Segler vor Fehmarn gerettet",
   "Seenotretter haben in der Nacht zum Sonntag zwei Segler vor der Insel Fehmarn aus der Ostsee gerettet. Ihr Boot war bei starkem Wind gekentert. Die beiden Männer aus Hamburg hatten sich mehr als eine Stunde an dem kieloben treibenden Rumpf festgehalten.",
   "Ein Sprecher der Deutschen Gesellschaft zur Rettung Schiffbrüchiger lobte das Verhalten der Segler. Sie hätten Rettungswesten getragen und seien beim Boot geblieben. „Das hat ihnen das Leben gerettet“, sagte er."],
  [("Das hat ihnen das Leben gerettet", "er", "sagte")])


# 64 culture: an author's reading, a book title in marks, a quotation from the book read aloud
A(["Lesung im Literaturhaus: Schwenk stellt neuen Roman vor",
   "Vor ausverkauftem Haus hat die Schriftstellerin Marion Schwenk am Mittwochabend im Literaturhaus München ihren neuen Roman „Die Fähre nach Norden“ vorgestellt. Das Buch erzählt von einer Ärztin, die nach dem Tod ihres Mannes auf eine Hallig zieht.",
   "Im Gespräch mit dem Moderator sagte Schwenk, sie habe den Roman in drei Wintern auf Pellworm geschrieben. „Die Einsamkeit dort hat mich nicht gestört, sie hat mir das Buch geschenkt.“ Die Lesung wurde vom Bayerischen Rundfunk aufgezeichnet."],
  [("Die Einsamkeit dort hat mich nicht gestört, sie hat mir das Buch geschenkt.", "Schwenk", None)])


# 65 company: a works council member, unnamed, "sagte ein Betriebsrat, der nicht genannt werden wollte"
A(["Opel: Unruhe in Bochum",
   "Im Opel-Werk Bochum wächst die Sorge um die Zukunft. Nach Medienberichten erwägt der Mutterkonzern, die Fertigung des Modells Zafira ab 2016 in ein anderes Werk zu verlagern. Das Unternehmen wollte die Berichte nicht kommentieren.",
   "„Die Leute haben Angst, dass es diesmal wirklich vorbei ist“, sagte ein Betriebsrat, der nicht genannt werden wollte. In Bochum arbeiten noch rund 3.200 Menschen."],
  [("Die Leute haben Angst, dass es diesmal wirklich vorbei ist", "ein Betriebsrat, der nicht genannt werden wollte", "sagte")])


# 66 headline quote with a dash, speaker named in the body with a cue
A(["„Ich habe einfach nur reagiert“ – Busfahrer verhindert Unfall",
   "Ein Busfahrer aus Wuppertal hat am Donnerstag mit einer Vollbremsung verhindert, dass ein Kind überfahren wurde. Der sechsjährige Junge war hinter einem parkenden Auto auf die Straße gelaufen. Er blieb unverletzt, im Bus stürzten zwei Fahrgäste leicht.",
   "Der 54-jährige Fahrer Günter Pohl will von Heldentum nichts wissen. Die Stadtwerke kündigten an, ihn für seine Reaktion auszuzeichnen."],
  [("Ich habe einfach nur reagiert", "Der 54-jährige Fahrer Günter Pohl", None)])


# 67 a police report in two quotations split by the cue
A(["Falsche Wasserwerker bestehlen Seniorin",
   "Zwei Männer, die sich als Mitarbeiter der Wasserwerke ausgaben, haben in Bielefeld eine 86 Jahre alte Frau bestohlen. Während einer der Männer die Frau in der Küche ablenkte, durchsuchte der andere die Wohnung und nahm Schmuck und Bargeld mit.",
   "„Die Täter gehen immer nach demselben Muster vor“, sagte Polizeisprecher Achim Lange. „Echte Mitarbeiter der Stadtwerke melden sich immer vorher schriftlich an.“ Die Polizei bittet um Hinweise."],
  [("Die Täter gehen immer nach demselben Muster vor", "Polizeisprecher Achim Lange", "sagte"),
   ("Echte Mitarbeiter der Stadtwerke melden sich immer vorher schriftlich an.", "Polizeisprecher Achim Lange", None)])


# 68 science: an expert's doubts after "zufolge", a cue "äußerte sich skeptisch"
A(["Neue Fossilienfunde in der Grube Messel",
   "Paläontologen haben in der Grube Messel bei Darmstadt das nahezu vollständige Skelett eines Urpferdes gefunden. Dem Senckenberg-Forschungsinstitut zufolge ist das Tier rund 47 Millionen Jahre alt. Im Magen fanden sich Reste von Blättern und Trauben.",
   "Der Tübinger Paläontologe Prof. Klaus Weber äußerte sich zurückhaltend zur Bedeutung des Funds. „Es ist ein schönes Stück, aber Urpferde kennen wir aus Messel schon recht gut.“"],
  [("Es ist ein schönes Stück, aber Urpferde kennen wir aus Messel schon recht gut.", "Der Tübinger Paläontologe Prof. Klaus Weber", None)])


# 69 bare "hieß es" after a statement of a ministry named a sentence before
A(["Ministerium prüft Schließung von Grenzübergang",
   "Das Bundesinnenministerium prüft, den kleinen Grenzübergang bei Scheibenberg im Erzgebirge nachts zu schließen. Anwohner hatten sich über zunehmenden Schwerlastverkehr beschwert. Eine Entscheidung soll bis Ende des Monats fallen.",
   "Aus dem Ministerium gab es dazu zunächst nur eine knappe Auskunft. „Alle Optionen liegen auf dem Tisch“, hieß es. Die Bürgermeister beider Grenzgemeinden wollen sich gegen eine Schließung wehren."],
  [("Alle Optionen liegen auf dem Tisch", None, "hieß es")])


# 70 obituary: a former colleague in the paragraph before, a quote ending the article
A(["Fotografin Lotte Brinck gestorben",
   "Die Fotografin Lotte Brinck ist im Alter von 91 Jahren in Hamburg gestorben. Brinck wurde in den fünfziger Jahren mit ihren Reportagen aus dem Hafen bekannt und arbeitete später für mehrere große Magazine.",
   "Ihr langjähriger Kollege beim „Stern“, der Fotograf Werner Haas, erinnerte an ihre Geduld. Sie habe manchmal tagelang auf ein einziges Bild gewartet. „Lotte hat nie ein Foto gemacht, sie hat es gefunden.“"],
  [("Lotte hat nie ein Foto gemacht, sie hat es gefunden.", "Ihr langjähriger Kollege beim „Stern“, der Fotograf Werner Haas", None)])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
