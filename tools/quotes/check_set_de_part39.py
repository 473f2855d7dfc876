#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirty-ninth part of the German quotes check set: quotations that name no speaker near them.

A first pass on German news articles outside the suite showed quotations that the stage left without any
speaker although a reader knows who speaks: the speaker of the quotation just before, with only a verb
without a subject between ("Die Ministerin betonte: „…“ stellte aber zugleich klar, dass es „…“ nicht
geben könne."), or the person who is the subject of a sentence before it in the same paragraph ("Wenn der
Landwirt X über sein Feld geht, … Schuld ist die Dürre: „…“").

- Item 1: a quotation continuing the speaker of the quotation before it, nothing between.
- Item 2: a quotation after a paragraph whose sentences name another person as the subject.
- Item 3: a person as the subject of a sentence before a colon sentence whose subject is no person.
- Item 4: an article with no person at all: the quotation stays without speaker.
- Item 5: a quotation after a title in marks: the title quotes nobody; the person named as the subject
  before it speaks.
- Item 6: a quotation after an impersonal cue of its own ("hieß es") stays without speaker.
- Items 7, 8 (added after the first pass, which items 1-6 passed but for item 2): a pronoun subject standing
  for the person named before it in its own sentence, and a cue without a subject of its own after a colon
  quotation.

Gold decided before the stage was run on them; the speaker is the mention as written by the conventions
table in Plugins/Quotes/Resources/README.txt. All people, places and bodies are fictional.

  python3 tools/quotes/score_de.py NLPSH 1400 1409 -v
  python3 tools/quotes/check_set_de_part39.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 1400

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 a second quotation in a clause without a subject of its own after a colon quotation
A(["Die Ärztin Nora Lind sprach am Abend im Gemeindesaal von Kirchtal. Die Ärztin warnte: „Wir haben im "
   "Winter zu wenig Betten für alle.“ räumte aber zugleich ein, dass es „kein schnelles Mittel“ gegen den "
   "Mangel gebe."],
  [("Wir haben im Winter zu wenig Betten für alle.", "Die Ärztin", "warnte"),
   ("kein schnelles Mittel", "Die Ärztin", "räumte ein")])

# 2 a quotation after a paragraph whose subject is another person than the speaker before
A(["„Die Ernte ist gut“, sagte der Händler Jonas Weber am Markt.",
   "Wenn der Landwirt Paul Eck aus Talheim über seine Wiese geht, wird er still. Dort, wo sonst hohes "
   "Gras steht, ist in diesem Jahr nur braune Erde zu sehen. Schuld ist die lange Dürre: „Ich habe so "
   "etwas in vierzig Jahren nicht erlebt. Die Tiere finden kein Futter mehr.“"],
  [("Die Ernte ist gut", "der Händler Jonas Weber", "sagte"),
   ("Ich habe so etwas in vierzig Jahren nicht erlebt. Die Tiere finden kein Futter mehr.",
    "der Landwirt Paul Eck", None)])

# 3 a surname as the subject, a sentence about the topic between, the quotation without attribution
A(["Die Ministerin Eva Hartmann stellte am Dienstag den Bericht zur Lage der Schulen vor. Hartmann "
   "zeichnete ein ernstes Bild. „Wenn nichts geschieht, fehlen in fünf Jahren tausend Lehrkräfte.“ Die "
   "Opposition verlangt eine Debatte im Landtag."],
  [("Wenn nichts geschieht, fehlen in fünf Jahren tausend Lehrkräfte.", "Hartmann", None)])

# 4 no person in the article: the quotation stays without speaker
A(["Der Regen hält seit drei Tagen an. Im Tal stehen die Keller unter Wasser, die Straße nach Kirchtal ist "
   "gesperrt. „Bitte bleiben Sie zu Hause.“"],
  [("Bitte bleiben Sie zu Hause.", None, None)])

# 5 a title in marks between the person and the quotation
A(["Die Regisseurin Mara Lenz stellte am Abend in Talheim ihren Film „Die stille Bucht“ vor. Der Saal war "
   "bis auf den letzten Platz besetzt. „Ich wollte zeigen, wie ein Dorf langsam verschwindet.“"],
  [("Ich wollte zeigen, wie ein Dorf langsam verschwindet.", "Die Regisseurin Mara Lenz", None)])

# 6 held: an impersonal cue of its own sentence names no source
A(["Die Feuerwehr rückte am Morgen zum Hafen aus. „Die Lage ist unter Kontrolle“, hieß es am Mittag."],
  [("Die Lage ist unter Kontrolle", None, "hieß es")])

# 7 (added after the first pass) a pronoun subject after the person in its own sentence, two sentences before
# a colon sentence whose subject is no person
A(["Wenn die Imkerin Hanna Roth aus Kirchtal morgens ihre Kästen öffnet, wird sie oft still. Viele Völker "
   "haben den langen Winter nicht überlebt. Schuld ist die Milbe: „Ich habe im Frühjahr ein Drittel meiner "
   "Bienen verloren.“"],
  [("Ich habe im Frühjahr ein Drittel meiner Bienen verloren.", "die Imkerin Hanna Roth", None)])

# 8 (added after the first pass) a cue without a subject of its own after a colon quotation, the words in
# reported speech
A(["Der Bürgermeister sprach am Montag vor dem Rat über die gesperrte Brücke. Der Bürgermeister betonte: "
   "„Die Sicherheit der Kinder geht vor.“ stellte aber auch klar, dass es „keinen Baubeginn vor dem "
   "Sommer“ geben werde."],
  [("Die Sicherheit der Kinder geht vor.", "Der Bürgermeister", "betonte"),
   ("keinen Baubeginn vor dem Sommer", "Der Bürgermeister", "stellte klar")])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
