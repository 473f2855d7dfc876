#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Twenty-fourth part of the German quotes check set: what a sixth set of real news copies showed.

A sixth first pass of the stage on real German news text (31 articles: agency and local news,
police, courts, trade unions, hospitals, business, sport, weather; read once, kept outside the
repository, none of it sharing eight words in a row with the WikiNews suite or the five earlier
sets) was the held-out figure of parts 19-23. Its most frequent fault was a false positive: a bare
term in marks taken for a quotation. One general cause is fixed here: nouns that introduce a term
or a label ("Begriff", "Stichwort", "Schlagwort", "Merkmal", "Tagesordnungspunkt") right before
the marks make what they enclose a name, like "Motto" or "Bezeichnung" before them ("das
strafschärfende Merkmal „…“", "ein Tagesordnungspunkt „…“"). These are rows of the titles table
of the lexicon. This part has short fictional news items of our own, with the gold decided before
the stage was run on them, and beside them what the rows must leave alone: a quotation after a
colon behind "Begriff" (item 5) and after "ergriff das Wort" (item 6).

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt.
All people, firms, media and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 739 748 -v

Items 7-10, with longer phrases in marks, were written after items 1-6 and before the first
pass. First pass of items 1-10 on the stage before this part: 5 of 5 exact, three false
positives (the agenda item's name of item 2, the legal phrase of item 7, the agenda item's name
of item 8), speakers 5 of 5; held items 5 and 6 right. With the rows: 5 of 5 exact, one false positive left (item 8: a name of four words ending in a
stop inside the marks), speakers 5 of 5. Parts 1-23, the multilingual sets, the mark variants and
the dev suite unchanged.

  python3 tools/quotes/check_set_de_part24.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 739

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 "Merkmal" before a legal phrase in marks, a quotation with its own cue after it
A(["Justizministerin will Strafrecht ändern",
   "Justizministerin Vera Lohmann will das Merkmal „aus niedrigen Beweggründen“ im Strafgesetzbuch neu fassen. "
   "„Die Formulierung stammt aus einer anderen Zeit“, sagte sie am Dienstag in Kernau."],
  [("Die Formulierung stammt aus einer anderen Zeit", "sie", "sagte")])

# 2 "Tagesordnungspunkt" before an agenda item's name, a speaker in the same sentence
A(["Gemeinderat vertagt Entscheidung",
   "Über das neue Feuerwehrhaus in Brackwede sprach der Gemeinderat am Montag nur unter dem Tagesordnungspunkt "
   "„Verschiedenes“, wie Bürgermeister Udo Fries mitteilte. Eine Entscheidung fällt im Juni."],
  [])

# 3 "Begriff" before a word in marks, a cue after it
A(["Streit um Namen für Neubaugebiet",
   "Den Begriff „Heimatquartier“ für das Neubaugebiet am Stadtrand hält die Opposition für irreführend, erklärte "
   "Fraktionschef Lars Weber. Die Verwaltung will an dem Namen festhalten."],
  [])

# 4 "Stichwort" and "Schlagwort" before labels, a quotation after them
A(["Stadtwerke planen Ladesäulen",
   "Unter dem Schlagwort „Strom für alle“ wollen die Stadtwerke Ostfelde in diesem Jahr 200 Ladesäulen aufstellen. "
   "Stichwort „Netzausbau“: Auch die Leitungen müssen erneuert werden. „Wir sind gut vorbereitet“, sagte "
   "Geschäftsführerin Anke Maurer."],
  [("Wir sind gut vorbereitet", "Geschäftsführerin Anke Maurer", "sagte")])

# 5 held: "Begriff" not right before the marks, a quotation after a colon
A(["Forscher prägt neuen Begriff",
   "Den Begriff prägte der Soziologe Max Lindner bei einem Vortrag in Halbrück: „Wir leben in einer Zeit der "
   "ständigen Erreichbarkeit.“ Sein Buch erscheint im Herbst."],
  [("Wir leben in einer Zeit der ständigen Erreichbarkeit.", "der Soziologe Max Lindner", None)])

# 6 held: "das Wort" before a colon and a quotation; "Wort" is no row
A(["Abschied im Rathaus",
   "Nach 24 Jahren im Amt ist Bürgermeisterin Hanna Kroll in Lübsee verabschiedet worden. Zum Schluss ergriff "
   "sie selbst das Wort: „Ich habe gerne für diese Stadt gearbeitet.“"],
  [("Ich habe gerne für diese Stadt gearbeitet.", "sie", None)])

# 7 "Merkmal" before a phrase of five words, no speaker in the sentence
A(["Bundesrat berät über Strafrecht",
   "Der Entwurf will das strafschärfende Merkmal „unter Ausnutzung einer hilflosen Lage“ bei Betrug und Diebstahl "
   "einführen. Der Bundesrat berät im Mai darüber."],
  [])

# 8 "Tagesordnungspunkt" before an item's name with a stop inside the marks
A(["Kreistag tagt in Rehfeld",
   "Zum Krankenhaus in Rehfeld gab es am Montag keine Abstimmung, es war ein Tagesordnungspunkt „zur Information "
   "des Kreistags.“. Der Landrat kündigte eine Sondersitzung an."],
  [])

# 9 "Begriff" before a longer phrase, a quotation with a cue in the next sentence
A(["Wohnprojekt in Dahlem",
   "Die Genossenschaft wirbt mit dem Begriff „Wohnen für alle Generationen unter einem Dach“ für ihr Projekt. "
   "„Wir haben schon 300 Anfragen“, sagte Vorstand Tim Berger."],
  [("Wir haben schon 300 Anfragen", "Vorstand Tim Berger", "sagte")])

# 10 "Schlagwort" before a phrase of five words, a speaker after it
A(["Verkehrswende in Ostfelde",
   "Unter dem Schlagwort „Mehr Platz für das Rad“ hat die Stadt Ostfelde ihr Verkehrskonzept vorgestellt, "
   "berichtete Baudezernent Paul Engel. Die ersten Radwege entstehen im Sommer."],
  [])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
