#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirtieth part of the German quotes check set: what a tenth set of real news copies showed.

A tenth first pass of the stage on real German news text, world news again but on other topics
and outlets than the ninth (46 articles: elections in Brazil and France, the British parliament
and the withdrawal from the EU, climate summits, the NATO, the International Court of Justice,
the earthquake in Japan, bush fires in Australia, Nobel prizes, the space station, cycling; agency
copies and German, Austrian, Swiss, Belgian and Luxembourg outlets; read once, kept outside the
repository, none of it sharing eight words in a row with the WikiNews suite or the nine earlier
sets) was the held-out figure of parts 19-29. Its first pass: 89 of 91 quotations exact, 2 false
positives, speakers 82 of 89; the ten articles held out before any change: 26 of 27 exact, no
false positive, speakers 24 of 26. The general cause fixed here, with short fictional items of
our own whose gold was decided before the stage was run on them:
- The participle "geworben" is a cue as "warb" and "wirbt" are: a pluperfect sentence that
  "had argued for" something before a colon or before a quoted sentence standing alone names
  its speaker ("Vor der Abstimmung hatte X für den Vertrag geworben: „…“"); without the row the
  noun after the fronted preposition was taken for the speaker (items 1, 2; held item 3, a
  slogan in marks after "mit dem Spruch" stays no quotation).

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt.
All people, papers, firms and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 950 953 -v
  python3 tools/quotes/check_set_de_part30.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 950

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 a fronted time, the pluperfect of "werben" and a colon
A(["Wahl in Sandhagen",
   "Kurz vor der Wahl hatte die Kandidatin Marta Vogt noch einmal für ihr Programm geworben: „Wir machen "
   "die Schulen wieder stark.“ Das Ergebnis wird am Abend erwartet."],
  [("Wir machen die Schulen wieder stark.", "die Kandidatin Marta Vogt", "geworben")])

# 2 the same sentence closed by a stop, the quoted sentence standing alone after it
A(["Der Rat stimmte am Donnerstag über die neue Halle ab. Zuvor hatte Bürgermeister Jan Roth eindringlich "
   "für den Neubau geworben. „Ohne die Halle verlieren wir unsere Vereine.“ Die Mehrheit folgte ihm."],
  [("Ohne die Halle verlieren wir unsere Vereine.", "Bürgermeister Jan Roth", None)])

# 3 held: a slogan in marks after "mit dem Spruch" and the participle is no quotation
A(["Die Hofmolkerei Kessler hat im Sommer mit dem Spruch „Frisch vom Hof“ geworben. Der Absatz stieg "
   "um ein Drittel."],
  [])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
