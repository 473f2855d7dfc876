#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Negative cases for the `dates` stage: news sentences full of numbers and words that look like dates but are
none -- scores, times alone, quantities and measures, versions and model numbers, phone numbers and ids, ordinals
that count something other than days, month and weekday names used otherwise ("May I", "to march", "Avril
Lavigne", "Sunday Times"), percentages and money, decimals with dots or commas, ranges of counts -- plus the
positive side of year ranges ("2010-2015", "2010–15"). `expect` is the exact list of dates and durations the
sentence yields, often empty. News convention (direction=past), DCT Wednesday 2019-05-15 (Mon 13, Tue 14,
Fri 10, Sat 11, Sun 12).

Conventions these cases fix (Plugins/Dates/README.md, "What is not a date"):
- A time of day alone is no date ("at 8pm", "um 20 Uhr", "à 20h"); the suites annotate dates only.
- "now" and its words ("jetzt", "maintenant", "ahora", "adesso", "agora", "nu", "nå", "teraz", "الآن") alone are no
  date; neither suite annotates them bare ("N days from now" is a date).
- A count of days is a duration, never a date ("10 days of rain" P10D).
- Named days that are commercial events, not holidays ("Black Friday", "Cyber Monday"), and names of newspapers
  ("Sunday Times") are no date.
- A plural unit after a modifier without a count is no date ("in the coming days", "nas últimas semanas").
- A year range with a dash is one date valued as its first year with `end` ("2010-2015", "2010–15"), as
  "between 2010 and 2015" (a range of two four-digit years, or a four-digit year and two digits that follow it).

  negative_cases.py run NLPSH [--show] [--lang L]   prints pass rates per language
  negative_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_negative.jsonl
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402

DCT = "2019-05-15"
# (text, [(span, value[, type])]); a KNOWN third element marks a known failure kept out of the fixture
KNOWN = caseset.KNOWN

CASES = {
"en": [
    ("The company said unemployment in the region fell to 3.5 percent, the lowest rate on record.", []),
    ("Analysts expect the new iOS 10.3 update to fix the battery problem reported by users.", []),
    ("Liverpool won 3-1 at Anfield.", []),
    ("The final score was 2:1 after extra time.", []),
    ("The meeting starts at 8pm.", []),
    ("Doors open at 10:30 a.m. sharp.", []),
    ("The minister spoke at 9 o'clock.", []),
    ("After 10 days of rain the river burst its banks.", [("10 days", "P10D", "duration")]),
    ("More than 2016 people signed the petition.", []),
    ("Police investigated in 2016 cases of fraud.", []),
    ("See page 12 for the full table.", []),
    ("Item 3.5 of the agenda was postponed.", []),
    ("The update to iOS 10.3 fixed the bug.", []),
    ("A Boeing 747 landed safely.", []),
    ("Paper of size A4 is standard.", []),
    ("Call 555-0123 for tickets.", []),
    ("Call +44 20 7946 0958 for details.", []),
    ("The case number is 2019-0457.", []),
    ("It was the 3rd attempt to climb the peak.", []),
    ("She finished 5th in the race.", []),
    ("May I ask a question?", []),
    ("Thousands plan to march on the capital.", []),
    ("The rover landed on Mars.", []),
    ("Avril Lavigne sang at the gala.", []),
    ("The Sunday Times broke the story.", []),
    ("Shops expect record sales on Black Friday.", [("Black Friday", "2018-11-23")]),
    ("Apollo 11 reached the moon.", []),
    ("Unemployment fell to 3.5 percent.", []),
    ("Inflation stood at 12.5 %.", []),
    ("The bill came to $2,019.", []),
    ("Version 1.2.3 is out.", []),
    ("The game needs 5-7 players.", []),
    ("We are ready now.", []),
    ("Prices rose from 2010-2015.", [("from 2010-2015", "2010")]),
    ("Prices rose (2010-2015) and fell.", [("2010-2015", "2010")]),
    ("Call +86 138-2010-2015 now.", []),
    ("Output grew in 2010–15 by a third.", [("2010–15", "2010")]),
    ("Output grew in the years 2010-2015.", [("2010-2015", "2010")]),
    ("Leeds won 3-1 on Saturday.", [("Saturday", "2019-05-11")]),
    ("The session on Monday begins at 9am.", [("Monday", "2019-05-13")]),
],
"de": [
    ("Die Arbeitslosenquote in der Region sank nach Angaben des Amtes auf 3.5 Prozent.", []),
    ("Juni Meyer gewann das Turnier in der Halle vor mehr als tausend Zuschauern.", []),
    ("Bayern feierte einen 2:1-Sieg gegen Dortmund.", []),
    ("Das Spiel endete 3:0.", []),
    ("Die Sitzung beginnt um 20 Uhr.", []),
    ("Der Zug fährt um 8.15 Uhr ab.", []),
    ("Nach 10 Tagen Regen trat der Fluss über die Ufer.", [("10 Tagen", "P10D", "duration")]),
    ("Mehr als 2016 Menschen unterschrieben.", []),
    ("Siehe Seite 12 des Berichts.", []),
    ("Punkt 3.5 der Tagesordnung wurde vertagt.", []),
    ("Das Update auf iOS 10.3 behebt den Fehler.", []),
    ("Eine Boeing 747 landete sicher.", []),
    ("Ein Blatt im Format A4 genügt.", []),
    ("Rufen Sie 030 1234567 an.", []),
    ("Er belegte den 5. Platz.", []),
    ("Sie kam im 3. Versuch ins Ziel.", []),
    ("Die Sonde erreichte den Mars.", []),
    ("Juni Meyer gewann das Turnier.", []),
    ("Die Arbeitslosenquote sank auf 3,5 Prozent.", []),
    ("Die Inflation lag bei 12,5 %.", []),
    ("Version 1.2.3 ist erschienen.", []),
    ("Das Spiel ist für 5-7 Spieler.", []),
    ("Wir sind jetzt bereit.", []),
    ("Händler hoffen auf den Black Friday.", []),
    ("Die Preise stiegen 2010-2015 stark.", [("2010-2015", "2010")]),
    ("Bayern gewann am Samstag 2:1.", [("Samstag", "2019-05-11")]),
],
"fr": [
    ("Le robot de la mission s'est posé sans encombre sur Mars, selon l'agence.", []),
    ("Dans le jeu de rôle, chaque équipe doit trouver la sortie.", []),
    ("Lyon s'est imposé 3-1 à domicile.", []),
    ("La réunion commence à 20h.", []),
    ("Le train part à 8h30.", []),
    ("Après 10 jours de pluie, la rivière a débordé.", [("10 jours", "P10D", "duration")]),
    ("Plus de 2016 personnes ont signé.", []),
    ("Voir la page 12 du rapport.", []),
    ("La mise à jour iOS 10.3 corrige le problème.", []),
    ("Un Boeing 747 a atterri.", []),
    ("Appelez le 01 23 45 67 89.", []),
    ("Le candidat est qualifié pour le 2e tour.", []),
    ("Il a terminé à la 5e place.", []),
    ("Le robot s'est posé sur Mars.", []),
    ("Avril Lavigne a chanté au gala.", []),
    ("Le chômage a baissé à 3,5 %.", []),
    ("La version 1.2.3 est sortie.", []),
    ("Le jeu se joue à 5-7 joueurs.", []),
    ("Nous sommes prêts maintenant.", []),
    ("Les prix ont augmenté en 2010-2015.", [("2010-2015", "2010")]),
    ("Lyon s'est imposé 3-1 samedi.", [("samedi", "2019-05-11")]),
],
"es": [
    ("El Madrid ganó 3-1 en casa.", []),
    ("La reunión empieza a las 20:00.", []),
    ("Tras 10 días de lluvia el río se desbordó.", [("10 días", "P10D", "duration")]),
    ("Más de 2016 personas firmaron.", []),
    ("Véase la página 12 del informe.", []),
    ("La actualización a iOS 10.3 corrige el fallo.", []),
    ("Un Boeing 747 aterrizó sin problemas.", []),
    ("Llame al 91 123 45 67.", []),
    ("Terminó en el 3.º puesto.", []),
    ("Fue su 5º intento.", []),
    ("La sonda llegó a Marte.", []),
    ("El paro bajó al 3,5 %.", []),
    ("La versión 1.2.3 ya está disponible.", []),
    ("El juego es para 5-7 jugadores.", []),
    ("Estamos listos ahora.", []),
    ("Los precios subieron en 2010-2015.", [("2010-2015", "2010")]),
    ("El Madrid ganó 3-1 el sábado.", [("sábado", "2019-05-11")]),
],
"it": [
    ("Secondo il rapporto, la disoccupazione è scesa al 3.5 per cento nella regione.", []),
    ("La Juve ha vinto 3-1 in casa.", []),
    ("La riunione inizia alle 20.", []),
    ("Il treno parte alle 8.30.", []),
    ("Dopo 10 giorni di pioggia il fiume è esondato.", [("10 giorni", "P10D", "duration")]),
    ("Più di 2016 persone hanno firmato.", []),
    ("Vedi pagina 12 del rapporto.", []),
    ("Un Boeing 747 è atterrato.", []),
    ("È arrivato al 5° posto.", []),
    ("La sonda è arrivata su Marte.", []),
    ("Augusto Rossi ha vinto il premio.", []),
    ("La disoccupazione è scesa al 3,5 %.", []),
    ("La versione 1.2.3 è uscita.", []),
    ("Siamo pronti adesso.", []),
    ("I prezzi sono saliti nel 2010-2015.", [("2010-2015", "2010")]),
    ("La Juve ha vinto 3-1 sabato.", [("sabato", "2019-05-11")]),
],
"pt": [
    ("O Benfica venceu por 3-1.", []),
    ("A reunião começa às 20h.", []),
    ("Após 10 dias de chuva o rio transbordou.", [("10 dias", "P10D", "duration")]),
    ("Mais de 2016 pessoas assinaram.", []),
    ("Veja a página 12 do relatório.", []),
    ("Um Boeing 747 aterrou.", []),
    ("Ficou em 3.º lugar.", []),
    ("A sonda chegou a Marte.", []),
    ("O desemprego caiu para 3,5 %.", []),
    ("A versão 1.2.3 foi lançada.", []),
    ("Estamos prontos agora.", []),
    ("Os preços subiram em 2010-2015.", [("2010-2015", "2010")]),
    ("O Benfica venceu por 3-1 no sábado.", [("sábado", "2019-05-11")]),
],
"nl": [
    ("Ajax won met 3-1 van PSV.", []),
    ("De vergadering begint om 20 uur.", []),
    ("Na 10 dagen regen trad de rivier buiten haar oevers.", [("10 dagen", "P10D", "duration")]),
    ("Meer dan 2016 mensen tekenden.", []),
    ("Zie pagina 12 van het rapport.", []),
    ("Een Boeing 747 landde veilig.", []),
    ("Hij eindigde op de 5e plaats.", []),
    ("De sonde bereikte Mars.", []),
    ("De werkloosheid daalde tot 3,5 procent.", []),
    ("Versie 1.2.3 is uit.", []),
    ("We zijn nu klaar.", []),
    ("De prijzen stegen in 2010-2015.", [("2010-2015", "2010")]),
    ("Ajax won zaterdag met 3-1.", [("zaterdag", "2019-05-11")]),
],
"da": [
    ("Brøndby vandt 3-1 hjemme.", []),
    ("Mødet begynder klokken 20.", []),
    ("Efter 10 dages regn gik åen over sine bredder.", [("10 dages", "P10D", "duration")]),
    ("Mere end 2016 personer skrev under.", []),
    ("Se side 12 i rapporten.", []),
    ("Et Boeing 747 landede sikkert.", []),
    ("Han endte på en 5. plads.", []),
    ("Ledigheden faldt til 3,5 procent.", []),
    ("Vi er klar nu.", []),
    ("Priserne steg i 2010-2015.", [("2010-2015", "2010")]),
    ("Brøndby vandt 3-1 lørdag.", [("lørdag", "2019-05-11")]),
],
"sv": [
    ("AIK vann med 3-1 hemma.", []),
    ("Mötet börjar klockan 20.", []),
    ("Mer än 2016 personer skrev under.", []),
    ("Se sidan 12 i rapporten.", []),
    ("En Boeing 747 landade.", []),
    ("Han kom på 5:e plats.", []),
    ("Arbetslösheten sjönk till 3,5 procent.", []),
    ("Vi är redo nu.", []),
    ("Priserna steg 2010-2015.", [("2010-2015", "2010")]),
    ("AIK vann med 3-1 i lördags.", [("i lördags", "2019-05-11")]),
],
"nb": [
    ("Rosenborg vant 3-1 hjemme.", []),
    ("Møtet begynner klokken 20.", []),
    ("Mer enn 2016 personer skrev under.", []),
    ("Se side 12 i rapporten.", []),
    ("Han endte på 5. plass.", []),
    ("Ledigheten falt til 3,5 prosent.", []),
    ("Vi er klare nå.", []),
    ("Prisene steg i 2010-2015.", [("2010-2015", "2010")]),
    ("Rosenborg vant 3-1 lørdag.", [("lørdag", "2019-05-11")]),
],
"pl": [
    ("Legia wygrała 3:1 u siebie.", []),
    ("Spotkanie zaczyna się o 20.", []),
    ("Ponad 2016 osób podpisało petycję.", []),
    ("Zobacz stronę 12 raportu.", []),
    ("Boeing 747 wylądował bezpiecznie.", []),
    ("Zajął 5. miejsce.", []),
    ("Bezrobocie spadło do 3,5 proc.", []),
    ("Jesteśmy gotowi teraz.", []),
    ("Legia wygrała 3:1 w sobotę.", [("sobotę", "2019-05-11")]),
],
"ar": [
    ("فاز الفريق 3-1 على ملعبه.", []),
    ("يبدأ الاجتماع في الساعة 8 مساء.", []),
    ("وقع أكثر من 2016 شخصا على العريضة.", []),
    ("انظر الصفحة 12 من التقرير.", []),
    ("هبطت طائرة بوينغ 747 بسلام.", []),
    ("انخفضت البطالة إلى 3.5 في المئة.", []),
    ("نحن مستعدون الآن.", []),
    ("فاز الفريق 3-1 يوم السبت.", [("السبت", "2019-05-11")]),
],
}

# A plural unit after a modifier without a count names no one unit: "in the coming days", "in den vergangenen Jahren",
# "nas últimas semanas" are no date (they were read as tomorrow, last year, last week); with a count they stay durations.
# Written with the mechanism, from the probe of news phrases that found the German and English readings.
PLURAL = {
    "en": [("In the coming days we will decide.", []), ("Over the past years the city grew.", []),
           ("In the coming two weeks we will decide.", [("two weeks", "P2W", "duration")])],
    "de": [("In den kommenden Wochen wird gebaut.", []), ("In den vergangenen Jahren wuchs die Stadt.", []),
           ("In den nächsten drei Tagen wird entschieden.", [("drei Tagen", "P3D", "duration")])],
    "nl": [("De afgelopen weken regende het.", []), ("De komende dagen wordt besloten.", [])],
    "da": [("De seneste dage har det regnet.", []), ("De kommende uger bliver travle.", [])],
    "sv": [("De senaste veckorna har det regnat.", []), ("De kommande dagarna blir det kallt.", [])],
    "nb": [("De siste dagene har det regnet.", []), ("De neste ukene blir travle.", [])],
    "fr": [("Dans les prochains jours on décidera.", []), ("Les semaines dernières il a plu.", [])],
    "es": [("En las próximas semanas se decidirá.", []), ("Las semanas pasadas llovió.", [])],
    "it": [("Nei prossimi giorni si deciderà.", []), ("Le settimane scorse ha piovuto.", [])],
    "pt": [("Nas últimas semanas choveu.", []), ("Nos próximos dias será decidido.", []),
           ("Nos próximos 3 dias será decidido.", [("3 dias", "P3D", "duration")])],
    "pl": [("W ostatnich dniach padało.", []), ("W najbliższych tygodniach zdecydujemy.", [])],
    "ar": [("في الأيام الماضية هطلت الأمطار.", []), ("في الأسابيع المقبلة سنقرر.", [])],
}
for _lang, _items in PLURAL.items():
    CASES.setdefault(_lang, []).extend(_items)


def main():
    caseset.main_sentences(CASES, "neg", DCT, "dates_negative.jsonl")


if __name__ == "__main__":
    main()
