#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirty-second part of the German quotes check set: short quotations (one to four words)
attributed by a verb in the same sentence.

About a third of the quotations of German news are short: a term or a phrase a source used,
given in the same sentence as the source ("bezeichnete X als „…“", "sprach von „…“"). Listed by
kind over the real news copies kept outside the repository, the short quotations the stage
missed are mostly headlines after a label, terms the writer marks with nobody quoting them
(which the dev suite's conventions leave unmarked), and terms after verbs the lexicon did not
know as verbs of speech. This part covers the last kind, with short fictional items of our own
whose gold was decided before the stage was run on them:
- "beschreiben … als „…“" (the present plural of the known "beschreibt", "beschrieb") attributes
  a term to its subject (items 1, 4).
- "schätzt", "schätzte" (an estimate given) attribute the figure they put something at:
  "schätzt die Schäden auf „…“" (items 2, 3).
- Held items 5 and 6: "schätzt" without marks (to value something), then a quotation with its
  own cue; a title in marks with nobody quoted stays no quotation.
- A word of time right before the marks ends an adverbial and names nothing, so the marks are no
  name in apposition to it: "hatte X am Donnerstag „Bedenken“ geäußert" (item 7). (Not yet
  handled: read so, a headline after "titelte am Morgen" in part 15 became a quotation.)
- "fühlt sich", "fühlte sich", "fühlen sich", "fühlten sich" attribute the state in marks to the
  subject, as "zeigte sich" does (items 8, 9); "drücken … aus" is a cue as "drückte … aus" is
  (item 10), and a possessive of the object case ("Ihren Dank drücken die Helfer … aus") opens
  no subject. (Item 8 still gives "von der Stadt" as the speaker: "von der" reads as a name's
  particles.)

First pass of the stage before the rows this part illustrates: 3 of 10 exact, no false positive,
speakers 3 of 3; with them 9 of 10, speakers 8 of 9.
- Held items 11 and 12: a title in marks after a day with nobody quoted; "fühlt sich" without
  marks before a quotation with its own cue.

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt.
All people, papers, firms and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 1050 1061 -v
  python3 tools/quotes/check_set_de_part32.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 1050

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 "beschreiben … als" after the object, one word in marks
A(["Im Moor bei Hallwang haben Forscher ein Gefäß aus der Bronzezeit gefunden. Die Archäologinnen "
   "beschreiben den Fund als „rätselhaft“."],
  [("rätselhaft", "Die Archäologinnen", "beschreiben")])

# 2 "schätzt … auf" with a single word in marks
A(["Der Hagel hat in der Nacht viele Dächer beschädigt. Der Verbandschef Ralf Kessler schätzt die "
   "Schäden auf „Millionenhöhe“."],
  [("Millionenhöhe", "Der Verbandschef Ralf Kessler", "schätzt")])

# 3 "schätzte" with a time before the phrase in marks
A(["In der Lagerhalle am Kanal brach am Sonntag ein Feuer aus. Die Feuerwehr schätzte den Schaden am "
   "Montag auf „gut eine Million Euro“."],
  [("gut eine Million Euro", "Die Feuerwehr", "schätzte")])

# 4 "beschreiben … als" with two words in marks
A(["Nach dem Unfall auf der Landstraße liegen noch drei Menschen im Krankenhaus. Die Ärzte beschreiben "
   "ihren Zustand als „sehr ernst“."],
  [("sehr ernst", "Die Ärzte", "beschreiben")])

# 5 held: "schätzt" to value something, no marks; the next sentence has its own cue
A(["Die Gemeinde Kirchtal schätzt ihre Ruhe. „Wir wollen hier keinen Durchgangsverkehr“, sagte die "
   "Bürgermeisterin Eva Brandt."],
  [("Wir wollen hier keinen Durchgangsverkehr", "die Bürgermeisterin Eva Brandt", "sagte")])

# 6 held: a title in marks, nobody quoted
A(["Im Stadtkino läuft seit Montag der Film „Stille Tage“ von Mara Lenz."],
  [])

# 7 a word of time right before the marks ends an adverbial, it names nothing ("geäußert")
A(["Der Bebauungsplan für das Hafenviertel bleibt umstritten. Im Stadtrat hatte der Abgeordnete Paul "
   "Winter am Donnerstag „Bedenken“ geäußert."],
  [("Bedenken", "der Abgeordnete Paul Winter", "geäußert")])

# 8 "fühlt sich" with the words in marks
A(["Die neue Halle wird erst im Herbst fertig. Der Sportverein Talheim fühlt sich von der Stadt „im "
   "Stich gelassen“."],
  [("im Stich gelassen", "Der Sportverein Talheim", "fühlt sich")])

# 9 "fühlten sich" in the past, one word in marks
A(["Viele Mieter fühlten sich nach der Sanierung „übergangen“."],
  [("übergangen", "Viele Mieter", "fühlten sich")])

# 10 "drücken … aus" in the present plural, the word after a colon
A(["Ihren Dank drücken die Helfer am Deich mit einem Wort aus: „Wahnsinn“."],
  [("Wahnsinn", "die Helfer am Deich", "drücken aus")])

# 11 held: a title in marks after a day, nobody quoted
A(["Im Rathaus von Kirchtal öffnet am Samstag „Farben des Nordens“, eine Schau mit Bildern aus drei "
   "Jahrhunderten."],
  [])

# 12 held: "fühlt sich" without marks, the quotation after it has its own cue
A(["Lea Vogt fühlt sich wohl in Talheim. „Hier passt einfach alles“, sagte die Trainerin am Sonntag."],
  [("Hier passt einfach alles", "die Trainerin", "sagte")])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
