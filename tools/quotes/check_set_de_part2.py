#!/usr/bin/env python3
"""Second part of the German quotes check set (fictional paragraphs, WikiNews register).

Each entry gives the paragraph and its quotes as (text between the marks, speaker as written, cue).
The script finds each quote (the n-th unused occurrence between quotation marks), checks the marks
and the speaker string, and rewrites Tests/NLPHostTests/Fixtures/quotes_de_check.jsonl: the
records check-de/01..25 are kept as they are, the ones below are appended as check-de/26...

  python3 tools/quotes/check_set_de_part2.py
"""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = os.path.join(ROOT, "Tests/NLPHostTests/Fixtures/quotes_de_check.jsonl")
OPEN = "„»“"
CLOSE = "“«”"

P = [
("Die Gemeinde Halvering hat den Bau eines Windparks gestoppt. „Wir haben die Sorgen der Anwohner ernst genommen“, sagte Bürgermeister Tobias Renner am Mittwoch, „und wir werden gemeinsam einen neuen Standort suchen.“ Die Betreiberfirma kündigte Widerspruch an.",
 [("Wir haben die Sorgen der Anwohner ernst genommen", "Bürgermeister Tobias Renner", "sagte"),
  ("und wir werden gemeinsam einen neuen Standort suchen.", "Bürgermeister Tobias Renner", "sagte")]),
("Bundesinnenministerin Anna Beck hat schärfere Kontrollen an den Grenzen angekündigt. „Wir werden nicht zulassen, dass Schleuser weiter Geld mit der Not der Menschen verdienen. Die Kontrollen beginnen am ersten Juli“, sagte Beck am Donnerstag in Berlin. Die Opposition sprach von einem „Wahlkampfmanöver“.",
 [("Wir werden nicht zulassen, dass Schleuser weiter Geld mit der Not der Menschen verdienen. Die Kontrollen beginnen am ersten Juli", "Beck", "sagte"),
  ("Wahlkampfmanöver", "Die Opposition", "sprach von")]),
("Der Sprecher des Verbandes, Jens Kohl, kritisierte die Pläne der Landesregierung. „Das ist eine Politik gegen den Mittelstand“, sagte er. „Viele Betriebe werden die neuen Abgaben nicht stemmen können.“",
 [("Das ist eine Politik gegen den Mittelstand", "er", "sagte"),
  ("Viele Betriebe werden die neuen Abgaben nicht stemmen können.", "er", None)]),
("Auf der Autobahn 7 bei Dornstedt ist am Freitagmorgen ein Lastwagen umgekippt. Die Polizei teilte mit, der Fahrer sei leicht verletzt worden. „Die Bergung wird sich bis in den Nachmittag hinziehen“, hieß es in einer Mitteilung der Autobahnpolizei. Autofahrer sollten den Bereich weiträumig umfahren.",
 [("Die Bergung wird sich bis in den Nachmittag hinziehen", "einer Mitteilung der Autobahnpolizei", "hieß es in")]),
("Die Reederei Nordwind hat 400 Stellen gestrichen. In einer Erklärung des Unternehmens hieß es: „Die Lage auf dem Frachtmarkt lässt uns keine andere Wahl. Wir bedauern diesen Schritt zutiefst.“ Die Gewerkschaft kündigte Proteste an.",
 [("Die Lage auf dem Frachtmarkt lässt uns keine andere Wahl. Wir bedauern diesen Schritt zutiefst.", "einer Erklärung des Unternehmens", "hieß es")]),
("Laut einem Bericht der „Wernauer Rundschau“ soll der Intendant des Stadttheaters, Ludger van der Berg, seinen Rücktritt angeboten haben. Van der Berg selbst wollte sich nicht äußern. Sein Anwalt sagte lediglich: „Mein Mandant wird die Vorwürfe zu gegebener Zeit entkräften.“",
 [("Mein Mandant wird die Vorwürfe zu gegebener Zeit entkräften.", "Sein Anwalt", "sagte")]),
("Am Montag trat Verteidigungsminister Friedrich von Hallwitz vor die Presse. „Ich habe Fehler gemacht, und ich übernehme dafür die Verantwortung“, erklärte von Hallwitz. Einen Rücktritt schloss er aber aus: „Dafür gibt es keinen Grund.“",
 [("Ich habe Fehler gemacht, und ich übernehme dafür die Verantwortung", "von Hallwitz", "erklärte"),
  ("Dafür gibt es keinen Grund.", "er", "schloss aus")]),
("Die Staatsanwaltschaft Krähenfurt hat Anklage gegen zwei frühere Manager der Firma Terralux erhoben. Den beiden wird vorgeworfen, Bilanzen „systematisch und über Jahre“ geschönt zu haben, teilte eine Sprecherin der Behörde mit.",
 [("systematisch und über Jahre", "eine Sprecherin der Behörde", "teilte mit")]),
("Nach dem Spiel zeigte sich Trainer Marco Lindqvist zufrieden. „Die Mannschaft hat heute Charakter gezeigt. Nach dem frühen Rückstand hätten viele aufgegeben, wir nicht.“ Kapitän Jonas Erdmann ergänzte: „Jetzt wollen wir auch das Pokalfinale gewinnen.“",
 [("Die Mannschaft hat heute Charakter gezeigt. Nach dem frühen Rückstand hätten viele aufgegeben, wir nicht.", "Trainer Marco Lindqvist", None),
  ("Jetzt wollen wir auch das Pokalfinale gewinnen.", "Kapitän Jonas Erdmann", "ergänzte")]),
("„Wir stehen vor der größten Dürre seit fünfzig Jahren“, warnte der Präsident des Bauernverbandes, Heinrich Vogt, am Dienstag in Hannover. Die Ernte werde um ein Drittel geringer ausfallen als im Vorjahr. Vogt forderte Soforthilfen des Bundes: „Ohne Unterstützung werden viele Familienbetriebe diesen Sommer nicht überstehen.“",
 [("Wir stehen vor der größten Dürre seit fünfzig Jahren", "der Präsident des Bauernverbandes, Heinrich Vogt", "warnte"),
  ("Ohne Unterstützung werden viele Familienbetriebe diesen Sommer nicht überstehen.", "Vogt", "forderte")]),
("Im Interview mit dem Sender Radio Ostmark wurde die Schriftstellerin Lena Marquardt gefragt, ob sie an einem neuen Roman arbeite. Ihre Antwort: „Ich schreibe jeden Tag, aber ich weiß noch nicht, ob daraus ein Buch wird.“ Auf die Frage, warum sie Berlin verlassen habe, sagte sie: „Ich brauchte Ruhe. Auf dem Land höre ich wieder meine eigenen Gedanken.“",
 [("Ich schreibe jeden Tag, aber ich weiß noch nicht, ob daraus ein Buch wird.", "die Schriftstellerin Lena Marquardt", None),
  ("Ich brauchte Ruhe. Auf dem Land höre ich wieder meine eigenen Gedanken.", "sie", "sagte")]),
("Die Feuerwehr Grünhagen war mit 80 Einsatzkräften vor Ort. „Beim Eintreffen stand der Dachstuhl bereits in Vollbrand“, sagte Einsatzleiter Uwe Strack. Verletzt wurde niemand. Die Brandursache ist noch unklar; ein Sachverständiger soll am Montag mit den Ermittlungen beginnen.",
 [("Beim Eintreffen stand der Dachstuhl bereits in Vollbrand", "Einsatzleiter Uwe Strack", "sagte")]),
("Die Umweltorganisation Grünes Band warf dem Konzern vor, Messwerte zurückgehalten zu haben. „Wer Daten über die Wasserqualität verschweigt, gefährdet die Gesundheit der Menschen“, sagte Sprecherin Aylin Demir. Der Konzern wies die Vorwürfe zurück: Man habe „alle gesetzlichen Vorgaben eingehalten“.",
 [("Wer Daten über die Wasserqualität verschweigt, gefährdet die Gesundheit der Menschen", "Sprecherin Aylin Demir", "sagte"),
  ("alle gesetzlichen Vorgaben eingehalten", "Der Konzern", "wies zurück")]),
("Der Bundestag hat das neue Mietrecht verabschiedet. Bauminister Karl-Heinz Wendt nannte das Gesetz einen „Meilenstein für bezahlbares Wohnen“. Der Mieterbund sieht das anders. Dessen Präsidentin Ursula Franke sagte: „Das Gesetz hat so viele Ausnahmen, dass es in den Großstädten kaum wirken wird.“",
 [("Meilenstein für bezahlbares Wohnen", "Bauminister Karl-Heinz Wendt", "nannte"),
  ("Das Gesetz hat so viele Ausnahmen, dass es in den Großstädten kaum wirken wird.", "Dessen Präsidentin Ursula Franke", "sagte")]),
("„Es war der schwerste Tag meiner Amtszeit“, sagt Oberbürgermeisterin Sabine Achterberg rückblickend über die Flutnacht. „Wir hatten keinen Strom, keine Telefone, und das Wasser stieg jede Stunde um einen halben Meter.“ Heute ist von den Schäden in der Altstadt kaum noch etwas zu sehen.",
 [("Es war der schwerste Tag meiner Amtszeit", "Oberbürgermeisterin Sabine Achterberg", "sagt"),
  ("Wir hatten keinen Strom, keine Telefone, und das Wasser stieg jede Stunde um einen halben Meter.", "Oberbürgermeisterin Sabine Achterberg", None)]),
("Der Fußballverein SV Eichenau hat seinen Trainer entlassen. Das teilte der Verein am Sonntag auf seiner Internetseite mit. „Wir danken Peter Sommer für seine Arbeit und wünschen ihm für die Zukunft alles Gute“, heißt es in der Mitteilung. Ein Nachfolger soll bis Mittwoch feststehen.",
 [("Wir danken Peter Sommer für seine Arbeit und wünschen ihm für die Zukunft alles Gute", "der Mitteilung", "heißt es in")]),
("Die Gesundheitsministerin des Landes, Dr. Helga Sandner, verteidigte die Schließung der Klinik in Marbach. Es gebe „keine Alternative“, sagte Sandner im Landtag. Die Versorgung der Patienten sei durch das Kreiskrankenhaus in Oberau gesichert.",
 [("keine Alternative", "Sandner", "sagte")]),
("Wie die Polizei mitteilte, wurden bei der Razzia in vier Bundesländern 23 Wohnungen durchsucht. „Wir haben umfangreiches Beweismaterial sichergestellt, darunter Computer, Mobiltelefone und Bargeld“, sagte ein Sprecher des Landeskriminalamtes. Festnahmen habe es nicht gegeben.",
 [("Wir haben umfangreiches Beweismaterial sichergestellt, darunter Computer, Mobiltelefone und Bargeld", "ein Sprecher des Landeskriminalamtes", "sagte")]),
("Auf dem Parteitag in Rostock wurde Martina Oldenburg mit 91 Prozent zur neuen Vorsitzenden gewählt. In ihrer Rede sagte sie: „Wir müssen wieder die Partei der kleinen Leute werden.“ Ihr Vorgänger Erich Wallner hatte nach der Wahlniederlage seinen Rückzug erklärt. Er gratulierte ihr mit den Worten: „Die Partei ist bei dir in guten Händen.“",
 [("Wir müssen wieder die Partei der kleinen Leute werden.", "sie", "sagte"),
  ("Die Partei ist bei dir in guten Händen.", "Er", "gratulierte mit den Worten")]),
("Die Deutsche Bahn hat für den Winter neue Verspätungen angekündigt. Grund seien Bauarbeiten an 700 Stellen im Netz. „Das wird für die Fahrgäste eine Zumutung“, räumte Bahnvorstand Clemens Rieger ein. Der Fahrgastverband Pro Schiene sprach von einem „Offenbarungseid“.",
 [("Das wird für die Fahrgäste eine Zumutung", "Bahnvorstand Clemens Rieger", "räumte ein"),
  ("Offenbarungseid", "Der Fahrgastverband Pro Schiene", "sprach von")]),
("Ein Gericht in Kelsterbach hat den früheren Bürgermeister Rainer Hoff zu zwei Jahren auf Bewährung verurteilt. Der Vorsitzende Richter sagte in der Urteilsbegründung, Hoff habe „das Vertrauen der Bürger in grober Weise missbraucht“. Hoffs Verteidiger kündigte Revision an.",
 [("das Vertrauen der Bürger in grober Weise missbraucht", "Der Vorsitzende Richter", "sagte")]),
("„Die Zahl der Wölfe in Niedersachsen hat sich in drei Jahren verdoppelt“, heißt es im Jahresbericht des Umweltministeriums. Weidetierhalter fordern deshalb den Abschuss einzelner Tiere. „Wir können unsere Schafe nicht mehr schützen“, klagt der Schäfer Bernd Ahlers aus dem Kreis Celle.",
 [("Die Zahl der Wölfe in Niedersachsen hat sich in drei Jahren verdoppelt", "Jahresbericht des Umweltministeriums", "heißt es im"),
  ("Wir können unsere Schafe nicht mehr schützen", "der Schäfer Bernd Ahlers aus dem Kreis Celle", "klagt")]),
("Der Weltfußballverband hat die Vergabe des Turniers verschoben. Verbandspräsident Giorgio Santangelo sagte in Zürich: „Wir brauchen mehr Zeit, um alle Bewerbungen sorgfältig zu prüfen.“ Kritiker vermuten andere Gründe. Der Journalist Tom Becker, der seit Jahren über den Verband berichtet, sagte der Zeitung „Nordkurier“: „Hier geht es um Geld und um Stimmen, nicht um Sorgfalt.“",
 [("Wir brauchen mehr Zeit, um alle Bewerbungen sorgfältig zu prüfen.", "Verbandspräsident Giorgio Santangelo", "sagte"),
  ("Hier geht es um Geld und um Stimmen, nicht um Sorgfalt.", "Der Journalist Tom Becker, der seit Jahren über den Verband berichtet", "sagte")]),
("Die Astronomin Dr. Carla Weiß von der Sternwarte Hohenbrunn hat einen neuen Kometen entdeckt. „Ich habe zuerst an einen Fehler in der Kamera gedacht“, erzählte sie. „Erst als das Objekt in der dritten Nacht wieder auftauchte, war mir klar, dass wir etwas Besonderes gefunden hatten.“ Der Komet soll im Frühjahr mit bloßem Auge sichtbar sein.",
 [("Ich habe zuerst an einen Fehler in der Kamera gedacht", "sie", "erzählte"),
  ("Erst als das Objekt in der dritten Nacht wieder auftauchte, war mir klar, dass wir etwas Besonderes gefunden hatten.", "sie", None)]),
("Bei der Tarifrunde im öffentlichen Dienst gibt es keine Einigung. Verdi-Verhandlungsführerin Sonja Lemke warf den Arbeitgebern vor, „auf Zeit zu spielen“. Der Verhandlungsführer der Kommunen, Dieter Haas, wies das zurück. „Unser Angebot liegt auf dem Tisch, und es ist ein gutes Angebot“, sagte Haas.",
 [("auf Zeit zu spielen", "Verdi-Verhandlungsführerin Sonja Lemke", "warf vor"),
  ("Unser Angebot liegt auf dem Tisch, und es ist ein gutes Angebot", "Haas", "sagte")]),
("In Wellingrode haben rund 2000 Menschen gegen die Schließung der Geburtsstation demonstriert. Auf Transparenten stand „Kinder brauchen Kreißsäle“. Eine Hebamme sagte: „Wenn die Station schließt, müssen Schwangere 60 Kilometer bis zur nächsten Klinik fahren.“",
 [("Kinder brauchen Kreißsäle", "Transparenten", "stand"),
  ("Wenn die Station schließt, müssen Schwangere 60 Kilometer bis zur nächsten Klinik fahren.", "Eine Hebamme", "sagte")]),
("Der Chef des Automobilzulieferers Kronberg AG, Matthias ter Horst, rechnet mit einem schwierigen Jahr. „Die Nachfrage aus China bricht ein, und die Energiepreise bleiben hoch“, sagte ter Horst bei der Vorlage der Bilanz. Eine Verlagerung der Produktion ins Ausland schloss er nicht aus.",
 [("Die Nachfrage aus China bricht ein, und die Energiepreise bleiben hoch", "ter Horst", "sagte")]),
("Mehrere Zeugen berichteten von einem lauten Knall gegen 22 Uhr. „Die Fenster haben gewackelt, ich dachte, es sei ein Erdbeben“, sagte eine Anwohnerin. Ein anderer Nachbar erzählte, er habe dichten Rauch aus der Lagerhalle steigen sehen.",
 [("Die Fenster haben gewackelt, ich dachte, es sei ein Erdbeben", "eine Anwohnerin", "sagte")]),
("Das Landesamt für Statistik meldet für das vergangene Jahr einen Rückgang der Geburten um sieben Prozent. „Einen so starken Einbruch haben wir zuletzt Anfang der Neunzigerjahre beobachtet“, sagte Amtsleiter Volker Brandes. Die Ursachen seien vielfältig, erklärte er: Neben der Inflation spiele „die allgemeine Verunsicherung“ eine Rolle.",
 [("Einen so starken Einbruch haben wir zuletzt Anfang der Neunzigerjahre beobachtet", "Amtsleiter Volker Brandes", "sagte"),
  ("die allgemeine Verunsicherung", "er", "erklärte")]),
("Die Kanzlerin äußerte sich am Abend in einer Fernsehansprache. „Die kommenden Wochen werden hart“, sagte sie, „aber ich bin überzeugt, dass wir diese Krise gemeinsam bewältigen.“",
 [("Die kommenden Wochen werden hart", "sie", "sagte"),
  ("aber ich bin überzeugt, dass wir diese Krise gemeinsam bewältigen.", "sie", "sagte")]),
("Zu den Vorwürfen sagte der Pressesprecher des Ministeriums, Holger Winkelmann: „Wir prüfen den Sachverhalt. Vor Abschluss der Prüfung werden wir uns nicht äußern.“ Die Opposition verlangte eine Sondersitzung des Ausschusses.",
 [("Wir prüfen den Sachverhalt. Vor Abschluss der Prüfung werden wir uns nicht äußern.", "der Pressesprecher des Ministeriums, Holger Winkelmann", "sagte")]),
("Der Schauspieler Maximilian de Vries erhält den Ehrenpreis des Filmfestivals Lübeck. Die Jury lobte ihn als „einen der wandlungsfähigsten Darsteller seiner Generation“. De Vries zeigte sich gerührt: „Ich habe nie mit so einer Auszeichnung gerechnet. Ich widme sie meiner Mutter, die mich immer ermutigt hat.“",
 [("einen der wandlungsfähigsten Darsteller seiner Generation", "Die Jury", "lobte als"),
  ("Ich habe nie mit so einer Auszeichnung gerechnet. Ich widme sie meiner Mutter, die mich immer ermutigt hat.", "De Vries", "zeigte sich gerührt")]),
("Die Ermittler gehen von Brandstiftung aus. Das bestätigte am Mittwoch die Staatsanwaltschaft. „Wir haben an drei Stellen Spuren eines Brandbeschleunigers gefunden“, sagte Oberstaatsanwältin Ines Krüger. Ein Verdächtiger sei noch nicht ermittelt.",
 [("Wir haben an drei Stellen Spuren eines Brandbeschleunigers gefunden", "Oberstaatsanwältin Ines Krüger", "sagte")]),
("Der Wetterdienst warnt vor Orkanböen an der Küste. „Wir erwarten Windgeschwindigkeiten von bis zu 140 Kilometern pro Stunde“, sagte Meteorologe Arne Petersen. Auf den Inseln sollen die Schulen geschlossen bleiben. „Bitte bleiben Sie zu Hause, wenn es irgend geht“, appellierte Landrat Frerk Janssen an die Bevölkerung.",
 [("Wir erwarten Windgeschwindigkeiten von bis zu 140 Kilometern pro Stunde", "Meteorologe Arne Petersen", "sagte"),
  ("Bitte bleiben Sie zu Hause, wenn es irgend geht", "Landrat Frerk Janssen", "appellierte")]),
("Die Universität Rabenfels hat ihrem früheren Präsidenten den Doktortitel aberkannt. Eine Kommission war zu dem Ergebnis gekommen, dass große Teile der Arbeit „ohne Kennzeichnung aus fremden Quellen übernommen“ worden seien. Der Betroffene erklärte über seinen Anwalt, er werde gegen die Entscheidung klagen.",
 [("ohne Kennzeichnung aus fremden Quellen übernommen", "Eine Kommission", "war zu dem Ergebnis gekommen")]),
("Nach Angaben des Roten Kreuzes sind in der Region mehr als 10.000 Menschen obdachlos. „Es fehlt an allem: an Zelten, an sauberem Wasser, an Medikamenten“, berichtete die Helferin Katrin Olsen per Telefon aus dem Katastrophengebiet. Die Bundesregierung sagte fünf Millionen Euro Soforthilfe zu.",
 [("Es fehlt an allem: an Zelten, an sauberem Wasser, an Medikamenten", "die Helferin Katrin Olsen", "berichtete")]),
("Gegen den Neubau des Einkaufszentrums regt sich Widerstand. Die Bürgerinitiative „Lebendige Innenstadt“ hat 4000 Unterschriften gesammelt. Ihr Sprecher Paul Wegener sagte: „Das Zentrum wird die kleinen Läden in der Altstadt kaputt machen.“ Der Investor hält dagegen: „Wir bringen Kaufkraft in die Stadt, die heute in die Nachbarorte abwandert.“",
 [("Das Zentrum wird die kleinen Läden in der Altstadt kaputt machen.", "Ihr Sprecher Paul Wegener", "sagte"),
  ("Wir bringen Kaufkraft in die Stadt, die heute in die Nachbarorte abwandert.", "Der Investor", "hält dagegen")]),
("Am Rande des Gipfels sagte der französische Präsident Étienne Moreau, Europa müsse „mit einer Stimme sprechen“. Der polnische Regierungschef zeigte sich skeptischer. „Schöne Worte reichen nicht“, sagte er vor Journalisten. „Wir brauchen endlich Taten.“",
 [("mit einer Stimme sprechen", "der französische Präsident Étienne Moreau", "sagte"),
  ("Schöne Worte reichen nicht", "er", "sagte"),
  ("Wir brauchen endlich Taten.", "er", None)]),
("Die Stiftung Warentest hat 20 Fahrradhelme geprüft, vier fielen durch. „Bei zwei Modellen löste sich der Kinnriemen schon bei geringer Belastung“, schreiben die Tester in der aktuellen Ausgabe der Zeitschrift „test“. Testsieger wurde ein Helm für 60 Euro.",
 [("Bei zwei Modellen löste sich der Kinnriemen schon bei geringer Belastung", "die Tester", "schreiben")]),
("Bei der Hauptversammlung musste sich Vorstandschef Gregor Albers scharfe Kritik anhören. „Sie haben das Unternehmen in drei Jahren halbiert“, rief ein Kleinaktionär unter dem Beifall der anderen. Albers verteidigte seinen Kurs: „Ohne den Umbau gäbe es dieses Unternehmen heute nicht mehr.“",
 [("Sie haben das Unternehmen in drei Jahren halbiert", "ein Kleinaktionär", "rief"),
  ("Ohne den Umbau gäbe es dieses Unternehmen heute nicht mehr.", "Albers", "verteidigte")]),
("Das Bundesverfassungsgericht hat das Wahlgesetz in Teilen gekippt. Die Regelung verstoße gegen „den Grundsatz der Gleichheit der Wahl“, heißt es in der Begründung. Gerichtspräsidentin Dagmar Holtkamp sagte bei der Verkündung: „Der Gesetzgeber hat bis Ende des Jahres Zeit, eine verfassungsgemäße Lösung zu finden.“",
 [("den Grundsatz der Gleichheit der Wahl", "der Begründung", "heißt es in"),
  ("Der Gesetzgeber hat bis Ende des Jahres Zeit, eine verfassungsgemäße Lösung zu finden.", "Gerichtspräsidentin Dagmar Holtkamp", "sagte")]),
]


# Third batch: speakers that are sources (outlets, agencies, documents, URLs, banners), passive agents
# and object-first sentences; then quoted titles, names and labels that are not quotations.
P_SOURCES = [
("Der Sänger Robert Lanz hat seine Tournee abgesagt. Laut news.at sei er „gesundheitlich angeschlagen und braucht dringend Ruhe“. Ein neuer Termin steht noch nicht fest.",
 [("gesundheitlich angeschlagen und braucht dringend Ruhe", "news.at", "laut")]),
("Laut einem Bericht der Süddeutschen Zeitung plant der Konzern, „bis zu 3000 Arbeitsplätze“ nach Osteuropa zu verlagern. Ein Sprecher wollte das nicht kommentieren.",
 [("bis zu 3000 Arbeitsplätze", "einem Bericht der Süddeutschen Zeitung", "laut")]),
("Die Ausgrabungen bei Oberwiesen haben einen römischen Gutshof freigelegt. Es handle sich um „einen der bedeutendsten Funde der letzten Jahrzehnte“, wie die Agentur dpa meldete. Die Arbeiten sollen im Herbst fortgesetzt werden.",
 [("einen der bedeutendsten Funde der letzten Jahrzehnte", "die Agentur dpa", "meldete")]),
("Der Ausbau der Bundesstraße wird teurer als geplant. „Die Mehrkosten belaufen sich auf rund zwölf Millionen Euro“, so das Ministerium in einer Mitteilung. Der Baubeginn verschiebt sich auf das kommende Jahr.",
 [("Die Mehrkosten belaufen sich auf rund zwölf Millionen Euro", "das Ministerium", "so")]),
("Bei den Unruhen in der Hauptstadt sind mindestens zwölf Menschen ums Leben gekommen. „Die Sicherheitskräfte schossen mit scharfer Munition in die Menge“, berichtete die BBC unter Berufung auf Augenzeugen. Die Regierung verhängte eine nächtliche Ausgangssperre.",
 [("Die Sicherheitskräfte schossen mit scharfer Munition in die Menge", "die BBC", "berichtete")]),
("Der Verein hat seinen Spielbetrieb eingestellt. „Die finanzielle Lage lässt keinen anderen Schritt zu“, heißt es in einem Schreiben an die Mitglieder. Der Vorstand will im Mai neu gewählt werden.",
 [("Die finanzielle Lage lässt keinen anderen Schritt zu", "einem Schreiben an die Mitglieder", "heißt es in")]),
("In der Nacht zum Sonntag ist in Bremerhaven ein Geldautomat gesprengt worden. „Die Täter flüchteten in einem dunklen Kombi in Richtung Autobahn“, teilte die Polizei mit. Zeugen werden gebeten, sich zu melden.",
 [("Die Täter flüchteten in einem dunklen Kombi in Richtung Autobahn", "die Polizei", "teilte mit")]),
("Der Premierminister hat seinen Rücktritt angekündigt. Nach Angaben der Nachrichtenagentur Reuters sagte er vor dem Parlament, er habe „das Vertrauen der eigenen Partei verloren“. Neuwahlen gelten als wahrscheinlich.",
 [("das Vertrauen der eigenen Partei verloren", "er", "sagte")]),
("Die Partnerstadt Lyon lädt im Juni zum Bürgerfest ein. Auf der Internetseite www.lyon-partner.fr heißt es: „Alle Gäste aus Kelheim sind herzlich willkommen.“ Die Anmeldung läuft bis Ende April.",
 [("Alle Gäste aus Kelheim sind herzlich willkommen.", "www.lyon-partner.fr", "heißt es")]),
("Die Behörden in Nairobi haben die Schulen geschlossen. Der Sender Al Jazeera zitierte einen Lehrer mit den Worten: „Wir haben Angst um die Kinder.“ Die Schließung soll mindestens eine Woche dauern.",
 [("Wir haben Angst um die Kinder.", "einen Lehrer", "zitierte mit den Worten")]),
("Der frühere Minister wird in der „Frankfurter Allgemeinen Zeitung“ mit den Worten zitiert: „Ich bereue nichts.“ Seine Partei distanzierte sich am Montag von ihm.",
 [("Ich bereue nichts.", "Der frühere Minister", "wird mit den Worten zitiert")]),
("Die Bank hat ihre Prognose gesenkt. „Wir rechnen für das laufende Jahr nur noch mit einem Wachstum von einem Prozent“, sagte Finanzvorstand Ole Brinkmann der Nachrichtenagentur AFP. Die Aktie verlor daraufhin vier Prozent.",
 [("Wir rechnen für das laufende Jahr nur noch mit einem Wachstum von einem Prozent", "Finanzvorstand Ole Brinkmann", "sagte")]),
("Die Gewerkschaft hat zu einem Warnstreik aufgerufen. Das Angebot der Arbeitgeber sei „eine Provokation“, erklärte die Gewerkschaft in einer Pressemitteilung. Betroffen sind vor allem Kliniken und Kindergärten.",
 [("eine Provokation", "die Gewerkschaft", "erklärte")]),
("Im Streit um die Fischereirechte gibt es eine Einigung. „Beide Seiten haben sich auf feste Fangquoten verständigt“, meldete die Nachrichtenagentur Reuters am Abend. Die Details sollen im Juli veröffentlicht werden.",
 [("Beide Seiten haben sich auf feste Fangquoten verständigt", "die Nachrichtenagentur Reuters", "meldete")]),
("Das Museum erhält eine bedeutende Schenkung. „Die Sammlung umfasst mehr als 400 Zeichnungen aus drei Jahrhunderten“, schreibt die Zeitung „Westfalenpost“. Die Werke sollen ab Herbst gezeigt werden.",
 [("Die Sammlung umfasst mehr als 400 Zeichnungen aus drei Jahrhunderten", "die Zeitung „Westfalenpost“", "schreibt")]),
("Der Hersteller ruft 80.000 Fahrzeuge zurück. Grund sei „ein möglicher Defekt an der Bremsleitung“, wie das Kraftfahrt-Bundesamt auf seiner Internetseite mitteilte. Verletzte gab es bisher nicht.",
 [("ein möglicher Defekt an der Bremsleitung", "das Kraftfahrt-Bundesamt", "mitteilte")]),
("Der Streit um das Kraftwerk geht weiter. Der Betreiber wurde vom Gericht aufgefordert, „alle Messdaten der letzten fünf Jahre“ vorzulegen. Eine Stellungnahme des Unternehmens lag zunächst nicht vor.",
 [("alle Messdaten der letzten fünf Jahre", "vom Gericht", "wurde aufgefordert")]),
("Der Plan des Ministers, die Rente mit 70 einzuführen, wurde von den Gewerkschaften als „sozialer Kahlschlag“ bezeichnet. Auch aus der eigenen Fraktion kam Kritik.",
 [("sozialer Kahlschlag", "den Gewerkschaften", "wurde als bezeichnet")]),
("Den Vorschlag der Kommission nannte der Bauernpräsident Georg Hallbauer beim Landwirtschaftstag in Cloppenburg „völlig realitätsfern“. Die Kommission will im Herbst entscheiden.",
 [("völlig realitätsfern", "der Bauernpräsident Georg Hallbauer", "nannte")]),
("Die Ergebnisse der Studie wurden auf einer Pressekonferenz in Genf vorgestellt. „Die Luftverschmutzung ist für jeden achten Todesfall verantwortlich“, heißt es im Bericht der Weltgesundheitsorganisation. Besonders betroffen seien Großstädte in Asien.",
 [("Die Luftverschmutzung ist für jeden achten Todesfall verantwortlich", "Bericht der Weltgesundheitsorganisation", "heißt es im")]),
("Die Fluggesellschaft streicht alle Verbindungen nach Tallinn. „Die Strecke ist seit Jahren nicht wirtschaftlich“, teilte das Unternehmen am Freitag in Frankfurt mit. Betroffene Kunden erhalten ihr Geld zurück.",
 [("Die Strecke ist seit Jahren nicht wirtschaftlich", "das Unternehmen", "teilte mit")]),
("Die Verhandlungen über den Waffenstillstand sind gescheitert. „Es gibt keine Grundlage für weitere Gespräche“, zitierte das Staatsfernsehen einen Regierungssprecher. Die Kämpfe in der Grenzregion gingen am Abend weiter.",
 [("Es gibt keine Grundlage für weitere Gespräche", "einen Regierungssprecher", "zitierte")]),
("Unbekannte haben in der Nacht das Rathaus von Stellingen mit Farbe beschmiert. An der Fassade stand „Wohnraum für alle“. Der Staatsschutz ermittelt.",
 [("Wohnraum für alle", "der Fassade", "stand")]),
("Am Samstag demonstrierten in Leipzig rund 5000 Menschen für mehr Klimaschutz. Auf Transparenten stand „Es gibt keinen Planeten B“. Die Polizei sprach von einem friedlichen Verlauf.",
 [("Es gibt keinen Planeten B", "Transparenten", "stand")]),
]
P_LABELS = [
("Die sogenannte „Schuldenbremse“ begrenzt die Neuverschuldung des Bundes. Finanzminister Jan Wolters sagte: „Wir halten an der Schuldenbremse fest.“",
 [("Wir halten an der Schuldenbremse fest.", "Finanzminister Jan Wolters", "sagte")]),
("Der Film „Die Nacht von Lissabon“ gewann beim Festival in Venedig den Hauptpreis. Regisseurin Mira Stein sagte bei der Preisverleihung: „Dieser Preis gehört dem ganzen Team.“",
 [("Dieser Preis gehört dem ganzen Team.", "Regisseurin Mira Stein", "sagte")]),
("Die Raumsonde „Horizont 2“ hat den Mars erreicht. Die Mission „Roter Staub“ soll zwei Jahre dauern. „Alle Systeme arbeiten einwandfrei“, sagte Missionsleiter Karl Dietz.",
 [("Alle Systeme arbeiten einwandfrei", "Missionsleiter Karl Dietz", "sagte")]),
("Das Kreuzfahrtschiff „Nordlicht“ ist vor Spitzbergen auf Grund gelaufen. Die Operation „Eisbär“ zur Bergung der Passagiere begann am Morgen. Verletzt wurde nach Angaben der Reederei niemand.",
 []),
("In seinem Buch „Das Ende der Gewissheit“ beschreibt der Historiker Paul Arndt den Zerfall der Weimarer Republik. Das Werk steht seit Wochen auf der Bestsellerliste.",
 []),
("Die Zeitung bezeichnete den Plan als „Luftschloss“. Der Minister selbst sprach dagegen von einem „realistischen Zeitplan“. Die so genannten „Wutbürger“ kündigten weitere Proteste an.",
 [("Luftschloss", "Die Zeitung", "bezeichnete als"),
  ("realistischen Zeitplan", "Der Minister selbst", "sprach von")]),
]
P += P_SOURCES + P_LABELS


def main():
    keep = []
    with open(FIX, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                if int(rec["id"].split("/")[1]) <= 25:
                    keep.append(line.rstrip("\n"))
    out = list(keep)
    nq = 0
    for k, (text, quotes) in enumerate(P):
        gold, used = [], set()
        for q, spk, cue in quotes:
            pos = -1
            start = 0
            while True:
                i = text.find(q, start)
                if i < 0:
                    sys.exit(f"not found in #{k + 26}: {q!r}")
                if i not in used and i > 0 and text[i - 1] in OPEN and text[i + len(q)] in CLOSE:
                    pos = i
                    break
                start = i + 1
            used.add(pos)
            if spk is not None and spk not in text:
                sys.exit(f"speaker not in text #{k + 26}: {spk!r}")
            gold.append({"type": "quote", "start": pos, "end": pos + len(q), "text": q, "speaker": spk, "cue": cue})
            nq += 1
        gold.sort(key=lambda g: g["start"])
        rec = {"id": f"check-de/{k + 26:02d}", "lang": "de", "split": "check",
               "source": "nlpsh project, written for this check set (fictional)", "text": text, "gold": gold}
        out.append(json.dumps(rec, ensure_ascii=False))
    with open(FIX, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"{len(keep)} kept, {len(P)} paragraphs with {nq} quotes added", file=sys.stderr)


if __name__ == "__main__":
    main()
