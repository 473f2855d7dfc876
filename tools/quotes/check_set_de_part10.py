#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tenth part of the German quotes check set: marks and layout as news copies really arrive.

Parts 1-9 use clean „…“ marks and clean paragraphs. Copies of German news from web pages, wikis
and agency feeds are messier: straight double quotes "…" throughout an article; mixed pairs („…",
"…“, „…” with an English closing mark); guillemets in both directions (»…« in German print,
«…» in Swiss text) with single guillemets inside; single marks ‚…‘ and '…' for quotations inside
quotations and for whole quotations; typographic apostrophes inside quotations ("Geht’s",
"war’s", "’s wird"); missing spaces after a closing mark or a sentence end ("zurückzuziehen.Wir",
"“,sagte"); a quotation whose closing mark is lost at a paragraph end; an opening mark or the
attribution after a single line break; a quotation running over two paragraphs and reopened with
the English mark or a straight one; headlines with marks; doubled and trailing spaces; wiki
italics ''…'' for names. Titles, names and labels written with the same noisy marks stand beside
the quotations.

All people, places and events are fictional. Annotated before running the stage on them, with the
convention of parts 4-9 (the whole noun phrase as written; a pronoun stays a pronoun; a quotation
without attribution of its own has the speaker of the one before; a quotation reopened in the next
paragraph is two quotations, the first ending at the break; one whose closing mark is lost ends at
its paragraph's end). A quotation inside a quotation with a verb of speech of its own ("„Man hat
uns immer nur gesagt: ‚…‘") is a quotation of its own, as in the multilingual set (pl/13); the
two such were added after the first pass, which had left them out.

  python3 tools/quotes/check_set_de_part10.py
"""
from checkset import write_part

OPEN = "„»«“\"'‚‘›‹"
CLOSE = "“«»”\"'‘’‹›"
FIRST = 387

P = []


def A(paras, quotes):
    P.append(("\n\n".join(paras), quotes))


# 1 electricity prices: straight double quotes throughout, a partial quotation and a tariff name
A(["Stadtwerke Kelheim erhöhen Strompreise",
   "Die Stadtwerke Kelheim erhöhen zum 1. März die Strompreise um durchschnittlich acht Prozent. \"Wir können die gestiegenen Einkaufskosten nicht länger auffangen\", sagte Geschäftsführer Martin Brandl am Dienstag.",
   "Die Verbraucherzentrale Bayern sprach von einem \"deutlichen Einschnitt für Familien\". Ihr Energieexperte Tobias Ried riet: \"Vergleichen lohnt sich, ein Wechsel ist in wenigen Minuten erledigt.\"",
   "Die Erhöhung gilt auch für den Ökostromtarif \"Kelheim Natur\"."],
  [("Wir können die gestiegenen Einkaufskosten nicht länger auffangen", "Geschäftsführer Martin Brandl", "sagte"),
   ("deutlichen Einschnitt für Familien", "Die Verbraucherzentrale Bayern", "sprach"),
   ("Vergleichen lohnt sich, ein Wechsel ist in wenigen Minuten erledigt.", "Ihr Energieexperte Tobias Ried", "riet")])

# 2 cycle lanes: mixed pairs „…", "…“ and „…” (English closing mark)
A(["Neue Radwege für Bamberg",
   "Der Stadtrat von Bamberg hat am Mittwoch ein Radwegenetz von 40 Kilometern beschlossen. „Das ist ein guter Tag für alle, die mit dem Rad zur Arbeit fahren\", sagte Oberbürgermeisterin Heike Strobel nach der Abstimmung.",
   "Der Einzelhandelsverband warnte dagegen vor dem Wegfall von Parkplätzen. \"Unsere Kunden kommen nun einmal mit dem Auto“, sagte Verbandssprecher Ralf Hübner. Der Fahrradclub begrüßte den Beschluss als „überfälligen Schritt”.",
   "Die Arbeiten sollen im Frühjahr beginnen."],
  [("Das ist ein guter Tag für alle, die mit dem Rad zur Arbeit fahren", "Oberbürgermeisterin Heike Strobel", "sagte"),
   ("Unsere Kunden kommen nun einmal mit dem Auto", "Verbandssprecher Ralf Hübner", "sagte"),
   ("überfälligen Schritt", "Der Fahrradclub", "begrüßte")])

# 3 photography exhibition: »…« guillemets, an exhibition title, a possessive apostrophe
A(["Museum zeigt Nachlass von Fotografin",
   "Das Landesmuseum in Oldenburg zeigt ab Sonntag den Nachlass der Fotografin Greta Aalders. »Sie hat das Leben an der Küste festgehalten wie kaum jemand sonst«, sagte Kuratorin Maren Tjaden bei der Vorbesichtigung.",
   "Die Ausstellung trägt den Titel »Wind und Watt«. Aalders' Neffe Jan Aalders, der den Nachlass dem Museum übergeben hatte, sagte: »Meine Tante hätte sich sehr darüber gefreut.«",
   "Die Schau ist bis Ende August zu sehen. »Wir rechnen mit vielen Schulklassen«, ergänzte Tjaden."],
  [("Sie hat das Leben an der Küste festgehalten wie kaum jemand sonst", "Kuratorin Maren Tjaden", "sagte"),
   ("Meine Tante hätte sich sehr darüber gefreut.", "Aalders' Neffe Jan Aalders, der den Nachlass dem Museum übergeben hatte", "sagte"),
   ("Wir rechnen mit vielen Schulklassen", "Tjaden", "ergänzte")])

# 4 Zurich tram: «…» guillemets (Swiss direction), a newspaper in guillemets
A(["Zürcher Tram fährt wieder",
   "Nach zweiwöchigen Bauarbeiten fährt die Tramlinie 4 in Zürich seit Montag wieder durchgehend. «Die Fahrgäste haben viel Geduld bewiesen», sagte ein Sprecher der Verkehrsbetriebe Zürich.",
   "Der Quartierverein Seefeld hatte während der Bauzeit eine Ersatzbuslinie gefordert. Präsidentin Ursula Meier sagte der «Zürcher Abendpost»: «Für ältere Menschen war die Umleitung eine Zumutung.»",
   "Die nächste Baustelle am Bellevue ist für den Herbst geplant. Die Verkehrsbetriebe versprechen «bessere Information»."],
  [("Die Fahrgäste haben viel Geduld bewiesen", "ein Sprecher der Verkehrsbetriebe Zürich", "sagte"),
   ("Für ältere Menschen war die Umleitung eine Zumutung.", "Präsidentin Ursula Meier", "sagte"),
   ("bessere Information", "Die Verkehrsbetriebe", "versprechen")])

# 5 wind farm: ‚…‘ inside a quotation, a whole quotation in straight single marks, a name
A(["Streit um Windpark im Hunsrück",
   "Im Streit um den geplanten Windpark bei Kastellaun hat die Bürgerinitiative „Gegenwind Hunsrück“ Klage eingereicht. „Man hat uns immer nur gesagt: ‚Das ist alternativlos.‘ Das lassen wir uns nicht mehr bieten“, sagte ihr Sprecher Frank Ollig.",
   "Der Betreiber, die Hunsrück Energie GmbH, reagierte gelassen. 'Wir sind sicher, dass die Genehmigung Bestand haben wird', sagte Projektleiterin Anja Schreiber.",
   "Das Verwaltungsgericht Koblenz will im Frühjahr verhandeln."],
  [("Man hat uns immer nur gesagt: ‚Das ist alternativlos.‘ Das lassen wir uns nicht mehr bieten", "ihr Sprecher Frank Ollig", "sagte"),
   ("Das ist alternativlos.", "Man", "gesagt"),
   ("Wir sind sicher, dass die Genehmigung Bestand haben wird", "Projektleiterin Anja Schreiber", "sagte")])

# 6 folk festival: typographic apostrophes inside quotations (’s at a sentence start too)
A(["Volksfest in Straubing eröffnet",
   "Mit dem traditionellen Bieranstich ist am Freitag das Gäubodenvolksfest in Straubing eröffnet worden. „Geht’s gut, dann geht’s weiter“, rief Oberbürgermeister Anton Hilmer nach dem zweiten Schlag.",
   "Festwirt Sepp Wagner zeigte sich zufrieden: „Wir hab’n so viele Reservierungen wie noch nie. ’s wird a guads Jahr.“",
   "Die Polizei meldete einen ruhigen ersten Abend. „Bis auf ein paar Rangeleien war’s friedlich“, sagte ein Polizeisprecher."],
  [("Geht’s gut, dann geht’s weiter", "Oberbürgermeister Anton Hilmer", "rief"),
   ("Wir hab’n so viele Reservierungen wie noch nie. ’s wird a guads Jahr.", "Festwirt Sepp Wagner", "zeigte sich zufrieden"),
   ("Bis auf ein paar Rangeleien war’s friedlich", "ein Polizeisprecher", "sagte")])

# 7 district administrator resigns: missing spaces after a sentence end and a closing mark
A(["Landrat tritt zurück",
   "Der Landrat des Kreises Uelzen, Heinrich Tamm, hat am Montag überraschend seinen Rücktritt erklärt. Er habe sich entschieden, sich aus gesundheitlichen Gründen aus der Politik zurückzuziehen.„Es fällt mir nicht leicht, aber die Gesundheit geht vor“, sagte der 63-Jährige.",
   "Kreistagsvorsitzende Britta Lüders würdigte Tamm als „einen Mann des Ausgleichs“.Die Neuwahl soll im Juni stattfinden.„Wir werden zügig einen Termin festlegen“,sagte Lüders.",
   "Tamm war seit 2014 im Amt."],
  [("Es fällt mir nicht leicht, aber die Gesundheit geht vor", "der 63-Jährige", "sagte"),
   ("einen Mann des Ausgleichs", "Kreistagsvorsitzende Britta Lüders", "würdigte"),
   ("Wir werden zügig einen Termin festlegen", "Lüders", "sagte")])

# 8 club chairman: a closing mark lost at the paragraph end, a missing space inside the quotation
A(["Vereinschef gibt Amt ab",
   "Nach 22 Jahren an der Spitze des TSV Hollenstedt hört Vorsitzender Gerd Wiebusch auf. Auf der Jahreshauptversammlung sagte er: „Ich habe beschlossen, mich zurückzuziehen.Wir brauchen jetzt neue Köpfe im Vorstand.",
   "Zu seinem Nachfolger wählten die Mitglieder den bisherigen Kassenwart Jörg Meyer. „Gerd hinterlässt große Fußstapfen“, sagte Meyer."],
  [("Ich habe beschlossen, mich zurückzuziehen.Wir brauchen jetzt neue Köpfe im Vorstand.", "er", "sagte"),
   ("Gerd hinterlässt große Fußstapfen", "Meyer", "sagte")])

# 9 flood: an opening mark after a line break, a second quotation whose closing mark is lost
A(["Hochwasser an der Mosel",
   "Die Mosel ist in Cochem am Sonntag über die Ufer getreten. Der Leiter des Krisenstabs, Michael Thiel, sagte am Vormittag:\n„Wir erwarten den Höchststand in der Nacht zu Montag.“",
   "Anwohner Peter Kläs räumte seinen Keller aus. „Das ist jetzt das dritte Mal in fünf Jahren“, sagte er. „Irgendwann kann man nicht mehr.",
   "Die Feuerwehr hat Sandsäcke an die Anwohner verteilt."],
  [("Wir erwarten den Höchststand in der Nacht zu Montag.", "Der Leiter des Krisenstabs, Michael Thiel", "sagte"),
   ("Das ist jetzt das dritte Mal in fünf Jahren", "er", "sagte"),
   ("Irgendwann kann man nicht mehr.", "er", None)])

# 10 bishop's farewell: a quotation over two paragraphs reopened with the English mark
A(["Bischof verabschiedet sich",
   "Nach 18 Jahren im Amt hat sich Bischof Konrad Walter am Sonntag im Dom zu Fulda verabschiedet. In seiner Predigt sagte er: „Ich habe in diesen Jahren viel gelernt, vor allem von den Menschen in den Gemeinden.",
   "“Ich danke allen, die mich begleitet haben. Bleiben Sie zuversichtlich.“",
   "Ein Nachfolger ist noch nicht ernannt. Domkapitular Stefan Lohr sagte, man rechne „nicht vor dem Sommer“ mit einer Entscheidung."],
  [("Ich habe in diesen Jahren viel gelernt, vor allem von den Menschen in den Gemeinden.", "er", "sagte"),
   ("Ich danke allen, die mich begleitet haben. Bleiben Sie zuversichtlich.", "er", "sagte"),
   ("nicht vor dem Sommer", "Domkapitular Stefan Lohr", "sagte")])

# 11 food banks: a headline with straight marks, a quotation over three paragraphs in straight marks
A(["Tafel-Chefin Lenz: \"Wir schaffen das nicht allein\"",
   "Die Tafeln in Sachsen-Anhalt können den Andrang kaum noch bewältigen. \"Wir haben inzwischen Wartelisten, das gab es früher nie\", sagte die Landesvorsitzende Karin Lenz in Magdeburg.",
   "\"Viele unserer Ehrenamtlichen sind selbst über siebzig. Wir brauchen dringend jüngere Helfer.",
   "\"Und wir brauchen Spenden, vor allem Lebensmittel mit langer Haltbarkeit.\"",
   "Das Sozialministerium kündigte Gespräche an."],
  [("Wir schaffen das nicht allein", "Tafel-Chefin Lenz", None),
   ("Wir haben inzwischen Wartelisten, das gab es früher nie", "die Landesvorsitzende Karin Lenz", "sagte"),
   ("Viele unserer Ehrenamtlichen sind selbst über siebzig. Wir brauchen dringend jüngere Helfer.", "die Landesvorsitzende Karin Lenz", None),
   ("Und wir brauchen Spenden, vor allem Lebensmittel mit langer Haltbarkeit.", "die Landesvorsitzende Karin Lenz", None)])

# 12 bridge closure: doubled and trailing spaces
A(["Brückensperrung in Minden  ",
   "Die Weserbrücke in Minden bleibt  bis mindestens Ende Mai gesperrt.  „Die Schäden an den Trägern sind größer als erwartet“,  sagte Baudezernent Olaf Stührmann  am Donnerstag. ",
   "Pendler müssen einen Umweg von zwölf Kilometern in Kauf nehmen.  Der Unternehmer Dirk Wessel sagte:  „Meine Mitarbeiter verlieren jeden Tag eine Stunde.“  ",
   "Die Stadt prüft eine Behelfsbrücke."],
  [("Die Schäden an den Trägern sind größer als erwartet", "Baudezernent Olaf Stührmann", "sagte"),
   ("Meine Mitarbeiter verlieren jeden Tag eine Stunde.", "Der Unternehmer Dirk Wessel", "sagte")])

# 13 warehouse fire: the attribution on the next line, the source in the next sentence and line
A(["Feuer in Lagerhalle",
   "In einer Lagerhalle im Gewerbegebiet von Bad Hersfeld ist in der Nacht zum Samstag ein Großbrand ausgebrochen.\n„Wir waren mit 120 Einsatzkräften vor Ort“,\nsagte Kreisbrandmeister Lutz Eckhardt am Morgen.",
   "„Verletzt wurde zum Glück niemand.“\nDas teilte die Polizei in Fulda mit.",
   "Die Schadenshöhe wird auf mehrere Millionen Euro geschätzt."],
  [("Wir waren mit 120 Einsatzkräften vor Ort", "Kreisbrandmeister Lutz Eckhardt", "sagte"),
   ("Verletzt wurde zum Glück niemand.", "die Polizei in Fulda", "teilte mit")])

# 14 theatre season: straight marks for titles and quotations, a title in straight single marks inside
A(["Theater Ulm zeigt \"Die Räuber\"",
   "Das Theater Ulm eröffnet die Spielzeit mit Schillers \"Die Räuber\". Regisseurin Eva Brandt sagte bei der Vorstellung des Programms: \"Das Stück ist über 240 Jahre alt und trotzdem erschreckend aktuell.\"",
   "Im Dezember folgt das Musical \"Cabaret\". Intendant Kay Metzger kündigte an: \"Wir wollen mit 'Cabaret' ein jüngeres Publikum gewinnen.\"",
   "Der Vorverkauf beginnt am 1. September."],
  [("Das Stück ist über 240 Jahre alt und trotzdem erschreckend aktuell.", "Regisseurin Eva Brandt", "sagte"),
   ("Wir wollen mit 'Cabaret' ein jüngeres Publikum gewinnen.", "Intendant Kay Metzger", "kündigte an")])

# 15 intercity trains: „…“ and straight marks in one article, a radio station in »…«
A(["Bahn streicht Fernzüge nach Stralsund",
   "Die Bahn streicht ab Dezember zwei Intercity-Verbindungen nach Stralsund. „Die Auslastung war zu gering“, sagte ein Bahnsprecher am Mittwoch.",
   "Landesverkehrsminister Reinhard Lüth kritisierte die Entscheidung scharf. \"Das ist ein Schlag ins Gesicht für die ganze Region\", sagte er dem Sender »Ostseewelle«.",
   "Der Fahrgastverband sprach von einem „falschen Signal“."],
  [("Die Auslastung war zu gering", "ein Bahnsprecher", "sagte"),
   ("Das ist ein Schlag ins Gesicht für die ganze Region", "er", "sagte"),
   ("falschen Signal", "Der Fahrgastverband", "sprach")])

# 16 carnival in Basel: «…» with a motto in ‹…› inside
A(["Basler Fasnacht ohne Zwischenfälle",
   "Die Basler Fasnacht ist ohne größere Zwischenfälle zu Ende gegangen. «Es war eine friedliche und fröhliche Fasnacht», sagte Polizeisprecher Adrian Plattner am Donnerstag.",
   "Das Fasnachts-Comité zeigte sich zufrieden. Obfrau Pia Inderbitzin sagte: «Das Motto ‹Syg wie de witt› hat viele Cliquen inspiriert.»",
   "Die nächste Fasnacht beginnt am 9. März."],
  [("Es war eine friedliche und fröhliche Fasnacht", "Polizeisprecher Adrian Plattner", "sagte"),
   ("Das Motto ‹Syg wie de witt› hat viele Cliquen inspiriert.", "Obfrau Pia Inderbitzin", "sagte")])

# 17 newspaper goes digital: wiki italics ''…'' for newspapers, straight marks for quotations
A(["Zeitung stellt Druckausgabe ein",
   "Die Regionalzeitung ''Westerwälder Bote'' erscheint ab Januar nur noch digital. \"Die Druckkosten haben sich in drei Jahren fast verdoppelt\", sagte Verleger Thomas Hof am Freitag in Montabaur.",
   "Der Journalistenverband bedauerte den Schritt. Landesvorsitzender Uwe Born sagte der ''Rhein-Post'': \"Für ältere Leser ist das ein echter Verlust.\"",
   "Die Redaktion soll erhalten bleiben."],
  [("Die Druckkosten haben sich in drei Jahren fast verdoppelt", "Verleger Thomas Hof", "sagte"),
   ("Für ältere Leser ist das ein echter Verlust.", "Landesvorsitzender Uwe Born", "sagte")])

# 18 bird flu: a headline quotation in straight marks, the cue on the next line, a missing space
A(["Virologe Hansen: \"Kein Grund zur Panik\"",
   "Nach dem Fund von Vogelgrippe bei Wildgänsen im Kreis Cuxhaven hat der Virologe Lars Hansen vor Panik gewarnt. \"Für Menschen ist das Risiko derzeit sehr gering\",\nsagte Hansen am Montag im Kreishaus.",
   "Geflügelhalter müssen ihre Tiere ab sofort im Stall halten. Landwirtin Insa Gerdes sagte: \"Für uns bedeutet das viel Arbeit.Aber wir verstehen die Maßnahme.\""],
  [("Kein Grund zur Panik", "Virologe Hansen", None),
   ("Für Menschen ist das Risiko derzeit sehr gering", "Hansen", "sagte"),
   ("Für uns bedeutet das viel Arbeit.Aber wir verstehen die Maßnahme.", "Landwirtin Insa Gerdes", "sagte")])

# 19 literary prize: »…« reopened in the next paragraph, ›…‹ inside, a novel's title
A(["Autorin erhält Literaturpreis",
   "Die Schriftstellerin Mira Kessler erhält den diesjährigen Literaturpreis der Stadt Wetzlar. In ihrer Dankesrede sagte sie: »Ich habe lange gezögert, über meine Familie zu schreiben.",
   "»Mein Großvater hat immer gesagt: ›Was vorbei ist, ist vorbei.‹ Aber das stimmt nicht.«",
   "Ihr Roman »Das stille Haus« stand im vergangenen Jahr auf der Bestsellerliste. Jurymitglied Paul Renner nannte ihn »ein Buch von großer Wahrhaftigkeit«."],
  [("Ich habe lange gezögert, über meine Familie zu schreiben.", "sie", "sagte"),
   ("Mein Großvater hat immer gesagt: ›Was vorbei ist, ist vorbei.‹ Aber das stimmt nicht.", "sie", "sagte"),
   ("Was vorbei ist, ist vorbei.", "Mein Großvater", "gesagt"),
   ("ein Buch von großer Wahrhaftigkeit", "Jurymitglied Paul Renner", "nannte")])

# 20 hospital merger: a name in straight marks, „…” , a trailing space, the source on the next line
A(["Kliniken im Kreis Lippe fusionieren",
   "Die Krankenhäuser in Detmold und Lemgo schließen sich zum \"Klinikum Lippe\" zusammen. „Nur gemeinsam können wir die Versorgung auf dem Land sichern”, sagte Landrat Axel Lehmann am Dienstag.",
   "Die Gewerkschaft sieht die Fusion kritisch.  Gewerkschaftssekretärin Nina Krüger sagte: \"Wir fürchten, dass am Ende Stellen in der Pflege wegfallen.\" ",
   "\"Das schließen wir aus.\"\nSo reagierte Klinikgeschäftsführer Jens Vogt auf die Kritik."],
  [("Nur gemeinsam können wir die Versorgung auf dem Land sichern", "Landrat Axel Lehmann", "sagte"),
   ("Wir fürchten, dass am Ende Stellen in der Pflege wegfallen.", "Gewerkschaftssekretärin Nina Krüger", "sagte"),
   ("Das schließen wir aus.", "Klinikgeschäftsführer Jens Vogt", "reagierte")])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE, unclosed_at_break=True)
