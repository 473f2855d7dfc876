#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Dutch and Portuguese sentences in the styles of requests to a digital assistant, for the `dates` stage: new
sentences (about two thirds Dutch) with new dates, written in each kind of sentence such requests come in rather than
in news prose. Families (the `pattern` starts with the letter):

  a  "I go back ..." requests                    "Ik ga [5e feb 2019] terug", "Eu voltarei [em 3 semanas]"
  b  calendar commands                           "Zet dit overleg in mijn agenda op [woensdag 8 juni]."
  c  questions about sales, data and files       "Laat me de omzet zien van [na 2012] en [voor 2016]"
  d  booking requests                            "Kan ik een kamer boeken voor de [12e van juni] voor [3 nachten]?"
  e  chat lines and greetings                    "Fijne week verder!", "me manda o relatório pra [quinta-feira]."
  f  lists of words                              "[vr], [morgen], [gisteren], [2015]", "[sáb] [ontem] [amanhã] [2017]"
  g  English word order carried over             "Ik ging in [2015 juni] terug", "op [maart de tiende tweeduizend en achttien]"
  h  typos, missing accents and doubled words    "Wat is de de omzet van [maart 2016]", "pra [amanha]", "[tres semanas atras]"
  i  durations after "for"                       "Ik vertrek voor [2,5 jaar]", "Ik vertrek voor [paar dagen]"
  j  comparisons of durations                    "[meer dan 2 weken]", "[korter dan 45 minuten]", "[mais de 3 dias]"
  k  open ranges and bounds                      "[na 2013]", "[sinds 2014]", "vanaf [maart]", "[2019 of later]", "[desde 2010]"
  l  edges of a period                           "[eerder deze week]", "[tegen het eind van volgende maand]", "no [início deste mês]"
  m  days counted from named days                "[drie dagen na morgen]", "[2 weken vanaf vrijdag]", "[três dias depois de hoje]"
  n  questions about when                        "Waar was je op [vorige donderdag]?", "Wanneer was de [laatste Pinksteren]"
  o  numeric and abbreviated dates               "Ik zal [14-oktober-2021] teruggaan", "Eu voltarei [2019/14/out]."
  p  no date: codes, phone numbers, counts, prices, words that look like weekdays

Conventions: Plugins/Dates/README.md ("Default", "Requests and chat", "Span shapes" and "Request styles"): news
convention, DCT Monday 2016-11-07 (Tue 1, Wed 2, Thu 3, Fri 4, Sat 5, Sun 6 November). Every span and value below was
decided from those conventions before the stage was run on the sentences.

  rtstyle_cases.py run NLPSH [--show] [--lang L]   runs the stage, prints pass rates per family x language
  rtstyle_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_rtstyle.jsonl
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402
from transfer_cases import RT, DU  # noqa: E402

W = caseset.Written("rs", RT, DU)
r = W.rt

# a  "I go back ..." requests
r("a ordinal abbreviated month year", "nl", "Ik ga [5e feb 2019] terug", "2019-02-05")
r("a ordinal abbreviated month year", "nl", "Ik ga [17e sep 2018] terug.", "2018-09-17")
r("a day slash month word", "nl", "Ik ga [14/sep] terug", "2016-09-14")
r("a ordinal word of month", "nl", "Ik ga de [derde van maart] terug", "2016-03-03")
r("a relative day", "nl", "Ik ga [overmorgen] terug", "2016-11-09")
r("a relative day", "nl", "Ik ga [eergisteren] terug", "2016-11-05")
r("a weekday after op", "nl", "Ik ga op [donderdag] terug", "2016-11-03")
r("a coming month", "nl", "Ik ben [aanstaande juni] weg", "2017-06")
r("a this month", "nl", "Ik ben [deze maart] weg", "2016-03")
r("a since coming month", "nl", "Ik ben [sinds aanstaande mei] weg", "2017-05")
r("a ordinal of next month", "nl", "Ik ga [8 ste van de volgende maand] terug", "2016-12-08")
r("a ordinal of month year", "nl", "Ik kom [3e maart van 2015] terug", "2015-03-03")
r("a in weeks", "pt", "Eu voltarei [em 3 semanas]", "2016-11-28")
r("a day word", "pt", "vamos nos encontrar [dia 20]", "2016-10-20")
r("a weekday full date", "pt", "Voltarei na [quarta-feira 14 de março de 2018]", "2018-03-14")
r("a weekday numeric date", "pt", "Voltarei na [quarta-feira 14/03/2018]", "2018-03-14")
r("a day month year words", "pt", "O congresso vai acontecer em [5 de março de dois mil e dezoito].", "2018-03-05")
r("a two digit year", "pt", "A revolução começou em [25 de abril de 74].", "1974-04-25")
# b  calendar commands
r("b weekday day month", "nl", "Zet dit overleg in mijn agenda op [woensdag 8 juni]. Nodig Piet ook uit.", "2016-06-08")
r("b duration and weekday day month", "nl",
  "Laten we [2 uur] vastleggen op [dinsdag 22 maart] om de plannen te bespreken.", "PT2H", "2016-03-22")
r("b twice counted offset", "nl",
  "Anna en ik willen overleggen [over drie weken], dus plan alsjeblieft een gesprek [over drie weken].",
  "2016-11-28", "2016-11-28")
r("b weekday numeric", "nl", "Kun je een tijdstip vinden op [donderdag 17-3]", "2016-03-17")
r("b today", "nl", "Je krijgt [vandaag] een uitnodiging met een voorstel van mij.", "2016-11-07")
r("b coming weekday", "nl", "Zet de tandarts in mijn agenda voor [aanstaande woensdag].", "2016-11-09")
r("b month year", "nl", "Plan een etentje met het team in [mei 2017]", "2017-05")
r("b weekday", "pt", "Marque uma reunião com a Ana na [quinta-feira].", "2016-11-03")
r("b next week", "pt", "Coloque o almoço com o Pedro na minha agenda na [próxima semana].", "2016-W46")
r("b day month", "pt", "Agende a consulta para [12 de dezembro], por favor.", "2016-12-12")
# c  questions about sales, data and files
r("c bounds and a year", "nl", "Laat me de omzet zien van [na 2012] en [voor 2016] of [voor 2005], maar niet [2009]",
  "2012", "2016", "2005", "2009")
r("c year word", "nl", "Laat me de omzet zien in het [jaar 2011]", "2011")
r("c last month", "nl", "Laat me de verkoop zien van [vorige maand]", "2016-10")
r("c whole month", "nl", "Toon omzet [hele maand]", "P1M")
r("c since year", "nl", "Laat me de cijfers zien [sinds 2014]", "2014")
r("c last year", "nl", "Hoeveel hebben we [vorig jaar] verkocht?", "2015")
r("c quarter", "nl", "Laat me de verkoop zien van [het derde kwartaal van 2015]", "2015-Q3")
r("c after year", "pt", "Mostre-me as vendas [depois de 2012] e [antes de 2015]", "2012", "2015")
r("c since year", "pt", "Mostre os dados [desde 2010]", "2010")
r("c year word", "pt", "Mostre-me as vendas do [ano 2009]", "2009")
r("c last month", "pt", "Quanto vendemos no [mês passado]?", "2016-10")
# d  booking requests
r("d ordinal day nights", "nl", "Kan ik een kamer boeken voor [de 12e van juni] voor [3 nachten]?", "2016-06-12", "P3D")
r("d coming weekday", "nl", "Kan ik een tafel reserveren voor [aanstaande zaterdag]?", "2016-11-12")
r("d range days", "nl", "Kan ik een huisje huren [van 3 tot 6 maart]?", "2016-03-03")
r("d weekend", "nl", "Boek een hotel voor [volgend weekend] in Gent.", "2016-W46-WE")
r("d day month nights", "pt", "Posso reservar um quarto para [12 de maio] por [2 noites]?", "2016-05-12", "P2D")
r("d weekend", "pt", "Reserva uma mesa para o [próximo fim de semana].", "2016-W46-WE")
# e  chat lines and greetings
r("e greeting", "nl", "Fijne week verder!")
r("e greeting", "nl", "Geniet van je dag")
r("e greeting", "nl", "Een prettig weekend gewenst!")
r("e maybe month", "nl", "Het wordt misschien in [juni]", "2016-06")
r("e could last", "nl", "Dit kan langer duren dan gedacht")
r("e not allowed", "nl", "Dat kan echt niet!")
r("e weekday", "pt", "me manda o relatório pra [quinta-feira].", "2016-11-03")
r("e greeting", "pt", "Tenha uma ótima semana!")
r("e no date", "pt", "marque um almoço pra mim")
# f  lists of words
r("f list abbreviated", "nl", "[vr], [morgen], [gisteren], [2015]", "2016-11-04", "2016-11-08", "2016-11-06", "2015")
r("f list spaced", "nl", "[morgen] [vandaag] [2017]", "2016-11-08", "2016-11-07", "2017")
r("f list short weekdays", "nl", "We kunnen op [di], [wo] of [vr]", "2016-11-01", "2016-11-02", "2016-11-04")
r("f list abbreviated", "pt", "[sáb], [ontem], [amanhã], [2017]", "2016-11-05", "2016-11-06", "2016-11-08", "2017")
r("f list spaced", "pt", "[sáb] [ontem] [amanhã] [2017]", "2016-11-05", "2016-11-06", "2016-11-08", "2017")
r("f list short weekdays", "pt", "vamos nos ver na [segunda] [qua] ou [sex]", "2016-10-31", "2016-11-02", "2016-11-04")
# g  English word order carried over
r("g year month", "nl", "Ik ging in [2015 juni] terug naar Spanje", "2015-06")
r("g month ordinal year words", "nl", "Laten we afspreken op [maart de tiende tweeduizend en achttien]", "2018-03-10")
r("g number words", "nl", "Laten we afspreken op [zeventien april]", "2016-04-17")
r("g week then weekday", "nl", "Wat gebeurde er [vorige week - vrijdag]", "2016-11-04")
r("g week then weekday", "nl", "Wat gebeurde er [deze week woensdag]", "2016-11-09")
r("g weekday the ordinal", "nl", "Laten we lunchen op [donderdag de derde]", "2016-11-03")
r("g ordinal first", "nl", "De [eerste maart 2010] was een bijzondere dag voor haar", "2010-03-01")
r("g month years range", "nl", "De top zal in Lima plaatsvinden [sep okt 2018]", "2018-09")
r("g year month", "pt", "Eu voltei em [2015 junho] para o Brasil", "2015-06")
r("g day month year no de", "pt", "Eu nasci em [4 julho 1990]", "1990-07-04")
# h  typos, missing accents and doubled words
r("h doubled article", "nl", "Wat is de de omzet van [maart 2016]", "2016-03")
r("h doubled preposition", "nl", "Ik ga op op [vrijdag] terug", "2016-11-04")
r("h dropped letter", "nl", "ijn verlof zal vanaf [november] beginnen", "2016-11")
r("h no accent tomorrow", "pt", "marque uma reuniao pra [amanha]", "2016-11-08")
r("h no accent weeks ago", "pt", "O evento ocorreu [tres semanas atras]", "2016-10-17")
r("h no accent weekday", "pt", "Se escreve \"[quarta-feira]\" ou \"[quarta feira]\"?", "2016-11-02", "2016-11-02")
r("h no accent next week", "pt", "Vou viajar na [proxima semana]", "2016-W46")
r("h no accent last month", "pt", "Recebi o boleto no [mes passado]", "2016-10")
# i  durations after "for"
r("i decimal years", "nl", "Ik vertrek voor [2,5 jaar]", "P2.5Y")
r("i whole week", "nl", "Ik vertrek voor [de hele week]", "P1W")
r("i a day", "nl", "Ik vertrek voor [een dag]", "P1D")
r("i vague days", "nl", "Ik vertrek voor [paar dagen]", "P2D")
r("i weekends", "nl", "de training duurt [twee weekenden]", "P2WE")
r("i months", "nl", "De opleiding duurt [drie maanden]", "P3M")
r("i one and a half", "nl", "Ik denk dat [anderhalve dag] genoeg is om het af te maken", "P1.5D")
r("i a minute", "nl", "Het ging mis door een verschil van [een minuut]", "PT1M")
r("i minutes", "pt", "A chamada vai durar [45 minutos], não mais.", "PT45M")
r("i hours", "pt", "A viagem vai levar [5 horas]", "PT5H")
r("i days subject", "pt", "[2 dias] é a duração do curso", "P2D")
# j  comparisons of durations
r("j more less", "nl", "Laat me taken zien [meer dan 2 weken] en [minder dan 1 maand]", "P2W", "P1M")
r("j shorter", "nl", "Laat me gesprekken zien [korter dan 45 minuten]", "PT45M")
r("j longer compound", "nl", "Laat me video's zien [langer dan 2 uur en 15 minuten]", "PT2H15M")
r("j more less", "pt", "Mostre-me tarefas com [mais de 3 dias] e [menos de 2 semanas]", "P3D", "P2W")
# k  open ranges and bounds
r("k after year", "nl", "Misschien kunnen we [na 2019] verhuizen", "2019")
r("k after month year", "nl", "Misschien kunnen we [na mrt 2019] verhuizen", "2019-03")
r("k year or later", "nl", "Zullen we verhuizen in [2019 of later], is dat goed voor jou?", "2019")
r("k until month year", "nl", "Het aanbod geldt [tot maart 2017]", "2017-03")
r("k from month", "nl", "De cursus begint vanaf [maart]", "2017-03")
r("k since this month", "nl", "Ik ben [sinds deze juli] weg", "2016-07")
r("k from year", "pt", "O contrato vale [a partir de 2018]", "2018")
r("k until year", "pt", "Fico em Lisboa [até 2020]", "2020")
r("k around year", "pt", "A obra será concluída em torno de [2025]", "2025")
# l  edges of a period
r("l earlier this week", "nl", "We hadden [eerder deze week] kunnen afspreken.", "2016-W45")
r("l later this week", "nl", "Zoek alsjeblieft een moment om [later deze week] te bellen", "2016-W45")
r("l by end of next month", "nl", "Ik zal teruggaan [tegen het eind van volgende maand]", "2016-12")
r("l before start of next year", "nl", "Ik zal teruggaan [voor het begin van volgend jaar]", "2017")
r("l start of year", "nl", "Deze winkel werd geopend in [het begin van 1995]", "1995")
r("l end of year from", "nl", "We wonen hier vanaf [het einde van 2003]", "2003")
r("l middle of year from", "nl", "We wonen hier vanaf [halverwege 2004]", "2004")
r("l range to end", "nl", "De serie loopt [van 2009 tot het einde van 2011]", "2009")
r("l start of this month", "pt", "Recebi o salário no [início deste mês]", "2016-11")
r("l end of year", "pt", "A obra termina no [final do ano]", "2016")
# m  days counted from named days
r("m days after tomorrow", "nl", "Ik vertrek [drie dagen na morgen]", "2016-11-11")
r("m weeks from weekday", "nl", "Het zal [2 weken vanaf vrijdag] gebeuren", "2016-11-25")
r("m months from today", "nl", "Het zal [2 maanden vanaf vandaag] gebeuren", "2017-01-07")
r("m days before yesterday", "nl", "Waar was je [drie dagen voor gisteren]?", "2016-11-03")
r("m duration from today", "nl", "Laten we [5 minuten] vanaf [vandaag] beginnen", "PT5M", "2016-11-07")
r("m days after today", "pt", "Você está livre [três dias depois de hoje]?", "2016-11-10")
r("m days from weekday", "pt", "Vai acontecer [3 dias a partir de terça]", "2016-11-11")
# n  questions about when
r("n last weekday", "nl", "Waar was je op [vorige donderdag]?", "2016-11-03")
r("n this coming weekday", "nl", "Heb je tijd op [deze aankomende dinsdag]?", "2016-11-08")
r("n weekday day", "nl", "Heb je een afspraak op [dinsdag 22]!", "2016-11-22")
r("n last holiday", "nl", "Wanneer was de [laatste Pinksteren]", "2016-05-15")
r("n decade", "nl", "Wie waren de premiers van Nederland in [de jaren '80]?", "198X")
r("n decade word", "nl", "Wie waren de kampioenen in [jaren 1970].", "197X")
r("n holiday", "nl", "Laten we [Koningsdag] vieren", "2016-04-27")
r("n next decade", "pt", "A empresa deve crescer [na próxima década].", "202X")
r("n this year", "pt", "Tive muitas despesas [neste ano civil].", "2016")
r("n weekday day", "pt", "[quinta 17]", "2016-11-17")
r("n last holiday", "pt", "Quando foi a [última Páscoa]", "2016-03-27")
# o  numeric and abbreviated dates
r("o dashed month word", "nl", "Ik zal [14-oktober-2021] teruggaan", "2021-10-14")
r("o slashed month abbreviation", "nl", "Ik zal [14/okt/2021] teruggaan", "2021-10-14")
r("o dashed abbreviation", "nl", "De datum moet [17-mrt-2015] zijn", "2015-03-17")
r("o numeric and abbreviated", "nl", "Weet je de datum? [14-10], [3 okt]?", "2016-10-14", "2016-10-03")
r("o numeric full", "nl", "Ik kan alleen vertrekken op [2-3-2017] en nadat mijn taak af is", "2017-03-02")
r("o this numeric", "nl", "Dit moet [deze 15/6] klaar zijn", "2016-06-15")
r("o dotted abbreviation", "nl", "Philips verkocht de divisie op [30 nov. 1998]", "1998-11-30")
r("o equals year", "nl", "[=2015]", "2015")
r("o abbreviated weekday", "nl", "Ik ga [di.] terug", "2016-11-01")
r("o day month", "nl", "[30 mrt]", "2016-03-30")
r("o year month day", "pt", "Eu voltarei [2019/14/out].", "2019-10-14")
r("o day month", "pt", "[28/2]", "2016-02-28")
r("o numeric full", "pt", "[28/2/2018]", "2018-02-28")
# p  no date
r("p code", "nl", "XYZ-98765-Q1W2E3 moet nog verstuurd worden")
r("p code", "nl", "De code van dit pakket is 244-05-06-2019")
r("p phone", "nl", "Tel: +31 20-2015-2016")
r("p phone", "nl", "Tel: 000 222 45-1800")
r("p count words", "nl", "Ik heb drieëntwintig knikkers in mijn tas")
r("p count range", "nl", "Er zitten drie tot vijf mensen in de auto")
r("p time range", "nl", "Waar was je tussen 830-1030")
r("p ordinal round", "nl", "Laten we mikken op een derde plaats")
r("p abbreviation word", "nl", "Hij wist niet waar hij zat.")
r("p floor", "nl", "Jullie moeten deze vloer schoonmaken.")
r("p stars", "nl", "Er staan 12 bomen.")
r("p first week", "nl", "Toon omzet in de 2e week")
r("p end alone", "nl", "We zijn aan het einde gekomen")
r("p end of", "nl", "aan het einde van")
r("p price", "pt", "O preço é em torno de R$ 12,00 certo?")
r("p price", "pt", "O preço é em torno de US 7.50$ certo?")
r("p range of values", "pt", "o número deve estar entre 5 e 12")
r("p two digits", "pt", "A obra será concluída em torno de 05")
r("p no accent word", "pt", "domo o cavalo [amanhã]", "2016-11-08")

# (a second batch, written after the first fixes and before running the stage on it)
r("a ordinal abbreviated month year", "nl", "Ik ga [9e okt 2020] terug", "2020-10-09")
r("a ordinal word of month", "nl", "Ik ga de [vijfde van juni] terug", "2016-06-05")
r("a coming weekday", "nl", "Ik kom [aanstaande vrijdag] terug", "2016-11-11")
r("a this month", "nl", "Ik ben [deze april] weg", "2016-04")
r("i decimal years", "nl", "Ik vertrek voor [4,5 jaar]", "P4.5Y")
r("i vague weeks", "nl", "Ik vertrek voor [paar weken]", "P2W")
r("i whole day", "nl", "Ik vertrek voor [de hele dag]", "P1D")
r("b weekday day month", "nl", "Zet het etentje in mijn agenda op [vrijdag 11 november].", "2016-11-11")
r("b duration and weekday day month", "nl", "Laten we [45 minuten] vastleggen op [donderdag 3 maart]", "PT45M", "2016-03-03")
r("c bounds", "nl", "Laat me de omzet zien van [na 2008] en [voor 2012]", "2008", "2012")
r("j older", "nl", "Laat me de bestanden zien [ouder dan 3 dagen]", "P3D")
r("j longer compound", "nl", "Laat me gesprekken zien [langer dan 3 uur en 20 minuten]", "PT3H20M")
r("d ordinal day nights", "nl", "Kan ik een boeking plaatsen voor [de 2e van april] voor [4 nachten]?", "2016-04-02", "P4D")
r("d day part compound", "nl", "Kan ik een tafel boeken voor [morgenavond]?", "2016-11-08")
r("d next month", "nl", "Boek een vlucht voor [volgende maand]", "2016-12")
r("k before year", "nl", "Het project liep [voor 2014] al", "2014")
r("k before month year", "nl", "Ze verhuisde [voor maart 2012]", "2012-03")
r("g year month", "nl", "Ik ging in [2012 maart] terug naar huis", "2012-03")
r("g number words", "nl", "Laten we afspreken op [negentien mei]", "2016-05-19")
r("g week then weekday", "nl", "Wat gebeurde er [vorige week - dinsdag]", "2016-11-01")
r("f list abbreviated", "nl", "[wo], [overmorgen], [2014]", "2016-11-02", "2016-11-09", "2014")
r("h doubled article", "nl", "Wat is de de planning voor [volgende week]", "2016-W46")
r("m days before yesterday", "nl", "Waar was je [vier dagen voor gisteren]?", "2016-11-02")
r("m weeks from tomorrow", "nl", "Het zal [3 weken vanaf morgen] gebeuren", "2016-11-29")
r("l earlier this month", "nl", "Zoek een moment om [eerder deze maand] te bellen", "2016-11")
r("l by end of this year", "nl", "Ik zal teruggaan [tegen het eind van dit jaar]", "2016")
r("n last holiday", "nl", "Wanneer was de [laatste Kerstmis]", "2015-12-25")
r("o dashed month word", "nl", "Ik zal [3-december-2019] teruggaan", "2019-12-03")
r("o numeric and abbreviated", "nl", "Weet je de datum? [8-9], [2 sep]?", "2016-09-08", "2016-09-02")
r("p phone", "nl", "Tel: +31 6 2012-2013")
r("p code", "nl", "Code Q2B7 is geldig")
r("i compound", "nl", "Ik blijf [2 weken en 3 dagen]", "P2W3D")
r("i compound", "nl", "Het duurde [1 uur en 45 minuten]", "PT1H45M")
r("a in weeks", "pt", "Eu voltarei [em 4 semanas]", "2016-12-05")
r("d next weekday", "pt", "Reserva uma mesa para o [próximo sábado]", "2016-11-12")
r("b next month", "pt", "Marca a reunião para o [mês que vem]", "2016-12")
r("d nights", "pt", "Posso reservar um quarto para [3 noites]?", "P3D")
r("j more", "pt", "Mostre-me arquivos com [mais de 2 horas]", "PT2H")
r("i compound", "pt", "A chamada durou [1 hora e 20 minutos]", "PT1H20M")
r("k since last year", "pt", "Mostre-me as vendas [desde o ano passado]", "2015")
r("e short weekday", "pt", "me manda o boleto pra [sexta]", "2016-11-04")
r("h no accent days ago", "pt", "O evento ocorreu [cinco dias atras]", "2016-11-02")
r("f list no accent", "pt", "[ter], [hoje], [amanha]", "2016-11-01", "2016-11-07", "2016-11-08")
r("g day month year no de", "pt", "Eu nasci em [9 março 1985]", "1985-03-09")
r("a weekday full date", "pt", "Voltarei na [sexta-feira 3 de março de 2017]", "2017-03-03")
r("m days after tomorrow", "pt", "Você está livre [dois dias depois de amanhã]?", "2016-11-10")
r("n last holiday", "pt", "Quando foi o [último Natal]", "2015-12-25")
r("p price", "pt", "O preço é de R$ 2.016,00")


# Still failing (kept out of the fixture): a day and month written as two small numbers with a dash ("8-9") is read as a
# range of counts, as "10-12 personen" is; only a day above 12 ("14-10") makes it a date.
KNOWN = {
    ("nl", "o numeric and abbreviated", "Weet je de datum? 8-9, 2 sep?"),
}


def main():
    caseset.main(W.cases(), "dates_rtstyle.jsonl", known=caseset.known_texts(KNOWN), types=("date", "duration"))


if __name__ == "__main__":
    main()
