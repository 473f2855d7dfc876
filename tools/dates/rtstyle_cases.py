#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Dutch and Portuguese sentences (about two thirds Dutch), then Spanish and English ones (about two thirds Spanish), in
the styles of requests to a digital assistant, for the `dates` stage: new sentences with new dates, written in each kind
of sentence such requests come in rather than in news prose (the `lang` column says which language). Families (the `pattern` starts with the letter):

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

The Spanish and English sentences add the styles of those dev splits the list above lacks, spread over the families:
anaphoric units ("[el día siguiente]", "I'm blocked for [the day]"), holidays with their year ("el [día de San Valentín
2019]", "[thanksgiving 2012]"), the n-th month of a year ("[El segundo mes del próximo año]"), units written onto their
number ("for [5h]", "[7D]", "[3W]", "[5Y]"), dates inside file names, addresses and dashes ("report-[2014-05-06].pdf"),
a weekday with an ordinal day and no month ("[Wed 16th]", "[Sat 15th]"), impossible days of real months ("[31 Abr
2019]"), a count after a date ("el [1.º de marzo], 12 veces"), "may" and "mar" that are no month or weekday.

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


# Spanish and English (about two thirds Spanish), in the styles of the Spanish and English dev splits: the styles above
# and also anaphoric units ("[el día siguiente]", "[the day]"), holidays with a year, the n-th month of a year, compact
# durations ("[5h]", "[7D]"), dates inside file names and addresses, a weekday with an ordinal day and no month
# ("[Wed 16th]"), impossible days of real months ("[31 Abr 2019]"), and "may" and "mar" that are no month or weekday.
r("a day month year", "es", "Volveré el [5 de febrero de 2019].", "2019-02-05")
r("a day month", "es", "Regresaré el [12 de mayo].", "2016-05-12")
r("a ordinal word of month", "es", "Volveré el [tercero de marzo].", "2016-03-03")
r("a relative day", "es", "Volveré [pasado mañana]", "2016-11-09")
r("a relative day", "es", "Volveré [anteayer]", "2016-11-05")
r("a this month", "es", "Saldré [este octubre]", "2016-10")
r("a article month year", "es", "Voy a estar fuera el [junio de 2014].", "2014-06")
r("a ordinal abbreviation", "es", "Volveré el [1.º de marzo], 12 veces.", "2016-03-01")
r("a in weeks", "es", "Estaré fuera [en 3 semanas]", "2016-11-28")
r("b duration and weekday date", "es", "Encontramos [dos horas] el [miércoles 9 de marzo] para hablar del presupuesto.",
  "PT2H", "2016-03-09")
r("b weekday date", "es", "Oye, programa una llamada en algún momento el [viernes 10 de junio] con Ana.", "2016-06-10")
r("b this weekday date", "es", "Programa una llamada [este viernes 11 de noviembre] con Luis", "2016-11-11")
r("b weekday dashed date", "es", "Programa una reunión el [viernes 4-nov-2016] con el equipo.", "2016-11-04")
r("b today", "es", "Puede recibir una invitación mía con horarios [hoy].", "2016-11-07")
r("c bounds", "es", "Muéstrame ventas [antes de 2011] o [después de 2015]", "2011", "2015")
r("c year word", "es", "Mostrar ventas en el [año 2012]", "2012")
r("c year after", "es", "¿Cuáles son las ventas para el [año posterior a 2013]?", "2013")
r("c calendar year two digits", "es", "Mostrar ventas el [año calendario 15]", "2015")
r("c last month contracted", "es", "Muéstrame las ventas [del mes pasado]", "2016-10")
r("c year and later", "es", "¿Qué tal el [año 2014 y más tarde]?", "2014")
r("c year or later", "es", "Nos mudamos en [2020 o más tarde], ¿te parece bien?", "2020")
r("c quarter", "es", "Mostrar ventas en [el tercer trimestre de 2015]", "2015-Q3")
r("c months list", "es", "Encuentre las ventas en [enero], [abril] y [agosto]", "2016-01", "2016-04", "2016-08")
r("d day word and days", "es", "¿Puedo hacer una reserva [el día 12 de junio] por [3 noches]?", "2016-06-12", "P3D")
r("d nights", "es", "¿Reserva una habitación para [tres noches]?", "P3D")
r("d next weekend", "es", "Reserva una mesa para [el próximo fin de semana]", "2016-W46-WE")
r("d range days", "es", "Reserva un hotel [del 3 al 6 de marzo]", "2016-03-03")
r("e greeting", "es", "¡Que tengas un buen fin de semana!")
r("e greeting", "es", "Buenas tardes María")
r("e weekday", "es", "mándame el informe para el [jueves].", "2016-11-03")
r("e no date", "es", "organízame una comida")
r("e no date", "es", "¿Me dices para qué sirve esto?")
r("f list short weekday", "es", "[jue], [hoy], [2014]", "2016-11-03", "2016-11-07", "2014")
r("f list spaced", "es", "[sábado] [ayer] [2013]", "2016-11-05", "2016-11-06", "2013")
r("g year month", "es", "Regresé a México en [2015 junio]", "2015-06")
r("g weekday the day word", "es", "Vamos a tomar un café el [jueves el día tres].", "2016-11-03")
r("g weekday number word", "es", "Vamos a tomar un café el [viernes once].", "2016-11-11")
r("g weekday this week", "es", "¿Qué pasó el [miércoles esta semana]?", "2016-11-09")
r("g day month year no de", "es", "Nací el [4 julio 1990]", "1990-07-04")
r("g abbreviated date and day", "es", "[2 Feb 2010] fue [un día] especial para mí.", "2010-02-02", "P1D")
r("g year day month", "es", "Voy a volver [2021/15/oct]", "2021-10-15")
r("g month year day", "es", "Voy a volver [octubre-2021-15].", "2021-10-15")
r("g day year month", "es", "Voy a volver [15-2021-octubre]", "2021-10-15")
r("h no accent tomorrow", "es", "Volvere [manana]", "2016-11-08")
r("h no accent last weekday", "es", "Que paso el [miercoles pasado]?", "2016-11-02")
r("h no accent weekday", "es", "nos vemos el [sabado]", "2016-11-05")
r("h no accent after year", "es", "Volvere [despues de 2018]", "2018")
r("h no accent next month", "es", "La reunion es [el proximo mes]", "2016-12")
r("h doubled preposition", "es", "Muestrame las ventas de de [marzo 2016]", "2016-03")
r("h no accent days ago", "es", "Llego [hace tres dias]", "2016-11-04")
r("h no accent weekday date", "es", "Nos vemos el [sabado 12 de noviembre]", "2016-11-12")
r("h capital month", "es", "Me lo devolverá el [3 de Enero del 2019]", "2019-01-03")
r("i weeks", "es", "Me iré por [dos semanas]", "P2W")
r("i whole week", "es", "Me iré por [una semana entera]", "P1W")
r("i vague hours", "es", "Me iré por [unas horas]", "PT3H")
r("i hours", "es", "Me marché por [cuatro horas]", "PT4H")
r("i weekends", "es", "el curso dura [dos fines de semana]", "P2WE")
r("i hour and a half", "es", "Creo que [una hora y media] es suficiente", "PT1.5H")
r("i another", "es", "Me iré por [otra semana]", "P1W")
r("i compact", "es", "Me iré por [3h]", "PT3H")
r("j more less", "es", "Muéstrame tareas de [más de 2 semanas] y [menos de 1 mes]", "P2W", "P1M")
r("j more compound", "es", "Muéstrame grabaciones de [más de 1 hora y 30 minutos]", "PT1H30M")
r("k after year", "es", "Quizás podamos mudarnos [después de 2019]", "2019")
r("k after month year", "es", "Quizás podamos mudarnos [después de marzo de 2019]", "2019-03")
r("k until month year", "es", "La oferta es válida [hasta marzo de 2017]", "2017-03")
r("k before year word", "es", "Me quedaré en Perú [antes del año 2020].", "2020")
r("k since year", "es", "Muestra los datos [desde 2012]", "2012")
r("k from year", "es", "El contrato vale [a partir de 2018]", "2018")
r("l earlier this month", "es", "Podríamos habernos reunido [más temprano de este mes].", "2016-11")
r("l later this week", "es", "Encuéntranos un momento [más tarde de esta semana]", "2016-W45")
r("l end of month", "es", "Una fiesta se celebrará a [finales de mes].", "2016-11")
r("l start of month", "es", "Volveré a [principios de mes]", "2016-11")
r("l end of year number", "es", "Esta tienda abrió a [finales de 1995].", "1995")
r("l since end of year", "es", "Vivimos aquí [desde finales de 2003].", "2003")
r("l since middle of year", "es", "Vivimos aquí [desde mediados de 2004].", "2004")
r("m days after today", "es", "¿Estás libre [tres días después de hoy]?", "2016-11-10")
r("m weeks from weekday", "es", "Ocurrirá [2 semanas a partir del viernes]", "2016-11-25")
r("m days from today", "es", "¿Qué fecha es [5 días a partir de hoy]?", "2016-11-12")
r("m days from now", "es", "Ocurrirá [3 días a partir de ahora]", "2016-11-10")
r("m days before yesterday", "es", "¿Dónde estabas [dos días antes de ayer]?", "2016-11-04")
r("n last weekday", "es", "¿Dónde estuviste el [jueves pasado]?", "2016-11-03")
r("n weekday day", "es", "¿Tienes algún plan para el [martes 22]?", "2016-11-22")
r("n last holiday", "es", "¿Cuándo fue la [última Navidad]?", "2015-12-25")
r("n decade", "es", "¿Quiénes eran los campeones en [los años ochenta]?", "198X")
r("n next decade", "es", "La empresa crecerá en [la próxima década].", "202X")
r("n calendar year", "es", "Tuve muchos gastos [este año calendario].", "2016")
r("n holiday year", "es", "Regresaré el [día de San Valentín 2019]", "2019-02-14")
r("n anaphoric day", "es", "¿Qué pasó [el día anterior]?", "2016-11-06")
r("n anaphoric day", "es", "¿Cuál es tu plan para [el día siguiente]?", "2016-11-08")
r("n anaphoric year", "es", "La historia ocurrió el [año] anterior a la guerra.", "2016")
# (written first with the article out; the span-case convention keeps the article before an ordinal pattern in Spanish,
# as in "en [el tercer trimestre de 2015]" above, and the case follows it)
r("n month of year", "es", "Ellos llegarán en [el quinto mes de 2022]", "2022-05")
r("n month of next year", "es", "[El segundo mes del próximo año] haremos una revisión.", "2017-02")
r("o month word slashes", "es", "¿Qué tal [15/octubre/2021]?", "2021-10-15")
r("o month abbreviation dashes", "es", "¿Qué tal [15-oct-2021]?", "2021-10-15")
r("o month year", "es", "¿Es esta una fecha válida? [11-2014]", "2014-11")
r("o day month", "es", "[30/3]", "2016-03-30")
r("o day month dash", "es", "Esta tarea debe hacerse en [15-6]", "2016-06-15")
r("o day of month number", "es", "envíame un recibo por la compra hecha el [20 del 10]", "2016-10-20")
r("o impossible day", "es", "[31 Abr 2019]", "2019-04-31")
r("o month two digit year", "es", "Nací en [mayo del 85]", "1985-05")
r("p code", "es", "XYZ-67890-B3C4D5 aún no se ha enviado")
r("p code", "es", "El código del paquete es 244-05-06-2019")
r("p phone", "es", "Llámame al (305) 555-1818")
r("p phone", "es", "Tel: 000222 45-1800")
r("p count words", "es", "Tengo treinta y dos canicas en la mochila")
r("p count range", "es", "Hay de tres a cinco personas en el coche")
r("p ordinal", "es", "Apuntemos a una tercera posición")
r("p wrong date", "es", "2017-13-05 es una fecha incorrecta")
r("p wrong date", "es", "¿Es esta una fecha válida? 33-2016")
r("p formula", "es", "0.7/12 parece una fórmula")
r("p week ordinal", "es", "Mostrar ventas en 2ª semana")
r("p sea", "es", "El mar estaba tranquilo")
r("a abbreviated month ordinal", "en", "I'll go back [05th Mar 2019].", "2019-03-05")
r("a this month", "en", "I'll be out [this October]", "2016-10")
r("a since this month", "en", "I'll be out [since this June]", "2016-06")
r("a weekday", "en", "I'll go back on [Thursday]", "2016-11-03")
r("i compact hours", "en", "I'll leave for [5h]", "PT5H")
r("i compact years", "en", "I'll leave for [2.5years]", "P2.5Y")
r("i all unit", "en", "I'll leave for [all week]", "P1W")
r("i vague days", "en", "I'll leave for [few days]", "P3D")
r("i several months", "en", "I'll leave for [several months]", "P3M")
r("i compact letter", "en", "the plants were grown for [5Y]", "P5Y")
r("i compact letter", "en", "I'll leave for [7D]", "P7D")
r("i compact letter", "en", "the fever lasted [3W]", "P3W")
r("c bounds", "en", "Show me sales [after 2013] and [before 2015]", "2013", "2015")
r("c calendar year", "en", "Show sales in the [calendar year 2011]", "2011")
r("c greater than", "en", "Rating where year is [greater than 2012]", "2012")
r("c year and greater", "en", "How about [year 2014 and greater]", "2014")
r("n this past weekday", "en", "Where were you on [this past Thursday]?", "2016-11-03")
r("n weekday day", "en", "Do you have any plans on [Tuesday 22]?", "2016-11-22")
r("n last holiday", "en", "When was the [last christmas]?", "2015-12-25")
r("n decade", "en", "Who were the champions in [1980 s]", "198X")
r("n weekday ordinal day", "en", "I'll go back [Wed 16th]", "2016-11-16")
r("n weekday ordinal day", "en", "I'll go back [Sat 15th]", "2016-10-15")
r("n anaphoric unit", "en", "I'm blocked for [the day]", "2016-11-07")
r("n anaphoric unit", "en", "What happened [the day before]", "2016-11-06")
r("n holiday year", "en", "I'll go back on [thanksgiving 2012]", "2012-11-22")
r("o compact", "en", "I'll go back [20150312].", "2015-03-12")
r("o spaced", "en", "On [2015 03 12], the fair opened.", "2015-03-12")
r("o file name", "en", "The file's name is report-[2014-05-06].pdf", "2014-05-06")
r("o dashes around", "en", "-[20190315]-", "2019-03-15")
r("o address", "en", "www.example.org/blog/archive-[2017-04-11]-page-02", "2017-04-11")
r("o month day year dashes", "en", "I'll go back [Mar-12-2021].", "2021-03-12")
r("o month slash year", "en", "What's your plan for [Jan/2019]", "2019-01")
r("o impossible day", "en", "[apr 31 2019]", "2019-04-31")
r("m days from weekday", "en", "It will happen [4 days from Wednesday].", "2016-11-13")
r("m days after date", "en", "It will happen [5 days after March 3rd].", "2016-03-08")
r("m weekday weeks from now", "en", "I'll go back [Friday two weeks from now].", "2016-11-25")
r("g month ordinal words", "en", "Let's meet on [march twelfth].", "2016-03-12")
r("g month ordinal year", "en", "[March first 2001] was a special day for me", "2001-03-01")
r("g year words", "en", "They arrived [14 Oct nineteen eighty one]", "1981-10-14")
r("g month year words", "en", "The conference was in [May two thousand and nine]", "2009-05")
r("g year words alone", "en", "Show sales in [two thousand and twelve]", "2012")
r("l earlier this week", "en", "We could have met [earlier this week].", "2016-W45")
r("l later in month", "en", "Please find us a time [later in the month]", "2016-11")
r("l abbreviation", "en", "The party will be at the [EOY].", "2016")
r("l mid year", "en", "We have lived here from [mid 2004]", "2004")
r("l middle of year", "en", "This shop was established at the [middle of 1995]", "1995")
r("p may", "en", "May I ask when this is due?")
r("p may", "en", "This may take a while.")
r("p ssn", "en", "The ssn is 321-45-6789")
r("p time range", "en", "Where were you between 830-1030?")
r("p phone", "en", "Tel: +44 20-2013-2014")
r("p phone", "en", "Call me at (415) 555-0199")
r("p percent", "en", "Mortgages were at 5.25 percent")


# Still failing (kept out of the fixture): a day and month written as two small numbers with a dash ("8-9") is read as a
# range of counts, as "10-12 personen" is; only a day above 12 ("14-10") makes it a date.
#
# Spanish and English:
# - "el año posterior a 2013": the dev split spans "[año posterior a 2012]" but "el [año] [anterior de 2015]", so no one
#   reading of a unit word before an edge and a year fits both;
# - "el año anterior a la guerra": the dev split reads the unit alone as the DCT's year ("el [año] anterior a la
#   revolución", like "por el [mes]", "del [mes]"); the stage reads "el año anterior" as last year;
# - "por 3h": a glued "h" is not a Spanish unit, for "a las 15h" is a time of day (English has "3h", "10D", "2W", "3Y");
# - "5 days after March 3rd": the case reads the day as the one "March 3rd" alone names (2016-03-03); the stage counts
#   from the coming one, as the dev split does with "[3 days after January 12th]" (2017-01-15 on 2016-11-07).
KNOWN = {
    ("nl", "o numeric and abbreviated", "Weet je de datum? 8-9, 2 sep?"),
    ("es", "c year after", "¿Cuáles son las ventas para el año posterior a 2013?"),
    ("es", "n anaphoric year", "La historia ocurrió el año anterior a la guerra."),
    ("es", "i compact", "Me iré por 3h"),
    ("en", "m days after date", "It will happen 5 days after March 3rd."),
}


def main():
    caseset.main(W.cases(), "dates_rtstyle.jsonl", known=caseset.known_texts(KNOWN), types=("date", "duration"))


if __name__ == "__main__":
    main()
