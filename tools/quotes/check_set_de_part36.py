#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirty-sixth part of the German quotes check set: which phrase of the clause is the speaker.

German puts the finite verb second. What stands before it is the subject only when it is a
nominative phrase: after a fronted prepositional phrase, an object, a subordinate clause or a
time adverb the subject follows the verb. Some other places name the speaker too: a focus
particle before the subject ("Auch die Ärztin X …"), an inverted attribution after the closing
mark ("„…“ wird der Trainer zitiert"), "X zufolge" and "laut X"; a relative clause of place
("Schilder, auf denen Sprüche wie „…“ standen") names what carried the words, not who spoke.

Short fictional items of our own, gold decided before the stage was run on them:
- Items 1, 2: a fronted prepositional phrase (a journey, a clock time), the subject after the verb.
- Item 3: a fronted phrase opened by a determiner of the object case.
- Item 4: a fronted "Die" + abstract noun, then the verb and "der" + role + name.
- Item 5: a fronted object, then the verb and a personal pronoun.
- Item 6: a subordinate clause opening the sentence, its subject not the main clause's.
- Item 7: "Auch" before the subject, an object after the first verb.
- Item 8: "X nannte diese Pläne „…“": the object's determiner is no speaker.
- Item 9: a colon sentence without a cue, the quotation followed by "wird der … zitiert".
- Item 10: a colon sentence whose subject is an abstract noun with a possessive: the speaker
  named before.
- Items 11, 12: "dem Bericht zufolge", "laut der Feuerwehr" as the source.
- Item 13: a relative clause of place after a subject that protests: the subject.
- Items 19-21 (added after the first pass): a pronoun after the verb with an adverb before a cue of its
  own, a colon sentence without a cue after "Die" + abstract noun, the attribution after a name in marks.
- Held items 14-18: a fronted subject ("Der Minister sagte", "Die Ministerin sagte"), a fronted
  time adverb with the subject after the verb, a subordinate clause whose subject the main
  clause takes up with a pronoun, and a focus particle before a subject that is already found.

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt.
All people, papers, firms and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 1250 1270 -v
  python3 tools/quotes/check_set_de_part36.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 1250

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 a fronted prepositional phrase; the subject, a pronoun, after the first verb
A(["Die Expedition hatte die Wüste in neun Tagen durchquert.",
   "Nach einer langen Fahrt über die Dünen erreichte er am Abend die Oase Tamrit und meldete sich mit den "
   "Worten: „Wir sind angekommen, alle sind gesund.“"],
  [("Wir sind angekommen, alle sind gesund.", "er", "meldete sich mit den Worten")])

# 2 a fronted clock time; the subject after the verb
A(["Um 14:20 Uhr MEZ meldete die Agentur Nordpress: „Der Damm bei Kirchtal hält dem Wasser weiter stand.“"],
  [("Der Damm bei Kirchtal hält dem Wasser weiter stand.", "die Agentur Nordpress", "meldete")])

# 3 a fronted phrase in the object case
A(["Den Ärger der Landwirte über die neuen Regeln brachte der Vorsitzende des Bauernverbands, Karl Mertens, "
   "zum Ausdruck: „So kann kein Hof in der Region arbeiten.“"],
  [("So kann kein Hof in der Region arbeiten.", "der Vorsitzende des Bauernverbands, Karl Mertens",
    "brachte zum Ausdruck")])

# 4 "Die" and an abstract noun in front, "der" + role + name after the verb
A(["Die geplante Schließung der Geburtsklinik kritisierte der Landrat Paul Eck ebenfalls scharf: „Das ist "
   "ein schwerer Fehler für die ganze Region.“"],
  [("Das ist ein schwerer Fehler für die ganze Region.", "der Landrat Paul Eck", "kritisierte")])

# 5 a fronted object, a personal pronoun after the verb
A(["Bürgermeister Jonas Weber zog am Montag eine Bilanz seines ersten Jahres.",
   "Die Arbeit des neuen Stadtrats lobte er mit den Worten: „Hier wird endlich wieder gemeinsam geplant.“"],
  [("Hier wird endlich wieder gemeinsam geplant.", "er", "lobte mit den Worten")])

# 6 a subordinate clause opening the sentence; the main clause's subject after its verb
A(["Als ein Polizist den Wagen anhielt, verriegelte der Fahrer die Türen und rief: „Lasst mich endlich in "
   "Ruhe!“"],
  [("Lasst mich endlich in Ruhe!", "der Fahrer", "rief")])

# 7 a focus particle before the subject, an object after the first verb
A(["Auch die Ärztin Clara Vogt äußerte Zweifel und wagte eine Vorhersage: „Die Zahl der Fälle wird im "
   "Winter wieder steigen.“"],
  [("Die Zahl der Fälle wird im Winter wieder steigen.", "die Ärztin Clara Vogt", "wagte eine Vorhersage")])

# 8 a naming verb whose object opens with a demonstrative
A(["Verbandschefin Maria Lenz nannte diese Pläne „völlig unausgegoren“."],
  [("völlig unausgegoren", "Verbandschefin Maria Lenz", "nannte")])

# 9 a colon sentence without a cue; the attribution after the closing mark
A(["Trainer Paul Roth stellt sich unterdessen vor seine Mannschaft: „Die Spieler haben alles gegeben. Die "
   "Schuld liegt allein bei mir“ wird der Österreicher im Fachblatt Sportwelt zitiert."],
  [("Die Spieler haben alles gegeben. Die Schuld liegt allein bei mir", "der Österreicher", "wird zitiert")])

# 10 a colon sentence whose subject is an abstract noun with a possessive
A(["In einem Interview äußerte sich die Ministerin Jana Roth zuversichtlich: „Wir werden eine Einigung "
   "finden.“ Ihre Zuversicht stützt sich auf frühere Verhandlungen: „Bisher wurde jeder Streit in letzter "
   "Minute beigelegt.“"],
  [("Wir werden eine Einigung finden.", "die Ministerin Jana Roth", "äußerte sich"),
   ("Bisher wurde jeder Streit in letzter Minute beigelegt.", "die Ministerin Jana Roth", None)])

# 11 "X zufolge" names the source
A(["Der Grund für die Sperrung der Strecke zwischen Talheim und Kirchtal waren dem Bericht zufolge nicht "
   "näher beschriebene „technische Störungen“, die zu langen Wartezeiten führten."],
  [("technische Störungen", "dem Bericht", "zufolge")])

# 12 "laut X" names the source
A(["Das Feuer in der Lagerhalle bei Talheim war laut der Feuerwehr „vermutlich durch einen Kurzschluss“ "
   "ausgelöst worden."],
  [("vermutlich durch einen Kurzschluss", "der Feuerwehr", "laut")])

# 13 a relative clause of place after a subject that protests
A(["Die Bauern des Landkreises protestierten vor dem Landtag mit Schildern, auf denen Sprüche wie „Ohne "
   "Bauern keine Zukunft“ standen."],
  [("Ohne Bauern keine Zukunft", "Die Bauern des Landkreises", "protestierten")])

# 14 held: a fronted subject with a determiner
A(["Der Minister sagte am Dienstag in Kirchtal: „Die neue Straße wird im Mai fertig.“"],
  [("Die neue Straße wird im Mai fertig.", "Der Minister", "sagte")])

# 15 held: a fronted subject "Die" + role
A(["Die Ministerin sagte nach der Sitzung: „Wir bleiben bei unserem Plan für die Schulen.“"],
  [("Wir bleiben bei unserem Plan für die Schulen.", "Die Ministerin", "sagte")])

# 16 held: a fronted time adverb, the subject after the verb
A(["Am Montag sagte der Bürgermeister Jonas Weber vor Journalisten: „Das Freibad öffnet im Juni wieder.“"],
  [("Das Freibad öffnet im Juni wieder.", "der Bürgermeister Jonas Weber", "sagte")])

# 17 held: a subordinate clause whose subject the main clause takes up
A(["Als die Landrätin Eva Hartmann am Abend vor die Presse trat, sagte sie: „Die Lage an der Saale ist "
   "ernst, aber unter Kontrolle.“"],
  [("Die Lage an der Saale ist ernst, aber unter Kontrolle.", "sie", "sagte")])

# 18 held: a focus particle before a subject that speaks with its verb right after it
A(["Auch der Betriebsrat Nils Graf sagte am Mittwoch: „Wir stehen hinter der Belegschaft.“"],
  [("Wir stehen hinter der Belegschaft.", "der Betriebsrat Nils Graf", "sagte")])

# 19 (added after the first pass) a fronted object, the pronoun after the verb, an adverb before a cue of its own
A(["Ministerin Jana Roth sprach am Abend vor dem Landesverband.",
   "Die Arbeit der neuen Landesregierung lobte sie einerseits mit den Worten: „Hier wird endlich wieder "
   "gemeinsam regiert.“"],
  [("Hier wird endlich wieder gemeinsam regiert.", "sie", "lobte mit den Worten")])

# 20 (added after the first pass) "Die" and an abstract noun in front, a colon sentence without a cue
A(["Die Umsetzung der neuen Schulordnung stellte der Elternsprecher Max Huber ebenfalls in Frage: „So "
   "kann das an keiner Schule funktionieren.“"],
  [("So kann das an keiner Schule funktionieren.", "der Elternsprecher Max Huber", "stellte in Frage")])

# 21 (added after the first pass) a quotation whose sentence before is a colon sentence, the passive attribution
# after a name in marks
A(["Kapitän Nils Graf stellt sich hinter seine Mannschaft: „Wir haben gut gespielt und nur Pech gehabt“ "
   "wird der Schwede in der Zeitung „Nordkurier“ zitiert."],
  [("Wir haben gut gespielt und nur Pech gehabt", "der Schwede", "wird zitiert")])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
