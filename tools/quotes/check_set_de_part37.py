#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirty-seventh part of the German quotes check set: names, titles and terms in marks that nobody says.

News copies put names, titles and legal terms in marks in sentences that also report speech. A first pass
on German WikiNews articles outside the suite showed four kinds the stage still took for quotations:

- Items 1, 2: a second name joined by "und" or "oder" to marks already judged a name ("die Bunker „A“ und
  „B“"): it is a name too.
- Items 3, 4: a name right after a noun of an outlet ("meldete die Nachrichtenagentur „…“", "das
  Nachrichtenportal „…“"), as after "Zeitung" or "Sender".
- Items 5, 6: the name of an association or firm after a determiner, ending in its legal form ("des „…
  e.V.“", "der „… GmbH“").
- Items 7, 8: a title announced by a noun of naming as the object of the colon's sentence ("Den Titel des
  Albums verriet die Band: „…“").
- Items 9, 10: a charge after "wegen" in marks ("wurde wegen „…“ angezeigt").
- Held items 11-16: genuine quotations near such words that must stay: two words of a naming cue joined by
  "und", a paper's words after a colon, words after "Namen" that are speech, a firm's legal form inside a
  quoted sentence, a partial quotation in reported speech, a name and then speech after "und".

Gold decided before the stage was run on them; the speaker is the mention as written by the conventions
table in Plugins/Quotes/Resources/README.txt. All people, papers, firms and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 1300 1315 -v
  python3 tools/quotes/check_set_de_part37.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 1300

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 two names joined by "und" in reported speech, the first after a plural noun
A(["Der Landrat sagte am Dienstag, die Bunker „Falkenstein“ und „Tannenberg III“ würden im Herbst geräumt. "
   "Die Anwohner seien bereits informiert."],
  [])

# 2 two names joined by "oder"
A(["Ob die Fähren „Nordlicht“ oder „Seestern II“ im Mai wieder fahren, sei noch offen, teilte die Reederei "
   "am Montag mit."],
  [])

# 3 a name after a noun of an outlet, the subject after the cue, reported speech after the comma
A(["Am Abend meldete die Nachrichtenagentur „Nordpress“, der Damm sei an zwei Stellen gebrochen. Die "
   "Feuerwehr war mit hundert Leuten im Einsatz."],
  [])

# 4 the same with a compound ending in "portal"
A(["Gegen Mittag berichtete das Nachrichtenportal „Hafenblick“, die Brücke bleibe bis Freitag gesperrt. "
   "Umleitungen sind ausgeschildert."],
  [])

# 5 an association's name with its legal form after a genitive determiner
A(["Auf der Startseite ist derzeit nur ein Hinweis des „Freundeskreis Alte Mühle Talheim e.V.“ zu lesen. "
   "Der Verein will die Seite bald wieder freischalten."],
  [])

# 6 a firm's name with its legal form
A(["Nach der Mitteilung der „Nordbau Projektentwicklung GmbH“ sollen die Arbeiten im März beginnen, sagte "
   "der Bauamtsleiter Jonas Weber."],
  [])

# 7 a title after a colon, "Titel" the fronted object of the colon's sentence
A(["Den Titel des neuen Albums verriet die Band bereits am Montag: „Lichter über Kirchtal“. Es erscheint "
   "im Oktober."],
  [])

# 8 "Namen" the object after the verb
A(["Der Verein gab am Freitag den Namen des neuen Maskottchens bekannt: „Bruno der Biber“. Die Kinder "
   "hatten abgestimmt."],
  [])

# 9 a charge after "wegen"
A(["Ein 31-jähriger Mann aus Talheim wurde wegen „schwerer Sachbeschädigung und Nötigung“ angezeigt. Er "
   "hatte mehrere Autos beschädigt."],
  [])

# 10 the same after "wegen" with a single genitive noun phrase
A(["Die Firma wurde im Frühjahr wegen „unlauteren Wettbewerbs“ verklagt. Das Urteil wird im Juli erwartet."],
  [])

# 11 held: two words a naming cue reports, joined by "und"
A(["Der Minister nannte den Plan „unverantwortlich“ und „überhastet“."],
  [("unverantwortlich", "Der Minister", None), ("überhastet", "Der Minister", None)])

# 12 held: a paper's own words after a colon, the outlet noun as subject
A(["Die Nachrichtenagentur meldete am Morgen: „Der Damm hält.“ Am Mittag gab die Stadt Entwarnung."],
  [("Der Damm hält.", "Die Nachrichtenagentur", None)])

# 13 held: "Namen" in a fronted phrase, a quoted sentence after the colon
A(["Im Namen der Familie sagte der Anwalt Paul Eck: „Wir danken allen Helfern.“"],
  [("Wir danken allen Helfern.", "der Anwalt Paul Eck", None)])

# 14 held: a firm's legal form inside a quoted sentence
A(["Der Sprecher der Stadtwerke sagte: „Wir verkaufen das Werk an die Nordbau AG.“"],
  [("Wir verkaufen das Werk an die Nordbau AG.", "Der Sprecher der Stadtwerke", None)])

# 15 held: a partial quotation in reported speech after a cue
A(["Die Ministerin Jana Roth sagte, der Plan sei „nicht zu Ende gedacht“."],
  [("nicht zu Ende gedacht", "Die Ministerin Jana Roth", None)])

# 16 held: a ship's name, then "und" opening a clause with speech after a cue
A(["Die „Möwe“ liegt noch im Hafen, und der Kapitän Nils Graf sagte am Abend: „Wir laufen morgen aus.“"],
  [("Wir laufen morgen aus.", "der Kapitän Nils Graf", None)])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
