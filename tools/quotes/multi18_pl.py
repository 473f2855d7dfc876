# SPDX-License-Identifier: GPL-3.0-or-later
"""Polish articles of the eighteenth multilingual batch (fictional; see check_set_multi.py): an
adverb between an inverted cue and its subject ("stwierdził krótko wojewoda"), and plural cues in the
present tense ("mówią"). Written after a probe of news phrases had found the shapes, with new
sentences, annotated before the stage ran on them. (The second speaker was first written as "rolnicy z
Podlasia" and corrected to the convention of the first batch, which leaves an origin after "z" out:
"biolożka Amara Okafor" before "z Uniwersytetu Wrocławskiego".)"""

ARTICLES = [
    ([
        "Protest rolników",
        "„To było konieczne” – stwierdził krótko wojewoda.",
        "„Boimy się o przyszłość” – mówią rolnicy z Podlasia.",
    ], [
        ("To było konieczne", "wojewoda", "stwierdził"),
        ("Boimy się o przyszłość", "rolnicy", "mówią"),
    ]),
]
