#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Assistant requests and chat sentences in Dutch, Spanish and Portuguese for the `dates` stage: which words around a
date belong to it. Each date is written once with the words that lead into it (a preposition that stays out, or an edge
word that stays in) and put into three of four sentence frames, so that it stands at the start, in the middle, at the
end and before punctuation. Families (the `pattern` starts with the letter):

  a  weekdays, alone or with a modifier      "op [vrijdag]", "[deze vrijdag]", "el [próximo viernes]", "na [sexta-feira]"
  b  day and month, with or without a year    "op [3 maart]", "el [12 de mayo de 2017]", "a [12 de maio de 2017]"
  c  numeric dates                            "op [21-06-2017]", "el [12/3]", "em [21/06/2017]"
  d  relative days and units                  "[overmorgen]", "[la semana que viene]", "na [próxima semana]"
  e  counted offsets forward and back         "[over twee weken]", "[hace tres días]", "[daqui a duas semanas]"
  f  holidays                                 "met [Kerstmis]", "en [Navidad]", "no [Natal]"
  g  months, years and decades alone          "in [maart]", "en [los años ochenta]", "em [2018]"
  h  parts of a period                        "[begin maart]", "a [finales de 2017]", "em [meados de maio]"
  i  ranges                                   "[van 3 tot 5 mei]", "[del 3 al 5 de mayo]", "[entre 2010 e 2012]"
  j  open ends and bounds                     "[tot vrijdag]", "[tot eind december]", "[a partir de 2018]", "[desde março]"
  n  numbers and words near dates that are no date

Conventions: Plugins/Dates/README.md ("Default" and "Requests and chat"): news convention, DCT Monday 2016-11-07.

  request_cases.py run NLPSH [--show] [--lang L]   runs the stage, prints pass rates per family x language
  request_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_request.jsonl

Round 11 changed span conventions (the Recognizers-Text grammar's edges where the dev splits of its languages agree or
are silent): a bound before a weekday stays in the span ("[until Friday]", "[tot vrijdag]", "[hasta el viernes]"). The
expected spans of this set's cases of these shapes follow them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402
from transfer_cases import RT, DU  # noqa: E402

W = caseset.Written("rq", RT, DU)

# Sentence frames: start, middle, end (no final punctuation), before punctuation. `{}` is the date with its lead words.
FRAMES = {
    "nl": ["{} ben ik terug.", "Ik ben {} terug, plan dus maar iets in.", "Kun je een afspraak maken {}",
           "Zet de lunch met Anna in mijn agenda {}, graag."],
    "es": ["{} vuelvo a la oficina.", "¿Puedes reservar una mesa {} para cuatro personas?", "Estaré fuera {}",
           "Organiza una reunión con el equipo {}, por favor."],
    "pt": ["{} volto ao escritório.", "Marca uma reunião {} com a equipe, por favor.", "Volto {}",
           "Podes reservar uma mesa para dois {}?"],
}

# (family, lang, date with its lead words and [span], value): values on Monday 2016-11-07 (README "Default").
DATES = [
    # a  weekdays
    ("a bare weekday", "nl", "op [vrijdag]", "2016-11-04"),
    ("a this weekday", "nl", "[deze vrijdag]", "2016-11-11"),
    ("a next weekday", "nl", "[volgende vrijdag]", "2016-11-18"),
    ("a coming weekday", "nl", "[aanstaande donderdag]", "2016-11-10"),
    ("a coming weekday", "nl", "[komende donderdag]", "2016-11-10"),
    ("a last weekday", "nl", "op [vorige woensdag]", "2016-11-02"),
    ("a weekday day month", "nl", "op [dinsdag 15 november]", "2016-11-15"),
    ("a bare weekday", "es", "el [viernes]", "2016-11-04"),
    ("a this weekday", "es", "[este viernes]", "2016-11-11"),
    ("a next weekday", "es", "el [próximo viernes]", "2016-11-18"),
    ("a weekday past", "es", "el [miércoles pasado]", "2016-11-02"),
    ("a weekday day month", "es", "el [martes 15 de noviembre]", "2016-11-15"),
    ("a weekday of next week", "es", "el [jueves de la semana que viene]", "2016-11-17"),
    ("a bare weekday", "pt", "na [sexta-feira]", "2016-11-04"),
    ("a this weekday", "pt", "[esta sexta-feira]", "2016-11-11"),
    ("a next weekday", "pt", "na [próxima quinta-feira]", "2016-11-10"),
    ("a weekday past", "pt", "na [quarta-feira passada]", "2016-11-02"),
    ("a weekday day month", "pt", "na [terça-feira, 15 de novembro]", "2016-11-15"),
    ("a short weekday", "pt", "na [sexta]", "2016-11-04"),
    # b  day and month
    ("b day month", "nl", "op [3 maart]", "2016-03-03"),
    ("b day month year", "nl", "op [12 mei 2017]", "2017-05-12"),
    ("b day month ahead", "nl", "op [15 december]", "2016-12-15"),
    ("b ordinal day month", "nl", "op [1e juni]", "2016-06-01"),
    ("b day month", "es", "el [3 de marzo]", "2016-03-03"),
    ("b day month year", "es", "el [12 de mayo de 2017]", "2017-05-12"),
    ("b day month ahead", "es", "el [15 de diciembre]", "2016-12-15"),
    ("b day word", "es", "[el día 18]", "2016-10-18"),
    ("b day month", "pt", "em [3 de março]", "2016-03-03"),
    ("b day month year", "pt", "a [12 de maio de 2017]", "2017-05-12"),
    ("b day month ahead", "pt", "em [15 de dezembro]", "2016-12-15"),
    ("b day word", "pt", "[dia 18]", "2016-10-18"),
    # c  numeric dates
    ("c numeric full", "nl", "op [21-06-2017]", "2017-06-21"),
    ("c numeric day month", "nl", "op [12/3]", "2016-03-12"),
    ("c numeric full", "es", "el [21/06/2017]", "2017-06-21"),
    ("c numeric day month", "es", "el [12/3]", "2016-03-12"),
    ("c numeric full", "pt", "em [21/06/2017]", "2017-06-21"),
    ("c numeric dashed", "pt", "em [21-06-2017]", "2017-06-21"),
    # d  relative days and units
    ("d today", "nl", "[vandaag]", "2016-11-07"),
    ("d day after tomorrow", "nl", "[overmorgen]", "2016-11-09"),
    ("d day before yesterday", "nl", "[eergisteren]", "2016-11-05"),
    ("d next week", "nl", "[volgende week]", "2016-W46"),
    ("d coming week", "nl", "[komende week]", "2016-W46"),
    ("d this week", "nl", "[deze week]", "2016-W45"),
    ("d last month", "nl", "[vorige maand]", "2016-10"),
    ("d next year", "nl", "[volgend jaar]", "2017"),
    ("d this weekend", "nl", "[dit weekend]", "2016-W45-WE"),
    ("d today", "es", "[hoy]", "2016-11-07"),
    ("d day after tomorrow", "es", "[pasado mañana]", "2016-11-09"),
    ("d day before yesterday", "es", "[anteayer]", "2016-11-05"),
    ("d next week", "es", "[la semana que viene]", "2016-W46"),
    ("d next week", "es", "[la próxima semana]", "2016-W46"),
    ("d this week", "es", "[esta semana]", "2016-W45"),
    ("d last month", "es", "[el mes pasado]", "2016-10"),
    ("d next year", "es", "[el año que viene]", "2017"),
    ("d this weekend", "es", "[este fin de semana]", "2016-W45-WE"),
    ("d today", "pt", "[hoje]", "2016-11-07"),
    ("d day after tomorrow", "pt", "[depois de amanhã]", "2016-11-09"),
    ("d day before yesterday", "pt", "[anteontem]", "2016-11-05"),
    ("d next week", "pt", "na [próxima semana]", "2016-W46"),
    ("d next week", "pt", "na [semana que vem]", "2016-W46"),
    ("d this week", "pt", "[esta semana]", "2016-W45"),
    ("d last month", "pt", "no [mês passado]", "2016-10"),
    ("d next year", "pt", "no [ano que vem]", "2017"),
    ("d this weekend", "pt", "[este fim de semana]", "2016-W45-WE"),
    # e  counted offsets
    ("e in weeks", "nl", "[over twee weken]", "2016-11-21"),
    ("e in days", "nl", "[over 3 dagen]", "2016-11-10"),
    ("e within weeks", "nl", "[binnen twee weken]", "2016-11-21"),
    ("e days ago", "nl", "[drie dagen geleden]", "2016-11-04"),
    ("e year ago", "nl", "[een jaar geleden]", "2015-11-07"),
    ("e in weeks", "es", "[dentro de dos semanas]", "2016-11-21"),
    ("e in days", "es", "[en 3 días]", "2016-11-10"),
    ("e days ago", "es", "[hace tres días]", "2016-11-04"),
    ("e weeks back", "es", "[dos semanas atrás]", "2016-10-24"),
    ("e year ago", "es", "[hace un año]", "2015-11-07"),
    ("e in weeks", "pt", "[daqui a duas semanas]", "2016-11-21"),
    ("e in days", "pt", "[em 3 dias]", "2016-11-10"),
    ("e days ago", "pt", "[há três dias]", "2016-11-04"),
    ("e weeks back", "pt", "[duas semanas atrás]", "2016-10-24"),
    ("e year ago", "pt", "[há um ano]", "2015-11-07"),
    # f  holidays (the most recent one, or the coming one when it is at most 60 days ahead)
    ("f christmas", "nl", "met [Kerstmis]", "2016-12-25"),
    ("f kings day", "nl", "op [Koningsdag]", "2016-04-27"),
    ("f christmas", "es", "en [Navidad]", "2016-12-25"),
    ("f christmas eve", "es", "en [Nochebuena]", "2016-12-24"),
    ("f christmas", "pt", "no [Natal]", "2016-12-25"),
    ("f easter", "pt", "na [Páscoa]", "2016-03-27"),
    # g  months, years, decades
    ("g month", "nl", "in [maart]", "2016-03"),
    ("g month ahead", "nl", "in [december]", "2016-12"),
    ("g year", "nl", "in [2018]", "2018"),
    ("g decade", "nl", "in [de jaren tachtig]", "198X"),
    ("g month", "es", "en [marzo]", "2016-03"),
    ("g month ahead", "es", "en [diciembre]", "2016-12"),
    ("g year", "es", "en [2018]", "2018"),
    ("g decade", "es", "en [los años ochenta]", "198X"),
    ("g month", "pt", "em [março]", "2016-03"),
    ("g month ahead", "pt", "em [dezembro]", "2016-12"),
    ("g year", "pt", "em [2018]", "2018"),
    ("g decade", "pt", "[nos anos 80]", "198X"),
    # h  parts of a period
    ("h start of month", "nl", "[begin maart]", "2016-03"),
    ("h end of next month", "nl", "[eind volgende maand]", "2016-12"),
    ("h middle of year", "nl", "[halverwege 2017]", "2017"),
    ("h start of month", "es", "a [principios de marzo]", "2016-03"),
    ("h end of year", "es", "a [finales de 2017]", "2017"),
    ("h middle of month", "es", "a [mediados de mayo]", "2016-05"),
    ("h start of month", "pt", "no [início de março]", "2016-03"),
    ("h end of year", "pt", "no [fim de 2017]", "2017"),
    ("h middle of month", "pt", "em [meados de maio]", "2016-05"),
    # i  ranges (valued as their start)
    ("i from to days", "nl", "[van 3 tot 5 mei]", "2016-05-03"),
    ("i between years", "nl", "[tussen 2010 en 2012]", "2010"),
    ("i from to days", "es", "[del 3 al 5 de mayo]", "2016-05-03"),
    ("i between years", "es", "[entre 2010 y 2012]", "2010"),
    ("i from to years", "es", "[de 2010 a 2012]", "2010"),
    ("i from to days", "pt", "[de 3 a 5 de maio]", "2016-05-03"),
    ("i between years", "pt", "[entre 2010 e 2012]", "2010"),
    # j  open ends and bounds
    ("j until weekday", "nl", "[tot vrijdag]", "2016-11-11"),
    ("j until edge", "nl", "[tot eind december]", "2016-12"),
    ("j from weekday", "nl", "vanaf [dinsdag]", "2016-11-08"),
    ("j since month", "nl", "[sinds maart]", "2016-03"),
    ("j after year", "nl", "[na 2018]", "2018"),
    ("j until weekday", "es", "[hasta el viernes]", "2016-11-11"),
    ("j from year", "es", "[a partir de 2018]", "2018"),
    ("j since month", "es", "[desde marzo]", "2016-03"),
    ("j after year", "es", "[después de 2018]", "2018"),
    ("j until weekday", "pt", "[até sexta-feira]", "2016-11-11"),
    ("j from weekday", "pt", "[a partir de segunda-feira]", "2016-11-14"),
    ("j from year", "pt", "[a partir de 2018]", "2018"),
    ("j since month", "pt", "[desde março]", "2016-03"),
    ("j after year", "pt", "[depois de 2018]", "2018"),
    # (added after the first pass, written before running them)
    ("a weekday of next week", "nl", "[op dinsdag van volgende week]", "2016-11-15"),
    ("b ordinal of month", "nl", "op [de 9e van mei]", "2016-05-09"),
    ("g year word", "nl", "in het [jaar 2008]", "2008"),
    ("e within month", "nl", "[binnen een maand]", "2016-12-07"),
    ("e weeks ago", "nl", "[drie weken geleden]", "2016-10-17"),
    ("b day word month", "es", "[el día 3 de marzo]", "2016-03-03"),
    ("e in month", "es", "[dentro de un mes]", "2016-12-07"),
    ("e weeks ago", "es", "[hace dos semanas]", "2016-10-24"),
    ("b day word month", "pt", "no [dia 25 de dezembro]", "2016-12-25"),
    ("e in month", "pt", "[daqui a um mês]", "2016-12-07"),
    ("e weeks ago", "pt", "[há duas semanas]", "2016-10-24"),
    ("j from weekday", "es", "[a partir del lunes]", "2016-11-14"),
    ("j before weekday", "es", "[antes del viernes]", "2016-11-11"),
    ("j before day month", "es", "[antes del 15 de diciembre]", "2016-12-15"),
    ("j before weekday", "pt", "[antes da sexta-feira]", "2016-11-11"),
    ("j until weekday", "pt", "[até a sexta-feira]", "2016-11-11"),
    ("j from weekday", "pt", "[a partir da segunda-feira]", "2016-11-14"),
    # (a third batch, written before running it)
    ("h end of this week", "nl", "[eind deze week]", "2016-W45"),
    ("h start of next year", "nl", "[begin volgend jaar]", "2017"),
    ("h later this month", "nl", "[later deze maand]", "2016-11"),
    ("h earlier this week", "nl", "[eerder deze week]", "2016-W45"),
    ("a weekday part compound", "nl", "[vrijdagmiddag]", "2016-11-04"),
    ("d day part compound", "nl", "[morgenavond]", "2016-11-08"),
    ("a weekday day month", "nl", "op [zaterdag 12 november]", "2016-11-12"),
    ("d next month", "nl", "[volgende maand]", "2016-12"),
    ("d last week", "nl", "[vorige week]", "2016-W44"),
    ("e days after tomorrow", "nl", "[twee dagen na morgen]", "2016-11-10"),
    ("j until and with weekday", "nl", "[tot en met vrijdag]", "2016-11-11"),
    ("h end of this week", "es", "a [finales de esta semana]", "2016-W45"),
    ("h start of next year", "es", "a [principios del año que viene]", "2017"),
    ("d day part", "es", "[mañana por la tarde]", "2016-11-08"),
    ("a weekday day month", "es", "el [sábado 12 de noviembre]", "2016-11-12"),
    ("d next month", "es", "[el mes que viene]", "2016-12"),
    ("d last week", "es", "[la semana pasada]", "2016-W44"),
    ("e in days", "es", "[dentro de 3 días]", "2016-11-10"),
    ("e days after tomorrow", "es", "[dos días después de mañana]", "2016-11-10"),
    ("d next month", "es", "[el próximo mes]", "2016-12"),
    ("d day part", "pt", "[amanhã à tarde]", "2016-11-08"),
    ("a weekday day month", "pt", "no [sábado, 12 de novembro]", "2016-11-12"),
    ("d next month", "pt", "no [mês que vem]", "2016-12"),
    ("d last week", "pt", "na [semana passada]", "2016-W44"),
    ("e in days", "pt", "[dentro de 3 dias]", "2016-11-10"),
    ("e days after tomorrow", "pt", "[dois dias depois de amanhã]", "2016-11-10"),
    ("h start of next year", "pt", "no [início do ano que vem]", "2017"),
    ("h end of this week", "pt", "no [fim desta semana]", "2016-W45"),
    ("d next month", "pt", "no [próximo mês]", "2016-12"),
    ("j until day word", "pt", "até [amanhã]", "2016-11-08"),
]


cap = caseset.cap


# Each date in three of the four frames (the one left out turns with the date), so that every kind of date stands at
# the start, in the middle, at the end and before punctuation.
_turn = {}
for pat, lang, date, value in DATES:
    k = _turn.get(lang, 0)
    _turn[lang] = k + 1
    frames = FRAMES[lang]
    for j in range(4):
        if j == k % 4:
            continue
        text = frames[j].format(cap(date) if j == 0 else date)
        W.rt(pat, lang, text, value)

# n  numbers and words near dates that are no date
NEG = {
    "nl": [
        "Ik heb 3 kaartjes voor de film gekocht.", "Kamer 12 is vrij, kun je die reserveren?",
        "Bel me op 06-12345678 als je er bent.", "Het kost 15,50 euro per persoon.",
        "Er komen twee tot vier mensen mee.", "Neem de tweede afslag na de brug.",
        "Zijn huisnummer is 2010.", "Kun je 3 van de 5 stoelen opzij zetten?",
        "Het wordt een mooie dag.", "Fijne week nog!", "Geniet van je weekend!",
        "Bestelling 4512-88 is onderweg.", "De score was 3-1 voor ons.",
        "Mijn code is 1205 en die van jou 0311.", "We zaten met zijn twaalven aan tafel.",
        "Versie 2.1 staat klaar.", "Hij rende de 100 meter in 12 seconden niet.",
        "Plan maar iets in, ik ben flexibel.", "Zet de koffie klaar, graag.",
        "Ik heb eenentwintig berichten gekregen.",
    ],
    "es": [
        "Compré 3 entradas para el cine.", "La habitación 12 está libre, ¿puedes reservarla?",
        "Llámame al 612 345 678 cuando llegues.", "Cuesta 15,50 euros por persona.",
        "Vendrán de dos a cuatro personas.", "Toma la segunda salida después del puente.",
        "Su número de casa es el 2010.", "¿Puedes apartar 3 de las 5 sillas?",
        "Que tengas un buen día.", "¡Que tengas una buena semana!",
        "El pedido 4512-88 está en camino.", "El marcador fue 3-1 para nosotros.",
        "Mi código es 1205 y el tuyo 0311.", "Éramos doce en la mesa.",
        "La versión 2.1 está lista.", "Organiza una reunión con el equipo, por favor.",
        "Recibí veintiún mensajes.", "Marca el 5 en el teclado.", "Dame [un minuto], por favor.",
    ],
    "pt": [
        "Comprei 3 bilhetes para o cinema.", "O quarto 12 está livre, podes reservá-lo?",
        "Liga-me para o 912 345 678 quando chegares.", "Custa 15,50 euros por pessoa.",
        "Vêm de duas a quatro pessoas.", "Apanha a segunda saída depois da ponte.",
        "O número da casa dele é 2010.", "Podes separar 3 das 5 cadeiras?",
        "Tenha um bom dia.", "Boa semana para ti!",
        "A encomenda 4512-88 está a caminho.", "O placar foi 3-1 para nós.",
        "O meu código é 1205 e o teu 0311.", "Éramos doze à mesa.",
        "A versão 2.1 está pronta.", "Marca uma reunião com a equipe, por favor.",
        "Recebi vinte e uma mensagens.", "Carrega no 5 do teclado.", "Dá-me [um minuto], por favor.",
    ],
}
for lang, texts in NEG.items():
    for t in texts:
        W.rt("n no date", lang, t, *(["PT1M"] if "[" in t else []))  # (a minute asked for is a duration)
# (a wish for the weekend with its definite article names a weekend: these two were cases of no date until round 22 of
# the rtstyle cases, when the definite weekend alone became a date in every language, the most recent one in the news
# convention as a bare weekday, the coming one in direction=future; "je weekend", "un buen mes", "una buena semana" stay
# none)
W.rt("n definite weekend", "es", "¡Disfruta del [fin de semana]!", "2016-W44-WE")
W.rt("n definite weekend", "pt", "Aproveita o [fim de semana]!", "2016-W44-WE")


# Still failing (kept out of the fixture): a year-like number after a word for "number" is read as a year; Portuguese
# "a" before a short weekday that is also an ordinal ("a segunda saída") is no article to the lexicon, whose articles
# would then join relative units ("A [semana passada]" keeps it out).
KNOWN = {
    ("nl", "n no date", "Zijn huisnummer is 2010."),
    ("es", "n no date", "Su número de casa es el 2010."),
    ("pt", "n no date", "O número da casa dele é 2010."),
    ("pt", "n no date", "Apanha a segunda saída depois da ponte."),
}


def main():
    caseset.main(W.cases(), "dates_request.jsonl", known=caseset.known_texts(KNOWN), types=("date", "duration"))


if __name__ == "__main__":
    main()
