#!/usr/bin/env python3
"""Fifth part of the German quotes check set: long fictional WikiNews-style reports.

Parts 2-4 cover single constructions and short articles. This part has longer reports on politics,
sport, science, courts, disasters, business and press conferences, each with several speakers, and
the constructions those reports use beside the common ones: a quotation that starts before its cue
and goes on after it („…“, sagte er, „…“), long quotations of several sentences, partial quotations
inside reported speech ("wie X sagte", "X zufolge", "nach Angaben von X"), speakers with an
apposition ("Max Müller, Sprecher der Polizei,"), organisations, courts and documents as speakers,
cues with a recipient ("sagte X der Zeitung …", "erklärte gegenüber …"), a speaker named only in
the paragraph before, roles instead of names ("die 24-Jährige"), question and answer in a press
conference, quotations with no cue that continue the current speaker, and titles, names and scare
terms in quotation marks that are not quotations.

Annotated before running the stage on them (articles 1-28 first; 29-32 after the rules they
prompted were written, as held-out checks). Convention (as in part 4): the speaker as written
closest to the quotation (a pronoun stays a pronoun); a quotation with no attribution of its own
gets the speaker of the quotation before it as written there, or the person the paragraph is about.

  python3 tools/quotes/check_set_de_part5.py
"""
from checkset import write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 265

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 state parliament budget debate: apposition speakers, quote split by its cue, partial quotes
A(["Der Landtag von Nordmarken hat am Donnerstag nach zweitägiger Debatte den Doppelhaushalt für die Jahre 2027 und 2028 beschlossen. Für den Entwurf der Landesregierung stimmten 61 Abgeordnete, 48 stimmten dagegen.",
   "Finanzministerin Helga Brandstetter, die den Haushalt eingebracht hatte, sprach von einem „Haushalt der Vernunft“. Das Land werde trotz sinkender Steuereinnahmen keine neuen Schulden aufnehmen.",
   "„Wir haben an vielen Stellen gespart, auch dort, wo es wehtut“, sagte Brandstetter, „aber bei Bildung und Polizei kürzen wir keinen Cent.“",
   "Der Fraktionsvorsitzende der Opposition, Dieter Vahlen, warf der Regierung vor, die Kommunen im Stich zu lassen. „Sie verschieben die Lasten nach unten. Die Städte und Gemeinden werden die Zeche zahlen, und am Ende zahlen die Bürger höhere Gebühren.“",
   "Vahlen kündigte an, seine Fraktion werde gegen einzelne Posten vor dem Verfassungsgericht klagen. Der Haushalt sei in Teilen „schlicht verfassungswidrig“.",
   "Auch der Städtetag übte Kritik. Dessen Präsident, der Oberbürgermeister von Lindhafen, Mirko Sassen, sagte der Zeitung „Nordmarken Kurier“: „Die Kommunen sind schon heute am Limit. Dieser Haushalt macht es nicht besser.“",
   "Die Regierungsfraktionen wiesen das zurück. „Kein Land gibt pro Kopf mehr für seine Kommunen aus als wir“, so der haushaltspolitische Sprecher der Regierungsfraktion, Jens Petersen."],
  [("Haushalt der Vernunft", "Finanzministerin Helga Brandstetter", "sprach von"),
   ("Wir haben an vielen Stellen gespart, auch dort, wo es wehtut", "Brandstetter", "sagte"),
   ("aber bei Bildung und Polizei kürzen wir keinen Cent.", "Brandstetter", "sagte"),
   ("Sie verschieben die Lasten nach unten. Die Städte und Gemeinden werden die Zeche zahlen, und am Ende zahlen die Bürger höhere Gebühren.", "Der Fraktionsvorsitzende der Opposition, Dieter Vahlen", "warf vor"),
   ("schlicht verfassungswidrig", "Vahlen", "kündigte an"),
   ("Die Kommunen sind schon heute am Limit. Dieser Haushalt macht es nicht besser.", "Dessen Präsident, der Oberbürgermeister von Lindhafen, Mirko Sassen", "sagte"),
   ("Kein Land gibt pro Kopf mehr für seine Kommunen aus als wir", "der haushaltspolitische Sprecher der Regierungsfraktion, Jens Petersen", "so")])

# 2 football: coaches after the match, roles as speakers, "so X weiter"
A(["Der FC Waldbrunn hat das Spitzenspiel der 2. Liga gegen Eintracht Sollingen mit 3:1 gewonnen und die Tabellenführung übernommen. Vor 28.000 Zuschauern traf Stürmer Niklas Odenthal zweimal.",
   "„Das war unser bestes Spiel in dieser Saison“, sagte Waldbrunns Trainer Holger Bettermann nach dem Schlusspfiff. „Wir waren von der ersten Minute an wach und haben Sollingen kaum Luft zum Atmen gelassen.“",
   "Odenthal, der in der 23. und 67. Minute getroffen hatte, gab sich bescheiden. „Die Tore gehören der ganzen Mannschaft. Ich musste ja nur noch den Fuß hinhalten.“",
   "Sollingens Trainer Carsten Rüdel haderte dagegen mit dem Schiedsrichter. Vor dem 1:2 habe es ein klares Foul an seinem Torhüter gegeben. „Wenn man so etwas nicht pfeift, braucht man auch keinen Videobeweis.“",
   "„Wir haben trotzdem nicht gut genug gespielt“, räumte der 51-Jährige ein. „Nach der Pause waren wir zu passiv, und dafür sind wir bestraft worden.“",
   "Waldbrunns Kapitän Jonas Meerkamp warnte vor zu viel Euphorie: „Es sind noch elf Spiele. Abgerechnet wird im Mai.“",
   "Am kommenden Sonntag empfängt Waldbrunn den SV Hollerbach, Sollingen muss nach Kiefersfelden."],
  [("Das war unser bestes Spiel in dieser Saison", "Waldbrunns Trainer Holger Bettermann", "sagte"),
   ("Wir waren von der ersten Minute an wach und haben Sollingen kaum Luft zum Atmen gelassen.", "Waldbrunns Trainer Holger Bettermann", None),
   ("Die Tore gehören der ganzen Mannschaft. Ich musste ja nur noch den Fuß hinhalten.", "Odenthal", "gab sich bescheiden"),
   ("Wenn man so etwas nicht pfeift, braucht man auch keinen Videobeweis.", "Sollingens Trainer Carsten Rüdel", "haderte"),
   ("Wir haben trotzdem nicht gut genug gespielt", "der 51-Jährige", "räumte ein"),
   ("Nach der Pause waren wir zu passiv, und dafür sind wir bestraft worden.", "der 51-Jährige", None),
   ("Es sind noch elf Spiele. Abgerechnet wird im Mai.", "Waldbrunns Kapitän Jonas Meerkamp", "warnte")])

# 3 science: a journal title and a project name in marks, a researcher quoted to an agency
A(["Forscher der Universität Hallstadt haben in der Antarktis Hinweise auf einen bislang unbekannten See unter dem Eisschild entdeckt. Die Ergebnisse erschienen am Mittwoch in der Fachzeitschrift „Polar Geoscience Letters“.",
   "Das Team hatte im Rahmen des Projekts „Deep Ice Survey“ mit Radarmessungen aus der Luft mehr als 4000 Kilometer abgeflogen. Der See liegt demnach rund 3,2 Kilometer unter der Eisoberfläche.",
   "„Wir haben zunächst an einen Messfehler geglaubt“, erklärte die Leiterin der Studie, die Glaziologin Marta Kowalczyk, gegenüber der Nachrichtenagentur dpa. „Erst als wir dieselbe Stelle ein zweites Mal überflogen hatten, waren wir sicher. Das Signal ist eindeutig.“",
   "Der See könnte nach Einschätzung der Forscher seit mehreren Millionen Jahren von der Außenwelt abgeschnitten sein. Kowalczyk zufolge ist er „eine Zeitkapsel für die Klimageschichte“.",
   "Der Geophysiker Thomas Ahrend vom Institut für Polarforschung in Bremerhaven, der nicht an der Studie beteiligt war, nannte die Entdeckung „bemerkenswert“. Er mahnte aber zur Vorsicht: „Aus Radardaten allein lässt sich nicht sagen, ob dort wirklich flüssiges Wasser ist. Dafür muss man bohren.“",
   "Eine Bohrung ist frühestens in fünf Jahren möglich. „Die Logistik ist enorm, und wir dürfen den See auf keinen Fall verunreinigen“, sagte Kowalczyk."],
  [("Wir haben zunächst an einen Messfehler geglaubt", "die Glaziologin Marta Kowalczyk", "erklärte gegenüber"),
   ("Erst als wir dieselbe Stelle ein zweites Mal überflogen hatten, waren wir sicher. Das Signal ist eindeutig.", "die Glaziologin Marta Kowalczyk", None),
   ("eine Zeitkapsel für die Klimageschichte", "Kowalczyk", "zufolge"),
   ("bemerkenswert", "Der Geophysiker Thomas Ahrend", "nannte"),
   ("Aus Radardaten allein lässt sich nicht sagen, ob dort wirklich flüssiges Wasser ist. Dafür muss man bohren.", "Er", "mahnte"),
   ("Die Logistik ist enorm, und wir dürfen den See auf keinen Fall verunreinigen", "Kowalczyk", "sagte")])

# 4 court: verdict, presiding judge, prosecution and defence, the defendant's last word
A(["Das Landgericht Ostbrück hat einen 38-jährigen Mann wegen Totschlags zu neun Jahren Haft verurteilt. Der Angeklagte hatte im vergangenen Sommer seinen Nachbarn nach einem Streit um eine Grundstücksgrenze erstochen.",
   "Der Vorsitzende Richter Klaus Wendt sagte in der Urteilsbegründung, die Kammer habe keinen Zweifel an der Schuld des Angeklagten. „Es war kein Unfall und keine Notwehr. Der Angeklagte hat gezielt zugestochen.“",
   "Eine Verurteilung wegen Mordes, wie sie die Nebenklage gefordert hatte, lehnte das Gericht ab. „Heimtücke konnten wir nicht feststellen“, sagte Wendt. „Das Opfer hat den Angriff kommen sehen.“",
   "Die Staatsanwaltschaft hatte zehn Jahre gefordert. Oberstaatsanwalt Bernd Kluge zeigte sich mit dem Urteil dennoch zufrieden: „Das Strafmaß ist angemessen.“",
   "Der Verteidiger des Angeklagten, Rechtsanwalt Stefan Ohlig, kündigte Revision an. Sein Mandant habe sich bedroht gefühlt, die Kammer habe das „nicht ausreichend gewürdigt“.",
   "In seinem letzten Wort hatte der Angeklagte am Dienstag um Entschuldigung gebeten. „Ich würde alles dafür geben, diesen Tag ungeschehen zu machen“, sagte er mit leiser Stimme.",
   "Die Witwe des Opfers verließ nach der Urteilsverkündung wortlos den Saal. Ihr Anwalt sagte vor Journalisten: „Für die Familie gibt es keine Gerechtigkeit. Es gibt nur ein Urteil.“"],
  [("Es war kein Unfall und keine Notwehr. Der Angeklagte hat gezielt zugestochen.", "Der Vorsitzende Richter Klaus Wendt", "sagte"),
   ("Heimtücke konnten wir nicht feststellen", "Wendt", "sagte"),
   ("Das Opfer hat den Angriff kommen sehen.", "Wendt", None),
   ("Das Strafmaß ist angemessen.", "Oberstaatsanwalt Bernd Kluge", "zeigte sich zufrieden"),
   ("nicht ausreichend gewürdigt", "Der Verteidiger des Angeklagten, Rechtsanwalt Stefan Ohlig", "kündigte an"),
   ("Ich würde alles dafür geben, diesen Tag ungeschehen zu machen", "er", "sagte"),
   ("Für die Familie gibt es keine Gerechtigkeit. Es gibt nur ein Urteil.", "Ihr Anwalt", "sagte")])

# 5 earthquake: organisations, "nach Angaben von", witnesses, a speaker named in the paragraph before
A(["Bei einem schweren Erdbeben im Süden des Landes Karvonien sind nach Angaben der Regierung mindestens 312 Menschen ums Leben gekommen. Das Beben der Stärke 7,1 ereignete sich am frühen Montagmorgen.",
   "Das Zentrum lag nach Angaben der Erdbebenwarte in der Nähe der Stadt Vessa. Dort seien „ganze Straßenzüge eingestürzt“, teilte der Zivilschutz mit.",
   "Ein Sprecher des Roten Kreuzes, Paolo Deniz, sagte in einer Telefonschalte mit Journalisten: „Die Lage ist verzweifelt. Viele Menschen liegen noch unter den Trümmern, und uns läuft die Zeit davon.“",
   "Die Helfer arbeiten mit schwerem Gerät, vielerorts aber auch mit bloßen Händen. Besonders dringend fehlen Zelte, Decken und Trinkwasser.",
   "„Wir brauchen jede Hilfe, die wir bekommen können“, sagte Deniz.",
   "Die Lehrerin Irina Vasquez hat das Beben in ihrer Wohnung im dritten Stock erlebt. Sie konnte sich mit ihren beiden Kindern ins Freie retten.",
   "„Es hat sich angefühlt, als würde das Haus in die Luft gehoben. Dann kam der Lärm, dieser furchtbare Lärm. Ich habe nur noch die Kinder gepackt und bin gerannt.“",
   "Die Europäische Union sagte Soforthilfe in Höhe von zehn Millionen Euro zu. „Karvonien kann sich auf Europa verlassen“, erklärte die zuständige EU-Kommissarin Lene Albrecht in Brüssel."],
  [("ganze Straßenzüge eingestürzt", "der Zivilschutz", "teilte mit"),
   ("Die Lage ist verzweifelt. Viele Menschen liegen noch unter den Trümmern, und uns läuft die Zeit davon.", "Ein Sprecher des Roten Kreuzes, Paolo Deniz", "sagte"),
   ("Wir brauchen jede Hilfe, die wir bekommen können", "Deniz", "sagte"),
   ("Es hat sich angefühlt, als würde das Haus in die Luft gehoben. Dann kam der Lärm, dieser furchtbare Lärm. Ich habe nur noch die Kinder gepackt und bin gerannt.", "Die Lehrerin Irina Vasquez", None),
   ("Karvonien kann sich auf Europa verlassen", "die zuständige EU-Kommissarin Lene Albrecht", "erklärte")])

# 6 police press conference: apposition, questions from reporters, quote split by its cue
A(["Nach der Festnahme von vier mutmaßlichen Mitgliedern einer Einbrecherbande hat die Polizei in Grevenau am Freitag Einzelheiten bekannt gegeben. Die Bande soll für mehr als 80 Einbrüche im ganzen Landkreis verantwortlich sein.",
   "Max Müller, Sprecher der Polizeidirektion Grevenau, sagte auf einer Pressekonferenz: „Wir haben die Gruppe seit Monaten beobachtet. Am Mittwoch haben wir zugegriffen, als sie gerade das nächste Haus auskundschaften wollte.“",
   "„Die Täter sind äußerst professionell vorgegangen“, sagte Müller, „sie haben gezielt Häuser ausgesucht, deren Bewohner im Urlaub waren.“",
   "Auf die Frage eines Reporters, ob weitere Festnahmen zu erwarten seien, antwortete der Leiter der Ermittlungsgruppe, Kriminalhauptkommissar Jörg Peschel: „Das schließen wir nicht aus. Mehr kann ich dazu im Moment nicht sagen.“",
   "Bei den Durchsuchungen stellten die Ermittler Schmuck, Uhren und Bargeld sicher. Peschel zufolge lässt sich ein Großteil der Beute bereits einzelnen Taten zuordnen. Die Besitzer sollen ihr Eigentum „so schnell wie möglich“ zurückbekommen.",
   "„Wir bitten alle Betroffenen, sich bei uns zu melden, auch wenn sie keine Anzeige erstattet haben“, sagte Peschel."],
  [("Wir haben die Gruppe seit Monaten beobachtet. Am Mittwoch haben wir zugegriffen, als sie gerade das nächste Haus auskundschaften wollte.", "Max Müller, Sprecher der Polizeidirektion Grevenau", "sagte"),
   ("Die Täter sind äußerst professionell vorgegangen", "Müller", "sagte"),
   ("sie haben gezielt Häuser ausgesucht, deren Bewohner im Urlaub waren.", "Müller", "sagte"),
   ("Das schließen wir nicht aus. Mehr kann ich dazu im Moment nicht sagen.", "der Leiter der Ermittlungsgruppe, Kriminalhauptkommissar Jörg Peschel", "antwortete"),
   ("so schnell wie möglich", "Peschel", "zufolge"),
   ("Wir bitten alle Betroffenen, sich bei uns zu melden, auch wenn sie keine Anzeige erstattet haben", "Peschel", "sagte")])

# 7 business: the company, the works council and a union as speakers
A(["Der Autozulieferer Brenntag Motion will sein Werk in Sollbach mit 900 Beschäftigten bis Ende 2028 schließen. Die Produktion soll nach Ungarn und Tschechien verlagert werden.",
   "In einer Mitteilung des Unternehmens hieß es am Dienstag: „Die Entscheidung ist uns nicht leichtgefallen. Angesichts des Wandels in der Branche sehen wir aber keine Alternative.“",
   "Der Betriebsrat sprach von einem „Schlag ins Gesicht“ der Belegschaft. Betriebsratschefin Gül Yildirim sagte vor dem Werkstor: „Die Kolleginnen und Kollegen haben in der Krise auf Lohn verzichtet, um diesen Standort zu retten. Das ist jetzt der Dank.“",
   "Die IG Metall kündigte Widerstand an. „Wir werden diese Schließung nicht kampflos hinnehmen“, sagte Bezirksleiter Frank Obermeier. Die Gewerkschaft will zunächst mit dem Vorstand über einen Sozialplan verhandeln.",
   "Der Wirtschaftsminister des Landes, Axel Reinholdt, bezeichnete die Pläne als „bitter für die ganze Region“. Er habe bereits mit dem Vorstandsvorsitzenden telefoniert.",
   "„Ich habe ihm gesagt, dass das Land bereit ist, über Hilfen zu sprechen, wenn der Standort eine Zukunft hat“, sagte Reinholdt am Abend im Landesfernsehen."],
  [("Die Entscheidung ist uns nicht leichtgefallen. Angesichts des Wandels in der Branche sehen wir aber keine Alternative.", "einer Mitteilung des Unternehmens", "hieß es"),
   ("Schlag ins Gesicht", "Der Betriebsrat", "sprach von"),
   ("Die Kolleginnen und Kollegen haben in der Krise auf Lohn verzichtet, um diesen Standort zu retten. Das ist jetzt der Dank.", "Betriebsratschefin Gül Yildirim", "sagte"),
   ("Wir werden diese Schließung nicht kampflos hinnehmen", "Bezirksleiter Frank Obermeier", "sagte"),
   ("bitter für die ganze Region", "Der Wirtschaftsminister des Landes, Axel Reinholdt", "bezeichnete"),
   ("Ich habe ihm gesagt, dass das Land bereit ist, über Hilfen zu sprechen, wenn der Standort eine Zukunft hat", "Reinholdt", "sagte")])

# 8 international summit: "laut", "wie X sagte", a newspaper title, a foreign minister to a paper
A(["Die Außenminister der Anrainerstaaten des Kaspischen Meeres haben sich bei einem Treffen in Baku auf ein gemeinsames Abkommen zum Schutz der Störe geeinigt. Der Fang der bedrohten Fische soll für zehn Jahre verboten werden.",
   "Wie der Gastgeber, Außenminister Elchin Mammadli, nach dem Treffen sagte, sei das Abkommen „ein historischer Schritt für die ganze Region“. Die Unterzeichnung ist für den Herbst geplant.",
   "Laut dem kasachischen Außenminister Nurlan Seitkali war bis zuletzt um die Kontrollen gerungen worden. „Ein Verbot ist nur so gut wie seine Überwachung“, sagte Seitkali. „Wir haben uns auf gemeinsame Patrouillen verständigt.“",
   "Umweltschützer begrüßten die Einigung, äußerten aber Zweifel an der Umsetzung. Der Sprecher der Organisation Caspian Watch, Arman Iskakov, sagte der britischen Zeitung „The Guardian“, das Abkommen komme „zwanzig Jahre zu spät“.",
   "„Von einigen Arten gibt es in freier Wildbahn nur noch ein paar hundert Tiere“, sagte Iskakov. „Wenn jetzt nicht gehandelt wird, sind sie verloren.“",
   "Russland hatte sich lange gegen ein vollständiges Fangverbot gesperrt. Aus der russischen Delegation hieß es, man habe „im Interesse der Natur“ zugestimmt."],
  [("ein historischer Schritt für die ganze Region", "Außenminister Elchin Mammadli", "sagte"),
   ("Ein Verbot ist nur so gut wie seine Überwachung", "Seitkali", "sagte"),
   ("Wir haben uns auf gemeinsame Patrouillen verständigt.", "Seitkali", None),
   ("zwanzig Jahre zu spät", "Der Sprecher der Organisation Caspian Watch, Arman Iskakov", "sagte"),
   ("Von einigen Arten gibt es in freier Wildbahn nur noch ein paar hundert Tiere", "Iskakov", "sagte"),
   ("Wenn jetzt nicht gehandelt wird, sind sie verloren.", "Iskakov", None),
   ("im Interesse der Natur", "der russischen Delegation", "hieß es")])

# 9 health minister in a radio interview, a doctors' association, a patient
A(["Die Bundesregierung will die Wartezeiten auf Facharzttermine mit einem neuen Gesetz verkürzen. Gesetzlich Versicherte sollen künftig spätestens nach vier Wochen einen Termin bekommen.",
   "Gesundheitsminister Karl-Heinz Voss verteidigte den Entwurf am Morgen im Deutschlandfunk. „Es kann nicht sein, dass Menschen mit ernsten Beschwerden drei Monate auf einen Termin beim Kardiologen warten. Das ist keine Frage des Komforts, das ist eine Frage der Gesundheit.“",
   "Der Minister räumte ein, dass es in vielen Regionen schlicht zu wenige Fachärzte gebe. „Das Gesetz allein schafft keinen einzigen neuen Arzt“, sagte er. „Aber es sorgt dafür, dass die vorhandenen Termine gerechter verteilt werden.“",
   "Die Kassenärztliche Bundesvereinigung lehnt die Pläne ab. Ihr Vorsitzender, Dr. Andreas Gerlach, sprach von „Planwirtschaft im Wartezimmer“. Die Praxen seien schon heute überlastet.",
   "Der Patientenbeauftragte der Bundesregierung, Malte Friedrichs, begrüßte das Vorhaben dagegen. Es sei „überfällig“, schrieb Friedrichs auf der Plattform X.",
   "Eine Patientin aus Leipzig, die seit elf Wochen auf einen Termin beim Neurologen wartet, sagte dem MDR: „Man fühlt sich alleingelassen. Ich rufe jeden Montag an, und jedes Mal heißt es: Versuchen Sie es nächste Woche wieder.“"],
  [("Es kann nicht sein, dass Menschen mit ernsten Beschwerden drei Monate auf einen Termin beim Kardiologen warten. Das ist keine Frage des Komforts, das ist eine Frage der Gesundheit.", "Gesundheitsminister Karl-Heinz Voss", "verteidigte"),
   ("Das Gesetz allein schafft keinen einzigen neuen Arzt", "er", "sagte"),
   ("Aber es sorgt dafür, dass die vorhandenen Termine gerechter verteilt werden.", "er", None),
   ("Planwirtschaft im Wartezimmer", "Ihr Vorsitzender, Dr. Andreas Gerlach", "sprach von"),
   ("überfällig", "Friedrichs", "schrieb"),
   ("Man fühlt sich alleingelassen. Ich rufe jeden Montag an, und jedes Mal heißt es: Versuchen Sie es nächste Woche wieder.", "Eine Patientin aus Leipzig", "sagte")])

# 10 election night: winners and losers, "jubelte", "gab sich kämpferisch", a party as speaker
A(["Bei der Oberbürgermeisterwahl in Kellstadt hat sich die parteilose Kandidatin Ruth Ambacher im zweiten Wahlgang deutlich durchgesetzt. Sie erhielt 58,4 Prozent der Stimmen, ihr Gegenkandidat Volker Hense von der CDU kam auf 41,6 Prozent.",
   "„Das ist ein Sieg für alle, die sich eine Stadtpolitik jenseits der Parteigrenzen wünschen“, rief Ambacher ihren Anhängern im Ratskeller zu. „Ab morgen bin ich die Oberbürgermeisterin aller Kellstädter, auch derer, die mich nicht gewählt haben.“",
   "Hense gratulierte seiner Kontrahentin noch am Abend. „Die Wähler haben entschieden, und das respektiere ich“, sagte der 56-Jährige. Er werde seinen Sitz im Stadtrat behalten und „konstruktive Opposition“ machen.",
   "Die CDU-Kreisvorsitzende Petra Lohmann machte den Bundestrend für die Niederlage verantwortlich: „Gegen diesen Gegenwind hatte Volker keine Chance.“",
   "Die Wahlbeteiligung lag mit 39 Prozent deutlich unter der des ersten Wahlgangs. Der Politikwissenschaftler Hanno Greve von der Universität Kellstadt nannte das „ein Alarmsignal“. Viele Bürger hätten das Gefühl, dass ihre Stimme nichts ändere, sagte Greve. „Das ist für die Demokratie auf Dauer gefährlich.“"],
  [("Das ist ein Sieg für alle, die sich eine Stadtpolitik jenseits der Parteigrenzen wünschen", "Ambacher", "rief zu"),
   ("Ab morgen bin ich die Oberbürgermeisterin aller Kellstädter, auch derer, die mich nicht gewählt haben.", "Ambacher", None),
   ("Die Wähler haben entschieden, und das respektiere ich", "der 56-Jährige", "sagte"),
   ("konstruktive Opposition", "Er", None),
   ("Gegen diesen Gegenwind hatte Volker keine Chance.", "Die CDU-Kreisvorsitzende Petra Lohmann", "machte verantwortlich"),
   ("ein Alarmsignal", "Der Politikwissenschaftler Hanno Greve", "nannte"),
   ("Das ist für die Demokratie auf Dauer gefährlich.", "Greve", "sagte")])

# 11 film festival: film titles in marks beside quotations of a director and the jury
A(["Der Film „Die Fähre nach Norden“ der Regisseurin Lotta Engström hat beim Filmfest Travemünde den Hauptpreis gewonnen. Das Drama erzählt von einer Familie, die nach dem Tod des Vaters seine Fähre weiterbetreibt.",
   "Die Jury lobte in ihrer Begründung die „stille, genaue Erzählweise“ und die Leistung der jungen Hauptdarstellerin. Jurypräsident Arne Wessling sagte bei der Preisverleihung: „Dieser Film vertraut seinen Bildern. Er muss nichts erklären, und gerade deshalb trifft er einen so tief.“",
   "Engström zeigte sich überwältigt. „Ich habe nicht damit gerechnet, wirklich nicht. Wir haben diesen Film mit einem winzigen Budget gedreht, mit Freunden und Nachbarn als Komparsen.“",
   "Den Preis für die beste Regie erhielt der Österreicher Felix Hainisch für „Grauzone“. Der Publikumspreis ging an die Komödie „Oma fährt Rallye“.",
   "Hainisch widmete seinen Preis seinem verstorbenen Kameramann. „Ohne Paul gäbe es diesen Film nicht“, sagte er sichtlich bewegt.",
   "Festivalleiterin Sonja Brix zog eine positive Bilanz. Mit 41.000 Besuchern sei ein neuer Rekord erreicht worden. „Das zeigt, dass das Kino lebt“, so Brix."],
  [("stille, genaue Erzählweise", "Die Jury", "lobte"),
   ("Dieser Film vertraut seinen Bildern. Er muss nichts erklären, und gerade deshalb trifft er einen so tief.", "Jurypräsident Arne Wessling", "sagte"),
   ("Ich habe nicht damit gerechnet, wirklich nicht. Wir haben diesen Film mit einem winzigen Budget gedreht, mit Freunden und Nachbarn als Komparsen.", "Engström", "zeigte sich überwältigt"),
   ("Ohne Paul gäbe es diesen Film nicht", "er", "sagte"),
   ("Das zeigt, dass das Kino lebt", "Brix", "so")])

# 12 climate protest: slogans, police, a minister via spokesperson, straight quotation marks
A(["Mehrere tausend Menschen haben am Samstag in Hamborn gegen den geplanten Ausbau des Braunkohletagebaus Gersdorf demonstriert. Nach Angaben der Veranstalter nahmen rund 8000 Menschen teil, die Polizei sprach von 5000.",
   "Die Demonstranten zogen vom Hauptbahnhof zum Sitz des Energiekonzerns. \"Kohle stoppen, Klima retten\", riefen sie immer wieder.",
   "Die Sprecherin des Bündnisses \"Gersdorf bleibt\", Hannah Lüders, sagte bei der Abschlusskundgebung: \"Hier wird für ein paar Jahre Kohle ein ganzes Dorf zerstört. Das ist aus der Zeit gefallen.\"",
   "Die Polizei zog eine überwiegend friedliche Bilanz. \"Bis auf wenige Ausnahmen verlief der Tag ruhig\", sagte ein Polizeisprecher am Abend. Drei Personen seien vorläufig festgenommen worden.",
   "Das Wirtschaftsministerium des Landes verwies auf die Versorgungssicherheit. Ein Sprecher des Ministeriums sagte auf Anfrage, der Ausbau sei \"energiepolitisch notwendig\". Eine Entscheidung über den Rahmenbetriebsplan werde im Sommer fallen."],
  [("Kohle stoppen, Klima retten", "sie", "riefen"),
   ("Hier wird für ein paar Jahre Kohle ein ganzes Dorf zerstört. Das ist aus der Zeit gefallen.", "Die Sprecherin des Bündnisses \"Gersdorf bleibt\", Hannah Lüders", "sagte"),
   ("Bis auf wenige Ausnahmen verlief der Tag ruhig", "ein Polizeisprecher", "sagte"),
   ("energiepolitisch notwendig", "Ein Sprecher des Ministeriums", "sagte")])

# 13 rail accident: a spokesman introduced, then "so der Sprecher", an eyewitness, the rail company
A(["Bei der Kollision eines Regionalzugs mit einem Lastwagen an einem Bahnübergang bei Wettstedt sind am Dienstagmorgen 17 Menschen verletzt worden, drei von ihnen schwer. Der Lkw-Fahrer konnte sich nach Angaben der Polizei kurz vor dem Zusammenstoß aus seinem Führerhaus retten.",
   "Ein Sprecher der Bundespolizei sagte am Mittag, der Lastwagen sei vermutlich bei geschlossenen Schranken auf dem Übergang stehen geblieben. „Warum, wissen wir noch nicht. Wir ermitteln in alle Richtungen.“",
   "Der Lokführer habe noch eine Schnellbremsung eingeleitet. „Er hatte aber keine Chance, rechtzeitig zum Stehen zu kommen“, so der Sprecher.",
   "Ein Fahrgast, der im zweiten Wagen saß, berichtete von einem lauten Knall. „Plötzlich sind alle durch den Wagen geflogen. Überall lagen Taschen und Glas, und eine ältere Frau hat geblutet.“",
   "Die Deutsche Bahn teilte mit, die Strecke bleibe voraussichtlich bis Donnerstag gesperrt. Zwischen Wettstedt und Ohrdorf fahren Ersatzbusse. „Wir bitten die Reisenden um Verständnis“, hieß es in der Mitteilung."],
  [("Warum, wissen wir noch nicht. Wir ermitteln in alle Richtungen.", "Ein Sprecher der Bundespolizei", "sagte"),
   ("Er hatte aber keine Chance, rechtzeitig zum Stehen zu kommen", "der Sprecher", "so"),
   ("Plötzlich sind alle durch den Wagen geflogen. Überall lagen Taschen und Glas, und eine ältere Frau hat geblutet.", "Ein Fahrgast", "berichtete"),
   ("Wir bitten die Reisenden um Verständnis", "der Mitteilung", "hieß es in")])

# 14 education: ministry sources, a teachers' union, a head teacher as a role
A(["Das Kultusministerium von Westerland will ab dem kommenden Schuljahr die Handynutzung an Grundschulen vollständig verbieten. An weiterführenden Schulen sollen die Schulen selbst entscheiden.",
   "Kultusministerin Bärbel Strom begründete den Schritt mit Erfahrungen aus anderen Ländern. „Die Kinder sind konzentrierter, sie spielen wieder miteinander auf dem Pausenhof. Das hat uns überzeugt.“",
   "Aus dem Ministerium hieß es, ein Verstoß solle „mit Augenmaß“ geahndet werden. Die Geräte dürften eingesammelt, aber nicht länger als bis zum Schulschluss einbehalten werden.",
   "Der Lehrerverband begrüßte die Regelung im Grundsatz. Dessen Vorsitzender Gerd Hollmann warnte aber vor zusätzlicher Bürokratie: „Wir sind Lehrer und keine Handypolizei. Die Schulen brauchen klare Regeln und keine neuen Formulare.“",
   "Die Rektorin einer Grundschule in Kellinghusen, die seit zwei Jahren ein Handyverbot hat, berichtet von guten Erfahrungen. „Am Anfang gab es Proteste, vor allem von den Eltern. Heute will keiner mehr zurück.“",
   "Der Landeselternrat kündigte an, die Umsetzung „kritisch zu begleiten“."],
  [("Die Kinder sind konzentrierter, sie spielen wieder miteinander auf dem Pausenhof. Das hat uns überzeugt.", "Kultusministerin Bärbel Strom", "begründete"),
   ("mit Augenmaß", "dem Ministerium", "hieß es"),
   ("Wir sind Lehrer und keine Handypolizei. Die Schulen brauchen klare Regeln und keine neuen Formulare.", "Dessen Vorsitzender Gerd Hollmann", "warnte"),
   ("Am Anfang gab es Proteste, vor allem von den Eltern. Heute will keiner mehr zurück.", "Die Rektorin einer Grundschule in Kellinghusen", "berichtet"),
   ("kritisch zu begleiten", "Der Landeselternrat", "kündigte an")])

# 15 resignation: a statement read out, a party leader, speaker only in the paragraph before
A(["Die Landesvorsitzende der Sozialdemokraten in Hessenbrück, Miriam Tandler, ist überraschend zurückgetreten. Sie zog damit die Konsequenz aus der schweren Niederlage bei der Landtagswahl vor zwei Wochen.",
   "In einer persönlichen Erklärung, die Tandler am Montagmorgen vor dem Parteivorstand verlas, heißt es: „Ich übernehme die Verantwortung für dieses Ergebnis. Die Partei braucht jetzt einen Neuanfang, und der gelingt nicht mit den Gesichtern der Niederlage.“",
   "Der Generalsekretär der Landespartei, Simon Wolff, zollte ihr Respekt. Tandler habe die Partei „in schwierigen Jahren zusammengehalten“.",
   "Wer ihr nachfolgen soll, ist offen. Als mögliche Kandidaten gelten Fraktionschef Ludger Haas und die Bürgermeisterin von Steinau, Eva Kuhnert.",
   "Haas wollte sich am Montag nicht zu seinen Ambitionen äußern. Er sagte lediglich:",
   "„Heute ist nicht der Tag für Personaldebatten. Heute ist der Tag, Miriam Tandler für ihre Arbeit zu danken.“",
   "Ein Sonderparteitag soll im Juni über die Nachfolge entscheiden."],
  [("Ich übernehme die Verantwortung für dieses Ergebnis. Die Partei braucht jetzt einen Neuanfang, und der gelingt nicht mit den Gesichtern der Niederlage.", "einer persönlichen Erklärung", "heißt es"),
   ("in schwierigen Jahren zusammengehalten", "Der Generalsekretär der Landespartei, Simon Wolff", "zollte Respekt"),
   ("Heute ist nicht der Tag für Personaldebatten. Heute ist der Tag, Miriam Tandler für ihre Arbeit zu danken.", "Er", "sagte")])

# 16 Olympic race: the athlete as "die 24-Jährige", her coach, a rival, a federation
A(["Die Kanutin Lena Sommerfeld hat bei den Olympischen Spielen die Goldmedaille im Einer-Kajak über 500 Meter gewonnen. Die Potsdamerin setzte sich im Finale mit einer halben Bootslänge Vorsprung vor der Neuseeländerin Kate Morrow durch.",
   "„Ich kann es noch gar nicht glauben“, sagte die 24-Jährige im Ziel unter Tränen. „Vor zwei Jahren lag ich nach meiner Schulteroperation im Krankenhaus und wusste nicht, ob ich je wieder paddeln kann.“",
   "Ihr Trainer Uwe Kaspereit hatte nach eigenen Worten schon nach dem Halbfinale an den Sieg geglaubt. „Sie war so locker wie noch nie bei einem großen Rennen. Da wusste ich: Heute passiert etwas.“",
   "Morrow gratulierte der Siegerin fair. „Lena war heute einfach stärker. Auf den letzten hundert Metern konnte ich nicht mehr mithalten“, sagte die Neuseeländerin.",
   "Für den Deutschen Kanu-Verband ist es die erste Goldmedaille in dieser Disziplin seit 2008. Verbandspräsident Heiko Dressler sprach von einem „Tag für die Geschichtsbücher“.",
   "Sommerfeld will am Abend mit ihrer Familie feiern. Danach gehe es schnell zurück ins Training. „Am Donnerstag steht schon der Vierer an. Da wollen wir auch noch etwas reißen.“"],
  [("Ich kann es noch gar nicht glauben", "die 24-Jährige", "sagte"),
   ("Vor zwei Jahren lag ich nach meiner Schulteroperation im Krankenhaus und wusste nicht, ob ich je wieder paddeln kann.", "die 24-Jährige", None),
   ("Sie war so locker wie noch nie bei einem großen Rennen. Da wusste ich: Heute passiert etwas.", "Ihr Trainer Uwe Kaspereit", None),
   ("Lena war heute einfach stärker. Auf den letzten hundert Metern konnte ich nicht mehr mithalten", "die Neuseeländerin", "sagte"),
   ("Tag für die Geschichtsbücher", "Verbandspräsident Heiko Dressler", "sprach von"),
   ("Am Donnerstag steht schon der Vierer an. Da wollen wir auch noch etwas reißen.", "Sommerfeld", None)])

# 17 constitutional court: the court, the decision as a document, the complainant, the government
A(["Das Bundesverfassungsgericht hat die Vorratsspeicherung von Fluggastdaten in ihrer jetzigen Form für teilweise verfassungswidrig erklärt. Der Gesetzgeber muss die Regelung bis Ende nächsten Jahres überarbeiten.",
   "Die Speicherung aller Daten für fünf Jahre greife unverhältnismäßig in das Recht auf informationelle Selbstbestimmung ein, entschied der Erste Senat. In dem Beschluss heißt es: „Der Staat darf nicht jeden Reisenden wie einen Verdächtigen behandeln.“",
   "Gerichtspräsidentin Elke Varnhorst betonte bei der Verkündung, das Urteil sei „kein Freibrief für Terroristen“. Die Sicherheitsbehörden könnten weiterhin gezielt auf Daten zugreifen.",
   "Der Kläger, der Datenschutzaktivist Jonas Reiter, sprach von einem „großen Tag für die Bürgerrechte“. „Wir haben zehn Jahre für diese Entscheidung gekämpft“, sagte Reiter vor dem Gerichtsgebäude in Karlsruhe. „Jetzt muss die Regierung liefern.“",
   "Das Bundesinnenministerium kündigte an, das Urteil sorgfältig zu prüfen. Ein Sprecher sagte in Berlin: „Wir werden eine verfassungskonforme Neuregelung vorlegen, die die Sicherheit der Bürger weiter gewährleistet.“"],
  [("Der Staat darf nicht jeden Reisenden wie einen Verdächtigen behandeln.", "dem Beschluss", "heißt es"),
   ("kein Freibrief für Terroristen", "Gerichtspräsidentin Elke Varnhorst", "betonte"),
   ("großen Tag für die Bürgerrechte", "Der Kläger, der Datenschutzaktivist Jonas Reiter", "sprach von"),
   ("Wir haben zehn Jahre für diese Entscheidung gekämpft", "Reiter", "sagte"),
   ("Jetzt muss die Regierung liefern.", "Reiter", None),
   ("Wir werden eine verfassungskonforme Neuregelung vorlegen, die die Sicherheit der Bürger weiter gewährleistet.", "Ein Sprecher", "sagte")])

# 18 storm warning: a weather service, a meteorologist, a fire brigade chief, a mayor after the storm
A(["Der Deutsche Wetterdienst hat für große Teile Norddeutschlands eine Unwetterwarnung herausgegeben. Erwartet werden Orkanböen von bis zu 130 Kilometern pro Stunde und Starkregen.",
   "„Das ist kein gewöhnlicher Herbststurm“, sagte DWD-Meteorologe Jan Schaller am Sonntag in Offenbach. „Wer nicht unbedingt raus muss, sollte am Montag zu Hause bleiben.“",
   "Besonders gefährdet seien die Küstenregionen und die Inseln. Schaller zufolge droht an der Nordsee eine „schwere Sturmflut“.",
   "Die Feuerwehren bereiten sich auf zahlreiche Einsätze vor. Der Leiter der Berufsfeuerwehr Wilhelmshaven, Brandrat Olaf Degen, sagte: „Wir haben alle verfügbaren Kräfte in Bereitschaft versetzt. Mehr können wir nicht tun.“",
   "Am Dienstag zog der Bürgermeister der Insel Spiekerland, Hauke Janssen, eine erste Bilanz. Die Deiche hätten gehalten, mehrere Dächer seien aber abgedeckt worden. „Wir sind mit einem blauen Auge davongekommen“, sagte Janssen. „Aber der Strand ist zu einem großen Teil weg.“"],
  [("Das ist kein gewöhnlicher Herbststurm", "DWD-Meteorologe Jan Schaller", "sagte"),
   ("Wer nicht unbedingt raus muss, sollte am Montag zu Hause bleiben.", "DWD-Meteorologe Jan Schaller", None),
   ("schwere Sturmflut", "Schaller", "zufolge"),
   ("Wir haben alle verfügbaren Kräfte in Bereitschaft versetzt. Mehr können wir nicht tun.", "Der Leiter der Berufsfeuerwehr Wilhelmshaven, Brandrat Olaf Degen", "sagte"),
   ("Wir sind mit einem blauen Auge davongekommen", "Janssen", "sagte"),
   ("Aber der Strand ist zu einem großen Teil weg.", "Janssen", "sagte")])

# 19 local council: mayor quoted with "Sie sagte:", then indirect then direct, a citizen initiative
A(["Der Gemeinderat von Oberwalden hat den Bau eines Windparks mit sechs Anlagen auf dem Höhenzug Kahler Kopf genehmigt. Die Entscheidung fiel nach einer hitzigen Sitzung mit 14 zu 9 Stimmen.",
   "Bürgermeisterin Anke Liebig hatte sich vorab klar für das Projekt ausgesprochen. Sie sagte: „Wir wollen unseren Beitrag zur Energiewende leisten, und die Gemeinde verdient mit. Jedes Jahr fließen rund 400.000 Euro Pacht in unsere Kasse.“",
   "Wie Liebig weiter sagte, sollen die Bürger sich auch finanziell an dem Windpark beteiligen können. Sie sprach von einem „Windpark von Oberwaldenern für Oberwaldener“.",
   "Die Bürgerinitiative „Gegenwind Kahler Kopf“ kündigte an, gegen die Genehmigung zu klagen. Ihr Sprecher Rudolf Haberkorn sagte, der Höhenzug sei ein wertvoller Lebensraum für Rotmilane. „Man opfert hier Natur für Geld. Das werden wir nicht hinnehmen.“",
   "Liebig zeigte für die Bedenken Verständnis, verwies aber auf mehrere Gutachten. „Die Fachleute haben alles geprüft. Wenn wir nirgends Windräder bauen, wo ein Vogel fliegt, bauen wir nirgends.“"],
  [("Wir wollen unseren Beitrag zur Energiewende leisten, und die Gemeinde verdient mit. Jedes Jahr fließen rund 400.000 Euro Pacht in unsere Kasse.", "Sie", "sagte"),
   ("Windpark von Oberwaldenern für Oberwaldener", "Sie", "sprach von"),
   ("Man opfert hier Natur für Geld. Das werden wir nicht hinnehmen.", "Ihr Sprecher Rudolf Haberkorn", "sagte"),
   ("Die Fachleute haben alles geprüft. Wenn wir nirgends Windräder bauen, wo ein Vogel fliegt, bauen wir nirgends.", "Liebig", "verwies")])

# 20 tech launch: a company chief in a long quote, an analyst to a newspaper, a consumer group
A(["Der Münchner Softwarekonzern Kalvion hat am Mittwoch ein eigenes Sprachmodell für Behörden vorgestellt. Es soll ausschließlich in deutschen Rechenzentren betrieben werden.",
   "Vorstandschefin Dr. Ines Marquardt sagte bei der Präsentation in München: „Verwaltungen wollen künstliche Intelligenz nutzen, aber sie wollen ihre Daten nicht in die Vereinigten Staaten schicken. Genau diese Lücke schließen wir. Unser Modell ist kleiner als die der großen Anbieter, aber es ist für die Sprache der Verwaltung trainiert und bleibt vollständig unter europäischer Kontrolle.“",
   "Erste Pilotprojekte laufen nach Unternehmensangaben bereits in drei Bundesländern.",
   "Der Analyst Christoph Beringer von der Bank Hohenfels sagte der „Süddeutschen Zeitung“, der Markt sei „groß, aber träge“. Behörden kauften langsam. „Kalvion braucht einen langen Atem.“",
   "Die Verbraucherzentrale forderte Transparenz. „Wer mit Bürgerdaten arbeitet, muss offenlegen, wie sein Modell entscheidet“, sagte Digitalexpertin Nora Schilling."],
  [("Verwaltungen wollen künstliche Intelligenz nutzen, aber sie wollen ihre Daten nicht in die Vereinigten Staaten schicken. Genau diese Lücke schließen wir. Unser Modell ist kleiner als die der großen Anbieter, aber es ist für die Sprache der Verwaltung trainiert und bleibt vollständig unter europäischer Kontrolle.", "Vorstandschefin Dr. Ines Marquardt", "sagte"),
   ("groß, aber träge", "Der Analyst Christoph Beringer", "sagte"),
   ("Kalvion braucht einen langen Atem.", "Der Analyst Christoph Beringer", None),
   ("Wer mit Bürgerdaten arbeitet, muss offenlegen, wie sein Modell entscheidet", "Digitalexpertin Nora Schilling", "sagte")])

# 21 rescue at sea: a rescue service, a captain via radio, a survivor quoted by a newspaper
A(["Die Seenotretter haben in der Nacht zum Samstag vor der Insel Amrum zwölf Menschen von einem sinkenden Fischkutter gerettet. Das Schiff war bei schwerem Seegang leckgeschlagen.",
   "„Die Besatzung hat genau das Richtige getan und sofort Alarm geschlagen“, sagte ein Sprecher der Deutschen Gesellschaft zur Rettung Schiffbrüchiger in Bremen. Der Seenotrettungskreuzer „Hermann Rudolf Meyer“ sei nach 40 Minuten am Unglücksort gewesen.",
   "Vormann Kai Olufs beschrieb den Einsatz als äußerst schwierig. „Die Wellen waren über vier Meter hoch. Wir mussten die Leute einzeln über eine Leine herüberholen.“",
   "Einer der geretteten Fischer, der 63-jährige Henning Paulsen, sagte der „Inselzeitung“: „Ich fahre seit 45 Jahren zur See. So etwas habe ich noch nie erlebt.“ Er habe schon mit dem Leben abgeschlossen gehabt.",
   "„Als die Lichter des Rettungskreuzers auftauchten, habe ich geweint wie ein Kind“, sagte Paulsen."],
  [("Die Besatzung hat genau das Richtige getan und sofort Alarm geschlagen", "ein Sprecher der Deutschen Gesellschaft zur Rettung Schiffbrüchiger", "sagte"),
   ("Die Wellen waren über vier Meter hoch. Wir mussten die Leute einzeln über eine Leine herüberholen.", "Vormann Kai Olufs", "beschrieb"),
   ("Ich fahre seit 45 Jahren zur See. So etwas habe ich noch nie erlebt.", "Einer der geretteten Fischer, der 63-jährige Henning Paulsen", "sagte"),
   ("Als die Lichter des Rettungskreuzers auftauchten, habe ich geweint wie ein Kind", "Paulsen", "sagte")])

# 22 press conference with questions: a chancellor and journalists, answers without cues
A(["Bundeskanzler Martin Seeberg hat auf seiner Sommerpressekonferenz in Berlin eine gemischte Bilanz seines ersten Regierungsjahres gezogen. Mehr als zwei Stunden lang beantwortete er Fragen der Hauptstadtjournalisten.",
   "Gleich zu Beginn räumte Seeberg Fehler ein. „Wir haben uns zu oft öffentlich gestritten. Das hat Vertrauen gekostet, und das nehme ich auch auf meine Kappe.“",
   "Eine Journalistin wollte wissen, ob er an der Rente mit 67 festhalte. „Ja“, antwortete Seeberg knapp. „Und ich sage Ihnen auch: Eine Rente mit 70 wird es mit mir nicht geben.“",
   "Auf die Frage, ob die Koalition bis zum Ende der Wahlperiode halte, sagte der Kanzler: „Davon gehe ich fest aus.“",
   "Zu den Umfragewerten seiner Partei, die seit Monaten sinken, äußerte sich Seeberg gelassen. „Umfragen sind Momentaufnahmen. Abgerechnet wird am Wahltag.“",
   "Die Opposition reagierte mit Spott. CSU-Landesgruppenchef Anton Greil sagte der „Bild“, die Pressekonferenz sei „zwei Stunden Selbstlob“ gewesen."],
  [("Wir haben uns zu oft öffentlich gestritten. Das hat Vertrauen gekostet, und das nehme ich auch auf meine Kappe.", "Seeberg", "räumte ein"),
   ("Ja", "Seeberg", "antwortete"),
   ("Und ich sage Ihnen auch: Eine Rente mit 70 wird es mit mir nicht geben.", "Seeberg", "antwortete"),
   ("Davon gehe ich fest aus.", "der Kanzler", "sagte"),
   ("Umfragen sind Momentaufnahmen. Abgerechnet wird am Wahltag.", "Seeberg", "äußerte sich"),
   ("zwei Stunden Selbstlob", "CSU-Landesgruppenchef Anton Greil", "sagte")])

# 23 medical research: a hospital as speaker, a quote before and after the cue with the speaker's role
A(["Ärzten des Universitätsklinikums Rendsburg ist erstmals in Deutschland die Transplantation einer im Labor aufbereiteten Spenderlunge gelungen. Der 52-jährige Patient ist nach Angaben der Klinik wohlauf.",
   "„Die Lunge war ursprünglich nicht transplantierbar“, sagte der Leiter der Thoraxchirurgie, Professor Malte Jessen, „aber nach zwölf Stunden in unserer Perfusionsmaschine hatte sie sich so weit erholt, dass wir sie verwenden konnten.“",
   "Jessen sprach von einem „Durchbruch für Patienten auf der Warteliste“. In Deutschland warten derzeit rund 300 Menschen auf eine neue Lunge, viele sterben, bevor ein Organ gefunden wird.",
   "Das Klinikum betonte in einer Mitteilung, das Verfahren sei „noch experimentell“. Weitere Eingriffe sollen im Rahmen einer Studie erfolgen.",
   "Der Patient selbst meldete sich mit einer Videobotschaft. „Ich kann wieder Treppen steigen, ohne nach Luft zu schnappen“, sagte der Mann, der anonym bleiben möchte. „Das ist ein neues Leben.“"],
  [("Die Lunge war ursprünglich nicht transplantierbar", "der Leiter der Thoraxchirurgie, Professor Malte Jessen", "sagte"),
   ("aber nach zwölf Stunden in unserer Perfusionsmaschine hatte sie sich so weit erholt, dass wir sie verwenden konnten.", "der Leiter der Thoraxchirurgie, Professor Malte Jessen", "sagte"),
   ("Durchbruch für Patienten auf der Warteliste", "Jessen", "sprach von"),
   ("noch experimentell", "Das Klinikum", "betonte"),
   ("Ich kann wieder Treppen steigen, ohne nach Luft zu schnappen", "der Mann", "sagte"),
   ("Das ist ein neues Leben.", "der Mann", None)])

# 24 guillemets as quotation marks (»…«), a fire chief and a resident
A(["Bei einem Großbrand in einer Lagerhalle im Industriegebiet von Neukirchen ist ein Schaden in Millionenhöhe entstanden. Verletzt wurde niemand.",
   "»Die Halle stand beim Eintreffen der ersten Kräfte bereits in Vollbrand«, sagte Kreisbrandmeister Uwe Reinecke. »Wir konnten nur noch verhindern, dass das Feuer auf die Nachbargebäude übergreift.«",
   "Die Rauchwolke war kilometerweit zu sehen. Die Behörden forderten die Anwohner auf, Fenster und Türen geschlossen zu halten.",
   "Eine Anwohnerin sagte, sie habe zuerst an ein Gewitter gedacht. »Es hat mehrmals laut geknallt, und dann war der ganze Himmel schwarz.«",
   "Die Kriminalpolizei hat die Ermittlungen zur Brandursache aufgenommen. Ein Sprecher sagte, man gehe »derzeit von keiner Brandstiftung« aus."],
  [("Die Halle stand beim Eintreffen der ersten Kräfte bereits in Vollbrand", "Kreisbrandmeister Uwe Reinecke", "sagte"),
   ("Wir konnten nur noch verhindern, dass das Feuer auf die Nachbargebäude übergreift.", "Kreisbrandmeister Uwe Reinecke", None),
   ("Es hat mehrmals laut geknallt, und dann war der ganze Himmel schwarz.", "Eine Anwohnerin", "sagte"),
   ("derzeit von keiner Brandstiftung", "Ein Sprecher", "sagte")])

# 25 interview printed as questions and answers with role prefixes
A(["Die Virologin Prof. Dr. Sabine Korte leitet seit März das Landesinstitut für Infektionsschutz. Im Gespräch mit Wikinews spricht sie über die kommende Grippesaison.",
   "Frage: „Frau Korte, wie schlimm wird die Grippewelle in diesem Winter?“",
   "Korte: „Das kann niemand seriös vorhersagen. Die Daten von der Südhalbkugel deuten aber auf eine eher starke Saison hin.“",
   "Frage: „Wem raten Sie zur Impfung?“",
   "Korte: „Allen über 60, Schwangeren, chronisch Kranken und dem medizinischen Personal. Eigentlich aber jedem, der sich schützen will.“",
   "Frage: „Viele Menschen sind impfmüde. Wie wollen Sie die erreichen?“",
   "Korte: „Mit Geduld und mit ehrlichen Informationen. Belehrungen helfen da nicht.“"],
  [("Frau Korte, wie schlimm wird die Grippewelle in diesem Winter?", "Frage", None),
   ("Das kann niemand seriös vorhersagen. Die Daten von der Südhalbkugel deuten aber auf eine eher starke Saison hin.", "Korte", None),
   ("Wem raten Sie zur Impfung?", "Frage", None),
   ("Allen über 60, Schwangeren, chronisch Kranken und dem medizinischen Personal. Eigentlich aber jedem, der sich schützen will.", "Korte", None),
   ("Viele Menschen sind impfmüde. Wie wollen Sie die erreichen?", "Frage", None),
   ("Mit Geduld und mit ehrlichen Informationen. Belehrungen helfen da nicht.", "Korte", None)])

# 26 strike: "teilte X mit", "sagte X im Gespräch mit", an organisation, pronoun speakers in turn
A(["Die Gewerkschaft der Lokführer hat für Mittwoch und Donnerstag zu einem 48-stündigen Streik im Personenverkehr aufgerufen. Bundesweit dürften Tausende Verbindungen ausfallen.",
   "Gewerkschaftschef Rolf Mertens teilte am Montag mit: „Die Bahn hat uns kein verhandlungsfähiges Angebot vorgelegt. Damit lässt sie uns keine andere Wahl.“",
   "Die Deutsche Bahn nannte den Streik „völlig überzogen“. Personalvorstand Claudia Ewers sagte im Gespräch mit dem Nachrichtensender n-tv: „Wir liegen nur noch wenige Prozentpunkte auseinander. Dafür legt man nicht ein ganzes Land lahm.“",
   "Sie rief die Gewerkschaft auf, an den Verhandlungstisch zurückzukehren. „Unsere Tür steht offen, Tag und Nacht.“",
   "Mertens wies den Vorwurf zurück. Die Bahn habe monatelang auf Zeit gespielt, sagte er. „Wer jetzt von Verantwortung redet, hätte im Herbst handeln müssen.“",
   "Der Fahrgastverband Pro Bahn forderte beide Seiten zu einer Schlichtung auf. „Die Leidtragenden sind wie immer die Pendler“, sagte Verbandssprecherin Ulrike Hahn."],
  [("Die Bahn hat uns kein verhandlungsfähiges Angebot vorgelegt. Damit lässt sie uns keine andere Wahl.", "Gewerkschaftschef Rolf Mertens", "teilte mit"),
   ("völlig überzogen", "Die Deutsche Bahn", "nannte"),
   ("Wir liegen nur noch wenige Prozentpunkte auseinander. Dafür legt man nicht ein ganzes Land lahm.", "Personalvorstand Claudia Ewers", "sagte"),
   ("Unsere Tür steht offen, Tag und Nacht.", "Sie", "rief auf"),
   ("Wer jetzt von Verantwortung redet, hätte im Herbst handeln müssen.", "er", "sagte"),
   ("Die Leidtragenden sind wie immer die Pendler", "Verbandssprecherin Ulrike Hahn", "sagte")])

# 27 handball: several players and coaches, "meinte", "freute sich", a quote before and after the cue
A(["Die deutschen Handballer stehen nach einem 31:29-Sieg gegen Dänemark im Halbfinale der Europameisterschaft. In einer dramatischen Schlussphase verwandelte Rückraumspieler Tim Bockelmann zwei Sekunden vor dem Ende einen Siebenmeter.",
   "„Ich habe gar nicht nachgedacht“, sagte Bockelmann, „ich habe einfach geworfen und gehofft.“",
   "Bundestrainer Stefan Lorenz freute sich über die Moral seiner Mannschaft. „Wir lagen zur Pause mit vier Toren hinten. Dass die Jungs zurückgekommen sind, zeigt, was in diesem Team steckt.“",
   "Torhüter Andreas Wolke, der in der zweiten Hälfte 14 Paraden zeigte, meinte trocken: „Irgendwann muss man ja mal einen halten.“",
   "Dänemarks Trainer Nikolaj Jacobsen zeigte sich als fairer Verlierer. Die Deutschen hätten den Sieg „absolut verdient“, sagte er.",
   "Im Halbfinale trifft Deutschland am Freitag auf Frankreich. „Das wird eine ganz andere Aufgabe“, warnte Lorenz. „Aber heute Abend dürfen wir erst einmal feiern.“"],
  [("Ich habe gar nicht nachgedacht", "Bockelmann", "sagte"),
   ("ich habe einfach geworfen und gehofft.", "Bockelmann", "sagte"),
   ("Wir lagen zur Pause mit vier Toren hinten. Dass die Jungs zurückgekommen sind, zeigt, was in diesem Team steckt.", "Bundestrainer Stefan Lorenz", "freute sich"),
   ("Irgendwann muss man ja mal einen halten.", "Torhüter Andreas Wolke", "meinte"),
   ("absolut verdient", "er", "sagte"),
   ("Das wird eine ganz andere Aufgabe", "Lorenz", "warnte"),
   ("Aber heute Abend dürfen wir erst einmal feiern.", "Lorenz", None)])

# 28 wildfire abroad: an agency quoting a governor, "nach Angaben", "berichtete", a resident to television
A(["In Südeuropa haben heftige Waldbrände tausende Menschen in die Flucht getrieben. Allein auf der Insel Korvos mussten mehr als 6000 Menschen ihre Häuser verlassen.",
   "Der Gouverneur der Region, Nikos Adamidis, sagte nach Angaben der Nachrichtenagentur AFP: „Wir kämpfen an drei Fronten gleichzeitig. Der Wind macht alles unberechenbar.“",
   "Die Feuerwehr setzte zwölf Löschflugzeuge ein, darunter zwei aus Italien. Ein Feuerwehrsprecher berichtete im Fernsehen von „apokalyptischen Szenen“ in den Dörfern am Berghang.",
   "Eine Bewohnerin des Dorfes Agia Marina sagte dem Sender ERT, sie habe nur ihre Papiere und ihre Katze mitnehmen können. „Alles andere ist verbrannt. Vierzig Jahre Leben, in einer Stunde weg.“",
   "Die Regierung kündigte Entschädigungen an. „Niemand wird allein gelassen“, versprach der Ministerpräsident bei einem Besuch im Krisenstab."],
  [("Wir kämpfen an drei Fronten gleichzeitig. Der Wind macht alles unberechenbar.", "Der Gouverneur der Region, Nikos Adamidis", "sagte"),
   ("apokalyptischen Szenen", "Ein Feuerwehrsprecher", "berichtete"),
   ("Alles andere ist verbrannt. Vierzig Jahre Leben, in einer Stunde weg.", "Eine Bewohnerin des Dorfes Agia Marina", "sagte"),
   ("Niemand wird allein gelassen", "der Ministerpräsident", "versprach")])

# 29 obituary: a family statement, colleagues, a quotation from an old interview (held out: written
# after the rules that articles 1-28 prompted, before running the stage on them)
A(["Der Dirigent Walter Hennig ist tot. Er starb am Freitag im Alter von 91 Jahren in Leipzig, wie seine Familie am Samstag mitteilte.",
   "„Er ist friedlich eingeschlafen, mit Musik im Zimmer, so wie er es sich gewünscht hat“, hieß es in der Erklärung der Familie.",
   "Hennig leitete fast drei Jahrzehnte lang das Gewandhausorchester. Dessen heutiger Chefdirigent, der Finne Aki Laine, nannte ihn „einen Lehrer für uns alle“.",
   "In einem Interview zu seinem 90. Geburtstag hatte Hennig gesagt, er habe nie an den Ruhestand gedacht. „Solange ich eine Partitur lesen kann, bin ich nicht alt.“",
   "Die Kulturstaatsministerin würdigte Hennig als „Botschafter der deutschen Musik“. Viele Musiker, die unter ihm gespielt haben, erinnerten sich in sozialen Netzwerken an ihn. Die Geigerin Clara Wendt schrieb: „Er hat nie geschrien. Ein Blick von ihm hat gereicht.“"],
  [("Er ist friedlich eingeschlafen, mit Musik im Zimmer, so wie er es sich gewünscht hat", "der Erklärung der Familie", "hieß es in"),
   ("einen Lehrer für uns alle", "Dessen heutiger Chefdirigent, der Finne Aki Laine", "nannte"),
   ("Solange ich eine Partitur lesen kann, bin ich nicht alt.", "Hennig", "gesagt"),
   ("Botschafter der deutschen Musik", "Die Kulturstaatsministerin", "würdigte"),
   ("Er hat nie geschrien. Ein Blick von ihm hat gereicht.", "Die Geigerin Clara Wendt", "schrieb")])

# 30 economy: figures, an institute, a bank economist with apposition, "X zufolge", a union
A(["Die Inflation in Deutschland ist im Oktober auf 1,9 Prozent gesunken. Das teilte das Statistische Bundesamt am Donnerstag in Wiesbaden mit.",
   "Dem Amt zufolge sanken vor allem die Preise für Energie. Lebensmittel verteuerten sich dagegen um 2,4 Prozent.",
   "Der Chefvolkswirt der Hansabank, Dr. Peter Ollendorf, sprach von einer „erfreulichen Entwicklung“. „Die Phase hoher Inflation liegt hinter uns. Jetzt hat die Zentralbank Spielraum für weitere Zinssenkungen.“",
   "Das Institut für Wirtschaftsforschung in Halle, das die Entwicklung seit Jahren beobachtet, warnte dagegen vor zu großer Zuversicht. Die Preise für Dienstleistungen stiegen weiter „deutlich zu schnell“, sagte Institutsleiterin Karin Mahler.",
   "Die Gewerkschaften sehen ihre Forderungen bestätigt. „Die Beschäftigten haben jahrelang Reallohnverluste hingenommen. Jetzt ist die Zeit für kräftige Lohnerhöhungen“, erklärte ein Sprecher des Gewerkschaftsbundes."],
  [("erfreulichen Entwicklung", "Der Chefvolkswirt der Hansabank, Dr. Peter Ollendorf", "sprach von"),
   ("Die Phase hoher Inflation liegt hinter uns. Jetzt hat die Zentralbank Spielraum für weitere Zinssenkungen.", "Der Chefvolkswirt der Hansabank, Dr. Peter Ollendorf", None),
   ("deutlich zu schnell", "Institutsleiterin Karin Mahler", "sagte"),
   ("Die Beschäftigten haben jahrelang Reallohnverluste hingenommen. Jetzt ist die Zeit für kräftige Lohnerhöhungen", "ein Sprecher des Gewerkschaftsbundes", "erklärte")])

# 31 ski race: an athlete named by nationality and age, a coach after a prepositional phrase
A(["Der Österreicher Lukas Brandner hat die Abfahrt von Kitzbühel gewonnen. Der 27-Jährige siegte mit sieben Hundertstelsekunden Vorsprung vor dem Schweizer Nils Caduff.",
   "„Auf dieser Strecke zu gewinnen, davon träumt jeder Abfahrer. Ich kann es noch gar nicht fassen“, sagte Brandner im Ziel.",
   "Caduff haderte mit einem Fehler im Mittelteil. „Da habe ich das Rennen verloren“, sagte der Schweizer. „Aber Zweiter in Kitzbühel ist auch nicht schlecht.“",
   "Wie Brandners Trainer, Christian Moser, nach dem Rennen sagte, habe sein Athlet im Sommer „wie ein Besessener“ trainiert.",
   "Bester Deutscher wurde Felix Aigner auf Rang neun. Er sprach von einem „ordentlichen Ergebnis“, mit dem er leben könne."],
  [("Auf dieser Strecke zu gewinnen, davon träumt jeder Abfahrer. Ich kann es noch gar nicht fassen", "Brandner", "sagte"),
   ("Da habe ich das Rennen verloren", "der Schweizer", "sagte"),
   ("Aber Zweiter in Kitzbühel ist auch nicht schlecht.", "der Schweizer", None),
   ("wie ein Besessener", "Brandners Trainer, Christian Moser", "sagte"),
   ("ordentlichen Ergebnis", "Er", "sprach von")])

# 32 study on sleep: a study document, researchers, an outside expert via a newspaper
A(["Wer regelmäßig weniger als sechs Stunden schläft, hat ein deutlich höheres Risiko für Herzkrankheiten. Das ist das Ergebnis einer Langzeitstudie der Universität Marburg mit mehr als 40.000 Teilnehmern.",
   "In der Studie heißt es: „Der Zusammenhang bleibt auch dann bestehen, wenn Alter, Gewicht und Rauchen berücksichtigt werden.“",
   "Studienleiter Prof. Jens Albrecht rät zu festen Schlafenszeiten. „Der Körper liebt Routinen. Wer jeden Abend zur gleichen Zeit ins Bett geht, schläft besser und länger.“",
   "Die Schlafforscherin Eva Kranz, die nicht an der Studie beteiligt war, sagte der „Frankfurter Rundschau“, die Ergebnisse seien „plausibel, aber keine Überraschung“. Ähnliche Befunde gebe es seit Jahren."],
  [("Der Zusammenhang bleibt auch dann bestehen, wenn Alter, Gewicht und Rauchen berücksichtigt werden.", "der Studie", "heißt es"),
   ("Der Körper liebt Routinen. Wer jeden Abend zur gleichen Zeit ins Bett geht, schläft besser und länger.", "Studienleiter Prof. Jens Albrecht", "rät"),
   ("plausibel, aber keine Überraschung", "Die Schlafforscherin Eva Kranz", "sagte")])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
