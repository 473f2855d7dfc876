#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates inside sentences for the `dates` stage: what stands around a date and whether it belongs to it. Each
case is written by hand in one language, with its value computed here by calendar arithmetic. Families (the
`pattern` starts with the letter):

  a  a date with a time or part of the day  "[tomorrow] at 8pm", "[Friday morning]", "[heute Nachmittag]", "[domani sera]"
  b  dates as adjectives and possessives     "[yesterday]'s meeting", "die [heutige] Sitzung", "la réunion [d'hier]"
  c  lists and coordinations                  "[March 3] and [4, 2015]", "am [3.] und [4. März]", "[between 2010 and 2012]"
  d  a day relative to a holiday or date      "the [Monday before Christmas 2015]", "el [lunes siguiente al 5 de mayo de 2016]"
  e  hedges and approximations                "[around March 5]", "[circa 1990]", "[rond 2010]", "[vers la mi-mai]"
  f  open ends and bounds                     "[since March]", "[seit Anfang 2015]", "[no later than Friday]", "[uiterlijk vrijdag]"
  g  punctuation and layout around a date     "([3 March 2015])", "— [March 3, 2015] —", quotes, no-break spaces, "3rd", "3.º", "3e"
  h  look-alikes of the same shapes           "Around 5 people", "Rund 2000 Menschen", "at 7:30 p.m.", "seit [3 Tagen]"

Conventions (Plugins/Dates/README.md, "Dates inside sentences"): `rt` news sentences, DCT Monday 2016-11-07, the
[bracketed] spans follow the news span rules; `du` the expression alone, DCT Tuesday 2013-02-12, direction=future, the
span all of it.

  context_cases.py run NLPSH [--show] [--lang L]   runs the stage, prints pass rates per family x language
  context_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_context.jsonl

Round 11 changed span conventions (the Recognizers-Text grammar's edges where the dev splits of its languages agree or
are silent): a bound before a weekday stays in the span ("[until Friday]", "[tot vrijdag]", "[hasta el viernes]"). The
expected spans of this set's cases of these shapes follow them.
"""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402
from transfer_cases import D, RT, DU, easter, nth_wd  # noqa: E402

TD = dt.timedelta
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
NB = "\u00a0"


def iso(d):
    return d.isoformat()


def day(n, base=RT):
    return iso(base + TD(days=n))


def last_wd(wd):
    """A bare weekday in news: the most recent one before the DCT."""
    d = RT - TD(days=1)
    while d.weekday() != WD[wd]:
        d -= TD(days=1)
    return iso(d)


def next_wd(wd, base=RT):
    """A weekday after an 'until'/'by' word (news) or bare (direction=future): the first one after the DCT."""
    d = base + TD(days=1)
    while d.weekday() != WD[wd]:
        d += TD(days=1)
    return iso(d)


def wd_rel(anchor, wd, step):
    """The weekday `wd` nearest before (step -1) or after (step 1) the date `anchor`, the anchor excluded."""
    d = anchor + TD(days=step)
    while d.weekday() != WD[wd]:
        d += TD(days=step)
    return iso(d)


def thanksgiving(y):
    return D.fromisoformat(nth_wd(y, 11, 3, 4))


# ------------------------------------------------------------------ cases
# (family pattern, lang, conv, text, values): rt texts mark their spans with [brackets], one value per span
# (a value starting with "P" is a duration); du texts are the expression, spanned whole, with one value.
W = caseset.Written("cx", RT, DU)
rt, du = W.rt, W.du


TOM, TOD, YES = day(1), day(0), day(-1)

# a  a date with a time of day or a part of the day: the part of the day joins the span, a clock time stays out
rt("a day word at clock", "en", "The talks resume [tomorrow] at 8pm.", TOM)
rt("a weekday part", "en", "Police were called [Friday morning].", last_wd("fri"))
rt("a this evening", "en", "The minister speaks [this evening].", TOD)
rt("a tonight", "en", "The results are expected [tonight].", TOD)
rt("a weekday at noon", "en", "The vote took place on [Thursday] at noon.", last_wd("thu"))
rt("a weekday part at clock", "en", "The fire broke out [Saturday night] at 11:30 p.m.", last_wd("sat"))
rt("a day word part clock", "en", "He spoke [yesterday afternoon] at 3 o'clock.", YES)
rt("a clock before weekday", "en", "The strike began at 6 a.m. [Sunday].", last_wd("sun"))
rt("a day word at clock", "de", "Die Gespräche gehen [morgen] um 8 Uhr weiter.", TOM)
rt("a weekday+part compound", "de", "Die Polizei kam am [Dienstagabend].", last_wd("tue"))
rt("a day word part", "de", "Der Minister spricht [heute Nachmittag].", TOD)
rt("a weekday around clock", "de", "Das Feuer brach am [Samstag] gegen 23 Uhr aus.", last_wd("sat"))
rt("a day word part", "de", "Die Sitzung begann [gestern Vormittag].", YES)
rt("a weekday+part at clock", "de", "Am [Sonntagmorgen] um 7.30 Uhr fiel der Strom aus.", last_wd("sun"))
rt("a day word part", "es", "Las negociaciones siguen [mañana por la tarde].", TOM)
rt("a weekday at clock", "es", "La policía llegó el [viernes] a las 10.", last_wd("fri"))
rt("a weekday part", "es", "El incendio comenzó el [sábado por la noche].", last_wd("sat"))
rt("a this evening", "es", "El ministro habla [esta noche].", TOD)
rt("a day word at clock of morning", "es", "La reunión empezó [ayer] a las 9 de la mañana.", YES)
rt("a day word+part compound", "nl", "De gesprekken gaan [morgenochtend] verder.", TOM)
rt("a weekday+part compound", "nl", "De politie kwam [dinsdagavond].", last_wd("tue"))
rt("a weekday at clock", "nl", "Het vuur brak [zaterdag] om 23.00 uur uit.", last_wd("sat"))
rt("a tonight", "nl", "De minister spreekt [vanavond].", TOD)
rt("a day word at clock", "nl", "De vergadering begon [gisteren] om 9 uur.", YES)
rt("a day word part", "pt", "As negociações continuam [amanhã de manhã].", TOM)
rt("a weekday part", "pt", "A polícia chegou na [sexta-feira à noite].", last_wd("fri"))
rt("a weekday at clock", "pt", "O incêndio começou no [sábado] às 23h.", last_wd("sat"))
rt("a day word part", "pt", "O ministro fala [hoje à noite].", TOD)
rt("a weekday part", "fr", "La police est arrivée [vendredi soir].", last_wd("fri"))
rt("a day word at clock", "fr", "Les négociations reprennent [demain] à 20 heures.", TOM)
rt("a this evening", "fr", "Le ministre parle [ce soir].", TOD)
rt("a weekday around clock", "fr", "L'incendie a éclaté [samedi] vers 23h.", last_wd("sat"))
rt("a day word part", "fr", "La réunion a commencé [hier matin].", YES)
rt("a day word part", "it", "Il ministro parla [domani sera].", TOM)
rt("a weekday part", "it", "La polizia è arrivata [venerdì mattina].", last_wd("fri"))
rt("a weekday at clock", "it", "L'incendio è scoppiato [sabato] alle 23.", last_wd("sat"))
rt("a day word part", "it", "La riunione è iniziata [ieri pomeriggio].", YES)
rt("a tonight", "it", "Il voto è [stasera].", TOD)

# b  dates as adjectives and possessives: the possessive ending and the noun stay out
rt("b possessive day word", "en", "[Yesterday]'s meeting ended without a deal.", YES)
rt("b possessive weekday", "en", "[Tuesday]'s vote was close.", last_wd("tue"))
rt("b year as adjective", "en", "The [2016] election changed everything.", "2016")
rt("b date as adjective", "en", "The [March 3] attack killed four people.", "2016-03-03")
rt("b possessive relative unit", "en", "[Last year]'s budget was smaller.", "2015")
rt("b possessive weekday", "en", "[Sunday]’s final drew a record crowd.", last_wd("sun"))
rt("b adjective + weekday", "de", "Am [gestrigen Sonntag] wurde gewählt.", YES)
rt("b adjective day word", "de", "Die [heutige] Sitzung fällt aus.", TOD)
rt("b adjective + Tag", "de", "Der [morgige Tag] bringt Regen.", TOM)
rt("b adjective day word", "de", "Die [gestrige] Abstimmung war knapp.", YES)
rt("b adjective day word", "de", "Das [morgige] Spiel ist ausverkauft.", TOM)
rt("b of + day word", "es", "La reunión de [ayer] terminó sin acuerdo.", YES)
rt("b of + weekday", "es", "La votación del [martes] fue ajustada.", last_wd("tue"))
rt("b of + year", "es", "Las elecciones de [2016] lo cambiaron todo.", "2016")
rt("b of + date", "es", "El atentado del [3 de marzo] dejó cuatro muertos.", "2016-03-03")
rt("b of + relative unit", "es", "El presupuesto [del año pasado] era menor.", "2015")
rt("b of + day word", "nl", "De vergadering van [gisteren] eindigde zonder akkoord.", YES)
rt("b of + weekday", "nl", "De stemming van [dinsdag] was spannend.", last_wd("tue"))
rt("b of + year", "nl", "De verkiezingen van [2016] veranderden alles.", "2016")
rt("b of + date", "nl", "De aanslag van [3 maart] kostte vier levens.", "2016-03-03")
rt("b of + day word", "pt", "A reunião de [ontem] terminou sem acordo.", YES)
rt("b of + weekday", "pt", "A votação de [terça-feira] foi apertada.", last_wd("tue"))
rt("b of + year", "pt", "As eleições de [2016] mudaram tudo.", "2016")
rt("b of + date", "pt", "O atentado de [3 de março] matou quatro pessoas.", "2016-03-03")
rt("b of + day word", "fr", "La réunion [d'hier] s'est terminée sans accord.", YES)
rt("b of + weekday", "fr", "Le vote de [mardi] était serré.", last_wd("tue"))
rt("b of + year", "fr", "L'élection de [2016] a tout changé.", "2016")
rt("b of + date", "fr", "L'attentat du [3 mars] a fait quatre morts.", "2016-03-03")
rt("b of + weekday", "fr", "Le match de [dimanche] a attiré un public record.", last_wd("sun"))
rt("b of + day word", "it", "La riunione di [ieri] è finita senza accordo.", YES)
rt("b of + weekday", "it", "Il voto di [martedì] è stato serrato.", last_wd("tue"))
rt("b of + year", "it", "Le elezioni del [2016] hanno cambiato tutto.", "2016")
rt("b of + date", "it", "L'attentato del [3 marzo] ha fatto quattro morti.", "2016-03-03")
rt("b of + weekday", "it", "La partita di [domenica] ha attirato 80.000 tifosi.", last_wd("sun"))

# c  lists and coordinations: each member its own date; a bare day takes month and year from the next member;
#    "between X and Y" stays one range
rt("c days and, month year", "en", "The talks took place on [March 3] and [4, 2015].", "2015-03-03", "2015-03-04")
rt("c weekday and weekday", "en", "Voting was held on [Thursday] and [Friday].", last_wd("thu"), last_wd("fri"))
rt("c year and year", "en", "Sales rose in [2007] and [2009].", "2007", "2009")
rt("c between years", "en", "Prices fell [between 2010 and 2012].", "2010")
rt("c months list", "en", "Talks were held in [January], [February] and [March].", "2016-01", "2016-02", "2016-03")
rt("c dates and", "en", "The court met on [June 3] and [June 4] to hear the case.", "2016-06-03", "2016-06-04")
rt("c days und month", "de", "Die Gespräche fanden am [3.] und [4. März] statt.", "2016-03-03", "2016-03-04")
rt("c weekday and weekday", "de", "Gewählt wurde am [Donnerstag] und [Freitag].", last_wd("thu"), last_wd("fri"))
rt("c year and year", "de", "Der Umsatz stieg [2007] und [2009].", "2007", "2009")
rt("c between years", "de", "Die Preise fielen [zwischen 2010 und 2012].", "2010")
rt("c days list month year", "de", "Das Fest war am [5.], [6.] und [7. Mai 2015].", "2015-05-05", "2015-05-06", "2015-05-07")
rt("c days y month", "es", "Las conversaciones se celebraron los días [3] y [4 de marzo].", "2016-03-03", "2016-03-04")
rt("c el day y el day month", "es", "La cumbre fue el [3] y el [4 de marzo de 2015].", "2015-03-03", "2015-03-04")
rt("c weekday and weekday", "es", "La votación fue el [jueves] y el [viernes].", last_wd("thu"), last_wd("fri"))
rt("c year and year", "es", "Las ventas subieron en [2007] y [2009].", "2007", "2009")
rt("c between years", "es", "Los precios bajaron [entre 2010 y 2012].", "2010")
rt("c days list month", "nl", "Het festival was op [3], [4] en [5 mei].", "2016-05-03", "2016-05-04", "2016-05-05")
rt("c weekday and weekday", "nl", "Er werd gestemd op [donderdag] en [vrijdag].", last_wd("thu"), last_wd("fri"))
rt("c between years", "nl", "De prijzen daalden [tussen 2010 en 2012].", "2010")
rt("c year and year", "nl", "De omzet steeg in [2007] en [2009].", "2007", "2009")
rt("c days e month", "pt", "As conversas decorreram nos dias [3] e [4 de março].", "2016-03-03", "2016-03-04")
rt("c weekday and weekday", "pt", "A votação foi na [quinta-feira] e na [sexta-feira].", last_wd("thu"), last_wd("fri"))
rt("c year and year", "pt", "As vendas subiram em [2007] e [2009].", "2007", "2009")
rt("c between years", "pt", "Os preços caíram [entre 2010 e 2012].", "2010")
rt("c days et month", "fr", "Les négociations ont eu lieu les [3] et [4 mars].", "2016-03-03", "2016-03-04")
rt("c weekday and weekday", "fr", "Le vote a eu lieu [jeudi] et [vendredi].", last_wd("thu"), last_wd("fri"))
rt("c between years", "fr", "Les prix ont baissé [entre 2010 et 2012].", "2010")
rt("c year and year", "fr", "Les ventes ont augmenté en [2007] et en [2009].", "2007", "2009")
rt("c days e month", "it", "I colloqui si sono svolti [il 3] e [4 marzo].", "2016-03-03", "2016-03-04")
rt("c weekday and weekday", "it", "Si è votato [giovedì] e [venerdì].", last_wd("thu"), last_wd("fri"))
rt("c year and year", "it", "Le vendite sono salite nel [2007] e nel [2009].", "2007", "2009")
rt("c between years", "it", "I prezzi sono scesi [tra il 2010 e il 2012].", "2010")

# d  a weekday or day relative to a holiday or date (with a year in news; the next holiday in direction=future)
X15, E16 = D(2015, 12, 25), easter(2016)
rt("d weekday before holiday", "en", "The shops opened on the [Monday before Christmas 2015].", wd_rel(X15, "mon", -1))
rt("d first weekday after holiday", "en", "Talks resumed on [the first Monday after Easter 2016].", wd_rel(E16, "mon", 1))
rt("d day before holiday", "en", "Traffic peaked [the day before Thanksgiving 2015].", iso(thanksgiving(2015) - TD(days=1)))
rt("d weekday after holiday", "en", "Stores were busy on the [Friday after Thanksgiving 2015].", wd_rel(thanksgiving(2015), "fri", 1))
rt("d n days before holiday", "en", "He died [two days before Christmas 2015].", iso(X15 - TD(days=2)))
rt("d weekday before holiday", "de", "Die Wahl war am [Sonntag vor Ostern 2016].", wd_rel(E16, "sun", -1))
rt("d day before holiday", "de", "Die Läden öffneten am [Tag vor Heiligabend 2015].", "2015-12-23")
rt("d first weekday after holiday", "de", "Die Schule begann am [ersten Montag nach Ostern 2016].", wd_rel(E16, "mon", 1))
rt("d weekday following date", "es", "La reunión fue el [lunes siguiente al 5 de mayo de 2016].", wd_rel(D(2016, 5, 5), "mon", 1))
rt("d day before holiday", "es", "Llegó [el día antes de Navidad de 2015].", "2015-12-24")
rt("d weekday before holiday", "es", "Votaron el [domingo anterior a la Pascua de 2016].", wd_rel(E16, "sun", -1))
rt("d day before holiday", "nl", "Hij vertrok [de dag voor Kerstmis 2015].", "2015-12-24")
rt("d weekday after holiday", "nl", "De winkels openden de [maandag na Pasen 2016].", wd_rel(E16, "mon", 1))
rt("d eve of holiday", "pt", "Chegou na [véspera de Natal de 2015].", "2015-12-24")
rt("d day after holiday", "pt", "Partiu no [dia seguinte ao Natal de 2015].", "2015-12-26")
rt("d eve of holiday", "fr", "Il est parti [la veille de Noël 2015].", "2015-12-24")
rt("d weekday before holiday", "fr", "Le vote a eu lieu le [dimanche avant Pâques 2016].", wd_rel(E16, "sun", -1))
rt("d day before holiday", "it", "È partito [il giorno prima di Natale 2015].", "2015-12-24")
rt("d weekday before holiday", "it", "Si è votato la [domenica prima di Pasqua 2016].", wd_rel(E16, "sun", -1))
X13, E13 = D(2013, 12, 25), easter(2013)
du("d weekday before holiday", "en", "the monday before christmas", wd_rel(X13, "mon", -1))
du("d day before holiday", "en", "the day before thanksgiving", iso(thanksgiving(2013) - TD(days=1)))
du("d weekday before holiday", "de", "der Sonntag vor Ostern", wd_rel(E13, "sun", -1))
du("d day before holiday", "nl", "de dag voor Kerstmis", "2013-12-24")
du("d day before holiday", "es", "el día antes de Navidad", "2013-12-24")

# e  hedges and approximations: the hedge word stays in the span and leaves the value alone (dev: "[around the 21st
#    this month]")
rt("e around date", "en", "The deal should close [around March 5].", "2016-03-05")
rt("e circa year", "en", "The house was built [circa 1990].", "1990")
rt("e around year", "en", "Prices peaked [around 2010].", "2010")
rt("e about offset", "en", "He arrived about [a week ago].", day(-7))
rt("e ca. year", "en", "The letter dates from [ca. 1850].", "1850")
rt("e um den date", "de", "Die Wahl ist [um den 5. März] geplant.", "2016-03-05")
rt("e ca. year", "de", "Das Haus wurde [ca. 1850] gebaut.", "1850")
rt("e gegen edge", "de", "Die Preise stiegen [gegen Ende 2015].", "2015")
rt("e etwa year", "de", "Der Umbau begann [etwa 2010].", "2010")
rt("e hacia date", "es", "La votación será [hacia el 5 de marzo].", "2016-03-05")
rt("e alrededor de year", "es", "La casa se construyó [alrededor de 1990].", "1990")
rt("e hacia year", "es", "El edificio data de [hacia 1850].", "1850")
rt("e rond year", "nl", "De prijzen piekten [rond 2010].", "2010")
rt("e omstreeks year", "nl", "Het huis werd [omstreeks 1850] gebouwd.", "1850")
rt("e rond date", "nl", "De stemming is [rond 5 maart].", "2016-03-05")
rt("e por volta de year", "pt", "A casa foi construída [por volta de 1990].", "1990")
rt("e por volta de date", "pt", "A votação será [por volta de 5 de março].", "2016-03-05")
rt("e vers mid-month", "fr", "La décision est attendue [vers la mi-mai].", "2016-05")
rt("e vers year", "fr", "La maison a été construite [vers 1850].", "1850")
rt("e autour de year", "fr", "Les prix ont culminé [autour de 2010].", "2010")
rt("e intorno al year", "it", "La casa è stata costruita [intorno al 2000].", "2000")
rt("e verso il date", "it", "Il voto è previsto [verso il 5 marzo].", "2016-03-05")

# f  open ends and bounds: since/until/by words stay in the span before a month, year, day of a month or weekday
#    ("[until Friday]": the bound modifiers of the Recognizers-Text grammar, which the dev splits show before years and
#    months, hold any date; until round 11 these cases kept them out before a weekday); until/by words look forward
rt("f since month", "en", "Prices have risen [since March].", "2016-03")
rt("f until weekday", "en", "The office stays closed [until Friday].", next_wd("fri"))
rt("f no later than weekday", "en", "Applications must arrive [no later than Friday].", next_wd("fri"))
rt("f by weekday", "en", "Forms are due [by Thursday].", next_wd("thu"))
rt("f since weekday", "en", "He has been missing [since Saturday].", last_wd("sat"))
rt("f since edge", "de", "Die Preise steigen [seit Anfang 2015].", "2015")
rt("f until weekday", "de", "Das Büro bleibt [bis Freitag] geschlossen.", next_wd("fri"))
rt("f at the latest weekday", "de", "Anträge müssen spätestens am [Freitag] eingehen.", next_wd("fri"))
rt("f since weekday", "de", "Er wird [seit Samstag] vermisst.", last_wd("sat"))
rt("f since weekday", "es", "Está desaparecido [desde el sábado].", last_wd("sat"))
rt("f until weekday", "es", "La oficina cierra [hasta el viernes].", next_wd("fri"))
rt("f at the latest weekday", "es", "Las solicitudes deben llegar [a más tardar el viernes].", next_wd("fri"))
rt("f since edge", "es", "Los precios suben [desde principios de 2015].", "2015")
rt("f from weekday", "nl", "De regel geldt vanaf [dinsdag].", next_wd("tue"))
rt("f since weekday", "nl", "Hij wordt [sinds zaterdag] vermist.", last_wd("sat"))
rt("f until weekday", "nl", "Het kantoor is [tot vrijdag] dicht.", next_wd("fri"))
rt("f at the latest weekday", "nl", "Aanvragen moeten [uiterlijk vrijdag] binnen zijn.", next_wd("fri"))
rt("f until weekday", "pt", "O escritório fica fechado [até sexta-feira].", next_wd("fri"))
rt("f since weekday", "pt", "Ele está desaparecido [desde sábado].", last_wd("sat"))
rt("f until date", "fr", "Le bureau reste fermé [jusqu'au 3 mars].", "2017-03-03")
rt("f since weekday", "fr", "Il est porté disparu [depuis samedi].", last_wd("sat"))
rt("f at the latest weekday", "fr", "Les dossiers doivent arriver [au plus tard vendredi].", next_wd("fri"))
rt("f until weekday", "it", "L'ufficio resta chiuso [fino a domenica].", next_wd("sun"))
rt("f since weekday", "it", "È scomparso [da sabato].", last_wd("sat"))
rt("f by weekday", "it", "Le domande devono arrivare [entro venerdì].", next_wd("fri"))

# g  punctuation and layout around a date
rt("g parentheses", "en", "The treaty ([3 March 2015]) was never ratified.", "2015-03-03")
rt("g dashes", "en", "The treaty was signed — [March 3, 2015] — in Paris.", "2015-03-03")
rt("g line start", "en", "Treaty signed\n[March 3, 2015]: the ministers agree.", "2015-03-03")
rt("g quotes", "en", "The memo, dated “[3 March 2015]”, was leaked.", "2015-03-03")
rt("g the nth", "en", "It happened on [the 3rd].", "2016-11-03")
rt("g no-break spaces", "en", f"It was signed on [3{NB}March{NB}2015] in Paris.", "2015-03-03")
rt("g comma year", "en", "On [March 3, 2015], the treaty was signed.", "2015-03-03")
rt("g ordinal suffix", "en", "It was signed on [March 3rd, 2015].", "2015-03-03")
rt("g parentheses", "de", "Der Vertrag ([3. März 2015]) trat nie in Kraft.", "2015-03-03")
rt("g quotes", "de", "„[3. März 2015]“ steht auf dem Brief.", "2015-03-03")
rt("g no-break spaces", "de", f"Der Vertrag wurde am [3.{NB}März{NB}2015] unterzeichnet.", "2015-03-03")
rt("g dashes", "de", "Unterzeichnet – am [3. März 2015] – in Paris.", "2015-03-03")
rt("g parentheses", "es", "El tratado ([3 de marzo de 2015]) nunca se ratificó.", "2015-03-03")
rt("g ordinal suffix", "es", "Se firmó el [3.º de marzo de 2015].", "2015-03-03")
rt("g quotes", "es", "La carta, fechada el «[3 de marzo de 2015]», se filtró.", "2015-03-03")
rt("g parentheses", "nl", "Het verdrag ([3 maart 2015]) werd nooit bekrachtigd.", "2015-03-03")
rt("g ordinal suffix", "nl", "Het werd getekend op [3de maart 2015].", "2015-03-03")
rt("g no-break spaces", "nl", f"Het verdrag werd op [3{NB}maart{NB}2015] getekend.", "2015-03-03")
rt("g parentheses", "pt", "O tratado ([3 de março de 2015]) nunca foi ratificado.", "2015-03-03")
rt("g ordinal suffix", "pt", "Foi assinado a [3.º de março de 2015].", "2015-03-03")
rt("g parentheses", "fr", "Le traité ([3 mars 2015]) n'a jamais été ratifié.", "2015-03-03")
rt("g ordinal suffix", "fr", "Il a été signé le [3e mars 2015].", "2015-03-03")
rt("g ordinal suffix", "fr", "Il a été signé le [3ème mars 2015].", "2015-03-03")
rt("g quotes", "fr", f"La lettre, datée du «{NB}[3 mars 2015]{NB}», a fuité.", "2015-03-03")
rt("g parentheses", "it", "Il trattato ([3 marzo 2015]) non è mai stato ratificato.", "2015-03-03")
rt("g dashes", "it", "Firmato – [3 marzo 2015] – a Parigi.", "2015-03-03")
du("g ordinal suffix", "en", "March 3rd", "2013-03-03")
du("g ordinal suffix", "fr", "le 3e mars", "2013-03-03")
du("g ordinal suffix", "nl", "3de maart", "2013-03-03")
du("g ordinal suffix", "es", "el 3.º de marzo", "2013-03-03")

# h  look-alikes of the same shapes: hedged counts, clock times alone, counted days after "since"
rt("h around count", "en", "Around 5 people were hurt.")
rt("h year-like count", "en", "The 2016 people at the rally signed a letter.")
rt("h clock alone", "en", "Doors open at 7:30 p.m.")
rt("h circa count", "en", "Circa 200 homes lost power.")
rt("h since count", "de", "Es regnet seit [3 Tagen].", "P3D")
rt("h around count", "de", "Rund 2000 Menschen demonstrierten.")
rt("h clock alone", "de", "Um 8 Uhr beginnt die Sitzung.")
rt("h around count", "es", "Alrededor de 5 personas resultaron heridas.")
rt("h clock alone", "es", "Hacia las 8 empezó la reunión.")
rt("h more than count", "es", "Más de 2000 personas firmaron.")
rt("h around count", "nl", "Rond 2000 mensen demonstreerden.")
rt("h clock alone", "nl", "Om 8 uur begint de vergadering.")
rt("h around count", "pt", "Cerca de 2000 pessoas protestaram.")
rt("h clock alone", "pt", "Às 8h começou a reunião.")
rt("h clock alone", "fr", "Vers 20 heures, la réunion a commencé.")
rt("h around count", "fr", "Environ 2000 personnes ont manifesté.")
rt("h around count", "it", "Circa 2000 persone hanno protestato.")
rt("h clock alone", "it", "Alle 8 è iniziata la riunione.")
# (added after the first pass, to keep the mechanisms of this round from reading them)
rt("h name before possessive", "en", "Theresa May's government fell after a long debate.")
rt("h numbered items and", "en", "Points 3 and 4 of the plan were dropped.")
rt("h part of the day alone", "de", "Am Morgen fiel in der ganzen Stadt der Strom aus.")
rt("h part of the day alone", "es", "Por la mañana llovió en toda la ciudad.")


# Still failing (kept out of the fixture): "by" is no `fwd` word, as past-tense news writes "by mid-September" for the one
# before the DCT; a weekday after it keeps the news reading.
KNOWN = {
    ("en", "f by weekday", "Forms are due by Thursday."),
}


def main():
    caseset.main(W.cases(), "dates_context.jsonl", known=caseset.known_texts(KNOWN), types=("date", "duration"))


if __name__ == "__main__":
    main()
