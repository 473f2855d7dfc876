#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirty-third part of the German quotes check set: quotations in headline and label lines.

News copies open with a headline, and lists of reactions with a label line, that name the person
quoted before the words in marks: "Name: Verb Objekt „…“", "Rolle: Bei X „…“", "Name zum Thema:
„…“", "Name zum Thema „…“". Short words in marks in such a line were read as terms the writer
marks, since no verb of speech stands next to them. In a line of its own (no sentence stop at its
end) opened by a label that names a person (a name written as a name elsewhere in the text, or a
role noun such as "Verkehrsministerin", "Polizeisprecher", "Trainer") the marks hold that person's
words. A label that names no person, a debate's or a programme's title ("Aktuelle Stunde: „…“",
"Motto: „…“"), a place or a topic ("Verkehr: Stadt plant „…“") leaves them a title or a term, as
does a title noun right before the marks ("Film „…“").

Short fictional items of our own, gold decided before the stage was run on them:
- Items 1, 2, 9: a role noun or a name and a colon open the headline; the words in marks follow
  later in the line.
- Items 3, 4: "Name zum Thema:" and "Name zum Thema" without a colon before the marks.
- Held items 5 to 8 and 10: a motto, a debate's title, a film's title in a label line of a
  person, a topic label, a place label.
- Item 11: the marks open the headline, the person after a spaced dash as the subject of the rest
  ("„…“ – Ministerin Roth verschiebt Neubau"); held item 12: a film's title there, a title noun
  after the dash.

First pass of the stage before the rule of a line labelled by a person: 0 of 6 exact, one false
positive (held item 6: the older rule for a label line before marks that close the line reads a
debate's title as speech), speakers 0 of 0; with the rule 6 of 6 exact, speakers 6 of 6, the
false positive of item 6 left.

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt.
All people, papers, firms and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 1100 1111 -v
  python3 tools/quotes/check_set_de_part33.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 1100

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 a role noun and a colon open the headline, a phrase in marks later in the line
A(["Verkehrsministerin: Neue Brücke über die Saale kommt „frühestens im Herbst“",
   "Die Verkehrsministerin Jana Roth hat am Montag den Zeitplan für den Neubau vorgestellt. Die alte Brücke "
   "bleibt bis dahin für Lastwagen gesperrt."],
  [("frühestens im Herbst", "Verkehrsministerin", None)])

# 2 a surname and a colon, the name written in full in the text
A(["Hartmann: Ausbau der Kitas „war längst überfällig“",
   "Die Bürgermeisterin Ines Hartmann hat am Dienstag den Neubau von drei Kindergärten angekündigt. Der "
   "Stadtrat hatte die Mittel im Frühjahr bewilligt."],
  [("war längst überfällig", "Hartmann", None)])

# 3 "Name zum Thema:" with one word in marks
A(["Trainer Olsen zum Derby: „Enttäuschend“",
   "Nach der Niederlage gegen den Nachbarn aus Talheim stand Trainer Mats Olsen lange am Spielfeldrand. Die "
   "Mannschaft verlor mit 0:3."],
  [("Enttäuschend", "Trainer Olsen", None)])

# 4 "Name zum Thema" without a colon, a sentence in marks
A(["Lina Berger zum Stadtfest „Wir feiern trotz Regen weiter“",
   "Die Veranstalterin Lina Berger will das Fest am Wochenende nicht absagen. Für Samstag ist Regen "
   "angekündigt."],
  [("Wir feiern trotz Regen weiter", "Lina Berger", None)])

# 5 held: a motto after a label noun
A(["Motto: „Bunt statt grau“",
   "Das Stadtfest in Kirchtal steht in diesem Jahr unter einem neuen Leitgedanken. Es beginnt am Freitag."],
  [])

# 6 held: the title of a debate after its label
A(["Aktuelle Stunde: „Wohnungsnot in Talheim“",
   "Der Landtag debattiert am Donnerstag über die Mieten in der Kreisstadt. Beantragt hat die Debatte die "
   "Fraktion der Grünen."],
  [])

# 7 held: a film's title in a person's label line
A(["Hartmann: Film „Stille Tage“ läuft im Rathaus",
   "Die Bürgermeisterin Ines Hartmann lädt am Freitag zu einem Kinoabend ein. Der Eintritt ist frei."],
  [])

# 8 held: a topic label, nobody named
A(["Verkehr: Stadt plant „grüne Welle“ für die Innenstadt",
   "Die Ampeln an der Hauptstraße sollen im nächsten Jahr neu geschaltet werden. Die Arbeiten dauern drei "
   "Wochen."],
  [])

# 9 a compound role noun, one lowercase word in marks after a noun
A(["Polizeisprecher: Lage in der Altstadt „ruhig“",
   "Nach dem Spiel zogen rund 300 Fans durch die Gassen. Ein Polizeisprecher sagte am Abend, es habe keine "
   "Festnahmen gegeben."],
  [("ruhig", "Polizeisprecher", None)])

# 10 held: a place label, nobody named
A(["Kirchtal: Rathaus bekommt „grünes Dach“",
   "In Kirchtal wird das Dach des Rathauses im Sommer bepflanzt. Die Kosten trägt das Land."],
  [])

# 11 the marks open the headline, a spaced dash and the person as the subject after them
A(["„Nicht vor dem Sommer“ – Ministerin Roth verschiebt Neubau",
   "Die Verkehrsministerin Jana Roth hat den Baubeginn für die neue Brücke am Mittwoch verschoben. Grund "
   "sind fehlende Gutachten."],
  [("Nicht vor dem Sommer", "Ministerin Roth", None)])

# 12 held: a film's title opens the headline, a spaced dash and a title noun after it
A(["„Stille Tage“ – Film läuft ab Freitag im Rathaus",
   "Die Bürgermeisterin Ines Hartmann lädt zu drei Vorführungen ein. Der Eintritt ist frei."],
  [])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
