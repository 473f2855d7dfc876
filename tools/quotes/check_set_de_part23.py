#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Twenty-third part of the German quotes check set: what a fifth set of real news copies showed.

A fifth first pass of the stage on real German news text (47 articles: agency and local news,
politics, police and fire brigades, courts, business, farming, sport, science, culture, zoos,
travellers' voices; read once, kept outside the repository, none of it sharing eight words in a
row with the WikiNews suite or the four earlier sets) was the held-out figure of parts 19-22. Two
of its causes are general and fixed here. Verbs of angry speech ("schimpfen", "wettern",
"poltern", "lästern", "stänkern") were no cues, so a quotation they attribute went to the
person named before ("„…“, soll der frühere Nationalspieler geschimpft haben"). And a short name in marks after
"mit" behind a cue and its subject, closing the clause, is the medium or partner talked with
("sagte X in einem Interview mit „…“."), like one after "gegenüber" or "bei", not a quotation.
This part has short fictional news items of our own for both, with the gold decided before the
stage was run on them, and beside them what the rules must leave alone: a sentence quoted after
"mit" (item 7) and "schimpfen" with no quotation near it (item 8). Items 9 and 10, written
after these rows: the source of "zufolge" closing a relative clause ("…, die den Forschern
zufolge „…“") is the phrase after the relative pronoun, not the subject of the clause before it;
item 10 (held) has "zufolge" in a main clause.

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt.
All people, firms, media and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 729 738 -v

First pass of items 1-8 on the stage before this part: 7 of 8 exact (item 2 missed), one false
positive (the magazine's name of item 5), speakers 7 of 7; held items 7 and 8 right. Items 9 and
10 on the stage with the rows but before the "zufolge" rule: 2 of 2 exact, speakers 1 of 2 ("eine
Erschöpfung" for item 9); held item 10 right. Now 10 of 10 exact, no false positive, speakers 10
of 10. Parts 1-22, the multilingual sets, the mark variants and the dev suite unchanged but for
one false positive fewer on dev (a word in marks after "mit").

  python3 tools/quotes/check_set_de_part23.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 729

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 "schimpfte" after the quotation, a role and a name in apposition
A(["Mieten steigen weiter",
   "Die Wohnungsgesellschaft von Lorsfeld erhöht zum Herbst die Mieten um acht Prozent. „Das ist eine Frechheit“, "
   "schimpfte der Vorsitzende des Mietervereins, Karl Hübner. Die Gesellschaft verweist auf gestiegene Kosten."],
  [("Das ist eine Frechheit", "der Vorsitzende des Mietervereins, Karl Hübner", "schimpfte")])

# 2 a modal and a participle of angry speech after the quotation, another person named before it
A(["Ärger nach dem Abpfiff",
   "Nach der Niederlage in Grevenau war die Stimmung beim SV Ostmoor gereizt. Als Schiedsrichter Jan Kolbe abpfiff, "
   "soll Trainer Olaf Reese den Platz gestürmt haben. „Wir sind heute betrogen worden“, soll der frühere "
   "Nationalspieler geschimpft haben. Der Verband prüft den Vorfall."],
  [("Wir sind heute betrogen worden", "der frühere Nationalspieler", "geschimpft")])

# 3 "wetterte" before a colon
A(["Kreis klagt über Kosten",
   "Die Kreise im Süden des Landes fordern mehr Geld für die Unterbringung von Geflüchteten. Landrat Gerd Wiemann "
   "wetterte: „Der Bund lässt uns mit den Kosten allein.“ Eine Antwort aus Berlin steht aus."],
  [("Der Bund lässt uns mit den Kosten allein.", "Landrat Gerd Wiemann", "wetterte")])

# 4 "polterte" after the quotation, a role and a name
A(["Baustopp verärgert Firmen",
   "Der Bau des neuen Gewerbegebiets in Hollmark ruht seit drei Wochen. „So kann man nicht arbeiten“, polterte "
   "Bauunternehmer Rainer Focke am Rande der Versammlung. Die Stadt will im Mai entscheiden."],
  [("So kann man nicht arbeiten", "Bauunternehmer Rainer Focke", "polterte")])

# 5 a medium's name in marks after "Interview mit" behind the cue and its subject
A(["Umgehungsstraße kommt",
   "Der Streit um die Umgehung von Ebersbrunn ist entschieden. „Die Straße wird gebaut“, sagte Bürgermeisterin Jana "
   "Pohl in einem Interview mit „Hafenblick“. Der Baubeginn ist für das Frühjahr geplant."],
  [("Die Straße wird gebaut", "Bürgermeisterin Jana Pohl", "sagte")])

# 6 a broadcaster's name after "im Gespräch mit", and "lästerte" before a colon
A(["Streit im Stadtrat",
   "Die Fraktionen im Stadtrat von Wellingen streiten über die Sanierung des Hallenbads. Das bestätigte ein Sprecher "
   "der Stadt am Montag im Gespräch mit „Radio Elbtal“. Oppositionsführer Frank Seidel lästerte: „Das Bad wird teurer "
   "als ein neues.“"],
  [("Das Bad wird teurer als ein neues.", "Oppositionsführer Frank Seidel", "lästerte")])

# 7 held: a sentence quoted after "mit", with its stop inside the marks
A(["Saisonabschluss beim Ruderclub",
   "Der Ruderclub Heldenau hat am Samstag seine Saison beendet. Vereinschef Tom Ried schloss seine Ansprache mit "
   "„Wir sehen uns im Frühjahr wieder.“ Danach wurden die Boote eingelagert."],
  [("Wir sehen uns im Frühjahr wieder.", "Vereinschef Tom Ried", None)])

# 8 held: "schimpfen" with no quotation near it; the quotation later has its own cue
A(["Lärm am Bahnhof",
   "Anwohner in der Nähe des Bahnhofs von Tessin schimpfen seit Wochen über nächtliche Güterzüge. Die Bahn will "
   "Schallschutzwände bauen. „Die Arbeiten beginnen im Juli“, sagte eine Sprecherin des Unternehmens."],
  [("Die Arbeiten beginnen im Juli", "eine Sprecherin des Unternehmens", "sagte")])

# 9 "zufolge" at the end of a relative clause: its source is the phrase after the relative pronoun
A(["Studie zu Schichtarbeit",
   "Forscher der Universität Leedorf haben 900 Pflegekräfte nach ihrem Schlaf befragt. Bei jeder dritten wurde eine "
   "Erschöpfung festgestellt, die den Forschern zufolge „mit der von Menschen nach einer Langstreckenreise "
   "vergleichbar ist“. Die Kliniken wollen die Dienstpläne prüfen."],
  [("mit der von Menschen nach einer Langstreckenreise vergleichbar ist", "den Forschern", "zufolge")])

# 10 held: "zufolge" in a main clause, the source opening it
A(["Kosten für Brücke steigen",
   "Der Neubau der Saalebrücke in Wernburg wird teurer als geplant. Dem Rechnungshof zufolge sind die Kosten „völlig "
   "aus dem Ruder gelaufen“. Die Stadt widerspricht."],
  [("völlig aus dem Ruder gelaufen", "Dem Rechnungshof", "zufolge")])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
