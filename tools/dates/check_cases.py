#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hand-written check cases for the `dates` stage: news-style sentences in several languages,
each annotated with the expected spans and values (span conventions: Plugins/Dates/README.md).

  check_cases.py gen            writes Tests/NLPHostTests/Fixtures/dates_check.jsonl
  check_cases.py run NLPSH      runs the stage over the cases and prints the pass rate per language

All cases use the DCT 2019-05-15 (a Wednesday; ISO week 20) and the default direction (past).
Week days around it: Mon 13, Tue 14, Thu 9 (previous), Fri 10, Sat 11, Sun 12;
upcoming Thu 16, Fri 17; next week Mon 20 … Fri 24. Easter 2019: April 21.
A case is one sentence and the list of (span, value[, type]) it must yield, nothing more.
A case marked KNOWN is a known failure, kept visible but not required by the test.

Round 11 changed span conventions (the Recognizers-Text grammar's edges where the dev splits of its languages agree or
are silent): a bound before a weekday stays in the span ("[until Friday]", "[tot vrijdag]", "[hasta el viernes]"); an
article before a season alone or with its year stays ("[the summer of 2018]", "[de zomer van 2015]", "[el verano de
2017]"). The expected spans of this set's cases of these shapes follow them.
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402

DCT = "2019-05-15"
KNOWN = "known"

CASES = {
"en": [
    # round 7: "until" reads forward; a span "in N units" after a share or "in one" unit is a duration
    ("The road will stay closed until Thursday.", [("until Thursday", "2019-05-16")]),
    ("Rents rose 45% in two years.", [("two years", "P2Y", "duration")]),
    ("We took £1,500 in one day.", [("one day", "P1D", "duration")]),
    ("The plant will reopen in two years.", [("in two years", "2021-05-15")]),
    ("The fair runs from 4 to 22 May 2019 in Leeds.", [("from 4 to 22 May 2019", "2019-05-04")]),
    ("Prices rose between 2010 and 2015.", [("between 2010 and 2015", "2010")]),
    ("The show is on 3–5 March 2020 in York.", [("3–5 March 2020", "2020-03-03")]),
    ("We met on Monday and Tuesday.", [("Monday", "2019-05-13"), ("Tuesday", "2019-05-14")]),
    ("Leeds won 3-1 on 4 May.", [("4 May", "2019-05-04")]),
    ("The vote took place on Monday.", [("Monday", "2019-05-13")]),
    ("Talks resume next Friday.", [("next Friday", "2019-05-24")]),
    ("He resigned last Tuesday.", [("last Tuesday", "2019-05-07")]),
    ("The summit ends this Friday.", [("this Friday", "2019-05-17")]),
    ("The bridge opened on Tuesday, June 4, 2019.", [("Tuesday, June 4, 2019", "2019-06-04")]),
    ("She was born on the 3rd of March 1990.", [("the 3rd of March 1990", "1990-03-03")]),
    ("The law took effect on March 1.", [("March 1", "2019-03-01")]),
    ("Prices rose in early May.", [("early May", "2019-05")]),
    ("The deal closed two weeks ago.", [("two weeks ago", "2019-05-01")]),
    ("Results are due in three days.", [("in three days", "2019-05-18")]),
    ("The plant shut down the day before yesterday.", [("the day before yesterday", "2019-05-13")]),
    ("Sales fell last year.", [("last year", "2018")]),
    ("The minister will travel next month.", [("next month", "2019-06")]),
    ("The line should be finished by the end of 2019.", [("by the end of 2019", "2019")]),
    ("Tourism boomed in the summer of 2018.", [("the summer of 2018", "2018-SU")]),
    ("Profits doubled in the third quarter of 2018.", [("the third quarter of 2018", "2018-Q3")]),
    ("The shop was closed on Christmas Day.", [("Christmas Day", "2018-12-25")]),
    ("The club was founded in the 1980s.", [("the 1980s", "198X")]),
    ("He ran the company for 20 years.", [("20 years", "P20Y", "duration")]),
    ("The contract was signed on 08/25/2018.", [("08/25/2018", "2018-08-25")]),
    ("Police were called on Monday evening.", [("Monday evening", "2019-05-13")]),
    ("The results came in yesterday.", [("yesterday", "2019-05-14")]),
    ("Shares dropped last week.", [("last week", "2019-W19")]),
    ("The council meets this week.", [("this week", "2019-W20")]),
    ("The report is expected by mid-June.", [("by mid-June", "2019-06")]),
    ("The plant will close in late 2020.", [("late 2020", "2020")]),
    ("The match was played on Sunday (12).", [("Sunday (12)", "2019-05-12")]),
    ("The dam was built in 1979.", [("1979", "1979")]),
    ("The firm announced earlier this month that it would cut jobs.", [("earlier this month", "2019-05")]),
    ("The strike began on Jan. 5.", [("Jan. 5", "2019-01-05")]),
    ("Exports fell three months ago.", [("three months ago", "2019-02-15")]),
    ("The heat wave last summer killed crops.", [("last summer", "2018-SU")]),
    ("Churches were full on Easter Sunday.", [("Easter Sunday", "2019-04-21")]),
    ("The band was popular in the nineties.", [("the nineties", "199X")]),
    ("The court ruled on Thursday that the law was void.", [("Thursday", "2019-05-09")]),
    ("The factory reopened on 12 March 2019.", [("12 March 2019", "2019-03-12")]),
    # second batch
    ("The company was founded on May 13th, 1990.", [("May 13th, 1990", "1990-05-13")]),
    ("Voting ends on Monday, May 20.", [("Monday, May 20", "2019-05-20")]),
    ("Thousands marched last weekend.", [("last weekend", "2019-W19-WE")]),
    ("The ceasefire held until the following day.", [("until the following day", "2019-05-16")]),
    ("Inflation rose earlier this year.", [("earlier this year", "2019")]),
    ("A decision is expected later this month.", [("later this month", "2019-05")]),
    ("Construction starts next spring.", [("next spring", "2020-SP")]),
    ("Prices have doubled since 2010.", [("since 2010", "2010")]),
    ("The plant was sold in March last year.", [("March last year", "2018-03")]),
    ("Growth slowed in the 2010s.", [("the 2010s", "201X")]),
    ("He was arrested three years ago.", [("three years ago", "2016-05-15")]),
    ("The vote is on the 28th.", [("the 28th", "2019-04-28")]),
],
"de": [
    ("Die Bibliothek öffnet ab Montag länger.", [("ab Montag", "2019-05-20")]),
    ("Der Streik dauert bis Freitag.", [("bis Freitag", "2019-05-17")]),
    ("Für das Frühlingsfest gingen viele Aufträge ein.", []),
    ("Im Mai neunzehnhundertneunzig wurde der Verein gegründet.", [("Mai neunzehnhundertneunzig", "1990-05")]),
    ("Das Festival findet vom 4. bis 22. Mai statt.", [("vom 4. bis 22. Mai", "2019-05-04")]),
    ("Zwischen 2010 und 2015 stiegen die Preise.", [("Zwischen 2010 und 2015", "2010")]),
    ("Die Messe läuft von Januar bis März 2020.", [("von Januar bis März 2020", "2020-01")]),
    ("Am Montag, 3. Juni, beginnt der Prozess.", [("Montag, 3. Juni", "2019-06-03")]),
    ("Die Messe öffnet am 1. Mai.", [("1. Mai", "2019-05-01")]),
    ("Anfang Mai stiegen die Preise.", [("Anfang Mai", "2019-05")]),
    ("Mitte der Woche soll es regnen.", [("Mitte der Woche", "2019-W20")]),
    ("Am kommenden Montag wird gewählt.", [("kommenden Montag", "2019-05-20")]),
    ("Vor zwei Wochen wurde der Vertrag unterzeichnet.", [("Vor zwei Wochen", "2019-05-01")]),
    ("Übermorgen entscheidet das Gericht.", [("Übermorgen", "2019-05-17")]),
    ("Diesen Freitag streiken die Piloten.", [("Diesen Freitag", "2019-05-17")]),
    ("Vorgestern brannte eine Scheune.", [("Vorgestern", "2019-05-13")]),
    ("Gestern Abend kam es zu einem Unfall.", [("Gestern Abend", "2019-05-14")]),
    ("In drei Tagen beginnt die Messe.", [("In drei Tagen", "2019-05-18")]),
    ("Im vergangenen Jahr sank der Umsatz.", [("vergangenen Jahr", "2018")]),
    ("Nächste Woche kommt der Minister.", [("Nächste Woche", "2019-W21")]),
    ("Letzte Woche wurde gestreikt.", [("Letzte Woche", "2019-W19")]),
    ("Im Sommer 2018 war es sehr heiß.", [("Sommer 2018", "2018-SU")]),
    ("Im dritten Quartal 2018 stieg der Gewinn.", [("dritten Quartal 2018", "2018-Q3")]),
    ("An Ostern waren die Kirchen voll.", [("Ostern", "2019-04-21")]),
    ("An Heiligabend blieb das Geschäft geschlossen.", [("Heiligabend", "2018-12-24")]),
    ("In den 80er Jahren war die Stadt ärmer.", [("80er Jahren", "198X")]),
    ("Im Jahr 1989 fiel die Mauer.", [("Jahr 1989", "1989")]),
    ("Seit 2015 wächst die Firma.", [("Seit 2015", "2015")]),
    ("Der Vertrag wurde am 24.12.2018 unterschrieben.", [("24.12.2018", "2018-12-24")]),
    ("Die Wahl findet am Dienstag, den 4. Juni 2019 statt.", [("Dienstag, den 4. Juni 2019", "2019-06-04")]),
    ("Mitte Juni soll das Werk eröffnen.", [("Mitte Juni", "2019-06")]),
    ("Die Strecke soll Ende 2020 fertig sein.", [("Ende 2020", "2020")]),
    ("Er war zwei Jahre lang Minister.", [("zwei Jahre", "P2Y", "duration")]),
    ("Im Februar schneite es viel.", [("Februar", "2019-02")]),
    ("Am Freitagabend demonstrierten Tausende.", [("Freitagabend", "2019-05-10")]),
    ("Vor einem Monat trat er zurück.", [("Vor einem Monat", "2019-04-15")]),
    ("In zwei Monaten wird gewählt.", [("In zwei Monaten", "2019-07-15")]),
    ("Die Zahl stieg 2018 deutlich.", [("2018", "2018")]),
    ("Er wurde am 3. März 2016 verhaftet.", [("3. März 2016", "2016-03-03")]),
    ("Mitte nächsten Jahres soll gebaut werden.", [("Mitte nächsten Jahres", "2020")]),
    ("Ende letzten Jahres schloss das Werk.", [("Ende letzten Jahres", "2018")]),
    ("In der kommenden Woche tagt der Rat.", [("der kommenden Woche", "2019-W21")]),
    ("Am Donnerstag sprach die Kanzlerin.", [("Donnerstag", "2019-05-09")]),
    ("Am vergangenen Wochenende gab es Staus.", [("vergangenen Wochenende", "2019-W19-WE")]),
    # second batch
    ("Am vergangenen Freitag brannte es.", [("vergangenen Freitag", "2019-05-10")]),
    ("Ende vergangener Woche fiel die Entscheidung.", [("Ende vergangener Woche", "2019-W19")]),
    ("Anfang des Jahres stiegen die Mieten.", [("Anfang des Jahres", "2019")]),
    ("Im Frühjahr wird gebaut.", [("Frühjahr", "2019-SP")]),
    ("Seit Anfang 2018 sinken die Zahlen.", [("Seit Anfang 2018", "2018")]),
    ("Das Gesetz gilt ab dem 1. Juli.", [("ab dem 1. Juli", "2019-07-01")]),
    ("Vor drei Jahren zog er nach Berlin.", [("Vor drei Jahren", "2016-05-15")]),
    ("Die Firma wurde im März 2015 gegründet.", [("März 2015", "2015-03")]),
    ("Im nächsten Jahr wird gewählt.", [("nächsten Jahr", "2020")]),
    ("Am Sonntag, dem 12. Mai, wurde gewählt.", [("Sonntag, dem 12. Mai", "2019-05-12")]),
    ("Im Herbst 2017 begann der Bau.", [("Herbst 2017", "2017-FA")]),
],
"es": [
    ("El ayuntamiento abrirá el próximo lunes un carril bici.", [("próximo lunes", "2019-05-20")]),
    ("Si no llueve antes de octubre, habrá cortes.", [("antes de octubre", "2019-10")]),
    ("El congreso será del 1 al 5 de marzo de 2020.", [("del 1 al 5 de marzo de 2020", "2020-03-01")]),
    ("Las ventas crecieron entre 2010 y 2015.", [("entre 2010 y 2015", "2010")]),
    ("La feria se celebró enero-febrero de 2017.", [("enero-febrero de 2017", "2017-01")]),
    ("El lunes se reunió el consejo.", [("lunes", "2019-05-13")]),
    ("La cumbre será el próximo viernes.", [("próximo viernes", "2019-05-24")]),
    ("El pasado martes dimitió el ministro.", [("pasado martes", "2019-05-14")]),
    ("La obra se inaugura el martes 4 de junio.", [("martes 4 de junio", "2019-06-04")]),
    ("Nació el 3 de marzo de 2016.", [("3 de marzo de 2016", "2016-03-03")]),
    ("El próximo mes subirán los precios.", [("El próximo mes", "2019-06")]),
    ("La línea estará lista a finales de 2019.", [("finales de 2019", "2019")]),
    ("A principios de mayo llovió mucho.", [("principios de mayo", "2019-05")]),
    ("Hace dos semanas se firmó el acuerdo.", [("Hace dos semanas", "2019-05-01")]),
    ("Los resultados llegarán dentro de tres días.", [("dentro de tres días", "2019-05-18")]),
    ("Pasado mañana se vota la ley.", [("Pasado mañana", "2019-05-17")]),
    ("Anteayer ardió un almacén.", [("Anteayer", "2019-05-13")]),
    ("Ayer por la tarde hubo un accidente.", [("Ayer por la tarde", "2019-05-14")]),
    ("El año pasado cayeron las ventas.", [("El año pasado", "2018")]),
    ("La semana que viene llega el presidente.", [("La semana que viene", "2019-W21")]),
    ("Este fin de semana habrá huelga.", [("Este fin de semana", "2019-W20-WE")]),
    ("En el verano de 2018 hizo mucho calor.", [("el verano de 2018", "2018-SU")]),
    ("En el tercer trimestre de 2018 subió el beneficio.", [("el tercer trimestre de 2018", "2018-Q3")]),
    ("En Navidad cerró la tienda.", [("Navidad", "2018-12-25")]),
    ("La banda triunfó en los años ochenta.", [("los años ochenta", "198X")]),
    ("La presa se construyó en 1979.", [("1979", "1979")]),
    ("Dirigió la empresa durante 20 años.", [("20 años", "P20Y", "duration")]),
    ("El contrato se firmó el 25/08/2018.", [("25/08/2018", "2018-08-25")]),
    ("El domingo por la noche hubo disturbios.", [("domingo por la noche", "2019-05-12")]),
    ("A mediados de junio abrirá la fábrica.", [("mediados de junio", "2019-06")]),
    ("Hace un mes dimitió el alcalde.", [("Hace un mes", "2019-04-15")]),
    ("Las elecciones serán en dos meses.", [("en dos meses", "2019-07-15")]),
    ("Esta semana se reúne el consejo.", [("Esta semana", "2019-W20")]),
    ("El mes pasado subió el paro.", [("El mes pasado", "2019-04")]),
    ("La ley entró en vigor el 1 de enero de dos mil diecinueve.", [("1 de enero de dos mil diecinueve", "2019-01-01")]),
    ("Fue un éxito en la década de 1990.", [("la década de 1990", "199X")]),
    ("El jueves pasado habló el rey.", [("jueves pasado", "2019-05-09")]),
    ("Mañana se celebra el juicio.", [("Mañana", "2019-05-16")]),
    # second batch
    ("El pasado mes de marzo cerró la planta.", [("pasado mes de marzo", "2019-03")]),
    ("La ley entrará en vigor el próximo 5 de junio.", [("próximo 5 de junio", "2019-06-05")]),
    ("El pasado 3 de mayo hubo un terremoto.", [("pasado 3 de mayo", "2019-05-03")]),
    ("La semana pasada hubo huelga.", [("La semana pasada", "2019-W19")]),
    ("Hace tres años se mudó a Madrid.", [("Hace tres años", "2016-05-15")]),
    ("La empresa se fundó en marzo de 2015.", [("marzo de 2015", "2015-03")]),
    ("El año que viene habrá elecciones.", [("El año que viene", "2020")]),
    ("El domingo 12 de mayo se votó.", [("domingo 12 de mayo", "2019-05-12")]),
    ("En el otoño de 2017 empezaron las obras.", [("el otoño de 2017", "2017-FA")]),
    ("A principios del próximo año subirán los impuestos.", [("principios del próximo año", "2020")]),
],
"it": [
    ("La mostra è aperta dal 3 al 9 giugno 2019.", [("dal 3 al 9 giugno 2019", "2019-06-03")]),
    ("I prezzi sono saliti dal 2010 al 2015.", [("dal 2010 al 2015", "2010")]),
    ("Lunedì si è riunito il consiglio.", [("Lunedì", "2019-05-13")]),
    ("Il vertice sarà venerdì prossimo.", [("venerdì prossimo", "2019-05-24")]),
    ("Martedì scorso si è dimesso il ministro.", [("Martedì scorso", "2019-05-14")]),
    ("L'opera sarà inaugurata martedì 4 giugno.", [("martedì 4 giugno", "2019-06-04")]),
    ("È nato il 3 marzo 2016.", [("il 3 marzo 2016", "2016-03-03")]),
    ("I risultati arriveranno fra tre giorni.", [("fra tre giorni", "2019-05-18")]),
    ("L'altro ieri è bruciato un magazzino.", [("L'altro ieri", "2019-05-13")]),
    ("Dopodomani si vota la legge.", [("Dopodomani", "2019-05-17")]),
    ("Ieri sera c'è stato un incidente.", [("Ieri sera", "2019-05-14")]),
    ("Il mese prossimo saliranno i prezzi.", [("Il mese prossimo", "2019-06")]),
    ("L'anno scorso sono calate le vendite.", [("L'anno scorso", "2018")]),
    ("La settimana scorsa c'è stato uno sciopero.", [("La settimana scorsa", "2019-W19")]),
    ("Due settimane fa è stato firmato l'accordo.", [("Due settimane fa", "2019-05-01")]),
    ("All'inizio di maggio è piovuto molto.", [("All'inizio di maggio", "2019-05")]),
    ("La linea sarà pronta alla fine del 2019.", [("fine del 2019", "2019")]),
    ("A metà giugno aprirà la fabbrica.", [("metà giugno", "2019-06")]),
    ("Nell'estate del 2018 ha fatto molto caldo.", [("Nell'estate del 2018", "2018-SU")]),
    ("Nel terzo trimestre del 2018 è salito l'utile.", [("terzo trimestre del 2018", "2018-Q3")]),
    ("A Natale il negozio era chiuso.", [("Natale", "2018-12-25")]),
    ("La band era famosa negli anni Ottanta.", [("negli anni Ottanta", "198X")]),
    ("La diga fu costruita nel 1979.", [("1979", "1979")]),
    ("Ha guidato l'azienda per 20 anni.", [("20 anni", "P20Y", "duration")]),
    ("Il contratto è stato firmato il 25/08/2018.", [("il 25/08/2018", "2018-08-25")]),
    ("Domenica sera ci sono stati scontri.", [("Domenica sera", "2019-05-12")]),
    ("Questa settimana si riunisce il consiglio.", [("Questa settimana", "2019-W20")]),
    ("Questo fine settimana ci sarà uno sciopero.", [("Questo fine settimana", "2019-W20-WE")]),
    ("Le elezioni si terranno tra due mesi.", [("tra due mesi", "2019-07-15")]),
    ("Un mese fa si è dimesso il sindaco.", [("Un mese fa", "2019-04-15")]),
    ("A Pasqua le chiese erano piene.", [("Pasqua", "2019-04-21")]),
    ("Oggi il governo presenta il bilancio.", [("Oggi", "2019-05-15")]),
    ("Giovedì scorso ha parlato il presidente.", [("Giovedì scorso", "2019-05-09")]),
    ("Il 12 marzo 2019 la fabbrica ha riaperto.", [("Il 12 marzo 2019", "2019-03-12")]),
    # second batch
    ("Lo scorso 3 maggio c'è stato un terremoto.", [("scorso 3 maggio", "2019-05-03")]),
    ("La legge entrerà in vigore il prossimo 5 giugno.", [("prossimo 5 giugno", "2019-06-05")]),
    ("Tre anni fa si è trasferito a Roma.", [("Tre anni fa", "2016-05-15")]),
    ("L'azienda è stata fondata nel marzo 2015.", [("marzo 2015", "2015-03")]),
    ("L'anno prossimo ci saranno le elezioni.", [("L'anno prossimo", "2020")]),
    ("Domenica 12 maggio si è votato.", [("Domenica 12 maggio", "2019-05-12")]),
    ("Nell'autunno del 2017 sono iniziati i lavori.", [("Nell'autunno del 2017", "2017-FA")]),
    ("Lo scorso fine settimana ci sono stati scontri.", [("Lo scorso fine settimana", "2019-W19-WE")]),
    ("Entro la fine dell'anno sarà pronto.", [("Entro la fine dell'anno", "2019")]),
    ("Il 25 aprile è festa.", [("Il 25 aprile", "2019-04-25")]),
],
"nl": [
    ("In mei negentienhonderdnegentig werd de club opgericht.", [("mei negentienhonderdnegentig", "1990-05")]),
    ("De weg blijft dicht tot vrijdag.", [("tot vrijdag", "2019-05-17")]),
    ("De reeks loopt van 2007 tot de start van 2008.", [("van 2007 tot de start van 2008", "2007")]),
    ("De beurs is van 4 tot 8 maart 2020.", [("van 4 tot 8 maart 2020", "2020-03-04")]),
    ("De prijzen stegen tussen 2010 en 2015.", [("tussen 2010 en 2015", "2010")]),
    ("Maandag kwam de raad bijeen.", [("Maandag", "2019-05-13")]),
    ("Volgende week vrijdag is de top.", [("Volgende week vrijdag", "2019-05-24")]),
    ("Vorige dinsdag trad de minister af.", [("Vorige dinsdag", "2019-05-07")]),
    ("Het werk wordt dinsdag 4 juni geopend.", [("dinsdag 4 juni", "2019-06-04")]),
    ("Hij werd op 3 maart 2016 gearresteerd.", [("3 maart 2016", "2016-03-03")]),
    ("Eind volgende maand stijgen de prijzen.", [("Eind volgende maand", "2019-06")]),
    ("Begin mei regende het veel.", [("Begin mei", "2019-05")]),
    ("Medio juni gaat de fabriek open.", [("Medio juni", "2019-06")]),
    ("Twee weken geleden werd het akkoord getekend.", [("Twee weken geleden", "2019-05-01")]),
    ("De uitslag komt over drie dagen.", [("over drie dagen", "2019-05-18")]),
    ("Overmorgen stemt de Kamer.", [("Overmorgen", "2019-05-17")]),
    ("Eergisteren brandde een loods af.", [("Eergisteren", "2019-05-13")]),
    ("Gisteravond was er een ongeluk.", [("Gisteravond", "2019-05-14")]),
    ("Vorig jaar daalde de omzet.", [("Vorig jaar", "2018")]),
    ("Volgende week komt de minister.", [("Volgende week", "2019-W21")]),
    ("Dit weekend wordt er gestaakt.", [("Dit weekend", "2019-W20-WE")]),
    ("In de zomer van 2018 was het heet.", [("de zomer van 2018", "2018-SU")]),
    ("In het derde kwartaal van 2018 steeg de winst.", [("het derde kwartaal van 2018", "2018-Q3")]),
    ("Met Kerstmis was de winkel dicht.", [("Kerstmis", "2018-12-25")]),
    ("In de jaren tachtig was de stad armer.", [("de jaren tachtig", "198X")]),
    ("De dam werd in 1979 gebouwd.", [("1979", "1979")]),
    ("Hij leidde het bedrijf 20 jaar.", [("20 jaar", "P20Y", "duration")]),
    ("Het contract werd op 25-08-2018 getekend.", [("25-08-2018", "2018-08-25")]),
    ("Zondagavond waren er rellen.", [("Zondagavond", "2019-05-12")]),
    ("Deze week vergadert de raad.", [("Deze week", "2019-W20")]),
    ("Vorige maand steeg de werkloosheid.", [("Vorige maand", "2019-04")]),
    ("Een maand geleden trad de burgemeester af.", [("Een maand geleden", "2019-04-15")]),
    ("Over twee maanden zijn er verkiezingen.", [("Over twee maanden", "2019-07-15")]),
    ("Met Pasen waren de kerken vol.", [("Pasen", "2019-04-21")]),
    ("Aanstaande vrijdag wordt er gestaakt.", [("Aanstaande vrijdag", "2019-05-17")]),
    ("De lijn is eind 2019 klaar.", [("eind 2019", "2019")]),
    ("Donderdag sprak de koning.", [("Donderdag", "2019-05-09")]),
    # second batch
    ("Afgelopen maandag werd er gestaakt.", [("Afgelopen maandag", "2019-05-13")]),
    ("Komende dinsdag stemt de Kamer.", [("Komende dinsdag", "2019-05-21")]),
    ("Begin volgend jaar gaat de fabriek dicht.", [("Begin volgend jaar", "2020")]),
    ("Eind vorig jaar sloot de fabriek.", [("Eind vorig jaar", "2018")]),
    ("Drie jaar geleden verhuisde hij.", [("Drie jaar geleden", "2016-05-15")]),
    ("Het bedrijf werd in maart 2015 opgericht.", [("maart 2015", "2015-03")]),
    ("Zondag 12 mei werd er gestemd.", [("Zondag 12 mei", "2019-05-12")]),
    ("In het najaar van 2017 begon de bouw.", [("het najaar van 2017", "2017-FA")]),
    ("Vorig weekend waren er rellen.", [("Vorig weekend", "2019-W19-WE")]),
    ("Op 5 mei wordt de bevrijding gevierd.", [("5 mei", "2019-05-05")]),
],
"pt": [
    ("A feira decorre de 3 a 7 de junho de 2019.", [("de 3 a 7 de junho de 2019", "2019-06-03")]),
    ("Os preços subiram entre 2010 e 2015.", [("entre 2010 e 2015", "2010")]),
    ("Na segunda-feira o conselho se reuniu.", [("segunda-feira", "2019-05-13")]),
    ("A cúpula será na próxima terça-feira.", [("próxima terça-feira", "2019-05-21")]),
    ("O ministro renunciou na última sexta-feira.", [("última sexta-feira", "2019-05-10")]),
    ("A obra será inaugurada terça-feira, 4 de junho.", [("terça-feira, 4 de junho", "2019-06-04")]),
    ("Ele foi preso em 3 de março de 2016.", [("3 de março de 2016", "2016-03-03")]),
    ("No próximo mês os preços vão subir.", [("próximo mês", "2019-06")]),
    ("A linha ficará pronta no fim de 2019.", [("fim de 2019", "2019")]),
    ("No início de maio choveu muito.", [("início de maio", "2019-05")]),
    ("Há duas semanas o acordo foi assinado.", [("Há duas semanas", "2019-05-01")]),
    ("O resultado sai daqui a duas semanas.", [("daqui a duas semanas", "2019-05-29")]),
    ("Depois de amanhã a lei será votada.", [("Depois de amanhã", "2019-05-17")]),
    ("Anteontem um armazém pegou fogo.", [("Anteontem", "2019-05-13")]),
    ("Ontem à noite houve um acidente.", [("Ontem à noite", "2019-05-14")]),
    ("No ano passado as vendas caíram.", [("ano passado", "2018")]),
    ("Na semana que vem chega o presidente.", [("semana que vem", "2019-W21")]),
    ("Neste fim de semana haverá greve.", [("Neste fim de semana", "2019-W20-WE")]),
    ("No verão de 2018 fez muito calor.", [("verão de 2018", "2018-SU")]),
    ("No terceiro trimestre de 2018 o lucro subiu.", [("terceiro trimestre de 2018", "2018-Q3")]),
    ("No Natal a loja fechou.", [("Natal", "2018-12-25")]),
    ("A banda fez sucesso nos anos 80.", [("nos anos 80", "198X")]),
    ("A barragem foi construída em 1979.", [("1979", "1979")]),
    ("Ele dirigiu a empresa por 20 anos.", [("20 anos", "P20Y", "duration")]),
    ("O contrato foi assinado em 25/08/2018.", [("25/08/2018", "2018-08-25")]),
    ("Domingo à noite houve confrontos.", [("Domingo à noite", "2019-05-12")]),
    ("Esta semana o conselho se reúne.", [("Esta semana", "2019-W20")]),
    ("No mês passado o desemprego subiu.", [("mês passado", "2019-04")]),
    ("Há um mês o prefeito renunciou.", [("Há um mês", "2019-04-15")]),
    ("As eleições serão dentro de dois meses.", [("dentro de dois meses", "2019-07-15")]),
    ("Na Páscoa as igrejas estavam cheias.", [("Páscoa", "2019-04-21")]),
    ("Hoje o governo apresenta o orçamento.", [("Hoje", "2019-05-15")]),
    ("O pagamento sai dia 20.", [("dia 20", "2019-04-20")]),
    ("A feira abre no dia 3 de junho.", [("dia 3 de junho", "2019-06-03")]),
    ("Nesta sexta-feira haverá greve.", [("Nesta sexta-feira", "2019-05-17")]),
    ("O acordo foi fechado na quinta-feira passada.", [("quinta-feira passada", "2019-05-09")]),
    # second batch
    ("O acordo foi assinado no último dia 10.", [("último dia 10", "2019-05-10")]),
    ("A lei entra em vigor no próximo dia 5.", [("próximo dia 5", "2019-06-05")]),
    ("Há três anos ele se mudou para Lisboa.", [("Há três anos", "2016-05-15")]),
    ("A empresa foi fundada em março de 2015.", [("março de 2015", "2015-03")]),
    ("No ano que vem haverá eleições.", [("ano que vem", "2020")]),
    ("No domingo, 12 de maio, houve eleições.", [("domingo, 12 de maio", "2019-05-12")]),
    ("No outono de 2017 começaram as obras.", [("outono de 2017", "2017-FA")]),
    ("No fim de semana passado houve confrontos.", [("fim de semana passado", "2019-W19-WE")]),
    ("A semana passada foi difícil.", [("semana passada", "2019-W19")]),
    ("Em 25 de abril de 1974 caiu a ditadura.", [("25 de abril de 1974", "1974-04-25")]),
],
"fr": [
    ("Le salon aura lieu du 3 au 5 mars 2020 à Paris.", [("du 3 au 5 mars 2020", "2020-03-03")]),
    ("Les prix ont augmenté entre 2010 et 2015.", [("entre 2010 et 2015", "2010")]),
    ("Vendredi dernier, le ministre a démissionné.", [("Vendredi dernier", "2019-05-10")]),
    ("Il est né le 3 février 2016.", [("3 février 2016", "2016-02-03")]),
    ("L'accord a été signé il y a deux semaines.", [("il y a deux semaines", "2019-05-01")]),
    ("Les résultats arrivent dans trois jours.", [("dans trois jours", "2019-05-18")]),
    ("Après-demain, le Sénat vote.", [("Après-demain", "2019-05-17")]),
    ("L'année dernière, les ventes ont baissé.", [("L'année dernière", "2018")]),
    ("La semaine prochaine, le président arrive.", [("La semaine prochaine", "2019-W21")]),
    ("La ligne sera prête à la fin de 2019.", [("fin de 2019", "2019")]),
    ("Début mai, il a beaucoup plu.", [("Début mai", "2019-05")]),
    ("Le groupe était célèbre dans les années 80.", [("les années 80", "198X")]),
    ("À Noël, le magasin était fermé.", [("Noël", "2018-12-25")]),
    ("Le barrage a été construit en 1979.", [("1979", "1979")]),
    ("L'été 2018 a été très chaud.", [("L'été 2018", "2018-SU")]),
    ("Dimanche soir, il y a eu des heurts.", [("Dimanche soir", "2019-05-12")]),
    ("Le mois prochain, les prix vont monter.", [("Le mois prochain", "2019-06")]),
    ("Mardi 4 juin, l'usine ouvrira.", [("Mardi 4 juin", "2019-06-04")]),
],
"sv": [
    ("Mötet hölls Jul 18 i Stockholm.", [("Jul 18", "2018-07-18")]),
    ("Vi firar jul hemma.", [("jul", "2018-12-25")]),
    ("I maj nittonhundranittio grundades klubben.", [("maj nittonhundranittio", "1990-05")]),
],
"nb": [
    ("Han ble nummer to i fjor.", [("i fjor", "2018")]),
    ("Veien er stengt inntil fredag.", [("inntil fredag", "2019-05-17")]),
],
"da": [
    ("Drikkevandet skal koges indtil fredag.", [("indtil fredag", "2019-05-17")]),
],
"pl": [
    ("Most będzie zamknięty do 30 października.", [("do 30 października", "2019-10-30")]),
],
"ar": [
    ("افتتحت المحطة بعد ثلاث سنوات من أعمال البناء.", [("ثلاث سنوات", "P3Y", "duration")]),
    ("سيعود بعد ثلاث سنوات من الآن.", [("بعد ثلاث سنوات", "2022-05-15")]),
],
}


def records():
    for lang, rows in CASES.items():
        for n, row in enumerate(rows):
            text, exp = row[0], row[1]
            rec = {"id": f"check-{lang}-{n:02d}", "lang": lang, "dct": DCT, "text": text,
                   "expect": [[e[0], e[1], e[2] if len(e) > 2 else "date"] for e in exp]}
            if len(row) > 2 and row[2] == KNOWN:
                rec["known"] = True
            yield rec


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    fixture = os.path.join(here, "..", "..", "Tests", "NLPHostTests", "Fixtures", "dates_check.jsonl")
    if sys.argv[1:2] == ["gen"]:
        with open(fixture, "w", encoding="utf-8") as f:
            for r in records():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    nlpsh = sys.argv[2]
    recs = list(records())
    got = caseset.run(nlpsh, recs)
    stats = {}
    for r in recs:
        ok = got.get(r["id"], []) == sorted(list(e) for e in r["expect"])
        s = stats.setdefault(r["lang"], [0, 0])
        s[0] += ok; s[1] += 1
        if not ok:
            print(f"FAIL {r['id']}{' (known)' if r.get('known') else ''}: {r['text']}\n   want {r['expect']}\n   got  {got.get(r['id'], [])}")
    for lang, (ok, n) in stats.items():
        print(f"{lang}: {ok}/{n} = {ok / n:.2f}")
    print(f"ALL: {sum(s[0] for s in stats.values())}/{sum(s[1] for s in stats.values())}")


if __name__ == "__main__":
    main()
