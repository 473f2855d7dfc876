#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Thirty-eighth part of the German quotes check set: nouns of speech, subjects without a cue, phrases after
a preposition and demonstrative pronouns.

A first pass on German WikiNews articles outside the suite showed four kinds of wrong speakers:

- Items 1-4: a noun of speech ("Worte", "Satz", "Erklärung", "Antwort", …) as the subject of a colon
  sentence, with or without a possessive, with or without an adjective before it ("Danach die bekannten
  Worte: „…“", "Sein wichtigster Satz vor der Presse: „…“"): it speaks for its owner, the person named
  before, not for itself.
- Items 5, 6: a colon sentence whose subject is a person and whose verb is no cue ("X kommt in seiner
  Antwort zu dem Schluss: „…“"): that person speaks, not the speaker of the quotation before.
- Items 7, 8: a noun phrase after a preposition between the closing mark and the participle ("hatte X vor
  dem Ausschuss die Pläne als „…“ für die Zukunft der Region bezeichnet") is no subject; the subject
  follows the auxiliary.
- Items 9, 10: a demonstrative pronoun as the subject ("sagte dieser", "Dieser erklärte"). The speaker is
  the pronoun as written, as for "er" and "sie" (the suite writes "schreibt diese" so); the name it stands
  for is the person named before the pronoun, not one named later in its clause ("sagte dieser, dass X …").
  (These two were first written with the name as the speaker; that broke the conventions table and was
  changed to the pronoun after the first pass.)
- Held items 11-14: a colon sentence with a subject and a cue ("Der Minister sagte: „…“"), a person
  subject with a cue of speech, a prepositional phrase after the marks with the subject before them, a
  possessive and a noun of speech alone.
- Items 15, 16 (added after the first pass): a surname written nowhere after a first name as the subject of
  a colon sentence whose clause owns a noun of speech ("Krämer kommt in ihrer Stellungnahme zu dem
  Schluss:"), and, held, a fronted adjective opening a colon sentence.

Gold decided before the stage was run on them; the speaker is the mention as written by the conventions
table in Plugins/Quotes/Resources/README.txt. All people, places and bodies are fictional.

  python3 tools/quotes/score_de.py NLPSH 1350 1365 -v
  python3 tools/quotes/check_set_de_part38.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 1350

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 a determiner, an adjective and "Worte" without a verb; the person named before as an agent
A(["Pünktlich um zehn Uhr wurde das Brunnenfest in Talheim von der Bürgermeisterin Anna Krüger eröffnet, "
   "drei Schläge brauchte sie für den ersten Krug. Danach die üblichen Worte: „Das Wasser ist frei – auf "
   "ein fröhliches Fest!“ Die Kapelle spielte bis zum Abend."],
  [("Das Wasser ist frei – auf ein fröhliches Fest!", "Anna Krüger", None)])

# 2 a possessive, an adjective and "Satz", a prepositional phrase after it; the person named in a sentence
# before without marks
A(["Der Verkehrsforscher Lukas Brandt beobachtet den Markt für Lastenräder seit Jahren. Brandt leitet ein "
   "Institut in Kirchtal. Sein wichtigster Satz vor der Presse: „In zehn Jahren fährt jeder dritte "
   "Handwerker mit dem Rad zur Baustelle.“ Die Hersteller hören das gern."],
  [("In zehn Jahren fährt jeder dritte Handwerker mit dem Rad zur Baustelle.", "Lukas Brandt", None)])

# 3 a possessive, an adjective and "Erklärung" with a time after it
A(["Die Landrätin Eva Hartmann trat am Abend vor die Kameras. Ihre knappe Erklärung am Ende der Sitzung: "
   "„Die Brücke bleibt gesperrt, bis ein Gutachten vorliegt.“"],
  [("Die Brücke bleibt gesperrt, bis ein Gutachten vorliegt.", "Eva Hartmann", None)])

# 4 "Die Antwort" as the subject of a colon sentence with a verb that is no cue
A(["Reporter fragten den Trainer Max Huber nach dem Spiel nach seiner Zukunft im Verein. Die Antwort "
   "kam prompt: „Ich bleibe, solange man mich hier haben will.“"],
  [("Ich bleibe, solange man mich hier haben will.", "Max Huber", None)])

# 5 a surname as the subject of a colon sentence without a cue, after a quotation of another speaker
A(["Die Ökonomin Clara Vogt hält die Pläne für zu teuer: „Das Land kann sich das nicht leisten.“ Die "
   "Gewerkschaft sieht es anders. Ihr Vorsitzender Paul Eck warnte vor Kürzungen. Eck kommt in seiner "
   "Antwort vorsichtig zu dem Schluss: „Ohne neue Stellen bricht die Pflege zusammen.“"],
  [("Das Land kann sich das nicht leisten.", "Die Ökonomin Clara Vogt", "hält für"),
   ("Ohne neue Stellen bricht die Pflege zusammen.", "Eck", None)])

# 6 a role and name as the subject of a colon sentence without a cue, after a quotation of another speaker
A(["„Wir liegen im Plan“, sagte der Bauleiter Jonas Weber am Montag. Die Stadträtin Nina Sommer zieht "
   "nach der Begehung ein anderes Fazit und verweist auf die Kosten: „Der Bau wird am Ende doppelt so "
   "teuer.“"],
  [("Wir liegen im Plan", "der Bauleiter Jonas Weber", "sagte"),
   ("Der Bau wird am Ende doppelt so teuer.", "Die Stadträtin Nina Sommer", None)])

# 7 a name after the auxiliary, a phrase after "für" between the marks and the participle
A(["Vor der Abstimmung im Landtag hatte Hartmann vor dem Ausschuss die Pläne der Regierung als „letzte "
   "Gelegenheit“ für die Zukunft der Region bezeichnet."],
  [("letzte Gelegenheit", "Hartmann", "bezeichnet")])

# 8 a determiner and role after the auxiliary, a phrase after "für" after the marks
A(["Am Dienstag hatte der Landrat den neuen Radweg als „großen Gewinn“ für die Dörfer am Fluss "
   "bezeichnet."],
  [("großen Gewinn", "der Landrat", "bezeichnet")])

# 9 "sagte dieser" after a prepositional phrase naming the person
A(["Die Halle ist seit dem Sturm gesperrt. In einem Gespräch mit dem Sprecher des Vereins, Tom Berger, "
   "sagte dieser, dass das Dach „noch lange nicht sicher“ sei."],
  [("noch lange nicht sicher", "dieser", "sagte")])

# 10 "Dieser" opening the sentence after the person is named as an object
A(["Die Polizei befragte am Morgen den Nachbarn Karl Mertens. Dieser erklärte: „Ich habe in der Nacht "
   "nichts gehört.“"],
  [("Ich habe in der Nacht nichts gehört.", "Dieser", "erklärte")])

# 11 held: a colon sentence with a subject and a cue
A(["Der Minister sagte: „Die Schulen bekommen im Herbst mehr Geld.“"],
  [("Die Schulen bekommen im Herbst mehr Geld.", "Der Minister", "sagte")])

# 12 held: a person subject with a cue after a quotation of another speaker
A(["„Das Museum bleibt offen“, sagte die Direktorin Lena Fuchs. Jonas Weber erwiderte am Abend: „Dafür "
   "fehlt uns das Personal.“"],
  [("Das Museum bleibt offen", "die Direktorin Lena Fuchs", "sagte"),
   ("Dafür fehlt uns das Personal.", "Jonas Weber", "erwiderte")])

# 13 held: a phrase after a preposition behind the marks, the subject before them
A(["Die Ministerin nannte den Plan „einen guten Anfang“ für die Schulen des Landes."],
  [("einen guten Anfang", "Die Ministerin", "nannte")])

# 14 held: a possessive and a noun of speech alone
A(["Der Bürgermeister Jonas Weber wurde nach der Schließung des Bades gefragt. Seine Antwort: „Wir suchen "
   "einen neuen Betreiber.“"],
  [("Wir suchen einen neuen Betreiber.", "Jonas Weber", None)])

# 15 (added after the first pass) a surname never written after a first name as the subject of a colon sentence
# without a cue, its clause owning a noun of speech
A(["„Die Ernte fällt klein aus“, sagte der Landwirt Paul Eck. Die Studie zur Dürre leitete Krämer, "
   "Professorin in Kirchtal. Krämer kommt in ihrer Stellungnahme vorsichtig zu dem Schluss: „Ohne Regen im "
   "Mai wird es eng.“"],
  [("Die Ernte fällt klein aus", "der Landwirt Paul Eck", "sagte"),
   ("Ohne Regen im Mai wird es eng.", "Krämer", None)])

# 16 (added after the first pass) held: a fronted adjective opening a colon sentence names no one
A(["„Wir fangen im Juni an“, sagte die Bauleiterin Nina Sommer. Wichtig ist dabei vor allem eines: „Die "
   "Straße bleibt offen.“"],
  [("Wir fangen im Juni an", "die Bauleiterin Nina Sommer", "sagte"),
   ("Die Straße bleibt offen.", "die Bauleiterin Nina Sommer", None)])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
