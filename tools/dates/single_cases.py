#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Single expressions for the `dates` stage in the direction=future convention (DCT Tuesday 2013-02-12, the text is the
expression, spanned whole), of the kinds a list of one expression each holds, in German and English, with values by
calendar arithmetic. Families (the `pattern` starts with the letter):

  a  holidays of Germany, Austria, Switzerland, the US, UK, Ireland, Canada, Australia, bare, with a year, next/last
  b  relative units and their spellings           "the week after next", "a fortnight ago", "übernächste Woche"
  c  intervals and counted periods                "the next 3 days" P3D, "in den nächsten 3 Tagen", "the coming weekend"
  d  day and month forms                          "march first", "1st march", "am ersten März", "Mrz. 1", "den dritten"
  e  parts of the day and day words               "tomorrow morning", "tonight", "morgen früh", "gestern Nacht"
  f  seasons, beginnings and ends                 "this summer", "Anfang März", "end of the month", "EOY"
  g  ordinal and named weeks and weekdays         "the last Friday of October", "Montag in zwei Wochen", "Tuesday after next"
  h  words and numbers that are no date           "now", "42", "jetzt", "um 8 Uhr"

Conventions: Plugins/Dates/README.md ("direction=future" and "Single expressions").

  single_cases.py run NLPSH [--show] [--lang L]   runs the stage, prints pass rates per family x language
  single_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_single.jsonl
"""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402
from transfer_cases import D, RT, DU, easter, nth_wd, week, ym  # noqa: E402

TD = dt.timedelta
Y = DU.year


def iso(d):
    return d.isoformat()


def day(n):
    return iso(DU + TD(days=n))


def eo(y, n):
    return iso(easter(y) + TD(days=n))


def nxt(fn):
    """The next occurrence (today excluded) of a day given per year by fn(year) -> iso."""
    for y in (Y, Y + 1):
        if fn(y) > iso(DU):
            return fn(y)


def prev(fn):
    """The most recent occurrence before the DCT."""
    for y in (Y, Y - 1):
        if fn(y) < iso(DU):
            return fn(y)


def fixed(m, d):
    return lambda y: f"{y:04d}-{m:02d}-{d:02d}"


def easter_off(n):
    return lambda y: eo(y, n)


def nth(m, wd, n):
    return lambda y: nth_wd(y, m, wd, n)


def on_or_before(m, d, wd):
    """The weekday wd on or before m/d (Advent: the Sunday on or before 3 December)."""
    def f(y):
        x = D(y, m, d)
        return iso(x - TD(days=(x.weekday() - wd) % 7))
    return f


def shift(fn, n):
    return lambda y: iso(D.fromisoformat(fn(y)) + TD(days=n))


def next_wd(wd, base=DU):
    d = base + TD(days=1)
    while d.weekday() != wd:
        d += TD(days=1)
    return iso(d)


def wd_of_week(k, wd):
    """Weekday wd (Mon=0) of the week k weeks from the DCT's."""
    monday = DU - TD(days=DU.weekday()) + TD(days=7 * k)
    return iso(monday + TD(days=wd))


W = caseset.Written("sg", RT, DU)
du = W.du
NEG = []   # (pattern, lang, text): no date at all


def neg(pat, lang, text):
    NEG.append((pat, lang, text))


# ------------------------------------------------------------------ a  holidays
ADVENT1 = on_or_before(12, 3, 6)
TOTENSONNTAG = shift(ADVENT1, -7)
HOL = {
    "de": [
        ("Rosenmontag", easter_off(-48)), ("Weiberfastnacht", easter_off(-52)), ("Aschermittwoch", easter_off(-46)),
        ("Palmsonntag", easter_off(-7)), ("Gründonnerstag", easter_off(-3)), ("Karfreitag", easter_off(-2)),
        ("Karsamstag", easter_off(-1)), ("Ostersonntag", easter_off(0)), ("Ostern", easter_off(0)),
        ("Ostermontag", easter_off(1)), ("Christi Himmelfahrt", easter_off(39)), ("Pfingstsonntag", easter_off(49)),
        ("Pfingstmontag", easter_off(50)), ("Fronleichnam", easter_off(60)), ("Neujahr", fixed(1, 1)),
        ("Neujahrstag", fixed(1, 1)), ("Heilige Drei Könige", fixed(1, 6)), ("Dreikönigstag", fixed(1, 6)),
        ("Tag der Arbeit", fixed(5, 1)), ("Maifeiertag", fixed(5, 1)), ("Mariä Himmelfahrt", fixed(8, 15)),
        ("Reformationstag", fixed(10, 31)), ("Allerheiligen", fixed(11, 1)), ("Allerseelen", fixed(11, 2)),
        ("Martinstag", fixed(11, 11)), ("Heiligabend", fixed(12, 24)), ("Weihnachten", fixed(12, 25)),
        ("erster Weihnachtstag", fixed(12, 25)), ("zweiter Weihnachtstag", fixed(12, 26)), ("Stephanstag", fixed(12, 26)),
        ("Silvester", fixed(12, 31)), ("Mariä Empfängnis", fixed(12, 8)), ("österreichischer Nationalfeiertag", fixed(10, 26)),
        ("Schweizer Bundesfeiertag", fixed(8, 1)), ("Muttertag", nth(5, 6, 2)), ("erster Advent", ADVENT1),
        ("zweiter Advent", shift(ADVENT1, 7)), ("dritter Advent", shift(ADVENT1, 14)), ("vierter Advent", shift(ADVENT1, 21)),
        ("Totensonntag", TOTENSONNTAG), ("Ewigkeitssonntag", TOTENSONNTAG), ("Volkstrauertag", shift(TOTENSONNTAG, -7)),
        ("Buß- und Bettag", shift(TOTENSONNTAG, -4)), ("Erntedankfest", nth(10, 6, 1)), ("Walpurgisnacht", fixed(4, 30)),
        ("Tag der Deutschen Einheit", fixed(10, 3)), ("Nikolaustag", fixed(12, 6)), ("Valentinstag", fixed(2, 14)),
    ],
    "en": [
        ("Thanksgiving", nth(11, 3, 4)), ("Thanksgiving Day", nth(11, 3, 4)), ("Memorial Day", nth(5, 0, -1)),
        ("Labor Day", nth(9, 0, 1)), ("Labour Day", nth(9, 0, 1)), ("MLK Day", nth(1, 0, 3)),
        ("Martin Luther King Day", nth(1, 0, 3)), ("Presidents' Day", nth(2, 0, 3)), ("Presidents Day", nth(2, 0, 3)),
        ("Washington's Birthday", nth(2, 0, 3)), ("Columbus Day", nth(10, 0, 2)), ("Veterans Day", fixed(11, 11)),
        ("Veterans' Day", fixed(11, 11)), ("Mother's Day", nth(5, 6, 2)), ("Mothers Day", nth(5, 6, 2)),
        ("Father's Day", nth(6, 6, 3)), ("Fathers Day", nth(6, 6, 3)), ("Mothering Sunday", easter_off(-21)),
        ("Good Friday", easter_off(-2)), ("Easter Monday", easter_off(1)), ("Easter Sunday", easter_off(0)),
        ("Easter", easter_off(0)), ("Holy Saturday", easter_off(-1)), ("Maundy Thursday", easter_off(-3)),
        ("Palm Sunday", easter_off(-7)), ("Ash Wednesday", easter_off(-46)), ("Ascension Day", easter_off(39)),
        ("Whit Sunday", easter_off(49)), ("Whitsunday", easter_off(49)), ("Whit Monday", easter_off(50)),
        ("Trinity Sunday", easter_off(56)), ("Corpus Christi", easter_off(60)), ("Boxing Day", fixed(12, 26)),
        ("Christmas Eve", fixed(12, 24)), ("Christmas Day", fixed(12, 25)), ("New Year's Day", fixed(1, 1)),
        ("Independence Day", fixed(7, 4)), ("Fourth of July", fixed(7, 4)), ("Juneteenth", fixed(6, 19)),
        ("Halloween", fixed(10, 31)), ("Valentine's Day", fixed(2, 14)), ("St. Patrick's Day", fixed(3, 17)),
        ("St Patrick's Day", fixed(3, 17)), ("Remembrance Day", fixed(11, 11)), ("Armistice Day", fixed(11, 11)),
        ("Remembrance Sunday", nth(11, 6, 2)), ("Canada Day", fixed(7, 1)), ("Victoria Day", shift(on_or_before(5, 24, 0), 0)),
        ("Australia Day", fixed(1, 26)), ("Anzac Day", fixed(4, 25)), ("Groundhog Day", fixed(2, 2)),
        ("Election Day", lambda y: iso(D(y, 11, 8) - TD(days=(D(y, 11, 8).weekday() - 1) % 7))),
        ("Guy Fawkes Night", fixed(11, 5)), ("Bonfire Night", fixed(11, 5)), ("St Andrew's Day", fixed(11, 30)),
        ("Burns Night", fixed(1, 25)), ("All Saints' Day", fixed(11, 1)), ("All Souls' Day", fixed(11, 2)),
        ("Epiphany", fixed(1, 6)), ("Candlemas", fixed(2, 2)), ("Pentecost Monday", easter_off(50)),
        ("first Sunday of Advent", ADVENT1), ("Labor Day weekend", None),
    ],
}
NEXT = {"de": ["nächsten", "kommenden"], "en": ["next"]}
LAST = {"de": ["letzten", "vergangenen"], "en": ["last"]}
WITH_YEAR = [2014, 2015, 2016, 2018]
for lang, hols in HOL.items():
    for i, (name, fn) in enumerate(hols):
        if fn is None:
            continue
        du("a holiday", lang, name, nxt(fn))
        y = WITH_YEAR[i % len(WITH_YEAR)]
        du("a holiday year", lang, f"{name} {y}", fn(y))
        if i % 3 == 0:
            m = NEXT[lang][i % len(NEXT[lang])]
            du("a next holiday", lang, f"{m} {name}", nxt(fn))
        if i % 3 == 1:
            m = LAST[lang][i % len(LAST[lang])]
            du("a last holiday", lang, f"{m} {name}", prev(fn))
du("a holiday lower case", "en", "thanksgiving", nth(11, 3, 4)(Y))
du("a holiday lower case", "en", "good friday", eo(Y, -2))
du("a holiday lower case", "de", "karfreitag", eo(Y, -2))
du("a holiday lower case", "de", "pfingstmontag", eo(Y, 50))
du("a holiday of year", "en", "Thanksgiving of this year", nth(11, 3, 4)(Y))
du("a holiday of year", "en", "Easter of next year", eo(Y + 1, 0))
du("a holiday in year", "en", "Memorial Day in 2017", nth(5, 0, -1)(2017))
du("a holiday article", "de", "an Ostern", eo(Y, 0))
du("a holiday article", "de", "zu Weihnachten", f"{Y}-12-25")
du("a holiday article", "de", "an Pfingsten", eo(Y, 49))
du("a holiday article", "en", "on Boxing Day", f"{Y}-12-26")
du("a holiday article", "en", "at Easter", eo(Y, 0))

# ------------------------------------------------------------------ b  relative units
UNITS_EN = [
    ("this week", week(DU)), ("next week", week(DU, 1)), ("last week", week(DU, -1)), ("the coming week", week(DU, 1)),
    ("the following week", week(DU, 1)), ("the previous week", week(DU, -1)), ("the past week", week(DU, -1)),
    ("the week after next", week(DU, 2)), ("the week before last", week(DU, -2)), ("upcoming week", week(DU, 1)),
    ("this weekend", week(DU) + "-WE"), ("next weekend", week(DU, 1) + "-WE"), ("last weekend", week(DU, -1) + "-WE"),
    ("this month", ym(DU)), ("next month", ym(DU, 1)), ("last month", ym(DU, -1)), ("the coming month", ym(DU, 1)),
    ("the following month", ym(DU, 1)), ("the previous month", ym(DU, -1)), ("the month after next", ym(DU, 2)),
    ("this quarter", "2013-Q1"), ("next quarter", "2013-Q2"), ("last quarter", "2012-Q4"), ("the previous quarter", "2012-Q4"),
    ("this year", "2013"), ("next year", "2014"), ("the coming year", "2014"), ("the following year", "2014"),
    ("the previous year", "2012"), ("the past year", "2012"), ("the year after next", "2015"), ("the year before last", "2011"),
    ("today", day(0)), ("the day after tomorrow", day(2)), ("the day before yesterday", day(-2)),
    ("a fortnight ago", day(-14)), ("in a fortnight", day(14)), ("in two weeks' time", day(14)), ("in three days' time", day(3)),
    ("a fortnight from now", day(14)), ("two weeks from today", day(14)), ("in ten days", day(10)), ("five days ago", day(-5)),
    ("in three months", day(0)[:5] + "05-12"), ("six months ago", "2012-08-12"), ("in 2 years", "2015-02"),
]
UNITS_DE = [
    ("diese Woche", week(DU)), ("nächste Woche", week(DU, 1)), ("kommende Woche", week(DU, 1)), ("letzte Woche", week(DU, -1)),
    ("vergangene Woche", week(DU, -1)), ("übernächste Woche", week(DU, 2)), ("vorletzte Woche", week(DU, -2)),
    ("in dieser Woche", week(DU)), ("in der nächsten Woche", week(DU, 1)), ("in der kommenden Woche", week(DU, 1)),
    ("am Wochenende", week(DU) + "-WE"), ("dieses Wochenende", week(DU) + "-WE"), ("nächstes Wochenende", week(DU, 1) + "-WE"),
    ("letztes Wochenende", week(DU, -1) + "-WE"), ("am kommenden Wochenende", week(DU, 1) + "-WE"),
    ("diesen Monat", ym(DU)), ("nächsten Monat", ym(DU, 1)), ("kommenden Monat", ym(DU, 1)), ("vergangenen Monat", ym(DU, -1)),
    ("vorletzten Monat", ym(DU, -2)), ("im nächsten Monat", ym(DU, 1)),
    ("dieses Quartal", "2013-Q1"), ("nächstes Quartal", "2013-Q2"), ("letztes Quartal", "2012-Q4"), ("im nächsten Quartal", "2013-Q2"),
    ("dieses Jahr", "2013"), ("nächstes Jahr", "2014"), ("kommendes Jahr", "2014"), ("vergangenes Jahr", "2012"),
    ("vorletztes Jahr", "2011"), ("im nächsten Jahr", "2014"), ("im letzten Jahr", "2012"),
    ("in zwei Wochen", day(14)), ("vor zwei Wochen", day(-14)), ("in 14 Tagen", day(14)),
    ("vor vierzehn Tagen", day(-14)), ("in drei Tagen", day(3)), ("vor fünf Tagen", day(-5)), ("heute in einer Woche", day(7)),
    ("in drei Monaten", "2013-05-12"), ("vor sechs Monaten", "2012-08-12"), ("in 2 Jahren", "2015-02"),
]
for t, v in UNITS_EN:
    du("b relative unit", "en", t, v)
for t, v in UNITS_DE:
    du("b relative unit", "de", t, v)

# ------------------------------------------------------------------ c  intervals and counted periods
for t, v in [("the next 3 days", "P3D"), ("the last 2 weeks", "P2W"), ("past 7 days", "P7D"), ("the next two weeks", "P2W"),
             ("the last three months", "P3M"), ("the past 5 years", "P5Y"), ("the next 10 days", "P10D"),
             ("the coming weekend", week(DU, 1) + "-WE"), ("the upcoming weekend", week(DU, 1) + "-WE"),
             ("next 3 months", "P3M"), ("last 48 hours", "PT48H"), ("for 3 days", "P3D"), ("two weeks", "P2W")]:
    du("c interval", "en", t, v)
for t, v in [("in den nächsten 3 Tagen", "P3D"), ("die letzten zwei Wochen", "P2W"), ("in den letzten 7 Tagen", "P7D"),
             ("die nächsten drei Monate", "P3M"), ("in den vergangenen fünf Jahren", "P5Y"), ("die kommenden 10 Tage", day(10)),
             ("das kommende Wochenende", week(DU, 1) + "-WE"), ("drei Tage", "P3D"), ("zwei Wochen lang", "P2W"),
             ("in den nächsten zwei Wochen", "P2W")]:
    du("c interval", "de", t, v)

# ------------------------------------------------------------------ d  day and month forms
for t, v in [("the 1st of april", "2013-04-01"), ("april first", "2013-04-01"), ("1st april", "2013-04-01"),
             ("first of april", "2013-04-01"), ("the first of april", "2013-04-01"), ("April the 1st", "2013-04-01"),
             ("the 3rd", "2013-03-03"), ("on the 3rd", "2013-03-03"), ("the 20th", "2013-02-20"), ("on the 28th", "2013-02-28"),
             ("the twentieth", "2013-02-20"), ("Wednesday the 3rd", "2013-04-03"), ("Sept. 14", "2013-09-14"),
             ("Sept 14", "2013-09-14"), ("14 Sept", "2013-09-14"), ("Oct. 2nd", "2013-10-02"), ("2 Oct 14", "2014-10-02"),
             ("June 5th, 2016", "2016-06-05"), ("5 June 2016", "2016-06-05"), ("the 5th of June 2016", "2016-06-05"),
             ("Friday, June 7", "2013-06-07"), ("Fri, 7 June 2013", "2013-06-07"), ("on March 3rd", "2013-03-03"),
             ("jan 20", "2014-01-20"), ("on 22 December", "2013-12-22"), ("Dec. 22nd", "2013-12-22"), ("August", "2013-08"),
             ("in August", "2013-08"), ("August 2015", "2015-08"), ("in May 2014", "2014-05"), ("12/25", "2013-12-25"),
             ("12/25/14", "2014-12-25"), ("the 31st of December", "2013-12-31")]:
    du("d day month", "en", t, v)
for t, v in [("am ersten März", "2013-03-01"), ("ersten März", "2013-03-01"), ("1. März", "2013-03-01"), ("am 1. März", "2013-03-01"),
             ("der erste März", "2013-03-01"), ("am 3.", "2013-03-03"), ("den dritten", "2013-03-03"), ("am dritten", "2013-03-03"),
             ("am 20.", "2013-02-20"), ("Mittwoch, den 3.", "2013-04-03"), ("Mittwoch, 3. April", "2013-04-03"),
             ("Mrz. 1", "2013-03-01"), ("1. Mrz.", "2013-03-01"), ("14. Sept.", "2013-09-14"), ("14. Sep.", "2013-09-14"),
             ("2. Okt", "2013-10-02"), ("2. Okt. 2014", "2014-10-02"), ("am 2. Oktober 14", "2014-10-02"),
             ("5. Juni 2016", "2016-06-05"), ("am 5.6.2016", "2016-06-05"), ("5.6.16", "2016-06-05"), ("Freitag, 7. Juni", "2013-06-07"),
             ("Fr., 7.6.", "2013-06-07"), ("am 22. Dezember", "2013-12-22"), ("22.12.", "2013-12-22"), ("20. Januar", "2014-01-20"),
             ("im August", "2013-08"), ("August 2015", "2015-08"), ("im Mai 2014", "2014-05"), ("Dezember", "2013-12"),
             ("am einunddreißigsten Dezember", "2013-12-31"), ("zwanzigster Februar", "2013-02-20")]:
    du("d day month", "de", t, v)

# ------------------------------------------------------------------ e  parts of the day and day words
for t, v in [("tomorrow morning", day(1)), ("tonight", day(0)), ("this evening", day(0)), ("this afternoon", day(0)),
             ("tomorrow night", day(1)), ("tomorrow evening", day(1)), ("yesterday afternoon", day(-1)), ("last night", day(-1)),
             ("yesterday morning", day(-1)), ("friday evening", next_wd(4)),
             ("monday morning", next_wd(0)), ("on sunday afternoon", next_wd(6)), ("this morning", day(0))]:
    du("e part of day", "en", t, v)
for t, v in [("heute Abend", day(0)), ("morgen früh", day(1)), ("morgen Abend", day(1)), ("übermorgen", day(2)),
             ("vorgestern", day(-2)), ("gestern Nacht", day(-1)), ("gestern Abend", day(-1)), ("heute Nachmittag", day(0)),
             ("heute Morgen", day(0)), ("morgen Nachmittag", day(1)), ("Freitagabend", next_wd(4)), ("am Montagmorgen", next_wd(0)),
             ("Sonntagnachmittag", next_wd(6)), ("übermorgen Abend", day(2))]:
    du("e part of day", "de", t, v)

# ------------------------------------------------------------------ f  seasons, beginnings and ends
for t, v in [("this summer", "2013-SU"), ("next winter", "2014-WI"), ("last summer", "2012-SU"), ("this autumn", "2013-FA"),
             ("in the spring", "2013-SP"), ("this fall", "2013-FA"), ("summer 2015", "2015-SU"),
             ("beginning of next year", "2014"), ("end of the month", ym(DU)), ("end of the year", "2013"),
             ("the end of next month", ym(DU, 1)), ("beginning of March", "2013-03"), ("early March", "2013-03"),
             ("late April", "2013-04"), ("mid-June", "2013-06"), ("end of this week", week(DU)), ("middle of next week", week(DU, 1)),
             ("EOY", "2013"), ("EOM", ym(DU)), ("by the end of the year", "2013"), ("the start of next month", ym(DU, 1))]:
    du("f season edge", "en", t, v)
for t, v in [("im Herbst", "2013-FA"), ("diesen Sommer", "2013-SU"), ("im Sommer", "2013-SU"), ("nächsten Winter", "2014-WI"),
             ("letzten Sommer", "2012-SU"), ("im Frühling", "2013-SP"), ("Sommer 2015", "2015-SU"), ("Anfang März", "2013-03"),
             ("Ende des Monats", ym(DU)), ("Mitte nächster Woche", week(DU, 1)), ("Ende des Jahres", "2013"),
             ("Anfang nächsten Jahres", "2014"), ("Ende März", "2013-03"), ("Mitte Juni", "2013-06"), ("Ende nächsten Monats", ym(DU, 1)),
             ("Anfang der Woche", week(DU)), ("zum Jahresende", "2013"), ("Mitte des Jahres", "2013"), ("bis Ende des Jahres", "2013"),
             ("Ende dieser Woche", week(DU))]:
    du("f season edge", "de", t, v)

# ------------------------------------------------------------------ g  ordinal and named weeks and weekdays
for t, v in [("the first Monday of next month", nth_wd(Y, 3, 0, 1)), ("the last Friday of October", nth_wd(Y, 10, 4, -1)),
             ("the second Tuesday of May", nth_wd(Y, 5, 1, 2)), ("the third week of June", "2013-W24"),
             ("Tuesday after next", "2013-02-26"), ("monday after next", "2013-02-25"), ("next week friday", wd_of_week(1, 4)),
             ("friday next week", wd_of_week(1, 4)), ("thursday of next week", wd_of_week(1, 3)), ("monday in two weeks", wd_of_week(2, 0)),
             ("the last Sunday of this month", nth_wd(Y, 2, 6, -1)), ("the first weekend of March", "2013-W09-WE"),
             ("the last Thursday of the month", nth_wd(Y, 2, 3, -1)), ("sunday last week", wd_of_week(-1, 6)),
             ("the first day of next month", "2013-03-01"), ("the last day of the month", "2013-02-28"), ("next friday", wd_of_week(1, 4))]:
    du("g ordinal weekday", "en", t, v)
for t, v in [("der zweite Dienstag im Mai", nth_wd(Y, 5, 1, 2)), ("Montag in zwei Wochen", wd_of_week(2, 0)),
             ("nächste Woche Freitag", wd_of_week(1, 4)), ("Freitag nächster Woche", wd_of_week(1, 4)),
             ("am Freitag nächster Woche", wd_of_week(1, 4)), ("der erste Montag im nächsten Monat", nth_wd(Y, 3, 0, 1)),
             ("der letzte Freitag im Oktober", nth_wd(Y, 10, 4, -1)), ("erster Sonntag im Juli", nth_wd(Y, 7, 6, 1)),
             ("die dritte Woche im Juni", "2013-W24"), ("Dienstag nach dem nächsten", "2013-02-26"),
             ("Donnerstag dieser Woche", wd_of_week(0, 3)), ("Montag letzter Woche", wd_of_week(-1, 0)),
             ("der letzte Tag des Monats", "2013-02-28"), ("der erste Tag im nächsten Monat", "2013-03-01"),
             ("übernächsten Montag", "2013-02-25"), ("kommenden Freitag", next_wd(4))]:
    du("g ordinal weekday", "de", t, v)

# (added after the first pass: more holidays and spellings, probed before the lexicon named them)
for lang, name, fn in [
    ("de", "Ostersamstag", easter_off(-1)), ("de", "Berchtoldstag", fixed(1, 2)), ("de", "1. Advent", ADVENT1),
    ("de", "2. Weihnachtsfeiertag", fixed(12, 26)), ("de", "zweiter Weihnachtsfeiertag", fixed(12, 26)),
    ("en", "spring bank holiday", nth(5, 0, -1)), ("en", "early May bank holiday", nth(5, 0, 1)),
    ("en", "summer bank holiday", nth(8, 0, -1)), ("en", "August bank holiday", nth(8, 0, -1)),
    ("en", "Saint Stephen's Day", fixed(12, 26)), ("en", "Patriots' Day", nth(4, 0, 3)), ("en", "Family Day", nth(2, 0, 3)),
    ("en", "Civic Holiday", nth(8, 0, 1)), ("en", "Harmony Day", fixed(3, 21)), ("en", "Advent Sunday", ADVENT1),
    ("en", "second Sunday of Advent", shift(ADVENT1, 7)), ("en", "Hogmanay", fixed(12, 31)), ("en", "Twelfth Night", fixed(1, 5)),
    ("en", "Shrove Monday", easter_off(-48)),
]:
    du("a holiday", lang, name, nxt(fn))
    du("a holiday year", lang, f"{name} 2016", fn(2016))
for t, v in [("this coming monday", next_wd(0)), ("the weekend after next", week(DU, 2) + "-WE"), ("a week from monday", "2013-02-25"),
             ("a week from today", day(7)), ("the beginning of the month", ym(DU)), ("early next year", "2014"),
             ("next spring", "2014-SP"), ("easter next year", eo(Y + 1, 0)), ("the friday after thanksgiving", "2013-11-29"),
             ("3 days after christmas", "2013-12-28"), ("a month from today", "2013-03-12"), ("the 15th of next month", "2013-03-15")]:
    du("b relative unit", "en", t, v)
for t, v in [("übernächste Woche Dienstag", wd_of_week(2, 1)), ("nächste Woche Mittwoch", wd_of_week(1, 2)),
             ("Dienstag in einer Woche", wd_of_week(1, 1)), ("diesen Freitag", next_wd(4)), ("Ende nächster Woche", week(DU, 1)),
             ("Ostern nächstes Jahr", eo(Y + 1, 0)), ("drei Tage nach Weihnachten", "2013-12-28"), ("am 15. nächsten Monats", "2013-03-15"),
             ("am Ersten", "2013-03-01"), ("Donnerstag kommender Woche", wd_of_week(1, 3))]:
    du("b relative unit", "de", t, v)

# ------------------------------------------------------------------ h  no date
for t in ["now", "right now", "42", "at 8pm", "3:30", "hello", "the 3 of us", "2 or 3", "in a minute", "at noon", "soon", "recently"]:
    neg("h no date", "en", t)
for t in ["jetzt", "gerade eben", "42", "um 8 Uhr", "15:30", "hallo", "bald", "zu dritt", "in einer Minute", "neulich", "demnächst"]:
    neg("h no date", "de", t)


# Still failing (kept out of the fixture): "'s time" after a counted offset is not read; German "am Wochenende" alone is
# no date (the news convention leaves it out); a trailing "lang" stays out of the
# duration; English "spring" is ambiguous without a modifier or year; "the 3 of us" reads as a day.
KNOWN = {
    ("en", "b relative unit", "in two weeks' time"),
    ("en", "b relative unit", "in three days' time"),
    ("de", "b relative unit", "am Wochenende"),
    ("de", "c interval", "zwei Wochen lang"),
    ("en", "f season edge", "in the spring"),
    ("en", "h no date", "the 3 of us"),
}


def cases():
    out = W.cases()
    for i, (pat, lang, text) in enumerate(NEG):
        out.append({"id": f"sg-du-{lang}-n{i}", "family": f"du.{pat[0]}", "lang": lang, "dct": DU.isoformat(),
                    "direction": "future", "pattern": pat, "text": text, "expect": []})
    return out


def main():
    caseset.main(cases(), "dates_single.jsonl", known=caseset.known_texts(KNOWN), types=("date", "duration"))


if __name__ == "__main__":
    main()
