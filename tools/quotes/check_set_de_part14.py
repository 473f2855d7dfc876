#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fourteenth part of the German quotes check set: partial quotations beside terms, names and titles.

German news quotes a speaker's words a few at a time inside a sentence of its own: "Er sprach von
einem „historischen Tag“", "Die Opposition nannte den Plan „unausgegoren“", "nach eigenen Worten
„zutiefst erschüttert“", "Sie habe „keinerlei Kenntnis“ von den Zahlungen gehabt", two or three
such pieces in one sentence, a piece that runs on into whole sentences. The same marks enclose
names, titles, mottos, slogans, terms and words the writer keeps at a distance. This part has both
side by side in every article.

The annotation follows what the German WikiNews suite does with the short stretches of its dev
texts (175 stretches in marks of fewer than six words, 50 of them quotations):

  - words a sentence attributes to a source are a quotation, however short: the object or
    predicate of a verb or noun of speech or judgement whose subject or agent is the source
    ("sprach von", "nannte", "bezeichnete als", "warnte vor", "forderte", "wies als … zurück",
    "kritisierte als", "skandierten", "stufte als … ein" with its agent, "ist von … die Rede"), or
    words behind a source phrase ("laut X", "nach Angaben", "hieß es", "nach eigenen Worten")
    (40 of 45 in the suite);
  - a piece in reported speech (Konjunktiv I) that goes on with what a named source said in the
    sentence or paragraph before is a quotation of that source (6 of 9);
  - a name is never a quotation, even inside a sentence of speech: organisations, newspapers and
    broadcasters ("laut „Reuters“", "sagte dem „Stern“"), works, products, projects, events, and
    any words a naming word introduces ("Motto", "Titel", "Aufschrift", "Bezeichnung", "Prinzip",
    "Leitlinie", "so genannte", "namens", "… genannt", "… heißen", "als … bekannt") (0 of 107);
  - a term in narration with nobody speaking in its sentence is no quotation (a scare quote, an
    official category: "gilt als „Gefährder“", "als „Terrororganisation“ eingestuft" without an
    agent, "zu „schwerer Arbeit“ verurteilt") (4 of 14, the rest of the suite's exceptions look
    like slips: "Sie stellten eine Darlegung und „Klarstellung“ … dar").

Length, Konjunktiv alone and a capital do not decide it. Views ("halten für", "finden") are not
used here (the suite has one, „Befreiungschlag“ after "Beobachter halten … für", left out).

Speakers follow parts 4-13: the mention the frame names, as written, with its apposition and a
party in parentheses; the object of "laut", "nach Angaben", "in" without the preposition; a
pronoun stays a pronoun; a piece without attribution of its own has the source of the one before.

All people, places, firms and events are fictional.

First run (python3 tools/quotes/score_de.py NLPSH 518 -v), articles 1-30 on the stage before this
part: 94 of 104 exact, two false positives (the project name „Sonderprojekt Nord“ after "als …
bezeichnet", the weather type „Tief Mitteleuropa“ after "sprechen von"), speakers 87 of 94. Missed:
pieces listed after a cue ("nannte … „unverschämt“, „realitätsfern“ und …", "warf der Partei
„Wortbruch“, „Blockade“ und „soziale Kälte“ vor"), pieces classified by "einstufen" with its
subject or agent, a chant before "skandiert", demands right after "forderten die Teilnehmer".
Now 103 of 104 exact („Wortbruch“ after the title noun "Partei" stays missed), the same two false
positives, speakers 95 of 103 (three pronoun subjects of reported speech, "Sie sei", "Er sei", are
given as written where this part gives the source named before them; a speaker cut by an
apposition with marks, an object after "bezeichnete", the "von" after "von einer „…“ … die Rede").
Articles 31-34, written after the rules the first run prompted: 17 of 18 exact (a state passive
with "bei der Stiftung Warentest" read as having no agent), no false positive, speakers 17 of 17;
„Wechselmonat“ after "sprechen vom" was first left out of their gold against the rule above and
added after that run.

Corrected after a count of the dev suite's speaker conventions (tools/quotes/speaker_conventions.py,
Plugins/Quotes/Resources/README.txt): a pronoun subject of the quotation's own sentence is its
speaker as written (the suite: 11 of 11, "Er sprach von einem „…“", "Sie sagte: „…“"), and a piece
of reported speech after it without a subject of its own has that pronoun too ("… bezeichnete er
als „…“. … Das Schicksal des Landes stehe „…“": er). Four speakers here gave the name from the
sentence or paragraph before instead: "Sie sei „…“ und habe „…“" (two, now "Sie"), "Er sei „müde“
… Die Entscheidung sei ihm „…“" (two, now "Er").

  python3 tools/quotes/check_set_de_part14.py
"""

from checkset import write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 518

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 council budget: "sprach von", "nannte", "warf vor", pieces after a semicolon; a term and a name
A(["Haushalt in Lindenau: Opposition spricht von „Luftbuchungen“",
   "Der Stadtrat von Lindenau hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen. Kämmerer Jens Ruppert (CDU) sprach von einem „soliden Fundament“, auf dem die Stadt weiterbauen könne.",
   "Die Opposition nannte den Plan „unausgegoren“. Grünen-Fraktionschefin Marion Seidl warf der Verwaltung vor, die Einnahmen aus der Gewerbesteuer „schönzurechnen“; die Zahlen seien „reine Luftbuchungen“.",
   "Umstritten ist vor allem die so genannte „Bäderpauschale“, mit der die Stadt das Hallenbad „Wellenreich“ bis 2030 sichern will."],
  [("Luftbuchungen", "Opposition", "spricht von"),
   ("soliden Fundament", "Kämmerer Jens Ruppert (CDU)", "sprach von"),
   ("unausgegoren", "Die Opposition", "nannte"),
   ("schönzurechnen", "Grünen-Fraktionschefin Marion Seidl", "warf vor"),
   ("reine Luftbuchungen", "Grünen-Fraktionschefin Marion Seidl", None)])

# 2 court: "Sie habe „keinerlei Kenntnis“", "nach eigenen Worten", reported speech; a project's name after "bezeichnet"
A(["Prozess um Spendenaffäre: Ex-Schatzmeisterin bestreitet Vorwürfe",
   "Im Prozess um verschwundene Parteispenden hat die frühere Schatzmeisterin des Kreisverbands Oberhavel, Gudrun Lessing, am Montag vor dem Landgericht Neuruppin ausgesagt. Sie habe „keinerlei Kenntnis“ von den Zahlungen auf das Konto in Luxemburg gehabt, sagte die 61-Jährige.",
   "Lessing zeigte sich nach eigenen Worten „zutiefst erschüttert“ über die Anklage. Sie sei „immer eine ehrliche Haut“ gewesen und habe „nie einen Cent“ für sich genommen.",
   "Die Staatsanwaltschaft sprach von einer „Schutzbehauptung“. Oberstaatsanwalt Dirk Hallmann verwies auf E-Mails, in denen Lessing die Überweisungen als „Sonderprojekt Nord“ bezeichnet habe.",
   "Das Urteil wird für Ende Mai erwartet."],
  [("keinerlei Kenntnis", "die 61-Jährige", "sagte"),
   ("zutiefst erschüttert", "Lessing", "nach eigenen Worten"),
   ("immer eine ehrliche Haut", "Sie", None),
   ("nie einen Cent", "Sie", None),
   ("Schutzbehauptung", "Die Staatsanwaltschaft", "sprach von")])

# 3 rail strike: three pieces in one sentence, a piece that runs on into a whole sentence; brand names
A(["Bahnstreik: Gewerkschaft droht mit Ausweitung",
   "Die Lokführergewerkschaft hat den Streik im Güterverkehr auf Donnerstag ausgeweitet. Gewerkschaftschef Rolf Tanner nannte das Angebot der Bahn „unverschämt“, „realitätsfern“ und „eine Provokation für jeden Lokführer“.",
   "Ein Bahnsprecher wies die Kritik als „völlig überzogen“ zurück. Das Angebot sei „das beste seit zwanzig Jahren. Wer das ablehnt, will keinen Abschluss.“",
   "Betroffen sind vor allem die Verbindungen des „Rheinland-Express“ und die Nachtzüge der Marke „Nightjet“."],
  [("unverschämt", "Gewerkschaftschef Rolf Tanner", "nannte"),
   ("realitätsfern", "Gewerkschaftschef Rolf Tanner", "nannte"),
   ("eine Provokation für jeden Lokführer", "Gewerkschaftschef Rolf Tanner", "nannte"),
   ("völlig überzogen", "Ein Bahnsprecher", "wies zurück"),
   ("das beste seit zwanzig Jahren. Wer das ablehnt, will keinen Abschluss.", "Ein Bahnsprecher", None)])

# 4 wind power: a piece with a relative clause, "zeigte sich", two pieces after "sagte"; a title and a term
A(["Windkraft: Land einigt sich mit Naturschützern",
   "Nach monatelangem Streit haben sich die Landesregierung und die Naturschutzverbände auf neue Abstände für Windräder geeinigt. Umweltministerin Katrin Wolff (Grüne) sprach von einem „Durchbruch, auf den wir zehn Jahre gewartet haben“.",
   "Der Naturschutzbund zeigte sich „vorsichtig zufrieden“. Landeschef Helmut Brandes sagte, der Kompromiss sei „kein Freibrief für die Industrie“, aber „ein gangbarer Weg“.",
   "Die Vereinbarung trägt den Titel „Wind mit Weitblick“. Sie sieht unter anderem vor, dass in „Dichtezentren“ des Rotmilans keine neuen Anlagen gebaut werden.",
   "Die Opposition im Landtag kritisierte die Einigung als „Symbolpolitik“."],
  [("Durchbruch, auf den wir zehn Jahre gewartet haben", "Umweltministerin Katrin Wolff (Grüne)", "sprach von"),
   ("vorsichtig zufrieden", "Der Naturschutzbund", "zeigte sich"),
   ("kein Freibrief für die Industrie", "Landeschef Helmut Brandes", "sagte"),
   ("ein gangbarer Weg", "Landeschef Helmut Brandes", "sagte"),
   ("Symbolpolitik", "Die Opposition im Landtag", "kritisierte")])

# 5 traffic lights: "so genannte", a scare quote in narration, a motto beside pieces after "berichten von", "sprach von", "sagte"
A(["Neue Ampel am Marktplatz sorgt für Ärger",
   "Seit vergangener Woche regelt eine so genannte „intelligente Ampel“ den Verkehr am Marktplatz von Bad Soden. Die „Intelligenz“ der Anlage besteht aus zwei Kameras, die wartende Fußgänger erkennen sollen.",
   "Anwohner berichten von „chaotischen Zuständen“ im Berufsverkehr. Einzelhändler Peter Kranz sprach von einer „Schnapsidee“, die Kunden vertreibe.",
   "Die Stadt verteidigt das Projekt, das unter dem Motto „Vorfahrt für Füße“ steht. Ein Sprecher sagte, die Anlage brauche noch „ein paar Wochen Eingewöhnung“."],
  [("chaotischen Zuständen", "Anwohner", "berichten von"),
   ("Schnapsidee", "Einzelhändler Peter Kranz", "sprach von"),
   ("ein paar Wochen Eingewöhnung", "Ein Sprecher", "sagte")])

# 6 procurement: media in marks in sentences of speech, a type name, "eingestuft" with its subject
A(["Verteidigungsminister verteidigt Beschaffung",
   "Verteidigungsminister Lars Ebeling hat die Bestellung neuer Transporthubschrauber gegen Kritik verteidigt. Dem Magazin „Der Spiegel“ sagte er, die alten Maschinen seien „am Ende ihrer Lebensdauer“.",
   "Laut „Süddeutscher Zeitung“ kostet das Projekt rund vier Milliarden Euro. Der Bundesrechnungshof hatte die Planung in einem Bericht als „unzureichend begründet“ eingestuft.",
   "Die Hubschrauber vom Typ „Chinook“ sollen ab 2029 geliefert werden. Ebeling sprach im Interview mit dem „Deutschlandfunk“ von einer „Zeitenwende auch bei der Logistik“."],
  [("am Ende ihrer Lebensdauer", "er", "sagte"),
   ("unzureichend begründet", "Der Bundesrechnungshof", "eingestuft"),
   ("Zeitenwende auch bei der Logistik", "Ebeling", "sprach von")])

# 7 bridge report: a passive with a document and with an agent; "gilt als", "Bezeichnung"
A(["Gutachten zum Einsturz der Brücke vorgelegt",
   "Zwei Jahre nach dem Teileinsturz der Saalebrücke bei Hohenwarte liegt das Gutachten vor. Im Gutachten wird die Ursache als „fortschreitende Korrosion der Spannglieder“ beschrieben.",
   "Die Brücke war bereits 2019 von einem Prüfingenieur als „bedenklich“ eingestuft worden. Das Landesamt hatte sie dennoch weiter für den Verkehr freigegeben.",
   "Seit dem Einsturz gilt die Strecke als „Nadelöhr“ des Pendlerverkehrs. Für den Neubau ist die Bezeichnung „Saalebrücke II“ vorgesehen.",
   "Verkehrsminister Tobias Renner nannte das Gutachten „eine bittere Lektüre“ und kündigte an, alle Brücken gleicher Bauart bis Jahresende prüfen zu lassen."],
  [("fortschreitende Korrosion der Spannglieder", "Gutachten", "beschrieben"),
   ("bedenklich", "einem Prüfingenieur", "eingestuft"),
   ("eine bittere Lektüre", "Verkehrsminister Tobias Renner", "nannte")])

# 8 hospital merger: pieces in reported speech going on from the sentence before; a new company's name
A(["Klinikfusion: Betriebsrat warnt vor Stellenabbau",
   "Der Betriebsrat der Kreiskliniken Rotenburg und Zeven hat vor den Folgen der geplanten Fusion gewarnt. Betriebsratschefin Sabine Otten sagte am Mittwoch, die Beschäftigten hätten „schlicht Angst“.",
   "Die Geschäftsführung habe „über die Köpfe hinweg“ entschieden. Von den versprochenen Gesprächen sei „bis heute nichts zu sehen“.",
   "Klinikgeschäftsführer Martin Ahlers wies die Vorwürfe zurück. Es gehe um eine „Sicherung der Versorgung auf dem Land“, nicht um Kürzungen.",
   "Die neue Gesellschaft soll den Namen „Klinikverbund Wümme“ tragen."],
  [("schlicht Angst", "Betriebsratschefin Sabine Otten", "sagte"),
   ("über die Köpfe hinweg", "Betriebsratschefin Sabine Otten", None),
   ("bis heute nichts zu sehen", "Betriebsratschefin Sabine Otten", None),
   ("Sicherung der Versorgung auf dem Land", "Klinikgeschäftsführer Martin Ahlers", None)])

# 9 derby: a chant, a nickname "genannt" beside a piece after "nannte", "so genanntes"
A(["Derby endet im Chaos",
   "Das Derby zwischen dem FC Rheinfeld und der SG Aue-Borsdorf ist am Samstag nach 70 Minuten abgebrochen worden. Fans beider Lager hatten Pyrotechnik gezündet und „Wir sind die Macht im Tal“ skandiert.",
   "Schiedsrichterin Lena Vogt sprach von einer „nicht mehr beherrschbaren Lage“. Rheinfelds Trainer Uwe Kessler, von den Fans nur „der General“ genannt, nannte die Ausschreitungen „eine Schande für unseren Sport“.",
   "Der Verband kündigte an, den Fall am Dienstag zu beraten. Dem Verein droht ein so genanntes „Geisterspiel“ vor leeren Rängen."],
  [("Wir sind die Macht im Tal", "Fans beider Lager", "skandiert"),
   ("nicht mehr beherrschbaren Lage", "Schiedsrichterin Lena Vogt", "sprach von"),
   ("eine Schande für unseren Sport", "Rheinfelds Trainer Uwe Kessler", "nannte")])

# 10 novel: a title, newspapers in marks as speakers, an adjective quoted inside a noun phrase
A(["Neuer Roman von Hanna Petersen: Kritik gespalten",
   "Der neue Roman „Die Stille nach dem Sturm“ der Kieler Autorin Hanna Petersen ist seit Montag im Handel. Die „Frankfurter Allgemeine Zeitung“ lobte das Buch als „leise, aber unerbittlich“.",
   "Der Rezensent der „Zeit“ dagegen bemängelte eine „vorhersehbare“ Handlung und sprach von „Kitsch mit Meeresrauschen“.",
   "Petersen selbst sagte bei einer Lesung in Hamburg, sie habe „kein Buch über das Meer“ schreiben wollen, sondern eines „über das Schweigen in Familien“.",
   "Die Lesereise führt sie im Herbst unter dem Titel „Nach dem Sturm“ durch 14 Städte."],
  [("leise, aber unerbittlich", "Die „Frankfurter Allgemeine Zeitung“", "lobte"),
   ("vorhersehbare", "Der Rezensent der „Zeit“", "bemängelte"),
   ("Kitsch mit Meeresrauschen", "Der Rezensent der „Zeit“", "sprach von"),
   ("kein Buch über das Meer", "Petersen", "sagte"),
   ("über das Schweigen in Familien", "Petersen", "sagte")])

# 11 rating: "als … eingestuft" by an agency, "verwies auf", reported speech; a project name, "gilt als"
A(["Ratingagentur stuft Stadtwerke herab",
   "Die Ratingagentur Moody's hat die Anleihen der Stadtwerke Halberg am Freitag als „spekulativ“ eingestuft. Zur Begründung verwies sie auf „erhebliche Unsicherheiten“ bei der Finanzierung des neuen Gaskraftwerks.",
   "Stadtwerke-Chef Andreas Pohl nannte die Entscheidung „nicht nachvollziehbar“. Das Unternehmen stehe „auf einem soliden Fundament“ und werde seine Investitionen wie geplant fortsetzen.",
   "Das Kraftwerk mit dem Projektnamen „Halberg Süd“ soll 2029 ans Netz gehen. Es gilt als „Herzstück“ der kommunalen Wärmeplanung."],
  [("spekulativ", "Die Ratingagentur Moody's", "eingestuft"),
   ("erhebliche Unsicherheiten", "sie", "verwies"),
   ("nicht nachvollziehbar", "Stadtwerke-Chef Andreas Pohl", "nannte"),
   ("auf einem soliden Fundament", "Stadtwerke-Chef Andreas Pohl", None)])

# 12 coalition row: three single words after "warf vor", single words in reported speech; a term
A(["Koalitionsstreit um Kindergrundsicherung",
   "Im Streit um die Kindergrundsicherung hat Familienministerin Petra Lindner den Koalitionspartner scharf angegriffen. Sie warf der Partei „Wortbruch“, „Blockade“ und „soziale Kälte“ vor.",
   "Fraktionsvize Georg Haller konterte, die Ministerin lege „ein Konzept ohne Preisschild“ vor. Man sei „gesprächsbereit“, aber „nicht erpressbar“.",
   "Die so genannte „Kindergrundsicherung“ soll nach den Plänen des Ministeriums 2028 starten."],
  [("Wortbruch", "Sie", "warf vor"),
   ("Blockade", "Sie", "warf vor"),
   ("soziale Kälte", "Sie", "warf vor"),
   ("ein Konzept ohne Preisschild", "Fraktionsvize Georg Haller", "konterte"),
   ("gesprächsbereit", "Fraktionsvize Georg Haller", None),
   ("nicht erpressbar", "Fraktionsvize Georg Haller", None)])

# 13 ceasefire: a news agency in marks, "zeigte sich", a piece before "sagte er"; a mission's name
A(["Waffenruhe im Grenzgebiet brüchig",
   "Die vor drei Tagen vereinbarte Waffenruhe im Grenzgebiet zwischen den beiden Ländern ist nach Berichten der Nachrichtenagentur „Reuters“ erneut gebrochen worden. Ein Armeesprecher sprach von „vereinzelten Provokationen“ der Gegenseite.",
   "Der UN-Sondergesandte Tomás Ribeiro zeigte sich „tief besorgt“. Die Lage sei „fragil, aber nicht hoffnungslos“, sagte er in Genf.",
   "Die Mission trägt den Namen „Blauer Horizont“ und soll bis Jahresende verlängert werden."],
  [("vereinzelten Provokationen", "Ein Armeesprecher", "sprach von"),
   ("tief besorgt", "Der UN-Sondergesandte Tomás Ribeiro", "zeigte sich"),
   ("fragil, aber nicht hoffnungslos", "er", "sagte")])

# 14 astronomy: a word the scientist uses inside her reported speech; a journal and a project's short name
A(["Tübinger Forscher entdecken Zwillingsstern",
   "Astronomen der Universität Tübingen haben im Sternbild Schwan einen Stern entdeckt, der seinem Begleiter fast aufs Haar gleicht. Das Team um die Astrophysikerin Miriam Sauer spricht von einem „kosmischen Spiegelbild“.",
   "Die beiden Sterne kreisen in 41 Tagen umeinander. Solche „Zwillinge“ seien extrem selten, sagte Sauer; man habe „so etwas noch nie in dieser Klarheit gesehen“.",
   "Die Ergebnisse erscheinen in der Fachzeitschrift „Astronomy & Astrophysics“. Das Projekt läuft unter dem Kürzel „TwinSky“."],
  [("kosmischen Spiegelbild", "Das Team um die Astrophysikerin Miriam Sauer", "spricht von"),
   ("Zwillinge", "Sauer", "sagte"),
   ("so etwas noch nie in dieser Klarheit gesehen", "Sauer", "sagte")])

# 15 fraud calls: "sogenannten" in a sentence with a cue, a false name in marks; pieces after "sprach von", "sagte"
A(["Polizei warnt vor Betrugsanrufen",
   "Die Polizei im Landkreis Cham warnt vor einer neuen Welle von Betrugsanrufen. Allein in der vergangenen Woche seien elf Fälle des sogenannten „Schockanrufs“ angezeigt worden, teilte das Präsidium mit.",
   "Die Täter geben sich am Telefon als Polizisten oder Staatsanwälte aus. Ein Ermittler sprach von einer „perfiden Masche“, die gezielt ältere Menschen treffe.",
   "Eine 84-jährige Frau aus Roding übergab einem angeblichen „Kommissar Weber“ Schmuck im Wert von 30.000 Euro. Sie habe „einfach nur Angst um ihren Sohn“ gehabt, sagte ihre Tochter."],
  [("perfiden Masche", "Ein Ermittler", "sprach von"),
   ("einfach nur Angst um ihren Sohn", "ihre Tochter", "sagte")])

# 16 teachers: a single word after "räumte ein", a piece in the same sentence; a programme's name in reported speech
A(["Landtag streitet über Lehrermangel",
   "Im Landtag hat die Opposition der Kultusministerin Versagen beim Lehrermangel vorgeworfen. SPD-Bildungspolitikerin Ute Brenner sagte, an vielen Grundschulen herrsche „der blanke Notstand“.",
   "Kultusministerin Ingrid Falk (CDU) wies den Vorwurf zurück. Sie räumte zwar „Engpässe“ ein, von einem Notstand könne aber „keine Rede“ sein.",
   "Die Ministerin verwies auf das Programm „Lehrkraft plus“, mit dem seit dem Sommer 600 Quereinsteiger eingestellt worden seien."],
  [("der blanke Notstand", "SPD-Bildungspolitikerin Ute Brenner", "sagte"),
   ("Engpässe", "Sie", "räumte ein"),
   ("keine Rede", "Sie", "räumte ein")])

# 17 motorway: a piece after "nannte" that runs on into a whole sentence; an official category without an agent
A(["Autobahnausbau: Bund gibt grünes Licht",
   "Der Bund hat die Finanzierung für den Ausbau der A 7 zwischen Hildesheim und Seesen zugesagt. Niedersachsens Verkehrsminister Olaf Berndt nannte die Entscheidung „einen guten Tag für die ganze Region. Jetzt müssen wir zeigen, dass wir schneller bauen können als früher.“",
   "Umweltverbände kündigten Widerstand an. Der BUND kritisierte den Ausbau als „Politik von gestern“ und warnte vor einem „Flächenfraß ohne Ende“.",
   "Das Vorhaben ist im Bundesverkehrswegeplan als „vordringlicher Bedarf“ eingestuft."],
  [("einen guten Tag für die ganze Region. Jetzt müssen wir zeigen, dass wir schneller bauen können als früher.", "Niedersachsens Verkehrsminister Olaf Berndt", "nannte"),
   ("Politik von gestern", "Der BUND", "kritisierte"),
   ("Flächenfraß ohne Ende", "Der BUND", "warnte")])

# 18 old cinema: a cinema's name, a nickname "genannt", a society named by a sentence
A(["Altes Kino wird Kulturzentrum",
   "Das ehemalige Kino „Capitol“ in der Oldenburger Innenstadt wird zum Kulturzentrum umgebaut. Das Gebäude von 1928, von Einheimischen gern die „Perle der Altstadt“ genannt, steht seit zwölf Jahren leer.",
   "Kulturdezernentin Jana Möller sprach bei der Vorstellung der Pläne von einem „Ort für alle“. Der Umbau sei „ehrgeizig, aber bezahlbar“.",
   "Der Förderverein „Rettet das Capitol“ hatte jahrelang für den Erhalt gekämpft. Sein Vorsitzender Klaus Dierks sagte, er sei „einfach nur glücklich“."],
  [("Ort für alle", "Kulturdezernentin Jana Möller", "sprach von"),
   ("ehrgeizig, aber bezahlbar", "Kulturdezernentin Jana Möller", None),
   ("einfach nur glücklich", "Sein Vorsitzender Klaus Dierks", "sagte")])

# 19 flu: "nach Angaben", "laut" before pieces; a campaign's name
A(["Grippewelle erreicht Höhepunkt",
   "Die Grippewelle hat nach Angaben des Robert Koch-Instituts ihren Höhepunkt erreicht. Die Zahl der Neuinfektionen liege „deutlich über dem Niveau der Vorjahre“.",
   "Laut Gesundheitsministerium sind die Kliniken „angespannt, aber arbeitsfähig“. Krankenhausgesellschafts-Chef Bernd Vogler warnte dagegen vor einer „stillen Überlastung“ der Notaufnahmen.",
   "Die Ständige Impfkommission empfiehlt die Impfung weiterhin allen über 60-Jährigen. Die Kampagne „Ärmel hoch“ wird bis März verlängert."],
  [("deutlich über dem Niveau der Vorjahre", "des Robert Koch-Instituts", None),
   ("angespannt, aber arbeitsfähig", "Gesundheitsministerium", "Laut"),
   ("stillen Überlastung", "Krankenhausgesellschafts-Chef Bernd Vogler", "warnte")])

# 20 budget: a word before "sagte er", a single word after "forderte", "bezeichnete als"; a term
A(["Finanzminister lehnt Nachtragshaushalt ab",
   "Finanzminister Karl Seebach hat einen Nachtragshaushalt abgelehnt. Die Lage sei „ernst“, sagte er am Donnerstag in Schwerin, rechtfertige aber „keine neuen Schulden“.",
   "Die Linke forderte dagegen einen „Kassensturz“ und ein Investitionsprogramm für die Kommunen. Ihr Fraktionschef Mirko Lenz bezeichnete Seebachs Kurs als „Sparen bis zur Handlungsunfähigkeit“.",
   "Seit der Einführung der „Schuldenbremse“ in der Landesverfassung hat das Land keine neuen Kredite aufgenommen."],
  [("ernst", "er", "sagte"),
   ("keine neuen Schulden", "er", "sagte"),
   ("Kassensturz", "Die Linke", "forderte"),
   ("Sparen bis zur Handlungsunfähigkeit", "Ihr Fraktionschef Mirko Lenz", "bezeichnete")])

# 21 word of the year: words mentioned as words ("den Begriff", "die Wörter") beside pieces of the jury's speaker
A(["Unwort des Jahres gekürt",
   "Eine Jury aus Sprachwissenschaftlern hat den Begriff „Sozialtourismus“ zum Unwort des Jahres gewählt. Der Ausdruck diffamiere Menschen, die Hilfe suchen, erklärte die Jurysprecherin Anja Kluge in Marburg.",
   "Kluge sprach von einer „Sprache der Ausgrenzung“, die in die Mitte der Gesellschaft gewandert sei. Das Wort sei „kein Ausrutscher, sondern Strategie“.",
   "Auf den Plätzen zwei und drei landeten die Wörter „Klimakleber“ und „Messermigration“."],
  [("Sprache der Ausgrenzung", "Kluge", "sprach von"),
   ("kein Ausrutscher, sondern Strategie", "Kluge", None)])

# 22 merger of villages: a citizens' group named by a sentence as the speaker, a town's future name before "heißen"
A(["Drei Gemeinden schließen sich zusammen",
   "Die Gemeinden Altenau, Buntenbock und Wildemann im Oberharz schließen sich zum 1. Januar zu einer Stadt zusammen. Altenaus Bürgermeister Frank Hübner sprach von einem „historischen Tag“ für die Region.",
   "Nicht alle sind begeistert. Die Bürgerinitiative „Unser Dorf bleibt“ kritisierte, die Fusion sei „von oben durchgedrückt“ worden, und kündigte eine Klage an.",
   "Die neue Stadt soll „Oberharz am Brocken“ heißen. Über den Namen hatten die Einwohner im Frühjahr abgestimmt."],
  [("historischen Tag", "Altenaus Bürgermeister Frank Hübner", "sprach von"),
   ("von oben durchgedrückt", "Die Bürgerinitiative „Unser Dorf bleibt“", "kritisierte")])

# 23 start-up: "nach eigenen Worten" for a firm, a factory's name, a single word after a semicolon
A(["Start-up sammelt 40 Millionen ein",
   "Das Münchner Start-up Voltaro hat in einer Finanzierungsrunde 40 Millionen Euro eingesammelt. Das Unternehmen will nach eigenen Worten „die günstigste Batterie Europas“ bauen.",
   "Gründerin Lea Sommer sprach von einem „Vertrauensbeweis“ der Investoren. Die Produktion in der Fabrik „Volta One“ bei Landshut soll 2028 beginnen.",
   "Branchenkenner sind skeptisch. Batterieforscher Thomas Eckl von der TU München nannte die Pläne „ambitioniert“; der Markt sei „gnadenlos“."],
  [("die günstigste Batterie Europas", "Das Unternehmen", "nach eigenen Worten"),
   ("Vertrauensbeweis", "Gründerin Lea Sommer", "sprach von"),
   ("ambitioniert", "Batterieforscher Thomas Eckl von der TU München", "nannte"),
   ("gnadenlos", "Batterieforscher Thomas Eckl von der TU München", None)])

# 24 court: the judge's words, a single adverb after "sagte", the defence's word; a programme's name
A(["Haftstrafe nach Angriff auf Busfahrer",
   "Das Amtsgericht Kassel hat einen 23-Jährigen wegen des Angriffs auf einen Busfahrer zu zwei Jahren und drei Monaten Haft verurteilt. Der Vorsitzende Richter Wolfgang Saß sprach von einer „sinnlosen, feigen Tat“.",
   "Der Angeklagte hatte den Fahrer im Februar geschlagen, weil dieser ihn ohne Fahrschein nicht mitnehmen wollte. Er entschuldigte sich im Prozess und sagte, er schäme sich „zutiefst“.",
   "Die Verteidigung hatte eine Bewährungsstrafe gefordert und den Angriff als „Augenblicksversagen“ bezeichnet. Das Gericht folgte dem nicht.",
   "Der Busfahrer leidet bis heute unter den Folgen. Die Verkehrsbetriebe haben inzwischen das Programm „Sicher unterwegs“ gestartet."],
  [("sinnlosen, feigen Tat", "Der Vorsitzende Richter Wolfgang Saß", "sprach von"),
   ("zutiefst", "Er", "sagte"),
   ("Augenblicksversagen", "Die Verteidigung", "bezeichnet")])

# 25 climate conference: "nannte", "sprachen von", "sagte, man habe"; a declaration's title and a word "die Rede" in it
A(["Klimakonferenz endet mit Kompromiss",
   "Die Klimakonferenz in Nairobi ist nach zwei Wochen mit einem Kompromiss zu Ende gegangen. Bundesumweltminister Jonas Heller nannte das Ergebnis „enttäuschend, aber besser als nichts“.",
   "Die Vertreter der Inselstaaten sprachen von einem „Todesurteil auf Raten“. Ihr Verhandlungsführer Ratu Nailatikau sagte, man habe „um jedes Wort gekämpft und trotzdem verloren“.",
   "Die Abschlusserklärung trägt den Titel „Nairobi-Konsens“. In der Erklärung ist nur noch von einer „Abkehr“ von fossilen Brennstoffen die Rede."],
  [("enttäuschend, aber besser als nichts", "Bundesumweltminister Jonas Heller", "nannte"),
   ("Todesurteil auf Raten", "Die Vertreter der Inselstaaten", "sprachen von"),
   ("um jedes Wort gekämpft und trotzdem verloren", "Ihr Verhandlungsführer Ratu Nailatikau", "sagte"),
   ("Abkehr", "der Erklärung", "die Rede")])

# 26 bank merger: "hieß es", "teilte mit" after a piece; "gelten als" in narration
A(["Fusion der Landesbanken geplatzt",
   "Die geplante Fusion der Landesbanken Nord und Mitte ist gescheitert. Aus Verhandlungskreisen hieß es, die Vorstellungen über die Bewertung hätten „meilenweit auseinander“ gelegen.",
   "Die Sparkassenverbände als Miteigentümer bedauerten das Scheitern. Man habe „bis zuletzt“ auf eine Einigung gehofft, teilte der Verband Nord mit.",
   "Beide Institute hatten in der Finanzkrise Milliardenhilfen erhalten und gelten seither als „Sorgenkinder“ der Branche."],
  [("meilenweit auseinander", "Verhandlungskreisen", "hieß es"),
   ("bis zuletzt", "der Verband Nord", "teilte mit")])

# 27 protest: a motto, demands on placards, a concept's name; pieces after "sprach von", "sagte"
A(["Tausende demonstrieren gegen Klinikschließung",
   "Rund 3.000 Menschen haben am Samstag in Wolgast gegen die Schließung der Geburtsstation demonstriert. Die Kundgebung stand unter dem Motto „Wolgast bleibt Geburtsort“.",
   "Auf Plakaten forderten die Teilnehmer „Hebammen statt Hubschrauber“ und „Kein Kreißsaal ohne Küste“. Landrat Ulf Petersen sprach von einem „starken Signal an Schwerin“.",
   "Das Gesundheitsministerium verweist auf das Konzept „Geburtshilfe 2030“, nach dem Geburten in größeren Kliniken gebündelt werden sollen. Eine Sprecherin sagte, die Sicherheit der Mütter habe „oberste Priorität“."],
  [("Hebammen statt Hubschrauber", "die Teilnehmer", "forderten"),
   ("Kein Kreißsaal ohne Küste", "die Teilnehmer", "forderten"),
   ("starken Signal an Schwerin", "Landrat Ulf Petersen", "sprach von"),
   ("oberste Priorität", "Eine Sprecherin", "sagte")])

# 28 resignation: single words in reported speech after a statement; an epithet "als … bekannt"
A(["Bürgermeister tritt zurück",
   "Nach 18 Jahren im Amt ist der Bürgermeister von Eltville, Herbert Claus, überraschend zurückgetreten. In einer persönlichen Erklärung nannte er gesundheitliche Gründe.",
   "Er sei „müde“ und wolle den Weg für Jüngere freimachen. Die Entscheidung sei ihm „unendlich schwergefallen“.",
   "Claus, in der Stadt als „Vater des Rheinufers“ bekannt, hatte die Umgestaltung der Uferpromenade vorangetrieben. Die Stadtverordneten würdigten ihn als „Glücksfall für Eltville“."],
  [("müde", "Er", None),
   ("unendlich schwergefallen", "Er", None),
   ("Glücksfall für Eltville", "Die Stadtverordneten", "würdigten")])

# 29 trade fair: a fair's theme, a product, a newspaper beside pieces after "sprach von", "mahnte an", "sagte"
A(["Industriemesse in Hannover eröffnet",
   "Mit dem Leitthema „Industrial Transformation“ hat in Hannover die Industriemesse begonnen. Bundeskanzlerin Eva Roth sprach bei der Eröffnung von „beeindruckender Innovationskraft“, mahnte aber „mehr Tempo bei der Digitalisierung“ an.",
   "Größter Aussteller ist der Konzern Siemtec mit seiner Plattform „FactoryMind“. Konzernchef Nils Aaberg sagte dem „Handelsblatt“, künstliche Intelligenz sei „kein Hype mehr, sondern Handwerkszeug“."],
  [("beeindruckender Innovationskraft", "Bundeskanzlerin Eva Roth", "sprach von"),
   ("mehr Tempo bei der Digitalisierung", "Bundeskanzlerin Eva Roth", "mahnte an"),
   ("kein Hype mehr, sondern Handwerkszeug", "Konzernchef Nils Aaberg", "sagte")])

# 30 floods: a piece before "so", "warnte", a scare quote and a weather term without a speaker
A(["Hochwasser an der Mosel",
   "Nach tagelangem Regen ist die Mosel bei Cochem über die Ufer getreten. Die Lage sei „angespannt, aber unter Kontrolle“, so Landrat Jörg Weiler am Sonntagmorgen.",
   "Der Deutsche Wetterdienst warnte vor „ergiebigem Dauerregen“ bis Dienstag. Meteorologen sprechen bei solchen Lagen von einem „Tief Mitteleuropa“.",
   "In der Altstadt stehen die Keller unter Wasser. Das „Jahrhunderthochwasser“ von 1993 hatte einen Pegel von über elf Metern erreicht."],
  [("angespannt, aber unter Kontrolle", "Landrat Jörg Weiler", "so"),
   ("ergiebigem Dauerregen", "Der Deutsche Wetterdienst", "warnte")])

# Articles 31-34 were written after the rules the first run of articles 1-30 prompted.

# 31 insurance: pieces listed before a separable cue, a state passive without an agent, a rating with its agent
A(["Versicherer erhöhen Beiträge",
   "Die Kfz-Versicherer erhöhen zum Jahreswechsel erneut ihre Beiträge. Der Verbraucherzentrale Bundesverband warf der Branche „Abzocke“, „Intransparenz“ und „Gewinnsucht“ vor.",
   "Ein Sprecher des Versicherungsverbands wies das zurück. Die Reparaturkosten seien „regelrecht explodiert“, sagte er.",
   "Mehrere Tarife sind bei der Stiftung Warentest als „mangelhaft“ eingestuft. Die Agentur Assekurata stufte zwei Anbieter als „schwach“ ein.",
   "Wechseln können Kunden bis Ende November; Vergleichsportale sprechen vom „Wechselmonat“."],
  [("Abzocke", "Der Verbraucherzentrale Bundesverband", "warf vor"),
   ("Intransparenz", "Der Verbraucherzentrale Bundesverband", "warf vor"),
   ("Gewinnsucht", "Der Verbraucherzentrale Bundesverband", "warf vor"),
   ("regelrecht explodiert", "er", "sagte"),
   ("mangelhaft", "der Stiftung Warentest", "eingestuft"),
   ("schwach", "Die Agentur Assekurata", "stufte ein"),
   ("Wechselmonat", "Vergleichsportale", "sprechen von")])

# 32 school strike: demands after "forderten die Schüler", chants, a motto
A(["Schüler streiken für besseren Nahverkehr",
   "Mehr als 2.000 Schülerinnen und Schüler sind am Freitag in Göttingen für einen besseren Busverkehr auf die Straße gegangen. Auf Schildern forderten die Schüler „Busse statt Ausreden“ und „Jede halbe Stunde, nicht jede Stunde“.",
   "Der Protest stand unter dem Motto „Wir kommen nicht an“. Stadtschülersprecherin Mia Krüger sprach von einem „riesigen Erfolg“.",
   "Der Verkehrsbetrieb wurde als „Hauptverantwortlicher“ der Misere bezeichnet. Sein Geschäftsführer Karsten Raabe nannte die Forderungen „berechtigt, aber teuer“."],
  [("Busse statt Ausreden", "die Schüler", "forderten"),
   ("Jede halbe Stunde, nicht jede Stunde", "die Schüler", "forderten"),
   ("riesigen Erfolg", "Stadtschülersprecherin Mia Krüger", "sprach von"),
   ("berechtigt, aber teuer", "Sein Geschäftsführer Karsten Raabe", "nannte")])

# 33 museum: three pieces after "nannte", a title list without a cue, an exhibition's name
A(["Museum zeigt Werke von Clara Reuß",
   "Das Landesmuseum Schwerin zeigt ab Sonntag die erste große Werkschau der Malerin Clara Reuß. Direktorin Birgit Haase nannte die Bilder „rätselhaft“, „zärtlich“ und „von großer Wucht“.",
   "Zu sehen sind unter anderem die Gemälde „Morgen am Haff“, „Die Schwestern“ und „Winterlicht“. Die Ausstellung trägt den Titel „Farben des Nordens“.",
   "Die Kunsthistorikerin Judith Lorenz sagte, Reuß sei „zu Unrecht vergessen“ worden."],
  [("rätselhaft", "Direktorin Birgit Haase", "nannte"),
   ("zärtlich", "Direktorin Birgit Haase", "nannte"),
   ("von großer Wucht", "Direktorin Birgit Haase", "nannte"),
   ("zu Unrecht vergessen", "Die Kunsthistorikerin Judith Lorenz", "sagte")])

# 34 earthquake warning: a passive cue with its agent, a category without one, a term in narration
A(["Erdbebenrisiko neu bewertet",
   "Die Region um Aachen ist vom Geologischen Dienst als „moderat gefährdet“ eingestuft worden. Bisher galt sie als „gering gefährdet“.",
   "Ein Sprecher des Dienstes sagte, die neue Karte beruhe auf „deutlich besseren Messdaten“. Die Region war bereits 2011 als „Zone 2“ eingestuft worden.",
   "Bauherren müssen künftig strengere Vorgaben beachten. Die Architektenkammer sprach von „überschaubaren Mehrkosten“."],
  [("moderat gefährdet", "Geologischen Dienst", "eingestuft"),
   ("deutlich besseren Messdaten", "Ein Sprecher des Dienstes", "sagte"),
   ("überschaubaren Mehrkosten", "Die Architektenkammer", "sprach von")])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
