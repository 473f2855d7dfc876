#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Twenty-first part of the German quotes check set: what a third set of real news copies showed.

A third first pass of the stage on real German news text (51 articles: agency and local news,
courts, police, business, science, sport, culture, a roundup of sayings; read once, kept outside
the repository, none of it sharing eight words in a row with the WikiNews suite or the two earlier
sets) was the held-out figure of parts 19 and 20 and showed layouts parts 1-20 have too few of.
This part has short fictional news items of our own for each cause, with the gold decided before
the stage was run on them:

- a roundup of sayings with each quoted sentence alone on its line and a caption on the very next
  line naming who said it, without a verb ("„…“¶Finanzminister Otto Brandl", "„…“¶Markus
  Ellerbrock (Grüne) bei der Aussprache über …"): the caption's person speaks;
- "so" inside a clause, a degree word ("Wenn so viele Inhaber …, „…“"), is no incise cue: the
  speaker before goes on;
- a clause of reported speech after a medium in marks ("sagte dem „Nordkurier“, Berger habe …
  erfahren, „…“") is what the cue before reports: the cue's subject speaks, not the clause's;
- a relative pronoun of the object case with a name after it, past a focus word ("einen Plan, den
  sogar Stadträtin X als „…“ bezeichnet"): the name is the subject of the naming cue;
- a participle cue in the passive ("Weil darüber bereits berichtet worden sei, habe man „…“"): no
  phrase before it speaks; the reported speech goes on with the speaker before;
- a source in parentheses opened by a compound with a capitalised abbreviation
  ("(EU-Kommissarin X am Montag in Brüssel)"), not an agency in capitals ("(AFP)");
- "präzisiert", "präzisierten" as cues;
- an indefinite "Man" opening a sentence of reported speech without a cue ("Man habe „…“") is no
  speaker; the subject of the sentence before speaks (items 11 and 12, written after that rule);
- and beside them what the rules must leave alone: a quotation line followed by a sentence whose
  subject goes on with a verb, a relative pronoun of the subject case ("Anwohner, die den Umbau als
  „…“ bezeichnen"), an agency in capitals after an attributed quotation.

The speaker is the mention as written by the conventions table in Plugins/Quotes/Resources/README.txt.
All people, firms, media and places are fictional.

  python3 tools/quotes/score_de.py NLPSH 706 717 -v

First pass of items 1-10 on the stage before this part: 13 of 14 exact, no false positive,
speakers 3 of 13 (the roundup's captions taken from the line above or none, "Inhaber" after "so
viele", "Berger" for the lawyer, the city for the councillor, "die Sperrung" for the railway, the
headline for the commissioner, "der Autobahn" before "präzisiert"); missed: the "HSV-Trainerin"
line. Now 14 of 14 exact, no false positive, speakers 13 of 14; held items 6 and 9 right before and
after, held item 2 without a speaker before and after. Items 11 and 12, written after the rule on
"Man": 2 of 2 exact, speakers 1 of 2 before it, 2 of 2 with it. Parts 1-20 unchanged.

  python3 tools/quotes/check_set_de_part21.py
"""
from checkset import write_part

OPEN = "„»\""
CLOSE = "“«\""
FIRST = 706

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 a roundup of sayings, each caption on the line after its quotation
A(["Sätze aus dem Landtag",
   "„Wer Schulen schließt, schließt Dörfer.“\nLandtagsabgeordnete Renate Fuchs (SPD), in der Haushaltsdebatte am Mittwoch\n"
   "„Die Kasse ist leer, und zwar bis auf den Grund.“\nFinanzminister Otto Brandl\n"
   "„Ein Haushalt ohne Mut ist auch eine Entscheidung.“\nMarkus Ellerbrock (Grüne) bei der Aussprache über den Etat"],
  [("Wer Schulen schließt, schließt Dörfer.", "Landtagsabgeordnete Renate Fuchs (SPD)", None),
   ("Die Kasse ist leer, und zwar bis auf den Grund.", "Finanzminister Otto Brandl", None),
   ("Ein Haushalt ohne Mut ist auch eine Entscheidung.", "Markus Ellerbrock (Grüne)", None)])

# 2 held: a quotation line, the next line a sentence going on with its subject's verb
A(["Bäckerei brennt aus",
   "„Wir machen trotzdem weiter.“\nDer Bäcker Anton Weiß steht am Morgen vor seiner ausgebrannten Backstube in Uhlbach. "
   "Das Feuer war in der Nacht im Mehllager ausgebrochen."],
  [("Wir machen trotzdem weiter.", "Der Bäcker Anton Weiß", None)])

# 3 "so" as a degree word inside a clause before the marks
A(["Handwerk sucht Nachfolger",
   "Die Präsidentin der Handwerkskammer Saalfeld, Ute Krämer, warnte vor den Folgen. „Jeder dritte Betrieb sucht einen "
   "Nachfolger.“ Wenn so viele Inhaber gleichzeitig aufhörten, „bricht uns das Handwerk auf dem Land weg“. Die Kammer "
   "will im Herbst eine Börse für Betriebsübergaben eröffnen."],
  [("Jeder dritte Betrieb sucht einen Nachfolger.", "Die Präsidentin der Handwerkskammer Saalfeld, Ute Krämer", None),
   ("bricht uns das Handwerk auf dem Land weg", "Die Präsidentin der Handwerkskammer Saalfeld, Ute Krämer", None)])

# 4 a clause of reported speech after a medium in marks
A(["Anwalt rügt Staatsanwaltschaft",
   "Gegen den Unternehmer Tim Berger ist Anklage wegen Betrugs erhoben worden. Sein Verteidiger Klaus Imhof sagte dem "
   "„Nordkurier“, Berger habe von der Anklage aus dem Radio erfahren, „noch bevor wir mit ihm sprechen konnten“. "
   "Die Staatsanwaltschaft wollte sich dazu nicht äußern."],
  [("noch bevor wir mit ihm sprechen konnten", "Sein Verteidiger Klaus Imhof", "sagte")])

# 5 a relative pronoun of the object case, a focus word and a name after it
A(["Verkehrsplan vorgestellt",
   "Die Stadt Hollbach hat einen neuen Verkehrsplan vorgelegt, den sogar Stadträtin Petra Lindner von der Opposition als "
   "„längst überfällig“ bezeichnet. Der Rat stimmt im Juni darüber ab."],
  [("längst überfällig", "Stadträtin Petra Lindner von der Opposition", "bezeichnet")])

# 6 held: a relative pronoun of the subject case
A(["Protest gegen Umbau",
   "Am Marktplatz von Ebersfeld sollen 40 Parkplätze wegfallen. Anwohner, die den Umbau als „Schildbürgerstreich“ "
   "bezeichnen, sammeln seit Montag Unterschriften."],
  [("Schildbürgerstreich", "Anwohner", "bezeichnen")])

# 7 a participle cue in the passive in reported speech
A(["Bahn verteidigt späte Durchsage",
   "Die Regionalbahn verteidigte am Dienstag ihr Vorgehen bei der Streckensperrung. Weil über die Sperrung bereits im "
   "Radio berichtet worden sei, habe man „die Fahrgäste nicht zusätzlich verunsichern“ wollen. Der Fahrgastverband "
   "kündigte eine Beschwerde an."],
  [("die Fahrgäste nicht zusätzlich verunsichern", "Die Regionalbahn", "verteidigte")])

# 8 a source in parentheses opened by a compound with an abbreviation
A(["Worte der Woche",
   "„Der Euro bleibt unsere Währung, solange ich im Amt bin.“ (EU-Kommissarin Helga Varnholt am Montag in Brüssel)\n"
   "„Wir spielen nicht um Schönheitspreise.“ (HSV-Trainerin Jana Meerholz nach dem Pokalsieg)"],
  [("Der Euro bleibt unsere Währung, solange ich im Amt bin.", "EU-Kommissarin Helga Varnholt", None),
   ("Wir spielen nicht um Schönheitspreise.", "HSV-Trainerin Jana Meerholz", None)])

# 9 held: an agency in capitals after an attributed quotation
A(["Tarifstreit bei Nordbus",
   "Im Tarifstreit bei der Nordbus GmbH ist keine Einigung in Sicht. „Wir verhandeln weiter, aber nicht um jeden Preis“, "
   "sagte Gewerkschaftschef Rolf Dahms am Abend. (AFP)"],
  [("Wir verhandeln weiter, aber nicht um jeden Preis", "Gewerkschaftschef Rolf Dahms", "sagte")])

# 10 "präzisiert" after reported speech
A(["Polizei stoppt Reisebus",
   "Auf der Autobahn bei Kornwestheim hat die Polizei am Sonntag einen Reisebus gestoppt. Es habe sich um „eine "
   "gewöhnliche Kontrolle“ gehandelt, präzisiert Polizeisprecherin Maren Tietz. Die Fahrgäste konnten nach einer Stunde "
   "weiterfahren."],
  [("eine gewöhnliche Kontrolle", "Polizeisprecherin Maren Tietz", "präzisiert")])

# 11 an indefinite "Man" opening reported speech, the subject of the sentence before (written after
# the rule it illustrates)
A(["Streit um Anklageschrift",
   "Die Verteidiger im Prozess gegen die Baufirma Kessler verlangen eine neue Anklageschrift, die alte sei fehlerhaft. "
   "Man könne nicht wegen „zwei Seiten von tausend“ das ganze Verfahren neu beginnen, entgegnete die Kammer am Nachmittag."],
  [("zwei Seiten von tausend", "die Kammer", "entgegnete")])

# 12 the same with no cue in the sentence of the marks (written after the rule it illustrates)
A(["Streit um Gutachten",
   "Die Anwälte der Klägerin halten das erste Gutachten für einseitig. Man habe „von Anfang an Zweifel "
   "an der Unabhängigkeit“ des Sachverständigen gehabt. Das Gericht entscheidet im Mai."],
  [("von Anfang an Zweifel an der Unabhängigkeit", "Die Anwälte der Klägerin", None)])

if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
