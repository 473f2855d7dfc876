#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentences whose words and whose letters may point to different languages: the texts a decision
taken on word evidence alone (the scorer's word gate, round 13 in README.md) must not get wrong.

* loans: a sentence in one language full of English words, brands and product names (Swahili,
  Welsh, Tagalog, Indonesian, Irish, Basque, Somali, Shona, Yoruba, German, Polish, Hungarian);
* names: a sentence whose nouns are mostly foreign place or person names (Spanish about German
  towns, Finnish about French ones, English about Polish ones ...);
* pairs of near languages outside the plugin's groups of close relatives (tr/az, lv/lt, et/fi,
  it/ro, ru/bg, sl/sk), each written in its own vocabulary;
* mixed: a short phrase in one language inside a longer sentence in another (the expected answer
  is the language of most of the text).

The expected language is the one the text is written in (for `mixed`, the one of most of its words).

  gate_cases.py run CMD...     runs `CMD IN.jsonl` (e.g. `.build/release/nlpsh run --chain langid`, or
                               `langid-cli MODEL predict`), prints the accuracy per kind
  gate_cases.py gen            writes Tests/NLPHostTests/Fixtures/langid_gate.jsonl
"""
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402


# kind -> [(language, text)]
CASES = {
    "loans": [
        ("sw", "Kampuni hiyo imezindua app mpya ya mobile banking kwa wateja wa smartphone mjini Nairobi."),
        ("sw", "Wanafunzi wengi hutumia laptop na internet kufanya research ya projects zao za chuo."),
        ("cy", "Mae'r cwmni software newydd yn Caerdydd wedi cyhoeddi app ar gyfer iPhone ac Android."),
        ("cy", "Roedd y band yn chwarae rock and roll yn y festival ym Mangor nos Sadwrn."),
        ("tl", "Nag-download ako ng bagong app sa cellphone ko para sa online banking kahapon."),
        ("tl", "Ang meeting namin sa office ay na-cancel dahil sa traffic sa EDSA kaninang umaga."),
        ("id", "Startup teknologi itu meluncurkan platform e-commerce baru untuk para seller online."),
        ("id", "Para gamer bisa download update terbaru melalui server resmi mulai minggu depan."),
        ("ga", "Bhí an cluiche rugbaí ar siúl sa stadium nua i mBaile Átha Cliath Dé Sathairn."),
        ("eu", "Enpresa horrek software berria aurkeztu du smartphone eta tablet guztietarako."),
        ("so", "Shirkadda ayaa soo saartay app cusub oo loogu talagalay mobile money iyo internet banking."),
        ("sn", "Vana vakawanda vari kushandisa smartphone kuti vatenge zvinhu online mumaguta."),
        ("yo", "Ilé iṣẹ́ náà ti ṣe ìfilọ́lẹ̀ app tuntun fún àwọn tó ń lo smartphone ní Èkó."),
        ("de", "Das Start-up hat ein neues Feature für Cloud Computing und Machine Learning gelauncht."),
        ("pl", "Nasz zespół marketingu przygotował nową kampanię w social mediach dla marki premium."),
        ("hu", "A cég új okostelefonos appot fejlesztett, amely a streaming szolgáltatásokat is támogatja."),
    ],
    "names": [
        ("es", "El tren de Múnich a Hamburgo pasa por Núremberg, Wurzburgo, Fulda y Hannover."),
        ("fi", "Matkalla Pariisista Marseilleen pysähdyimme Lyonissa, Dijonissa ja Avignonissa."),
        ("en", "The route from Gdańsk to Kraków runs through Bydgoszcz, Łódź and Częstochowa."),
        ("it", "Il festival ha ospitato Bruce Springsteen, Taylor Swift e gli Arctic Monkeys."),
        ("fr", "Le conseil d'administration de Volkswagen a rencontré les syndicats à Wolfsburg."),
        ("nl", "De voetballers van Real Madrid, Barcelona en Atlético speelden in Sevilla."),
        ("sv", "Konserten i Göteborg med Ed Sheeran och Coldplay var slutsåld på några minuter."),
        ("pt", "O ministro visitou Dortmund, Düsseldorf e Colónia durante a viagem à Alemanha."),
        ("cs", "Výprava navštívila Salcburk, Innsbruck, Linec a nakonec se vrátila do Vídně."),
        ("tr", "Futbol takımı Londra, Manchester ve Liverpool'da üç hazırlık maçı oynayacak."),
    ],
    "near": [
        ("tr", "Bu yıl okulumuzda öğrenci sayısı geçen yıla göre çok daha fazla oldu."),
        ("az", "Bu il məktəbimizdə şagirdlərin sayı keçən ilə nisbətən xeyli çox olub."),
        ("tr", "Yarın sabah erkenden köye gidip annemle babamı ziyaret edeceğim."),
        ("az", "Sabah səhər tezdən kəndə gedib anamla atamı ziyarət edəcəyəm."),
        ("lv", "Pilsētas dome nolēma pagarināt bibliotēkas darba laiku līdz vēlam vakaram."),
        ("lt", "Miesto taryba nusprendė pratęsti bibliotekos darbo laiką iki vėlaus vakaro."),
        ("et", "Linnavalitsus otsustas pikendada raamatukogu lahtiolekuaega hilisõhtuni."),
        ("fi", "Kaupunginhallitus päätti pidentää kirjaston aukioloaikaa myöhään iltaan asti."),
        ("it", "Il comune ha deciso di prolungare l'orario della biblioteca fino a tarda sera."),
        ("ro", "Primăria a decis să prelungească programul bibliotecii până seara târziu."),
        ("ru", "Городской совет решил продлить часы работы библиотеки до позднего вечера."),
        ("bg", "Общинският съвет реши да удължи работното време на библиотеката до късно вечерта."),
        ("sl", "Mestni svet je sklenil podaljšati delovni čas knjižnice do poznega večera."),
        ("sk", "Mestské zastupiteľstvo rozhodlo predĺžiť otváracie hodiny knižnice do neskorého večera."),
    ],
    "mixed": [
        ("da", "Han sagde bare \"thank you so much\" og gik derefter hjem uden at sige mere til nogen af os."),
        ("de", "Auf dem Plakat stand \"make love not war\", aber die meisten Leute gingen einfach daran vorbei."),
        ("fr", "Elle a répondu \"no problem\" puis elle a quitté la réunion avant la fin de la discussion."),
        ("es", "El entrenador gritó \"come on boys\" mientras el equipo perdía por tres goles en el descanso."),
        ("en", "The sign on the door said \"geschlossen\" so we walked on to the next café down the street."),
        ("pl", "Na koszulce miał napis \"just do it\", ale przez cały dzień nie zrobił absolutnie nic."),
        ("nl", "Op de muur stond \"carpe diem\" geschreven, maar niemand wist precies wat het betekende."),
        ("it", "Il cartello diceva \"welcome to the jungle\" e tutti i bambini si sono messi a ridere."),
    ],
}


def cases():
    out = []
    for kind, items in CASES.items():
        for i, (lang, text) in enumerate(items):
            out.append({"id": "gate-%s-%02d" % (kind, i + 1), "kind": kind, "lang": lang, "text": text})
    return out



def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "gen":
        caseset.write_fixture("langid_gate.jsonl", cases())
        return
    if len(sys.argv) < 3 or sys.argv[1] != "run":
        sys.exit(__doc__)
    show = "--show" in sys.argv
    cmd = [a for a in sys.argv[2:] if a != "--show"]
    cs = cases()
    got = caseset.run(cmd, cs)
    per = defaultdict(lambda: [0, 0])
    for c in cs:
        lang, conf = got.get(c["id"], (None, None))
        ok = lang == c["lang"]
        for key in (c["kind"], "all"):
            per[key][0] += ok
            per[key][1] += 1
        if show:
            print("  %s %-14s %s -> %s (%.3f)  %s" % (" " if ok else "x", c["id"], c["lang"], lang, conf or 0, c["text"]))
    print(" ".join("%s=%d/%d" % (k, v[0], v[1]) for k, v in per.items()))


if __name__ == "__main__":
    main()
