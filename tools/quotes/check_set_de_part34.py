#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirty-fourth part of the German quotes check set: words in marks that are part of a noun.

News copies put marks around words that no one is quoted as saying: the first part of a compound
glued to the next word by a hyphen ("ein „Beta“-Stempel", "das „Bitte warten“-Schild"), the noun of
a phrase with a determiner and an adjective before it ("das übliche „Drama“"), the title of an
exhibition or the name of a storm ("die Ausstellung „…“", "Wirbelsturm „…“"). A verb of speech
elsewhere in the sentence made some of them quotations.

Short fictional items of our own, gold decided before the stage was run on them:
- Held items 1, 2: a word or a short phrase in marks glued by a hyphen to the noun after it, a verb
  of speech in the sentence.
- Item 3: a genuine single word in marks after a naming verb, a spaced dash after it (no compound).
- Held items 4, 5: one word in marks after a determiner and a declined adjective.
- Items 6, 7: genuine short quotations that stay: a term after "sprach von einer" and an adjective,
  and a term after "als".
- Held items 8, 9: an exhibition's title and a storm's name after their nouns.
- Item 10: a genuine quotation after a colon in a sentence that mentions an exhibition.

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt.
All people, papers, firms and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 1150 1159 -v
  python3 tools/quotes/check_set_de_part34.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 1150

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 held: one word in marks glued by a hyphen to the noun after it
A(["Die neue Stadtbibliothek in Kirchtal trägt auf ihrer Website noch einen „Test“-Vermerk, sagte die Leiterin "
   "Anke Wolf am Montag. Der Umzug in das neue Gebäude soll im Mai abgeschlossen sein."],
  [])

# 2 held: a short phrase in marks as the first part of a compound
A(["Am Bahnhof von Talheim hing am Morgen ein „Bitte nicht einsteigen“-Schild an jedem Zug, wie ein Sprecher "
   "der Bahn mitteilte. Grund war ein Stellwerksschaden."],
  [])

# 3 a single word after a naming verb, a spaced dash after it
A(["Der Trainer Mats Olsen nannte das Spiel „enttäuschend“ – mehr wollte er nach dem 0:3 nicht sagen."],
  [("enttäuschend", "Der Trainer Mats Olsen", None)])

# 4 held: one word after a determiner and a declined adjective
A(["Die Zeitung bot ihren Lesern am Wochenende das übliche „Drama“ um den Trainerwechsel. Der Verein selbst "
   "äußerte sich nicht."],
  [])

# 5 held: one word after a possessive and an adjective, a verb of speech later in the sentence
A(["Der Verein schickte seinen Mitgliedern den bewährten „Sommergruß“ und kündigte darin das Fest am "
   "Seeufer an."],
  [])

# 6 a term after "sprach von einer" and an adjective
A(["Die Ministerin Jana Roth sprach am Dienstag von einer schweren „Vertrauenskrise“ zwischen Land und Kommunen."],
  [("Vertrauenskrise", "Die Ministerin Jana Roth", None)])

# 7 a term after "als", the source the subject
A(["Der Anwalt Tobias Brenner bezeichnete das Urteil als „völlig unverständlich“ und kündigte Berufung an."],
  [("völlig unverständlich", "Der Anwalt Tobias Brenner", None)])

# 8 held: an exhibition's title after its noun, a verb of speech later in the text
A(["Im Stadtmuseum eröffnete Kulturdezernentin Maren Fink am Sonntag die Ausstellung „Licht und Schatten. "
   "Fotografien aus hundert Jahren“. Sie sei stolz auf das Haus, sagte Fink."],
  [])

# 9 held: a storm's name after its noun
A(["Der Wirbelsturm „Lotte“ hat in der Nacht auf den Inseln vor der Küste Dächer abgedeckt, teilte der "
   "Wetterdienst mit."],
  [])

# 10 a genuine quotation after a colon, an exhibition named before it
A(["Die Kuratorin Eva Lindner sagte bei der Eröffnung der Ausstellung: „Wir zeigen Bilder, die noch nie zu "
   "sehen waren.“"],
  [("Wir zeigen Bilder, die noch nie zu sehen waren.", "Die Kuratorin Eva Lindner", None)])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
