#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Odd surface shapes for the `dates` stage: the ways assistant requests, chat and single expressions write
dates that the other case sets do not (compact numerics, numbers in words, modifiers around a relative
period, weekday + day number, counted compounds, named periods, holidays by name, and look-alikes that are
no dates). Each case is written by hand in one language, with its value computed here by calendar
arithmetic. Families (the `pattern` starts with the letter):

  a  compact and unusual numerics     "20150312", "2015 03 12", "2014/Mar/05", "Aug/2017", "June of 91", "week 42"
  b  years, days and months in words  "March first 2001", "zweitausendzwölf", "dos mil dieciocho", "le premier mai"
  c  modifiers around a relative period "earlier this week", "Anfang dieser Woche", "eind deze maand", "all week"
  d  weekday + day number             "Wed 9th", "Friday 4", "el viernes 30", "Fr., 4.", "op zo 16", "sexta, 4"
  e  counted compounds                "3 years 2 months 10 days later", "two weeks from tomorrow", "anderthalb Jahre"
  f  quarters, halves, named periods  "2015-q3", "H2 2015", "im dritten Quartal", "los años ochenta"
  g  holidays with and without a year "St. Patrick's Day 2018", "Koningsdag", "Pfingstmontag 2017"
  h  look-alikes that are no dates    phone numbers, codes, ratios, times, scores, versions, "week 00"

Conventions (Plugins/Dates/README.md): `rt` news/assistant sentences, DCT Monday 2016-11-07, the [bracketed]
spans follow the news span rules; `du` the expression alone, DCT Tuesday 2013-02-12, direction=future, the
span all of it.

  quirk_cases.py run NLPSH [--show] [--lang L]   runs the stage, prints pass rates per family x language
  quirk_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_quirk.jsonl
"""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402
from transfer_cases import D, RT, DU, add_months, easter, nth_wd  # noqa: E402

TD = dt.timedelta
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


# ------------------------------------------------------------------ calendar
def iso(d):
    return d.isoformat()


def iso_week(d):
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def wd_day(dct, wd, day, future):
    """The weekday `wd` that falls on day `day` of a month: the most recent one on or before the DCT (news),
    the first one after it (direction=future)."""
    d, step = dct, (1 if future else -1)
    if future:
        d += TD(days=1)
    while not (d.weekday() == WD[wd] and d.day == day):
        d += TD(days=step)
    return iso(d)


def shift(dct, years=0, months=0, days=0):
    return iso(add_months(dct, 12 * years + months) + TD(days=days))


def wd_in_week(dct, wd, weeks):
    """Weekday `wd` of the ISO week `weeks` from the DCT's."""
    return iso(dct - TD(days=dct.weekday()) + TD(days=7 * weeks + WD[wd]))


def recent(dct, m, d):
    """The most recent month-day on or before the DCT (a holiday without a year, news convention)."""
    x = D(dct.year, m, d)
    return iso(x if x <= dct else D(dct.year - 1, m, d))


def coming(dct, m, d):
    x = D(dct.year, m, d)
    return iso(x if x > dct else D(dct.year + 1, m, d))


def month(dct):
    return f"{dct.year:04d}-{dct.month:02d}"


R, U = RT, DU
RW, UW = iso_week(RT), iso_week(DU)      # 2016-W45, 2013-W07

# ------------------------------------------------------------------ cases
# (family pattern, lang, conv, text, values): rt texts mark their spans with [brackets], one value per span
# (a value starting with "P" is a duration); du texts are the expression, spanned whole, with one value.
W = caseset.Written("qu", RT, DU)
rt, du = W.rt, W.du


# a  compact and unusual numerics -------------------------------------------------------------
rt("a compact ymd", "en", "The contract was signed [20150312] in Boston.", "2015-03-12")
rt("a spaced ymd", "en", "On [2015 03 12], the board met again.", "2015-03-12")
rt("a y/mon/d", "en", "The order shipped [2014/Mar/05] from Ohio.", "2014-03-05")
rt("a mon/y", "en", "What is the budget for [Aug/2017]?", "2017-08")
rt("a m-y", "en", "Is this a valid month? [11-2014]", "2014-11")
rt("a y-m", "en", "The report covers [2014-11] only.", "2014-11")
rt("a d-mon-y", "en", "The invoice is dated [7-aug-2015].", "2015-08-07")
rt("a =year", "en", "filter: [=2017]", "2017")
rt("a dashed compact", "en", "archive -[20150312]- closed", "2015-03-12")
rt("a invalid day", "en", "Someone typed [31 Apr 2015] into the form.", "2015-04-31")
rt("a month of yy", "en", "My sister was born in [June of 91].", "1991-06")
rt("a month 'yy", "en", "The album came out in [May '95].", "1995-05")
rt("a iso week", "en", "Deliveries resume in [week 42].", "2016-W42")
rt("a iso week year", "en", "The fair runs in [W05 2017].", "2017-W05")
rt("a iso week", "de", "Die Messe ist in [KW 42].", "2016-W42")
rt("a iso week", "es", "Las entregas llegan en la [semana 42].", "2016-W42")
rt("a iso week", "nl", "De levering volgt in [week 42].", "2016-W42")
rt("a iso week", "pt", "As entregas chegam na [semana 42].", "2016-W42")
rt("a iso week", "fr", "La livraison arrive en [semaine 42].", "2016-W42")
rt("a iso week", "it", "La consegna arriva nella [settimana 42].", "2016-W42")
rt("a compact ymd", "de", "Der Vertrag wurde am [20150312] unterschrieben.", "2015-03-12")
rt("a y/mon/d", "de", "Die Lieferung kam am [2014/Mär/05].", "2014-03-05")
rt("a m-y", "de", "Ist das ein gültiges Datum? [11-2014]", "2014-11")
rt("a invalid day", "de", "Jemand hat [31. April 2015] eingetragen.", "2015-04-31")
rt("a compact ymd", "es", "El contrato se firmó el [20150312] en Madrid.", "2015-03-12")
rt("a d-mon-y", "es", "La factura tiene fecha [7-ago-2015].", "2015-08-07")
rt("a mon/y", "es", "¿Cuál es el presupuesto para [ago/2017]?", "2017-08")
rt("a m-y", "es", "¿Es una fecha válida? [11-2014]", "2014-11")
rt("a invalid day", "es", "Alguien escribió [31 abr 2015] en el formulario.", "2015-04-31")
rt("a compact ymd", "nl", "Het contract is op [20150312] getekend.", "2015-03-12")
rt("a d-mon-y", "nl", "De factuur is gedateerd [7-aug-2015].", "2015-08-07")
rt("a spaced ymd", "nl", "Op [2015 03 12] vergaderde het bestuur.", "2015-03-12")
rt("a compact ymd", "pt", "O contrato foi assinado em [20150312] em Lisboa.", "2015-03-12")
rt("a d/mon/y", "pt", "A fatura tem data de [7/ago/2015].", "2015-08-07")
rt("a month de yy", "pt", "O disco saiu em [maio de 95].", "1995-05")
rt("a compact ymd", "fr", "Le contrat a été signé le [20150312] à Lyon.", "2015-03-12")
rt("a month yy", "fr", "En [mars 95], le club a gagné la coupe.", "1995-03")
rt("a d-mon-y", "fr", "La facture est datée du [7-août-2015].", "2015-08-07")
rt("a compact ymd", "it", "Il contratto è stato firmato [il 20150312] a Roma.", "2015-03-12")
rt("a y/mon/d", "it", "L'ordine è partito [il 2014/mar/05].", "2014-03-05")
rt("a month yy", "it", "A [marzo 95] la squadra vinse la coppa.", "1995-03")
du("a compact ymd", "en", "20150312", "2015-03-12")
du("a y/mon/d", "en", "2014/Mar/05", "2014-03-05")
du("a mon/y", "en", "Aug/2017", "2017-08")
du("a y-m", "en", "2014-11", "2014-11")
du("a d-mon-y", "en", "7-aug-2015", "2015-08-07")
du("a compact ymd", "de", "20150312", "2015-03-12")
du("a d-mon-y", "es", "7-ago-2015", "2015-08-07")
du("a d-mon-y", "nl", "7-aug-2015", "2015-08-07")
du("a d-mon-y", "pt", "7-ago-2015", "2015-08-07")
du("a d-mon-y", "fr", "7-août-2015", "2015-08-07")
du("a d-mon-y", "it", "7-ago-2015", "2015-08-07")
du("a y-m", "da", "2014-11", "2014-11")
du("a iso week", "en", "week 42", "2013-W42")
du("a iso week", "de", "KW 42", "2013-W42")
du("a iso week", "es", "semana 42", "2013-W42")
du("a iso week", "da", "uge 42", "2013-W42")
du("a iso week", "sv", "vecka 42", "2013-W42")
du("a iso week", "nb", "uke 42", "2013-W42")
du("a compact ymd", "sv", "20150312", "2015-03-12")
du("a y-m", "nb", "2014-11", "2014-11")

# b  years, days and months in words ----------------------------------------------------------
rt("b month ordinal-word year", "en", "[March first 2001] was a cold day.", "2001-03-01")
rt("b month year-words", "en", "The bridge opened in [November two thousand and seven].", "2007-11")
rt("b ordinal-word of month", "en", "We moved on the [twenty-first of March].", "2016-03-21")
rt("b year words", "en", "The firm was founded in [nineteen ninety-nine].", "1999")
rt("b day month year-words", "en", "They married on [9 June nineteen eighty four].", "1984-06-09")
rt("b month year-words", "de", "Das Werk schloss im [Mai zweitausendzwölf].", "2012-05")
rt("b day month year-words", "de", "Er kam am [3. Mai zweitausendzwölf] an.", "2012-05-03")
rt("b ordinal-word month", "de", "Wir treffen uns am [einundzwanzigsten März].", "2016-03-21")
rt("b month year-words", "es", "La fábrica cerró en [marzo de dos mil dieciocho].", "2018-03")
rt("b day month year-words", "es", "Llegó el [15 de marzo de dos mil dieciocho].", "2018-03-15")
rt("b ordinal-word month", "es", "Nos vimos el [primero de marzo].", "2016-03-01")
rt("b day month year-words", "nl", "Hij kwam op [12 maart tweeduizend negentien] aan.", "2019-03-12")
rt("b month year-words", "nl", "De fabriek sloot in [maart tweeduizend negentien].", "2019-03")
rt("b day month year-words", "pt", "O congresso começa em [5 de maio de dois mil e vinte].", "2020-05-05")
rt("b month year-words", "pt", "A fábrica fechou em [março de dois mil e vinte].", "2020-03")
rt("b ordinal-word month", "fr", "Le défilé a eu lieu le [premier mai].", "2016-05-01")
rt("b day month year-words", "fr", "Il est arrivé le [3 mai deux mille douze].", "2012-05-03")
rt("b ordinal-word month", "it", "La festa si è tenuta il [primo maggio].", "2016-05-01")
rt("b day month year-words", "it", "È arrivato [il 3 maggio duemiladodici].", "2012-05-03")
du("b month ordinal-word year", "en", "March first 2001", "2001-03-01")
du("b month year-words", "en", "November two thousand and seven", "2007-11")
du("b the ordinal-word", "en", "the twenty-first", "2013-02-21")
du("b year words", "en", "nineteen ninety-nine", "1999")
du("b year words", "de", "zweitausendzwölf", "2012")
du("b year words", "es", "dos mil dieciocho", "2018")
du("b year words", "nl", "tweeduizend negentien", "2019")
du("b year words", "pt", "dois mil e vinte", "2020")
du("b ordinal-word month", "fr", "le premier mai", "2013-05-01")
du("b ordinal-word month", "it", "il primo maggio", "2013-05-01")
du("b ordinal-word month", "es", "el primero de mayo", "2013-05-01")
du("b ordinal-word month", "da", "den første maj", "2013-05-01")
du("b ordinal-word month", "sv", "den första maj", "2013-05-01")
du("b ordinal-word month", "nb", "første mai", "2013-05-01")

# c  modifiers around a relative period -------------------------------------------------------
rt("c earlier this week", "en", "We spoke [earlier this week] about the plan.", RW)
rt("c later this month", "en", "The vote is expected [later this month].", month(R))
rt("c rest of the week", "en", "Rain is forecast for the [rest of the week].", RW)
rt("c mid-year", "en", "The line should open [by mid-year].", "2016")
rt("c all week", "en", "I'll be away [all week].", "P1W")
rt("c this calendar year", "en", "Sales are up [this calendar year].", "2016")
rt("c fiscal year", "en", "Revenue fell in the [fiscal year 2015].", "2015")
rt("c later this year", "de", "Das Gesetz soll [später in diesem Jahr] kommen.", "2016")
rt("c early this week", "de", "Der Minister reiste [Anfang dieser Woche] ab.", RW)
rt("c end of next month", "de", "Die Firma zieht [Ende nächsten Monats] um.", month(add_months(R, 1)))
rt("c whole month", "de", "Ich bin den [ganzen Monat] weg.", "P1M")
rt("c later this week", "es", "Te llamo [más tarde de esta semana].", RW)
rt("c earlier this month", "es", "Lo firmamos [más temprano de este mes].", month(R))
rt("c end of this week", "es", "El informe llega a [finales de esta semana].", RW)
rt("c this calendar year", "es", "Ganamos mucho [este año calendario].", "2016")
rt("c end this month", "nl", "Het rapport komt [eind deze maand].", month(R))
rt("c later this week", "nl", "We bellen [later deze week].", RW)
rt("c early this year", "nl", "Het bedrijf startte [begin dit jaar].", "2016")
rt("c whole week", "nl", "Ik ben [de hele week] weg.", "P1W")
rt("c end of the month", "pt", "O pagamento sai no [final do mês].", month(R))
rt("c start of this week", "pt", "O ministro viajou no [início desta semana].", RW)
rt("c this civil year", "pt", "Ganhamos muito [neste ano civil].", "2016")
rt("c later this year", "fr", "La loi sera votée [plus tard cette année].", "2016")
rt("c earlier this month", "fr", "Nous l'avons signé [plus tôt ce mois-ci].", month(R))
rt("c end of the month", "fr", "Le rapport arrive à la [fin du mois].", month(R))
rt("c end of the month", "it", "Il rapporto arriva alla [fine del mese].", month(R))
rt("c whole month", "it", "Sarò via [tutto il mese].", "P1M")
du("c later this month", "en", "later this month", month(U))
du("c earlier this week", "en", "earlier this week", UW)
du("c this calendar year", "en", "this calendar year", "2013")
du("c early this week", "de", "Anfang dieser Woche", UW)
du("c end this month", "nl", "eind deze maand", month(U))
du("c later this month", "es", "más tarde de este mes", month(U))
du("c end of the month", "pt", "no final do mês", month(U))
du("c later this year", "fr", "plus tard cette année", "2013")

# d  weekday + day number ---------------------------------------------------------------------
rt("d short weekday nth", "en", "Can we meet [Wed 12th] instead?", wd_day(R, "wed", 12, False))
rt("d weekday number", "en", "Are you free on [Friday 4]?", wd_day(R, "fri", 4, False))
rt("d this week weekday", "en", "What happened [this week Friday]?", wd_in_week(R, "fri", 0))
rt("d next week short weekday", "en", "Book a room [next week Thu] please.", wd_in_week(R, "thu", 1))
rt("d next weekday m/d", "en", "Send it [next Tuesday 11/15].", "2016-11-15")
rt("d weekday number", "de", "Hast du am [Freitag 4.] Zeit?", wd_day(R, "fri", 4, False))
rt("d short weekday dotted day", "de", "Treffen am [Fr., 4.] um neun.", wd_day(R, "fri", 4, False))
rt("d short weekday dotted day", "de", "Termin am [Sa 15.] im Büro.", wd_day(R, "sat", 15, False))
rt("d weekday number", "es", "¿Tienes algo el [viernes 30]?", wd_day(R, "fri", 30, False))
rt("d weekday number", "es", "Nos vemos el [martes 11].", wd_day(R, "tue", 11, False))
rt("d short weekday number", "nl", "Heb je tijd op [zo 16]?", wd_day(R, "sun", 16, False))
rt("d weekday number", "nl", "Heb je een afspraak op [vrijdag 30]?", wd_day(R, "fri", 30, False))
rt("d short weekday comma day", "pt", "Vamos nos ver na [sexta, 4].", wd_day(R, "fri", 4, False))
rt("d weekday number", "pt", "Combinamos para [terça 11].", wd_day(R, "tue", 11, False))
rt("d weekday number", "fr", "On se voit le [vendredi 4] ?", wd_day(R, "fri", 4, False))
rt("d weekday number", "it", "Ci vediamo [giovedì 3].", wd_day(R, "thu", 3, False))
du("d short weekday nth", "en", "Mon 18th", wd_day(U, "mon", 18, True))
du("d weekday number", "en", "Friday 15", wd_day(U, "fri", 15, True))
du("d short weekday dotted day", "de", "Fr., 15.", wd_day(U, "fri", 15, True))
du("d weekday number", "es", "el viernes 15", wd_day(U, "fri", 15, True))
du("d short weekday number", "nl", "zo 17", wd_day(U, "sun", 17, True))
du("d short weekday comma day", "pt", "sexta, 15", wd_day(U, "fri", 15, True))
du("d weekday number", "fr", "vendredi 15", wd_day(U, "fri", 15, True))
du("d weekday number", "it", "venerdì 15", wd_day(U, "fri", 15, True))
du("d weekday den day", "da", "fredag den 15.", wd_day(U, "fri", 15, True))
du("d weekday number", "sv", "fredag 15", wd_day(U, "fri", 15, True))
du("d weekday number", "nb", "fredag 15.", wd_day(U, "fri", 15, True))

# e  counted compounds ------------------------------------------------------------------------
rt("e y m d later", "en", "The loan ends [3 years 2 months 10 days later].", shift(R, 3, 2, 10))
rt("e n weeks from tomorrow", "en", "The trial starts [two weeks from tomorrow].", shift(R, days=15))
rt("e year and a half ago", "en", "She left [a year and a half ago].", shift(R, months=-18))
rt("e year and a half", "en", "The works took [a year and a half].", "P1.5Y")
rt("e one and a half years", "de", "Der Umbau dauerte [anderthalb Jahre].", "P1.5Y")
rt("e ago one and a half years", "de", "Sie ist [vor anderthalb Jahren] gegangen.", shift(R, months=-18))
rt("e n weeks from tomorrow", "es", "El juicio empieza [dos semanas a partir de mañana].", shift(R, days=15))
rt("e weeks and a half", "es", "La obra duró [dos semanas y media].", "P2.5W")
rt("e year and a half", "es", "La obra duró [un año y medio].", "P1.5Y")
rt("e n weeks after tomorrow", "nl", "Het proces begint [twee weken na morgen].", shift(R, days=15))
rt("e one and a half months", "nl", "De verbouwing duurde [anderhalve maand].", "P1.5M")
rt("e year and a half", "pt", "A obra durou [um ano e meio].", "P1.5Y")
rt("e n weeks from tomorrow", "pt", "O julgamento começa [duas semanas a partir de amanhã].", shift(R, days=15))
rt("e year and a half", "fr", "Les travaux ont duré [un an et demi].", "P1.5Y")
rt("e n weeks after tomorrow", "fr", "Le procès commence [deux semaines après demain].", shift(R, days=15))
rt("e year and a half", "it", "I lavori sono durati [un anno e mezzo].", "P1.5Y")
rt("e n weeks after tomorrow", "it", "Il processo inizia [due settimane dopo domani].", shift(R, days=15))
du("e n weeks from tomorrow", "en", "two weeks from tomorrow", shift(U, days=15))
du("e n weeks from tomorrow", "es", "dos semanas a partir de mañana", shift(U, days=15))
du("e n days after tomorrow", "de", "drei Tage nach morgen", shift(U, days=4))

# f  quarters, halves and named periods -------------------------------------------------------
rt("f y-qn", "en", "Margins improved in [2015-q3].", "2015-Q3")
rt("f qn y", "en", "Sales rose in [Q2 2017] again.", "2017-Q2")
rt("f hn y", "en", "Profit doubled in [H2 2015].", "2015-H2")
rt("f second half of the year", "en", "Growth slowed in [the second half of the year].", "2016-H2")
rt("f decade words", "en", "It was a hit in [the eighties].", "198X")
rt("f quarter ordinal", "de", "Der Umsatz stieg im [dritten Quartal].", "2016-Q3")
rt("f qn y", "de", "Der Umsatz stieg im [Q2 2017].", "2017-Q2")
rt("f decade words", "de", "Das Lied war in den [Achtzigerjahren] beliebt.", "198X")
rt("f half year", "es", "Abrirá en [el primer semestre de 2019].", "2019-H1")
rt("f decade words", "es", "Era popular en [los años ochenta].", "198X")
rt("f quarter ordinal", "nl", "De winst steeg in [het tweede kwartaal].", "2016-Q2")
rt("f decade words", "nl", "Het was populair in [de jaren zeventig].", "197X")
rt("f quarter ordinal", "pt", "As vendas subiram no [primeiro trimestre].", "2016-Q1")
rt("f decade words", "pt", "Era popular [nos anos setenta].", "197X")
rt("f quarter ordinal", "fr", "Les ventes ont augmenté au [troisième trimestre 2015].", "2015-Q3")
rt("f decade words", "fr", "C'était à la mode dans [les années soixante-dix].", "197X")
rt("f quarter ordinal", "it", "Le vendite sono salite nel [secondo trimestre 2015].", "2015-Q2")
rt("f decade words", "it", "Era di moda [negli anni settanta].", "197X")
du("f qn y", "en", "Q3 2018", "2018-Q3")
du("f y-qn", "en", "2017-q1", "2017-Q1")
du("f hn y", "en", "H1 2016", "2016-H1")
du("f quarter ordinal year", "de", "das dritte Quartal 2014", "2014-Q3")
du("f half year", "es", "el primer semestre de 2019", "2019-H1")
du("f quarter ordinal year", "nl", "het tweede kwartaal van 2014", "2014-Q2")
du("f quarter ordinal year", "pt", "o primeiro trimestre de 2014", "2014-Q1")

# g  holidays with and without a year ---------------------------------------------------------
rt("g saint day year", "en", "The parade on [St. Patrick's Day 2018] was huge.", "2018-03-17")
rt("g whit monday year", "en", "Shops closed on [Whit Monday 2017].", iso(easter(2017) + TD(days=50)))
rt("g labor day year", "en", "Traffic was heavy on [Labor Day 2015].", nth_wd(2015, 9, 0, 1))
rt("g labour day", "de", "Am [Tag der Arbeit 2015] wurde gestreikt.", "2015-05-01")
rt("g christmas eve year", "de", "An [Heiligabend 2014] schneite es.", "2014-12-24")
rt("g whit monday year", "de", "Am [Pfingstmontag 2017] blieb alles zu.", iso(easter(2017) + TD(days=50)))
rt("g epiphany year", "es", "El [día de Reyes de 2015] nevó.", "2015-01-06")
rt("g saint day year", "es", "Volvió el [día de San Patricio de 2018].", "2018-03-17")
rt("g kings day", "nl", "Met [Koningsdag] was het druk in Amsterdam.", recent(R, 4, 27))
rt("g whit monday year", "nl", "Op [Tweede Pinksterdag 2017] was alles dicht.", iso(easter(2017) + TD(days=50)))
rt("g independence day year", "pt", "O desfile do [Dia da Independência de 2015] foi cancelado.", "2015-09-07")
rt("g saint day", "pt", "A festa de [São João] encheu a cidade.", recent(R, 6, 24))
rt("g all saints year", "fr", "Il a gelé à [la Toussaint 2015].", "2015-11-01")
rt("g whit monday year", "fr", "Le [lundi de Pentecôte 2017] était férié.", iso(easter(2017) + TD(days=50)))
rt("g assumption year", "it", "A [Ferragosto 2015] faceva caldo.", "2015-08-15")
rt("g republic day year", "it", "La [Festa della Repubblica 2016] è stata sobria.", "2016-06-02")
du("g saint day", "en", "St. Patrick's Day", coming(U, 3, 17))
du("g christmas eve", "de", "Heiligabend", coming(U, 12, 24))
du("g kings day", "nl", "Koningsdag", coming(U, 4, 27))
du("g saint day year", "es", "día de San Patricio 2020", "2020-03-17")
du("g all saints", "fr", "la Toussaint", coming(U, 11, 1))
du("g assumption", "it", "Ferragosto", coming(U, 8, 15))
du("g christmas eve", "da", "juleaften", coming(U, 12, 24))
du("g christmas eve", "sv", "julafton", coming(U, 12, 24))
du("g christmas eve", "nb", "julaften", coming(U, 12, 24))

# h  look-alikes that are no dates ------------------------------------------------------------
for lang, text in [
    ("en", "Call the desk at 0171 2345 678 for tickets."), ("en", "Order XYZ-20150 is still open."),
    ("en", "The ratio was 25/3.75 in the test group."), ("en", "Where were you between 815-1045?"),
    ("en", "They won 21-14 at home."), ("en", "Please update to version 2.10.3 first."),
    ("en", "There is no week 00 in any calendar."),
    ("de", "Rufen Sie 0171 2345 678 an."), ("de", "Der Auftrag XYZ-20150 ist offen."),
    ("de", "Bitte auf Version 2.10.3 aktualisieren."), ("de", "Es gibt keine KW 00."),
    ("es", "Llame al 0171 2345 678 para reservar."), ("es", "El pedido XYZ-20150 sigue abierto."),
    ("es", "La proporción fue 25/3.75 en el grupo."), ("es", "No existe la semana 00."),
    ("nl", "Bel 0171 2345 678 voor kaartjes."), ("nl", "Waar was je tussen 815-1045?"),
    ("pt", "Ligue para 0171 2345 678 para reservar."), ("pt", "O pedido XYZ-20150 continua aberto."),
    ("fr", "Appelez le 0171 2345 678 pour réserver."), ("fr", "Ils ont gagné 21-14 à domicile."),
    ("it", "Chiamate lo 0171 2345 678 per i biglietti."), ("it", "Aggiornate alla versione 2.10.3."),
]:
    rt("h look-alike", lang, text)


# ------------------------------------------------------------------ second batch (other words, numbers, languages)
rt("a dotted ymd", "en", "The memo is dated [2015.03.12] in the archive.", "2015-03-12")
rt("a m/yyyy", "en", "Card valid through [03/2019] only.", "2019-03")
rt("a month 'yy", "de", "Das Album erschien im [März '87].", "1987-03")
rt("a month 'yy", "nl", "Het album verscheen in [maart '87].", "1987-03")
rt("a dotted dmy", "pt", "O memorando tem data de [12.03.2015].", "2015-03-12")
rt("a spaced dmy", "fr", "Le courrier est daté du [12 03 2015].", "2015-03-12")
rt("a spaced dmy", "it", "La lettera porta la data [12 03 2015].", "2015-03-12")
rt("a iso week year", "es", "Las entregas llegan en la [semana 5 de 2017].", "2017-W05")
rt("a iso week year", "nl", "De levering volgt in [week 5 van 2017].", "2017-W05")
rt("a invalid day", "nl", "Iemand typte [31 april 2015] in het formulier.", "2015-04-31")
rt("a invalid day", "pt", "Alguém escreveu [31 de abril de 2015] no formulário.", "2015-04-31")
rt("a invalid day", "fr", "Quelqu'un a écrit [31 avril 2015] dans le formulaire.", "2015-04-31")
rt("a invalid day", "it", "Qualcuno ha scritto [31 aprile 2015] nel modulo.", "2015-04-31")
du("a iso week year", "en", "W05 2017", "2017-W05")
du("a iso week", "de", "KW5", "2013-W05")
du("a iso week", "nl", "week 5", "2013-W05")
du("a iso week", "fr", "semaine 5", "2013-W05")
du("a iso week", "it", "settimana 5", "2013-W05")
du("a iso week", "pt", "semana 5", "2013-W05")

rt("b ordinal-word month", "en", "Rent is due on [February twenty-eighth].", "2016-02-28")
rt("b year pair words", "en", "The stadium opened in [twenty twelve].", "2012")
rt("b year words", "es", "La empresa nació en [mil novecientos noventa y nueve].", "1999")
rt("b year words", "fr", "L'entreprise est née en [deux mille douze].", "2012")
rt("b year words", "it", "L'azienda è nata nel [duemiladodici].", "2012")
du("b year words", "en", "two thousand twelve", "2012")
du("b year words", "de", "neunzehnhundertneunundneunzig", "1999")
du("b year words", "es", "mil novecientos noventa y nueve", "1999")
du("b year words", "nl", "negentienhonderdnegenennegentig", "1999")
du("b year words", "pt", "mil novecentos e noventa e nove", "1999")
du("b year words", "fr", "deux mille douze", "2012")
du("b year words", "it", "duemiladodici", "2012")
du("b year words", "da", "to tusind og tolv", "2012")
du("b year words", "sv", "tvåtusentolv", "2012")
du("b year words", "nb", "to tusen og tolv", "2012")

rt("c later next week", "en", "The board meets [later next week].", iso_week(R + TD(days=7)))
rt("c early next year", "en", "The plant opens [early next year].", "2017")
rt("c whole month", "en", "The shop is closed for [the whole month].", "P1M")
rt("c later this month", "de", "Das Urteil fällt [später in diesem Monat].", month(R))
rt("c whole week", "de", "Es hat die [ganze Woche] geregnet.", "P1W")
rt("c whole week", "es", "Llovió [toda la semana].", "P1W")
rt("c whole week post", "es", "Estuvo fuera [una semana entera].", "P1W")
rt("c later this year", "nl", "De wet komt [later dit jaar].", "2016")
rt("c whole year", "nl", "Het regende [het hele jaar].", "P1Y")
rt("c whole week", "pt", "Choveu [toda a semana].", "P1W")
rt("c later this month", "pt", "A lei sai [mais tarde neste mês].", month(R))
rt("c whole week", "fr", "Il a plu [toute la semaine].", "P1W")
rt("c later this month", "fr", "La loi sera votée [plus tard ce mois-ci].", month(R))
rt("c whole week", "it", "Ha piovuto [tutta la settimana].", "P1W")
rt("c later this year", "it", "La legge arriva [più tardi quest'anno].", "2016")
du("c later this month", "de", "später in diesem Monat", month(U))
du("c later this month", "fr", "plus tard ce mois-ci", month(U))
du("c later this year", "nl", "later dit jaar", "2013")
du("c later this year", "it", "più tardi quest'anno", "2013")
du("c later this month", "pt", "mais tarde neste mês", month(U))

rt("d short weekday nth", "en", "Dinner is on [Sat 22nd] at Joe's.", wd_day(R, "sat", 22, False))
rt("d weekday the nth", "en", "We met on [Thursday the 3rd].", wd_day(R, "thu", 3, False))
rt("d short weekday dotted day", "de", "Sitzung am [Mi., 2.] im Rathaus.", wd_day(R, "wed", 2, False))
rt("d weekday comma day", "de", "Wir sehen uns am [Donnerstag, 3.].", wd_day(R, "thu", 3, False))
rt("d weekday number", "es", "La cita fue el [miércoles 2].", wd_day(R, "wed", 2, False))
rt("d short weekday number", "nl", "Vergadering op [wo 2] om tien uur.", wd_day(R, "wed", 2, False))
rt("d weekday number", "nl", "We zagen elkaar op [donderdag 3].", wd_day(R, "thu", 3, False))
rt("d short weekday comma day", "pt", "A reunião foi na [qua, 2].", wd_day(R, "wed", 2, False))
rt("d weekday number", "pt", "Nos vimos na [quinta 3].", wd_day(R, "thu", 3, False))
rt("d short weekday number", "fr", "Réunion le [mer. 2] à la mairie.", wd_day(R, "wed", 2, False))
rt("d weekday number", "it", "La riunione è stata [mercoledì 2].", wd_day(R, "wed", 2, False))
du("d short weekday nth", "en", "Wed 20th", wd_day(U, "wed", 20, True))
du("d short weekday dotted day", "de", "Mi., 20.", wd_day(U, "wed", 20, True))
du("d short weekday number", "nl", "wo 20", wd_day(U, "wed", 20, True))
du("d short weekday comma day", "pt", "qua, 20", wd_day(U, "wed", 20, True))
du("d short weekday number", "fr", "mer. 20", wd_day(U, "wed", 20, True))
du("d weekday number", "it", "mercoledì 20", wd_day(U, "wed", 20, True))
du("d short weekday number", "sv", "ons 20", wd_day(U, "wed", 20, True))
du("d weekday den day", "nb", "onsdag den 20.", wd_day(U, "wed", 20, True))

rt("e n and a half years", "en", "The works took [one and a half years].", "P1.5Y")
rt("e n and a half weeks", "en", "The strike lasted [two and a half weeks].", "P2.5W")
rt("e w d ago", "en", "The storm hit [2 weeks 3 days ago].", shift(R, days=-17))
rt("e y and m later", "de", "Er kam [zwei Jahre und drei Monate später] zurück.", shift(R, months=27))
rt("e one and a half weeks", "de", "Der Streik dauerte [eineinhalb Wochen].", "P1.5W")
rt("e y and m later", "es", "Volvió [dos años y tres meses después].", shift(R, months=27))
rt("e ago year and a half", "es", "Se fue [hace un año y medio].", shift(R, months=-18))
rt("e n and a half years", "nl", "De bouw duurde [twee en een half jaar].", "P2.5Y")
rt("e one and a half years ago", "nl", "Ze vertrok [anderhalf jaar geleden].", shift(R, months=-18))
rt("e ago year and a half", "pt", "Ela saiu [há um ano e meio].", shift(R, months=-18))
rt("e n and a half years", "pt", "A obra durou [dois anos e meio].", "P2.5Y")
rt("e ago year and a half", "fr", "Elle est partie [il y a un an et demi].", shift(R, months=-18))
rt("e n and a half years", "fr", "Les travaux ont duré [deux ans et demi].", "P2.5Y")
rt("e year and a half ago", "it", "È partita [un anno e mezzo fa].", shift(R, months=-18))
rt("e n and a half years", "it", "I lavori sono durati [due anni e mezzo].", "P2.5Y")

rt("f first half of the year", "en", "Sales rose in [the first half of the year].", "2016-H1")
rt("f fourth quarter of the year", "en", "Costs fell in [the fourth quarter of the year].", "2016-Q4")
rt("f decade words", "en", "It was built in [the seventies].", "197X")
rt("f half ordinal", "de", "Der Umsatz stieg im [zweiten Halbjahr].", "2016-H2")
rt("f decade words", "de", "Das Haus wurde in den [Siebzigerjahren] gebaut.", "197X")
rt("f half of the year", "es", "Las ventas subieron en [el segundo semestre del año].", "2016-H2")
rt("f decade words", "es", "Se construyó en [los años setenta].", "197X")
rt("f half of the year", "nl", "De verkoop steeg in [de tweede helft van het jaar].", "2016-H2")
rt("f decade words", "nl", "Het werd gebouwd in [de jaren negentig].", "199X")
rt("f half of the year", "pt", "As vendas subiram no [segundo semestre do ano].", "2016-H2")
rt("f decade words", "pt", "Foi construído [nos anos noventa].", "199X")
rt("f decade words", "fr", "Il a été construit dans [les années quatre-vingt-dix].", "199X")
rt("f half of the year", "it", "Le vendite sono salite nel [secondo semestre dell'anno].", "2016-H2")
rt("f decade words", "it", "È stato costruito [negli anni novanta].", "199X")
du("f qn y", "en", "Q4 2015", "2015-Q4")
du("f half ordinal year", "de", "das zweite Halbjahr 2014", "2014-H2")
du("f decade words", "es", "los años setenta", "197X")
du("f decade words", "nl", "de jaren negentig", "199X")
du("f decade words", "pt", "os anos noventa", "199X")
du("f decade words", "fr", "les années soixante-dix", "197X")
du("f decade words", "it", "gli anni novanta", "199X")

rt("g independence day year", "en", "Fireworks lit up [Independence Day 2015].", "2015-07-04")
rt("g independence day", "en", "Fireworks lit the sky on [Independence Day].", recent(R, 7, 4))
rt("g good friday year", "en", "The march took place on [Good Friday 2016].", iso(easter(2016) - TD(days=2)))
rt("g unity day year", "de", "Am [Tag der Deutschen Einheit 2015] feierte Berlin.", "2015-10-03")
rt("g ascension year", "de", "An [Christi Himmelfahrt 2016] war es warm.", iso(easter(2016) + TD(days=39)))
rt("g labour day", "de", "Am [Tag der Arbeit] wurde gestreikt.", recent(R, 5, 1))
rt("g christmas eve year", "es", "La [Nochebuena de 2014] nevó en Madrid.", "2014-12-24")
rt("g maundy thursday year", "es", "El [Jueves Santo de 2016] llovió.", iso(easter(2016) - TD(days=3)))
rt("g liberation day year", "nl", "Op [Bevrijdingsdag 2015] was het feest.", "2015-05-05")
rt("g ascension year", "nl", "Op [Hemelvaartsdag 2016] was het warm.", iso(easter(2016) + TD(days=39)))
rt("g labour day year", "pt", "O [Dia do Trabalho de 2015] teve protestos.", "2015-05-01")
rt("g good friday year", "pt", "A procissão da [Sexta-feira Santa de 2016] atraiu milhares.", iso(easter(2016) - TD(days=2)))
rt("g christmas year", "fr", "Il a neigé à [Noël 2014].", "2014-12-25")
rt("g new year's day year", "fr", "[Le jour de l'An 2015] était calme.", "2015-01-01")
rt("g christmas year", "it", "A [Natale 2014] ha nevicato.", "2014-12-25")
rt("g easter monday year", "it", "A [Pasquetta 2016] ha piovuto.", iso(easter(2016) + TD(days=1)))
du("g boxing day", "en", "Boxing Day", coming(U, 12, 26))
du("g new year's eve", "de", "Silvester", coming(U, 12, 31))
du("g christmas eve", "es", "Nochebuena", coming(U, 12, 24))
du("g liberation day", "nl", "Bevrijdingsdag", coming(U, 5, 5))
du("g labour day", "pt", "Dia do Trabalho", coming(U, 5, 1))
du("g christmas", "fr", "Noël", coming(U, 12, 25))
du("g new year's day", "it", "Capodanno", coming(U, 1, 1))
du("g constitution day", "nb", "grunnlovsdagen", coming(U, 5, 17))

for lang, text in [
    ("en", "Room 2015 is on the left."), ("en", "Flight 2016 to Denver was delayed."),
    ("en", "See table 3.5 for details."), ("en", "ISBN 978-3-16-148410-0 is listed."),
    ("de", "Zimmer 2015 liegt links."), ("de", "Er gewann 6:3, 6:4."),
    ("es", "La habitación 2015 está a la izquierda."),
    ("nl", "Kamer 2015 ligt links."), ("nl", "Versie 10.12 is uit."),
    ("pt", "O quarto 2015 fica à esquerda."), ("pt", "Ligue 21 3344-5566."),
    ("fr", "La chambre 2015 est à gauche."), ("fr", "La version 10.12 est sortie."),
    ("it", "La camera 2015 è a sinistra."),
]:
    rt("h look-alike", lang, text)
rt("h score and weekday", "es", "Ganaron 3-1 el [sábado].", wd_in_week(R, "sat", -1))
rt("h score and weekday", "it", "Hanno vinto 3-1 [sabato].", wd_in_week(R, "sat", -1))


# ------------------------------------------------------------------ third batch (more shapes of the assistant requests)
rt("a zero-padded ordinal", "en", "I'll fly back [03rd Feb 2018].", "2018-02-03")
rt("a mon-dd-yyyy", "en", "The form says [Oct-05-2017].", "2017-10-05")
rt("a yyyy-mon-dd", "en", "The form says [2017-Oct-05].", "2017-10-05")
rt("a date in a file name", "en", "Open backup_[2015-06-30].zip please.", "2015-06-30")
rt("a date in a path", "en", "See files/report-[2017-03-08]-final.pdf for it.", "2017-03-08")
rt("a mon, yyyy", "en", "What's the plan for [Mar, 2017]?", "2017-03")
rt("a yyyy month", "en", "I moved to Paris in [2015 june].", "2015-06")
rt("a decade spaced s", "en", "Who led the club in [1980 s]?", "198X")
rt("a y/d/mon", "pt", "Eu voltarei [2017/05/out].", "2017-10-05")
rt("a mon/d", "it", "Tornerò il [Nov/3].", "2016-11-03")
rt("a day-month numeric", "es", "Esta tarea debe hacerse en [23-10].", "2016-10-23")
rt("a day of month word", "es", "¿Puedo reservar [el día 14 Junio]?", "2016-06-14")
du("a zero-padded ordinal", "en", "03rd Feb 2018", "2018-02-03")
du("a mon-dd-yyyy", "en", "Oct-05-2017", "2017-10-05")

rt("b ordinal of month of year", "en", "It opened on [June 3rd of 2012].", "2012-06-03")
rt("b nth of month of year", "en", "It opened on [the 3rd of June of 2012].", "2012-06-03")
rt("b day mon year-words", "en", "They married [5 Oct nineteen eighty one].", "1981-10-05")
rt("b ordinal day ordinal month", "de", "Ich komme am [zweiten dritten] zurück.", "2016-03-02")
rt("b ordinal day month number", "de", "Ich komme am [fünfter 3.] zurück.", "2016-03-05")
rt("b weekday el dia word", "es", "Tomamos un café el [jueves el día tres].", "2016-11-03")
rt("b weekday dia number", "pt", "O pagamento sai [quinta-feira dia 3].", "2016-11-03")
rt("b weekday mon word year", "it", "Tornerò [Giovedì, Ott dieci, 2013].", "2013-10-10")
rt("b nth of next month", "nl", "Ik ga [3de van de volgende maand] terug.", "2016-12-03")
rt("b nth day of next month", "en", "We come back on [the 3rd day of next month].", "2016-12-03")

rt("c this m/d", "en", "This task should be done [this 6/3].", "2016-06-03")
rt("c next m/d", "en", "This task should be done [next 3/14].", "2017-03-14")
rt("c around the nth this month", "en", "Can we meet [around the 3rd this month]?", "2016-11-03")
rt("c year and later", "en", "Show sales for [year 2014 and later].", "2014")
rt("c or earlier", "es", "Salimos en [2015 o antes].", "2015")
rt("c after the year", "es", "¿Ventas [después del año 2012]?", "2012")
rt("c fiscal year", "es", "Mostrar ventas del [año fiscal 2015].", "2015")
rt("c comparative year", "de", "Wir hätten es im [übernächstem Jahr] machen können.", "2018")

rt("d next week - weekday", "en", "What happens [next week - Friday]?", wd_in_week(R, "fri", 1))
rt("d 1:1 on weekday", "en", "Book a 1:1 for [friday] please.", wd_in_week(R, "fri", -1))
rt("d weekday number anchor", "en", "It will happen [two days from Friday].", shift(R, days=6))
rt("d weekday days after today", "pt", "Você está livre [três dias depois de amanhã]?", shift(R, days=4))

rt("e few units", "en", "I'll be away for [a few weeks].", "P3W")
rt("e several units", "en", "The talks took [several months].", "P3M")
rt("e couple of units", "en", "Give me [a couple of days].", "P2D")
rt("e few units", "de", "Ich bin [einige Tage] weg.", "P3D")
rt("e several units", "de", "Die Arbeiten dauerten [mehrere Wochen].", "P3W")
rt("e few units", "es", "Estaré fuera [varias semanas].", "P3W")
rt("e few units", "nl", "Ik ben [enkele weken] weg.", "P3W")
rt("e few units", "pt", "Vou ficar fora [alguns dias].", "P3D")
rt("e few units", "fr", "Je serai absent [quelques jours].", "P3D")
rt("e several units", "fr", "Les travaux ont pris [plusieurs mois].", "P3M")
rt("e few units", "it", "Starò via [diversi mesi].", "P3M")
rt("e fortnight", "en", "The results come [in a fortnight].", shift(R, days=14))

rt("f decade apostrophe", "en", "It was big in [the '80s].", "198X")
rt("f decade 's", "en", "It was big in [the 80's].", "198X")
rt("f year-qn", "es", "Las ventas crecieron en [2015-T2].", "2015-Q2")

rt("g valentine's day year", "en", "We married on [Valentine's Day 2015].", "2015-02-14")
rt("g cyber monday year", "en", "Sales peaked on [Cyber Monday 2015].", nth_wd(2015, 11, 3, 4) and iso(D.fromisoformat(nth_wd(2015, 11, 3, 4)) + TD(days=4)))
rt("g hispanic day year", "es", "Desfilaron el [Día de la Hispanidad de 2015].", "2015-10-12")

for lang, text in [
    ("en", "Add 3/4 cup of sugar and stir."), ("en", "Use a 1/2 inch drill bit."),
    ("en", "She won 6-4, 6-3 in Paris."), ("en", "Read John 3:16 aloud."),
    ("en", "Call 1-800-555-0199 for help."), ("en", "See pages 12-15 for the chart."),
    ("es", "Añade 3/4 taza de azúcar."), ("de", "Sie gewann 6:4, 6:3 in Paris."),
    ("fr", "Ajoutez 3/4 tasse de sucre."), ("nl", "Voeg 3/4 kop suiker toe."),
    ("pt", "Adicione 3/4 xícara de açúcar."), ("it", "Aggiungete 3/4 tazza di zucchero."),
]:
    rt("h look-alike", lang, text)


# ------------------------------------------------------------------ fourth batch: single expressions in their many spellings
def nth_after(dct, wd, n):
    """The n-th weekday `wd` after the DCT ("three fridays from now")."""
    d = dct
    for _ in range(n):
        d += TD(days=1)
        while d.weekday() != WD[wd]:
            d += TD(days=1)
    return iso(d)


def nth_before(dct, wd, n):
    d = dct
    for _ in range(n):
        d -= TD(days=1)
        while d.weekday() != WD[wd]:
            d -= TD(days=1)
    return iso(d)


du("b day suffix-te", "de", "am 3ten", "2013-03-03")
du("b month day year", "de", "mai 7 2016", "2016-05-07")
du("b day-te month yy", "de", "7te Mai 16", "2016-05-07")
du("d weekday comma mon day", "de", "Freitag, Mär 8", "2013-03-08")
du("d short weekday date year", "de", "Sa, 19. Juli 2014", "2014-07-19")
du("d weekday numeric yy", "de", "Samstag, 19.07.14", "2014-07-19")
du("c after next month", "de", "übernächsten april", "2014-04")
du("d weekday in n weeks", "de", "donnerstag in 3 wochen", wd_in_week(U, "thu", 3))
du("d weekday after next", "de", "samstag nach dem nächsten", nth_after(U, "sat", 2))
du("d weekday this week", "de", "mittwoch dieser woche", wd_in_week(U, "wed", 0))
du("b last weekday in month year", "de", "letzter freitag im april 2014", nth_wd(2014, 4, 4, -1))
du("b nth day in month", "de", "zweiter tag im mai", "2013-05-02")
du("e in n weeks", "de", "in 2 wochen", shift(U, days=14))
du("e n days ago", "de", "vor fünf tagen", shift(U, days=-5))
du("g mother's day", "de", "Muttertag", nth_wd(2013, 5, 6, 2))
du("g reformation day", "de", "Reformationstag", "2013-10-31")
du("g corpus christi", "de", "Fronleichnam", iso(easter(2013) + TD(days=60)))

du("d weekday the nth", "en", "Wednesday the 20th", "2013-02-20")
du("d weekday nth", "en", "Thursday 21st", "2013-02-21")
du("b the nth of month", "en", "the 3rd of april", "2013-04-03")
du("b month ordinal-word", "en", "april third", "2013-04-03")
du("b month ordinal-word year", "en", "april third 2016", "2016-04-03")
du("b n of month", "en", "16 of march", "2013-03-16")
du("b dmonth glued year", "en", "3may 2016", "2016-05-03")
du("b nth month yy", "en", "3rd May 16", "2016-05-03")
du("d mon day, weekday", "en", "Mar 8, Fri", "2013-03-08")
du("a y-m-d unpadded", "en", "2016-5-7", "2016-05-07")
du("c month in a year", "en", "May in a year", "2014-05")
du("b n of next month", "en", "7 of next month", "2013-03-07")
du("b third last day of month", "en", "third last day of June", "2013-06-28")
du("a year AD", "en", "in 2016 AD", "2016")
du("d around next weekday", "en", "around next friday", wd_in_week(U, "fri", 1))
du("d weekday after next", "en", "saturday after next", nth_after(U, "sat", 2))
du("d weekday of this week", "en", "thursday of this week", wd_in_week(U, "thu", 0))
du("b last weekday of month year", "en", "last Monday of May 2014", nth_wd(2014, 5, 0, -1))
du("b nth weekday of month year", "en", "second monday of october 2014", nth_wd(2014, 10, 0, 2))
du("e n years from today", "en", "5 years from today", "2018-02-12")
du("e n weekdays from now", "en", "two mondays from now", nth_after(U, "mon", 2))
du("e n weekdays ago", "en", "3 wednesdays ago", nth_before(U, "wed", 3))
du("e n weeks hence", "en", "four weeks hence", shift(U, days=28))
du("c year after next", "en", "the year after next", "2015")
du("g valentine's day", "en", "valentine's day", "2013-02-14")
du("g halloween year", "en", "halloween 2015", "2015-10-31")
du("g thanksgiving year", "en", "thanksgiving 2014", nth_wd(2014, 11, 3, 4))
du("g memorial day year", "en", "memorial day 2014", nth_wd(2014, 5, 0, -1))
du("g labor day", "en", "labor day", nth_wd(2013, 9, 0, 1))
du("g mother's day", "en", "mother's day", nth_wd(2013, 5, 6, 2))

du("b day of month", "es", "el 3 de abril", "2013-04-03")
du("d weekday of next week", "es", "el miércoles de la semana que viene", wd_in_week(U, "wed", 1))
du("e n days ago", "es", "hace cinco días", shift(U, days=-5))
du("e in n weeks", "es", "en tres semanas", shift(U, days=21))
du("b day of month", "fr", "le 3 avril", "2013-04-03")
du("e in n weeks", "fr", "dans trois semaines", shift(U, days=21))
du("e n days ago", "fr", "il y a cinq jours", shift(U, days=-5))
du("b day of month", "it", "il 3 aprile", "2013-04-03")
du("e in n weeks", "it", "tra tre settimane", shift(U, days=21))
du("e n days ago", "it", "cinque giorni fa", shift(U, days=-5))
du("b day of month", "nl", "3 april", "2013-04-03")
du("e in n weeks", "nl", "over drie weken", shift(U, days=21))
du("e n days ago", "nl", "vijf dagen geleden", shift(U, days=-5))
du("b day of month", "pt", "3 de abril", "2013-04-03")
du("e in n weeks", "pt", "daqui a três semanas", shift(U, days=21))
du("e n days ago", "pt", "há cinco dias", shift(U, days=-5))
du("e in n weeks", "da", "om tre uger", shift(U, days=21))
du("e n days ago", "da", "for fem dage siden", shift(U, days=-5))
du("b ordinal-word month yy", "da", "tredje maj 16", "2016-05-03")
du("c next month again", "da", "næste april igen", "2014-04")
du("d mon day, weekday", "da", "Mar 8, Fre", "2013-03-08")
du("e in n weeks", "sv", "om tre veckor", shift(U, days=21))
du("e n days ago", "sv", "för fem dagar sedan", shift(U, days=-5))
du("d weekday, mon-day glued", "sv", "Fre, Okt4", "2013-10-04")
du("b the nth", "sv", "Den 20:e", "2013-02-20")
du("b the nth of month", "sv", "den 3:e april", "2013-04-03")
du("e in n weeks", "nb", "om tre uker", shift(U, days=21))
du("e n days ago", "nb", "for fem dager siden", shift(U, days=-5))
du("b day month year", "nb", "3. mai 2016", "2016-05-03")


KNOWN = set()


def main():
    caseset.main(W.cases(), "dates_quirk.jsonl", known=caseset.known_texts(KNOWN), types=("date", "duration"))


if __name__ == "__main__":
    main()
