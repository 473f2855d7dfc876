#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Close relatives written with the words that tell them apart: Malay and Indonesian, Bosnian and Croatian,
Nynorsk, Bokmål and Danish, Afrikaans and Dutch, Xhosa and Zulu, Sesotho and Setswana.

Each sentence is written once per language of its group with the same content, each language in its own
vocabulary (ms bahawa / selepas / kerajaan / kereta vs id bahwa / setelah / pemerintah / mobil; bs tokom /
sedmica / hiljada / historija / ko / šta vs hr tijekom / tjedan / tisuća / povijest / tko / što; nn eg / ikkje /
kva / ein / eit vs nb jeg / ikke / hva vs da jeg / ved / hvad / havde; xh ndi- / ngoku / kwaye vs zu ngi- / manje /
futhi; st ho / haholo / kajeno vs tn go / thata / gompieno), so that the answer is the language it was
written in. Word pairs (two words of the same texts' vocabulary) test the short end.

  relatives_cases.py run NLPSH [--show]    accuracy per language and kind
  relatives_cases.py gen                   writes Tests/NLPHostTests/Fixtures/langid_relatives.jsonl
"""
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402


# group -> language -> sentences (the same content in each language of the group, in order)
SENTENCES = {
    "ms-id": {
        "ms": [
            "Kerajaan bersetuju bahawa projek itu akan dimulakan selepas pilihan raya umum.",
            "Kesemua pelajar universiti dibahagikan kepada empat kumpulan kecil.",
            "Polis sedang menyiasat punca kemalangan jalan raya di lebuh raya tersebut.",
            "Beliau berkata wang itu akan digunakan untuk membaiki bangunan hospital.",
            "Kami tidak boleh pergi ke pejabat kerana kereta rosak pagi tadi.",
            "Parti pembangkang mendakwa keputusan itu dibuat tanpa perbincangan.",
        ],
        "id": [
            "Pemerintah sepakat bahwa proyek itu akan dimulai setelah pemilihan umum.",
            "Semua mahasiswa universitas dibagi menjadi empat kelompok kecil.",
            "Polisi sedang menyelidiki penyebab kecelakaan lalu lintas di jalan tol tersebut.",
            "Dia mengatakan uang itu akan digunakan untuk memperbaiki gedung rumah sakit.",
            "Kami tidak bisa pergi ke kantor karena mobilnya rusak tadi pagi.",
            "Partai oposisi menuduh keputusan itu dibuat tanpa diskusi.",
        ],
    },
    "bs-hr": {
        "bs": [
            "Tokom sedmice je na univerzitetu održano predavanje iz historije.",
            "Ko zna šta će se desiti sutra u općini?",
            "Vijeće je usvojilo budžet od dvije hiljade miliona maraka.",
            "Učesnici su dobili hljeb i kafu prije početka takmičenja.",
            "Fudbalska reprezentacija je pobijedila u utakmici odigranoj prošle sedmice.",
            "Naučnici su riješili jednačinu koja je decenijama bila nepoznata.",
        ],
        "hr": [
            "Tijekom tjedna je na sveučilištu održano predavanje iz povijesti.",
            "Tko zna što će se dogoditi sutra u općini?",
            "Vijeće je prihvatilo proračun od dvije tisuće milijuna kuna.",
            "Sudionici su dobili kruh i kavu prije početka natjecanja.",
            "Nogometna reprezentacija pobijedila je u utakmici odigranoj prošlog tjedna.",
            "Znanstvenici su riješili jednadžbu koja je desetljećima bila nepoznata.",
        ],
    },
    "nn-nb-da": {
        "nn": [
            "Eg veit ikkje kva han skal gjere i morgon.",
            "Kommunen har vedteke å byggje ein ny skule i bygda.",
            "Det er mange som meiner at vegen er altfor smal.",
            "Ho fortalde at dei hadde budd der i fleire år.",
            "Regjeringa vil leggje fram eit nytt forslag om skatt.",
            "Kva tid kjem bussen til byen i dag?",
        ],
        "nb": [
            "Jeg vet ikke hva han skal gjøre i morgen.",
            "Kommunen har vedtatt å bygge en ny skole i bygda.",
            "Det er mange som mener at veien er altfor smal.",
            "Hun fortalte at de hadde bodd der i flere år.",
            "Regjeringen vil legge fram et nytt forslag om skatt.",
            "Når kommer bussen til byen i dag?",
        ],
        "da": [
            "Jeg ved ikke, hvad han skal lave i morgen.",
            "Kommunen har besluttet at bygge en ny skole i landsbyen.",
            "Der er mange, som mener, at vejen er alt for smal.",
            "Hun fortalte, at de havde boet der i flere år.",
            "Regeringen vil fremlægge et nyt forslag om skat.",
            "Hvornår kommer bussen til byen i dag?",
        ],
    },
    "af-nl": {
        "af": [
            "Ek weet nie wat hy môre gaan doen nie.",
            "Die regering het besluit om 'n nuwe skool in die dorp te bou.",
            "Baie mense dink dat die pad heeltemal te smal is.",
            "Sy het vertel dat hulle vir baie jare daar gewoon het.",
            "Die kinders speel elke middag buite in die tuin.",
            "Ons gaan volgende week saam met ons vriende kamp.",
        ],
        "nl": [
            "Ik weet niet wat hij morgen gaat doen.",
            "De regering heeft besloten een nieuwe school in het dorp te bouwen.",
            "Veel mensen denken dat de weg veel te smal is.",
            "Zij vertelde dat ze daar jarenlang hadden gewoond.",
            "De kinderen spelen elke middag buiten in de tuin.",
            "Wij gaan volgende week samen met onze vrienden kamperen.",
        ],
    },
    "xh-zu": {
        "xh": [
            "Ndiyabulela kakhulu ngoncedo lwakho namhlanje.",
            "Abantwana baya esikolweni ngoku kwaye bonwabile.",
            "Urhulumente uthi isikolo esitsha siza kwakhiwa kulo nyaka.",
            "Ndifuna ukuthenga isonka nobisi evenkileni.",
            "Umama wam usebenza esibhedlele edolophini.",
            "Siza kuhamba ngomso kusasa.",
        ],
        "zu": [
            "Ngiyabonga kakhulu ngosizo lwakho namuhla.",
            "Izingane ziya esikoleni manje futhi zijabulile.",
            "Uhulumeni uthi isikole esisha sizokwakhiwa kulo nyaka.",
            "Ngifuna ukuthenga isinkwa nobisi esitolo.",
            "Umama wami usebenza esibhedlela edolobheni.",
            "Sizohamba kusasa ekuseni.",
        ],
    },
    "st-tn": {
        "st": [
            "Ke a leboha haholo ka thuso ya hao kajeno.",
            "Bana ba ya sekolong hona jwale mme ba thabile.",
            "Mmuso o re sekolo se setjha se tla ahwa selemong sena.",
            "Ke batla ho reka bohobe le lebese lebenkeleng.",
            "Ntate o ile mosebetsing hoseng hona.",
            "Re tla tsamaya hosane ka hoseng.",
        ],
        "tn": [
            "Ke a leboga thata ka thuso ya gago gompieno.",
            "Bana ba ya sekolong jaanong mme ba itumetse.",
            "Puso ya re sekolo se sešwa se tla agiwa ngwaga ono.",
            "Ke batla go reka borotho le mashi kwa lebenkeleng.",
            "Rre o ile kwa tirong mo mosong ono.",
            "Re tla tsamaya kamoso mo mosong.",
        ],
    },
}

# language -> word pairs of its own vocabulary
PAIRS = {
    "ms": ["selepas kejadian", "kerajaan negeri", "bahawa beliau", "kereta baharu"],
    "id": ["setelah kejadian", "pemerintah daerah", "bahwa dia", "mobil baru"],
    "bs": ["tokom sedmice", "hiljadu učesnika", "historija hemije", "šta radiš"],
    "hr": ["tijekom tjedna", "tisuću sudionika", "povijest kemije", "što radiš"],
    "nn": ["ikkje eg", "eit nytt", "kva tid", "fleire dagar"],
    "nb": ["ikke jeg", "et nytt", "hva slags", "flere dager"],
    "da": ["jeg ved", "et nyt", "hvad slags", "flere dage"],
    "af": ["baie mense", "die kinders", "hulle het", "ons gaan"],
    "nl": ["veel mensen", "de kinderen", "zij hebben", "wij gaan"],
    "xh": ["ndiyabulela kakhulu", "ixesha elide", "kwaye ngoku", "ndifuna ukuthenga"],
    "zu": ["ngiyabonga kakhulu", "isikhathi eside", "futhi manje", "ngifuna ukuthenga"],
    "st": ["haholo kajeno", "ho bua", "hosane hoseng", "ke leboha"],
    "tn": ["thata gompieno", "go bua", "kamoso mosong", "ke leboga"],
}


def cases():
    out = []
    for group in SENTENCES:
        for lang, texts in SENTENCES[group].items():
            for i, t in enumerate(texts):
                out.append({"id": "rel-%s-s%d" % (lang, i + 1), "group": group, "kind": "sentence", "lang": lang,
                            "text": t})
            for i, t in enumerate(PAIRS[lang]):
                out.append({"id": "rel-%s-p%d" % (lang, i + 1), "group": group, "kind": "pair", "lang": lang,
                            "text": t})
    return out



def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "gen":
        caseset.write_fixture("langid_relatives.jsonl", cases())
        return
    if len(sys.argv) < 3 or sys.argv[1] != "run":
        sys.exit(__doc__)
    cs = cases()
    got = caseset.run([sys.argv[2], "run", "--chain", "langid"], cs)
    per = defaultdict(lambda: [0, 0])
    for c in cs:
        lang, conf = got.get(c["id"], (None, None))
        ok = lang == c["lang"]
        for key in ((c["kind"], c["lang"]), (c["kind"], "all")):
            per[key][0] += ok
            per[key][1] += 1
        if not ok and "--show" in sys.argv:
            print("  %-10s %s -> %s (%.2f)  %s" % (c["id"], c["lang"], lang, conf or 0, c["text"]))
    for kind in ("sentence", "pair"):
        langs = [l for k, l in per if k == kind and l != "all"]
        print(kind + "s", " ".join("%s=%d/%d" % (l, per[(kind, l)][0], per[(kind, l)][1]) for l in langs),
              " all=%d/%d" % tuple(per[(kind, "all")]))


if __name__ == "__main__":
    main()
