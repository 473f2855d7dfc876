#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fifteenth part of the German quotes check set: the speaker conventions of the dev suite.

A count of where the German WikiNews suite's dev annotation puts the speaker of each quotation
(tools/quotes/speaker_conventions.py; the table is in Plugins/Quotes/Resources/README.txt) found
two conventions some earlier parts did not follow:

  - a pronoun that is the subject of the quotation's own sentence is its speaker as written, and a
    piece of reported speech after it with no subject of its own has that pronoun too ("Er sprach
    von einem „…“", "… bezeichnete er als „…“. Die Lage sei „…“": er), not the name before it;
  - a bare impersonal cue ("hieß es", "heißt es") with no source phrase in its own clause gives no
    speaker, even after a sentence that names one; with a source ("Aus dem Rathaus hieß es", "In
    einer Mitteilung des Vereins heißt es") the source as written speaks.

The articles below test both beside the plain cases around them (speaker after the quotation,
apposition, spokesperson of an organisation). Written and annotated before running the stage on
them; all people, places and organisations are fictional.

  python3 tools/quotes/check_set_de_part15.py
"""
from checkset import write_part

OPEN = "„»"
CLOSE = "“«"
FIRST = 552

P = []


def A(paragraphs, quotes):
    P.append(("\n\n".join(paragraphs), quotes))


# 1 resignation: pronoun subjects of reported speech after a named frame
A(["Rektor tritt zurück",
   "Der Rektor der Hochschule Wendelstein, Matthias Ober, hat am Freitag seinen Rücktritt erklärt. In einem Brief an den Senat begründete er den Schritt mit dem Streit um die Sparpläne.",
   "Er sei „nicht mehr der Richtige“, um die Hochschule durch diese Zeit zu führen. Der Abschied falle ihm „sehr schwer“.",
   "Der Senat will im Januar einen Nachfolger wählen."],
  [("nicht mehr der Richtige", "Er", None),
   ("sehr schwer", "Er", None)])

# 2 court: a named defendant, then "Sie habe …" pieces
A(["Prozess gegen Apothekerin",
   "Vor dem Amtsgericht Lüdersheim hat am Dienstag der Prozess gegen die Apothekerin Karin Vollmer begonnen. Ihr wird vorgeworfen, Rezepte gefälscht zu haben.",
   "Vollmer wies die Vorwürfe zurück. Sie habe „nie ein Rezept verändert“ und sei „selbst Opfer eines Betrugs“ geworden.",
   "Das Urteil soll in zwei Wochen fallen."],
  [("nie ein Rezept verändert", "Sie", None),
   ("selbst Opfer eines Betrugs", "Sie", None)])

# 3 pronoun subjects of the quotation's own sentence
A(["Streit um Windpark",
   "Im Streit um den Windpark am Hohen Kamm hat sich der Landrat Bernd Sauer zu Wort gemeldet. Er sprach von einer „Entscheidung mit Augenmaß“. Die Gegner des Projekts hätten ihre Bedenken vortragen können.",
   "Die Sprecherin der Bürgerinitiative, Jana Roth, sieht das anders. Sie nannte das Verfahren „eine Farce“. Sie wird mit den Worten zitiert: „Niemand hat uns zugehört.“"],
  [("Entscheidung mit Augenmaß", "Er", "sprach von"),
   ("eine Farce", "Sie", "nannte"),
   ("Niemand hat uns zugehört.", "Sie", "wird mit den Worten zitiert")])

# 4 reported speech running on after a pronoun frame
A(["Minister warnt vor Dürre",
   "Der Landwirtschaftsminister Peter Lambrecht hat am Mittwoch die Ernteprognose vorgestellt. Die Lage im Osten des Landes bezeichnete er als „besorgniserregend“. Viele Betriebe stünden „mit dem Rücken zur Wand“.",
   "Der Bauernverband forderte Soforthilfen."],
  [("besorgniserregend", "er", "bezeichnete als"),
   ("mit dem Rücken zur Wand", "er", None)])

# 5 bare impersonal cues after a sentence naming a firm
A(["Brand in Lagerhalle",
   "In einer Lagerhalle der Spedition Kranz in Oberfeld ist am Sonntag ein Feuer ausgebrochen. Verletzt wurde niemand.",
   "Die Spedition äußerte sich zunächst nicht zur Ursache. Auf Nachfrage hieß es lediglich: „Wir arbeiten mit der Polizei zusammen.“",
   "Der Schaden wird auf mehrere Hunderttausend Euro geschätzt."],
  [("Wir arbeiten mit der Polizei zusammen.", None, "hieß es")])

A(["Bahnstrecke gesperrt",
   "Die Bahnstrecke zwischen Ahlen und Hessum bleibt nach einem Erdrutsch bis Freitag gesperrt. Die Bahn teilte mit, zwischen beiden Orten führen Ersatzbusse. Die Reparatur sei „aufwendig“, hieß es.",
   "Pendler müssen mit bis zu einer Stunde Verspätung rechnen."],
  [("aufwendig", None, "hieß es")])

# 6 impersonal cues with a source of their own
A(["Schwimmbad bleibt geschlossen",
   "Das Hallenbad in Kirchwerder bleibt bis zum Sommer geschlossen. Aus dem Rathaus hieß es, die Sanierung der Technik sei „dringender als gedacht“.",
   "In einer Mitteilung des Schwimmvereins heißt es: „Für unsere Kinder ist das ein harter Schlag.“ Der Verein trainiert bis dahin in der Nachbarstadt."],
  [("dringender als gedacht", "dem Rathaus", "hieß es"),
   ("Für unsere Kinder ist das ein harter Schlag.", "einer Mitteilung des Schwimmvereins", "heißt es")])

# 7 apposition, spokesperson, speaker after the quotation
A(["Wasserrohrbruch legt Innenstadt lahm",
   "Ein Wasserrohrbruch hat am Montagmorgen die Innenstadt von Sellin überflutet. Anna Kolb, Sprecherin der Stadtwerke, sagte: „Wir haben die Leitung nach zwei Stunden abgesperrt.“",
   "Ein Sprecher der Polizei sagte, mehrere Straßen blieben gesperrt. „Bitte meiden Sie den Bereich“, sagte Bürgermeister Jonas Hefter am Mittag."],
  [("Wir haben die Leitung nach zwei Stunden abgesperrt.", "Anna Kolb, Sprecherin der Stadtwerke", "sagte"),
   ("Bitte meiden Sie den Bereich", "Bürgermeister Jonas Hefter", "sagte")])

# 8 a pronoun frame followed by a whole quotation in the same paragraph, then a new speaker
A(["Trainerwechsel beim SC Waldau",
   "Der SC Waldau hat sich von Trainer Uwe Brenner getrennt. Er sprach von einem „fairen Abschied“. „Ich wünsche der Mannschaft alles Gute“, sagte er.",
   "Sportdirektorin Maria Lentz sagte, der Verein werde bis zur Winterpause einen Nachfolger vorstellen."],
  [("fairen Abschied", "Er", "sprach von"),
   ("Ich wünsche der Mannschaft alles Gute", "er", "sagte")])


if __name__ == "__main__":
    write_part(P, FIRST, OPEN, CLOSE)
