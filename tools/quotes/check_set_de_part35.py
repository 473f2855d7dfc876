#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirty-fifth part of the German quotes check set: a sentence pointing back after a partial quotation.

A sentence that points back at a quotation ("Das sagte X.", "X sagte dies …") names the speaker of
a quotation that ends the sentence before it. News copies also quote a few words inside a sentence
that goes on after the closing mark ("Die Brücke sei „…“ seit dem Hochwasser. Das sagte X am
Dienstag."), and put the pointing word after the verb ("X sagte dies vor Journalisten").

Short fictional items of our own, gold decided before the stage was run on them:
- Items 1, 4: a partial quotation in a sentence with no cue and no speaker, the next sentence
  opened by "Das" and a verb of speech.
- Items 2, 3: the same with the pointing word after the verb ("X sagte dies", "X sagte das"), once
  from the next paragraph.
- Held item 5: the next sentence has a quotation of its own and "Das" is the subject of "sei"; the
  first quotation keeps no speaker.
- Held item 6: "Das" as the subject of a verb that is no verb of speech.
- Held item 7: the quotation already has a cue and a speaker in its own sentence; a sentence saying
  that someone else said so too does not replace them.
- Item 8 (added after the first pass): the sentence's stop right after the closing mark, "X sagte
  dies" opening the next paragraph.

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt.
All people, papers, firms and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 1200 1207 -v
  python3 tools/quotes/check_set_de_part35.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 1200

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 a partial quotation, the sentence going on after it; "Das sagte X" in the next sentence
A(["Die Brücke über die Saale sei „in einem kritischen Zustand“ seit dem Hochwasser im Frühjahr. Das sagte der "
   "Ingenieur Lukas Brandt am Dienstag in Kirchtal."],
  [("in einem kritischen Zustand", "der Ingenieur Lukas Brandt", None)])

# 2 the pointing word after the verb: "X sagte dies"
A(["Der Stadtrat habe bei der Sanierung der Schule „viel zu lange gezögert“ und damit Geld verloren. "
   "Bürgermeisterin Anna Keller sagte dies am Mittwoch vor Journalisten."],
  [("viel zu lange gezögert", "Bürgermeisterin Anna Keller", None)])

# 3 "X sagte das" opening the next paragraph
A(["Der Rat war in der Frage der Windräder „tief gespalten“ bis zuletzt.",
   "Ratsvorsitzender Jonas Weber sagte das nach der Sitzung am Abend."],
  [("tief gespalten", "Ratsvorsitzender Jonas Weber", None)])

# 4 "Das betonte X" after a partial quotation
A(["Viele Familien könnten sich das Freibad „schlicht nicht mehr leisten“ bei diesen Preisen. Das betonte die "
   "Verbraucherschützerin Maria Lenz am Freitag."],
  [("schlicht nicht mehr leisten", "die Verbraucherschützerin Maria Lenz", None)])

# 5 held: the next sentence has a quotation of its own, "Das" the subject of "sei"
A(["Die Firma habe „keine andere Wahl“ gehabt beim Abbau der Stellen. Das sei „eine bittere Wahrheit“, sagte "
   "der Betriebsrat Nils Graf."],
  [("keine andere Wahl", None, None),
   ("eine bittere Wahrheit", "der Betriebsrat Nils Graf", None)])

# 6 held: "Das" as the subject of a verb that is no verb of speech
A(["Der Fahrplan auf der Strecke nach Talheim soll „spürbar dichter“ werden im nächsten Jahr. Das kostet das "
   "Land rund zwei Millionen Euro."],
  [("spürbar dichter", None, None)])

# 7 held: the quotation has a cue and a speaker of its own
A(["Die Ministerin Jana Roth nannte den Plan „einen Schritt in die richtige Richtung“ für die Region. Das sagte "
   "auch der Landrat Paul Eck."],
  [("einen Schritt in die richtige Richtung", "Die Ministerin Jana Roth", None)])

# 8 (added after the first pass) the sentence's stop right after the closing mark, "X sagte dies" opening the
# next paragraph
A(["Die Gemeinde sei mit der Unterbringung „am Ende ihrer Kräfte“.",
   "Landrat Paul Eck sagte dies am Montag in Kirchtal."],
  [("am Ende ihrer Kräfte", "Landrat Paul Eck", None)])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
