# SPDX-License-Identifier: GPL-3.0-or-later
"""German articles of the fourteenth multilingual batch (fictional; see check_set_multi.py): a
participle clause fronted before the verb of a cue before a colon, and a year between the speaker and
the participle of a split cue. Written after a probe of news phrases had found the shapes, with new
sentences, annotated before the stage ran on them. (The cue of the split verb was first written as
"versprochen" and corrected to the German check set's convention, the auxiliary with the participle:
"hatte versprochen".)"""

ARTICLES = [
    ([
        "Neues Hallenbad verzögert sich",
        "Angesprochen auf die Kosten, sagte die Bürgermeisterin: „Das klären wir noch.“",
        "„Wir kommen wieder“, hatte der Veranstalter 2019 versprochen.",
    ], [
        ("Das klären wir noch.", "die Bürgermeisterin", "sagte"),
        ("Wir kommen wieder", "der Veranstalter", "hatte versprochen"),
    ]),
]
