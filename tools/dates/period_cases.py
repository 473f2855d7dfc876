#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Period and relative-expression cases for the `dates` stage: the parts a news writer combines
(modifier x unit, edge x period, ordinal x weekday x month, quarters and halves, counted offsets,
since/until/before/after + date, weekday x week, day words, decades and centuries, ordinal words,
numeric dates with a weekday), each written the way a native writer of every language of a suite
family says it, with the value computed here by calendar arithmetic.  Same families, conventions and
output as transfer_cases.py (see Plugins/Dates/README.md):

  rt   news convention, DCT Monday 2016-11-07; the [marked] span follows the news span rules.
  du   direction=future, DCT Tuesday 2013-02-12; the text is the expression, the span all of it.

  period_cases.py run NLPSH [--show] [--lang L]   prints pass rates per language x family
  period_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_period.jsonl

Round 11 changed span conventions (the Recognizers-Text grammar's edges where the dev splits of its languages agree or
are silent): Portuguese "na"/"no" stays out before a weekday of a named week ("na [sexta-feira da próxima semana]").
The expected spans of this set's cases of these shapes follow them.
"""
import datetime as dt
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402
from transfer_cases import D, RT, DU, days, add_months, nth_wd, week, ym  # noqa: E402


def md(m, d, y=2016):
    return D(y, m, d).isoformat()


# ------------------------------------------------------------------ news convention (DCT Mon 2016-11-07, ISO week 45)
RT_PATTERNS = [
    # modifier x unit
    ("the coming week", week(RT, 1), {"en": ["We will decide in [the coming week]."], "de": ["Wir entscheiden in [der kommenden Woche]."],
        "es": ["Decidiremos [la semana que viene]."], "fr": ["Nous déciderons [la semaine prochaine]."], "it": ["Decideremo [la settimana prossima]."],
        "nl": ["We beslissen [komende week]."], "pt": ["Vamos decidir na [semana que vem]."]}),
    ("the following week", week(RT, 1), {"en": ["They met again [the following week]."], "de": ["Sie trafen sich in [der folgenden Woche] wieder."],
        "es": ["Se reunieron de nuevo [la semana siguiente]."], "fr": ["Ils se sont revus [la semaine suivante]."],
        "it": ["Si sono rivisti [la settimana successiva]."], "nl": ["Ze zagen elkaar [de week erna] weer."], "pt": ["Eles se viram na [semana seguinte]."]}),
    ("the previous week", week(RT, -1), {"en": ["Prices fell [the previous week]."], "de": ["Die Preise fielen in [der Vorwoche]."],
        "es": ["Los precios bajaron [la semana anterior]."], "fr": ["Les prix ont baissé [la semaine précédente]."],
        "it": ["I prezzi sono scesi [la settimana precedente]."], "nl": ["De prijzen daalden [de week ervoor]."], "pt": ["Os preços caíram na [semana anterior]."]}),
    ("the coming month", ym(RT, 1), {"en": ["Talks resume [next month]."], "de": ["Die Gespräche gehen im [kommenden Monat] weiter."],
        "es": ["Las conversaciones siguen [el mes que viene]."], "fr": ["Les discussions reprendront [le mois prochain]."],
        "it": ["I colloqui riprendono [il mese prossimo]."], "nl": ["De gesprekken gaan [komende maand] verder."], "pt": ["As conversas continuam no [mês que vem]."]}),
    ("the previous month", ym(RT, -1), {"en": ["Sales had fallen [the previous month]."], "de": ["Der Absatz war im [Vormonat] gesunken."],
        "es": ["Las ventas habían caído [el mes anterior]."], "fr": ["Les ventes avaient baissé [le mois précédent]."],
        "it": ["Le vendite erano calate [il mese precedente]."], "nl": ["De verkoop was [vorige maand] gedaald."], "pt": ["As vendas caíram no [mês anterior]."]}),
    ("the past month", ym(RT, -1), {"en": ["Sales fell [last month]."], "de": ["Der Absatz sank im [vergangenen Monat]."],
        "es": ["Las ventas cayeron [el mes pasado]."], "fr": ["Les ventes ont baissé [le mois dernier]."], "it": ["Le vendite sono calate [lo scorso mese]."],
        "nl": ["De verkoop daalde [afgelopen maand]."], "pt": ["As vendas caíram no [mês passado]."]}),
    ("the coming year", "2017", {"en": ["Growth will slow [next year]."], "de": ["Das Wachstum sinkt im [kommenden Jahr]."],
        "es": ["El crecimiento bajará [el año que viene]."], "fr": ["La croissance ralentira [l'an prochain]."],
        "it": ["La crescita rallenterà [il prossimo anno]."], "nl": ["De groei vertraagt [komend jaar]."], "pt": ["O crescimento vai cair no [ano que vem]."]}),
    ("the previous year", "2015", {"en": ["It had grown [the previous year]."], "de": ["Es war im [Vorjahr] gewachsen."],
        "es": ["Había crecido [el año anterior]."], "fr": ["Elle avait augmenté [l'année précédente]."], "it": ["Era cresciuta [l'anno precedente]."],
        "nl": ["Het was [vorig jaar] gegroeid."], "pt": ["Tinha crescido no [ano anterior]."]}),
    ("the past year", "2015", {"en": ["It grew [last year]."], "de": ["Es wuchs im [vergangenen Jahr]."], "es": ["Creció [el año pasado]."],
        "fr": ["Elle a augmenté [l'an dernier]."], "it": ["È cresciuta [lo scorso anno]."], "nl": ["Het groeide [afgelopen jaar]."],
        "pt": ["Cresceu no [ano passado]."]}),
    ("this year", "2016", {"en": ["It grew [this year]."], "de": ["Es wuchs in [diesem Jahr].", "Es wuchs [dieses Jahr]."], "es": ["Creció [este año]."],
        "fr": ["Elle a augmenté [cette année]."], "it": ["È cresciuta [quest'anno]."], "nl": ["Het groeide [dit jaar]."], "pt": ["Cresceu [este ano]."]}),
    ("next quarter", "2017-Q1", {"en": ["Results are due [next quarter]."], "de": ["Die Zahlen kommen im [nächsten Quartal]."],
        "es": ["Los resultados llegan [el próximo trimestre]."], "fr": ["Les résultats arrivent [le trimestre prochain]."],
        "it": ["I risultati arrivano [il prossimo trimestre]."], "nl": ["De cijfers komen [volgend kwartaal]."], "pt": ["Os resultados chegam no [próximo trimestre]."]}),
    ("last quarter", "2016-Q3", {"en": ["Profit fell [last quarter]."], "de": ["Der Gewinn sank im [letzten Quartal]."],
        "es": ["El beneficio cayó [el trimestre pasado]."], "fr": ["Le bénéfice a baissé [le trimestre dernier]."],
        "it": ["L'utile è sceso [lo scorso trimestre]."], "nl": ["De winst daalde [vorig kwartaal]."], "pt": ["O lucro caiu no [trimestre passado]."]}),
    ("this quarter", "2016-Q4", {"en": ["Profit will rise [this quarter]."], "de": ["Der Gewinn steigt in [diesem Quartal]."],
        "es": ["El beneficio subirá [este trimestre]."], "fr": ["Le bénéfice augmentera [ce trimestre]."],
        "it": ["L'utile salirà [questo trimestre]."], "nl": ["De winst stijgt [dit kwartaal]."], "pt": ["O lucro vai subir [este trimestre]."]}),
    ("next decade", "202X", {"en": ["It will be built in [the next decade]."], "de": ["Es wird im [nächsten Jahrzehnt] gebaut."],
        "es": ["Se construirá en [la próxima década]."], "fr": ["Il sera construit [la décennie prochaine]."],
        "it": ["Sarà costruito [il prossimo decennio]."], "nl": ["Het wordt [het volgende decennium] gebouwd."], "pt": ["Será construído [na próxima década]."]}),
    ("this decade", "201X", {"en": ["It was built [this decade]."], "de": ["Es wurde in [diesem Jahrzehnt] gebaut."],
        "es": ["Se construyó [esta década]."], "fr": ["Il a été construit [cette décennie]."], "it": ["È stato costruito [questo decennio]."],
        "nl": ["Het werd [dit decennium] gebouwd."], "pt": ["Foi construído [nesta década]."]}),
    ("next weekend", week(RT, 1) + "-WE", {"en": ["The fair opens [next weekend]."], "de": ["Die Messe öffnet am [kommenden Wochenende]."],
        "es": ["La feria abre [el fin de semana que viene]."], "fr": ["La foire ouvre [le week-end prochain]."],
        "it": ["La fiera apre [il prossimo weekend]."], "nl": ["De beurs opent [komend weekend]."], "pt": ["A feira abre no [fim de semana que vem]."]}),
    ("last weekend", week(RT, -1) + "-WE", {"en": ["The fair opened [last weekend]."], "de": ["Die Messe öffnete am [vergangenen Wochenende]."],
        "es": ["La feria abrió [el pasado fin de semana]."], "fr": ["La foire a ouvert [le week-end dernier]."],
        "it": ["La fiera ha aperto [lo scorso weekend]."], "nl": ["De beurs opende [afgelopen weekend]."], "pt": ["A feira abriu no [último fim de semana]."]}),
    ("this century", "20XX", {"en": ["It is the worst storm [this century]."], "de": ["Es ist der schlimmste Sturm [dieses Jahrhunderts]."],
        "es": ["Es la peor tormenta de [este siglo]."], "fr": ["C'est la pire tempête de [ce siècle]."], "it": ["È la peggiore tempesta di [questo secolo]."],
        "nl": ["Het is de ergste storm van [deze eeuw]."], "pt": ["É a pior tempestade [deste século]."]}),
    # edges
    ("early may", "2016-05", {"en": ["It opened in [early May]."], "de": ["Es öffnete [Anfang Mai]."], "es": ["Abrió a [principios de mayo]."],
        "fr": ["Il a ouvert [début mai]."], "it": ["Ha aperto [all'inizio di maggio]."], "nl": ["Het opende [begin mei]."], "pt": ["Abriu no [início de maio]."]}),
    ("mid may", "2016-05", {"en": ["It opened in [mid-May]."], "de": ["Es öffnete [Mitte Mai]."], "es": ["Abrió a [mediados de mayo]."],
        "fr": ["Il a ouvert [mi-mai]."], "it": ["Ha aperto a [metà maggio]."], "nl": ["Het opende [half mei]."], "pt": ["Abriu em [meados de maio]."]}),
    ("late may", "2016-05", {"en": ["It opened in [late May]."], "de": ["Es öffnete [Ende Mai]."], "es": ["Abrió a [finales de mayo]."],
        "fr": ["Il a ouvert [fin mai]."], "it": ["Ha aperto a [fine maggio]."], "nl": ["Het opende [eind mei]."], "pt": ["Abriu no [final de maio]."]}),
    ("the end of may 2015", "2015-05", {"en": ["It opened at the [end of May 2015]."], "de": ["Es öffnete [Ende Mai 2015]."],
        "es": ["Abrió a [finales de mayo de 2015]."], "fr": ["Il a ouvert [fin mai 2015]."], "it": ["Ha aperto alla [fine di maggio 2015]."],
        "nl": ["Het opende [eind mei 2015]."], "pt": ["Abriu no [fim de maio de 2015]."]}),
    ("early 2017", "2017", {"en": ["It opens in [early 2017]."], "de": ["Es öffnet [Anfang 2017]."], "es": ["Abrirá a [principios de 2017]."],
        "fr": ["Il ouvrira [début 2017]."], "it": ["Aprirà [all'inizio del 2017]."], "nl": ["Het opent [begin 2017]."], "pt": ["Abrirá no [início de 2017]."]}),
    ("the beginning of 2017", "2017", {"en": ["It opens at the [beginning of 2017]."], "de": ["Es öffnet zu [Beginn des Jahres 2017]."],
        "es": ["Abrirá a [comienzos de 2017]."], "fr": ["Il ouvrira au [début de 2017]."], "it": ["Aprirà a [inizio 2017]."],
        "nl": ["Het opent aan [het begin van 2017]."], "pt": ["Abrirá no [começo de 2017]."]}),
    ("the middle of next year", "2017", {"en": ["It opens in the [middle of next year]."], "de": ["Es öffnet [Mitte nächsten Jahres]."],
        "es": ["Abrirá a [mediados del próximo año]."], "fr": ["Il ouvrira à la [mi-2017]."], "it": ["Aprirà a [metà del prossimo anno]."],
        "nl": ["Het opent [medio volgend jaar]."], "pt": ["Abrirá em [meados do próximo ano]."]}),
    ("the end of next year", "2017", {"en": ["It opens at the [end of next year]."], "de": ["Es öffnet [Ende nächsten Jahres]."],
        "es": ["Abrirá a [finales del próximo año]."], "fr": ["Il ouvrira à la [fin de l'année prochaine]."], "it": ["Aprirà alla [fine del prossimo anno]."],
        "nl": ["Het opent [eind volgend jaar]."], "pt": ["Abrirá no [final do próximo ano]."]}),
    ("late last month", ym(RT, -1), {"en": ["It closed [late last month]."], "de": ["Es schloss [Ende letzten Monats]."],
        "es": ["Cerró a [finales del mes pasado]."], "fr": ["Il a fermé [fin du mois dernier]."], "it": ["Ha chiuso alla [fine del mese scorso]."],
        "nl": ["Het sloot [eind vorige maand]."], "pt": ["Fechou no [final do mês passado]."]}),
    ("early last month", ym(RT, -1), {"en": ["It closed [early last month]."], "de": ["Es schloss [Anfang letzten Monats]."],
        "es": ["Cerró a [principios del mes pasado]."], "fr": ["Il a fermé [début du mois dernier]."], "it": ["Ha chiuso [all'inizio del mese scorso]."],
        "nl": ["Het sloot [begin vorige maand]."], "pt": ["Fechou no [início do mês passado]."]}),
    ("later this week", week(RT), {"en": ["A vote is expected [later this week]."], "de": ["Eine Abstimmung wird [Ende dieser Woche] erwartet."],
        "es": ["Se espera una votación a [finales de esta semana]."], "fr": ["Un vote est attendu en [fin de semaine]."],
        "it": ["Un voto è atteso alla [fine di questa settimana]."], "nl": ["Een stemming wordt [later deze week] verwacht."],
        "pt": ["Uma votação é esperada no [final desta semana]."]}),
    ("the end of next month", ym(RT, 1), {"en": ["It closes at the [end of next month]."], "de": ["Es schließt [Ende nächsten Monats]."],
        "es": ["Cerrará a [finales del próximo mes]."], "fr": ["Il fermera [fin du mois prochain]."], "it": ["Chiuderà alla [fine del prossimo mese]."],
        "nl": ["Het sluit [eind volgende maand]."], "pt": ["Fechará no [final do próximo mês]."]}),
    ("the rest of the year", "2016", {"en": ["Prices will rise for the [rest of the year]."], "de": ["Die Preise steigen im [Rest des Jahres]."],
        "es": ["Los precios subirán el [resto del año]."], "fr": ["Les prix vont monter le [reste de l'année]."],
        "it": ["I prezzi saliranno per il [resto dell'anno]."], "nl": ["De prijzen stijgen de [rest van het jaar]."], "pt": ["Os preços vão subir o [resto do ano]."]}),
    ("the first half of 2017", "2017-H1", {"en": ["It will open in [the first half of 2017]."], "de": ["Es öffnet in [der ersten Hälfte 2017]."],
        "es": ["Abrirá en [la primera mitad de 2017]."], "fr": ["Il ouvrira au [premier semestre 2017]."], "it": ["Aprirà nel [primo semestre del 2017]."],
        "nl": ["Het opent in [de eerste helft van 2017]."], "pt": ["Abrirá no [primeiro semestre de 2017]."]}),
    ("the second half of next year", "2017-H2", {"en": ["It will open in [the second half of next year]."], "de": ["Es öffnet in [der zweiten Hälfte des nächsten Jahres]."],
        "es": ["Abrirá en [la segunda mitad del próximo año]."], "fr": ["Il ouvrira au [second semestre de l'année prochaine]."],
        "it": ["Aprirà nel [secondo semestre del prossimo anno]."], "nl": ["Het opent in [de tweede helft van volgend jaar]."],
        "pt": ["Abrirá no [segundo semestre do próximo ano]."]}),
    # ordinal x weekday/day x month
    ("first monday of december", nth_wd(2015, 12, 0, 1), {"en": ["It opens on [the first Monday of December]."], "de": ["Es öffnet am [ersten Montag im Dezember]."],
        "es": ["Abrirá [el primer lunes de diciembre]."], "fr": ["Il ouvrira [le premier lundi de décembre]."], "it": ["Aprirà [il primo lunedì di dicembre]."],
        "nl": ["Het opent op [de eerste maandag van december]."], "pt": ["Abrirá na [primeira segunda-feira de dezembro]."]}),
    ("second tuesday of next month", nth_wd(2016, 12, 1, 2), {"en": ["It opens on [the second Tuesday of next month]."],
        "de": ["Es öffnet am [zweiten Dienstag des nächsten Monats]."], "es": ["Abrirá [el segundo martes del próximo mes]."],
        "fr": ["Il ouvrira [le deuxième mardi du mois prochain]."], "it": ["Aprirà [il secondo martedì del prossimo mese]."],
        "nl": ["Het opent op [de tweede dinsdag van volgende maand]."], "pt": ["Abrirá na [segunda terça-feira do próximo mês]."]}),
    ("third wednesday of may 2017", nth_wd(2017, 5, 2, 3), {"en": ["It opens on [the third Wednesday of May 2017]."],
        "de": ["Es öffnet am [dritten Mittwoch im Mai 2017]."], "es": ["Abrirá [el tercer miércoles de mayo de 2017]."],
        "fr": ["Il ouvrira [le troisième mercredi de mai 2017]."], "it": ["Aprirà [il terzo mercoledì di maggio 2017]."],
        "nl": ["Het opent op [de derde woensdag van mei 2017]."], "pt": ["Abrirá na [terceira quarta-feira de maio de 2017]."]}),
    ("last friday of october", nth_wd(2016, 10, 4, -1), {"en": ["It closed on [the last Friday of October]."], "de": ["Es schloss am [letzten Freitag im Oktober]."],
        "es": ["Cerró [el último viernes de octubre]."], "fr": ["Il a fermé [le dernier vendredi d'octobre]."], "it": ["Ha chiuso [l'ultimo venerdì di ottobre]."],
        "nl": ["Het sloot op [de laatste vrijdag van oktober]."], "pt": ["Fechou na [última sexta-feira de outubro]."]}),
    ("first day of next month", "2016-12-01", {"en": ["It starts on [the first day of next month]."], "de": ["Es beginnt am [ersten Tag des nächsten Monats]."],
        "es": ["Empieza [el primer día del próximo mes]."], "fr": ["Cela commence [le premier jour du mois prochain]."],
        "it": ["Inizia [il primo giorno del prossimo mese]."], "nl": ["Het begint op [de eerste dag van volgende maand]."],
        "pt": ["Começa no [primeiro dia do próximo mês]."]}),
    ("last day of this month", "2016-11-30", {"en": ["It ends on [the last day of this month]."], "de": ["Es endet am [letzten Tag dieses Monats]."],
        "es": ["Termina [el último día de este mes]."], "fr": ["Cela se termine [le dernier jour de ce mois]."],
        "it": ["Finisce [l'ultimo giorno di questo mese]."], "nl": ["Het eindigt op [de laatste dag van deze maand]."],
        "pt": ["Termina no [último dia deste mês]."]}),
    ("first sunday of this year", nth_wd(2016, 1, 6, 1), {"en": ["It happened on [the first Sunday of this year]."],
        "de": ["Es geschah am [ersten Sonntag dieses Jahres]."], "es": ["Ocurrió [el primer domingo de este año]."],
        "fr": ["C'est arrivé [le premier dimanche de cette année]."], "it": ["È successo [la prima domenica di quest'anno]."],
        "nl": ["Het gebeurde op [de eerste zondag van dit jaar]."], "pt": ["Aconteceu no [primeiro domingo deste ano]."]}),
    # quarters and halves
    ("q1 2017", "2017-Q1", {"en": ["Sales rose in [Q1 2017]."], "de": ["Der Umsatz stieg im [ersten Quartal 2017]."], "es": ["Las ventas subieron en [el primer trimestre de 2017]."],
        "fr": ["Les ventes ont augmenté au [premier trimestre 2017]."], "it": ["Le vendite sono salite nel [primo trimestre 2017]."],
        "nl": ["De verkoop steeg in [het eerste kwartaal van 2017]."], "pt": ["As vendas subiram no [primeiro trimestre de 2017]."]}),
    ("fourth quarter", "2016-Q4", {"en": ["Sales rose in [the fourth quarter]."], "de": ["Der Umsatz stieg im [vierten Quartal]."],
        "es": ["Las ventas subieron en [el cuarto trimestre]."], "fr": ["Les ventes ont augmenté au [quatrième trimestre]."],
        "it": ["Le vendite sono salite nel [quarto trimestre]."], "nl": ["De verkoop steeg in [het vierde kwartaal]."],
        "pt": ["As vendas subiram no [quarto trimestre]."]}),
    ("q3 2016 short", "2016-Q3", {"en": ["Sales rose in [Q3 2016]."], "de": ["Der Umsatz stieg im [Q3 2016]."], "es": ["Las ventas subieron en [el T3 de 2016]."],
        "fr": ["Les ventes ont augmenté au [T3 2016]."], "it": ["Le vendite sono salite nel [Q3 2016]."], "nl": ["De verkoop steeg in [Q3 2016]."],
        "pt": ["As vendas subiram no [3º trimestre de 2016]."]}),
    ("h1 2017", "2017-H1", {"en": ["Sales rose in [H1 2017]."], "de": ["Der Umsatz stieg im [ersten Halbjahr 2017]."], "es": ["Las ventas subieron en [el primer semestre de 2017]."],
        "fr": ["Les ventes ont augmenté au [premier semestre 2017]."], "it": ["Le vendite sono salite nel [primo semestre 2017]."],
        "nl": ["De verkoop steeg in [het eerste halfjaar van 2017]."], "pt": ["As vendas subiram no [primeiro semestre de 2017]."]}),
    # counted offsets
    ("five days ago", days(RT, -5), {"en": ["He left [five days ago]."], "de": ["Er ging [vor fünf Tagen]."], "es": ["Se fue [hace cinco días]."],
        "fr": ["Il est parti [il y a cinq jours]."], "it": ["È partito [cinque giorni fa]."], "nl": ["Hij vertrok [vijf dagen geleden]."], "pt": ["Ele saiu [há cinco dias]."]}),
    ("a week ago", days(RT, -7), {"en": ["He left [a week ago]."], "de": ["Er ging [vor einer Woche]."], "es": ["Se fue [hace una semana]."],
        "fr": ["Il est parti [il y a une semaine]."], "it": ["È partito [una settimana fa]."], "nl": ["Hij vertrok [een week geleden]."], "pt": ["Ele saiu [há uma semana]."]}),
    ("a month ago", add_months(RT, -1).isoformat(), {"en": ["He left [a month ago]."], "de": ["Er ging [vor einem Monat]."], "es": ["Se fue [hace un mes]."],
        "fr": ["Il est parti [il y a un mois]."], "it": ["È partito [un mese fa]."], "nl": ["Hij vertrok [een maand geleden]."], "pt": ["Ele saiu [há um mês]."]}),
    ("a year ago", "2015-11-07", {"en": ["He left [a year ago]."], "de": ["Er ging [vor einem Jahr]."], "es": ["Se fue [hace un año]."],
        "fr": ["Il est parti [il y a un an]."], "it": ["È partito [un anno fa]."], "nl": ["Hij vertrok [een jaar geleden]."], "pt": ["Ele saiu [há um ano]."]}),
    ("ten years ago", "2006-11-07", {"en": ["It opened [ten years ago]."], "de": ["Es öffnete [vor zehn Jahren]."], "es": ["Abrió [hace diez años]."],
        "fr": ["Il a ouvert [il y a dix ans]."], "it": ["Ha aperto [dieci anni fa]."], "nl": ["Het opende [tien jaar geleden]."], "pt": ["Abriu [há dez anos]."]}),
    ("six months ago", add_months(RT, -6).isoformat(), {"en": ["It opened [six months ago]."], "de": ["Es öffnete [vor sechs Monaten]."],
        "es": ["Abrió [hace seis meses]."], "fr": ["Il a ouvert [il y a six mois]."], "it": ["Ha aperto [sei mesi fa]."],
        "nl": ["Het opende [zes maanden geleden]."], "pt": ["Abriu [há seis meses]."]}),
    ("in a month", add_months(RT, 1).isoformat(), {"en": ["It opens [in a month]."], "de": ["Es öffnet [in einem Monat]."], "es": ["Abrirá [dentro de un mes]."],
        "fr": ["Il ouvrira [dans un mois]."], "it": ["Aprirà [tra un mese]."], "nl": ["Het opent [over een maand]."], "pt": ["Abrirá [daqui a um mês]."]}),
    ("in ten days", days(RT, 10), {"en": ["It opens [in ten days]."], "de": ["Es öffnet [in zehn Tagen]."], "es": ["Abrirá [en diez días]."],
        "fr": ["Il ouvrira [dans dix jours]."], "it": ["Aprirà [fra dieci giorni]."], "nl": ["Het opent [over tien dagen]."], "pt": ["Abrirá [em dez dias]."]}),
    ("four days from now", days(RT, 4), {"en": ["It opens [four days from now]."], "de": ["Es öffnet [vier Tage ab heute]."],
        "es": ["Abrirá [dentro de cuatro días]."], "fr": ["Il ouvrira [dans quatre jours]."], "it": ["Aprirà [fra quattro giorni]."],
        "nl": ["Het opent [vier dagen vanaf nu]."], "pt": ["Abrirá [daqui a quatro dias]."]}),
    # since / until / by / before / after / from ... on
    ("since may 2015", "2015-05", {"en": ["He has lived here [since May 2015]."], "de": ["Er wohnt hier [seit Mai 2015]."], "es": ["Vive aquí [desde mayo de 2015]."],
        "fr": ["Il vit ici [depuis mai 2015]."], "it": ["Vive qui [da maggio 2015]."], "nl": ["Hij woont hier [sinds mei 2015]."], "pt": ["Mora aqui [desde maio de 2015]."]}),
    ("until june 2017", "2017-06", {"en": ["It runs [until June 2017]."], "de": ["Es läuft [bis Juni 2017]."], "es": ["Dura [hasta junio de 2017]."],
        "fr": ["Il dure [jusqu'en juin 2017]."], "it": ["Dura [fino a giugno 2017]."], "nl": ["Het loopt [tot juni 2017]."], "pt": ["Dura [até junho de 2017]."]}),
    ("by the end of 2017", "2017", {"en": ["It will be done [by the end of 2017]."], "de": ["Es ist [bis Ende 2017] fertig."],
        "es": ["Estará listo [antes de finales de 2017]."], "fr": ["Ce sera prêt [d'ici fin 2017]."], "it": ["Sarà pronto [entro la fine del 2017]."],
        "nl": ["Het is [tegen eind 2017] klaar."], "pt": ["Estará pronto [até o final de 2017]."]}),
    ("before march 2015", "2015-03", {"en": ["It closed [before March 2015]."], "de": ["Es schloss [vor März 2015]."], "es": ["Cerró [antes de marzo de 2015]."],
        "fr": ["Il a fermé [avant mars 2015]."], "it": ["Ha chiuso [prima di marzo 2015]."], "nl": ["Het sloot [voor maart 2015]."], "pt": ["Fechou [antes de março de 2015]."]}),
    ("after 3 may 2015", "2015-05-03", {"en": ["It closed [after May 3, 2015]."], "de": ["Es schloss [nach dem 3. Mai 2015]."],
        "es": ["Cerró [después del 3 de mayo de 2015]."], "fr": ["Il a fermé après le [3 mai 2015]."], "it": ["Ha chiuso [dopo il 3 maggio 2015]."],
        "nl": ["Het sloot [na 3 mei 2015]."], "pt": ["Fechou [depois de 3 de maio de 2015]."]}),
    ("from june 2017 on", "2017-06", {"de": ["Es gilt [ab Juni 2017]."], "es": ["Rige [a partir de junio de 2017]."],
        "fr": ["Il s'applique [à partir de juin 2017]."], "it": ["Vale [a partire da giugno 2017]."], "nl": ["Het geldt vanaf [juni 2017]."],
        "pt": ["Vale [a partir de junho de 2017]."]}),
    ("since 2 march", "2016-03-02", {"en": ["He has been missing [since March 2]."], "de": ["Er wird [seit dem 2. März] vermisst."],
        "es": ["Está desaparecido [desde el 2 de marzo]."], "fr": ["Il est porté disparu depuis le [2 mars]."], "it": ["È scomparso [dal 2 marzo]."],
        "nl": ["Hij wordt [sinds 2 maart] vermist."], "pt": ["Está desaparecido [desde 2 de março]."]}),
    ("before 2010 or after 2018", ["2010", "2018"], {"en": ["Show sales [before 2010] or [after 2018]."], "de": ["Zeige Umsätze [vor 2010] oder [nach 2018]."],
        "es": ["Muestra ventas [antes de 2010] o [después de 2018]."], "fr": ["Montre les ventes [avant 2010] ou [après 2018]."],
        "it": ["Mostra le vendite [prima del 2010] o [dopo il 2018]."], "nl": ["Toon verkoop [voor 2010] of [na 2018]."],
        "pt": ["Mostre vendas [antes de 2010] ou [depois de 2018]."]}),
    ("2015 or later", "2015", {"en": ["Show sales from [2015 or later]."], "es": ["Muestra ventas de [2015 o después]."], "nl": ["Toon verkoop van [2015 of later]."],
        "de": ["Zeige Umsätze von [2015 oder später]."], "pt": ["Mostre vendas de [2015 ou depois]."], "fr": ["Montre les ventes de [2015 ou après]."],
        "it": ["Mostra le vendite del [2015 o dopo]."]}),
    # weekday x week
    ("wednesday of next week", days(RT, 9), {"en": ["We meet [next week Wednesday]."], "de": ["Wir treffen uns [nächste Woche Mittwoch]."],
        "es": ["Nos vemos el [miércoles de la semana que viene]."], "fr": ["Nous nous verrons [mercredi de la semaine prochaine]."],
        "it": ["Ci vediamo [mercoledì della settimana prossima]."], "nl": ["We zien elkaar [volgende week woensdag]."],
        "pt": ["Nos vemos na [quarta-feira da semana que vem]."]}),
    ("thursday of last week", days(RT, -4), {"en": ["We met [Thursday of last week]."], "de": ["Wir trafen uns [letzte Woche Donnerstag]."],
        "es": ["Nos vimos el [jueves de la semana pasada]."], "fr": ["Nous nous sommes vus [jeudi de la semaine dernière]."],
        "it": ["Ci siamo visti [giovedì della scorsa settimana]."], "nl": ["We zagen elkaar [vorige week donderdag]."],
        "pt": ["Nos vimos na [quinta-feira da semana passada]."]}),
    ("wednesday of this week", days(RT, 2), {"en": ["We meet [Wednesday of this week]."], "de": ["Wir treffen uns am [Mittwoch dieser Woche]."],
        "es": ["Nos vemos el [miércoles de esta semana]."], "fr": ["Nous nous verrons [mercredi de cette semaine]."],
        "it": ["Ci vediamo [mercoledì di questa settimana]."], "nl": ["We zien elkaar [deze week woensdag]."],
        "pt": ["Nos vemos na [quarta-feira desta semana]."]}),
    # day words
    ("tonight", days(RT, 0), {"en": ["The vote is [tonight]."], "de": ["Die Abstimmung ist [heute Abend]."], "es": ["La votación es [esta noche]."],
        "fr": ["Le vote a lieu [ce soir]."], "it": ["Il voto è [stasera]."], "nl": ["De stemming is [vanavond]."], "pt": ["A votação é [hoje à noite]."]}),
    ("this morning", days(RT, 0), {"en": ["He spoke [this morning]."], "de": ["Er sprach [heute Morgen]."], "es": ["Habló [esta mañana]."],
        "fr": ["Il a parlé [ce matin]."], "it": ["Ha parlato [stamattina]."], "nl": ["Hij sprak [vanochtend]."], "pt": ["Ele falou [hoje de manhã]."]}),
    ("yesterday evening", days(RT, -1), {"en": ["He spoke [yesterday evening]."], "de": ["Er sprach [gestern Abend]."], "es": ["Habló [ayer por la tarde]."],
        "fr": ["Il a parlé [hier soir]."], "it": ["Ha parlato [ieri sera]."], "nl": ["Hij sprak [gisteravond]."], "pt": ["Ele falou [ontem à noite]."]}),
    ("tomorrow morning", days(RT, 1), {"en": ["He will speak [tomorrow morning]."], "de": ["Er spricht [morgen früh]."], "es": ["Hablará [mañana por la mañana]."],
        "fr": ["Il parlera [demain matin]."], "it": ["Parlerà [domani mattina]."], "nl": ["Hij spreekt [morgenochtend]."], "pt": ["Ele falará [amanhã de manhã]."]}),
    ("last night", days(RT, -1), {"en": ["It happened [last night]."], "de": ["Es geschah [gestern Nacht]."], "es": ["Ocurrió [anoche]."],
        "fr": ["C'est arrivé [la nuit dernière]."], "it": ["È successo [ieri notte]."], "nl": ["Het gebeurde [gisternacht]."], "pt": ["Aconteceu [ontem à noite]."]}),
    # decades and centuries
    ("the 1990s", "199X", {"en": ["It was popular in [the 1990s]."], "de": ["Es war in den [1990er Jahren] beliebt."], "es": ["Era popular en [la década de 1990]."],
        "fr": ["C'était populaire dans [les années 1990]."], "it": ["Era popolare [negli anni 1990]."], "nl": ["Het was populair in [de jaren 1990]."],
        "pt": ["Era popular [na década de 1990]."]}),
    ("the eighties", "198X", {"en": ["It was popular in [the eighties]."], "de": ["Es war in den [Achtzigerjahren] beliebt."], "es": ["Era popular en [los años ochenta]."],
        "fr": ["C'était populaire dans [les années quatre-vingt]."], "it": ["Era popolare [negli anni ottanta]."], "nl": ["Het was populair in [de jaren tachtig]."],
        "pt": ["Era popular [nos anos oitenta]."]}),
    ("the early 2000s", "200X", {"en": ["It was built in the [early 2000s]."], "de": ["Es wurde [Anfang der 2000er Jahre] gebaut."],
        "es": ["Se construyó a [principios de los años 2000]."], "fr": ["Il a été construit au [début des années 2000]."],
        "it": ["È stato costruito [all'inizio degli anni 2000]."], "nl": ["Het werd [begin jaren 2000] gebouwd."], "pt": ["Foi construído no [início dos anos 2000]."]}),
    ("the 21st century", "20XX", {"en": ["It is the worst crisis of [the 21st century]."], "de": ["Es ist die schlimmste Krise des [21. Jahrhunderts]."],
        "es": ["Es la peor crisis del [siglo XXI]."], "fr": ["C'est la pire crise du [XXIe siècle]."], "it": ["È la peggiore crisi del [XXI secolo]."],
        "nl": ["Het is de ergste crisis van [de 21e eeuw]."], "pt": ["É a pior crise do [século XXI]."]}),
    ("the 19th century", "18XX", {"en": ["It was built in [the 19th century]."], "de": ["Es wurde im [19. Jahrhundert] gebaut."],
        "es": ["Se construyó en [el siglo XIX]."], "fr": ["Il a été construit au [XIXe siècle]."], "it": ["È stato costruito nel [XIX secolo]."],
        "nl": ["Het werd in [de 19e eeuw] gebouwd."], "pt": ["Foi construído no [século XIX]."]}),
    # ordinals in words, numeric dates with a weekday
    ("twenty-first of may", "2016-05-21", {"en": ["It opened on the [twenty-first of May]."], "de": ["Es öffnete am [einundzwanzigsten Mai]."],
        "es": ["Abrió el [veintiuno de mayo]."], "fr": ["Il a ouvert le [vingt et un mai]."], "it": ["Ha aperto [il ventuno maggio]."],
        "nl": ["Het opende op [eenentwintig mei]."], "pt": ["Abriu em [vinte e um de maio]."]}),
    ("third of march", "2016-03-03", {"en": ["It opened on the [third of March]."], "de": ["Es öffnete am [dritten März]."],
        "es": ["Abrió el [tres de marzo]."], "fr": ["Il a ouvert le [trois mars]."], "it": ["Ha aperto [il tre marzo]."],
        "nl": ["Het opende op [drie maart]."], "pt": ["Abriu em [três de março]."]}),
    ("thirtieth of june 2015", "2015-06-30", {"en": ["It opened on the [thirtieth of June 2015]."], "de": ["Es öffnete am [dreißigsten Juni 2015]."],
        "es": ["Abrió el [treinta de junio de 2015]."], "fr": ["Il a ouvert le [trente juin 2015]."], "it": ["Ha aperto [il trenta giugno 2015]."],
        "nl": ["Het opende op [dertig juni 2015]."], "pt": ["Abriu em [trinta de junho de 2015]."]}),
    ("weekday numeric", "2016-11-15", {"en": ["The vote is on [Tuesday, 11/15/2016]."], "de": ["Die Wahl ist am [Dienstag, 15.11.2016]."],
        "es": ["La votación es el [martes 15/11/2016]."], "fr": ["Le vote a lieu [mardi 15/11/2016]."], "it": ["Il voto è [martedì 15/11/2016]."],
        "nl": ["De stemming is op [dinsdag 15-11-2016]."], "pt": ["A votação é na [terça-feira, 15/11/2016]."]}),
    ("weekday day month", "2016-11-15", {"en": ["The vote is on [Tuesday, November 15]."], "de": ["Die Wahl ist am [Dienstag, dem 15. November]."],
        "es": ["La votación es el [martes 15 de noviembre]."], "fr": ["Le vote a lieu [mardi 15 novembre]."], "it": ["Il voto è [martedì 15 novembre]."],
        "nl": ["De stemming is op [dinsdag 15 november]."], "pt": ["A votação é na [terça-feira, 15 de novembro]."]}),
    # day of a relative month, month of a relative year, modified month names
    ("3rd of this month", "2016-11-03", {"en": ["It opened on [the 3rd of this month]."], "de": ["Es öffnete am [3. dieses Monats]."],
        "es": ["Abrió [el 3 de este mes]."], "fr": ["Il a ouvert [le 3 de ce mois]."], "it": ["Ha aperto [il 3 di questo mese]."],
        "nl": ["Het opende [de 3e van deze maand]."], "pt": ["Abriu [dia 3 deste mês]."]}),
    ("20th of last month", "2016-10-20", {"en": ["It opened on [the 20th of last month]."], "de": ["Es öffnete am [20. letzten Monats]."],
        "es": ["Abrió [el 20 del mes pasado]."], "fr": ["Il a ouvert [le 20 du mois dernier]."], "it": ["Ha aperto [il 20 del mese scorso]."],
        "nl": ["Het opende [de 20e van vorige maand]."], "pt": ["Abriu [dia 20 do mês passado]."]}),
    ("next november", "2017-11", {"en": ["Elections are held [next November]."], "de": ["Die Wahl ist [nächsten November]."],
        "es": ["Las elecciones son el [próximo noviembre]."], "fr": ["Les élections ont lieu en [novembre prochain]."],
        "it": ["Le elezioni sono il [prossimo novembre]."], "nl": ["De verkiezingen zijn [volgende november]."],
        "pt": ["As eleições são no [próximo novembro]."]}),
    ("last november", "2015-11", {"en": ["Elections were held [last November]."], "de": ["Die Wahl war [letzten November]."],
        "es": ["Las elecciones fueron el [pasado noviembre]."], "fr": ["Les élections ont eu lieu en [novembre dernier]."],
        "it": ["Le elezioni sono state lo [scorso novembre]."], "nl": ["De verkiezingen waren [vorige november]."],
        "pt": ["As eleições foram em [novembro passado]."]}),
    ("november of last year", "2015-11", {"en": ["Elections were held in [November of last year]."], "de": ["Die Wahl war im [November letzten Jahres]."],
        "es": ["Las elecciones fueron en [noviembre del año pasado]."], "fr": ["Les élections ont eu lieu en [novembre de l'année dernière]."],
        "it": ["Le elezioni sono state a [novembre dell'anno scorso]."], "nl": ["De verkiezingen waren in [november vorig jaar]."],
        "pt": ["As eleições foram em [novembro do ano passado]."]}),
    ("march next year", "2017-03", {"en": ["It opens in [March next year]."], "de": ["Es öffnet im [März nächsten Jahres]."],
        "es": ["Abrirá en [marzo del próximo año]."], "fr": ["Il ouvrira en [mars de l'année prochaine]."], "it": ["Aprirà a [marzo del prossimo anno]."],
        "nl": ["Het opent in [maart volgend jaar]."], "pt": ["Abrirá em [março do próximo ano]."]}),
    ("june this year", "2016-06", {"en": ["It opened in [June this year]."], "de": ["Es öffnete im [Juni dieses Jahres]."],
        "es": ["Abrió en [junio de este año]."], "fr": ["Il a ouvert en [juin de cette année]."], "it": ["Ha aperto a [giugno di quest'anno]."],
        "nl": ["Het opende in [juni dit jaar]."], "pt": ["Abriu em [junho deste ano]."]}),
    ("end of the year", "2016", {"en": ["It will close at the [end of the year]."], "de": ["Es schließt zum [Jahresende].", "Es schließt [Ende des Jahres]."],
        "es": ["Cerrará a [finales de año]."], "fr": ["Il fermera à la [fin de l'année]."], "it": ["Chiuderà alla [fine dell'anno]."],
        "nl": ["Het sluit [eind dit jaar]."], "pt": ["Fechará no [fim do ano]."]}),
    ("beginning of the month", "2016-11", {"en": ["It opened at the [beginning of the month]."], "de": ["Es öffnete zum [Monatsanfang].", "Es öffnete [Anfang des Monats]."],
        "es": ["Abrió a [principios de mes]."], "fr": ["Il a ouvert en [début de mois]."], "it": ["Ha aperto [all'inizio del mese]."],
        "nl": ["Het opende [begin deze maand]."], "pt": ["Abriu no [início do mês]."]}),
    # written dates in more forms
    ("15th of may", "2016-05-15", {"en": ["It opened on [May 15th].", "It opened on [15 May].", "It opened on [the 15th of May]."],
        "de": ["Es öffnete am [15. Mai].", "Es öffnete am [fünfzehnten Mai]."], "es": ["Abrió el [15 de mayo].", "Abrió el [quince de mayo]."],
        "fr": ["Il a ouvert le [15 mai].", "Il a ouvert le [quinze mai]."], "it": ["Ha aperto [il 15 maggio].", "Ha aperto [il quindici maggio]."],
        "nl": ["Het opende op [15 mei].", "Het opende op [vijftien mei]."], "pt": ["Abriu em [15 de maio].", "Abriu no [dia 15 de maio]."]}),
    ("14 november 2016", "2016-11-14", {"en": ["The vote is on [Nov. 14, 2016].", "The vote is on [14th November 2016].", "The vote is on [2016/11/14]."],
        "de": ["Die Wahl ist am [14. Nov. 2016].", "Die Wahl ist am [14.11.2016].", "Die Wahl ist am [2016-11-14]."],
        "es": ["La votación es el [14 de nov. de 2016].", "La votación es el [14-11-2016]."], "fr": ["Le vote a lieu le [14 nov. 2016].", "Le vote a lieu le [14.11.2016]."],
        "it": ["Il voto è [il 14 nov 2016].", "Il voto è [il 14.11.2016]."], "nl": ["De stemming is op [14 nov. 2016].", "De stemming is op [14/11/2016]."],
        "pt": ["A votação é em [14 de nov. de 2016].", "A votação é em [14-11-2016]."]}),
    ("monday the 14th", "2016-11-14", {"en": ["The vote is on [Monday, November 14]."], "de": ["Die Wahl ist am [Montag, den 14. November]."],
        "es": ["La votación es el [lunes 14 de noviembre]."], "fr": ["Le vote a lieu [lundi 14 novembre]."], "it": ["Il voto è [lunedì 14 novembre]."],
        "nl": ["De stemming is op [maandag 14 november]."], "pt": ["A votação é na [segunda-feira, 14 de novembro]."]}),
    ("in november 2015", "2015-11", {"en": ["It happened in [November 2015].", "It happened in [Nov 2015]."], "de": ["Es geschah im [November 2015]."],
        "es": ["Ocurrió en [noviembre de 2015].", "Ocurrió en [noviembre del 2015]."], "fr": ["C'est arrivé en [novembre 2015]."],
        "it": ["È successo nel [novembre 2015].", "È successo nel [novembre del 2015]."], "nl": ["Het gebeurde in [november 2015]."],
        "pt": ["Aconteceu em [novembro de 2015]."]}),
    ("year 2015", "2015", {"en": ["It happened in [2015]."], "de": ["Es geschah im [Jahr 2015].", "Es geschah [2015]."], "es": ["Ocurrió en [2015].", "Ocurrió en el [año 2015]."],
        "fr": ["C'est arrivé en [2015]."], "it": ["È successo nel [2015]."], "nl": ["Het gebeurde in [2015]."], "pt": ["Aconteceu em [2015]."]}),
    ("numeric short year", "2016-10-02", {"en": ["It began on [10/2/16]."], "de": ["Es begann am [2.10.16]."], "es": ["Empezó el [2/10/16]."],
        "fr": ["Cela a commencé le [2/10/16]."], "it": ["È iniziato [il 2/10/16]."], "nl": ["Het begon op [2-10-16]."], "pt": ["Começou em [2/10/16]."]}),
]

# ------------------------------------------------------------------ modifier x unit, systematically (news convention)
# One line per (modifier, unit): the forms a writer of the language uses, in a carrier sentence, span in [brackets].
# Modifiers: this 0; next, coming, following +1; last, past, previous -1.
SHIFT = {"this": 0, "next": 1, "coming": 1, "following": 1, "last": -1, "past": -1, "previous": -1}
UNIT_VALUE = {
    "week": lambda k: week(RT, k), "weekend": lambda k: week(RT, k) + "-WE", "month": lambda k: ym(RT, k),
    "quarter": lambda k: f"{2016 + (3 + k) // 4}-Q{(3 + k) % 4 + 1}", "year": lambda k: str(2016 + k), "decade": lambda k: f"{201 + k}X",
}
MOD_UNIT = {
    "en": """
this week | It rose [this week].
next week | It will rise [next week].
last week | It rose [last week].
coming week | It will rise in [the coming week].
past week | It rose [this past week].
previous week | It had risen [the previous week].
following week | It rose again [the following week].
this weekend | They meet [this weekend].
next weekend | They meet [next weekend].
last weekend | They met [last weekend].
this month | It rose [this month].
next month | It will rise [next month].
last month | It rose [last month].
coming month | It will rise in [the coming month].
previous month | It had risen [the previous month].
following month | It rose again [the following month].
this quarter | Profit rose [this quarter].
next quarter | Profit will rise [next quarter].
last quarter | Profit rose [last quarter].
previous quarter | Profit had risen [the previous quarter].
this year | It rose [this year].
next year | It will rise [next year].
last year | It rose [last year].
coming year | It will rise in [the coming year].
past year | It rose over [the past year].
previous year | It had risen [the previous year].
following year | It rose again [the following year].
this decade | It rose [this decade].
next decade | It will rise in [the next decade].
last decade | It rose in [the last decade].
""",
    "de": """
this week | Es stieg [diese Woche]. | Es stieg in [dieser Woche].
next week | Es steigt [nächste Woche]. | Es steigt in [der nächsten Woche].
last week | Es stieg [letzte Woche]. | Es stieg in [der letzten Woche].
coming week | Es steigt [kommende Woche]. | Es steigt in [der kommenden Woche].
past week | Es stieg [vergangene Woche]. | Es stieg in [der vergangenen Woche].
previous week | Es stieg [vorige Woche]. | Es war in [der Vorwoche] gestiegen.
following week | Es stieg in [der folgenden Woche] wieder.
this weekend | Sie treffen sich [dieses Wochenende]. | Sie treffen sich an [diesem Wochenende].
next weekend | Sie treffen sich [nächstes Wochenende]. | Sie treffen sich am [nächsten Wochenende].
last weekend | Sie trafen sich [letztes Wochenende]. | Sie trafen sich am [letzten Wochenende].
coming weekend | Sie treffen sich am [kommenden Wochenende].
past weekend | Sie trafen sich am [vergangenen Wochenende].
this month | Es stieg [diesen Monat]. | Es stieg in [diesem Monat].
next month | Es steigt [nächsten Monat]. | Es steigt im [nächsten Monat].
last month | Es stieg [letzten Monat]. | Es stieg im [letzten Monat].
coming month | Es steigt im [kommenden Monat].
past month | Es stieg im [vergangenen Monat].
previous month | Es war im [Vormonat] gestiegen. | Es stieg [vorigen Monat].
following month | Es stieg im [folgenden Monat] wieder.
this quarter | Der Gewinn stieg in [diesem Quartal].
next quarter | Der Gewinn steigt im [nächsten Quartal].
last quarter | Der Gewinn stieg im [letzten Quartal].
past quarter | Der Gewinn stieg im [vergangenen Quartal].
previous quarter | Der Gewinn war im [vorigen Quartal] gestiegen.
this year | Es stieg [dieses Jahr]. | Es stieg in [diesem Jahr].
next year | Es steigt [nächstes Jahr]. | Es steigt im [nächsten Jahr].
last year | Es stieg [letztes Jahr]. | Es stieg im [letzten Jahr].
coming year | Es steigt im [kommenden Jahr].
past year | Es stieg im [vergangenen Jahr].
previous year | Es war im [Vorjahr] gestiegen. | Es stieg [voriges Jahr].
following year | Es stieg im [folgenden Jahr] wieder.
this decade | Es stieg in [diesem Jahrzehnt].
next decade | Es steigt im [nächsten Jahrzehnt].
past decade | Es stieg im [vergangenen Jahrzehnt].
""",
    "es": """
this week | Subió [esta semana].
next week | Subirá [la próxima semana]. | Subirá [la semana próxima].
last week | Subió [la semana pasada].
coming week | Subirá [la semana que viene].
previous week | Había subido [la semana anterior].
following week | Volvió a subir [la semana siguiente].
this weekend | Se reúnen [este fin de semana].
next weekend | Se reúnen [el próximo fin de semana].
last weekend | Se reunieron [el fin de semana pasado]. | Se reunieron [el pasado fin de semana].
this month | Subió [este mes].
next month | Subirá [el próximo mes]. | Subirá [el mes próximo].
last month | Subió [el mes pasado].
coming month | Subirá [el mes que viene].
previous month | Había subido [el mes anterior].
following month | Volvió a subir [el mes siguiente].
this quarter | El beneficio subió [este trimestre].
next quarter | El beneficio subirá [el próximo trimestre].
last quarter | El beneficio subió [el trimestre pasado]. | El beneficio subió [el último trimestre].
previous quarter | El beneficio había subido [el trimestre anterior].
this year | Subió [este año].
next year | Subirá [el próximo año]. | Subirá [el año próximo].
last year | Subió [el año pasado].
coming year | Subirá [el año que viene].
previous year | Había subido [el año anterior].
following year | Volvió a subir [el año siguiente].
this decade | Subió [esta década].
next decade | Subirá en [la próxima década].
last decade | Subió en [la década pasada].
""",
    "fr": """
this week | Il a augmenté [cette semaine].
next week | Il augmentera [la semaine prochaine].
last week | Il a augmenté [la semaine dernière].
past week | Il a augmenté [la semaine passée].
previous week | Il avait augmenté [la semaine précédente].
following week | Il a encore augmenté [la semaine suivante].
this weekend | Ils se voient [ce week-end].
next weekend | Ils se voient [le week-end prochain].
last weekend | Ils se sont vus [le week-end dernier].
this month | Il a augmenté [ce mois-ci].
next month | Il augmentera [le mois prochain].
last month | Il a augmenté [le mois dernier].
past month | Il a augmenté [le mois passé].
previous month | Il avait augmenté [le mois précédent].
following month | Il a encore augmenté [le mois suivant].
this quarter | Le bénéfice a augmenté [ce trimestre].
next quarter | Le bénéfice augmentera [le trimestre prochain].
last quarter | Le bénéfice a augmenté [le trimestre dernier].
previous quarter | Le bénéfice avait augmenté [le trimestre précédent].
this year | Il a augmenté [cette année].
next year | Il augmentera [l'année prochaine]. | Il augmentera [l'an prochain].
last year | Il a augmenté [l'année dernière]. | Il a augmenté [l'an dernier].
past year | Il a augmenté [l'année passée].
previous year | Il avait augmenté [l'année précédente].
following year | Il a encore augmenté [l'année suivante].
this decade | Il a augmenté [cette décennie].
next decade | Il augmentera [la décennie prochaine].
last decade | Il a augmenté [la décennie dernière].
""",
    "it": """
this week | È salito [questa settimana].
next week | Salirà [la prossima settimana]. | Salirà [la settimana prossima].
last week | È salito [la settimana scorsa]. | È salito [la scorsa settimana].
previous week | Era salito [la settimana precedente].
following week | È salito ancora [la settimana successiva].
this weekend | Si vedono [questo fine settimana]. | Si vedono [questo weekend].
next weekend | Si vedono [il prossimo fine settimana]. | Si vedono [il prossimo weekend].
last weekend | Si sono visti [lo scorso fine settimana]. | Si sono visti [il fine settimana scorso].
this month | È salito [questo mese].
next month | Salirà [il prossimo mese]. | Salirà [il mese prossimo].
last month | È salito [il mese scorso]. | È salito [lo scorso mese].
previous month | Era salito [il mese precedente].
following month | È salito ancora [il mese successivo].
this quarter | L'utile è salito [questo trimestre].
next quarter | L'utile salirà [il prossimo trimestre].
last quarter | L'utile è salito [lo scorso trimestre]. | L'utile è salito [il trimestre scorso].
previous quarter | L'utile era salito [il trimestre precedente].
this year | È salito [quest'anno].
next year | Salirà [il prossimo anno]. | Salirà [l'anno prossimo].
last year | È salito [l'anno scorso]. | È salito [lo scorso anno].
previous year | Era salito [l'anno precedente].
following year | È salito ancora [l'anno successivo].
this decade | È salito [questo decennio].
next decade | Salirà [il prossimo decennio].
last decade | È salito [lo scorso decennio].
""",
    "nl": """
this week | Het steeg [deze week].
next week | Het stijgt [volgende week].
last week | Het steeg [vorige week].
coming week | Het stijgt [komende week]. | Het stijgt [de komende week].
past week | Het steeg [afgelopen week]. | Het steeg [de afgelopen week].
previous week | Het was [de week ervoor] gestegen.
following week | Het steeg [de week erna] opnieuw.
this weekend | Ze zien elkaar [dit weekend].
next weekend | Ze zien elkaar [volgend weekend].
last weekend | Ze zagen elkaar [vorig weekend].
coming weekend | Ze zien elkaar [komend weekend].
past weekend | Ze zagen elkaar [afgelopen weekend].
this month | Het steeg [deze maand].
next month | Het stijgt [volgende maand].
last month | Het steeg [vorige maand].
coming month | Het stijgt [komende maand].
past month | Het steeg [afgelopen maand].
this quarter | De winst steeg [dit kwartaal].
next quarter | De winst stijgt [volgend kwartaal].
last quarter | De winst steeg [vorig kwartaal].
past quarter | De winst steeg [afgelopen kwartaal].
this year | Het steeg [dit jaar].
next year | Het stijgt [volgend jaar].
last year | Het steeg [vorig jaar].
coming year | Het stijgt [komend jaar].
past year | Het steeg [afgelopen jaar].
previous year | Het was [het jaar ervoor] gestegen.
following year | Het steeg [het jaar erna] opnieuw.
this decade | Het steeg [dit decennium].
next decade | Het stijgt [het volgende decennium].
""",
    "pt": """
this week | Subiu [esta semana]. | Subiu [nesta semana].
next week | Vai subir na [próxima semana].
last week | Subiu na [semana passada].
coming week | Vai subir na [semana que vem].
previous week | Tinha subido na [semana anterior].
following week | Voltou a subir na [semana seguinte].
this weekend | Eles se encontram [este fim de semana]. | Eles se encontram [neste fim de semana].
next weekend | Eles se encontram no [próximo fim de semana].
last weekend | Eles se encontraram no [fim de semana passado]. | Eles se encontraram no [último fim de semana].
this month | Subiu [este mês]. | Subiu [neste mês].
next month | Vai subir no [próximo mês].
last month | Subiu no [mês passado].
coming month | Vai subir no [mês que vem].
previous month | Tinha subido no [mês anterior].
following month | Voltou a subir no [mês seguinte].
this quarter | O lucro subiu [neste trimestre].
next quarter | O lucro vai subir no [próximo trimestre].
last quarter | O lucro subiu no [trimestre passado].
previous quarter | O lucro tinha subido no [trimestre anterior].
this year | Subiu [este ano]. | Subiu [neste ano].
next year | Vai subir no [próximo ano].
last year | Subiu no [ano passado].
coming year | Vai subir no [ano que vem].
previous year | Tinha subido no [ano anterior].
following year | Voltou a subir no [ano seguinte].
this decade | Subiu [nesta década].
next decade | Vai subir [na próxima década].
last decade | Subiu [na década passada].
""",
}


def mod_unit_patterns():
    out = []
    for lang, table in MOD_UNIT.items():
        for line in table.strip().splitlines():
            key, *forms = [x.strip() for x in line.split("|")]
            mod, unit = key.split()
            out.append((f"mu {mod} {unit}", UNIT_VALUE[unit](SHIFT[mod]), {lang: forms}))
    return out


RT_PATTERNS += mod_unit_patterns()

# ------------------------------------------------------------------ edge x period (the edge word leaves the value alone)
EDGE_VALUE = {"may": "2016-05", "2017": "2017", "nextyear": "2017", "lastmonth": "2016-10", "thisweek": week(RT), "thismonth": "2016-11",
              "lastyear": "2015", "nextmonth": "2016-12"}
EDGES = {
    "en": """
early may | It opened in [early May]. | It opened at the [beginning of May].
mid may | It opened in [mid-May]. | It opened in the [middle of May].
late may | It opened in [late May]. | It opened at the [end of May].
early 2017 | It opens in [early 2017]. | It opens at the [start of 2017].
mid 2017 | It opens in [mid-2017]. | It opens in the [middle of 2017].
late 2017 | It opens in [late 2017]. | It opens at the [end of 2017].
early nextyear | It opens [early next year]. | It opens at the [beginning of next year].
late nextyear | It opens [late next year]. | It opens at the [end of next year].
early lastmonth | It closed [early last month]. | It closed at the [beginning of last month].
late lastmonth | It closed [late last month]. | It closed at the [end of last month].
late thismonth | It closes [later this month]. | It closes at the [end of this month].
early thisweek | It closed [earlier this week]. | It closed at the [beginning of this week].
late lastyear | It closed [late last year]. | It closed at the [end of last year].
""",
    "de": """
early may | Es öffnete [Anfang Mai].
mid may | Es öffnete [Mitte Mai].
late may | Es öffnete [Ende Mai].
early 2017 | Es öffnet [Anfang 2017].
mid 2017 | Es öffnet [Mitte 2017].
late 2017 | Es öffnet [Ende 2017].
early nextyear | Es öffnet [Anfang nächsten Jahres]. | Es öffnet [Anfang kommenden Jahres].
mid nextyear | Es öffnet [Mitte nächsten Jahres].
late nextyear | Es öffnet [Ende nächsten Jahres]. | Es öffnet [Ende kommenden Jahres].
early lastmonth | Es schloss [Anfang letzten Monats]. | Es schloss [Anfang vergangenen Monats].
late lastmonth | Es schloss [Ende letzten Monats]. | Es schloss [Ende vergangenen Monats].
late thismonth | Es schließt [Ende dieses Monats]. | Es schließt [Ende des Monats].
early thisweek | Es schloss [Anfang dieser Woche]. | Es schloss [Anfang der Woche].
late lastyear | Es schloss [Ende letzten Jahres]. | Es schloss [Ende vergangenen Jahres].
""",
    "es": """
early may | Abrió a [principios de mayo]. | Abrió a [comienzos de mayo].
mid may | Abrió a [mediados de mayo].
late may | Abrió a [finales de mayo]. | Abrió a [fines de mayo].
early 2017 | Abrirá a [principios de 2017].
mid 2017 | Abrirá a [mediados de 2017].
late 2017 | Abrirá a [finales de 2017].
early nextyear | Abrirá a [principios del próximo año]. | Abrirá a [principios del año que viene].
mid nextyear | Abrirá a [mediados del próximo año].
late nextyear | Abrirá a [finales del próximo año].
early lastmonth | Cerró a [principios del mes pasado].
late lastmonth | Cerró a [finales del mes pasado].
late thismonth | Cerrará a [finales de este mes].
early thisweek | Cerró a [principios de esta semana].
late lastyear | Cerró a [finales del año pasado].
""",
    "fr": """
early may | Il a ouvert [début mai]. | Il a ouvert au [début du mois de mai].
mid may | Il a ouvert [mi-mai]. | Il a ouvert à la [mi-mai].
late may | Il a ouvert [fin mai]. | Il a ouvert à la [fin du mois de mai].
early 2017 | Il ouvrira [début 2017]. | Il ouvrira au [début de l'année 2017].
mid 2017 | Il ouvrira [mi-2017].
late 2017 | Il ouvrira [fin 2017]. | Il ouvrira à la [fin de l'année 2017].
early nextyear | Il ouvrira au [début de l'année prochaine].
late nextyear | Il ouvrira à la [fin de l'année prochaine].
early lastmonth | Il a fermé [début du mois dernier]. | Il a fermé au [début du mois dernier].
late lastmonth | Il a fermé [fin du mois dernier]. | Il a fermé à la [fin du mois dernier].
late thismonth | Il fermera à la [fin de ce mois].
early thisweek | Il a fermé au [début de cette semaine].
late lastyear | Il a fermé [fin de l'année dernière]. | Il a fermé à la [fin de l'année dernière].
""",
    "it": """
early may | Ha aperto [all'inizio di maggio]. | Ha aperto a [inizio maggio].
mid may | Ha aperto a [metà maggio].
late may | Ha aperto a [fine maggio]. | Ha aperto alla [fine di maggio].
early 2017 | Aprirà [all'inizio del 2017]. | Aprirà a [inizio 2017].
mid 2017 | Aprirà a [metà 2017].
late 2017 | Aprirà alla [fine del 2017]. | Aprirà a [fine 2017].
early nextyear | Aprirà [all'inizio del prossimo anno]. | Aprirà [all'inizio dell'anno prossimo].
late nextyear | Aprirà alla [fine del prossimo anno]. | Aprirà alla [fine dell'anno prossimo].
early lastmonth | Ha chiuso [all'inizio del mese scorso].
late lastmonth | Ha chiuso alla [fine del mese scorso].
late thismonth | Chiuderà alla [fine di questo mese]. | Chiuderà a [fine mese].
early thisweek | Ha chiuso [all'inizio di questa settimana]. | Ha chiuso a [inizio settimana].
late lastyear | Ha chiuso alla [fine dell'anno scorso]. | Ha chiuso a [fine anno scorso].
""",
    "nl": """
early may | Het opende [begin mei]. | Het opende aan [het begin van mei].
mid may | Het opende [half mei]. | Het opende [medio mei]. | Het opende [halverwege mei].
late may | Het opende [eind mei]. | Het opende [eind van mei].
early 2017 | Het opent [begin 2017].
mid 2017 | Het opent [medio 2017]. | Het opent [halverwege 2017].
late 2017 | Het opent [eind 2017]. | Het opent [eind van 2017].
early nextyear | Het opent [begin volgend jaar]. | Het opent [begin komend jaar].
mid nextyear | Het opent [medio volgend jaar].
late nextyear | Het opent [eind volgend jaar]. | Het opent [eind komend jaar].
early lastmonth | Het sloot [begin vorige maand].
late lastmonth | Het sloot [eind vorige maand]. | Het sloot [eind afgelopen maand].
late thismonth | Het sluit [eind deze maand]. | Het sluit [later deze maand].
early thisweek | Het sloot [begin deze week]. | Het sloot [eerder deze week].
late lastyear | Het sloot [eind vorig jaar]. | Het sloot [eind vorig jaar].
""",
    "pt": """
early may | Abriu no [início de maio]. | Abriu no [começo de maio].
mid may | Abriu em [meados de maio].
late may | Abriu no [final de maio]. | Abriu no [fim de maio].
early 2017 | Abrirá no [início de 2017].
mid 2017 | Abrirá em [meados de 2017].
late 2017 | Abrirá no [final de 2017]. | Abrirá no [fim de 2017].
early nextyear | Abrirá no [início do próximo ano]. | Abrirá no [começo do ano que vem].
mid nextyear | Abrirá em [meados do próximo ano].
late nextyear | Abrirá no [final do próximo ano].
early lastmonth | Fechou no [início do mês passado].
late lastmonth | Fechou no [final do mês passado]. | Fechou no [fim do mês passado].
late thismonth | Fechará no [final deste mês].
early thisweek | Fechou no [início desta semana].
late lastyear | Fechou no [final do ano passado]. | Fechou no [fim do ano passado].
""",
}


def edge_patterns():
    out = []
    for lang, table in EDGES.items():
        for line in table.strip().splitlines():
            key, *forms = [x.strip() for x in line.split("|")]
            edge, target = key.split()
            out.append((f"edge {edge} {target}", EDGE_VALUE[target], {lang: list(dict.fromkeys(forms))}))
    return out


# ------------------------------------------------------------------ ordinal x weekday x month or year
# containers: May (this year's: it is before the DCT's month), May 2017, next month, this year
ORD_CONT = {"may": (2016, 5), "may2017": (2017, 5), "nextmonth": (2016, 12), "thisyear": None}
ORD_N = {"first": 1, "second": 2, "third": 3, "last": -1}
WD_PICK = {"first": (0, 4), "second": (1, 6), "third": (2, 5), "last": (4, 6)}   # Mon..Sun = 0..6
ORD_WORDS = {
    "en": {"ord": {"first": "first", "second": "second", "third": "third", "last": "last"},
           "wd": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
           "cont": {"may": "of May", "may2017": "of May 2017", "nextmonth": "of next month", "thisyear": "of this year"},
           "form": "It happens on [the {o} {w} {c}]."},
    "de": {"ord": {"first": "ersten", "second": "zweiten", "third": "dritten", "last": "letzten"},
           "wd": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           "cont": {"may": "im Mai", "may2017": "im Mai 2017", "nextmonth": "des nächsten Monats", "thisyear": "dieses Jahres"},
           "form": "Es passiert am [{o} {w} {c}]."},
    "es": {"ord": {"first": "primer", "second": "segundo", "third": "tercer", "last": "último"},
           "wd": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
           "cont": {"may": "de mayo", "may2017": "de mayo de 2017", "nextmonth": "del próximo mes", "thisyear": "de este año"},
           "form": "Ocurre [el {o} {w} {c}]."},
    "fr": {"ord": {"first": "premier", "second": "deuxième", "third": "troisième", "last": "dernier"},
           "wd": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           "cont": {"may": "de mai", "may2017": "de mai 2017", "nextmonth": "du mois prochain", "thisyear": "de cette année"},
           "form": "Cela arrive [le {o} {w} {c}]."},
    "it": {"ord": {"first": "primo", "second": "secondo", "third": "terzo", "last": "ultimo"},
           "ordf": {"first": "prima", "second": "seconda", "third": "terza", "last": "ultima"},
           "wd": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"], "fem": {6},
           "cont": {"may": "di maggio", "may2017": "di maggio 2017", "nextmonth": "del prossimo mese", "thisyear": "di quest'anno"},
           "form": "Succede [{a} {o} {w} {c}]."},
    "nl": {"ord": {"first": "eerste", "second": "tweede", "third": "derde", "last": "laatste"},
           "wd": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
           "cont": {"may": "van mei", "may2017": "van mei 2017", "nextmonth": "van volgende maand", "thisyear": "van dit jaar"},
           "form": "Het gebeurt op [de {o} {w} {c}]."},
    "pt": {"ord": {"first": "primeiro", "second": "segundo", "third": "terceiro", "last": "último"},
           "ordf": {"first": "primeira", "second": "segunda", "third": "terceira", "last": "última"},
           "wd": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"], "fem": {0, 1, 2, 3, 4},
           "cont": {"may": "de maio", "may2017": "de maio de 2017", "nextmonth": "do próximo mês", "thisyear": "deste ano"},
           "form": "Acontece {p} [{o} {w} {c}]."},
}


def ordinal_patterns():
    out = []
    for lang, t in ORD_WORDS.items():
        for o, n in ORD_N.items():
            for wd in WD_PICK[o]:
                for cont, ymv in ORD_CONT.items():
                    if ymv is None:
                        value = nth_wd(2016, 1 if n > 0 else 12, wd, n)
                    else:
                        value = nth_wd(ymv[0], ymv[1], wd, n)
                    fem = wd in t.get("fem", ())
                    ow = (t["ordf"] if fem else t["ord"])[o]
                    art = ("la" if fem else "il") if lang == "it" else ""
                    if lang == "it" and o == "last":
                        art, ow = "l'" + ow, ""
                    form = t["form"].format(o=ow, w=t["wd"][wd], c=t["cont"][cont], a=art, p="na" if fem else "no")
                    form = re.sub(r"  +", " ", form).replace("l' ", "l'")
                    out.append((f"ord {o} {wd} {cont}", value, {lang: [form]}))
    return out


RT_PATTERNS += edge_patterns() + ordinal_patterns()
# ------------------------------------------------------------------ since / until / before / after x date (the word stays in the span)
BOUND_VALUE = {"2015": "2015", "may2015": "2015-05", "3may2015": "2015-05-03", "lastyear": "2015", "nextmonth": "2016-12", "endyear": "2016"}
BOUNDS = {
    "en": """
since 2015 | Prices have risen [since 2015].
since may2015 | Prices have risen [since May 2015].
since 3may2015 | Prices have risen [since May 3, 2015].
since lastyear | Prices have risen [since last year].
until nextmonth | The offer runs [until next month].
until endyear | The offer runs [until the end of the year].
before 2015 | It was built [before 2015].
before may2015 | It was built [before May 2015].
after 3may2015 | It was built [after May 3, 2015].
by endyear | It will be built [by the end of the year].
""",
    "de": """
since 2015 | Die Preise steigen [seit 2015].
since may2015 | Die Preise steigen [seit Mai 2015].
since 3may2015 | Die Preise steigen [seit dem 3. Mai 2015].
since lastyear | Die Preise steigen [seit letztem Jahr].
until nextmonth | Das Angebot gilt [bis nächsten Monat].
until endyear | Das Angebot gilt [bis Ende des Jahres].
before 2015 | Es wurde [vor 2015] gebaut.
after 3may2015 | Es wurde [nach dem 3. Mai 2015] gebaut.
""",
    "es": """
since 2015 | Los precios suben [desde 2015].
since may2015 | Los precios suben [desde mayo de 2015].
since 3may2015 | Los precios suben [desde el 3 de mayo de 2015].
since lastyear | Los precios suben [desde el año pasado].
until nextmonth | La oferta dura [hasta el próximo mes].
until endyear | La oferta dura [hasta finales de año].
before 2015 | Se construyó [antes de 2015].
before may2015 | Se construyó [antes de mayo de 2015].
after 3may2015 | Se construyó [después del 3 de mayo de 2015].
""",
    "fr": """
since 2015 | Les prix augmentent [depuis 2015].
since may2015 | Les prix augmentent [depuis mai 2015].
since 3may2015 | Les prix augmentent depuis le [3 mai 2015].
since lastyear | Les prix augmentent [depuis l'année dernière].
until nextmonth | L'offre court [jusqu'au mois prochain].
until endyear | L'offre court [jusqu'à la fin de l'année].
before 2015 | Il a été construit [avant 2015].
before may2015 | Il a été construit [avant mai 2015].
after 3may2015 | Il a été construit après le [3 mai 2015].
by endyear | Il sera construit [d'ici la fin de l'année].
""",
    "it": """
since 2015 | I prezzi salgono [dal 2015].
since may2015 | I prezzi salgono [da maggio 2015].
since 3may2015 | I prezzi salgono [dal 3 maggio 2015].
since lastyear | I prezzi salgono [dall'anno scorso].
until nextmonth | L'offerta dura [fino al prossimo mese].
until endyear | L'offerta dura [fino alla fine dell'anno].
before 2015 | È stato costruito [prima del 2015].
before may2015 | È stato costruito [prima di maggio 2015].
after 3may2015 | È stato costruito [dopo il 3 maggio 2015].
by endyear | Sarà costruito [entro la fine dell'anno].
""",
    "nl": """
since 2015 | De prijzen stijgen [sinds 2015].
since may2015 | De prijzen stijgen [sinds mei 2015].
since 3may2015 | De prijzen stijgen [sinds 3 mei 2015].
since lastyear | De prijzen stijgen [sinds vorig jaar].
until nextmonth | Het aanbod loopt [tot volgende maand].
until endyear | Het aanbod loopt [tot het einde van het jaar].
before 2015 | Het werd [voor 2015] gebouwd.
after 3may2015 | Het werd [na 3 mei 2015] gebouwd.
by endyear | Het wordt [tegen het einde van het jaar] gebouwd.
""",
    "pt": """
since 2015 | Os preços sobem [desde 2015].
since may2015 | Os preços sobem [desde maio de 2015].
since 3may2015 | Os preços sobem [desde 3 de maio de 2015].
since lastyear | Os preços sobem [desde o ano passado].
until nextmonth | A oferta vale [até o próximo mês].
until endyear | A oferta vale [até o fim do ano].
before 2015 | Foi construído [antes de 2015].
before may2015 | Foi construído [antes de maio de 2015].
after 3may2015 | Foi construído [depois de 3 de maio de 2015].
""",
}


def bound_patterns():
    out = []
    for lang, table in BOUNDS.items():
        for line in table.strip().splitlines():
            key, *forms = [x.strip() for x in line.split("|")]
            word, target = key.split()
            out.append((f"bound {word} {target}", BOUND_VALUE[target], {lang: forms}))
    return out


RT_PATTERNS += bound_patterns()

# ------------------------------------------------------------------ day word x part of the day (the value is the day)
DAY_PART = {
    "en": ["He spoke [yesterday morning].|-1", "He spoke [yesterday evening].|-1",
           "He speaks [this evening].|0", "He speaks [tomorrow morning].|1", "He speaks [tomorrow evening].|1"],
    "de": ["Er sprach [vorgestern früh].|-2", "Er sprach [vorgestern Abend].|-2", "Er sprach [gestern Morgen].|-1", "Er sprach [gestern Abend].|-1",
           "Er spricht [heute Abend].|0", "Er spricht [morgen früh].|1", "Er spricht [morgen Abend].|1", "Er spricht [übermorgen früh].|2", "Er spricht [übermorgen Abend].|2"],
    "es": ["Habló [anteayer por la mañana].|-2", "Habló [ayer por la mañana].|-1", "Habló [ayer por la noche].|-1", "Habla [esta tarde].|0",
           "Hablará [mañana por la mañana].|1", "Hablará [mañana por la noche].|1", "Hablará [pasado mañana por la tarde].|2"],
    "fr": ["Il a parlé [avant-hier soir].|-2", "Il a parlé [hier matin].|-1", "Il a parlé [hier soir].|-1", "Il parle [ce soir].|0",
           "Il parlera [demain matin].|1", "Il parlera [demain soir].|1", "Il parlera [après-demain matin].|2"],
    "it": ["Ha parlato [l'altro ieri sera].|-2", "Ha parlato [ieri mattina].|-1", "Ha parlato [ieri sera].|-1", "Parla [stasera].|0",
           "Parlerà [domani mattina].|1", "Parlerà [domani sera].|1", "Parlerà [dopodomani mattina].|2"],
    "nl": ["Hij sprak [eergisteravond].|-2", "Hij sprak [gisterochtend].|-1", "Hij sprak [gisteravond].|-1", "Hij spreekt [vanavond].|0",
           "Hij spreekt [morgenochtend].|1", "Hij spreekt [morgenavond].|1", "Hij spreekt [overmorgenochtend].|2"],
    "pt": ["Ele falou [anteontem à noite].|-2", "Ele falou [ontem de manhã].|-1", "Ele falou [ontem à noite].|-1", "Ele fala [hoje à tarde].|0",
           "Ele falará [amanhã de manhã].|1", "Ele falará [amanhã à noite].|1", "Ele falará [depois de amanhã à tarde].|2"],
}
for _lang, _forms in DAY_PART.items():
    for _i, _f in enumerate(_forms):
        _form, _k = _f.split("|")
        RT_PATTERNS.append((f"daypart {_i}", days(RT, int(_k)), {_lang: [_form]}))

# ------------------------------------------------------------------ direction=future (DCT Tue 2013-02-12): day, month and year values only
DU_PATTERNS = [
    ("this month", "2013-02", {"en": ["this month"], "de": ["diesen monat"], "es": ["este mes"], "fr": ["ce mois-ci"], "it": ["questo mese"], "nl": ["deze maand"],
        "pt": ["este mês"], "da": ["denne måned"], "nb": ["denne måneden"], "sv": ["den här månaden"]}),
    ("next month", "2013-03", {"en": ["next month"], "de": ["nächsten monat"], "es": ["el próximo mes", "el mes que viene"], "fr": ["le mois prochain"],
        "it": ["il mese prossimo"], "nl": ["volgende maand"], "pt": ["o próximo mês", "mês que vem"], "da": ["næste måned"], "nb": ["neste måned"], "sv": ["nästa månad"]}),
    ("last month", "2013-01", {"en": ["last month"], "de": ["letzten monat"], "es": ["el mes pasado"], "fr": ["le mois dernier"], "it": ["il mese scorso"],
        "nl": ["vorige maand"], "pt": ["o mês passado"], "da": ["sidste måned"], "nb": ["forrige måned"], "sv": ["förra månaden"]}),
    ("this year", "2013", {"en": ["this year"], "de": ["dieses jahr"], "es": ["este año"], "fr": ["cette année"], "it": ["quest'anno"], "nl": ["dit jaar"],
        "pt": ["este ano"], "da": ["i år"], "nb": ["i år"], "sv": ["i år"]}),
    ("last year", "2012", {"en": ["last year"], "de": ["letztes jahr"], "es": ["el año pasado"], "fr": ["l'année dernière"], "it": ["l'anno scorso"],
        "nl": ["vorig jaar"], "pt": ["o ano passado"], "da": ["sidste år"], "nb": ["i fjor"], "sv": ["i fjol"]}),
    ("next year", "2014", {"en": ["next year"], "de": ["nächstes jahr"], "es": ["el año que viene"], "fr": ["l'année prochaine"], "it": ["l'anno prossimo"],
        "nl": ["volgend jaar"], "pt": ["o ano que vem"], "da": ["næste år"], "nb": ["neste år"], "sv": ["nästa år"]}),
    ("day after tomorrow", days(DU, 2), {"en": ["the day after tomorrow"], "de": ["übermorgen"], "es": ["pasado mañana"], "fr": ["après-demain"],
        "it": ["dopodomani"], "nl": ["overmorgen"], "pt": ["depois de amanhã"], "da": ["i overmorgen"], "nb": ["i overmorgen"], "sv": ["i övermorgon"]}),
    ("day before yesterday", days(DU, -2), {"en": ["the day before yesterday"], "de": ["vorgestern"], "es": ["anteayer"], "fr": ["avant-hier"],
        "it": ["l'altro ieri"], "nl": ["eergisteren"], "pt": ["anteontem"], "da": ["i forgårs"], "nb": ["i forgårs"], "sv": ["i förrgår"]}),
    ("in 3 days", days(DU, 3), {"en": ["in 3 days"], "de": ["in 3 tagen"], "es": ["en 3 días"], "fr": ["dans 3 jours"], "it": ["tra 3 giorni"],
        "nl": ["over 3 dagen"], "pt": ["em 3 dias"], "da": ["om 3 dage"], "nb": ["om 3 dager"], "sv": ["om 3 dagar"]}),
    ("5 days ago", days(DU, -5), {"en": ["5 days ago"], "de": ["vor 5 tagen"], "es": ["hace 5 días"], "fr": ["il y a 5 jours"], "it": ["5 giorni fa"],
        "nl": ["5 dagen geleden"], "pt": ["há 5 dias"], "da": ["5 dage siden"], "nb": ["5 dager siden"], "sv": ["5 dagar sedan"]}),
    ("in a week", days(DU, 7), {"en": ["in a week"], "de": ["in einer woche"], "es": ["en una semana"], "fr": ["dans une semaine"], "it": ["tra una settimana"],
        "nl": ["over een week"], "pt": ["em uma semana"], "da": ["om en uge"], "nb": ["om en uke"], "sv": ["om en vecka"]}),
    ("wednesday next week", days(DU, 8), {"en": ["wednesday of next week"], "de": ["mittwoch nächster woche"], "es": ["el miércoles de la próxima semana"],
        "fr": ["mercredi de la semaine prochaine"], "it": ["mercoledì della prossima settimana"], "nl": ["volgende week woensdag"],
        "pt": ["quarta-feira da próxima semana"], "da": ["onsdag i næste uge"], "nb": ["onsdag neste uke"], "sv": ["onsdag nästa vecka"]}),
    ("first monday of march", "2013-03-04", {"en": ["the first monday of march"], "de": ["erster montag im märz"], "es": ["el primer lunes de marzo"],
        "fr": ["le premier lundi de mars"], "it": ["il primo lunedì di marzo"], "nl": ["de eerste maandag van maart"], "pt": ["a primeira segunda-feira de março"],
        "da": ["første mandag i marts"], "nb": ["første mandag i mars"], "sv": ["första måndagen i mars"]}),
    ("last day of march", "2013-03-31", {"en": ["the last day of march"], "de": ["letzter tag im märz"], "es": ["el último día de marzo"],
        "fr": ["le dernier jour de mars"], "it": ["l'ultimo giorno di marzo"], "nl": ["de laatste dag van maart"], "pt": ["o último dia de março"],
        "da": ["sidste dag i marts"], "nb": ["siste dag i mars"], "sv": ["sista dagen i mars"]}),
    ("third of march", "2013-03-03", {"en": ["the third of march"], "de": ["dritter märz"], "es": ["el tres de marzo"], "fr": ["le trois mars"],
        "it": ["il tre marzo"], "nl": ["drie maart"], "pt": ["três de março"], "da": ["tredje marts"], "nb": ["tredje mars"], "sv": ["tredje mars"]}),
    ("twenty-first of march", "2013-03-21", {"en": ["the twenty-first of march"], "de": ["einundzwanzigster märz"], "es": ["el veintiuno de marzo"],
        "fr": ["le vingt et un mars"], "it": ["il ventuno marzo"], "nl": ["eenentwintig maart"], "pt": ["vinte e um de março"],
        "da": ["enogtyvende marts"], "nb": ["tjueførste mars"], "sv": ["tjugoförsta mars"]}),
    ("1st of next month", "2013-03-01", {"en": ["the 1st of next month"], "de": ["am 1. nächsten monats"], "es": ["el 1 del próximo mes"],
        "fr": ["le 1er du mois prochain"], "it": ["il 1 del prossimo mese"], "nl": ["de 1e van volgende maand"], "pt": ["dia 1 do próximo mês"],
        "da": ["den 1. i næste måned"], "nb": ["den 1. neste måned"], "sv": ["den 1:a nästa månad"]}),
    # counted from a named day the day stays (English and the languages that say it with "from" + the day word);
    # the Scandinavian "fra i dag" and French "à partir d'aujourd'hui" read as "from now" (month precision), as da dev shows
    ("3 years from today", "2016-02-12", {"en": ["3 years from today"], "de": ["3 jahre ab heute"], "es": ["3 años a partir de hoy"],
        "it": ["3 anni da oggi"], "nl": ["3 jaar vanaf vandaag"], "pt": ["3 anos a partir de hoje"]}),
    ("3 years from now", "2016-02", {"fr": ["3 ans à partir d'aujourd'hui"], "da": ["3 år fra i dag"], "nb": ["3 år fra i dag"], "sv": ["3 år från idag"]}),
    ("2 years hence", "2015-02", {"en": ["two years hence", "in two years"], "de": ["in zwei jahren"], "es": ["dentro de dos años"], "fr": ["dans deux ans"],
        "it": ["fra due anni"], "nl": ["over twee jaar"], "pt": ["daqui a dois anos"], "da": ["om to år"], "nb": ["om to år"], "sv": ["om två år"]}),
    ("2 days from tomorrow", days(DU, 3), {"en": ["2 days from tomorrow"], "de": ["2 tage ab morgen"], "es": ["2 días a partir de mañana"],
        "fr": ["2 jours à partir de demain"], "it": ["2 giorni da domani"], "nl": ["2 dagen vanaf morgen"], "pt": ["2 dias a partir de amanhã"],
        "da": ["2 dage fra i morgen"], "nb": ["2 dager fra i morgen"], "sv": ["2 dagar från i morgon"]}),
    ("the 15th of next month", "2013-03-15", {"en": ["the 15th of next month"], "de": ["am 15. nächsten monats"], "es": ["el 15 del mes que viene"],
        "fr": ["le 15 du mois prochain"], "it": ["il 15 del mese prossimo"], "nl": ["de 15e van volgende maand"], "pt": ["dia 15 do mês que vem"],
        "da": ["den 15. i næste måned"], "nb": ["den 15. neste måned"], "sv": ["den 15:e nästa månad"]}),
    ("march next year", "2014-03", {"en": ["march next year"], "de": ["märz nächsten jahres"], "es": ["marzo del próximo año"],
        "fr": ["mars de l'année prochaine"], "it": ["marzo del prossimo anno"], "nl": ["maart volgend jaar"], "pt": ["março do próximo ano"],
        "da": ["marts næste år"], "nb": ["mars neste år"], "sv": ["mars nästa år"]}),
    ("last day of next month", "2013-03-31", {"en": ["the last day of next month"], "de": ["letzter tag des nächsten monats"],
        "es": ["el último día del próximo mes"], "fr": ["le dernier jour du mois prochain"], "it": ["l'ultimo giorno del prossimo mese"],
        "nl": ["de laatste dag van volgende maand"], "pt": ["o último dia do próximo mês"], "da": ["sidste dag i næste måned"],
        "nb": ["siste dag neste måned"], "sv": ["sista dagen nästa månad"]}),
    ("friday after next", days(DU, 10), {"en": ["friday after next"], "de": ["übernächsten freitag"], "nl": ["overvolgende vrijdag"]}),
    ("monday this week", "2013-02-11", {"en": ["monday of this week"], "de": ["montag dieser woche"], "es": ["el lunes de esta semana"],
        "fr": ["lundi de cette semaine"], "it": ["lunedì di questa settimana"], "nl": ["maandag van deze week"], "pt": ["segunda-feira desta semana"],
        "da": ["mandag i denne uge"], "nb": ["mandag denne uken"], "sv": ["måndag den här veckan"]}),
    ("thursday last week", "2013-02-07", {"en": ["thursday of last week", "last week thursday"], "de": ["donnerstag letzter woche", "letzte woche donnerstag"],
        "es": ["el jueves de la semana pasada"], "fr": ["jeudi de la semaine dernière"], "it": ["giovedì della settimana scorsa"],
        "nl": ["vorige week donderdag", "donderdag van vorige week"], "pt": ["quinta-feira da semana passada"], "da": ["torsdag i sidste uge"],
        "nb": ["torsdag forrige uke"], "sv": ["torsdag förra veckan"]}),
    ("the day after tomorrow evening", days(DU, 2), {"en": ["the day after tomorrow"], "de": ["übermorgen"], "nl": ["overmorgen"]}),
    ("friday 15 march 2013", "2013-03-15", {"en": ["friday, march 15th, 2013", "fri, 15 mar 2013"], "de": ["freitag, den 15. märz 2013", "fr, 15.03.2013"],
        "es": ["viernes, 15 de marzo de 2013", "vie 15/03/2013"], "fr": ["vendredi 15 mars 2013", "ven. 15/03/2013"], "it": ["venerdì 15 marzo 2013", "ven 15/03/2013"],
        "nl": ["vrijdag 15 maart 2013", "vr 15-03-2013"], "pt": ["sexta-feira, 15 de março de 2013", "sex, 15/03/2013"], "da": ["fredag den 15. marts 2013", "fre. 15.03.2013"],
        "nb": ["fredag 15. mars 2013", "fre. 15.03.2013"], "sv": ["fredag 15 mars 2013", "fre 15/03/2013"]}),
    ("march 15", "2013-03-15", {"en": ["march 15", "the 15th of march", "15/3"], "de": ["15. märz", "15.3."], "es": ["15 de marzo", "15/3"],
        "fr": ["15 mars", "le 15/3"], "it": ["15 marzo", "il 15/3"], "nl": ["15 maart", "15-3"], "pt": ["15 de março", "15/3"],
        "da": ["15. marts", "15/3"], "nb": ["15. mars", "15.3."], "sv": ["15 mars", "15/3"]}),
    ("january (next)", "2014-01", {"en": ["january", "in january"], "de": ["januar", "im januar"], "es": ["enero", "en enero"], "fr": ["janvier", "en janvier"],
        "it": ["gennaio", "a gennaio"], "nl": ["januari", "in januari"], "pt": ["janeiro", "em janeiro"], "da": ["januar", "i januar"], "nb": ["januar", "i januar"],
        "sv": ["januari", "i januari"]}),
    ("first monday in the month", "2013-02-04", {"en": ["first monday in the month", "the first monday of the month"], "de": ["erster montag im monat"],
        "es": ["el primer lunes del mes"], "fr": ["le premier lundi du mois"], "it": ["il primo lunedì del mese"], "nl": ["de eerste maandag van de maand"],
        "pt": ["a primeira segunda-feira do mês"], "da": ["første mandag i måneden"], "nb": ["første mandag i måneden"], "sv": ["första måndagen i månaden"]}),
    ("friday after next 2", days(DU, 10), {"de": ["freitag nach dem nächsten"], "en": ["the friday after next"]}),
    ("last month of 2014", "2014-12", {"en": ["the last month of 2014"], "es": ["el último mes de 2014"], "fr": ["le dernier mois de 2014"],
        "it": ["l'ultimo mese del 2014"], "nl": ["de laatste maand van 2014"], "pt": ["último mês de 2014", "o último mês de 2014"],
        "da": ["sidste måned i 2014"], "nb": ["siste måned i 2014"]}),
    ("first month of 2014", "2014-01", {"en": ["the first month of 2014"], "es": ["el primer mes de 2014"], "fr": ["le premier mois de 2014"],
        "it": ["il primo mese del 2014"], "nl": ["de eerste maand van 2014"], "pt": ["primeiro mês de 2014", "primeiro mês 2014"],
        "da": ["første måned i 2014"], "nb": ["første måned i 2014"]}),
    ("next year june", "2014-06", {"nl": ["volgend jaar juni"], "en": ["june next year"], "de": ["juni nächsten jahres"]}),
    ("1st tuesday of the month of october", "2013-10-01", {"it": ["1° martedì del mese di ottobre"], "fr": ["le premier mardi du mois d'octobre"],
        "es": ["el primer martes del mes de octubre"], "pt": ["a primeira terça-feira do mês de outubro"]}),
    # civic and church days named by rule (the next occurrence)
    ("election day", "2013-11-05", {"en": ["election day"]}),
    ("presidents day", "2013-02-18", {"en": ["presidents' day", "washington's birthday"]}),
    ("columbus day", "2013-10-14", {"en": ["columbus day"]}),
    ("veterans day", "2013-11-11", {"en": ["veterans day"]}),
    ("april fools", "2013-04-01", {"en": ["april fools' day"]}),
    ("st patrick's day", "2013-03-17", {"en": ["st. patrick's day"]}),
    ("mlk day", "2014-01-20", {"en": ["martin luther king jr. day", "mlk jr. day"]}),
    ("first advent", "2013-12-01", {"en": ["first sunday of advent"], "de": ["erster advent"]}),
    ("cyber monday", "2013-12-02", {"en": ["cyber monday"]}),
    ("buss- und bettag", "2013-11-20", {"de": ["buß- und bettag"]}),
    ("totensonntag", "2013-11-24", {"de": ["totensonntag"]}),
    ("volkstrauertag", "2013-11-17", {"de": ["volkstrauertag"]}),
    ("weltfrauentag", "2013-03-08", {"de": ["weltfrauentag"], "en": ["international women's day"]}),
    ("upcoming two days", days(DU, 2), {"en": ["upcoming two days", "the upcoming 2 days"]}),
    ("upcoming three months", "2013-05", {"en": ["upcoming three months"]}),
    ("wednesday 20 february", "2013-02-20", {"en": ["wednesday, february 20"], "de": ["mittwoch, 20. februar"], "es": ["miércoles 20 de febrero"],
        "fr": ["mercredi 20 février"], "it": ["mercoledì 20 febbraio"], "nl": ["woensdag 20 februari"], "pt": ["quarta-feira, 20 de fevereiro"],
        "da": ["onsdag den 20. februar"], "nb": ["onsdag 20. februar"], "sv": ["onsdag den 20 februari"]}),
    ("in 2 months", "2013-04-12", {"en": ["in 2 months"], "de": ["in 2 monaten"], "es": ["en 2 meses"], "fr": ["dans 2 mois"], "it": ["tra 2 mesi"],
        "nl": ["over 2 maanden"], "pt": ["em 2 meses"], "da": ["om 2 måneder"], "nb": ["om 2 måneder"], "sv": ["om 2 månader"]}),
]


# Polish and Arabic news text (see transfer_cases.py): edges, quarters, halves, centuries, units with modifiers
RT_PATTERNS += [
    ("pl beginning of the year", "2016", {"pl": ["Most otwarto na [początku roku].", "Most otwarto na [początku tego roku]."]}),
    ("pl middle of 2017", "2017", {"pl": ["Most otworzą w [połowie 2017 roku].", "Most otworzą w [połowie 2017]."]}),
    ("pl end of the year", "2016", {"pl": ["Most otworzą pod [koniec roku].", "Most otworzą pod [koniec tego roku]."]}),
    ("pl end of may", "2016-05", {"pl": ["Most otwarto pod [koniec maja]."]}),
    ("pl beginning of may 2015", "2015-05", {"pl": ["Most otwarto na [początku maja 2015 roku]."]}),
    ("pl end of next year", "2017", {"pl": ["Most otworzą pod [koniec przyszłego roku]."]}),
    ("pl end of last month", ym(RT, -1), {"pl": ["Most otwarto pod [koniec ubiegłego miesiąca]."]}),
    ("pl first quarter", "2016-Q1", {"pl": ["Sprzedaż wzrosła w [pierwszym kwartale]."]}),
    ("pl third quarter 2015", "2015-Q3", {"pl": ["Sprzedaż wzrosła w [trzecim kwartale 2015 roku].", "Sprzedaż wzrosła w [III kwartale 2015 r.]"]}),
    ("pl q1 2017", "2017-Q1", {"pl": ["Sprzedaż wzrośnie w [pierwszym kwartale 2017 roku].", "Sprzedaż wzrośnie w [I kwartale 2017 roku]."]}),
    ("pl first half of 2017", "2017-H1", {"pl": ["Most otworzą w [pierwszej połowie 2017].", "Most otworzą w [pierwszej połowie 2017 roku]."]}),
    ("pl second half of next year", "2017-H2", {"pl": ["Most otworzą w [drugiej połowie przyszłego roku]."]}),
    ("pl next quarter", "2017-Q1", {"pl": ["Wyniki poznamy w [przyszłym kwartale]."]}),
    ("pl last quarter", "2016-Q3", {"pl": ["Zysk spadł w [ubiegłym kwartale]."]}),
    ("pl next decade", "202X", {"pl": ["Most powstanie w [przyszłej dekadzie]."]}),
    ("pl last weekend", week(RT, -1) + "-WE", {"pl": ["Targi otwarto w [ostatni weekend]."]}),
    ("pl 21st century", "20XX", {"pl": ["To pierwsza taka wojna w [XXI wieku]."]}),
    ("pl 20th century words", "19XX", {"pl": ["To największa wojna [dwudziestego wieku]."]}),
    ("pl until", "2017-06", {"pl": ["Most będzie zamknięty [do czerwca 2017 roku]."]}),
    ("pl first monday of december", nth_wd(2015, 12, 0, 1), {"pl": ["Most otwarto w [pierwszy poniedziałek grudnia 2015]."]}),
    ("ar beginning of the year", "2016", {"ar": ["افتتح الجسر [مطلع العام].", "افتتح الجسر في [مطلع العام] الحالي."[:0] or "افتتح الجسر في [بداية العام]."]}),
    ("ar middle of 2017", "2017", {"ar": ["يفتتح الجسر [منتصف 2017].", "يفتتح الجسر في [منتصف عام 2017]."]}),
    ("ar end of the month", "2016-11", {"ar": ["يفتتح الجسر [نهاية الشهر].", "يفتتح الجسر في [نهاية الشهر] الجاري."[:0] or "يفتتح الجسر في [أواخر الشهر]."]}),
    ("ar end of the year", "2016", {"ar": ["يفتتح الجسر [نهاية العام]."]}),
    ("ar end of may 2015", "2015-05", {"ar": ["افتتح الجسر [نهاية مايو 2015]."]}),
    ("ar beginning of next year", "2017", {"ar": ["يفتتح الجسر [مطلع العام المقبل]."]}),
    ("ar first quarter", "2016-Q1", {"ar": ["ارتفعت المبيعات في [الربع الأول]."]}),
    ("ar first quarter 2017", "2017-Q1", {"ar": ["ترتفع المبيعات في [الربع الأول من 2017].", "ترتفع المبيعات في [الربع الأول من عام 2017]."]}),
    ("ar third quarter", "2016-Q3", {"ar": ["ارتفعت المبيعات في [الربع الثالث]."]}),
    ("ar first half of 2017", "2017-H1", {"ar": ["يفتتح الجسر في [النصف الأول من 2017]."]}),
    ("ar 21st century", "20XX", {"ar": ["هي أكبر حرب في [القرن الحادي والعشرين].", "هي أكبر حرب في [القرن 21]."]}),
    ("ar 20th century", "19XX", {"ar": ["هي أكبر حرب في [القرن العشرين]."]}),
    ("ar next decade", "202X", {"ar": ["يبنى الجسر في [العقد المقبل]."]}),
    ("ar last weekend", week(RT, -1) + "-WE", {"ar": ["افتتح المعرض [عطلة نهاية الأسبوع الماضي]."]}),
    ("ar next year", "2017", {"ar": ["يفتتح الجسر [العام المقبل].", "يفتتح الجسر في [العام القادم]."]}),
    ("ar last month", ym(RT, -1), {"ar": ["افتتح الجسر [الشهر الماضي]."]}),
    ("ar until", "2017-06", {"ar": ["يبقى الجسر مغلقا [حتى يونيو 2017]."]}),
]

# Cases the stage does not pass yet (family, lang, pattern): listed by `run`, left out of the test fixture.
KNOWN = set()


def cases():
    out = []
    for fam, pats, dct in (("rt", RT_PATTERNS, RT), ("du", DU_PATTERNS, DU)):
        for name, value, forms in pats:
            for lang, fl in forms.items():
                for i, form in enumerate(fl):
                    # several [spans] take a list of values, one each
                    spans = re.findall(r"\[(.+?)\]", form) or [form]
                    values = value if isinstance(value, list) else [value]
                    text = form.replace("[", "").replace("]", "")
                    out.append({"id": f"pe-{fam}-{lang}-{re.sub(r'[^a-z0-9]+', '_', name)}-{i}", "family": fam, "lang": lang,
                                "dct": dct.isoformat(), "direction": "future" if fam == "du" else "past",
                                "pattern": name, "text": text, "expect": [[sp, v, "date"] for sp, v in zip(spans, values)]})
    return out


def main():
    caseset.main(cases(), "dates_period.jsonl", known=lambda c: (c["family"], c["lang"], c["pattern"]) in KNOWN)


if __name__ == "__main__":
    main()
