#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirty-first part of the German quotes check set: the errors left on the seventh to ninth sets
of real news copies.

The wrong speakers, false positives and missed quotations the stage still made on the seventh,
eighth and ninth sets of real German news copies (kept outside the repository) were listed by
kind. The most frequent kinds: a term or a name in marks counted as a quotation, a short headline
quotation after a name and a colon missed, a sentence pointing back at a partial quotation
("… „…“ vor sieben Jahren. Das sagte X."), and cues the lexicon did not know. This part covers the
last kind, with short fictional items of our own whose gold was decided before the stage was run
on them:
- "sicherte … zu", "sicherten … zu", "sichert … zu" (gave an assurance) and "schränkt … ein"
  (the present of the known "schränkte … ein") are cues, also with an adverb between the subject
  and the particle (items 1, 2, 4); "bilanziert" is one as "bilanzierte" is (item 3).
- Held items 5 and 6: the same verbs with an object and no quotation ("sichert den Platz",
  "schränkt den Verkehr … ein") leave the cue of the next sentence or clause alone.

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt.
All people, papers, firms and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 1000 1005 -v
  python3 tools/quotes/check_set_de_part31.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 1000

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 "sicherte … zu" after the marks, an adverb before the particle
A(["Der Zulieferer Nordwerk hat seine Lieferprobleme nach eigenen Angaben gelöst. „Wir liefern alle Teile "
   "bis Ende März“, sicherte die Firmenchefin Jana Roth weiter zu."],
  [("Wir liefern alle Teile bis Ende März", "die Firmenchefin Jana Roth", "sicherte zu")])

# 2 "schränkt … ein" in the present
A(["Der Sommer war im Norden viel zu trocken. „Im Süden blieb es dagegen feucht“, schränkt der "
   "Meteorologe Uwe Falk ein."],
  [("Im Süden blieb es dagegen feucht", "der Meteorologe Uwe Falk", "schränkt ein")])

# 3 "bilanziert" after the marks
A(["Die Wintersaison in den Bergen von Arnsried ist vorbei. „Mit dem Winter sind wir nicht zufrieden“, "
   "bilanziert Verbandschef Rolf Amman."],
  [("Mit dem Winter sind wir nicht zufrieden", "Verbandschef Rolf Amman", "bilanziert")])

# 4 the plural "sicherten … zu" with a time before the particle
A(["„Die Brücke wird bis Juni fertig“, sicherten die beiden Bauleiter am Montag zu."],
  [("Die Brücke wird bis Juni fertig", "die beiden Bauleiter", "sicherten zu")])

# 5 held: "sichert" with an object and no particle; the next sentence has its own cue
A(["Die Stadt sichert den Platz vor dem Rathaus mit Gittern. „Hier ist es viel zu eng“, sagte eine "
   "Anwohnerin."],
  [("Hier ist es viel zu eng", "eine Anwohnerin", "sagte")])

# 6 held: "schränkt … ein" with an object, then a cue of its own before a colon
A(["Der Bürgermeister schränkt den Verkehr in der Altstadt ein und sagt: „Wir brauchen mehr Platz für "
   "Fußgänger.“"],
  [("Wir brauchen mehr Platz für Fußgänger.", "Der Bürgermeister", "sagt")])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
