#!/usr/bin/env python3
"""Fourth part of the German quotes check set: whole fictional news articles (WikiNews register).

The earlier parts are mostly single paragraphs. Real articles are long and have several speakers:
a speaker introduced paragraphs before the quotation, quotations with no cue in their own
sentence, interviews with name prefixes, lists of statements, quotations in the first line,
reported speech in the Konjunktiv followed by a quotation, a colon ending a paragraph with the
quotation in the next, and documents or statements as the source ("in der Erklärung heißt es").

Annotated before running the stage on them (articles 1-44 first; 45-54, 55-62, 63-70 and 71-75 after
the rules they prompted were written, as held-out checks). Convention: the speaker as written closest to the
quotation (a pronoun stays a pronoun); a quotation with no attribution of its own gets the most
recent speaker of a quotation, or the person the paragraph is about, as a reader would say.
Corrected after a count of the dev suite's speaker conventions (tools/quotes/speaker_conventions.py):
a bare impersonal "hieß es" with no source phrase in its own clause gives no speaker, so "Auf
Anfrage hieß es nur: „…“" after "Die Baufirma äußerte sich zunächst nicht." has none now.

Each article is a list of paragraphs (joined by blank lines) and its quotes as (text between the
marks, speaker as written, cue); they become the records check-de/190… (see checkset.py).

  python3 tools/quotes/check_set_de_part4.py
"""
from checkset import write_part

OPEN = "„»“\""
CLOSE = "“«”\""
FIRST = 190

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 speaker introduced first, later paragraphs quote without cue
A(["Die Stadt Lindenau will ihr Hallenbad Ende des Jahres schließen. Der Stadtrat stimmte am Dienstagabend mit knapper Mehrheit für den Vorschlag der Verwaltung.",
   "Kämmerer Bernd Oswald verteidigte die Entscheidung. Die Sanierung würde nach einem Gutachten rund neun Millionen Euro kosten, sagte er. „Das Geld haben wir schlicht nicht.“",
   "„Wir haben jede Alternative geprüft, vom Förderverein bis zum privaten Betreiber. Keine davon trägt sich.“",
   "Die Schwimmvereine reagierten enttäuscht. Die Vorsitzende des TSV Lindenau, Martina Hesse, sprach von einem „schwarzen Tag für den Sport“. Ohne Hallenbad müssten die Kinder künftig nach Bergheim fahren.",
   "„Viele Eltern können das nicht leisten. Dann lernen die Kinder eben nicht mehr schwimmen“, sagte Hesse.",
   "Der Förderverein kündigte an, Unterschriften für ein Bürgerbegehren zu sammeln."],
  [("Das Geld haben wir schlicht nicht.", "er", "sagte"),
   ("Wir haben jede Alternative geprüft, vom Förderverein bis zum privaten Betreiber. Keine davon trägt sich.", "er", None),
   ("schwarzen Tag für den Sport", "Die Vorsitzende des TSV Lindenau, Martina Hesse", "sprach von"),
   ("Viele Eltern können das nicht leisten. Dann lernen die Kinder eben nicht mehr schwimmen", "Hesse", "sagte")])

# 2 quote in the first line
A(["„Wir sind am Ende unserer Kräfte“: Pflegekräfte in Rheinfeld streiken",
   "Rund 600 Pflegekräfte der Kliniken Rheinfeld haben am Montag die Arbeit niedergelegt. Sie fordern mehr Personal und eine bessere Bezahlung.",
   "„Wir sind am Ende unserer Kräfte, und das seit Jahren“, sagte die Krankenschwester Petra Lang, die seit 22 Jahren auf der Intensivstation arbeitet. „Irgendwann geht es einfach nicht mehr.“",
   "Die Klinikleitung nannte den Streik „unverhältnismäßig“. Geschäftsführer Uwe Brandt erklärte, man sei zu Gesprächen jederzeit bereit. „Aber wir können nur verteilen, was die Kassen uns zahlen.“",
   "Die Gewerkschaft kündigte weitere Warnstreiks an."],
  [("Wir sind am Ende unserer Kräfte", None, None),
   ("Wir sind am Ende unserer Kräfte, und das seit Jahren", "die Krankenschwester Petra Lang", "sagte"),
   ("Irgendwann geht es einfach nicht mehr.", "die Krankenschwester Petra Lang", None),
   ("unverhältnismäßig", "Die Klinikleitung", "nannte"),
   ("Aber wir können nur verteilen, was die Kassen uns zahlen.", "Geschäftsführer Uwe Brandt", "erklärte")])

# 3 colon ends the paragraph, quote in the next
A(["Nach dem Hochwasser im Ahrnetal hat Ministerpräsidentin Doris Keller am Mittwoch die betroffenen Gemeinden besucht. In Altenbrück sprach sie mit Anwohnern und Helfern.",
   "Vor den Trümmern des Gemeindehauses sagte Keller:",
   "„Was ich heute gesehen habe, macht mich fassungslos. Niemand, der hier alles verloren hat, wird mit dem Wiederaufbau allein gelassen.“",
   "Das Land stellt zunächst 50 Millionen Euro als Soforthilfe bereit. Der Bürgermeister von Altenbrück, Heinz Morgen, begrüßte die Zusage, mahnte aber zur Eile:",
   "„Die Leute brauchen das Geld jetzt, nicht in einem halben Jahr.“",
   "Nach Angaben der Behörden sind noch immer 140 Häuser unbewohnbar."],
  [("Was ich heute gesehen habe, macht mich fassungslos. Niemand, der hier alles verloren hat, wird mit dem Wiederaufbau allein gelassen.", "Keller", "sagte"),
   ("Die Leute brauchen das Geld jetzt, nicht in einem halben Jahr.", "Der Bürgermeister von Altenbrück, Heinz Morgen", "mahnte")])

# 4 interview with name prefixes
A(["Der Autor Jakob Reimers hat für seinen Roman „Die stille Küste“ den Hansepreis erhalten. Wikinews sprach mit ihm über das Buch und seine Arbeit.",
   "Wikinews: „Herr Reimers, wie lange haben Sie an dem Roman gearbeitet?“",
   "Reimers: „Fast sieben Jahre. Ich habe dreimal neu angefangen, weil mir die Stimme der Erzählerin nicht gelingen wollte.“",
   "Wikinews: „Das Buch spielt auf einer Hallig. Warum dort?“",
   "Reimers: „Ich bin dort aufgewachsen. Diese Welt verschwindet gerade, und ich wollte sie festhalten, bevor es zu spät ist.“",
   "Wikinews: „Was bedeutet Ihnen der Preis?“",
   "Reimers: „Vor allem Ruhe. Ich kann jetzt ein Jahr schreiben, ohne mir Sorgen um die Miete zu machen.“"],
  [("Herr Reimers, wie lange haben Sie an dem Roman gearbeitet?", "Wikinews", None),
   ("Fast sieben Jahre. Ich habe dreimal neu angefangen, weil mir die Stimme der Erzählerin nicht gelingen wollte.", "Reimers", None),
   ("Das Buch spielt auf einer Hallig. Warum dort?", "Wikinews", None),
   ("Ich bin dort aufgewachsen. Diese Welt verschwindet gerade, und ich wollte sie festhalten, bevor es zu spät ist.", "Reimers", None),
   ("Was bedeutet Ihnen der Preis?", "Wikinews", None),
   ("Vor allem Ruhe. Ich kann jetzt ein Jahr schreiben, ohne mir Sorgen um die Miete zu machen.", "Reimers", None)])

# 5 document as the source
A(["Der Chemiekonzern Vallmann hat am Freitag den Abbau von 1200 Stellen in Deutschland angekündigt. Betroffen sind vor allem die Werke in Kelsdorf und Rhode.",
   "In einer Erklärung des Vorstands heißt es: „Die hohen Energiekosten zwingen uns, unsere Produktion neu aufzustellen. Betriebsbedingte Kündigungen wollen wir so weit wie möglich vermeiden.“",
   "Der Betriebsrat reagierte mit scharfer Kritik. In einem Brief an die Belegschaft schrieb der Betriebsratsvorsitzende Karl Ebert: „Dieser Vorstand hat jedes Vertrauen verspielt.“",
   "„Wir werden um jeden Arbeitsplatz kämpfen“, sagte Ebert am Abend vor dem Werkstor in Kelsdorf. Für Montag ist eine Betriebsversammlung angesetzt.",
   "In dem Papier, das Wikinews vorliegt, ist von einer „Neuausrichtung des Standortportfolios“ die Rede."],
  [("Die hohen Energiekosten zwingen uns, unsere Produktion neu aufzustellen. Betriebsbedingte Kündigungen wollen wir so weit wie möglich vermeiden.", "einer Erklärung des Vorstands", "heißt es"),
   ("Dieser Vorstand hat jedes Vertrauen verspielt.", "der Betriebsratsvorsitzende Karl Ebert", "schrieb"),
   ("Wir werden um jeden Arbeitsplatz kämpfen", "Ebert", "sagte"),
   ("Neuausrichtung des Standortportfolios", "dem Papier", "ist die Rede")])

# 6 Konjunktiv reported speech followed by quotes
A(["Der Verkehrsminister des Landes, Rainer Fuchs, hat den Ausbau der Bahnstrecke zwischen Hollfeld und Marsau zugesagt. Die Strecke sei für die Region „unverzichtbar“, sagte Fuchs am Donnerstag im Landtag.",
   "Fuchs sagte, der Bund habe die Finanzierung zugesichert, die Planungen könnten noch in diesem Jahr beginnen. „Ich rechne mit einem Baubeginn in drei Jahren.“",
   "Die Opposition zweifelt an dem Zeitplan. Der verkehrspolitische Sprecher der Grünen, Tim Albers, sagte, ähnliche Versprechen habe es schon vor zehn Jahren gegeben. „Ich glaube es erst, wenn die Bagger rollen.“",
   "Die Pendlerinitiative begrüßte die Ankündigung."],
  [("unverzichtbar", "Fuchs", "sagte"),
   ("Ich rechne mit einem Baubeginn in drei Jahren.", "Fuchs", "sagte"),
   ("Ich glaube es erst, wenn die Bagger rollen.", "Der verkehrspolitische Sprecher der Grünen, Tim Albers", "sagte")])

# 7 list of statements
A(["Die Entscheidung des Bundesverfassungsgerichts zum Wahlrecht hat in Berlin unterschiedliche Reaktionen ausgelöst.",
   "Bundestagspräsidentin Ilse Marten: „Das Gericht hat Klarheit geschaffen. Das Parlament wird das Urteil zügig umsetzen.“",
   "CDU-Generalsekretär Frank Weiler: „Das ist eine schallende Ohrfeige für die Regierung.“",
   "Grünen-Fraktionschefin Lea Sommer: „Wir haben immer gesagt, dass die Reform verfassungsfest ist. Heute sehen wir uns bestätigt.“",
   "Linken-Chef Otto Krämer nannte das Urteil „einen Sieg für die kleinen Parteien“.",
   "Die Bundesregierung will bis zum Herbst einen neuen Entwurf vorlegen."],
  [("Das Gericht hat Klarheit geschaffen. Das Parlament wird das Urteil zügig umsetzen.", "Bundestagspräsidentin Ilse Marten", None),
   ("Das ist eine schallende Ohrfeige für die Regierung.", "CDU-Generalsekretär Frank Weiler", None),
   ("Wir haben immer gesagt, dass die Reform verfassungsfest ist. Heute sehen wir uns bestätigt.", "Grünen-Fraktionschefin Lea Sommer", None),
   ("einen Sieg für die kleinen Parteien", "Linken-Chef Otto Krämer", "nannte")])

# 8 several speakers alternating, pronouns
A(["Im Streit um die neue Müllverbrennungsanlage in Osterholz haben sich Befürworter und Gegner am Mittwoch erstmals an einen Tisch gesetzt.",
   "Der Geschäftsführer des Entsorgers, Hartmut Blum, warb für das Projekt. „Die Anlage wird die modernste in Europa sein“, sagte er. „Die Grenzwerte unterschreiten wir um ein Vielfaches.“",
   "Die Sprecherin der Bürgerinitiative, Sabine Ortmann, hielt dagegen. „Das haben die Betreiber in Lohfeld auch versprochen, und dann kamen die Störfälle“, sagte sie.",
   "Blum wies das zurück. „Lohfeld ist eine Anlage aus den Achtzigerjahren. Das kann man nicht vergleichen.“",
   "Ortmann blieb skeptisch: „Wir lassen uns nicht mit Prospekten abspeisen.“",
   "Ein weiteres Treffen ist für Juni geplant."],
  [("Die Anlage wird die modernste in Europa sein", "er", "sagte"),
   ("Die Grenzwerte unterschreiten wir um ein Vielfaches.", "er", None),
   ("Das haben die Betreiber in Lohfeld auch versprochen, und dann kamen die Störfälle", "sie", "sagte"),
   ("Lohfeld ist eine Anlage aus den Achtzigerjahren. Das kann man nicht vergleichen.", "Blum", "wies zurück"),
   ("Wir lassen uns nicht mit Prospekten abspeisen.", "Ortmann", None)])

# 9 article opens with a quote, speaker after
A(["„Das ist der schönste Tag meiner Karriere“, sagte die Biathletin Anna Grebe nach ihrem ersten Weltcupsieg am Samstag in Ruhpolding.",
   "Die 24-Jährige setzte sich im Sprint über 7,5 Kilometer vor der Norwegerin Ingrid Solberg durch. Sie blieb als einzige Starterin ohne Fehler am Schießstand.",
   "„Ich habe mich nur auf meine Atmung konzentriert. Als die letzte Scheibe fiel, wusste ich, dass es reichen kann.“",
   "Bundestrainer Markus Feld lobte seine Athletin. „Anna hat sich das über Jahre erarbeitet“, sagte er dem Bayerischen Rundfunk.",
   "Am Sonntag steht die Verfolgung auf dem Programm."],
  [("Das ist der schönste Tag meiner Karriere", "die Biathletin Anna Grebe", "sagte"),
   ("Ich habe mich nur auf meine Atmung konzentriert. Als die letzte Scheibe fiel, wusste ich, dass es reichen kann.", "die Biathletin Anna Grebe", None),
   ("Anna hat sich das über Jahre erarbeitet", "er", "sagte")])

# 10 police statement, non-person source, later named spokesman
A(["Bei einem Brand in einem Mehrfamilienhaus in Kornstadt sind in der Nacht zum Sonntag zwei Menschen ums Leben gekommen. Elf weitere wurden verletzt.",
   "In der Pressemitteilung der Polizei heißt es, das Feuer sei gegen 2.30 Uhr im Treppenhaus ausgebrochen. „Den Bewohnern war dadurch der Fluchtweg abgeschnitten.“",
   "Feuerwehrsprecher Lukas Brenner sagte am Morgen, die Einsatzkräfte hätten zahlreiche Menschen über Drehleitern gerettet. „Ohne die schnelle Alarmierung durch einen Nachbarn wäre es noch schlimmer gekommen.“",
   "Die Kriminalpolizei ermittelt. Brandstiftung könne nicht ausgeschlossen werden, sagte ein Sprecher der Staatsanwaltschaft.",
   "„Wir ermitteln in alle Richtungen“, fügte er hinzu."],
  [("Den Bewohnern war dadurch der Fluchtweg abgeschnitten.", "der Pressemitteilung der Polizei", "heißt es"),
   ("Ohne die schnelle Alarmierung durch einen Nachbarn wäre es noch schlimmer gekommen.", "Feuerwehrsprecher Lukas Brenner", "sagte"),
   ("Wir ermitteln in alle Richtungen", "er", "fügte hinzu")])

# 11 court case, judge and defence
A(["Das Landgericht Wendhausen hat einen 43-jährigen Bauunternehmer wegen Betrugs zu drei Jahren Haft verurteilt. Er hatte Kunden um insgesamt 1,4 Millionen Euro gebracht.",
   "Der Vorsitzende Richter Thomas Riedel sprach in der Urteilsbegründung von einer „bemerkenswerten kriminellen Energie“. Der Angeklagte habe das Vertrauen seiner Kunden gezielt ausgenutzt.",
   "„Viele der Geschädigten haben ihre gesamten Ersparnisse verloren“, sagte Riedel.",
   "Der Verteidiger kündigte Revision an. „Mein Mandant hat nie die Absicht gehabt, jemanden zu schädigen. Er ist selbst Opfer einer Insolvenz geworden“, sagte Rechtsanwalt Kai Lehmann nach der Verhandlung.",
   "Die Staatsanwaltschaft hatte vier Jahre gefordert."],
  [("bemerkenswerten kriminellen Energie", "Der Vorsitzende Richter Thomas Riedel", "sprach von"),
   ("Viele der Geschädigten haben ihre gesamten Ersparnisse verloren", "Riedel", "sagte"),
   ("Mein Mandant hat nie die Absicht gehabt, jemanden zu schädigen. Er ist selbst Opfer einer Insolvenz geworden", "Rechtsanwalt Kai Lehmann", "sagte")])

# 12 scientist, speaker introduced in paragraph before
A(["Forscher der Universität Sellin haben in einem Moor in Vorpommern eine bislang unbekannte Libellenart entdeckt. Das Tier ist kaum zwei Zentimeter groß.",
   "Entdeckt hat die Art die Biologin Karin Weidemann bei einer Bestandsaufnahme im vergangenen Sommer. Sie hielt den Fund zunächst für eine Verwechslung.",
   "„Ich habe die Bestimmung dreimal wiederholt, weil ich es selbst nicht glauben konnte. In Mitteleuropa rechnet eigentlich niemand mehr mit neuen Libellenarten.“",
   "Das Moor steht seit 1998 unter Naturschutz. Der Leiter des Instituts, Professor Arne Holt, sieht in dem Fund eine Bestätigung dafür. „Ohne den Schutz gäbe es dieses Moor und damit auch diese Art nicht mehr.“",
   "Die Ergebnisse erscheinen in der Fachzeitschrift „Odonatologica Nova“."],
  [("Ich habe die Bestimmung dreimal wiederholt, weil ich es selbst nicht glauben konnte. In Mitteleuropa rechnet eigentlich niemand mehr mit neuen Libellenarten.", "die Biologin Karin Weidemann", None),
   ("Ohne den Schutz gäbe es dieses Moor und damit auch diese Art nicht mehr.", "Der Leiter des Instituts, Professor Arne Holt", None)])

# 13 sports: coach and player, colon in the middle and uncued follow-up
A(["Der FC Bergstadt hat das Lokalderby gegen Union Talheim mit 3:1 gewonnen und ist auf den zweiten Tabellenplatz geklettert.",
   "Matchwinner war Stürmer Deniz Aydin mit zwei Toren. „Ich habe lange auf so ein Spiel gewartet“, sagte der 21-Jährige. „Die Fans haben uns heute getragen.“",
   "Talheims Trainer Jürgen Maas haderte mit dem Schiedsrichter. Der Elfmeter vor dem 2:1 sei eine klare Fehlentscheidung gewesen, sagte Maas. „Das hat das Spiel gekippt.“",
   "Bergstadts Trainerin Svenja Roth sah das anders: „Ein Elfmeter kann man geben. Wir waren über neunzig Minuten die bessere Mannschaft.“",
   "Am kommenden Wochenende empfängt Bergstadt den Tabellenführer."],
  [("Ich habe lange auf so ein Spiel gewartet", "der 21-Jährige", "sagte"),
   ("Die Fans haben uns heute getragen.", "der 21-Jährige", None),
   ("Das hat das Spiel gekippt.", "Maas", "sagte"),
   ("Ein Elfmeter kann man geben. Wir waren über neunzig Minuten die bessere Mannschaft.", "Bergstadts Trainerin Svenja Roth", "sah das anders")])

# 14 statement of an organisation, "teilte mit", then named
A(["Die Deutsche Seenotrettung hat im vergangenen Jahr so viele Einsätze gefahren wie nie zuvor. Insgesamt rückten die Besatzungen 2300 Mal aus.",
   "„Die Zahl der Wassersportler hat sich seit der Pandemie fast verdoppelt, viele sind unerfahren“, teilte die Gesellschaft am Montag in Bremen mit.",
   "Vorstand Henning Claasen rief zu mehr Vorsicht auf. „Wer bei Sturm mit dem Kajak hinausfährt, bringt nicht nur sich selbst in Gefahr, sondern auch unsere Leute.“",
   "Die Seenotretter finanzieren sich ausschließlich aus Spenden.",
   "„Darauf sind wir stolz“, sagte Claasen, „aber es macht uns auch verletzlich.“"],
  [("Die Zahl der Wassersportler hat sich seit der Pandemie fast verdoppelt, viele sind unerfahren", "die Gesellschaft", "teilte mit"),
   ("Wer bei Sturm mit dem Kajak hinausfährt, bringt nicht nur sich selbst in Gefahr, sondern auch unsere Leute.", "Vorstand Henning Claasen", "rief auf"),
   ("Darauf sind wir stolz", "Claasen", "sagte"),
   ("aber es macht uns auch verletzlich.", "Claasen", "sagte")])

# 15 international politics, spokesman, "so"
A(["Die Regierung von Valdonien hat den Botschafter des Nachbarlandes Korvia ausgewiesen. Er habe sich in innere Angelegenheiten eingemischt, teilte das Außenministerium in Sarvena mit.",
   "„Wir dulden keine Einmischung von außen“, so Außenminister Pavel Drăgan. Der Botschafter muss das Land binnen 48 Stunden verlassen.",
   "Korvia reagierte umgehend und wies seinerseits den valdonischen Gesandten aus. Ein Regierungssprecher in Korvia nannte die Vorwürfe „absurd und durchsichtig“.",
   "Die Europäische Union rief beide Seiten zur Mäßigung auf. „Wir erwarten, dass der Dialog fortgesetzt wird“, sagte eine Sprecherin der EU-Kommission in Brüssel."],
  [("Wir dulden keine Einmischung von außen", "Außenminister Pavel Drăgan", "so"),
   ("absurd und durchsichtig", "Ein Regierungssprecher in Korvia", "nannte"),
   ("Wir erwarten, dass der Dialog fortgesetzt wird", "eine Sprecherin der EU-Kommission", "sagte")])

# 16 long feature, person as topic of paragraphs
A(["Seit vierzig Jahren repariert Walter Grube in seiner kleinen Werkstatt in Hessling Uhren. Am Freitag schließt er das Geschäft für immer.",
   "Grube hat das Handwerk von seinem Vater gelernt, der die Werkstatt 1951 eröffnete. „Damals kamen die Leute mit jedem Wecker zu uns. Heute wirft man so etwas weg.“",
   "Einen Nachfolger hat er nicht gefunden. Seine Tochter ist Ärztin in Hamburg, sein Sohn Informatiker.",
   "„Ich kann es ihnen nicht verdenken. Reich wird man mit Uhren nicht mehr.“",
   "Die Stammkundin Erna Pohl bedauert das Ende. „Der Herr Grube hat meine Küchenuhr dreimal gerettet“, erzählt sie. „Wo soll ich jetzt hin?“",
   "Seine Werkzeuge will Grube dem Heimatmuseum schenken."],
  [("Damals kamen die Leute mit jedem Wecker zu uns. Heute wirft man so etwas weg.", "Grube", None),
   ("Ich kann es ihnen nicht verdenken. Reich wird man mit Uhren nicht mehr.", "Grube", None),
   ("Der Herr Grube hat meine Küchenuhr dreimal gerettet", "sie", "erzählt"),
   ("Wo soll ich jetzt hin?", "sie", None)])

# 17 press conference, "betonte", "ergänzte", colon
A(["Die Bundesagentur für Arbeit hat am Donnerstag die Arbeitsmarktzahlen für März vorgelegt. Die Zahl der Arbeitslosen sank um 62.000 auf 2,71 Millionen.",
   "Behördenchefin Andrea Nolte sprach von einer „robusten Frühjahrsbelebung“. Sie betonte jedoch: „Die Industrie baut weiter Stellen ab, das sehen wir mit Sorge.“",
   "Vorstandsmitglied Daniel Kurz ergänzte, der Mangel an Fachkräften bleibe das größte Problem. „In der Pflege und im Handwerk könnten wir sofort Zehntausende vermitteln, wenn es die Leute gäbe.“",
   "Die Arbeitgeberverbände forderten schnellere Verfahren bei der Zuwanderung."],
  [("robusten Frühjahrsbelebung", "Behördenchefin Andrea Nolte", "sprach von"),
   ("Die Industrie baut weiter Stellen ab, das sehen wir mit Sorge.", "Sie", "betonte"),
   ("In der Pflege und im Handwerk könnten wir sofort Zehntausende vermitteln, wenn es die Leute gäbe.", "Vorstandsmitglied Daniel Kurz", "ergänzte")])

# 18 witness statements
A(["Auf der Bundesstraße 12 bei Ellerau ist am Sonntagnachmittag ein Reisebus von der Fahrbahn abgekommen. 14 Fahrgäste wurden leicht verletzt.",
   "Ein Augenzeuge, der mit seinem Auto hinter dem Bus fuhr, sagte dem „Ellerauer Kurier“: „Der Bus ist plötzlich nach rechts gezogen, als hätte der Fahrer einen Schwächeanfall.“",
   "Eine Passagierin berichtete, es habe kurz vor dem Unfall einen lauten Knall gegeben. „Wir dachten, ein Reifen ist geplatzt.“",
   "Die Polizei prüft beide Möglichkeiten. Der Fahrer wurde zur Untersuchung in ein Krankenhaus gebracht."],
  [("Der Bus ist plötzlich nach rechts gezogen, als hätte der Fahrer einen Schwächeanfall.", "Ein Augenzeuge", "sagte"),
   ("Wir dachten, ein Reifen ist geplatzt.", "Eine Passagierin", "berichtete")])

# 19 quote-initial paragraphs and cue in the next sentence
A(["Der Pianist Leonid Aschkenas hat sein Konzert in der Philharmonie Selm nach zwanzig Minuten abgebrochen. Grund war ein klingelndes Mobiltelefon im Publikum.",
   "„Ich kann so nicht spielen. Es tut mir leid für alle anderen.“ Mit diesen Worten verließ Aschkenas die Bühne.",
   "Der Intendant der Philharmonie, Georg Lindner, entschuldigte sich am Montag bei den Besuchern. Man werde das Konzert im Mai nachholen, die Karten behielten ihre Gültigkeit.",
   "„Wir werden künftig noch deutlicher auf das Ausschalten der Telefone hinweisen.“",
   "Es ist nicht das erste Mal, dass der Pianist ein Konzert abbricht."],
  [("Ich kann so nicht spielen. Es tut mir leid für alle anderen.", "Aschkenas", "Mit diesen Worten"),
   ("Wir werden künftig noch deutlicher auf das Ausschalten der Telefone hinweisen.", "Der Intendant der Philharmonie, Georg Lindner", None)])

# 20 interview with "Frage/Antwort" via names, and introduction
A(["Die neue Präsidentin des Deutschen Alpenvereins, Ruth Bachmeier, will die Hütten klimafreundlicher machen. Im Gespräch mit Wikinews erklärte sie ihre Pläne.",
   "Wikinews: „Frau Bachmeier, was ist Ihr wichtigstes Vorhaben?“",
   "Bachmeier: „Wir wollen bis 2035 alle Hütten mit erneuerbarer Energie versorgen. Das ist in großer Höhe schwierig, aber machbar.“",
   "Wikinews: „Was kostet das?“",
   "Bachmeier: „Wir rechnen mit rund 80 Millionen Euro. Ohne Fördergeld geht es nicht.“",
   "Der Verein hat bundesweit mehr als 1,5 Millionen Mitglieder."],
  [("Frau Bachmeier, was ist Ihr wichtigstes Vorhaben?", "Wikinews", None),
   ("Wir wollen bis 2035 alle Hütten mit erneuerbarer Energie versorgen. Das ist in großer Höhe schwierig, aber machbar.", "Bachmeier", None),
   ("Was kostet das?", "Wikinews", None),
   ("Wir rechnen mit rund 80 Millionen Euro. Ohne Fördergeld geht es nicht.", "Bachmeier", None)])

# 21 statement read out, "Darin heißt es", letter
A(["Die Bischöfin der Landeskirche, Marianne Stolz, hat sich in einem offenen Brief an die Gemeinden gewandt. Anlass ist der Rückgang der Mitgliederzahlen.",
   "Darin heißt es: „Wir dürfen nicht länger so tun, als könne alles bleiben, wie es war. Wir werden Kirchen aufgeben müssen.“",
   "Der Brief wurde am Sonntag in allen Gottesdiensten verlesen. Viele Gemeindemitglieder reagierten betroffen.",
   "„Das ist ehrlich, aber es tut weh“, sagte der Kirchenvorsteher Hans Peters aus Grünau nach dem Gottesdienst."],
  [("Wir dürfen nicht länger so tun, als könne alles bleiben, wie es war. Wir werden Kirchen aufgeben müssen.", "Darin", "heißt es"),
   ("Das ist ehrlich, aber es tut weh", "der Kirchenvorsteher Hans Peters", "sagte")])

# 22 company results, CEO, analyst
A(["Der Sportartikelhersteller Kerno hat im vergangenen Jahr einen Rekordumsatz von 4,2 Milliarden Euro erzielt. Der Gewinn stieg um 18 Prozent.",
   "Vorstandschef Michael Strobel zeigte sich bei der Vorlage der Bilanz in Herzogenheim zufrieden. „Wir sind in allen Regionen gewachsen, am stärksten in Asien.“",
   "Für das laufende Jahr ist Strobel vorsichtiger. Die Kauflaune der Verbraucher sei gedämpft, sagte er. „Wir planen mit einem Wachstum im niedrigen einstelligen Bereich.“",
   "Analysten hatten mit mehr gerechnet. „Der Ausblick ist enttäuschend“, sagte Claudia Fink von der Bank Hausmann & Co. Die Aktie verlor bis zum Mittag vier Prozent."],
  [("Wir sind in allen Regionen gewachsen, am stärksten in Asien.", "Vorstandschef Michael Strobel", "zeigte sich zufrieden"),
   ("Wir planen mit einem Wachstum im niedrigen einstelligen Bereich.", "er", "sagte"),
   ("Der Ausblick ist enttäuschend", "Claudia Fink", "sagte")])

# 23 "wie X sagte", "sagte X weiter", three speakers
A(["Im Landkreis Ostergau ist die Afrikanische Schweinepest ausgebrochen. Bei einem tot aufgefundenen Wildschwein wurde das Virus nachgewiesen.",
   "Wie Landrätin Heike Brandes am Dienstag mitteilte, wird um den Fundort eine Sperrzone von 15 Kilometern eingerichtet. „Wir müssen jetzt sehr schnell handeln, um eine Ausbreitung zu verhindern.“",
   "Für die Schweinehalter in der Region ist das ein harter Schlag. „Unsere Tiere sind gesund, aber verkaufen können wir sie trotzdem nicht mehr“, sagte Landwirt Heiner Osterkamp aus Wilmsdorf.",
   "Das Landwirtschaftsministerium sagte Unterstützung zu. Ein Sprecher sagte, man prüfe Entschädigungen. „Niemand soll wegen der Seuche seinen Betrieb aufgeben müssen“, sagte er weiter."],
  [("Wir müssen jetzt sehr schnell handeln, um eine Ausbreitung zu verhindern.", "Landrätin Heike Brandes", "mitteilte"),
   ("Unsere Tiere sind gesund, aber verkaufen können wir sie trotzdem nicht mehr", "Landwirt Heiner Osterkamp", "sagte"),
   ("Niemand soll wegen der Seuche seinen Betrieb aufgeben müssen", "er", "sagte")])

# 24 musician obituary, quotes from the dead person (archive) and colleagues
A(["Der Liedermacher Konrad Wiese ist im Alter von 81 Jahren gestorben. Das teilte seine Familie am Mittwoch mit.",
   "Wiese wurde in den Siebzigerjahren mit Protestliedern gegen die Atomkraft bekannt. Sein Lied „Der Wind im Moor“ wurde zur Hymne einer Generation.",
   "Noch im vergangenen Jahr hatte er in einem Interview gesagt: „Ich singe, solange ich eine Stimme habe. Aufhören war nie eine Möglichkeit.“",
   "Seine langjährige Weggefährtin, die Sängerin Ulla Brandt, würdigte ihn als „den ehrlichsten Musiker, den ich kannte“.",
   "„Konrad hat nie für den Beifall gesungen, immer für die Sache“, sagte sie."],
  [("Ich singe, solange ich eine Stimme habe. Aufhören war nie eine Möglichkeit.", "er", "gesagt"),
   ("den ehrlichsten Musiker, den ich kannte", "die Sängerin Ulla Brandt", "würdigte"),
   ("Konrad hat nie für den Beifall gesungen, immer für die Sache", "sie", "sagte")])

# 25 weather service, agency as speaker, person named later
A(["Der Deutsche Wetterdienst hat für Teile Bayerns eine Unwetterwarnung herausgegeben. Erwartet werden Starkregen und Hagel.",
   "„Örtlich können innerhalb einer Stunde bis zu 40 Liter pro Quadratmeter fallen“, warnte der Wetterdienst am Nachmittag.",
   "Meteorologe Stefan Kroll rät, Keller und Tiefgaragen zu meiden. „Das Wasser steigt in solchen Fällen schneller, als man denkt.“",
   "Die Feuerwehren im Landkreis Traunfeld sind in Bereitschaft."],
  [("Örtlich können innerhalb einer Stunde bis zu 40 Liter pro Quadratmeter fallen", "der Wetterdienst", "warnte"),
   ("Das Wasser steigt in solchen Fällen schneller, als man denkt.", "Meteorologe Stefan Kroll", "rät")])

# 26 colon paragraph end, two speakers, second with colon too
A(["Der Gemeinderat von Felsach hat sich gegen eine Fusion mit der Nachbargemeinde Unterbach ausgesprochen. Das Ergebnis der Abstimmung war eindeutig: 14 zu 3 Stimmen.",
   "Bürgermeister Ralf Sieber zeigte sich erleichtert und sagte nach der Sitzung:",
   "„Felsach bleibt selbstständig. Das ist der Wille der Bürger, und den haben wir umgesetzt.“",
   "Der Bürgermeister von Unterbach, Peter Gaus, erklärte dagegen:",
   "„Ich halte das für eine verpasste Chance. Beide Gemeinden werden in zehn Jahren ihre Aufgaben allein nicht mehr schaffen.“"],
  [("Felsach bleibt selbstständig. Das ist der Wille der Bürger, und den haben wir umgesetzt.", "Bürgermeister Ralf Sieber", "sagte"),
   ("Ich halte das für eine verpasste Chance. Beide Gemeinden werden in zehn Jahren ihre Aufgaben allein nicht mehr schaffen.", "Der Bürgermeister von Unterbach, Peter Gaus", "erklärte")])

# 27 space mission, agency, scientist, scare quote of a name
A(["Die europäische Raumsonde „Meridian“ hat nach siebenjähriger Reise den Jupiter erreicht. Das bestätigte die Raumfahrtagentur am Freitag in Darmstadt.",
   "„Das Signal kam exakt zur berechneten Minute“, sagte Missionsleiterin Claire Dubois. Im Kontrollraum brach Jubel aus.",
   "Die Sonde soll in den kommenden drei Jahren die Eismonde des Planeten untersuchen. Besonders interessant ist der Mond Europa, unter dessen Eispanzer ein Ozean vermutet wird.",
   "„Wenn es irgendwo im Sonnensystem Leben gibt, dann dort“, sagte der Planetenforscher Jan Vos von der Universität Leiden. „Wir werden es mit dieser Mission nicht beweisen, aber wir kommen der Frage näher.“"],
  [("Das Signal kam exakt zur berechneten Minute", "Missionsleiterin Claire Dubois", "sagte"),
   ("Wenn es irgendwo im Sonnensystem Leben gibt, dann dort", "der Planetenforscher Jan Vos", "sagte"),
   ("Wir werden es mit dieser Mission nicht beweisen, aber wir kommen der Frage näher.", "der Planetenforscher Jan Vos", None)])

# 28 demonstration: banners, chants, organiser
A(["Mehr als 20.000 Menschen haben am Samstag in Kellstadt gegen den geplanten Ausbau des Flughafens demonstriert. Die Polizei sprach von einem friedlichen Verlauf.",
   "Auf Transparenten war „Keine dritte Startbahn“ zu lesen. Die Demonstranten zogen vom Hauptbahnhof zum Rathaus.",
   "Die Organisatorin Miriam Keil sprach auf der Abschlusskundgebung. „Heute hat die Stadt gezeigt, dass sie diesen Ausbau nicht will.“",
   "Die Flughafengesellschaft hält an ihren Plänen fest. Ein Sprecher sagte am Abend, die Erweiterung sei „wirtschaftlich notwendig“."],
  [("Heute hat die Stadt gezeigt, dass sie diesen Ausbau nicht will.", "Die Organisatorin Miriam Keil", "sprach"),
   ("wirtschaftlich notwendig", "Ein Sprecher", "sagte")])

# 29 debate in parliament, alternating, "rief", "entgegnete"
A(["Im Landtag ist es am Donnerstag zu einem heftigen Schlagabtausch über die Schulpolitik gekommen.",
   "Kultusministerin Nina Falk verteidigte die Abschaffung der Hauptschule. „Wir geben jedem Kind die gleiche Chance, und das ist richtig so.“",
   "Oppositionsführer Jens Hofer entgegnete: „Sie zerschlagen eine Schulform, die funktioniert, ohne zu wissen, was danach kommt.“",
   "„Das ist schlicht falsch“, rief Falk dazwischen.",
   "Hofer warf der Ministerin vor, die Lehrer nicht eingebunden zu haben. „Fragen Sie doch mal an den Schulen nach, wie die Stimmung ist.“",
   "Der Gesetzentwurf soll im Juni verabschiedet werden."],
  [("Wir geben jedem Kind die gleiche Chance, und das ist richtig so.", "Kultusministerin Nina Falk", "verteidigte"),
   ("Sie zerschlagen eine Schulform, die funktioniert, ohne zu wissen, was danach kommt.", "Oppositionsführer Jens Hofer", "entgegnete"),
   ("Das ist schlicht falsch", "Falk", "rief"),
   ("Fragen Sie doch mal an den Schulen nach, wie die Stimmung ist.", "Hofer", "warf vor")])

# 30 study, report as source, author
A(["Jedes dritte Kind in Deutschland bewegt sich zu wenig. Das geht aus einer Studie der Stiftung Kindergesundheit hervor, die am Mittwoch veröffentlicht wurde.",
   "In dem Bericht heißt es: „Der Bewegungsmangel hat sich seit der Pandemie verfestigt und betrifft alle sozialen Schichten.“",
   "Studienleiter Professor Martin Greiner fordert eine tägliche Sportstunde an allen Grundschulen. „Das kostet Geld, aber die Folgekosten von Übergewicht und Haltungsschäden sind viel höher.“",
   "Die Kultusministerkonferenz will sich im Herbst mit der Studie befassen."],
  [("Der Bewegungsmangel hat sich seit der Pandemie verfestigt und betrifft alle sozialen Schichten.", "dem Bericht", "heißt es"),
   ("Das kostet Geld, aber die Folgekosten von Übergewicht und Haltungsschäden sind viel höher.", "Studienleiter Professor Martin Greiner", "fordert")])

# 31 quote split by the attribution, then carried over
A(["Die Bahn hat für das kommende Wochenende umfangreiche Bauarbeiten auf der Strecke zwischen Ahlen und Borkum-Mitte angekündigt. Zahlreiche Regionalzüge fallen aus.",
   "„Wir wissen, dass das für die Fahrgäste ärgerlich ist“, sagte ein Bahnsprecher, „aber die Gleise sind fünfzig Jahre alt und müssen dringend erneuert werden.“",
   "„Die Alternative wären Langsamfahrstellen über Jahre.“",
   "Der Fahrgastverband Pro Schiene kritisierte die kurzfristige Ankündigung. Dessen Vorsitzender Ulf Maier sagte: „Pendler erfahren davon zwei Tage vorher. So gewinnt man keine Kunden.“"],
  [("Wir wissen, dass das für die Fahrgäste ärgerlich ist", "ein Bahnsprecher", "sagte"),
   ("aber die Gleise sind fünfzig Jahre alt und müssen dringend erneuert werden.", "ein Bahnsprecher", "sagte"),
   ("Die Alternative wären Langsamfahrstellen über Jahre.", "ein Bahnsprecher", None),
   ("Pendler erfahren davon zwei Tage vorher. So gewinnt man keine Kunden.", "Dessen Vorsitzender Ulf Maier", "sagte")])

# 32 mixed: scare quotes in text, real quote by pronoun
A(["Die Bundesregierung hat ihr sogenanntes „Wachstumspaket“ vorgestellt. Es umfasst Steuererleichterungen für Unternehmen und schnellere Genehmigungen.",
   "Finanzminister Georg Haller warb im Bundestag für das Paket. Es sei „kein Geschenk an die Wirtschaft“, sagte er, sondern eine Investition in Arbeitsplätze.",
   "„Wer heute nicht investiert, wird morgen keine Steuern mehr zahlen“, fügte Haller hinzu.",
   "Die Gewerkschaften sehen das anders. DGB-Chefin Birgit Lorenz sprach von einem „Umverteilungsprogramm von unten nach oben“."],
  [("kein Geschenk an die Wirtschaft", "er", "sagte"),
   ("Wer heute nicht investiert, wird morgen keine Steuern mehr zahlen", "Haller", "fügte hinzu"),
   ("Umverteilungsprogramm von unten nach oben", "DGB-Chefin Birgit Lorenz", "sprach von")])

# 33 accident, firefighter; quote at start of paragraph with attribution after two sentences
A(["Ein Kran ist am Dienstag auf einer Baustelle in der Innenstadt von Marlach umgestürzt und auf ein leerstehendes Geschäftshaus gefallen. Verletzt wurde niemand.",
   "Der Einsatzleiter der Feuerwehr, Oliver Stenzel, sprach von großem Glück. „Eine halbe Stunde früher wären hier Dutzende Menschen auf dem Gehweg gewesen. Ich mag gar nicht daran denken.“",
   "Die Ursache ist noch unklar. Ein Gutachter soll klären, ob der Wind eine Rolle gespielt hat.",
   "Die Baufirma äußerte sich zunächst nicht. Auf Anfrage hieß es nur: „Wir arbeiten eng mit den Behörden zusammen.“"],
  [("Eine halbe Stunde früher wären hier Dutzende Menschen auf dem Gehweg gewesen. Ich mag gar nicht daran denken.", "Der Einsatzleiter der Feuerwehr, Oliver Stenzel", "sprach von"),
   ("Wir arbeiten eng mit den Behörden zusammen.", None, "hieß es")])

# 34 election night, several politicians, list with colons
A(["Bei der Bürgermeisterwahl in Kastell hat die parteilose Kandidatin Sofia Meier überraschend gewonnen. Sie erhielt 54 Prozent der Stimmen.",
   "„Ich bin überwältigt. Dieses Ergebnis ist ein Auftrag, die Stadt gemeinsam zu verändern“, sagte Meier am Wahlabend vor ihren Unterstützern.",
   "Der unterlegene Amtsinhaber Rolf Hinz gratulierte seiner Nachfolgerin. Er räumte ein: „Wir haben die Stimmung in der Stadt falsch eingeschätzt.“",
   "Die Reaktionen der Parteien:",
   "SPD-Ortsverein: „Wir gratulieren und bieten eine faire Zusammenarbeit an.“",
   "CDU-Fraktion: „Wir werden die neue Bürgermeisterin an ihren Versprechen messen.“",
   "Meier tritt ihr Amt am 1. Juli an."],
  [("Ich bin überwältigt. Dieses Ergebnis ist ein Auftrag, die Stadt gemeinsam zu verändern", "Meier", "sagte"),
   ("Wir haben die Stimmung in der Stadt falsch eingeschätzt.", "Er", "räumte ein"),
   ("Wir gratulieren und bieten eine faire Zusammenarbeit an.", "SPD-Ortsverein", None),
   ("Wir werden die neue Bürgermeisterin an ihren Versprechen messen.", "CDU-Fraktion", None)])

# 35 health, doctor introduced earlier, quote after neutral paragraph
A(["In der Kinderklinik Sankt Annen in Wiesloch ist zum ersten Mal ein Kind mit einer neuen Gentherapie gegen eine seltene Muskelkrankheit behandelt worden.",
   "Behandelt hat den vierjährigen Jungen das Team um die Neurologin Dr. Sabine Arndt. Die Therapie wird einmalig als Infusion verabreicht.",
   "Die Behandlung kostet rund zwei Millionen Euro. Die Krankenkasse hat die Kosten übernommen.",
   "„Wir sehen schon nach wenigen Wochen, dass er seine Arme kräftiger bewegen kann“, sagte Arndt. „Ob er jemals laufen wird, wissen wir aber noch nicht.“",
   "Die Eltern des Jungen wollten sich nicht öffentlich äußern."],
  [("Wir sehen schon nach wenigen Wochen, dass er seine Arme kräftiger bewegen kann", "Arndt", "sagte"),
   ("Ob er jemals laufen wird, wissen wir aber noch nicht.", "Arndt", None)])

# 36 cue "zitiert", newspaper quoting
A(["Der Fußballspieler Marek Novak wechselt nach Informationen der Zeitung „Sportblick“ zum englischen Klub Ashford United. Die Ablöse soll bei 40 Millionen Euro liegen.",
   "Die Zeitung zitiert einen Vertrauten des Spielers mit den Worten: „Marek wollte schon immer in England spielen. Jetzt ist der richtige Zeitpunkt.“",
   "Sein bisheriger Verein wollte den Bericht nicht kommentieren. „Zu Spekulationen äußern wir uns grundsätzlich nicht“, sagte Sportdirektor Hans Buchner."],
  [("Marek wollte schon immer in England spielen. Jetzt ist der richtige Zeitpunkt.", "einen Vertrauten des Spielers", "zitiert"),
   ("Zu Spekulationen äußern wir uns grundsätzlich nicht", "Sportdirektor Hans Buchner", "sagte")])

# 37 cultural: director, actor, critic
A(["Der Film „Das letzte Ufer“ des Regisseurs Tobias Lenz hat beim Festival in Lindau den Hauptpreis gewonnen.",
   "Lenz widmete den Preis den Fischern der Ostsee, über die sein Film erzählt. „Ohne sie gäbe es diesen Film nicht. Sie haben uns ihr Leben gezeigt, ohne etwas zu verlangen.“",
   "Hauptdarstellerin Mira Schott sagte, die Dreharbeiten auf dem Kutter seien die härtesten ihrer Laufbahn gewesen. „Ich war drei Wochen lang seekrank.“",
   "Die Jury lobte den Film als „stilles Meisterwerk“. Er kommt im Herbst in die Kinos."],
  [("Ohne sie gäbe es diesen Film nicht. Sie haben uns ihr Leben gezeigt, ohne etwas zu verlangen.", "Lenz", "widmete"),
   ("Ich war drei Wochen lang seekrank.", "Hauptdarstellerin Mira Schott", "sagte"),
   ("stilles Meisterwerk", "Die Jury", "lobte")])

# 38 strike talks: union and employers, Konjunktiv then quote
A(["Die Tarifverhandlungen im öffentlichen Nahverkehr sind am Freitag ohne Ergebnis abgebrochen worden. Für Montag hat die Gewerkschaft einen ganztägigen Streik angekündigt.",
   "Verhandlungsführer Dieter Schramm sagte, die Arbeitgeber hätten kein verhandlungsfähiges Angebot vorgelegt. „Mit drei Prozent über drei Jahre lassen wir uns nicht abspeisen.“",
   "Die Arbeitgeber wiesen die Darstellung zurück. Ihre Sprecherin Gabriele Moor sagte, das Angebot liege über der Inflationsrate. „Mehr ist bei der Kassenlage der Kommunen nicht drin.“",
   "Fahrgäste müssen sich am Montag auf massive Einschränkungen einstellen."],
  [("Mit drei Prozent über drei Jahre lassen wir uns nicht abspeisen.", "Verhandlungsführer Dieter Schramm", "sagte"),
   ("Mehr ist bei der Kassenlage der Kommunen nicht drin.", "Ihre Sprecherin Gabriele Moor", "sagte")])

# 39 zoo, keeper; speaker as topic of previous paragraph
A(["Im Tierpark Hellental ist ein Elefantenbaby zur Welt gekommen. Das Jungtier wog bei der Geburt rund 110 Kilogramm.",
   "Für Tierpfleger Olaf Brandt ist es bereits die vierte Elefantengeburt. Er hat die Nacht im Stall verbracht, um die Mutter zu beobachten.",
   "„Die Geburt verlief völlig problemlos. Nach zwanzig Minuten stand der Kleine schon auf seinen Beinen.“",
   "Besucher können das Jungtier ab dem kommenden Wochenende sehen. Einen Namen hat es noch nicht.",
   "Zoodirektorin Helga Rüter kündigte einen Namenswettbewerb an: „Wir möchten, dass die Kinder der Region mitentscheiden.“"],
  [("Die Geburt verlief völlig problemlos. Nach zwanzig Minuten stand der Kleine schon auf seinen Beinen.", "Tierpfleger Olaf Brandt", None),
   ("Wir möchten, dass die Kinder der Region mitentscheiden.", "Zoodirektorin Helga Rüter", "kündigte an")])

# 40 tech, ministry statement and expert; »« marks
A(["Ein Hackerangriff hat die Verwaltung des Landkreises Rodenau lahmgelegt. Seit Montag sind Zulassungsstelle und Bürgerbüro geschlossen.",
   "»Wir gehen von einem professionellen Angriff mit Erpressungssoftware aus«, sagte Landrat Ulrich Peek am Mittwoch. Ein Lösegeld werde der Kreis nicht zahlen.",
   "»Damit würden wir nur die nächsten Angriffe finanzieren.«",
   "Der IT-Sicherheitsexperte Timo Graf von der Hochschule Kernbach hält das für richtig. Viele Kommunen seien schlecht geschützt, sagte er. »Die Angreifer wissen das genau.«"],
  [("Wir gehen von einem professionellen Angriff mit Erpressungssoftware aus", "Landrat Ulrich Peek", "sagte"),
   ("Damit würden wir nur die nächsten Angriffe finanzieren.", "Landrat Ulrich Peek", None),
   ("Die Angreifer wissen das genau.", "er", "sagte")])

# 41 long article: storm, several speakers introduced earlier
A(["Das Sturmtief „Helga“ hat in Norddeutschland schwere Schäden angerichtet. Mindestens drei Menschen kamen ums Leben, Zehntausende Haushalte waren zeitweise ohne Strom.",
   "Besonders betroffen war die Küste Schleswig-Holsteins. In Husum wurden Böen von bis zu 150 Kilometern pro Stunde gemessen.",
   "Innenminister Sven Carstens machte sich am Vormittag ein Bild von der Lage. Er dankte den Einsatzkräften, die seit Freitagabend ununterbrochen im Einsatz sind.",
   "„Was die Feuerwehren und das Technische Hilfswerk hier leisten, verdient den größten Respekt.“",
   "Der Bahnverkehr im Norden wurde bis Samstagmittag vollständig eingestellt. Eine Bahnsprecherin sagte, umgestürzte Bäume blockierten an mehr als hundert Stellen die Gleise.",
   "„Wir räumen so schnell wir können, aber die Sicherheit geht vor.“",
   "Auf den Inseln sitzen Hunderte Urlauber fest. Die Fähren nach Amrum und Föhr fahren nicht.",
   "Die Urlauberin Karin Mohr aus Kassel nahm es gelassen. „Wir haben ein Dach über dem Kopf und genug zu essen. Anderen geht es schlechter.“",
   "Der Deutsche Wetterdienst rechnet erst am Sonntag mit einer Beruhigung.",
   "„Die Lage bleibt bis dahin angespannt“, sagte Meteorologin Jana Schütt in Offenbach."],
  [("Was die Feuerwehren und das Technische Hilfswerk hier leisten, verdient den größten Respekt.", "Er", None),
   ("Wir räumen so schnell wir können, aber die Sicherheit geht vor.", "Eine Bahnsprecherin", None),
   ("Wir haben ein Dach über dem Kopf und genug zu essen. Anderen geht es schlechter.", "Die Urlauberin Karin Mohr", "nahm es gelassen"),
   ("Die Lage bleibt bis dahin angespannt", "Meteorologin Jana Schütt", "sagte")])

# 42 long article: scandal, statements and documents
A(["Der Oberbürgermeister von Sandhorst, Erwin Klatt, steht wegen einer Dienstreise nach Südafrika in der Kritik. Die Reise kostete die Stadt rund 38.000 Euro.",
   "Nach Recherchen des „Sandhorster Tageblatts“ nahm Klatt seine Ehefrau mit auf die Reise. Die Kosten für ihren Flug soll die Stadtkasse übernommen haben.",
   "Klatt wies die Vorwürfe am Dienstag zurück. Seine Frau habe ihren Flug selbst bezahlt, sagte er vor dem Stadtrat. „Die Belege liegen der Verwaltung vor, jeder kann sie einsehen.“",
   "Die Opposition im Stadtrat verlangt Aufklärung. Fraktionschef Ludger Beck sagte: „Es geht nicht nur um den Flug. Wir wollen wissen, welchen Nutzen die Reise für Sandhorst hatte.“",
   "In einem Schreiben des Rechnungsprüfungsamtes, das der Zeitung vorliegt, heißt es: „Die Abrechnung weist Unstimmigkeiten auf, die einer Erklärung bedürfen.“",
   "Klatt kündigte an, alle Unterlagen offenzulegen. „Ich habe nichts zu verbergen.“",
   "Die Kommunalaufsicht prüft den Fall.",
   "Ein Sprecher der Behörde sagte, man werde sich „zu gegebener Zeit“ äußern."],
  [("Die Belege liegen der Verwaltung vor, jeder kann sie einsehen.", "er", "sagte"),
   ("Es geht nicht nur um den Flug. Wir wollen wissen, welchen Nutzen die Reise für Sandhorst hatte.", "Fraktionschef Ludger Beck", "sagte"),
   ("Die Abrechnung weist Unstimmigkeiten auf, die einer Erklärung bedürfen.", "einem Schreiben des Rechnungsprüfungsamtes", "heißt es"),
   ("Ich habe nichts zu verbergen.", "Klatt", "kündigte an"),
   ("zu gegebener Zeit", "Ein Sprecher der Behörde", "sagte")])

# 43 long interview with introduction and closing
A(["Die Bergsteigerin Lena Obermaier hat als erste Deutsche alle vierzehn Achttausender ohne künstlichen Sauerstoff bestiegen. Nach ihrer Rückkehr aus Nepal sprach sie mit Wikinews.",
   "Wikinews: „Frau Obermaier, wie fühlt es sich an, am Ziel zu sein?“",
   "Obermaier: „Ehrlich gesagt noch unwirklich. Ich habe zwölf Jahre auf diesen Moment hingearbeitet, und jetzt ist er einfach vorbei.“",
   "Wikinews: „Gab es Momente, in denen Sie aufgeben wollten?“",
   "Obermaier: „Viele. Am Nanga Parbat habe ich eine Freundin verloren. Danach habe ich ein Jahr lang keinen Berg angerührt.“",
   "Wikinews: „Was kommt jetzt?“",
   "Obermaier: „Erst einmal Zeit für meine Familie. Und dann vielleicht die Antarktis.“",
   "Obermaier stammt aus Berchtesgaden und arbeitet als Physiotherapeutin."],
  [("Frau Obermaier, wie fühlt es sich an, am Ziel zu sein?", "Wikinews", None),
   ("Ehrlich gesagt noch unwirklich. Ich habe zwölf Jahre auf diesen Moment hingearbeitet, und jetzt ist er einfach vorbei.", "Obermaier", None),
   ("Gab es Momente, in denen Sie aufgeben wollten?", "Wikinews", None),
   ("Viele. Am Nanga Parbat habe ich eine Freundin verloren. Danach habe ich ein Jahr lang keinen Berg angerührt.", "Obermaier", None),
   ("Was kommt jetzt?", "Wikinews", None),
   ("Erst einmal Zeit für meine Familie. Und dann vielleicht die Antarktis.", "Obermaier", None)])

# 44 long article: summit, reported speech then quotes, several countries
A(["Die Staats- und Regierungschefs der Ostseeanrainer haben sich in Tallinn auf einen gemeinsamen Plan zum Schutz der Ostsee geeinigt.",
   "Gastgeberin Kaja Lepp sprach von einem „historischen Tag für das Meer“. Die Einigung sei nach zähen Verhandlungen zustande gekommen.",
   "Der Plan sieht vor, die Einleitung von Nährstoffen aus der Landwirtschaft bis 2035 zu halbieren. Außerdem sollen alte Munitionsreste vom Meeresgrund geborgen werden.",
   "Bundeskanzler Martin Roloff sagte, Deutschland werde sich mit 200 Millionen Euro an der Bergung beteiligen. „Die Munition rostet, und jedes Jahr, das wir warten, wird die Gefahr größer.“",
   "Kritik kam von Umweltverbänden. Die Ziele seien zu schwach und kämen zu spät, erklärte der Naturschutzbund.",
   "„Die Ostsee erstickt jetzt, nicht 2035“, sagte dessen Meeresexpertin Ulrike Brandt.",
   "Polens Ministerpräsident Adam Wrona verteidigte die Vereinbarung dagegen als Kompromiss. „Unsere Bauern müssen den Weg mitgehen können. Sonst bleibt jeder Plan auf dem Papier.“",
   "Das nächste Treffen ist für 2027 in Danzig geplant."],
  [("historischen Tag für das Meer", "Gastgeberin Kaja Lepp", "sprach von"),
   ("Die Munition rostet, und jedes Jahr, das wir warten, wird die Gefahr größer.", "Bundeskanzler Martin Roloff", "sagte"),
   ("Die Ostsee erstickt jetzt, nicht 2035", "dessen Meeresexpertin Ulrike Brandt", "sagte"),
   ("Unsere Bauern müssen den Weg mitgehen können. Sonst bleibt jeder Plan auf dem Papier.", "Polens Ministerpräsident Adam Wrona", "verteidigte")])


# --- Articles 45 on: written after the rules above were fixed, as a held-out check. ---

# 45 mayor and residents, new speaker named in a sentence with a non-speech verb
A(["In der Gemeinde Moosbrunn ist am Donnerstag die neue Ortsumgehung für den Verkehr freigegeben worden. Nach vier Jahren Bauzeit rollen die Lastwagen nun nicht mehr durch den Ortskern.",
   "Bürgermeisterin Claudia Rehm durchschnitt gemeinsam mit dem Landrat das Band. „Heute ist ein Feiertag für alle, die an der Hauptstraße wohnen.“",
   "Anwohner Gerhard Lechner wohnt seit fünfzig Jahren direkt an der Durchfahrt. Er hat die Eröffnung vom Straßenrand aus verfolgt.",
   "„Endlich kann ich nachts wieder bei offenem Fenster schlafen. Darauf habe ich Jahrzehnte gewartet.“",
   "Die Baukosten lagen mit 31 Millionen Euro rund zehn Prozent über der Planung. Der Landrat verteidigte die Mehrkosten: „Jeder Euro ist hier gut angelegt.“"],
  [("Heute ist ein Feiertag für alle, die an der Hauptstraße wohnen.", "Bürgermeisterin Claudia Rehm", None),
   ("Endlich kann ich nachts wieder bei offenem Fenster schlafen. Darauf habe ich Jahrzehnte gewartet.", "Anwohner Gerhard Lechner", None),
   ("Jeder Euro ist hier gut angelegt.", "Der Landrat", "verteidigte")])

# 46 ministry statement, then a named official, Konjunktiv paragraph between
A(["Das Gesundheitsministerium hat vor gefälschten Medikamenten aus dem Internet gewarnt. In den vergangenen Monaten seien vermehrt Fälschungen von Abnehmspritzen aufgetaucht.",
   "„Wer solche Präparate bei dubiosen Anbietern bestellt, setzt seine Gesundheit aufs Spiel“, heißt es in einer Mitteilung des Ministeriums.",
   "Staatssekretärin Eva Berger sagte am Mittwoch in Berlin, die Behörden arbeiteten eng mit dem Zoll zusammen. Allein im März seien mehr als 4000 Packungen beschlagnahmt worden.",
   "„Das ist nur die Spitze des Eisbergs.“",
   "Apothekerverbände begrüßten die Warnung."],
  [("Wer solche Präparate bei dubiosen Anbietern bestellt, setzt seine Gesundheit aufs Spiel", "einer Mitteilung des Ministeriums", "heißt es in"),
   ("Das ist nur die Spitze des Eisbergs.", "Staatssekretärin Eva Berger", "sagte")])

# 47 Q&A with "Frage"/answer by name, after an introduction with colon
A(["Der Trainer der Handball-Nationalmannschaft, Henrik Olsen, hat vor der Weltmeisterschaft mit Wikinews über die Ziele seiner Mannschaft gesprochen.",
   "Wikinews: „Ist der Titel realistisch?“",
   "Olsen: „Wir gehören zu den sechs, sieben Teams, die es schaffen können. Mehr verspreche ich nicht.“",
   "Wikinews: „Wie schwer wiegt der Ausfall Ihres Kapitäns?“",
   "Olsen: „Sehr schwer. Aber wir haben einen breiten Kader, und die Jungen brennen darauf, sich zu zeigen.“",
   "Das erste Spiel bestreitet Deutschland am Freitag gegen Portugal."],
  [("Ist der Titel realistisch?", "Wikinews", None),
   ("Wir gehören zu den sechs, sieben Teams, die es schaffen können. Mehr verspreche ich nicht.", "Olsen", None),
   ("Wie schwer wiegt der Ausfall Ihres Kapitäns?", "Wikinews", None),
   ("Sehr schwer. Aber wir haben einen breiten Kader, und die Jungen brennen darauf, sich zu zeigen.", "Olsen", None)])

# 48 quote-initial article, attribution in the second paragraph
A(["„Es war ein Wunder, dass niemand gestorben ist.“ So beschreibt der Kapitän der Fähre „Nordlicht“, Sören Petersen, die Havarie vor Sylt.",
   "Das Schiff war am Montagabend bei schwerem Seegang auf eine Sandbank gelaufen. Die 212 Passagiere wurden mit Rettungsbooten an Land gebracht.",
   "„Die Besatzung hat vorbildlich gearbeitet, keiner ist in Panik geraten“, sagte Petersen.",
   "Die Reederei kündigte eine Untersuchung an. Ihr Sprecher Malte Ohlsen schloss einen technischen Defekt nicht aus."],
  [("Es war ein Wunder, dass niemand gestorben ist.", "der Kapitän der Fähre „Nordlicht“, Sören Petersen", "So beschreibt"),
   ("Die Besatzung hat vorbildlich gearbeitet, keiner ist in Panik geraten", "Petersen", "sagte")])

# 49 three speakers, each introduced by a sentence without a cue
A(["Der Streit um die Öffnungszeiten der Stadtbibliothek in Rauenfels geht weiter. Die Stadt will die Bibliothek samstags schließen, um Personalkosten zu sparen.",
   "Kulturdezernent Bernd Hollmann hält das für vertretbar. „Samstags kommen im Schnitt vierzig Besucher. Das rechtfertigt keine drei Stellen.“",
   "Die Leiterin der Bibliothek, Susanne Krieger, sieht das anders. „Samstags kommen die Familien. Wer die Bibliothek an diesem Tag schließt, verliert die Kinder.“",
   "Auch der Elternbeirat der Grundschulen hat sich eingeschaltet. Dessen Vorsitzender Tobias Wendt sammelte in zwei Wochen 3000 Unterschriften.",
   "„Wir werden diese Liste am Donnerstag im Rathaus übergeben.“",
   "Der Stadtrat entscheidet Ende Mai."],
  [("Samstags kommen im Schnitt vierzig Besucher. Das rechtfertigt keine drei Stellen.", "Kulturdezernent Bernd Hollmann", None),
   ("Samstags kommen die Familien. Wer die Bibliothek an diesem Tag schließt, verliert die Kinder.", "Die Leiterin der Bibliothek, Susanne Krieger", None),
   ("Wir werden diese Liste am Donnerstag im Rathaus übergeben.", "Dessen Vorsitzender Tobias Wendt", None)])

# 50 court ruling, judgment text as source, lawyer with pronoun
A(["Das Oberverwaltungsgericht hat das Verbot eines Musikfestivals im Naturschutzgebiet Hallwiesen bestätigt. Die Veranstalter waren mit einem Eilantrag gescheitert.",
   "In der Begründung heißt es, der Schutz brütender Vögel habe Vorrang vor dem Interesse der Veranstalter. „Eine Beeinträchtigung der Brutplätze ist nicht auszuschließen.“",
   "Der Anwalt der Veranstalter, Jörg Ebeling, zeigte sich enttäuscht. „Wir haben ein Gutachten vorgelegt, das genau das Gegenteil belegt“, sagte er. „Das Gericht hat es schlicht ignoriert.“",
   "Ein Umzug auf ein anderes Gelände ist nach Angaben der Veranstalter nicht mehr möglich."],
  [("Eine Beeinträchtigung der Brutplätze ist nicht auszuschließen.", "der Begründung", "heißt es"),
   ("Wir haben ein Gutachten vorgelegt, das genau das Gegenteil belegt", "er", "sagte"),
   ("Das Gericht hat es schlicht ignoriert.", "er", None)])

# 51 press review style list of statements with colons
A(["Nach dem Rücktritt von Parteichef Holger Brenn haben sich führende Mitglieder der Partei geäußert.",
   "Die stellvertretende Vorsitzende Anja Kuhl: „Ich respektiere seine Entscheidung. Jetzt müssen wir zusammenstehen.“",
   "Der Fraktionschef im Landtag, Ralf Jentsch: „Holger Brenn hat die Partei durch schwere Zeiten geführt. Dafür gebührt ihm Dank.“",
   "Der Jugendverband erklärte dagegen: „Der Rücktritt kommt zwei Jahre zu spät.“",
   "Ein Sonderparteitag soll im September einen Nachfolger wählen."],
  [("Ich respektiere seine Entscheidung. Jetzt müssen wir zusammenstehen.", "Die stellvertretende Vorsitzende Anja Kuhl", None),
   ("Holger Brenn hat die Partei durch schwere Zeiten geführt. Dafür gebührt ihm Dank.", "Der Fraktionschef im Landtag, Ralf Jentsch", None),
   ("Der Rücktritt kommt zwei Jahre zu spät.", "Der Jugendverband", "erklärte")])

# 52 science: two researchers, second introduced by "Ihr Kollege"
A(["Ein Forscherteam der Technischen Universität Wallstedt hat einen Akku entwickelt, der in fünf Minuten vollständig geladen werden kann.",
   "„Der Trick liegt in der Struktur der Elektroden“, erklärte die Leiterin des Projekts, Professorin Mei Lin. Diese seien so fein verästelt wie ein Schwamm.",
   "Ihr Kollege Dr. Paul Brückner dämpfte die Erwartungen. Bis zur Serienreife werde es noch Jahre dauern.",
   "„Im Labor funktioniert vieles. Die Frage ist, ob es auch in einer Fabrik funktioniert.“",
   "Die Ergebnisse wurden in der Fachzeitschrift „Energy Materials“ veröffentlicht."],
  [("Der Trick liegt in der Struktur der Elektroden", "die Leiterin des Projekts, Professorin Mei Lin", "erklärte"),
   ("Im Labor funktioniert vieles. Die Frage ist, ob es auch in einer Fabrik funktioniert.", "Ihr Kollege Dr. Paul Brückner", None)])

# 53 sports with » « marks, pronoun after colon
A(["Die Tennisspielerin Julia Franke hat überraschend das Turnier in Stuttgart gewonnen. Im Finale schlug die Qualifikantin die Weltranglistendritte in drei Sätzen.",
   "»Ich kann es noch gar nicht fassen«, sagte Franke nach dem Matchball. Vor einer Woche habe sie noch überlegt, ob sie überhaupt antreten solle.",
   "»Meine Schulter hat seit Wochen wehgetan.«",
   "Ihre Gegnerin gratulierte fair. Sie sagte: »Julia hat heute einfach besser gespielt.«"],
  [("Ich kann es noch gar nicht fassen", "Franke", "sagte"),
   ("Meine Schulter hat seit Wochen wehgetan.", "Franke", None),
   ("Julia hat heute einfach besser gespielt.", "Sie", "sagte")])

# 54 company and union, statement read by a spokeswoman, colon paragraph end
A(["Der Autozulieferer Brandtner will sein Werk in Ostheim bis Ende 2026 schließen. Betroffen sind 850 Beschäftigte.",
   "Eine Unternehmenssprecherin verlas am Morgen vor der Belegschaft eine Erklärung der Geschäftsführung. Darin heißt es:",
   "„Trotz aller Anstrengungen ist eine wirtschaftliche Fortführung des Standorts nicht möglich.“",
   "Die IG Metall reagierte mit Empörung. Bezirksleiter Frank Sauer sprach von einem „Schlag ins Gesicht der Beschäftigten“.",
   "Er kündigte Widerstand an. „Wir werden dieses Werk nicht kampflos aufgeben.“"],
  [("Trotz aller Anstrengungen ist eine wirtschaftliche Fortführung des Standorts nicht möglich.", "Darin", "heißt es"),
   ("Schlag ins Gesicht der Beschäftigten", "Bezirksleiter Frank Sauer", "sprach von"),
   ("Wir werden dieses Werk nicht kampflos aufgeben.", "Er", "kündigte an")])


# --- Articles 55 on: a second held-out batch, written before running the stage on them. ---

# 55 "Dazu X:", "X weiter:", question and answer in a sentence
A(["Die Stadtwerke Halbach erhöhen zum 1. Juli die Wasserpreise um 14 Prozent. Grund seien gestiegene Kosten für Energie und Personal.",
   "Auf die Frage, ob weitere Erhöhungen drohten, antwortete Geschäftsführer Martin Vogel: „Das kann ich für das nächste Jahr nicht ausschließen.“",
   "Dazu der Vorsitzende des Mietervereins, Klaus Rieger: „Für viele Haushalte ist die Grenze erreicht.“",
   "Rieger weiter: „Die Stadt muss als Eigentümerin der Stadtwerke ihrer sozialen Verantwortung gerecht werden.“",
   "Der Stadtrat hatte der Erhöhung im April zugestimmt."],
  [("Das kann ich für das nächste Jahr nicht ausschließen.", "Geschäftsführer Martin Vogel", "antwortete"),
   ("Für viele Haushalte ist die Grenze erreicht.", "der Vorsitzende des Mietervereins, Klaus Rieger", None),
   ("Die Stadt muss als Eigentümerin der Stadtwerke ihrer sozialen Verantwortung gerecht werden.", "Rieger", None)])

# 56 arrest, object person then pronoun with cue; crowd chanting
A(["Die Polizei hat am Mittwoch in Dornbach einen 34-jährigen Mann festgenommen, der mehrere Brände in Scheunen gelegt haben soll.",
   "Bei seiner Festnahme soll der Mann gerufen haben: „Ich war das nicht!“ Die Ermittler halten ihn dennoch für dringend tatverdächtig.",
   "Vor der Polizeiwache versammelten sich am Abend rund hundert Dorfbewohner. Sie riefen „Gerechtigkeit für die Bauern“.",
   "Der Leiter der Kriminalpolizei, Uwe Harms, bat die Bevölkerung um Besonnenheit. „Die Ermittlungen sind noch lange nicht abgeschlossen, und bis zu einem Urteil gilt die Unschuldsvermutung.“"],
  [("Ich war das nicht!", "der Mann", "gerufen"),
   ("Gerechtigkeit für die Bauern", "Sie", "riefen"),
   ("Die Ermittlungen sind noch lange nicht abgeschlossen, und bis zu einem Urteil gilt die Unschuldsvermutung.", "Der Leiter der Kriminalpolizei, Uwe Harms", "bat")])

# 57 report findings with "Wie es in dem Bericht weiter heißt", then a politician
A(["Der Landesrechnungshof hat die Sanierung der Oper in Wellstadt scharf kritisiert. Die Kosten haben sich seit Baubeginn auf 410 Millionen Euro verdreifacht.",
   "Wie es in dem Bericht weiter heißt, habe die Stadt „wesentliche Risiken systematisch unterschätzt“. Die Planung sei von Anfang an lückenhaft gewesen.",
   "Oberbürgermeister Dieter Lange wies die Kritik zurück. Die Mehrkosten gingen vor allem auf Probleme mit dem Baugrund zurück, die niemand habe vorhersehen können.",
   "„Hinterher ist man immer klüger.“",
   "Die Opposition fordert einen Untersuchungsausschuss."],
  [("wesentliche Risiken systematisch unterschätzt", "dem Bericht", "heißt"),
   ("Hinterher ist man immer klüger.", "Oberbürgermeister Dieter Lange", "wies zurück")])

# 58 quote spanning two paragraphs (reopened), then another speaker
A(["Die Schriftstellerin Hanna Reuter hat den Friedenspreis der Stadt Lenzburg erhalten. In ihrer Dankesrede sprach sie über ihre Kindheit im Krieg.",
   "„Ich war sechs Jahre alt, als wir fliehen mussten. Ich erinnere mich an den Geruch von Rauch und an die Stimme meiner Mutter.",
   "„Seitdem weiß ich, dass Frieden nichts Selbstverständliches ist. Man muss jeden Tag für ihn arbeiten.“",
   "Die Laudatio hielt der frühere Bundespräsident Walter Krohn. Er nannte Reuter „eine Stimme, die uns nicht in Ruhe lässt“."],
  [("Ich war sechs Jahre alt, als wir fliehen mussten. Ich erinnere mich an den Geruch von Rauch und an die Stimme meiner Mutter.", "sie", "sprach"),
   ("Seitdem weiß ich, dass Frieden nichts Selbstverständliches ist. Man muss jeden Tag für ihn arbeiten.", "sie", "sprach"),
   ("eine Stimme, die uns nicht in Ruhe lässt", "Er", "nannte")])

# 59 two women, pronoun after a cue-less sentence, several paragraphs
A(["Im Finale des Vorlesewettbewerbs der Grundschulen in Burghausen haben sich zwei Schülerinnen einen Gleichstand geliefert. Die Jury entschied sich schließlich für ein Stechen.",
   "Die neunjährige Lina Özdemir las aus einem Buch über einen sprechenden Fuchs. „Das ist mein Lieblingsbuch, ich kann es fast auswendig“, sagte sie nach ihrem Auftritt.",
   "Ihre Konkurrentin Marie Schubert hatte eine Geschichte über einen Leuchtturmwärter gewählt. Sie gewann das Stechen knapp.",
   "„Ich war so aufgeregt, dass meine Hände gezittert haben.“",
   "Die Organisatorin des Wettbewerbs, Gisela Frommer, war begeistert: „So ein Finale hatten wir in zwanzig Jahren nicht.“"],
  [("Das ist mein Lieblingsbuch, ich kann es fast auswendig", "sie", "sagte"),
   ("Ich war so aufgeregt, dass meine Hände gezittert haben.", "Ihre Konkurrentin Marie Schubert", None),
   ("So ein Finale hatten wir in zwanzig Jahren nicht.", "Die Organisatorin des Wettbewerbs, Gisela Frommer", "war begeistert")])

# 60 government spokesman, Konjunktiv with "so" at the end, quote later
A(["Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr kürzen. Die Nachfrage sei inzwischen auch ohne Zuschüsse hoch genug, so ein Regierungssprecher.",
   "Die Branche ist alarmiert. Der Präsident des Bundesverbands Wärmepumpe, Stefan Albrecht, warnte vor einem Einbruch der Verkaufszahlen.",
   "„Jede Unsicherheit bei der Förderung führt dazu, dass Hausbesitzer abwarten. Das haben wir schon einmal erlebt.“",
   "Verbraucherschützer raten, Anträge noch in diesem Jahr zu stellen."],
  [("Jede Unsicherheit bei der Förderung führt dazu, dass Hausbesitzer abwarten. Das haben wir schon einmal erlebt.", "Der Präsident des Bundesverbands Wärmepumpe, Stefan Albrecht", "warnte")])

# 61 sports: coach quoted, then player named as topic without cue
A(["Der Schwimmer Lukas Hartwig hat bei den deutschen Meisterschaften in Berlin einen Weltrekord über 200 Meter Rücken aufgestellt.",
   "Sein Trainer Andreas Fiedler war sichtlich gerührt. „Wir haben acht Jahre auf diesen Moment hingearbeitet“, sagte er.",
   "Hartwig selbst wirkte nach dem Rennen erschöpft, aber glücklich. Er hatte die bisherige Bestmarke um 21 Hundertstelsekunden unterboten.",
   "„Ab der Hälfte habe ich nur noch Schmerzen gespürt. Dass es für den Weltrekord reicht, habe ich erst an der Anzeigetafel gesehen.“",
   "Die Weltmeisterschaften finden im Juli in Fukuoka statt."],
  [("Wir haben acht Jahre auf diesen Moment hingearbeitet", "er", "sagte"),
   ("Ab der Hälfte habe ich nur noch Schmerzen gespürt. Dass es für den Weltrekord reicht, habe ich erst an der Anzeigetafel gesehen.", "Hartwig", None)])

# 62 statement by an institution on its website, then its president
A(["Das Naturkundemuseum in Felsheim bleibt wegen eines Wasserschadens bis auf Weiteres geschlossen. In der Nacht zum Sonntag war ein Rohr im Dachgeschoss geplatzt.",
   "Auf seiner Internetseite schreibt das Museum: „Die Sammlungen sind nach ersten Erkenntnissen nicht beschädigt worden.“",
   "Museumsdirektorin Birgit Haas zeigte sich dennoch besorgt. In den betroffenen Räumen lagerten Tausende Insektenpräparate.",
   "„Feuchtigkeit ist der größte Feind solcher Sammlungen. Wir müssen jetzt jede einzelne Schublade prüfen.“"],
  [("Die Sammlungen sind nach ersten Erkenntnissen nicht beschädigt worden.", "das Museum", "schreibt"),
   ("Feuchtigkeit ist der größte Feind solcher Sammlungen. Wir müssen jetzt jede einzelne Schublade prüfen.", "Museumsdirektorin Birgit Haas", "zeigte sich")])


# --- Articles 63 on: a third held-out batch, written before running the stage on them. ---

# 63 agency reports, "unter Berufung auf", "wie die Agentur meldete"
A(["Bei einem Erdbeben der Stärke 6,1 im Osten der Türkei sind nach offiziellen Angaben mindestens acht Menschen ums Leben gekommen.",
   "Wie die Nachrichtenagentur Anadolu meldete, stürzten in der Provinz Malatya mehrere ältere Gebäude ein. Rettungskräfte suchen in den Trümmern nach Verschütteten.",
   "Der Gouverneur der Provinz sagte im Fernsehen, man rechne mit weiteren Opfern. „Die Nacht wird schwer.“",
   "Die Zeitung „Hürriyet“ berichtete unter Berufung auf Augenzeugen, die Erschütterungen seien bis nach Ankara zu spüren gewesen. „Die Lampen haben minutenlang geschwankt“, zitierte das Blatt eine Anwohnerin."],
  [("Die Nacht wird schwer.", "Der Gouverneur der Provinz", "sagte"),
   ("Die Lampen haben minutenlang geschwankt", "eine Anwohnerin", "zitierte")])

# 64 party in parentheses, age noun as speaker, pronoun with two names before
A(["Im Bundestag ist der Gesetzentwurf zur Reform der Pflegeversicherung in erster Lesung beraten worden.",
   "Gesundheitsministerin Petra Voss (SPD) warb für die Reform. „Niemand soll wegen der Pflege seiner Eltern in Armut geraten“, sagte die 56-Jährige.",
   "Der gesundheitspolitische Sprecher der Union, Markus Eder (CSU), warf der Ministerin vor, die Finanzierung offenzulassen. „Das ist ein Scheck ohne Deckung“, sagte er.",
   "Voss entgegnete, die Finanzierung sei mit dem Finanzministerium abgestimmt. „Wir legen die Zahlen im Ausschuss vollständig offen.“"],
  [("Niemand soll wegen der Pflege seiner Eltern in Armut geraten", "die 56-Jährige", "sagte"),
   ("Das ist ein Scheck ohne Deckung", "er", "sagte"),
   ("Wir legen die Zahlen im Ausschuss vollständig offen.", "Voss", "entgegnete")])

# 65 social media post, translation in parentheses
A(["Der brasilianische Fußballstar Rafael Moura hat seinen Rücktritt aus der Nationalmannschaft erklärt.",
   "Auf Instagram schrieb der 33-Jährige: „Es war die größte Ehre meines Lebens, dieses Trikot zu tragen.“",
   "Der Nationaltrainer bedauerte die Entscheidung. Moura sei „ein Vorbild für eine ganze Generation“ gewesen, sagte er der Zeitung „O Globo“.",
   "Moura will seine Karriere bei seinem Verein in Lissabon noch mindestens zwei Jahre fortsetzen."],
  [("Es war die größte Ehre meines Lebens, dieses Trikot zu tragen.", "der 33-Jährige", "schrieb"),
   ("ein Vorbild für eine ganze Generation", "er", "sagte")])

# 66 several sentences of reported speech, then a quotation; then a reaction
A(["Der Vorstandschef der Fluggesellschaft Aerolux, Thomas Kern, hat einen harten Sparkurs angekündigt.",
   "Kern sagte am Dienstag in Frankfurt, die Gesellschaft müsse ihre Kosten bis 2027 um 800 Millionen Euro senken. Dazu würden Strecken gestrichen und ältere Flugzeuge früher ausgemustert. Ein Stellenabbau sei nicht ausgeschlossen.",
   "„Wir fliegen seit Jahren Verluste ein. So kann es nicht weitergehen.“",
   "Die Pilotengewerkschaft reagierte gelassen. Man werde die Pläne „genau prüfen“, sagte ein Sprecher."],
  [("Wir fliegen seit Jahren Verluste ein. So kann es nicht weitergehen.", "Kern", "sagte"),
   ("genau prüfen", "ein Sprecher", "sagte")])

# 67 quotation followed by its speaker in the next paragraph's first sentence? (no: attributed in same) + object person
A(["Die Polizei in Lengfurt hat einen vermissten 82-jährigen Mann nach drei Tagen lebend in einem Waldstück gefunden.",
   "Ein Spaziergänger hatte den Mann am Sonntagmorgen entdeckt und die Rettungskräfte alarmiert. „Er lag unter einer Fichte und hat mich angelächelt“, sagte der Finder, ein 45-jähriger Förster.",
   "Der Senior war unterkühlt, aber ansprechbar. Seine Tochter dankte allen Helfern. „Wir hatten die Hoffnung schon fast aufgegeben.“"],
  [("Er lag unter einer Fichte und hat mich angelächelt", "der Finder, ein 45-jähriger Förster", "sagte"),
   ("Wir hatten die Hoffnung schon fast aufgegeben.", "Seine Tochter", "dankte")])

# 68 "gegenüber der Zeitung", "so X weiter", two quotes by different people in one paragraph
A(["Die Universität Kornstadt will ab dem Wintersemester Studiengebühren für Studierende aus Nicht-EU-Staaten erheben.",
   "„Wir brauchen das Geld, um die Qualität der Lehre zu halten“, sagte Rektorin Ulrike Baum gegenüber dem „Kornstädter Boten“. Die Gebühren sollen 1500 Euro pro Semester betragen.",
   "Der Allgemeine Studierendenausschuss kündigte Proteste an. „Bildung darf keine Frage der Herkunft sein“, erklärte dessen Sprecherin Amira Haddad. „Die Universität schadet ihrem eigenen Ruf“, so Haddad weiter."],
  [("Wir brauchen das Geld, um die Qualität der Lehre zu halten", "Rektorin Ulrike Baum", "sagte"),
   ("Bildung darf keine Frage der Herkunft sein", "dessen Sprecherin Amira Haddad", "erklärte"),
   ("Die Universität schadet ihrem eigenen Ruf", "Haddad", "so")])

# 69 interview with questions in plain text and answers by a prefix with a dash
A(["Die Klimaforscherin Dr. Johanna Peters leitet seit einem Jahr das Alfred-Institut in Bremerhaven. Wikinews hat sie zu den Ergebnissen der letzten Expedition befragt.",
   "Wikinews: „Was haben Sie in der Arktis gefunden?“",
   "Peters: „Das Meereis war so dünn wie noch nie zu dieser Jahreszeit. Unsere Messungen bestätigen den Trend der letzten zwanzig Jahre.“",
   "Wikinews: „Ist der Trend noch umkehrbar?“",
   "Peters: „Aufhalten können wir ihn nur, wenn wir die Emissionen schnell senken. Das ist keine wissenschaftliche Frage mehr, sondern eine politische.“"],
  [("Was haben Sie in der Arktis gefunden?", "Wikinews", None),
   ("Das Meereis war so dünn wie noch nie zu dieser Jahreszeit. Unsere Messungen bestätigen den Trend der letzten zwanzig Jahre.", "Peters", None),
   ("Ist der Trend noch umkehrbar?", "Wikinews", None),
   ("Aufhalten können wir ihn nur, wenn wir die Emissionen schnell senken. Das ist keine wissenschaftliche Frage mehr, sondern eine politische.", "Peters", None)])

# 70 title quote with speaker in the same headline, quote later repeated
A(["Bürgermeister Kraus: „Die Brücke wird im Herbst fertig“",
   "Die seit zwei Jahren gesperrte Rheinbrücke in Altwied soll im Oktober wieder für den Verkehr freigegeben werden. Das kündigte Bürgermeister Dieter Kraus am Montag an.",
   "„Die schlimmste Zeit für Pendler und Geschäftsleute ist bald vorbei“, sagte Kraus bei einem Ortstermin. Die Kosten liegen bei 23 Millionen Euro.",
   "Die Händler in der Innenstadt sind erleichtert. Viele hatten während der Sperrung über Umsatzeinbußen geklagt."],
  [("Die Brücke wird im Herbst fertig", "Bürgermeister Kraus", None),
   ("Die schlimmste Zeit für Pendler und Geschäftsleute ist bald vorbei", "Kraus", "sagte")])


# --- Articles 71 on: a fourth held-out batch, written before running the stage on them. ---

# 71 statements as a dashed list
A(["Die Einigung im Tarifstreit der Metallindustrie ist auf ein geteiltes Echo gestoßen. Die wichtigsten Reaktionen:",
   "– IG-Metall-Chef Jörg Hofmann: „Das ist ein guter Abschluss, der die Reallöhne sichert.“",
   "– Arbeitgeberpräsident Stefan Wolf: „Wir sind an die Grenze des Machbaren gegangen.“",
   "– Wirtschaftsminister Klaus Albrecht: „Beide Seiten haben Verantwortung bewiesen.“",
   "Der Abschluss gilt zunächst für Baden-Württemberg und soll von den anderen Bezirken übernommen werden."],
  [("Das ist ein guter Abschluss, der die Reallöhne sichert.", "IG-Metall-Chef Jörg Hofmann", None),
   ("Wir sind an die Grenze des Machbaren gegangen.", "Arbeitgeberpräsident Stefan Wolf", None),
   ("Beide Seiten haben Verantwortung bewiesen.", "Wirtschaftsminister Klaus Albrecht", None)])

# 72 relative clause after the speaker, long apposition
A(["Der Zoll hat am Hamburger Hafen 1,2 Tonnen Kokain sichergestellt. Es ist einer der größten Funde des Jahres.",
   "„Die Ware war in Bananenkisten versteckt und hätte auf der Straße einen Wert von rund 90 Millionen Euro gehabt“, sagte Zollsprecher Rainer Lück, der den Fund am Freitag vorstellte.",
   "Die Ermittler gehen von einer international agierenden Bande aus. Festnahmen gab es bislang nicht.",
   "„Wir stehen noch ganz am Anfang“, sagte Oberstaatsanwältin Carola Meisner, die die Ermittlungen leitet."],
  [("Die Ware war in Bananenkisten versteckt und hätte auf der Straße einen Wert von rund 90 Millionen Euro gehabt", "Zollsprecher Rainer Lück", "sagte"),
   ("Wir stehen noch ganz am Anfang", "Oberstaatsanwältin Carola Meisner", "sagte")])

# 73 quotation inside reported speech, then a pronoun speaker in the next paragraph
A(["Die Bundesbank hat ihre Wachstumsprognose für das laufende Jahr gesenkt. Die Wirtschaft werde nur noch um 0,3 Prozent wachsen.",
   "Bundesbankpräsident Joachim Stahl sagte, die Konjunktur befinde sich in einer „zähen Schwächephase“. Eine Rezession erwarte er aber nicht.",
   "Er mahnte zugleich Reformen an. „Die Probleme sind hausgemacht: zu viel Bürokratie, zu hohe Energiepreise, zu wenig Fachkräfte.“",
   "Ökonomen teilen die Einschätzung weitgehend."],
  [("zähen Schwächephase", "Bundesbankpräsident Joachim Stahl", "sagte"),
   ("Die Probleme sind hausgemacht: zu viel Bürokratie, zu hohe Energiepreise, zu wenig Fachkräfte.", "Er", "mahnte an")])

# 74 opening paragraph-only quote, speaker in the next paragraph (cataphoric), then continued
A(["„Ich habe dieses Haus mit meinen eigenen Händen gebaut, und jetzt nimmt es mir der Fluss.“",
   "Mit diesen Worten beschreibt der Rentner Helmut Saathoff aus Neuwerder seine Lage. Sein Haus steht nur noch wenige Meter von der Abbruchkante entfernt.",
   "Die Behörden haben das Gebiet gesperrt. Der Landkreis bietet den Bewohnern Ersatzwohnungen an.",
   "„Ich gehe hier erst weg, wenn das Wasser an der Tür steht“, sagt Saathoff."],
  [("Ich habe dieses Haus mit meinen eigenen Händen gebaut, und jetzt nimmt es mir der Fluss.", "der Rentner Helmut Saathoff", "Mit diesen Worten beschreibt"),
   ("Ich gehe hier erst weg, wenn das Wasser an der Tür steht", "Saathoff", "sagt")])

# 75 two quotes in a row by the same speaker across a neutral sentence
A(["Die Astronautin Sarah Keller ist nach sechs Monaten auf der Internationalen Raumstation zur Erde zurückgekehrt. Die Kapsel landete am Morgen in der kasachischen Steppe.",
   "„Die Schwerkraft ist brutal“, sagte Keller kurz nach der Landung lachend. Sie musste von Helfern aus der Kapsel gehoben werden.",
   "„Aber ich würde sofort wieder fliegen.“",
   "Während ihrer Mission hat Keller mehr als 200 Experimente betreut."],
  [("Die Schwerkraft ist brutal", "Keller", "sagte"),
   ("Aber ich würde sofort wieder fliegen.", "Keller", None)])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
