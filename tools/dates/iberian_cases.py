#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Portuguese and Spanish as their writers have it, in news and in requests, on both sides of the Atlantic: the forms
of the languages themselves rather than patterns carried over from other languages ("no próximo dia 5", "em 5 de maio
passado", "a 3 de março", "segunda-feira que vem", "1º de maio", "mar/2016", "el pasado 3 de marzo", "el domingo
retrasado", "antier", "el año antepasado", "la semana entrante", "dentro de una quincena", "el 1.º de enero").

rt: each date with the words that lead into it, put into two sentence frames (news convention, DCT Monday
2016-11-07; edges as in Plugins/Dates/README.md, "Requests and chat"). du: single expressions, spanned whole,
direction=future on Tuesday 2013-02-12. Families by the `pattern`'s first letter: a weekdays, b day and month,
c numeric and abbreviated dates, d relative days and units, e counted offsets, g months, years and decades,
h parts of a period.

  iberian_cases.py run NLPSH [--show] [--lang L]   pass rates per family x language
  iberian_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_iberian.jsonl
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402
from transfer_cases import RT, DU  # noqa: E402

W = caseset.Written("ib", RT, DU)

FRAMES = {
    "pt": ["{} o governo aprovou o novo orçamento.", "A empresa anunciou {} que vai fechar duas fábricas.",
           "O acordo foi assinado {}", "Marca a consulta {}, por favor.", "Segundo a polícia, o acidente ocorreu {}."],
    "es": ["{} el Gobierno aprobó los nuevos presupuestos.", "La empresa anunció {} el cierre de dos plantas.",
           "El acuerdo se firmó {}", "Resérvame una mesa {}, por favor.", "Según la policía, el accidente ocurrió {}."],
}

# (pattern, lang, date with its lead words and [span], value on Monday 2016-11-07)
DATES = [
    ("b next day number", "pt", "no [próximo dia 5]", "2016-12-05"),
    ("b last day number", "pt", "no [último dia 3]", "2016-11-03"),
    ("b day month past", "pt", "em [5 de maio passado]", "2016-05-05"),
    ("b day of last month", "pt", "o [dia 25 do mês passado]", "2016-10-25"),
    ("b day month with a", "pt", "a [3 de março]", "2016-03-03"),
    ("b day month with a", "pt", "a [21 de outubro]", "2016-10-21"),
    ("b ordinal first", "pt", "no [1º de maio]", "2016-05-01"),
    ("b word first", "pt", "no [primeiro de janeiro]", "2016-01-01"),
    ("b day word", "pt", "no [dia 5]", "2016-11-05"),
    ("b holiday date", "pt", "no [25 de Abril]", "2016-04-25"),
    ("c abbreviated month", "pt", "em [3 de mar. de 2016]", "2016-03-03"),
    ("c month slash year", "pt", "em [mar/2016]", "2016-03"),
    ("c dotted numeric", "pt", "em [12.10.2015]", "2015-10-12"),
    ("a weekday que vem", "pt", "na [segunda-feira que vem]", "2016-11-14"),
    ("a short weekday past", "pt", "na [sexta passada]", "2016-11-04"),
    ("a weekday past", "pt", "no [sábado passado]", "2016-11-05"),
    ("a weekday past", "pt", "no [domingo passado]", "2016-11-06"),
    ("a bare weekday", "pt", "no [domingo]", "2016-11-06"),
    ("a this weekday", "pt", "[nesta segunda-feira]", "2016-11-07"),
    ("d day before yesterday", "pt", "[anteontem]", "2016-11-05"),
    ("d day before yesterday part", "pt", "[anteontem à tarde]", "2016-11-05"),
    ("d yesterday night", "pt", "[ontem à noite]", "2016-11-06"),
    ("d this morning", "pt", "[hoje de manhã]", "2016-11-07"),
    ("d weekend past", "pt", "no [fim de semana passado]", "2016-W44-WE"),
    ("d last year", "pt", "no [ano passado]", "2015"),
    ("d month past", "pt", "em [outubro passado]", "2016-10"),
    ("e fifteen days ago", "pt", "[há quinze dias]", "2016-10-23"),
    ("e month ago", "pt", "[há um mês]", "2016-10-07"),
    ("e daqui a days", "pt", "[daqui a três dias]", "2016-11-10"),
    ("e daqui a week", "pt", "[daqui a uma semana]", "2016-11-14"),
    ("e within weeks", "pt", "[dentro de duas semanas]", "2016-11-21"),
    ("h middle of month", "pt", "em [meados de maio]", "2016-05"),
    ("h end of month plural", "pt", "em [finais de maio]", "2016-05"),
    ("h start of this month", "pt", "no [início do mês]", "2016-11"),
    ("h end of last year", "pt", "no [final do ano passado]", "2015"),
    ("g decade of year", "pt", "[na década de 1990]", "199X"),
    ("g decade 2000s", "pt", "[nos anos 2000]", "200X"),
    ("g year", "pt", "em [2015]", "2015"),
    ("g month year", "pt", "em [março de 2016]", "2016-03"),
    ("b weekday day month", "pt", "na [quinta-feira, 3 de novembro]", "2016-11-03"),
    # Spanish
    ("b past day month", "es", "el [pasado 3 de marzo]", "2016-03-03"),
    ("b next day number", "es", "[el próximo día 5]", "2016-12-05"),
    ("b day word", "es", "[el día 5]", "2016-11-05"),
    ("b ordinal first", "es", "el [1.º de enero]", "2016-01-01"),
    ("b word first", "es", "el [primero de enero]", "2016-01-01"),
    ("b day month", "es", "el [12 de octubre]", "2016-10-12"),
    ("c abbreviated month", "es", "el [3 de mar. de 2016]", "2016-03-03"),
    ("c dashed numeric", "es", "el [12-10-2015]", "2015-10-12"),
    ("a weekday retrasado", "es", "el [domingo retrasado]", "2016-10-30"),
    ("a weekday past", "es", "el [lunes pasado]", "2016-10-31"),
    ("a weekday que viene", "es", "el [lunes que viene]", "2016-11-14"),
    ("a weekday part", "es", "el [sábado por la noche]", "2016-11-05"),
    ("d day after tomorrow", "es", "[pasado mañana]", "2016-11-09"),
    ("d antier", "es", "[antier]", "2016-11-05"),
    ("d last night", "es", "[anoche]", "2016-11-06"),
    ("d yesterday night", "es", "[ayer por la noche]", "2016-11-06"),
    ("d this morning", "es", "[esta mañana]", "2016-11-07"),
    ("d weekend past", "es", "[el fin de semana pasado]", "2016-W44-WE"),
    ("d weekend next", "es", "[el fin de semana que viene]", "2016-W46-WE"),
    ("d week entrante", "es", "[la semana entrante]", "2016-W46"),
    ("d month entrante", "es", "[el mes entrante]", "2016-12"),
    ("d year antepasado", "es", "[el año antepasado]", "2014"),
    ("d last year", "es", "[el año pasado]", "2015"),
    ("d last quarter", "es", "[el trimestre pasado]", "2016-Q3"),
    ("e fifteen days ago", "es", "[hace quince días]", "2016-10-23"),
    ("e within quincena", "es", "[dentro de una quincena]", "2016-11-22"),
    ("e week ago", "es", "[hace una semana]", "2016-10-31"),
    ("e month ago", "es", "[hace un mes]", "2016-10-07"),
    ("e years ago", "es", "[hace dos años]", "2014-11-07"),
    ("e within days", "es", "[dentro de tres días]", "2016-11-10"),
    ("e de aqui a", "es", "[de aquí a dos semanas]", "2016-11-21"),
    ("h start of month", "es", "a [principios de mes]", "2016-11"),
    ("h end of month fines", "es", "a [fines de mayo]", "2016-05"),
    ("h middle of next year", "es", "a [mediados del año próximo]", "2017"),
    ("h end of last month", "es", "a [finales del mes pasado]", "2016-10"),
    ("h start of year comienzos", "es", "a [comienzos de 2015]", "2015"),
    ("g year with article", "es", "en el [2015]", "2015"),
    ("g decade short", "es", "en [los 80]", "198X"),
    ("g decade 2000s", "es", "en [los años 2000]", "200X"),
    ("g decade of year", "es", "en [la década de 1990]", "199X"),
    ("g month year", "es", "en [marzo de 2016]", "2016-03"),
]


cap = caseset.cap


# Each date in two of the five frames, turning with the date.
_turn = {}
for pat, lang, date, value in DATES:
    k = _turn.get(lang, 0)
    _turn[lang] = k + 1
    for j in (k % 5, (k + 2) % 5):
        text = FRAMES[lang][j].format(cap(date) if j == 0 else date)
        W.rt(pat, lang, text, value)

# Single expressions on Tuesday 2013-02-12, direction=future.
for pat, lang, text, value in [
    ("d day after tomorrow", "pt", "depois de amanhã", "2013-02-14"),
    ("d day before yesterday", "pt", "anteontem", "2013-02-10"),
    ("e daqui a days", "pt", "daqui a três dias", "2013-02-15"),
    ("e weeks ago", "pt", "há duas semanas", "2013-01-29"),
    ("a weekday que vem", "pt", "segunda-feira que vem", "2013-02-18"),
    ("a short weekday past", "pt", "sexta passada", "2013-02-08"),
    ("a weekday past", "pt", "quinta-feira passada", "2013-02-07"),
    ("a next weekday", "pt", "próximo sábado", "2013-02-16"),
    ("b day word", "pt", "dia 5", "2013-03-05"),
    ("b ordinal first", "pt", "1º de maio", "2013-05-01"),
    ("b word first", "pt", "primeiro de janeiro", "2014-01-01"),
    ("b next day number", "pt", "próximo dia 20", "2013-02-20"),
    ("b day month past", "pt", "5 de maio passado", "2012-05-05"),
    ("b day of last month", "pt", "dia 25 do mês passado", "2013-01-25"),
    ("b day month year", "pt", "31 de dezembro de 2012", "2012-12-31"),
    ("c abbreviated month", "pt", "3 de mar. de 2016", "2016-03-03"),
    ("c month slash year", "pt", "mar/2016", "2016-03"),
    ("h middle of month", "pt", "meados de maio", "2013-05"),
    ("h start of month", "pt", "início de março", "2013-03"),
    ("h end of month", "pt", "fim do mês", "2013-02"),
    ("d weekend past", "pt", "fim de semana passado", "2013-W06-WE"),
    ("d next week", "pt", "semana que vem", "2013-W08"),
    ("d next month", "pt", "mês que vem", "2013-03"),
    ("d last year", "pt", "ano passado", "2012"),
    ("e month ago", "pt", "há um mês", "2013-01-12"),
    ("e daqui a week", "pt", "daqui a uma semana", "2013-02-19"),
    ("e within weeks", "pt", "dentro de duas semanas", "2013-02-26"),
    ("d tomorrow night", "pt", "amanhã à noite", "2013-02-13"),
    ("d yesterday morning", "pt", "ontem de manhã", "2013-02-11"),
    ("g decade of year", "pt", "década de 1990", "199X"),
    ("g decade", "pt", "anos 80", "198X"),
    ("d day after tomorrow", "es", "pasado mañana", "2013-02-14"),
    ("d day before yesterday", "es", "anteayer", "2013-02-10"),
    ("d antier", "es", "antier", "2013-02-10"),
    ("d last night", "es", "anoche", "2013-02-11"),
    ("e fifteen days ago", "es", "hace quince días", "2013-01-28"),
    ("e within quincena", "es", "dentro de una quincena", "2013-02-27"),
    ("d week entrante", "es", "la semana entrante", "2013-W08"),
    ("d month entrante", "es", "el mes entrante", "2013-03"),
    ("d year antepasado", "es", "el año antepasado", "2011"),
    ("h end of month fines", "es", "fines de mayo", "2013-05"),
    ("h middle of next year", "es", "mediados del año próximo", "2014"),
    ("h start of month", "es", "principios de mes", "2013-02"),
    ("h end of year", "es", "finales de 2014", "2014"),
    ("b ordinal first", "es", "1.º de enero", "2014-01-01"),
    ("b word first", "es", "primero de enero", "2014-01-01"),
    ("b next day number", "es", "el próximo día 5", "2013-03-05"),
    ("b day word", "es", "el día 20", "2013-02-20"),
    ("b day month year", "es", "12 de octubre de 1492", "1492-10-12"),
    ("c abbreviated month", "es", "3 de mar. de 2016", "2016-03-03"),
    ("g decade 2000s", "es", "los años 2000", "200X"),
    ("g decade of year", "es", "la década de 1990", "199X"),
    ("g decade short", "es", "los 80", "198X"),
    ("d weekend past", "es", "el fin de semana pasado", "2013-W06-WE"),
    ("a weekday que viene", "es", "el lunes que viene", "2013-02-18"),
    ("e week ago", "es", "hace una semana", "2013-02-05"),
    ("e within days", "es", "dentro de tres días", "2013-02-15"),
    ("e years ago", "es", "hace dos años", "2011-02"),  # (years back: the month, as in the other du cases)
    ("e de aqui a", "es", "de aquí a dos semanas", "2013-02-26"),
    ("d last year", "es", "el año pasado", "2012"),
    ("d last week", "es", "la semana pasada", "2013-W06"),
    ("d next month", "es", "el mes que viene", "2013-03"),
    ("d next week", "es", "la próxima semana", "2013-W08"),
    ("d yesterday night", "es", "ayer por la noche", "2013-02-11"),
    ("d tomorrow morning", "es", "mañana por la mañana", "2013-02-13"),
]:
    W.du(pat, lang, text, value)

# Still failing (kept out of the fixture): Portuguese "o" before "dia" is kept (is it an article that stays out?);
# Spanish "el próximo día 5" in a sentence is spanned without its article ("el [próximo día 5]"; the value is right
# since the Portuguese round 19, and the phrase alone passes); "los 80" without "años" is no decade. ("quincena", fifteen
# days, is a unit since the English/Spanish round of the grammar's families, and its cases pass.)
KNOWN = {
    ("pt", "b day of last month", "Marca a consulta o dia 25 do mês passado, por favor."),
    ("pt", "b day of last month", "O dia 25 do mês passado o governo aprovou o novo orçamento."),
    ("es", "b next day number", "La empresa anunció el próximo día 5 el cierre de dos plantas."),
    ("es", "b next day number", "Resérvame una mesa el próximo día 5, por favor."),
    ("es", "g decade short", "El acuerdo se firmó en los 80"),
    ("es", "g decade short", "Según la policía, el accidente ocurrió en los 80."),
    ("es", "g decade short", "los 80"),
}


def main():
    caseset.main(W.cases(), "dates_iberian.jsonl", known=caseset.known_texts(KNOWN), types=("date", "duration"))


if __name__ == "__main__":
    main()
