#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""German single expressions for the `dates` stage in the direction=future convention (DCT Tuesday 2013-02-12, the text
is the expression, spanned whole), written as people type them to an assistant: with the capitals of German spelling, all
in lower case and with a capital first letter; with and without "am", "im", "um", "den", "der"; with abbreviations
("Mo.", "Jan.", "3.", "3.3.", "03.03.2013"). Values by calendar arithmetic. Families (the `pattern` starts with the letter):

  a  weekday, day and month in every order        "Montag, den 18. Februar", "am 18.", "den 18.2.", "18. Feb", "Februar 18"
  b  this/next/last/coming/past with units        "diese Woche", "am kommenden Wochenende", "letzten Freitag", "nächsten März"
  c  the n-th weekday of a month                  "der dritte Dienstag im September", "am letzten Freitag im Februar"
  d  weekdays of a counted or named week          "in zwei Wochen am Freitag", "Montag dieser Woche", "Freitag nächster Woche"
  e  day words and parts of the day               "übermorgen", "morgen früh", "heute Abend", "gestern Nacht", "Samstagnacht"
  f  public and church holidays and observances   "Karfreitag", "Ostermontag 2015", "1. Advent", "am Buß- und Bettag"
  g  parts of a month or year                     "Anfang März", "Mitte nächsten Monats", "Ende des Jahres"
  h  quarters, seasons, years and decades         "im dritten Quartal", "letzten Herbst", "im Jahr 2014", "die 80er"
  i  counted offsets                              "in einem Monat", "vor einer Woche", "in acht Tagen"
  j  further feasts                               "Mariä Verkündigung", "Christtag", "Osterfest", "orthodoxes Ostern 2018"
  k  forms of the kinds the dev split holds       "14april 2015", "31.10.74", "Sonntag, 10. Feb", "erste Woche im Oktober 2014"
  l  observances with a fixed day                 "Tag der Erde", "am Weltgesundheitstag", "Europatag 2016"
  m  combinations of the above                    "am Montag, dem 18. Februar", "drei Tage vor Weihnachten", "2. So. im Mai"

Families a-i were written first and run on the unchanged stage (first pass 1749/1812); j-m were written after, each before
the stage was run on it.

Conventions: Plugins/Dates/README.md ("direction=future", "Single expressions", "German single expressions").

  german_cases.py run NLPSH [--show] [--known]   runs the stage, prints pass rates per family
  german_cases.py gen                            writes Tests/NLPHostTests/Fixtures/dates_german.jsonl
"""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402
from transfer_cases import D, RT, DU, easter, nth_wd, week, ym  # noqa: E402

TD = dt.timedelta
Y = DU.year
WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_SHORT = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MON_SHORT = ["Jan.", "Feb.", "Mär.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."]


def iso(d):
    return d.isoformat()


def day(n):
    return iso(DU + TD(days=n))


def next_wd(wd):
    """The first weekday wd (Mon=0) after the DCT (today's weekday is next week's)."""
    return iso(DU + TD(days=(wd - DU.weekday() - 1) % 7 + 1))


def last_wd(wd):
    """The most recent weekday wd before the DCT."""
    return iso(DU - TD(days=(DU.weekday() - wd - 1) % 7 + 1))


def wd_of_week(k, wd):
    """Weekday wd of the week k weeks from the DCT's."""
    return iso(DU - TD(days=DU.weekday()) + TD(days=7 * k + wd))


def next_dm(m, d):
    """Day d of month m, the next one after the DCT."""
    x = D(Y, m, d)
    return iso(x if x > DU else D(Y + 1, m, d))


def next_month(m):
    """A bare month: the next one from the DCT's month on."""
    return f"{Y if m >= DU.month else Y + 1}-{m:02d}"


def next_day_number(d):
    """A day without month: the first such day after the DCT."""
    x = D(Y, DU.month, d) if d > DU.day else D(Y, DU.month + 1, d)
    return iso(x)


def next_nth(m, wd, n):
    """The n-th weekday of month m named without a year: the next one after the DCT."""
    v = nth_wd(Y, m, wd, n)
    return v if v > iso(DU) else nth_wd(Y + 1, m, wd, n)


def eo(y, n):
    return iso(easter(y) + TD(days=n))


def on_or_before(y, m, d, wd):
    x = D(y, m, d)
    return iso(x - TD(days=(x.weekday() - wd) % 7))


def upcoming(fn):
    """The next occurrence after the DCT of a day given per year by fn(year) -> iso."""
    return fn(Y) if fn(Y) > iso(DU) else fn(Y + 1)


W = caseset.Written("de-g", RT, DU)


forms = caseset.casings


def du(pat, text, value):
    for t in forms(text):
        W.du(pat, "de", t, value)


# ------------------------------------------------------------------ a  weekday, day and month in every order
FEB18 = "2013-02-18"
for t in ["Montag, den 18. Februar", "Montag, 18. Februar", "Montag den 18. Februar", "am Montag, den 18. Februar",
          "Mo., 18.2.", "Mo, 18.02.", "Mo., den 18.2.", "Montag, den 18.2.", "Montag, 18.02.2013", "Montag, der 18. Februar",
          "am 18. Februar", "den 18. Februar", "der 18. Februar", "18. Februar", "18. Feb", "18. Feb.", "18 Februar",
          "18.Februar", "Februar 18", "Feb 18", "Feb. 18", "am 18.", "den 18.", "der 18.", "am 18ten", "den 18.2.",
          "am 18.2.", "18.2.", "18.02.", "am 18.02.", "18.2.2013", "18.02.2013", "am 18.02.13", "der achtzehnte Februar",
          "am achtzehnten Februar", "achtzehnter Februar", "18. Februar 2013", "am 18. Februar 2013"]:
    du("a feb 18", t, FEB18)
for t, v in [("am 3.", next_day_number(3)), ("den 3.", next_day_number(3)), ("am 3.3.", next_dm(3, 3)), ("3.3.", next_dm(3, 3)),
             ("den 3.3.", next_dm(3, 3)), ("03.03.2013", "2013-03-03"), ("am 03.03.2013", "2013-03-03"), ("3.3.13", "2013-03-03"),
             ("03.03.", next_dm(3, 3)), ("am 28.", next_day_number(28)), ("am 1.", next_day_number(1)), ("der 1.", next_day_number(1)),
             ("am 20sten", next_day_number(20)), ("am 5.", next_day_number(5)), ("den 25.", next_day_number(25)),
             ("am 10.2.", next_dm(2, 10)), ("10. Februar", next_dm(2, 10)), ("am 5.1.", next_dm(1, 5)), ("5. Januar", next_dm(1, 5)),
             ("24.12.", next_dm(12, 24)), ("am 24.12.2014", "2014-12-24"), ("31.12.2013", "2013-12-31"), ("1.1.2014", "2014-01-01"),
             ("am 1.5.", next_dm(5, 1)), ("2013-03-03", "2013-03-03"), ("der 5. März", next_dm(3, 5)), ("den fünften März", next_dm(3, 5)),
             ("März 5", next_dm(3, 5)), ("5. März 2015", "2015-03-05"), ("März 5, 2015", "2015-03-05")]:
    du("a day month", t, v)
# abbreviated months (with and without the dot), each month once
for i, (name, short) in enumerate(zip(MONTHS, MON_SHORT)):
    m = i + 1
    d = [3, 20, 5, 2, 9, 6, 12, 15, 20, 1, 7, 31][i]
    du("a short month", f"{d}. {short}", next_dm(m, d))
    if short.endswith("."):
        du("a short month", f"{d}. {short[:-1]}", next_dm(m, d))
        du("a short month", f"{short} {d}", next_dm(m, d))
    du("a short month year", f"{d}. {short} 2014", f"2014-{m:02d}-{d:02d}")
    du("a month", name, next_month(m))
    du("a month", f"im {name}", next_month(m))
    du("a month year", f"{name} 2014", f"2014-{m:02d}")
    du("a month year", f"im {name} 2015", f"2015-{m:02d}")
# weekday with a date (the weekday fits the date)
for t, v in [("Sa., 2. März", "2013-03-02"), ("Freitag, der 1. März", "2013-03-01"), ("Mittwoch, 20. Feb.", "2013-02-20"),
             ("Do., 28.2.", "2013-02-28"), ("Sonntag, 3.3.2013", "2013-03-03"), ("Fr, 15. März", "2013-03-15"),
             ("Dienstag, den 19.", "2013-02-19"), ("am Donnerstag, den 14.", "2013-02-14"), ("Mittwoch, 1. Mai", "2013-05-01"),
             ("Di., 24.12.", "2013-12-24"), ("Montag, 6. Januar 2014", "2014-01-06")]:
    assert WD[D.fromisoformat(v).weekday()][:2].lower() == t.replace("am ", "")[:2].lower(), t
    du("a weekday date", t, v)
# bare weekdays
for i, (name, short) in enumerate(zip(WD, WD_SHORT)):
    du("a weekday", name, next_wd(i))
    du("a weekday", f"am {name}", next_wd(i))
    du("a weekday short", short, next_wd(i))

# ------------------------------------------------------------------ b  this/next/last/coming/past with units
UNIT_FORMS = {  # modifier -> forms of woche (f), monat (m), jahr (n), wochenende (n), with a preposition
    "this": ["diese Woche", "in dieser Woche", "diesen Monat", "in diesem Monat", "dieses Jahr", "in diesem Jahr",
             "dieses Wochenende", "an diesem Wochenende"],
    "next": ["nächste Woche", "in der nächsten Woche", "nächsten Monat", "im nächsten Monat", "nächstes Jahr", "im nächsten Jahr",
             "nächstes Wochenende", "am nächsten Wochenende"],
    "coming": ["kommende Woche", "in der kommenden Woche", "kommenden Monat", "im kommenden Monat", "kommendes Jahr",
               "im kommenden Jahr", "kommendes Wochenende", "am kommenden Wochenende"],
    "last": ["letzte Woche", "in der letzten Woche", "letzten Monat", "im letzten Monat", "letztes Jahr", "im letzten Jahr",
             "letztes Wochenende", "am letzten Wochenende"],
    "past": ["vergangene Woche", "in der vergangenen Woche", "vergangenen Monat", "im vergangenen Monat", "vergangenes Jahr",
             "im vergangenen Jahr", "vergangenes Wochenende", "am vergangenen Wochenende"],
}
STEP = {"this": 0, "next": 1, "coming": 1, "last": -1, "past": -1}
for mod, ts in UNIT_FORMS.items():
    k = STEP[mod]
    vals = [week(DU, k), week(DU, k), ym(DU, k), ym(DU, k), str(Y + k), str(Y + k), week(DU, k) + "-WE", week(DU, k) + "-WE"]
    for t, v in zip(ts, vals):
        du(f"b {mod} unit", t, v)
for t, v in [("übernächste Woche", week(DU, 2)), ("übernächsten Monat", ym(DU, 2)), ("übernächstes Jahr", str(Y + 2)),
             ("vorletzte Woche", week(DU, -2)), ("vorletzten Monat", ym(DU, -2)), ("vorletztes Jahr", str(Y - 2)),
             ("übernächstes Wochenende", week(DU, 2) + "-WE"), ("die Woche danach", None)]:
    if v:
        du("b two steps", t, v)
# weekdays with a modifier (not "this"/"last" on today's weekday)
for i, name in enumerate(WD):
    du("b next weekday", f"nächsten {name}", next_wd(i))
    du("b next weekday", f"am nächsten {name}", next_wd(i))
    du("b coming weekday", f"kommenden {name}", next_wd(i))
    du("b coming weekday", f"am kommenden {name}", next_wd(i))
    du("b after next weekday", f"übernächsten {name}", iso(D.fromisoformat(next_wd(i)) + TD(days=7)))
    if i != DU.weekday():
        du("b this weekday", f"diesen {name}", next_wd(i))
        du("b last weekday", f"letzten {name}", last_wd(i))
        du("b past weekday", f"vergangenen {name}", last_wd(i))
        du("b past weekday", f"am vergangenen {name}", last_wd(i))
# month names with a modifier (not "next"/"last" on the DCT's month)
for i, name in enumerate(MONTHS):
    m = i + 1
    if m == DU.month:
        continue
    du("b this month name", f"diesen {name}", next_month(m))
    du("b next month name", f"nächsten {name}", next_month(m))
    du("b coming month name", f"kommenden {name}", next_month(m))
    du("b last month name", f"letzten {name}", f"{Y if m < DU.month else Y - 1}-{m:02d}")
    du("b past month name", f"im vergangenen {name}", f"{Y if m < DU.month else Y - 1}-{m:02d}")
    du("b after next month name", f"übernächsten {name}", f"{int(next_month(m)[:4]) + 1}-{m:02d}")

# ------------------------------------------------------------------ c  the n-th weekday of a month
for t, v in [("der dritte Dienstag im September", next_nth(9, 1, 3)), ("am dritten Dienstag im September", next_nth(9, 1, 3)),
             ("der erste Montag im März", next_nth(3, 0, 1)), ("erster Montag im März", next_nth(3, 0, 1)),
             ("am zweiten Sonntag im Mai", next_nth(5, 6, 2)), ("der letzte Freitag im Februar", next_nth(2, 4, -1)),
             ("am letzten Freitag im Februar", next_nth(2, 4, -1)), ("der erste Samstag im Januar", next_nth(1, 5, 1)),
             ("der letzte Montag im Mai", next_nth(5, 0, -1)), ("der vierte Donnerstag im November", next_nth(11, 3, 4)),
             ("der erste Sonntag im Oktober 2014", nth_wd(2014, 10, 6, 1)), ("der 2. Mittwoch im April", next_nth(4, 2, 2)),
             ("am 1. Freitag im März", next_nth(3, 4, 1)), ("der letzte Sonntag im März", next_nth(3, 6, -1)),
             ("der erste Montag des nächsten Monats", nth_wd(Y, 3, 0, 1)), ("der dritte Freitag des Monats", nth_wd(Y, 2, 4, 3)),
             ("der zweite Dienstag im Juni 2015", nth_wd(2015, 6, 1, 2)), ("der letzte Donnerstag im Juli", next_nth(7, 3, -1)),
             ("erster Freitag im Dezember", next_nth(12, 4, 1)), ("der dritte Montag im Januar 2014", nth_wd(2014, 1, 0, 3)),
             ("der vierte Sonntag im August", next_nth(8, 6, 4)), ("am letzten Samstag im Oktober", next_nth(10, 5, -1))]:
    du("c nth weekday", t, v)

# ------------------------------------------------------------------ d  weekdays of a counted or named week
for t, v in [("in zwei Wochen am Freitag", wd_of_week(2, 4)), ("Freitag in zwei Wochen", wd_of_week(2, 4)),
             ("Freitag in 2 Wochen", wd_of_week(2, 4)), ("in einer Woche am Montag", wd_of_week(1, 0)),
             ("Montag in einer Woche", wd_of_week(1, 0)), ("in drei Wochen am Montag", wd_of_week(3, 0)),
             ("Montag in drei Wochen", wd_of_week(3, 0)), ("Samstag in zwei Wochen", wd_of_week(2, 5)),
             ("am Donnerstag in zwei Wochen", wd_of_week(2, 3)), ("Mittwoch in 3 Wochen", wd_of_week(3, 2)),
             ("Freitag nächste Woche", wd_of_week(1, 4)), ("am Freitag der nächsten Woche", wd_of_week(1, 4)),
             ("Montag dieser Woche", wd_of_week(0, 0)), ("Sonntag dieser Woche", wd_of_week(0, 6)),
             ("Mittwoch letzter Woche", wd_of_week(-1, 2)), ("am Mittwoch der letzten Woche", wd_of_week(-1, 2)),
             ("Donnerstag kommender Woche", wd_of_week(1, 3)), ("am Donnerstag der kommenden Woche", wd_of_week(1, 3)),
             ("Montag übernächste Woche", wd_of_week(2, 0)), ("am Montag übernächster Woche", wd_of_week(2, 0)),
             ("diese Woche Freitag", wd_of_week(0, 4)), ("nächste Woche Montag", wd_of_week(1, 0)),
             ("letzte Woche Dienstag", wd_of_week(-1, 1)), ("Samstag vergangener Woche", wd_of_week(-1, 5)),
             ("Freitag nach dem nächsten", iso(D.fromisoformat(next_wd(4)) + TD(days=7)))]:
    du("d weekday of week", t, v)

# ------------------------------------------------------------------ e  day words and parts of the day
for t, v in [("übermorgen", day(2)), ("vorgestern", day(-2)), ("morgen früh", day(1)), ("heute Abend", day(0)),
             ("gestern Nacht", day(-1)), ("heute Nacht", day(0)), ("morgen Mittag", day(1)), ("gestern Nachmittag", day(-1)),
             ("übermorgen Vormittag", day(2)), ("vorgestern Abend", day(-2)), ("heute früh", day(0)), ("morgen Vormittag", day(1)),
             ("heute Morgen", day(0)), ("gestern Morgen", day(-1)), ("morgen Abend", day(1)), ("übermorgen früh", day(2)),
             ("Freitagabend", next_wd(4)), ("am Freitagabend", next_wd(4)), ("Samstagnacht", next_wd(5)),
             ("am Sonntagmorgen", next_wd(6)), ("Mittwochnachmittag", next_wd(2)), ("Montagvormittag", next_wd(0)),
             ("Freitag Abend", next_wd(4)), ("Montag früh", next_wd(0)), ("Donnerstag Nachmittag", next_wd(3)),
             ("am Samstag Vormittag", next_wd(5)), ("heute", day(0)), ("morgen", day(1)), ("gestern", day(-1))]:
    du("e day word", t, v)


# ------------------------------------------------------------------ f  holidays
def fixed(m, d):
    return lambda y: f"{y:04d}-{m:02d}-{d:02d}"


def easter_off(n):
    return lambda y: eo(y, n)


def advent(k):
    return lambda y: iso(D.fromisoformat(on_or_before(y, 12, 3, 6)) + TD(days=7 * (k - 1)))


def shift(fn, n):
    return lambda y: iso(D.fromisoformat(fn(y)) + TD(days=n))


def nthf(m, wd, n):
    return lambda y: nth_wd(y, m, wd, n)


TOTENSONNTAG = shift(advent(1), -7)
HOLIDAYS = [
    # moved by Easter
    ("Weiberfastnacht", easter_off(-52)), ("Rosenmontag", easter_off(-48)), ("Faschingsdienstag", easter_off(-47)),
    ("Fastnacht", easter_off(-47)), ("Aschermittwoch", easter_off(-46)), ("Palmsonntag", easter_off(-7)),
    ("Gründonnerstag", easter_off(-3)), ("Karfreitag", easter_off(-2)), ("Karsamstag", easter_off(-1)),
    ("Ostern", easter_off(0)), ("Ostersonntag", easter_off(0)), ("Ostermontag", easter_off(1)), ("Christi Himmelfahrt", easter_off(39)),
    ("Himmelfahrt", easter_off(39)), ("Pfingsten", easter_off(49)), ("Pfingstsonntag", easter_off(49)),
    ("Pfingstmontag", easter_off(50)), ("Trinitatis", easter_off(56)), ("Fronleichnam", easter_off(60)),
    # fixed
    ("Neujahr", fixed(1, 1)), ("Neujahrstag", fixed(1, 1)), ("Heilige Drei Könige", fixed(1, 6)), ("Dreikönigstag", fixed(1, 6)),
    ("Epiphanias", fixed(1, 6)), ("Mariä Lichtmess", fixed(2, 2)), ("Valentinstag", fixed(2, 14)), ("Weltfrauentag", fixed(3, 8)),
    ("Josefstag", fixed(3, 19)), ("Walpurgisnacht", fixed(4, 30)), ("Tag der Arbeit", fixed(5, 1)), ("Maifeiertag", fixed(5, 1)),
    ("Johannistag", fixed(6, 24)), ("Mariä Himmelfahrt", fixed(8, 15)), ("Tag der Deutschen Einheit", fixed(10, 3)),
    ("Reformationstag", fixed(10, 31)), ("Halloween", fixed(10, 31)), ("Allerheiligen", fixed(11, 1)), ("Allerseelen", fixed(11, 2)),
    ("Martinstag", fixed(11, 11)), ("Sankt Martin", fixed(11, 11)), ("Nikolaus", fixed(12, 6)), ("Nikolaustag", fixed(12, 6)),
    ("Mariä Empfängnis", fixed(12, 8)), ("Heiligabend", fixed(12, 24)), ("Weihnachten", fixed(12, 25)),
    ("erster Weihnachtsfeiertag", fixed(12, 25)), ("1. Weihnachtsfeiertag", fixed(12, 25)),
    ("zweiter Weihnachtsfeiertag", fixed(12, 26)), ("2. Weihnachtsfeiertag", fixed(12, 26)), ("Stephanstag", fixed(12, 26)),
    ("Silvester", fixed(12, 31)),
    # Sundays and days of the church year and observances
    ("1. Advent", advent(1)), ("erster Advent", advent(1)), ("2. Advent", advent(2)), ("zweiter Advent", advent(2)),
    ("3. Advent", advent(3)), ("dritter Advent", advent(3)), ("4. Advent", advent(4)), ("vierter Advent", advent(4)),
    ("Totensonntag", TOTENSONNTAG), ("Ewigkeitssonntag", TOTENSONNTAG), ("Volkstrauertag", shift(TOTENSONNTAG, -7)),
    ("Buß- und Bettag", shift(TOTENSONNTAG, -4)), ("Muttertag", nthf(5, 6, 2)), ("Vatertag", nthf(6, 6, 3)),
    ("Erntedank", nthf(10, 6, 1)), ("Erntedankfest", nthf(10, 6, 1)),
]
YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2012]
for i, (name, fn) in enumerate(HOLIDAYS):
    if fn(Y) != iso(DU):               # a holiday on the DCT itself: "this" one or the next? not settled
        du("f holiday", name, upcoming(fn))
    y = YEARS[i % len(YEARS)]
    du("f holiday year", f"{name} {y}", fn(y))
for t, fn in [("an Ostern", easter_off(0)), ("zu Ostern", easter_off(0)), ("an Pfingsten", easter_off(49)),
              ("zu Pfingsten", easter_off(49)), ("am Karfreitag", easter_off(-2)), ("am Ostermontag", easter_off(1)),
              ("an Christi Himmelfahrt", easter_off(39)), ("am Rosenmontag", easter_off(-48)), ("an Weihnachten", fixed(12, 25)),
              ("zu Weihnachten", fixed(12, 25)), ("am Heiligabend", fixed(12, 24)), ("an Silvester", fixed(12, 31)),
              ("zu Silvester", fixed(12, 31)), ("an Neujahr", fixed(1, 1)), ("am Tag der Deutschen Einheit", fixed(10, 3)),
              ("am 1. Advent", advent(1)), ("am ersten Advent", advent(1)), ("am Muttertag", nthf(5, 6, 2)),
              ("am Buß- und Bettag", shift(TOTENSONNTAG, -4)), ("am Totensonntag", TOTENSONNTAG), ("an Fronleichnam", easter_off(60)),
              ("am 2. Weihnachtsfeiertag", fixed(12, 26)), ("an Allerheiligen", fixed(11, 1)), ("am Aschermittwoch", easter_off(-46))]:
    du("f holiday prep", t, upcoming(fn))
for t, v in [("an Ostern 2015", eo(2015, 0)), ("Weihnachten nächstes Jahr", f"{Y + 1}-12-25"), ("Ostern nächstes Jahr", eo(Y + 1, 0)),
             ("Pfingsten 2014", eo(2014, 49)), ("am Karfreitag 2016", eo(2016, -2)), ("am 3. Advent 2014", advent(3)(2014)),
             ("Heiligabend 2012", "2012-12-24")]:
    du("f holiday year", t, v)

# ------------------------------------------------------------------ g  parts of a month or year
for t, v in [("Anfang März", "2013-03"), ("Mitte März", "2013-03"), ("Ende März", "2013-03"), ("Ende Februar", "2013-02"),
             ("Anfang Januar", "2014-01"), ("Mitte Dezember", "2013-12"), ("Anfang Mai", "2013-05"), ("Ende April 2014", "2014-04"),
             ("Anfang 2014", "2014"), ("Mitte 2015", "2015"), ("Ende 2013", "2013"), ("Anfang des Jahres", "2013"),
             ("Mitte des Jahres", "2013"), ("Ende des Jahres", "2013"), ("Anfang des Monats", ym(DU)), ("Mitte des Monats", ym(DU)),
             ("Ende des Monats", ym(DU)), ("Anfang nächsten Monats", ym(DU, 1)), ("Mitte nächsten Monats", ym(DU, 1)),
             ("Ende nächsten Monats", ym(DU, 1)), ("Ende letzten Monats", ym(DU, -1)), ("Anfang letzten Jahres", str(Y - 1)),
             ("Ende nächsten Jahres", str(Y + 1)), ("Anfang der Woche", week(DU)), ("Mitte der Woche", week(DU)),
             ("Ende der Woche", week(DU)), ("Anfang nächster Woche", week(DU, 1)), ("Ende nächster Woche", week(DU, 1)),
             ("Ende dieser Woche", week(DU)), ("Ende dieses Monats", ym(DU)), ("Anfang dieses Jahres", str(Y)),
             ("Ende des nächsten Monats", ym(DU, 1)), ("Anfang des nächsten Jahres", str(Y + 1)), ("Mitte des kommenden Monats", ym(DU, 1)),
             ("Ende des letzten Jahres", str(Y - 1)), ("Anfang Juni 2014", "2014-06"), ("Mitte Januar", "2014-01"),
             ("zum Monatsende", ym(DU)), ("Jahresende", str(Y)), ("am Monatsanfang", ym(DU))]:
    du("g edge", t, v)

# ------------------------------------------------------------------ h  quarters, seasons, years and decades
for t, v in [("Q2", "2013-Q2"), ("Q3 2014", "2014-Q3"), ("im dritten Quartal", "2013-Q3"), ("das erste Quartal 2014", "2014-Q1"),
             ("im 4. Quartal", "2013-Q4"), ("4. Quartal 2012", "2012-Q4"), ("zweites Quartal", "2013-Q2"), ("das erste Quartal", "2013-Q1"),
             ("im zweiten Quartal 2015", "2015-Q2"), ("drittes Quartal", "2013-Q3")]:
    du("h quarter", t, v)
for t, v in [("im Sommer", "2013-SU"), ("diesen Sommer", "2013-SU"), ("Sommer 2014", "2014-SU"), ("im Herbst 2012", "2012-FA"),
             ("nächsten Winter", "2014-WI"), ("letzten Herbst", "2012-FA"), ("im Frühjahr", "2013-SP"), ("Frühling 2015", "2015-SP"),
             ("letzten Sommer", "2012-SU"), ("diesen Herbst", "2013-FA"), ("im Herbst", "2013-FA"), ("im Frühling", "2013-SP"),
             ("dieses Frühjahr", "2013-SP"), ("im Winter 2015", "2015-WI"), ("im letzten Sommer", "2012-SU")]:
    du("h season", t, v)
for t, v in [("2014", "2014"), ("im Jahr 2014", "2014"), ("im Jahre 1999", "1999"), ("das Jahr 2016", "2016"), ("in 2015", "2015"),
             ("Jahr 2020", "2020"), ("1989", "1989")]:
    du("h year", t, v)
for t, v in [("die 80er", "198X"), ("in den 80ern", "198X"), ("die 80er Jahre", "198X"), ("die achtziger Jahre", "198X"),
             ("in den Neunzigern", "199X"), ("die 1970er", "197X"), ("die 2000er", "200X"), ("die 90er-Jahre", "199X"),
             ("in den sechziger Jahren", "196X"), ("dieses Jahrzehnt", "201X"), ("nächstes Jahrzehnt", "202X"),
             ("letztes Jahrzehnt", "200X")]:
    du("h decade", t, v)

# ------------------------------------------------------------------ i  counted offsets
for t, v in [("in einem Monat", "2013-03-12"), ("in einem Jahr", "2014-02"), ("vor einem Jahr", "2012-02"), ("vor 3 Tagen", day(-3)),
             ("in acht Tagen", day(8)), ("in 10 Tagen", day(10)), ("vor einer Woche", day(-7)), ("vor einem Monat", "2013-01-12"),
             ("in vier Wochen", day(28)), ("vor zwei Monaten", "2012-12-12"), ("in 5 Jahren", "2018-02"), ("vor zehn Tagen", day(-10))]:
    du("i offset", t, v)


# ------------------------------------------------------------------ (second batch, written after the first pass)
def orthodox_easter(y):
    """Easter of the Julian calendar, as a Gregorian date (1900-2099)."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    m, dd = divmod(d + e + 114, 31)
    return D(y, m, dd + 1) + TD(days=13)


for name, fn in [("Mariä Verkündigung", fixed(3, 25)), ("Peter und Paul", fixed(6, 29)), ("Mariä Heimsuchung", fixed(7, 2)),
                 ("Mariä Geburt", fixed(9, 8)), ("Michaelis", fixed(9, 29)), ("Leopolditag", fixed(11, 15)),
                 ("Heiliger Abend", fixed(12, 24)), ("Christtag", fixed(12, 25)), ("Stefanitag", fixed(12, 26)),
                 ("Barbaratag", fixed(12, 4)), ("Weißer Sonntag", easter_off(7)), ("Dreifaltigkeitssonntag", easter_off(56)),
                 ("Schmutziger Donnerstag", easter_off(-52)), ("Augsburger Friedensfest", fixed(8, 8)),
                 ("Himmelfahrtstag", easter_off(39)), ("Pfingstfest", easter_off(49)), ("Osterfest", easter_off(0)),
                 ("Weihnachtsfest", fixed(12, 25)), ("Reformationsfest", fixed(10, 31)), ("Dreikönigsfest", fixed(1, 6)),
                 ("Erscheinung des Herrn", fixed(1, 6)), ("Internationaler Frauentag", fixed(3, 8)), ("Tag der Befreiung", fixed(5, 8)),
                 ("Weltkindertag", fixed(9, 20)), ("Orthodoxes Ostern", lambda y: iso(orthodox_easter(y))),
                 ("orthodoxe Ostern", lambda y: iso(orthodox_easter(y)))]:
    du("j more holiday", name, upcoming(fn))
    du("j more holiday year", f"{name} 2018", fn(2018))
for t, v in [("14april 2015", "2015-04-14"), ("31.10.74", "1974-10-31"), ("Sonntag, 10. Feb", "2013-02-10"), ("Mi., 13. Feb", "2013-02-13"),
             ("Mo, 18. Februar", FEB18), ("am ersten März", "2013-03-01"), ("15 März", "2013-03-15"), ("erster Tag im Oktober", "2013-10-01"),
             ("letzter Tag im Februar", "2013-02-28"), ("der erste Tag des nächsten Monats", "2013-03-01"),
             ("letzter Tag des Monats", "2013-02-28"), ("letzter Montag im März", "2013-03-25"),
             ("erste Woche im Oktober 2014", "2014-W40"), ("letzte Woche im September 2014", "2014-W40"),
             ("zweiter Mittwoch im Oktober 2014", "2014-10-08"), ("erster Mittwoch im Oktober 2014", "2014-10-01"),
             ("dritter Dienstag im September 2014", "2014-09-16"), ("Sonntag letzter Woche", "2013-02-10"),
             ("Mittwoch nächste Woche", "2013-02-20"), ("in 7 Tagen", day(7)), ("vor 14 Tagen", day(-14)), ("in einem Jahr", "2014-02"),
             ("dieses Quartal", "2013-Q1"), ("nächstes Quartal", "2013-Q2"), ("3. März 2015", "2015-03-03"), ("März 3 2015", "2015-03-03"),
             ("am 15. März", "2013-03-15"), ("15.3.", "2013-03-15"), ("31.10.1974", "1974-10-31"), ("Oktober 2014", "2014-10"),
             ("am vierten Dezember", "2013-12-04"), ("fünfter Dezember", "2013-12-05"), ("2018-8-31", "2018-08-31")]:
    du("k suite form", t, v)

# (third batch, written after the second pass: observances with a fixed day)
for name, fn in [("Tag der Erde", fixed(4, 22)), ("Weltgesundheitstag", fixed(4, 7)), ("Tag des Baumes", fixed(4, 25)),
                 ("Internationaler Kindertag", fixed(6, 1)), ("Welttag des Buches", fixed(4, 23)), ("Weltnichtrauchertag", fixed(5, 31)),
                 ("Weltwassertag", fixed(3, 22)), ("Welttierschutztag", fixed(10, 4)), ("Weltlehrertag", fixed(10, 5)),
                 ("Weltflüchtlingstag", fixed(6, 20)), ("Internationaler Tag der Muttersprache", fixed(2, 21)), ("Weltkrebstag", fixed(2, 4)),
                 ("Europatag", fixed(5, 9)), ("Siebenschläfertag", fixed(6, 27)), ("Welt-Aids-Tag", fixed(12, 1)),
                 ("Tag der Menschenrechte", fixed(12, 10)), ("Weltumwelttag", fixed(6, 5))]:
    du("l observance", name, upcoming(fn))
    du("l observance year", f"{name} 2016", fn(2016))
    du("l observance prep", f"am {name.replace('Internationaler', 'Internationalen')}", upcoming(fn))

# (fourth batch, written after the third pass: more combinations of the families above)
for t, v in [("am Montag, dem 18. Februar", FEB18), ("Montag, 18.2.13", FEB18), ("Montag 18.2.", FEB18), ("Mo 18.2.", FEB18),
             ("Do., den 14.02.2013", "2013-02-14"), ("Montag, 18. Feb. 2013", FEB18), ("am Mo.", next_wd(0)), ("nächsten Mi", next_wd(2)),
             ("Fr. nächste Woche", wd_of_week(1, 4)), ("am 5. nächsten Monats", "2013-03-05"), ("am 5. des nächsten Monats", "2013-03-05"),
             ("heute in zwei Wochen", day(14)), ("morgen in einer Woche", day(8)), ("nächste Woche Dienstag", wd_of_week(1, 1)),
             ("Dienstag nächster Woche", wd_of_week(1, 1)), ("1.Advent", advent(1)(Y)), ("der 1. Advent 2014", advent(1)(2014)),
             ("Weihnachten 2013", "2013-12-25"), ("Weihnachten nächsten Jahres", "2014-12-25"), ("Ostern letzten Jahres", eo(Y - 1, 0)),
             ("drei Tage vor Weihnachten", "2013-12-22"), ("eine Woche nach Ostern", eo(Y, 7)), ("zwei Tage nach Pfingsten", eo(Y, 51)),
             ("der Tag nach Weihnachten", "2013-12-26"), ("am Tag vor Silvester", "2013-12-30"), ("der Sonntag vor Ostern", eo(Y, -7)),
             ("der Montag nach Ostern", eo(Y, 1)), ("Q1 2014", "2014-Q1"), ("1. Quartal 2014", "2014-Q1"), ("erstes Quartal 2015", "2015-Q1"),
             ("im letzten Quartal", "2012-Q4"), ("im nächsten Quartal", "2013-Q2"), ("im 3. Quartal 2013", "2013-Q3"),
             ("erstes Halbjahr 2014", "2014-H1"), ("im zweiten Halbjahr", "2013-H2"), ("in der ersten Hälfte 2014", "2014-H1"),
             ("die Zwanzigerjahre", "192X"), ("die frühen 80er", "198X"), ("Ende der 90er", "199X"), ("Mitte der 80er Jahre", "198X"),
             ("im 21. Jahrhundert", "20XX"), ("Herbst 2013", "2013-FA"), ("Sommeranfang", "2013-06-21"), ("Frühlingsanfang", "2013-03-20"),
             ("Anfang der nächsten Woche", week(DU, 1)), ("Mitte nächsten Jahres", "2014"), ("Ende Mai 2014", "2014-05"),
             ("Ende des Quartals", "2013-Q1"), ("Dez. 2013", "2013-12"), ("im Okt.", "2013-10"), ("Anfang Okt.", "2013-10"),
             ("Mitte Sept.", "2013-09"), ("Ende Jan.", "2014-01"), ("2. So. im Mai", next_nth(5, 6, 2)), ("1. Mo. im März", next_nth(3, 0, 1))]:
    du("m combination", t, v)


# Still failing (kept out of the fixture): an edge word before the bare word for "quarter" is not read as the current
# quarter (as it is before "year", "month" and "week").
KNOWN = {("de", "m combination", t) for t in forms("Ende des Quartals")}


def cases():
    return W.cases()


def main():
    caseset.main(cases(), "dates_german.jsonl", known=caseset.known_texts(KNOWN), types=("date", "duration"))


if __name__ == "__main__":
    main()
