# SPDX-License-Identifier: GPL-3.0-or-later
"""The multilingual quotes check set: fictional news articles in several languages, written for this
project (our own data), with every quotation annotated by hand before the stage was run on them.

Each language module (multi_en.py, multi_da.py, …) lists ARTICLES: (paragraphs, quotes), a quote
being (span text, speaker as written or None, cue or None[, resolved name of a pronoun speaker]).
Span conventions are the suites': the words between the marks; a comma that ends the quotation
before its closing mark (“…,” said X) is left out, a full stop, question or exclamation mark is
kept; a dash quote runs from after the dash up to the attribution (its comma left out); a French
or Spanish incise splits the quotation in two. Quotes are listed in text order; each is the first
occurrence at or after the start of the one before.

A second batch (multi2_LANG.py, records check-multi2/LANG/NN) was written the same way after the
stage had been tuned on the first. A third batch (multi3_LANG.py, records check-multi3/LANG/NN)
holds block quotations whose marks were lost after a colon, and colons that introduce no speech. A
fourth (multi4_LANG.py, records check-multi4/LANG/NN) holds what stands between a cue and the marks
or the speaker and the end of the clause: where it was said, "that"/"att"/"at", a weekday. A fifth
(multi5_LANG.py) holds appositions after an inverted speaker, sources after "according to",
"d'après", "según", "enligt", "według", and cues such as "aldus", "lyder det fra", "laat … weten".
A sixth (multi6_LANG.py) holds a medium or news agency after the cue, headline labels, a
quotation over two paragraphs and pronouns after two names. A seventh (multi7_LANG.py), written
after a probe had found the shapes, holds "per", a description followed by where it was said and a
time between an inverted cue and its subject. An eighth (multi8_LANG.py), likewise, an
apposition between two commas after a quotation, between its subject and the verb. A ninth
(multi9_LANG.py), likewise, roles written as compounds in the definite form (Danish, Swedish,
Norwegian "finansministeren"), adverbial phrases between an inverted cue and its subject ("pour sa
part", "por su parte", "dal canto suo") and "while" words ending the speaker phrase. A tenth
(multi10_LANG.py), likewise, a word of time alone between an inverted cue and its subject ("garantiu
ontem o comandante", "a indiqué mardi l'adjoint"), a source followed by its sentence's verb
("Enligt åklagaren är …") and the cues "przekazała" and "tuona". An eleventh (multi11_LANG.py),
likewise, a participle clause fronted before the subject of a cue before a colon ("Pressed on the
timetable, the chancellor said:"). A twelfth (multi12_LANG.py), likewise, a fronted adverbial, its
comma and the subject before the cue, and a reported clause or an infinitive after the cue ("After the
vote, the mayor said she was “relieved”", "Tras la reunión, el sindicato aseguró estar «…»"). A
thirteenth (multi13_LANG.py), likewise, naming verbs before a partial quotation in Danish, Swedish
and Norwegian ("kallade budgeten ”…”"), "so-called" before a term in a sentence with a cue (no
quotation), a role after an adverbial behind the cue in Polish, and an agency written with "to" in
Arabic. A fourteenth (multi14_LANG.py), likewise, German: a participle clause fronted before the verb of
a cue before a colon, and a year between the speaker and the participle of a split cue. A fifteenth
(multi15_LANG.py), likewise, reflexive cues ("si è giustificata", "s'est justifié", "justificou-se")
and a speaker of one word with its article elided onto it ("l'azienda"). A sixteenth
(multi16_LANG.py), likewise, a participle phrase set off by commas between the subject and the cue
("The audit, completed last month, warned"). A seventeenth (multi17_LANG.py), likewise, a source
after "ifølge" or "enligt" followed by a modal verb ("Ifølge politiet skal mannen ha vært «…»"). An
eighteenth (multi18_pl.py), likewise, a Polish adverb between an inverted cue and its subject and
plural cues in the present tense. A tenth
(multi10_LANG.py), likewise, a word of time alone between an inverted cue and its subject ("garantiu
ontem o comandante", "a indiqué mardi l'adjoint"), a source followed by its sentence's verb
("Enligt åklagaren är …") and the cues "przekazała" and "tuona".

Writes Tests/NLPHostTests/Fixtures/quotes_multi_check.jsonl (records check-multi/LANG/NN with
`lang`, `text`, `gold` as in the evaluation suites, offsets in code points).
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIX = os.path.join(ROOT, "Tests/NLPHostTests/Fixtures/quotes_multi_check.jsonl")
LANGS = ["en", "da", "fr", "es", "sv", "nb", "it", "pt", "nl", "pl", "ar"]


def records(lang, articles, batch="check-multi"):
    out = []
    for k, (paragraphs, quotes) in enumerate(articles, 1):
        text = "\n\n".join(paragraphs) + "\n"
        gold, at = [], 0
        for q in quotes:
            span, spk, cue = q[0], q[1], q[2]
            i = text.find(span, at)
            if i < 0:
                sys.exit(f"{lang} #{k}: quote not found after {at}: {span!r}")
            if spk is not None and spk not in text:
                sys.exit(f"{lang} #{k}: speaker not in text: {spk!r}")
            g = {"type": "quote", "start": i, "end": i + len(span), "text": span, "speaker": spk, "cue": cue}
            if len(q) > 3:
                g["resolved"] = q[3]
            gold.append(g)
            at = i + 1
        out.append({"id": f"{batch}/{lang}/{k:02d}", "lang": lang, "split": "check",
                    "source": "nlpsh project, written for this check set (fictional)", "text": text, "gold": gold})
    return out


# The batches, in the order they were written: module prefix, id prefix, label, languages. Each was
# annotated before the stage was run on it, so its first-pass scores measure the stage on unseen text:
# the first; the second, written after the stage had been fixed on the first; the third, block
# quotations that lost their marks after a colon, and colons that introduce a list, table,
# programme, headline, interview question or no speech; the fourth, what stands between a cue and the
# marks or after an inverted speaker; the fifth, appositions, sources and cues of other shapes; the
# sixth, media after the cue, headline labels, a quotation over two paragraphs, pronouns after two names.
BATCHES = [("multi", "check-multi", "", LANGS), ("multi2", "check-multi2", " (batch 2)", LANGS),
           ("multi3", "check-multi3", " (batch 3)", ["de"] + LANGS), ("multi4", "check-multi4", " (batch 4)", LANGS),
           ("multi5", "check-multi5", " (batch 5)", LANGS), ("multi6", "check-multi6", " (batch 6)", LANGS),
           ("multi7", "check-multi7", " (batch 7)", LANGS), ("multi8", "check-multi8", " (batch 8)", LANGS),
           ("multi9", "check-multi9", " (batch 9)", LANGS), ("multi10", "check-multi10", " (batch 10)", LANGS),
           ("multi11", "check-multi11", " (batch 11)", LANGS), ("multi12", "check-multi12", " (batch 12)", LANGS),
           ("multi13", "check-multi13", " (batch 13)", LANGS), ("multi14", "check-multi14", " (batch 14)", ["de"] + LANGS),
           ("multi15", "check-multi15", " (batch 15)", LANGS), ("multi16", "check-multi16", " (batch 16)", LANGS),
           ("multi17", "check-multi17", " (batch 17)", LANGS), ("multi18", "check-multi18", " (batch 18)", LANGS)]


def main():
    sys.path.insert(0, HERE)
    recs = []
    for module, batch, label, langs in BATCHES:
        for lang in langs:
            try:
                mod = importlib.import_module(f"{module}_{lang}")
            except ModuleNotFoundError:
                continue
            r = records(lang, mod.ARTICLES, batch)
            print(f"{lang}{label}: {len(r)} articles, {sum(len(x['gold']) for x in r)} quotes", file=sys.stderr)
            recs += r
    with open(FIX, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
