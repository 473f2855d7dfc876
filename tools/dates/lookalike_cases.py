#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Look-alike cases for the `dates` stage in Dutch, Spanish and Portuguese: news sentences and requests that hold
words and numbers which look like dates but are none, next to real dates in the same sentence -- first names and
surnames that are month or weekday names ("Julio Iglesias", "Abril", "Clínica Mayo", "Domingos", "Jan de Vries",
"April Jansen", "Leon de Winter"), ordinals and weekday words in other senses ("segundo lugar", "el primero en
llegar", "a segunda vez", "uma terça parte", "numa quinta no Douro", "de Tweede Kamer", "de eerste keer"), holiday
words in names ("Isla de Pascua", "Pascual", "Natal" the Brazilian city, a film called "Navidad en familia"),
seasons and months in compounds and idioms ("la primavera árabe", "meiboom", "zomertijd", "Avenida 9 de Julio",
"Rua 25 de Março"), and numbers: scores, times alone, fractions, versions, house numbers, prices, percentages,
phone numbers, postcodes, ranges of counts, ages and counts of days. `expect` is the exact list of dates and
durations, often only the real date. News convention (direction=past), DCT Monday 2016-11-07 (Tue 1, Wed 2,
Thu 3, Fri 4, Sat 5, Sun 6 November).

Conventions these cases fix (Plugins/Dates/README.md, "Look-alikes in Dutch, Spanish and Portuguese"):
- An age is a duration, like any count of years: "un hombre de [30 años]" P30Y, "[drie jaar] oud" P3Y.
- A date that names a street, square, bridge or avenue is part of a name, no date: "la Avenida 9 de Julio", "a Rua
  25 de Março", "a Ponte 25 de Abril", "la calle 8 de Marzo" (the noun or the month capitalised).
- Portuguese "Natal" without an article after "em" or "para" is the city ("o voo para Natal"); Christmas takes its
  article ("no Natal", "o Natal").
- A capitalised month, weekday or season next to a name is part of it where months are written in lower case.
The last group of each language holds the same shapes where they are dates.

  lookalike_cases.py run NLPSH [--show] [--lang L]   prints pass rates per language
  lookalike_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_lookalike.jsonl

Round 11 changed span conventions (the Recognizers-Text grammar's edges where the dev splits of its languages agree or
are silent): a bound before a weekday stays in the span ("[until Friday]", "[tot vrijdag]", "[hasta el viernes]"); an
article before a season alone or with its year stays ("[the summer of 2018]", "[de zomer van 2015]", "[el verano de
2017]"). The expected spans of this set's cases of these shapes follow them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402

DCT = "2016-11-07"
# (text, [(span, value[, type])][, KNOWN]); a KNOWN third element marks a known failure kept out of the fixture
KNOWN = caseset.KNOWN
D = "duration"

CASES = {
"nl": [
    # names
    ("Jan de Vries opende op vrijdag de nieuwe bibliotheek in Zwolle.", [("vrijdag", "2016-11-04")]),
    ("Burgemeester Jan Peeters sprak gisteren met de bewoners van de flat.", [("gisteren", "2016-11-06")]),
    ("Zangeres Mei Li trad zaterdag op in Utrecht.", [("zaterdag", "2016-11-05")]),
    ("April Jansen won in maart de marathon van Rotterdam.", [("maart", "2016-03")]),
    ("De trainer belde zondag met April en Jan over het contract.", [("zondag", "2016-11-06")]),
    ("Schrijver Leon de Winter presenteerde dinsdag zijn nieuwe roman.", [("dinsdag", "2016-11-01")]),
    ("Hans Zomer werd vorig jaar gekozen tot voorzitter van de bond.", [("vorig jaar", "2015")]),
    # ordinals in other senses
    ("De Tweede Kamer stemde woensdag over de begroting.", [("woensdag", "2016-11-02")]),
    ("Het is de eerste keer dat de club in oktober verliest.", [("oktober", "2016-10")]),
    ("Ze eindigde op de derde plaats; vorig jaar werd ze nog tweede.", [("vorig jaar", "2015")]),
    ("In de tweede helft scoorde PSV zaterdag nog twee keer.", [("zaterdag", "2016-11-05")]),
    ("Hij kwam donderdag als eerste over de streep.", [("donderdag", "2016-11-03")]),
    ("De eerste 100 klanten krijgen vrijdag korting.", [("vrijdag", "2016-11-04")]),
    ("Neem de tweede afslag en parkeer achter het station, ik ben er om 8 uur.", []),
    # seasons, months and holidays inside words
    ("In mei zetten de inwoners traditiegetrouw een meiboom op.", [("mei", "2016-05")]),
    ("Sinds zondag 30 oktober geldt weer de wintertijd.", [("Sinds zondag 30 oktober", "2016-10-30")]),
    ("In 1977 voerde Nederland de zomertijd weer in.", [("1977", "1977")]),
    ("Het paasvuur in Espelo werd in april afgelast.", [("april", "2016-04")]),
    ("De kerstmarkt in Valkenburg opent over twee weken.", [("over twee weken", "2016-11-21")]),
    # numbers
    ("Ajax won zondag met 2-1 van Feyenoord.", [("zondag", "2016-11-06")]),
    ("Op zaterdag begint de wedstrijd om 8 uur.", [("zaterdag", "2016-11-05")]),
    ("Ruim 3/4 van de leden stemde vrijdag voor het plan.", [("vrijdag", "2016-11-04")]),
    ("Voeg 3/4 van de bloem toe en kneed het deeg.", []),
    ("Android 7.1 verscheen in oktober op de eerste toestellen.", [("oktober", "2016-10")]),
    ("De iPhone kreeg vorige week de update naar iOS 10.1.", [("vorige week", "2016-W44")]),
    ("Het pand aan de Keizersgracht, huisnummer 2010, werd in 2015 verkocht.", [("2015", "2015")]),
    ("Het nieuwe kantoor aan de Damstraat, 1012 AB Amsterdam, opende op 1 november.", [("1 november", "2016-11-01")]),
    ("De groep van 10-12 personen vertrekt op woensdag.", [("woensdag", "2016-11-02")]),
    ("Er deden zondag tussen de 20 en 30 lopers mee.", [("zondag", "2016-11-06")]),
    ("Haar dochter is drie jaar oud en ging vorige maand naar de opvang.",
     [("drie jaar", "P3Y", D), ("vorige maand", "2016-10")]),
    ("De staking duurde vijf dagen en eindigde op donderdag.", [("vijf dagen", "P5D", D), ("donderdag", "2016-11-03")]),
    ("Bel 020-5551234 voor kaartjes voor het concert in september.", [("september", "2016-09")]),
    ("De prijs steeg met 3,5 procent tot 12,95 euro in september.", [("september", "2016-09")]),
    ("Het kaartje kost 20,16 euro en is geldig tot 31 december.", [("tot 31 december", "2016-12-31")]),
    ("Lijn 12 rijdt sinds 2012 niet meer door het centrum.", [("sinds 2012", "2012")]),
    ("Het stadion heeft 2016 zitplaatsen en werd in 1998 geopend.", [("1998", "1998")]),
    ("Kom je zaterdag om half 9 naar kamer 2017?", [("zaterdag", "2016-11-05")]),
    # the same shapes where they are dates
    ("Ze kwam op de eerste van oktober terug uit Spanje.", [("eerste van oktober", "2016-10-01")]),
    ("De deadline voor de aanvragen was 3/4.", [("3/4", "2016-04-03")]),
    ("Het stadion werd op 12 mei geopend voor 2016 toeschouwers.", [("12 mei", "2016-05-12")]),
    ("De tentoonstelling liep van 3 tot 5 oktober in het museum.", [("van 3 tot 5 oktober", "2016-10-03")]),
    ("De brug was in de winter van 2015 dicht.", [("de winter van 2015", "2015-WI")]),
],
"es": [
    # names
    ("Julio Iglesias actuó el sábado en Madrid.", [("sábado", "2016-11-05")]),
    ("El entrenador Julio Velasco llegó ayer a Lima.", [("ayer", "2016-11-06")]),
    ("Abril Pérez ganó el concurso en octubre.", [("octubre", "2016-10")]),
    ("La actriz Abril Zamora estrenó su obra el viernes.", [("viernes", "2016-11-04")]),
    ("El ciclista Domingo Ruiz terminó en segundo lugar el domingo.", [("domingo", "2016-11-06")]),
    ("La Clínica Mayo publicó la semana pasada un estudio sobre el sueño.", [("la semana pasada", "2016-W44")]),
    ("Pascual Martínez presentó ayer su dimisión.", [("ayer", "2016-11-06")]),
    ("Las Madres de Plaza de Mayo marcharon el jueves por el centro.", [("jueves", "2016-11-03")]),
    ("El velero llegó a la Isla de Pascua el martes.", [("martes", "2016-11-01")]),
    ("La película Navidad en familia se estrenó el viernes en cien salas.", [("viernes", "2016-11-04")], KNOWN),
    ("Habló con Julio y con Abril antes del partido del domingo.", [("domingo", "2016-11-06")]),
    # ordinals in other senses
    ("Fue el primero en llegar a la meta el domingo.", [("domingo", "2016-11-06")]),
    ("Dejó las maletas en el cuarto y salió a cenar anoche.", [("anoche", "2016-11-06")]),
    ("Es el quinto título del club desde 2010.", [("desde 2010", "2010")]),
    ("En el segundo tiempo marcó Messi y el Barcelona ganó el sábado.", [("sábado", "2016-11-05")]),
    ("Ocupó el cuarto puesto en 2015.", [("2015", "2015")]),
    ("El equipo juega en Segunda División desde 2014.", [("desde 2014", "2014")]),
    # seasons, months and holidays in names and idioms
    ("La primavera árabe empezó en Túnez en diciembre de 2010.", [("diciembre de 2010", "2010-12")]),
    ("Vive en la Avenida 9 de Julio desde 2012.", [("desde 2012", "2012")]),
    ("El mercado de la calle 8 de Marzo cerró el lunes pasado.", [("lunes pasado", "2016-10-31")]),
    ("Los 40 Principales emitió anoche el concierto.", [("anoche", "2016-11-06")]),
    # numbers
    ("El Real Madrid ganó 2-1 al Barcelona el sábado.", [("sábado", "2016-11-05")]),
    ("El jueves abrimos a las 8.", [("jueves", "2016-11-03")]),
    ("Quedamos a las 8 en la plaza.", []),
    ("Compré 3/4 de kilo de queso esta mañana.", [("esta mañana", "2016-11-07")]),
    ("La actualización iOS 10.1 llegó en octubre.", [("octubre", "2016-10")]),
    ("La sede, en la calle Alcalá 45, 28001 Madrid, abrió en marzo.", [("marzo", "2016-03")]),
    ("Un hombre de 30 años fue detenido ayer en Sevilla.", [("30 años", "P30Y", D), ("ayer", "2016-11-06")]),
    ("Tras tres días de huelga, los trabajadores volvieron el jueves.", [("tres días", "P3D", D), ("jueves", "2016-11-03")]),
    ("Entre 10 y 12 personas asistieron el martes a la reunión.", [("martes", "2016-11-01")]),
    ("El grupo de 10-12 personas sale el miércoles.", [("miércoles", "2016-11-02")]),
    ("Llame al 91 555 20 16 para reservar antes del viernes.", [("antes del viernes", "2016-11-11")]),
    ("Su número de casa es el 2010 y se mudó en 2015.", [("2015", "2015")], KNOWN),
    ("El paro bajó al 2,5 % en septiembre.", [("septiembre", "2016-09")]),
    ("La entrada cuesta 20,16 euros desde el martes.", [("desde el martes", "2016-11-01")]),
    ("El estadio tiene 2016 asientos y se inauguró en 1998.", [("1998", "1998")]),
    ("Resérvame la habitación 2017 para el sábado 12 de noviembre.", [("sábado 12 de noviembre", "2016-11-12")]),
    # the same shapes where they are dates
    ("La calle estará cortada el 8 de marzo por una carrera.", [("8 de marzo", "2016-03-08")]),
    ("En Mayo de 2015 se mudó a Madrid.", [("Mayo de 2015", "2015-05")]),
    ("Los vuelos salen entre el 3 y el 5 de octubre.", [("entre el 3 y el 5 de octubre", "2016-10-03")]),
    ("La plaza se inauguró el 12 de octubre de 1992.", [("12 de octubre de 1992", "1992-10-12")]),
],
"pt": [
    # names
    ("O voo para Natal partiu ontem à tarde.", [("ontem à tarde", "2016-11-06")]),
    ("O congresso em Natal começou na quinta-feira.", [("quinta-feira", "2016-11-03")]),
    ("Domingos Paciência chegou ontem a Lisboa.", [("ontem", "2016-11-06")]),
    ("A Editora Abril anunciou em outubro o fecho de duas revistas.", [("outubro", "2016-10")]),
    ("A Quinta da Regaleira recebeu mais visitantes no ano passado.", [("ano passado", "2015")]),
    ("O navio chegou à Ilha de Páscoa no sábado.", [("sábado", "2016-11-05")]),
    ("A loja da Rua 25 de Março reabriu na terça-feira.", [("terça-feira", "2016-11-01")]),
    ("O trânsito na Ponte 25 de Abril esteve cortado no domingo.", [("domingo", "2016-11-06")]),
    # ordinals and weekday words in other senses
    ("É a segunda vez que o Benfica perde em outubro.", [("outubro", "2016-10")]),
    ("Apanhe a segunda saída na rotunda e chegue antes de sexta-feira.", [("antes de sexta-feira", "2016-11-11")]),
    ("Uma terça parte dos eleitores votou no domingo.", [("domingo", "2016-11-06")]),
    ("A quarta parte do orçamento foi gasta em setembro.", [("setembro", "2016-09")]),
    ("Visitámos ontem uma quinta no Douro.", [("ontem", "2016-11-06")]),
    ("Ficou na sexta posição na corrida de sábado.", [("sábado", "2016-11-05")], KNOWN),
    ("O atleta ficou em segundo lugar em 2012.", [("2012", "2012")]),
    ("Pela primeira vez desde 2008, o desemprego desceu.", [("desde 2008", "2008")]),
    ("O quinto andar foi pintado na semana passada.", [("semana passada", "2016-W44")]),
    # seasons, months and holidays in names and idioms
    ("A primavera árabe começou na Tunísia em dezembro de 2010.", [("dezembro de 2010", "2010-12")]),
    ("O presépio de Natal da praça foi montado anteontem.", [("anteontem", "2016-11-05")], KNOWN),
    # numbers
    ("O Porto venceu o Braga por 2-1 no domingo.", [("domingo", "2016-11-06")]),
    ("Amanhã a loja abre às 8h.", [("Amanhã", "2016-11-08")]),
    ("A loja abre às 8h.", []),
    ("Junte 3/4 de chávena de açúcar e mexa bem.", []),
    ("A atualização iOS 10.1 chegou em outubro.", [("outubro", "2016-10")]),
    ("A sede fica na Avenida da Liberdade, 1250-096 Lisboa, desde 2014.", [("desde 2014", "2014")]),
    ("Um homem de 45 anos foi detido ontem no Porto.", [("45 anos", "P45Y", D), ("ontem", "2016-11-06")]),
    ("Após três dias de greve, os médicos voltaram na quinta-feira.", [("três dias", "P3D", D), ("quinta-feira", "2016-11-03")]),
    ("Entre 10 e 12 pessoas participaram na reunião de terça-feira.", [("terça-feira", "2016-11-01")]),
    ("O grupo de 10-12 pessoas parte na quarta-feira.", [("quarta-feira", "2016-11-02")]),
    ("Ligue 21 234 5678 para reservar até sexta-feira.", [("até sexta-feira", "2016-11-11")]),
    ("O número da casa dele é 2010 e mudou-se em 2015.", [("2015", "2015")], KNOWN),
    ("A inflação foi de 0,8 % em setembro.", [("setembro", "2016-09")]),
    ("O bilhete custa 20,16 euros desde terça-feira.", [("desde terça-feira", "2016-11-01")]),
    ("O estádio tem 2016 lugares e foi inaugurado em 1998.", [("1998", "1998")]),
    ("O cliente do quarto 12 saiu anteontem.", [("anteontem", "2016-11-05")]),
    ("O Brasil venceu por 3-0 e o jogo começou às 21h30 de quarta-feira.", [("quarta-feira", "2016-11-02")]),
    ("A filha tem dois anos e entrou na creche no mês passado.", [("dois anos", "P2Y", D), ("mês passado", "2016-10")]),
    # the same shapes where they are dates
    ("Vamos passar o Natal em família, como sempre.", [("Natal", "2016-12-25")]),
    ("A praça principal reabre a 25 de abril depois das obras.", [("25 de abril", "2016-04-25")]),
    ("Ele viajou para Natal no domingo para ver a família.", [("domingo", "2016-11-06")]),
    ("A rua foi fechada em 25 de março de 2015 por causa das obras.", [("25 de março de 2015", "2015-03-25")]),
],
}


def main():
    caseset.main_sentences(CASES, "look", DCT, "dates_lookalike.jsonl")


if __name__ == "__main__":
    main()
