#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Composed cases for the `dates` stage: expressions built from blocks the other case sets check one by one
(anchors, counted offsets, ordinals, weekdays, relative weeks, edges, holidays, full dates, ranges), in each
language as a native writer would combine them, with seeded random anchors and values computed here by
calendar arithmetic. Families (the `pattern` starts with the letter):

  a  anchor +- counted offset       "three days after tomorrow", "zwei Wochen vor dem 5. Mai 2017"
  b  ordinal unit within an anchor  "the second Tuesday of June 2017", "la última semana de agosto de 2015"
  c  weekday + relative week        "Monday next week", "Freitag übernächster Woche", "Wednesday after next"
  d  part of a relative/absolute unit "the beginning of next month", "Ende letzten Jahres", "im Frühjahr 2014"
  e  full dates with weekday + year "Tuesday, the 3rd of March 2015", "terça-feira, 3 de março de 2015"
  f  holidays with a year or a relative word "Christmas 2015", "nächste Weihnachten", "la Navidad pasada"
  g  relative unit phrases with a count: durations, the count and unit only ("in den nächsten [drei Tagen]")
  h  ranges with composed ends      "from Monday to Wednesday next week", "del 3 al 5 de marzo de 2015"

Conventions (Plugins/Dates/README.md): `rt` news sentences, DCT Monday 2016-11-07, the [bracketed] span follows
the news span rules; `du` the expression alone, DCT Tuesday 2013-02-12, direction=future, the span all of it
(family g: the count and its unit).

  compose_cases.py run NLPSH [--show] [--lang L]   runs the stage, prints pass rates per family x language
  compose_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_compose.jsonl

Round 11 changed span conventions (the Recognizers-Text grammar's edges where the dev splits of its languages agree or
are silent): an article before a season alone or with its year stays ("[the summer of 2018]", "[de zomer van 2015]",
"[el verano de 2017]"); Portuguese "na"/"no" stays out before a weekday of a named week ("na [sexta-feira da próxima
semana]"). The expected spans of this set's cases of these shapes follow them.
"""
import datetime as dt
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402
from transfer_cases import D, RT, DU, add_months, easter, nth_wd  # noqa: E402

TD = dt.timedelta
CONV = {"rt": RT, "du": DU}
PER_PATTERN = 4          # random draws per pattern x language x convention


# ------------------------------------------------------------------ calendar
def monday(d):
    return d - TD(days=d.weekday())


def iso_week(d):
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


HOLIDAYS = {   # id -> (month, day) or ("E", offset from Easter Sunday)
    "xmas": (12, 25), "xmaseve": (12, 24), "nye": (12, 31), "easter": ("E", 0), "goodfriday": ("E", -2), "pentecost": ("E", 49),
}


def holiday(h, y):
    r = HOLIDAYS[h]
    return easter(y) + TD(days=r[1]) if r[0] == "E" else D(y, r[0], r[1])


def holiday_after(h, d):
    return next(holiday(h, y) for y in range(d.year, d.year + 2) if holiday(h, y) > d)


def holiday_before(h, d):
    return next(holiday(h, y) for y in range(d.year, d.year - 2, -1) if holiday(h, y) < d)


def next_wd(d, wd):
    """The first weekday wd strictly after d."""
    return d + TD(days=(wd - d.weekday() - 1) % 7 + 1)


def month_shift(dct, k):
    x = add_months(dct.replace(day=1), k)
    return x.year, x.month


def last_day(y, m):
    return add_months(D(y, m, 1), 1) - TD(days=1)


UNIT_DAYS = {"d": 1, "w": 7}
DUR = {"d": "D", "w": "W", "m": "M", "y": "Y"}
ORD_N = {"first": 1, "second": 2, "third": 3, "last": -1}


# ------------------------------------------------------------------ language tables
L = {
    "en": {
        "one": {"d": "a day", "w": "one week"},
        "months": "January February March April May June July August September October November December".split(),
        "wd": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
        "num": {2: "two", 3: "three", 4: "four", 5: "five"},
        "unit": {"d": "days", "w": "weeks", "m": "months", "y": "years"},
        "ord": {"first": "first", "second": "second", "third": "third", "last": "last"},
        "hol": {"xmas": "Christmas", "xmaseve": "Christmas Eve", "nye": "New Year's Eve", "easter": "Easter",
                "goodfriday": "Good Friday", "pentecost": "Pentecost"},
        "season": {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"},
        "sfx": lambda d: "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"),
    },
    "de": {
        "one": {"d": "einen Tag", "w": "eine Woche"},
        "months": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
        "wd": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
        "num": {2: "zwei", 3: "drei", 4: "vier", 5: "fünf"},
        "unit": {"d": "Tage", "w": "Wochen", "m": "Monate", "y": "Jahre"},
        "unitdat": {"d": "Tagen", "w": "Wochen", "m": "Monaten", "y": "Jahren"},
        "ord": {"first": "ersten", "second": "zweiten", "third": "dritten", "last": "letzten"},
        "hol": {"xmas": "Weihnachten", "xmaseve": "Heiligabend", "nye": "Silvester", "easter": "Ostern",
                "goodfriday": "Karfreitag", "pentecost": "Pfingsten"},
        "season": {"SP": "Frühjahr", "SU": "Sommer", "FA": "Herbst", "WI": "Winter"},
    },
    "es": {
        "one": {"d": "un día", "w": "una semana"},
        "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
        "wd": "lunes martes miércoles jueves viernes sábado domingo".split(),
        "num": {2: "dos", 3: "tres", 4: "cuatro", 5: "cinco"},
        "unit": {"d": "días", "w": "semanas", "m": "meses", "y": "años"},
        "ord": {"first": "primer", "second": "segundo", "third": "tercer", "last": "último"},
        "ordf": {"first": "primera", "second": "segunda", "third": "tercera", "last": "última"},
        "hol": {"xmas": "Navidad", "xmaseve": "Nochebuena", "nye": "Nochevieja", "easter": "Pascua",
                "goodfriday": "Viernes Santo", "pentecost": "Pentecostés"},
        "season": {"SP": "primavera", "SU": "verano", "FA": "otoño", "WI": "invierno"},
    },
    "nl": {
        "one": {"d": "een dag", "w": "een week"},
        "months": "januari februari maart april mei juni juli augustus september oktober november december".split(),
        "wd": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
        "num": {2: "twee", 3: "drie", 4: "vier", 5: "vijf"},
        "unit": {"d": "dagen", "w": "weken", "m": "maanden", "y": "jaar"},
        "ord": {"first": "eerste", "second": "tweede", "third": "derde", "last": "laatste"},
        "hol": {"xmas": "Kerstmis", "xmaseve": "kerstavond", "nye": "oudejaarsavond", "easter": "Pasen",
                "goodfriday": "Goede Vrijdag", "pentecost": "Pinksteren"},
        "season": {"SP": "voorjaar", "SU": "zomer", "FA": "herfst", "WI": "winter"},
    },
    "pt": {
        "one": {"d": "um dia", "w": "uma semana"},
        "months": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
        "wd": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
        "num": {2: "dois", 3: "três", 4: "quatro", 5: "cinco"},
        "numf": {2: "duas", 3: "três", 4: "quatro", 5: "cinco"},
        "unit": {"d": "dias", "w": "semanas", "m": "meses", "y": "anos"},
        "ord": {"first": "primeiro", "second": "segundo", "third": "terceiro", "last": "último"},
        "ordf": {"first": "primeira", "second": "segunda", "third": "terceira", "last": "última"},
        "hol": {"xmas": "Natal", "xmaseve": "véspera de Natal", "nye": "véspera de Ano Novo", "easter": "Páscoa",
                "goodfriday": "Sexta-feira Santa", "pentecost": "Pentecostes"},
        "season": {"SP": "primavera", "SU": "verão", "FA": "outono", "WI": "inverno"},
    },
    "fr": {
        "one": {"d": "un jour", "w": "une semaine"},
        "months": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        "wd": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
        "num": {2: "deux", 3: "trois", 4: "quatre", 5: "cinq"},
        "unit": {"d": "jours", "w": "semaines", "m": "mois", "y": "ans"},
        "ord": {"first": "premier", "second": "deuxième", "third": "troisième", "last": "dernier"},
        "ordf": {"first": "première", "second": "deuxième", "third": "troisième", "last": "dernière"},
        "hol": {"xmas": "Noël", "xmaseve": "veille de Noël", "nye": "Saint-Sylvestre", "easter": "Pâques",
                "goodfriday": "Vendredi saint", "pentecost": "Pentecôte"},
        "season": {"SP": "printemps", "SU": "été", "FA": "automne", "WI": "hiver"},
    },
    "it": {
        "one": {"d": "un giorno", "w": "una settimana"},
        "months": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
        "wd": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
        "num": {2: "due", 3: "tre", 4: "quattro", 5: "cinque"},
        "unit": {"d": "giorni", "w": "settimane", "m": "mesi", "y": "anni"},
        "ord": {"first": "primo", "second": "secondo", "third": "terzo", "last": "ultimo"},
        "ordf": {"first": "prima", "second": "seconda", "third": "terza", "last": "ultima"},
        "hol": {"xmas": "Natale", "xmaseve": "vigilia di Natale", "nye": "San Silvestro", "easter": "Pasqua",
                "goodfriday": "Venerdì Santo", "pentecost": "Pentecoste"},
        "season": {"SP": "primavera", "SU": "estate", "FA": "autunno", "WI": "inverno"},
    },
    "da": {
        "one": {"d": "en dag", "w": "en uge"},
        "months": "januar februar marts april maj juni juli august september oktober november december".split(),
        "wd": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
        "num": {2: "to", 3: "tre", 4: "fire", 5: "fem"},
        "unit": {"d": "dage", "w": "uger", "m": "måneder", "y": "år"},
        "ord": {"first": "første", "second": "anden", "third": "tredje", "last": "sidste"},
        "hol": {"xmas": "juledag", "xmaseve": "juleaften", "nye": "nytårsaften", "easter": "påske",
                "goodfriday": "langfredag", "pentecost": "pinse"},
        "season": {"SP": "foråret", "SU": "sommeren", "FA": "efteråret", "WI": "vinteren"},
    },
    "sv": {
        "one": {"d": "en dag", "w": "en vecka"},
        "months": "januari februari mars april maj juni juli augusti september oktober november december".split(),
        "wd": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
        "num": {2: "två", 3: "tre", 4: "fyra", 5: "fem"},
        "unit": {"d": "dagar", "w": "veckor", "m": "månader", "y": "år"},
        "ord": {"first": "första", "second": "andra", "third": "tredje", "last": "sista"},
        "hol": {"xmas": "juldagen", "xmaseve": "julafton", "nye": "nyårsafton", "easter": "påsk",
                "goodfriday": "långfredagen", "pentecost": "pingst"},
        "season": {"SP": "våren", "SU": "sommaren", "FA": "hösten", "WI": "vintern"},
    },
    "nb": {
        "one": {"d": "en dag", "w": "en uke"},
        "months": "januar februar mars april mai juni juli august september oktober november desember".split(),
        "wd": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
        "num": {2: "to", 3: "tre", 4: "fire", 5: "fem"},
        "unit": {"d": "dager", "w": "uker", "m": "måneder", "y": "år"},
        "ord": {"first": "første", "second": "andre", "third": "tredje", "last": "siste"},
        "hol": {"xmas": "første juledag", "xmaseve": "julaften", "nye": "nyttårsaften", "easter": "påske",
                "goodfriday": "langfredag", "pentecost": "pinse"},
        "season": {"SP": "våren", "SU": "sommeren", "FA": "høsten", "WI": "vinteren"},
    },
}
FEM_UNITS = {"es": {"w"}, "pt": {"w"}}
FEM_WD = {"pt": {0, 1, 2, 3, 4}, "it": {6}}


def words(lang, p, rng):
    """The slot words of one draw `p` in `lang`."""
    t = L[lang]
    w = {}
    if "n" in p:
        fem = p.get("u") in FEM_UNITS.get(lang, ()) and "numf" in t
        w["n"] = (t["numf"] if fem else t["num"]).get(p["n"], str(p["n"])) if not p.get("digits") else str(p["n"])
    if "u" in p:
        w["U"] = t["unit"][p["u"]]
        w["one"] = t["one"].get(p["u"], "")
        w["Ud"] = t.get("unitdat", t["unit"])[p["u"]]
    if p.get("m2") == 0:            # the month after m, in the same year
        p["m"] = min(p["m"], 11)
        p["m2"] = p["m"] + 1
    for k in ("m", "m2"):
        if k in p:
            w[k.upper()] = t["months"][p[k] - 1]
    for k in ("wd", "wd2"):
        if k in p:
            w[k.upper()] = t["wd"][p[k]]
    if "m" in p:
        w["m"] = str(p["m"])
    for k in ("d", "d2", "y", "y2"):
        if k in p:
            w[k] = str(p[k])
    if "h" in p:
        w["H"] = t["hol"][p["h"]]
    if "o" in p:
        w["o"] = t["ord"][p["o"]]
        w["of"] = t.get("ordf", t["ord"])[p["o"]]
        w["ow"] = (t.get("ordf", t["ord"]) if p.get("wd") in FEM_WD.get(lang, ()) else t["ord"])[p["o"]]
    if "s" in p:
        w["S"] = t["season"][p["s"]]
    if lang == "en" and "d" in p:
        w["dth"] = str(p["d"]) + t["sfx"](p["d"])
    if "wd" in p and lang == "pt":
        w["WS"] = t["wd"][p["wd"]].replace("-feira", "")
    if "wd2" in p and lang == "pt":
        w["WS2"] = t["wd"][p["wd2"]].replace("-feira", "")
    return w


# ------------------------------------------------------------------ draws (random parameters) and values
def draw_offset(rng, conv, units=("d", "w")):
    return {"n": rng.choice([2, 3, 4, 5]), "u": rng.choice(units), "digits": rng.random() < 0.3}


def draw_date(rng, conv, years=range(2012, 2019)):
    y, m = rng.choice(list(years)), rng.randint(1, 12)
    return {"y": y, "m": m, "d": rng.randint(1, 28)}


def off(p):
    return p["n"] * UNIT_DAYS[p["u"]]


def draw_count(rng, conv):
    """A count of days, weeks, months or years: two to five (in words or digits) or 6 to 24 in digits."""
    p = draw_offset(rng, conv, ("d", "w", "m", "y"))
    if rng.random() < 0.4:
        p.update(n=rng.randint(6, 24), digits=True)
    return p


def draw_wd_month(rng, conv):
    p = draw_date(rng, conv)
    p.update(o=rng.choice(list(ORD_N)), wd=rng.randint(0, 6))
    return p


def draw_weekend_month(rng):
    """A month and year whose weekends all lie inside it (the 1st no Sunday, the last day no Saturday), so that
    "the first/last weekend" of it is the weekend of its first/last Saturday for every reader."""
    while True:
        y, m = rng.randint(2010, 2019), rng.randint(1, 12)
        if D(y, m, 1).weekday() != 6 and last_day(y, m).weekday() != 5:
            return {"y": y, "m": m}


def draw_hol(rng, conv, hols=tuple(HOLIDAYS)):
    return {"h": rng.choice(hols), "y": rng.randint(2010, 2019)}


def draw_range_days(rng, conv):
    p = draw_date(rng, conv)
    p["d"] = rng.randint(1, 20)
    p["d2"] = p["d"] + rng.randint(1, 8)
    return p


def draw_range_days_noyear(rng, conv):
    p = draw_range_days(rng, conv)
    del p["y"]
    p["m"] = rng.randint(1, 10) if conv == "rt" else rng.randint(3, 12)   # this year's in both conventions
    return p


def draw_wd_pair(rng, conv):
    a = rng.randint(0, 3)
    return {"wd": a, "wd2": rng.randint(a + 1, 4)}


def draw_months_year(rng, conv):
    a = rng.randint(1, 9)
    return {"m": a, "m2": rng.randint(a + 1, 12), "y": rng.randint(2010, 2018)}


# pattern -> (draw, value(p, dct), type); the pattern's first letter is its family
PATTERNS = {
    # a: anchor +- counted offset
    "a after tomorrow": (draw_offset, lambda p, c: c + TD(days=1 + off(p)), "date"),
    "a before yesterday": (draw_offset, lambda p, c: c - TD(days=1 + off(p)), "date"),
    "a after date": (lambda r, c: {**draw_offset(r, c), **draw_date(r, c)}, lambda p, c: D(p["y"], p["m"], p["d"]) + TD(days=off(p)), "date"),
    "a before date": (lambda r, c: {**draw_offset(r, c), **draw_date(r, c)}, lambda p, c: D(p["y"], p["m"], p["d"]) - TD(days=off(p)), "date"),
    "a after holiday year": (lambda r, c: {**draw_offset(r, c), **draw_hol(r, c, ("xmas", "easter", "pentecost"))},
                             lambda p, c: holiday(p["h"], p["y"]) + TD(days=off(p)), "date"),
    "a before holiday year": (lambda r, c: {**draw_offset(r, c), **draw_hol(r, c, ("xmas", "easter", "pentecost"))},
                              lambda p, c: holiday(p["h"], p["y"]) - TD(days=off(p)), "date"),
    "a one unit after date": (lambda r, c: {"n": 1, "u": r.choice(["d", "w"]), **draw_date(r, c)},
                              lambda p, c: D(p["y"], p["m"], p["d"]) + TD(days=off(p)), "date"),
    "a one unit before date": (lambda r, c: {"n": 1, "u": r.choice(["d", "w"]), **draw_date(r, c)},
                               lambda p, c: D(p["y"], p["m"], p["d"]) - TD(days=off(p)), "date"),
    "a after next monday": (lambda r, c: {**draw_offset(r, c, ("d", "w")), "wd": 0},
                            lambda p, c: next_wd(c, 0) + TD(days=off(p)), "date"),      # rt: DCT Monday, both readings agree
    # (no Sunday: weeks that start on Sunday put "Sunday four weeks from now" a week earlier)
    "a weekday in n weeks": (lambda r, c: {"n": r.choice([2, 3, 4]), "u": "w", "wd": r.randint(0, 5)},
                             lambda p, c: monday(c) + TD(days=7 * p["n"] + p["wd"]), "date"),
    "a the day after holiday year": (lambda r, c: {"n": 1, "u": "d", **draw_hol(r, c, ("xmas", "easter", "pentecost"))},
                                     lambda p, c: holiday(p["h"], p["y"]) + TD(days=1), "date"),
    "a the day before date": (lambda r, c: {"n": 1, "u": "d", **draw_date(r, c)},
                              lambda p, c: D(p["y"], p["m"], p["d"]) - TD(days=1), "date"),
    "a weeks from weekday": (lambda r, c: {"n": r.choice([2, 3]), "u": "w", "wd": r.choice([0, 2, 3, 4, 5, 6])},
                             lambda p, c: next_wd(c, p["wd"]) + TD(days=off(p)), "date"),                      # du only
    "a after holiday": (lambda r, c: {**draw_offset(r, c), "h": r.choice(["xmas", "easter", "pentecost"])},
                        lambda p, c: holiday_after(p["h"], c) + TD(days=off(p)), "date"),                      # du only
    # b: ordinal unit within an anchor
    "b nth weekday month year": (draw_wd_month, lambda p, c: nth_wd(p["y"], p["m"], p["wd"], ORD_N[p["o"]]), "date"),
    "b nth weekday next month": (lambda r, c: {"o": r.choice(list(ORD_N)), "wd": r.randint(0, 6)},
                                 lambda p, c: nth_wd(*month_shift(c, 1), p["wd"], ORD_N[p["o"]]), "date"),
    "b nth weekday last month": (lambda r, c: {"o": r.choice(list(ORD_N)), "wd": r.randint(0, 6)},
                                 lambda p, c: nth_wd(*month_shift(c, -1), p["wd"], ORD_N[p["o"]]), "date"),
    "b last day next month": (lambda r, c: {}, lambda p, c: last_day(*month_shift(c, 1)), "date"),
    "b last day month year": (draw_date, lambda p, c: last_day(p["y"], p["m"]), "date"),
    "b first day month year": (draw_date, lambda p, c: D(p["y"], p["m"], 1), "date"),
    "b nth week month year": (lambda r, c: {**draw_date(r, c), "o": r.choice(list(ORD_N))},
                              lambda p, c: iso_week(last_day(p["y"], p["m"]) if p["o"] == "last"
                                                    else D(p["y"], p["m"], 1) + TD(days=7 * (ORD_N[p["o"]] - 1))), "date"),
    "b nth week next month": (lambda r, c: {"o": r.choice(list(ORD_N))},
                              lambda p, c: iso_week(last_day(*month_shift(c, 1)) if p["o"] == "last"
                                                    else D(*month_shift(c, 1), 1) + TD(days=7 * (ORD_N[p["o"]] - 1))), "date"),
    "b nth weekend month year": (lambda r, c: {**draw_weekend_month(r), "o": r.choice(list(ORD_N))},
                                 lambda p, c: iso_week(D.fromisoformat(nth_wd(p["y"], p["m"], 5, ORD_N[p["o"]]))) + "-WE", "date"),
    "b nth weekday this month": (lambda r, c: {"o": r.choice(list(ORD_N)), "wd": r.randint(0, 6)},
                                 lambda p, c: nth_wd(c.year, c.month, p["wd"], ORD_N[p["o"]]), "date"),
    "b nth quarter year": (lambda r, c: {"o": r.choice(list(ORD_N)), "y": r.randint(2005, 2019)},
                           lambda p, c: f"{p['y']}-Q{4 if p['o'] == 'last' else ORD_N[p['o']]}", "date"),
    "b nth quarter last year": (lambda r, c: {"o": r.choice(list(ORD_N))},
                                lambda p, c: f"{c.year - 1}-Q{4 if p['o'] == 'last' else ORD_N[p['o']]}", "date"),
    # c: weekday + relative week (rt: the week relative to the DCT's week)
    "c weekday next week": (lambda r, c: {"wd": r.randint(0, 6)}, lambda p, c: monday(c) + TD(days=7 + p["wd"]), "date"),
    "c weekday last week": (lambda r, c: {"wd": r.randint(0, 6)}, lambda p, c: monday(c) + TD(days=-7 + p["wd"]), "date"),
    "c weekday this week": (lambda r, c: {"wd": r.randint(0, 6)}, lambda p, c: monday(c) + TD(days=p["wd"]), "date"),
    "c weekday week after next": (lambda r, c: {"wd": r.randint(0, 6)}, lambda p, c: monday(c) + TD(days=14 + p["wd"]), "date"),
    "c weekday after next": (lambda r, c: {"wd": r.choice([0, 2, 3, 4, 5, 6])}, lambda p, c: next_wd(c, p["wd"]) + TD(days=7), "date"),  # du only
    # d: part of a relative or absolute unit (edges keep the unit's value)
    "d edge next month": (lambda r, c: {"e": r.randint(0, 2)}, lambda p, c: "%04d-%02d" % month_shift(c, 1), "date"),
    "d edge last month": (lambda r, c: {"e": r.randint(0, 2)}, lambda p, c: "%04d-%02d" % month_shift(c, -1), "date"),
    "d edge last year": (lambda r, c: {"e": r.randint(0, 2)}, lambda p, c: str(c.year - 1), "date"),
    "d edge next year": (lambda r, c: {"e": r.randint(0, 2)}, lambda p, c: str(c.year + 1), "date"),
    "d edge this week": (lambda r, c: {"e": r.randint(0, 2)}, lambda p, c: iso_week(c), "date"),
    "d edge next week": (lambda r, c: {"e": r.randint(0, 2)}, lambda p, c: iso_week(c + TD(days=7)), "date"),
    "d edge year": (lambda r, c: {"e": r.randint(0, 2), "y": r.randint(1990, 2019)}, lambda p, c: str(p["y"]), "date"),
    "d edge month year": (lambda r, c: {"e": r.randint(0, 2), **draw_date(r, c)}, lambda p, c: "%04d-%02d" % (p["y"], p["m"]), "date"),
    "d edge next week rel": (lambda r, c: {"e": r.choice([0, 2])}, lambda p, c: iso_week(c + TD(days=7)), "date"),
    "d season last year": (lambda r, c: {"s": r.choice(["SP", "SU", "FA", "WI"])}, lambda p, c: f"{c.year - 1}-{p['s']}", "date"),
    "d season year": (lambda r, c: {"s": r.choice(["SP", "SU", "FA", "WI"]), "y": r.randint(2005, 2019)},
                      lambda p, c: f"{p['y']}-{p['s']}", "date"),
    # e: full dates with weekday and year
    "e weekday date year": (lambda r, c: (lambda p: {**p, "wd": D(p["y"], p["m"], p["d"]).weekday()})(draw_date(r, c)),
                            lambda p, c: D(p["y"], p["m"], p["d"]), "date"),
    # f: holidays with a year or a relative word
    "f holiday year": (draw_hol, lambda p, c: holiday(p["h"], p["y"]), "date"),
    "f last holiday": (lambda r, c: {"h": r.choice(["xmas", "easter", "pentecost"])}, lambda p, c: holiday_before(p["h"], c), "date"),
    "f next holiday": (lambda r, c: {"h": r.choice(["xmas", "easter", "pentecost"])}, lambda p, c: holiday_after(p["h"], c), "date"),
    "f holiday next year": (lambda r, c: {"h": r.choice(["xmas", "easter", "pentecost"])}, lambda p, c: holiday(p["h"], c.year + 1), "date"),
    "f holiday last year": (lambda r, c: {"h": r.choice(["xmas", "easter", "pentecost"])}, lambda p, c: holiday(p["h"], c.year - 1), "date"),
    # g: relative unit phrases with a count are durations (count and unit)
    "g past n units": (draw_count, lambda p, c: f"P{p['n']}{DUR[p['u']]}", "duration"),
    "g next n units": (draw_count, lambda p, c: f"P{p['n']}{DUR[p['u']]}", "duration"),
    # h: ranges, valued as their start
    "h days month year": (draw_range_days, lambda p, c: D(p["y"], p["m"], p["d"]), "date"),
    "h days month": (draw_range_days_noyear, lambda p, c: D(c.year, p["m"], p["d"]), "date"),
    "h between days month year": (draw_range_days, lambda p, c: D(p["y"], p["m"], p["d"]), "date"),
    "h days two months year": (lambda r, c: {**draw_date(r, c), "d2": r.randint(1, 28), "m2": 0},
                               lambda p, c: D(p["y"], p["m"], p["d"]), "date"),
    "h weekdays next week": (draw_wd_pair, lambda p, c: monday(c) + TD(days=7 + p["wd"]), "date"),
    "h months year": (draw_months_year, lambda p, c: "%04d-%02d" % (p["y"], p["m"]), "date"),
}

# ------------------------------------------------------------------ forms: (pattern, convention) -> [template]; rt templates
# bracket the span, du templates are the expression. {e} picks one of three edge words per language (EDGE).
EDGE = {
    "en": {"rel": ["beginning of", "middle of", "end of"], "abs": ["early", "mid-", "late"]},
    "de": {"rel": ["Anfang", "Mitte", "Ende"], "abs": ["Anfang", "Mitte", "Ende"]},
    "es": {"rel": ["principios", "mediados", "finales"], "abs": ["principios", "mediados", "finales"], "prep": ["a", "a", "a"]},
    "nl": {"rel": ["begin", "half", "eind"], "abs": ["begin", "medio", "eind"]},
    "pt": {"rel": ["início", "meados", "final"], "abs": ["início", "meados", "final"], "prep": ["no", "em", "no"]},
    "fr": {"rel": ["début", "milieu", "fin"], "abs": ["début", "mi-", "fin"]},
    "it": {"rel": ["inizio", "metà", "fine"], "abs": ["inizio", "metà", "fine"], "prep": ["a", "a", "a"]},
    "da": {"rel": ["begyndelsen af", "midten af", "slutningen af"], "abs": ["begyndelsen af", "midten af", "slutningen af"]},
    "sv": {"rel": ["början av", "mitten av", "slutet av"], "abs": ["början av", "mitten av", "slutet av"]},
    "nb": {"rel": ["begynnelsen av", "midten av", "slutten av"], "abs": ["begynnelsen av", "midten av", "slutten av"]},
}

F = {
    "en": {
        ("a the day after holiday year", "rt"): ["The shop reopened [the day after {H} {y}]."],
        ("a the day before date", "rt"): ["He resigned [the day before {M} {d}, {y}]."],
        ("a the day before date", "du"): ["the day before {M} {d}, {y}"],
        ("d season last year", "rt"): ["The plant opened in the [{S} of last year]."],
        ("b nth quarter year", "rt"): ["Sales fell in [the {o} quarter of {y}]."],
        ("b nth quarter last year", "rt"): ["Sales fell in [the {o} quarter of last year]."],
        ("b nth quarter year", "du"): ["the {o} quarter of {y}"],
        ("a after next monday", "rt"): ["The law takes effect [{n} {U} after next {WD}]."],
        ("a weekday in n weeks", "rt"): ["I'll go back [{WD} {n} weeks from now]."],
        ("a one unit after date", "rt"): ["Talks resumed [{one} after {M} {d}, {y}]."],
        ("a one unit before date", "rt"): ["He resigned [{one} before {d} {M} {y}]."],
        ("a one unit after date", "du"): ["{one} after {M} {d}, {y}"],
        ("d edge next week rel", "rt"): ["A vote is expected [{ea} next week]."],
        ("e weekday date year", "rt"): ["It opened on [{WD}, {M} {d}, {y}].", "It opened on [{WD} {M} {d} {y}].",
                                        "It opened on [{WD}, the {dth} of {M} {y}].", "It opened on [{WD} {d} {M} {y}].",
                                        "It opened on [{WD}, {m}/{d}/{y}]."],
        ("f holiday next year", "rt"): ["We meet at [{H} next year]."],
        ("f holiday next year", "du"): ["{H} next year"],
        ("h days two months year", "rt"): ["The fair runs [from {d} {M} to {d2} {M2} {y}].", "The fair runs [from {M} {d} to {M2} {d2}, {y}]."],
        ("h days two months year", "du"): ["from {M} {d} to {M2} {d2}, {y}"],
        ("b nth weekend month year", "rt"): ["The race is held on [the {o} weekend of {M} {y}]."],
        ("b nth weekend month year", "du"): ["the {o} weekend of {M} {y}"],
        ("b nth weekday this month", "rt"): ["The fair opens on [the {o} {WD} of the month]."],
        ("b nth weekday this month", "du"): ["the {o} {WD} of this month"],
        ("a after tomorrow", "rt"): ["The vote is [{n} {U} after tomorrow]."],
        ("a before yesterday", "rt"): ["The letter arrived [{n} {U} before yesterday]."],
        ("a after date", "rt"): ["The deal closes [{n} {U} after {M} {d}, {y}].", "Talks resumed [{n} {U} after {d} {M} {y}]."],
        ("a before date", "rt"): ["He resigned [{n} {U} before {M} {d}, {y}]."],
        ("a after holiday year", "rt"): ["The shop reopened [{n} {U} after {H} {y}]."],
        ("a before holiday year", "rt"): ["The strike began [{n} {U} before {H} {y}]."],
        ("a after tomorrow", "du"): ["{n} {U} after tomorrow"],
        ("a after date", "du"): ["{n} {U} after {M} {d}, {y}"],
        ("a before date", "du"): ["{n} {U} before {M} {d}, {y}"],
        ("a after holiday", "du"): ["{n} {U} after {H}"],
        ("a weeks from weekday", "du"): ["{n} weeks from {WD}"],
        ("b nth weekday month year", "rt"): ["The fair opens on [the {o} {WD} of {M} {y}]."],
        ("b nth weekday month year", "du"): ["the {o} {WD} of {M} {y}", "{o} {WD} in {M} {y}"],
        ("b nth weekday next month", "rt"): ["The fair opens on [the {o} {WD} of next month]."],
        ("b nth weekday next month", "du"): ["the {o} {WD} of next month"],
        ("b nth weekday last month", "rt"): ["The fair opened on [the {o} {WD} of last month]."],
        ("b nth weekday last month", "du"): ["{o} {WD} of last month"],
        ("b last day next month", "rt"): ["Bids are due on [the last day of next month]."],
        ("b last day next month", "du"): ["the last day of next month"],
        ("b last day month year", "rt"): ["The law expired on [the last day of {M} {y}]."],
        ("b last day month year", "du"): ["last day of {M} {y}"],
        ("b first day month year", "rt"): ["The law took effect on [the first day of {M} {y}]."],
        ("b nth week month year", "rt"): ["The talks were held in [the {o} week of {M} {y}]."],
        ("b nth week month year", "du"): ["the {o} week of {M} {y}"],
        ("b nth week next month", "rt"): ["The talks will be held in [the {o} week of next month]."],
        ("c weekday next week", "rt"): ["The board meets [{WD} next week].", "The board meets [next week {WD}]."],
        ("c weekday next week", "du"): ["{WD} next week", "{WD} of next week"],
        ("c weekday last week", "rt"): ["The board met [{WD} last week].", "The board met on [{WD} of last week]."],
        ("c weekday last week", "du"): ["{WD} of last week"],
        ("c weekday this week", "rt"): ["The board meets [{WD} this week]."],
        ("c weekday week after next", "rt"): ["The board meets [{WD} of the week after next]."],
        ("c weekday after next", "du"): ["{WD} after next"],
        ("d edge next month", "rt"): ["Prices rise at the [{er} next month].", "Prices rise [{ea} next month]."],
        ("d edge last month", "rt"): ["Prices rose at the [{er} last month].", "Prices rose [{ea} last month]."],
        ("d edge last year", "rt"): ["Prices rose at the [{er} last year]."],
        ("d edge next year", "rt"): ["Prices rise at the [{er} next year]."],
        ("d edge this week", "rt"): ["Prices rose at the [{er} this week]."],
        ("d edge year", "rt"): ["The plant opened in [{ea} {y}].", "The plant opened at the [{er} {y}]."],
        ("d edge month year", "rt"): ["The plant opened in [{ea} {M} {y}].", "The plant opened at the [{er} {M} {y}]."],
        ("d season year", "rt"): ["The plant opened in [the {S} of {y}].", "The plant opened in [{S} {y}]."],
        ("d edge next month", "du"): ["the {er} next month"],
        ("d edge year", "du"): ["{ea} {y}"],
        ("d season year", "du"): ["{S} {y}"],
        ("e weekday date year", "du"): ["{WD}, {M} {d}, {y}", "{WD}, the {dth} of {M} {y}", "{WD} {dth} {M} {y}"],
        ("f holiday year", "rt"): ["The market was closed at [{H} {y}].", "The market was closed on [{H} {y}]."],
        ("f holiday year", "du"): ["{H} {y}"],
        ("f last holiday", "rt"): ["We met [last {H}]."],
        ("f last holiday", "du"): ["last {H}"],
        ("f next holiday", "rt"): ["We meet [next {H}]."],
        ("f next holiday", "du"): ["next {H}"],
        ("f holiday last year", "rt"): ["We met at [{H} last year]."],
        ("g past n units", "rt"): ["Sales fell during the past [{n} {U}].", "Sales fell over the last [{n} {U}]."],
        ("g next n units", "rt"): ["Sales will rise in the next [{n} {U}].", "Sales will rise over the coming [{n} {U}]."],
        ("g past n units", "du"): ["[the past {n} {U}]"],
        ("h days month year", "rt"): ["The fair runs [{d}–{d2} {M} {y}].", "The fair runs [from {M} {d} to {d2}, {y}].",
                                      "The fair runs [{M} {d}-{d2}, {y}]."],
        ("h days month", "rt"): ["The fair ran [from {d} to {d2} {M}]."],
        ("h between days month year", "rt"): ["The fair ran [between {d} and {d2} {M} {y}]."],
        ("h weekdays next week", "rt"): ["The fair runs [from {WD} to {WD2} next week]."],
        ("h months year", "rt"): ["The fair ran [from {M} to {M2} {y}]."],
        ("h days month year", "du"): ["from {M} {d} to {d2}, {y}", "{d}-{d2} {M} {y}"],
        ("h days month", "du"): ["from {M} {d} to {d2}"],
    },
    "de": {
        ("a the day after holiday year", "rt"): ["Der Laden öffnete am [Tag nach {H} {y}] wieder."],
        ("a the day before date", "rt"): ["Er trat am [Tag vor dem {d}. {M} {y}] zurück."],
        ("d season last year", "rt"): ["Das Werk öffnete im [{S} letzten Jahres]."],
        ("b nth quarter year", "rt"): ["Der Umsatz fiel im [{o} Quartal {y}]."],
        ("b nth quarter last year", "rt"): ["Der Umsatz fiel im [{o} Quartal des vergangenen Jahres]."],
        ("b nth quarter year", "du"): ["im {o} Quartal {y}"],
        ("a after next monday", "rt"): ["Das Gesetz gilt [{n} {U} nach nächstem {WD}]."],
        ("a weekday in n weeks", "rt"): ["Ich komme [{WD} in {n} Wochen] zurück."],
        ("a weekday in n weeks", "du"): ["{WD} in {n} Wochen"],
        ("a one unit after date", "rt"): ["Die Gespräche begannen [{one} nach dem {d}. {M} {y}]."],
        ("a one unit before date", "rt"): ["Er trat [{one} vor dem {d}. {M} {y}] zurück."],
        ("a one unit after date", "du"): ["{one} nach dem {d}. {M} {y}"],
        ("e weekday date year", "rt"): ["Es öffnete am [{WD}, den {d}. {M} {y}].", "Es öffnete am [{WD}, {d}. {M} {y}].",
                                        "Es öffnete [{WD}, den {d}. {M} {y}].", "Es öffnete am [{WD}, {d}.{m}.{y}]."],
        ("f holiday next year", "rt"): ["Wir treffen uns [{H} nächsten Jahres]."],
        ("f holiday next year", "du"): ["{H} nächsten Jahres"],
        ("h days two months year", "rt"): ["Die Messe läuft [vom {d}. {M} bis {d2}. {M2} {y}]."],
        ("h days two months year", "du"): ["vom {d}. {M} bis {d2}. {M2} {y}"],
        ("b nth weekend month year", "rt"): ["Das Rennen findet am [{o} Wochenende im {M} {y}] statt."],
        ("b nth weekend month year", "du"): ["das {o2} Wochenende im {M} {y}"],
        ("b nth weekday this month", "rt"): ["Die Messe beginnt am [{o} {WD} des Monats]."],
        ("b nth weekday this month", "du"): ["am {o} {WD} dieses Monats"],
        ("a after tomorrow", "rt"): ["Die Wahl ist [{n} {U} nach morgen]."],
        ("a before yesterday", "rt"): ["Der Brief kam [{n} {U} vor gestern] an."],
        ("a after date", "rt"): ["Der Vertrag endet [{n} {U} nach dem {d}. {M} {y}]."],
        ("a before date", "rt"): ["Er trat [{n} {U} vor dem {d}. {M} {y}] zurück."],
        ("a after holiday year", "rt"): ["Der Laden öffnete [{n} {U} nach {H} {y}] wieder."],
        ("a before holiday year", "rt"): ["Der Streik begann [{n} {U} vor {H} {y}]."],
        ("a after tomorrow", "du"): ["{n} {U} nach morgen"],
        ("a after date", "du"): ["{n} {U} nach dem {d}. {M} {y}"],
        ("a before date", "du"): ["{n} {U} vor dem {d}. {M} {y}"],
        ("a after holiday", "du"): ["{n} {U} nach {H}"],
        ("b nth weekday month year", "rt"): ["Die Messe beginnt am [{o} {WD} im {M} {y}]."],
        ("b nth weekday month year", "du"): ["der {o2} {WD} im {M} {y}", "am {o} {WD} im {M} {y}"],
        ("b nth weekday next month", "rt"): ["Die Messe beginnt am [{o} {WD} des nächsten Monats]."],
        ("b nth weekday next month", "du"): ["am {o} {WD} nächsten Monats"],
        ("b nth weekday last month", "rt"): ["Die Messe begann am [{o} {WD} des vergangenen Monats]."],
        ("b nth weekday last month", "du"): ["der {o2} {WD} letzten Monats"],
        ("b last day next month", "rt"): ["Die Frist endet am [letzten Tag des nächsten Monats]."],
        ("b last day next month", "du"): ["der letzte Tag des nächsten Monats"],
        ("b last day month year", "rt"): ["Das Gesetz lief am [letzten Tag im {M} {y}] aus."],
        ("b last day month year", "du"): ["letzter Tag im {M} {y}"],
        ("b first day month year", "rt"): ["Das Gesetz trat am [ersten Tag im {M} {y}] in Kraft."],
        ("b nth week month year", "rt"): ["Die Gespräche fanden in [der {o} Woche im {M} {y}] statt."],
        ("b nth week month year", "du"): ["die {o2} Woche im {M} {y}"],
        ("b nth week next month", "rt"): ["Die Gespräche finden in [der {o} Woche des nächsten Monats] statt."],
        ("c weekday next week", "rt"): ["Der Vorstand tagt [{WD} nächster Woche].", "Der Vorstand tagt [nächste Woche {WD}]."],
        ("c weekday next week", "du"): ["{WD} nächster Woche", "nächste Woche {WD}"],
        ("c weekday last week", "rt"): ["Der Vorstand tagte [{WD} letzter Woche].", "Der Vorstand tagte [{WD} vergangener Woche]."],
        ("c weekday last week", "du"): ["{WD} letzter Woche"],
        ("c weekday this week", "rt"): ["Der Vorstand tagt [{WD} dieser Woche]."],
        ("c weekday week after next", "rt"): ["Der Vorstand tagt [{WD} übernächster Woche].", "Der Vorstand tagt [übernächste Woche {WD}]."],
        ("c weekday week after next", "du"): ["{WD} übernächster Woche"],
        ("d edge next month", "rt"): ["Die Preise steigen [{er} nächsten Monats].", "Die Preise steigen [{er} kommenden Monats]."],
        ("d edge last month", "rt"): ["Die Preise stiegen [{er} letzten Monats].", "Die Preise stiegen [{er} vergangenen Monats]."],
        ("d edge last year", "rt"): ["Die Preise stiegen [{er} letzten Jahres].", "Die Preise stiegen [{er} vergangenen Jahres]."],
        ("d edge next year", "rt"): ["Die Preise steigen [{er} nächsten Jahres]."],
        ("d edge this week", "rt"): ["Die Preise stiegen [{er} dieser Woche]."],
        ("d edge next week", "rt"): ["Die Preise steigen [{er} nächster Woche].", "Die Preise steigen [{er} kommender Woche]."],
        ("d edge year", "rt"): ["Das Werk öffnete [{ea} {y}]."],
        ("d edge month year", "rt"): ["Das Werk öffnete [{ea} {M} {y}]."],
        ("d season year", "rt"): ["Das Werk öffnete im [{S} {y}]."],
        ("d edge next month", "du"): ["{er} nächsten Monats"],
        ("d edge next week", "du"): ["{er} nächster Woche"],
        ("d edge year", "du"): ["{ea} {y}"],
        ("d season year", "du"): ["im {S} {y}"],
        ("e weekday date year", "du"): ["{WD}, den {d}. {M} {y}", "{WD}, {d}. {M} {y}", "am {WD}, dem {d}. {M} {y}"],
        ("f holiday year", "rt"): ["Der Markt war [{H} {y}] geschlossen.", "Der Markt war an [{H} {y}] geschlossen."],
        ("f holiday year", "du"): ["{H} {y}"],
        ("f last holiday", "rt"): ["Wir trafen uns [letzte {H}]."],
        ("f last holiday", "du"): ["letzte {H}"],
        ("f next holiday", "rt"): ["Wir treffen uns [nächste {H}]."],
        ("f next holiday", "du"): ["nächste {H}"],
        ("f holiday last year", "rt"): ["Wir trafen uns [{H} letzten Jahres]."],
        ("g past n units", "rt"): ["Der Umsatz fiel in den letzten [{n} {Ud}].", "Der Umsatz fiel in den vergangenen [{n} {Ud}]."],
        ("g next n units", "rt"): ["Der Umsatz steigt in den nächsten [{n} {Ud}].", "Der Umsatz steigt in den kommenden [{n} {Ud}]."],
        ("g past n units", "du"): ["[in den vergangenen {n} {Ud}]"],
        ("h days month year", "rt"): ["Die Messe läuft [vom {d}. bis {d2}. {M} {y}].", "Die Messe läuft [{d}.–{d2}. {M} {y}]."],
        ("h days month", "rt"): ["Die Messe lief [vom {d}. bis {d2}. {M}]."],
        ("h between days month year", "rt"): ["Die Messe lief [zwischen dem {d}. und {d2}. {M} {y}].",
                                              "Die Messe lief [zwischen dem {d}. und dem {d2}. {M} {y}]."],
        ("h weekdays next week", "rt"): ["Die Messe läuft [von {WD} bis {WD2} nächster Woche]."],
        ("h months year", "rt"): ["Die Messe lief [von {M} bis {M2} {y}]."],
        ("h days month year", "du"): ["vom {d}. bis {d2}. {M} {y}"],
        ("h days month", "du"): ["vom {d}. bis {d2}. {M}"],
    },
    "es": {
        ("a the day after holiday year", "rt"): ["La tienda reabrió [el día después de {H} de {y}]."],
        ("a the day before date", "rt"): ["Dimitió [el día antes del {d} de {M} de {y}]."],
        ("a the day before date", "du"): ["el día antes del {d} de {M} de {y}"],
        ("d season last year", "rt"): ["La planta abrió en el [{S} del año pasado]."],
        ("b nth quarter year", "rt"): ["Las ventas cayeron en [el {o} trimestre de {y}]."],
        ("b nth quarter last year", "rt"): ["Las ventas cayeron en [el {o} trimestre del año pasado]."],
        ("b nth quarter year", "du"): ["el {o} trimestre de {y}"],
        ("a after next monday", "rt"): ["La ley entra en vigor [{n} {U} después del próximo {WD}]."],
        ("a weekday in n weeks", "rt"): ["Volveré el [{WD} dentro de {n} semanas]."],
        ("a one unit after date", "rt"): ["Las conversaciones se reanudaron [{one} después del {d} de {M} de {y}]."],
        ("a one unit before date", "rt"): ["Dimitió [{one} antes del {d} de {M} de {y}]."],
        ("a one unit after date", "du"): ["{one} después del {d} de {M} de {y}"],
        ("d edge next week rel", "rt"): ["Se espera una votación a [{ea} de la próxima semana]."],
        ("e weekday date year", "rt"): ["Abrió el [{WD} {d} de {M} de {y}].", "Abrió el [{WD}, {d} de {M} de {y}].",
                                        "Abrió el [{WD} {d} de {M} del {y}].", "Abrió el [{WD} {d}/{m}/{y}]."],
        ("f holiday next year", "rt"): ["Nos vemos en [{H} del próximo año]."],
        ("h days two months year", "rt"): ["La feria será [del {d} de {M} al {d2} de {M2} de {y}]."],
        ("h days two months year", "du"): ["del {d} de {M} al {d2} de {M2} de {y}"],
        ("b nth weekend month year", "rt"): ["La carrera es [el {o} fin de semana de {M} de {y}]."],
        ("b nth weekend month year", "du"): ["el {o} fin de semana de {M} de {y}"],
        ("b nth weekday this month", "rt"): ["La feria abre [el {o} {WD} del mes]."],
        ("b nth weekday this month", "du"): ["el {o} {WD} de este mes"],
        ("a after holiday", "du"): ["{n} {U} después de {H}"],
        ("c weekday this week", "du"): ["el {WD} de esta semana"],
        ("a after tomorrow", "rt"): ["La votación será [{n} {U} después de mañana]."],
        ("a before yesterday", "rt"): ["La carta llegó [{n} {U} antes de ayer]."],
        ("a after date", "rt"): ["El acuerdo vence [{n} {U} después del {d} de {M} de {y}]."],
        ("a before date", "rt"): ["Dimitió [{n} {U} antes del {d} de {M} de {y}]."],
        ("a after holiday year", "rt"): ["La tienda reabrió [{n} {U} después de {H} de {y}]."],
        ("a before holiday year", "rt"): ["La huelga empezó [{n} {U} antes de {H} de {y}]."],
        ("a after tomorrow", "du"): ["{n} {U} después de mañana"],
        ("a after date", "du"): ["{n} {U} después del {d} de {M} de {y}"],
        ("a before date", "du"): ["{n} {U} antes del {d} de {M} de {y}"],
        ("b nth weekday month year", "rt"): ["La feria abre [el {o} {WD} de {M} de {y}]."],
        ("b nth weekday month year", "du"): ["el {o} {WD} de {M} de {y}"],
        ("b nth weekday next month", "rt"): ["La feria abre [el {o} {WD} del próximo mes]."],
        ("b nth weekday next month", "du"): ["el {o} {WD} del mes que viene"],
        ("b nth weekday last month", "rt"): ["La feria abrió [el {o} {WD} del mes pasado]."],
        ("b last day next month", "rt"): ["El plazo vence [el último día del próximo mes]."],
        ("b last day next month", "du"): ["el último día del mes que viene"],
        ("b last day month year", "rt"): ["La ley expiró [el último día de {M} de {y}]."],
        ("b first day month year", "rt"): ["La ley entró en vigor [el primer día de {M} de {y}]."],
        ("b nth week month year", "rt"): ["Las conversaciones fueron en [la {of} semana de {M} de {y}]."],
        ("b nth week month year", "du"): ["la {of} semana de {M} de {y}"],
        ("b nth week next month", "rt"): ["Las conversaciones serán en [la {of} semana del próximo mes]."],
        ("c weekday next week", "rt"): ["La junta se reúne el [{WD} de la semana que viene].", "La junta se reúne el [{WD} de la próxima semana]."],
        ("c weekday next week", "du"): ["el {WD} de la semana que viene"],
        ("c weekday last week", "rt"): ["La junta se reunió el [{WD} de la semana pasada]."],
        ("c weekday last week", "du"): ["el {WD} de la semana pasada"],
        ("c weekday this week", "rt"): ["La junta se reúne el [{WD} de esta semana]."],
        ("d edge next month", "rt"): ["Los precios suben {pp} [{er} del próximo mes].", "Los precios suben {pp} [{er} del mes que viene]."],
        ("d edge last month", "rt"): ["Los precios subieron {pp} [{er} del mes pasado]."],
        ("d edge last year", "rt"): ["Los precios subieron {pp} [{er} del año pasado]."],
        ("d edge next year", "rt"): ["Los precios suben {pp} [{er} del próximo año]."],
        ("d edge this week", "rt"): ["Los precios subieron {pp} [{er} de esta semana]."],
        ("d edge year", "rt"): ["La planta abrió {pp} [{ea} de {y}]."],
        ("d edge month year", "rt"): ["La planta abrió {pp} [{ea} de {M} de {y}]."],
        ("d season year", "rt"): ["La planta abrió en [{S} de {y}]."],
        ("d edge last month", "du"): ["{er} del mes pasado"],
        ("d edge year", "du"): ["{ea} de {y}"],
        ("d season year", "du"): ["{S} de {y}"],
        ("e weekday date year", "du"): ["{WD} {d} de {M} de {y}", "{WD}, {d} de {M} de {y}"],
        ("f holiday year", "rt"): ["El mercado cerró en [{H} de {y}].", "El mercado cerró en [{H} {y}]."],
        ("f holiday year", "du"): ["{H} de {y}", "{H} {y}"],
        ("f last holiday", "rt"): ["Nos vimos la [{H} pasada]."],
        ("f last holiday", "du"): ["la {H} pasada"],
        ("f next holiday", "rt"): ["Nos vemos la [próxima {H}]."],
        ("f next holiday", "du"): ["la próxima {H}"],
        ("f holiday last year", "rt"): ["Nos vimos en [{H} del año pasado]."],
        ("g past n units", "rt"): ["Las ventas cayeron en los últimos [{n} {U}].", "Las ventas cayeron durante los últimos [{n} {U}]."],
        ("g next n units", "rt"): ["Las ventas subirán en los próximos [{n} {U}]."],
        ("g past n units", "du"): ["en los últimos [{n} {U}]"],
        ("h days month year", "rt"): ["La feria será [del {d} al {d2} de {M} de {y}].", "La feria será [{d}-{d2} de {M} de {y}]."],
        ("h days month", "rt"): ["La feria fue [del {d} al {d2} de {M}]."],
        ("h between days month year", "rt"): ["La feria fue [entre el {d} y el {d2} de {M} de {y}]."],
        ("h weekdays next week", "rt"): ["La feria será [de {WD} a {WD2} de la próxima semana]."],
        ("h months year", "rt"): ["La feria fue [de {M} a {M2} de {y}]."],
        ("h days month year", "du"): ["del {d} al {d2} de {M} de {y}"],
        ("h days month", "du"): ["del {d} al {d2} de {M}"],
    },
    "nl": {
        ("a the day before date", "rt"): ["Hij trad af [de dag voor {d} {M} {y}]."],
        ("d season last year", "rt"): ["De fabriek ging in de [{S} van vorig jaar] open."],
        ("b nth quarter year", "rt"): ["De omzet daalde in [het {o} kwartaal van {y}]."],
        ("b nth quarter last year", "rt"): ["De omzet daalde in [het {o} kwartaal van vorig jaar]."],
        ("a after next monday", "rt"): ["De wet gaat in [{n} {U} na aanstaande {WD}]."],
        ("a weekday in n weeks", "rt"): ["Ik kom [{WD} over {n} weken] terug."],
        ("a one unit after date", "rt"): ["De gesprekken hervatten [{one} na {d} {M} {y}]."],
        ("a one unit before date", "rt"): ["Hij trad af [{one} voor {d} {M} {y}]."],
        ("a one unit after date", "du"): ["{one} na {d} {M} {y}"],
        ("d edge next week rel", "rt"): ["Een stemming wordt [{ea} volgende week] verwacht."],
        ("e weekday date year", "rt"): ["Het ging open op [{WD} {d} {M} {y}].", "Het ging open op [{WD}, {d} {M} {y}].",
                                        "Het ging open op [{WD} {d}-{m}-{y}]."],
        ("f holiday next year", "rt"): ["We zien elkaar met [{H} volgend jaar]."],
        ("h days two months year", "rt"): ["De beurs loopt [van {d} {M} tot {d2} {M2} {y}]."],
        ("h days two months year", "du"): ["van {d} {M} tot {d2} {M2} {y}"],
        ("b nth weekend month year", "rt"): ["De race is in [het {o} weekend van {M} {y}]."],
        ("b nth weekend month year", "du"): ["het {o} weekend van {M} {y}"],
        ("b nth weekday this month", "rt"): ["De beurs opent op [de {o} {WD} van de maand]."],
        ("b nth weekday this month", "du"): ["de {o} {WD} van deze maand"],
        ("a after tomorrow", "rt"): ["De stemming is [{n} {U} na morgen]."],
        ("a before yesterday", "rt"): ["De brief kwam [{n} {U} voor gisteren] aan."],
        ("a after date", "rt"): ["Het contract loopt af [{n} {U} na {d} {M} {y}]."],
        ("a before date", "rt"): ["Hij trad af [{n} {U} voor {d} {M} {y}]."],
        ("a after holiday year", "rt"): ["De winkel ging [{n} {U} na {H} {y}] weer open."],
        ("a before holiday year", "rt"): ["De staking begon [{n} {U} voor {H} {y}]."],
        ("a after tomorrow", "du"): ["{n} {U} na morgen"],
        ("a after date", "du"): ["{n} {U} na {d} {M} {y}"],
        ("a before date", "du"): ["{n} {U} voor {d} {M} {y}"],
        ("a after holiday", "du"): ["{n} {U} na {H}"],
        ("b nth weekday month year", "rt"): ["De beurs opent op [de {o} {WD} van {M} {y}]."],
        ("b nth weekday month year", "du"): ["de {o} {WD} van {M} {y}"],
        ("b nth weekday next month", "rt"): ["De beurs opent op [de {o} {WD} van volgende maand]."],
        ("b nth weekday last month", "rt"): ["De beurs opende op [de {o} {WD} van vorige maand]."],
        ("b nth weekday last month", "du"): ["de {o} {WD} van vorige maand"],
        ("b last day next month", "rt"): ["De termijn verloopt op [de laatste dag van volgende maand]."],
        ("b last day next month", "du"): ["de laatste dag van volgende maand"],
        ("b last day month year", "rt"): ["De wet verliep op [de laatste dag van {M} {y}]."],
        ("b first day month year", "rt"): ["De wet ging in op [de eerste dag van {M} {y}]."],
        ("b nth week month year", "rt"): ["De gesprekken waren in [de {o} week van {M} {y}]."],
        ("b nth week month year", "du"): ["de {o} week van {M} {y}"],
        ("b nth week next month", "rt"): ["De gesprekken zijn in [de {o} week van volgende maand]."],
        ("c weekday next week", "rt"): ["Het bestuur vergadert [volgende week {WD}].", "Het bestuur vergadert [op {WD} van volgende week]."],
        ("c weekday next week", "du"): ["volgende week {WD}", "{WD} volgende week"],
        ("c weekday last week", "rt"): ["Het bestuur vergaderde [vorige week {WD}].", "Het bestuur vergaderde op [{WD} van vorige week]."],
        ("c weekday last week", "du"): ["vorige week {WD}"],
        ("c weekday this week", "rt"): ["Het bestuur vergadert [deze week {WD}]."],
        ("c weekday week after next", "rt"): ["Het bestuur vergadert [{WD} over twee weken]."],
        ("d edge next month", "rt"): ["De prijzen stijgen [{er} volgende maand]."],
        ("d edge last month", "rt"): ["De prijzen stegen [{er} vorige maand]."],
        ("d edge last year", "rt"): ["De prijzen stegen [{er} vorig jaar]."],
        ("d edge next year", "rt"): ["De prijzen stijgen [{er} volgend jaar]."],
        ("d edge this week", "rt"): ["De prijzen stegen [{er} deze week]."],
        ("d edge year", "rt"): ["De fabriek ging [{ea} {y}] open."],
        ("d edge month year", "rt"): ["De fabriek ging [{ea} {M} {y}] open."],
        ("d season year", "rt"): ["De fabriek ging in [de {S} van {y}] open.", "De fabriek ging in [{S} {y}] open."],
        ("d edge next year", "du"): ["{er} volgend jaar"],
        ("d edge year", "du"): ["{ea} {y}"],
        ("d season year", "du"): ["{S} {y}"],
        ("e weekday date year", "du"): ["{WD} {d} {M} {y}", "{WD}, {d} {M} {y}"],
        ("f holiday year", "rt"): ["De markt was dicht met [{H} {y}].", "De markt was dicht op [{H} {y}]."],
        ("f holiday year", "du"): ["{H} {y}"],
        ("f last holiday", "rt"): ["We zagen elkaar [vorige {H}].", "We zagen elkaar [afgelopen {H}]."],
        ("f last holiday", "du"): ["vorige {H}"],
        ("f next holiday", "rt"): ["We zien elkaar [volgende {H}]."],
        ("f next holiday", "du"): ["volgende {H}"],
        ("f holiday last year", "rt"): ["We zagen elkaar met [{H} vorig jaar]."],
        ("g past n units", "rt"): ["De verkoop daalde de afgelopen [{n} {U}].", "De verkoop daalde in de laatste [{n} {U}]."],
        ("g next n units", "rt"): ["De verkoop stijgt de komende [{n} {U}]."],
        ("g past n units", "du"): ["[de afgelopen {n} {U}]"],
        ("h days month year", "rt"): ["De beurs loopt [van {d} tot {d2} {M} {y}].", "De beurs loopt [{d}-{d2} {M} {y}]."],
        ("h days month", "rt"): ["De beurs liep [van {d} tot {d2} {M}]."],
        ("h between days month year", "rt"): ["De beurs liep [tussen {d} en {d2} {M} {y}]."],
        ("h weekdays next week", "rt"): ["De beurs loopt [van {WD} tot {WD2} volgende week]."],
        ("h months year", "rt"): ["De beurs liep [van {M} tot {M2} {y}]."],
        ("h days month year", "du"): ["van {d} tot {d2} {M} {y}"],
        ("h days month", "du"): ["van {d} tot {d2} {M}"],
    },
    "pt": {
        ("a the day before date", "rt"): ["Ele renunciou [o dia antes de {d} de {M} de {y}]."],
        ("d season last year", "rt"): ["A fábrica abriu no [{S} do ano passado]."],
        ("b nth quarter year", "rt"): ["As vendas caíram no [{o} trimestre de {y}]."],
        ("b nth quarter last year", "rt"): ["As vendas caíram no [{o} trimestre do ano passado]."],
        ("a after next monday", "rt"): ["A lei entra em vigor [{n} {U} depois da próxima {WD}]."],
        ("a weekday in n weeks", "rt"): ["Voltarei na [{WD} daqui a {n} semanas]."],
        ("a one unit after date", "rt"): ["As conversas foram retomadas [{one} depois de {d} de {M} de {y}]."],
        ("a one unit before date", "rt"): ["Ele renunciou [{one} antes de {d} de {M} de {y}]."],
        ("a one unit after date", "du"): ["{one} depois de {d} de {M} de {y}"],
        ("d edge next week rel", "rt"): ["A votação é esperada {pp} [{ea} da próxima semana]."],
        ("e weekday date year", "rt"): ["Abriu na [{WD}, {d} de {M} de {y}].", "Abriu na [{WD}, dia {d} de {M} de {y}].",
                                        "Abriu [{WD} {d} de {M} de {y}].", "Abriu na [{WD}, {d}/{m}/{y}]."],
        ("f holiday next year", "rt"): ["Nós nos vemos no [{H} do próximo ano]."],
        ("h days two months year", "rt"): ["A feira será [de {d} de {M} a {d2} de {M2} de {y}]."],
        ("h days two months year", "du"): ["de {d} de {M} a {d2} de {M2} de {y}"],
        ("b nth weekend month year", "rt"): ["A corrida é no [{o} fim de semana de {M} de {y}]."],
        ("b nth weekend month year", "du"): ["o {o} fim de semana de {M} de {y}"],
        ("b nth weekday this month", "rt"): ["A feira abre no [{ow} {WD} do mês]."],
        ("b nth weekday this month", "du"): ["{ow} {WD} deste mês"],
        ("a after holiday", "du"): ["{n} {U} depois do {H}"],
        ("a after tomorrow", "rt"): ["A votação será [{n} {U} depois de amanhã]."],
        ("a before yesterday", "rt"): ["A carta chegou [{n} {U} antes de ontem]."],
        ("a after date", "rt"): ["O contrato vence [{n} {U} depois de {d} de {M} de {y}]."],
        ("a before date", "rt"): ["Ele renunciou [{n} {U} antes de {d} de {M} de {y}]."],
        ("a after holiday year", "rt"): ["A loja reabriu [{n} {U} depois do {H} de {y}]."],
        ("a before holiday year", "rt"): ["A greve começou [{n} {U} antes do {H} de {y}]."],
        ("a after tomorrow", "du"): ["{n} {U} depois de amanhã"],
        ("a after date", "du"): ["{n} {U} depois de {d} de {M} de {y}"],
        ("a before date", "du"): ["{n} {U} antes de {d} de {M} de {y}"],
        ("b nth weekday month year", "rt"): ["A feira abre no [{ow} {WD} de {M} de {y}]."],
        ("b nth weekday month year", "du"): ["{ow} {WD} de {M} de {y}"],
        ("b nth weekday next month", "rt"): ["A feira abre no [{ow} {WD} do próximo mês]."],
        ("b nth weekday last month", "rt"): ["A feira abriu no [{ow} {WD} do mês passado]."],
        ("b last day next month", "rt"): ["O prazo vence no [último dia do próximo mês]."],
        ("b last day next month", "du"): ["o último dia do mês que vem"],
        ("b last day month year", "rt"): ["A lei expirou no [último dia de {M} de {y}]."],
        ("b first day month year", "rt"): ["A lei entrou em vigor no [primeiro dia de {M} de {y}]."],
        ("b nth week month year", "rt"): ["As conversas foram na [{of} semana de {M} de {y}]."],
        ("b nth week month year", "du"): ["a {of} semana de {M} de {y}"],
        ("b nth week next month", "rt"): ["As conversas serão na [{of} semana do próximo mês]."],
        ("c weekday next week", "rt"): ["O conselho reúne-se [{WD} da próxima semana].", "O conselho reúne-se [{WD} da semana que vem]."],
        ("c weekday next week", "du"): ["{WD} da próxima semana", "{WD} da semana que vem"],
        ("c weekday last week", "rt"): ["O conselho reuniu-se [{WD} da semana passada]."],
        ("c weekday last week", "du"): ["{WD} da semana passada"],
        ("c weekday this week", "rt"): ["O conselho reúne-se [{WD} desta semana]."],
        ("d edge next month", "rt"): ["Os preços sobem {pp} [{er} do próximo mês]."],
        ("d edge last month", "rt"): ["Os preços subiram {pp} [{er} do mês passado]."],
        ("d edge last year", "rt"): ["Os preços subiram {pp} [{er} do ano passado]."],
        ("d edge next year", "rt"): ["Os preços sobem {pp} [{er} do próximo ano]."],
        ("d edge this week", "rt"): ["Os preços subiram {pp} [{er} desta semana]."],
        ("d edge year", "rt"): ["A fábrica abriu {pp} [{ea} de {y}]."],
        ("d edge month year", "rt"): ["A fábrica abriu {pp} [{ea} de {M} de {y}]."],
        ("d season year", "rt"): ["A fábrica abriu no [{S} de {y}]."],
        ("d edge year", "du"): ["{ea} de {y}"],
        ("d season year", "du"): ["{S} de {y}"],
        ("e weekday date year", "du"): ["{WD}, {d} de {M} de {y}", "{WS}, {d} de {M} de {y}"],
        ("f holiday year", "rt"): ["O mercado fechou no [{H} de {y}]."],
        ("f holiday year", "du"): ["{H} de {y}"],
        ("f last holiday", "rt"): ["Nós nos vimos no [{H} passado]."],
        ("f last holiday", "du"): ["o {H} passado"],
        ("f next holiday", "rt"): ["Nós nos vemos no [próximo {H}]."],
        ("f next holiday", "du"): ["o próximo {H}"],
        ("f holiday last year", "rt"): ["Nós nos vimos no [{H} do ano passado]."],
        ("g past n units", "rt"): ["As vendas caíram nos últimos [{n} {U}].", "As vendas caíram durante os últimos [{n} {U}]."],
        ("g next n units", "rt"): ["As vendas vão subir nos próximos [{n} {U}]."],
        ("g next n units", "du"): ["nos próximos [{n} {U}]"],
        ("h days month year", "rt"): ["A feira será [de {d} a {d2} de {M} de {y}].", "A feira será [entre {d} e {d2} de {M} de {y}]."],
        ("h days month", "rt"): ["A feira foi [de {d} a {d2} de {M}]."],
        ("h weekdays next week", "rt"): ["A feira será [de {WS} a {WS2} da próxima semana]."],
        ("h months year", "rt"): ["A feira foi [de {M} a {M2} de {y}]."],
        ("h days month year", "du"): ["de {d} a {d2} de {M} de {y}"],
        ("h days month", "du"): ["de {d} a {d2} de {M}"],
    },
    "fr": {
        ("a the day after holiday year", "rt"): ["Le magasin a rouvert le [jour après {H} {y}]."],
        ("b nth quarter year", "rt"): ["Les ventes ont baissé au [{o} trimestre {y}]."],
        ("b nth quarter last year", "rt"): ["Les ventes ont baissé au [{o} trimestre de l'année dernière]."],
        ("a after next monday", "rt"): ["La loi entre en vigueur [{n} {U} après {WD} prochain]."],
        ("a weekday in n weeks", "rt"): ["Je reviendrai [{WD} dans {n} semaines]."],
        ("a one unit after date", "rt"): ["Les discussions ont repris [{one} après le {d} {M} {y}]."],
        ("a one unit before date", "rt"): ["Il a démissionné [{one} avant le {d} {M} {y}]."],
        ("d edge next week rel", "rt"): ["Un vote est attendu [{ea} de la semaine prochaine]."],
        ("h days two months year", "rt"): ["La foire aura lieu [du {d} {M} au {d2} {M2} {y}]."],
        ("h days two months year", "du"): ["du {d} {M} au {d2} {M2} {y}"],
        ("a after tomorrow", "rt"): ["Le vote aura lieu [{n} {U} après demain]."],
        ("a after date", "rt"): ["L'accord expire [{n} {U} après le {d} {M} {y}]."],
        ("a before date", "rt"): ["Il a démissionné [{n} {U} avant le {d} {M} {y}]."],
        ("a after holiday year", "rt"): ["Le magasin a rouvert [{n} {U} après {H} {y}]."],
        ("a after date", "du"): ["{n} {U} après le {d} {M} {y}"],
        ("a before date", "du"): ["{n} {U} avant le {d} {M} {y}"],
        ("a after holiday", "du"): ["{n} {U} après {H}"],
        ("b nth weekday month year", "rt"): ["La foire ouvre [le {ow} {WD} {dM} {y}]."],
        ("b nth weekday month year", "du"): ["le {ow} {WD} {dM} {y}"],
        ("b nth weekday next month", "rt"): ["La foire ouvre [le {ow} {WD} du mois prochain]."],
        ("b last day next month", "rt"): ["Le délai expire [le dernier jour du mois prochain]."],
        ("b last day month year", "rt"): ["La loi a expiré [le dernier jour {dM} {y}]."],
        ("b last day month year", "du"): ["le dernier jour {dM} {y}"],
        ("b nth week month year", "rt"): ["Les discussions ont eu lieu [la {of} semaine {dM} {y}]."],
        ("b nth week month year", "du"): ["la {of} semaine {dM} {y}"],
        ("b nth weekend month year", "rt"): ["La course a lieu [le {o} week-end {dM} {y}]."],
        ("c weekday next week", "rt"): ["Le conseil se réunit [{WD} de la semaine prochaine]."],
        ("c weekday next week", "du"): ["{WD} de la semaine prochaine"],
        ("c weekday last week", "rt"): ["Le conseil s'est réuni [{WD} de la semaine dernière]."],
        ("c weekday last week", "du"): ["{WD} de la semaine dernière"],
        ("d edge next month", "rt"): ["Les prix augmentent [{er} du mois prochain].", "Les prix augmentent à la [fin du mois prochain]."],
        ("d edge last year", "rt"): ["Les prix ont augmenté [{er} de l'année dernière]."],
        ("d edge year", "rt"): ["L'usine a ouvert [{ea} {y}]."],
        ("d edge month year", "rt"): ["L'usine a ouvert [{ea} {M} {y}]."],
        ("d season year", "rt"): ["L'usine a ouvert en [{S} {y}]."],
        ("d edge year", "du"): ["{ea} {y}"],
        ("e weekday date year", "rt"): ["Elle a ouvert le [{WD} {d} {M} {y}].", "Elle a ouvert [{WD} {d} {M} {y}]."],
        ("e weekday date year", "du"): ["{WD} {d} {M} {y}", "le {WD} {d} {M} {y}"],
        ("f holiday year", "rt"): ["Le marché était fermé à [{H} {y}]."],
        ("f holiday year", "du"): ["{H} {y}"],
        ("f next holiday", "du"): ["{H} prochain"],
        ("h days month year", "rt"): ["La foire aura lieu [du {d} au {d2} {M} {y}].", "La foire aura lieu [{d}-{d2} {M} {y}]."],
        ("h between days month year", "rt"): ["La foire a eu lieu [entre le {d} et le {d2} {M} {y}]."],
        ("h days month", "rt"): ["La foire a eu lieu [du {d} au {d2} {M}]."],
        ("h days month year", "du"): ["du {d} au {d2} {M} {y}"],
    },
    "it": {
        ("a the day before date", "rt"): ["Si è dimesso [il giorno prima del {d} {M} {y}]."],
        ("b nth quarter year", "rt"): ["Le vendite sono calate nel [{o} trimestre {y}]."],
        ("b nth quarter last year", "rt"): ["Le vendite sono calate nel [{o} trimestre dell'anno scorso]."],
        ("a after next monday", "rt"): ["La legge entra in vigore [{n} {U} dopo {WD} prossimo]."],
        ("a weekday in n weeks", "rt"): ["Tornerò [{WD} tra {n} settimane]."],
        ("a one unit after date", "rt"): ["I colloqui sono ripresi [{one} dopo il {d} {M} {y}]."],
        ("a one unit before date", "rt"): ["Si è dimesso [{one} prima del {d} {M} {y}]."],
        ("d edge next week rel", "rt"): ["Un voto è atteso {pp} [{ea} della prossima settimana]."],
        ("h days two months year", "rt"): ["La fiera si terrà [dal {d} {M} al {d2} {M2} {y}]."],
        ("h days two months year", "du"): ["dal {d} {M} al {d2} {M2} {y}"],
        ("a after tomorrow", "rt"): ["Il voto sarà [{n} {U} dopo domani]."],
        ("a after date", "rt"): ["L'accordo scade [{n} {U} dopo il {d} {M} {y}]."],
        ("a before date", "rt"): ["Si è dimesso [{n} {U} prima del {d} {M} {y}]."],
        ("a after holiday year", "rt"): ["Il negozio ha riaperto [{n} {U} dopo {H} {y}]."],
        ("a after date", "du"): ["{n} {U} dopo il {d} {M} {y}"],
        ("a before date", "du"): ["{n} {U} prima del {d} {M} {y}"],
        ("a after holiday", "du"): ["{n} {U} dopo {H}"],
        ("b nth weekday month year", "rt"): ["La fiera apre [{art} {ow} {WD} di {M} {y}]."],
        ("b nth weekday month year", "du"): ["{art} {ow} {WD} di {M} {y}"],
        ("b last day next month", "rt"): ["Il termine scade [l'ultimo giorno del prossimo mese]."],
        ("b last day month year", "rt"): ["La legge è scaduta [l'ultimo giorno di {M} {y}]."],
        ("b nth week month year", "rt"): ["I colloqui si sono svolti [la {of} settimana di {M} {y}]."],
        ("b nth week month year", "du"): ["la {of} settimana di {M} {y}"],
        ("c weekday next week", "rt"): ["Il consiglio si riunisce [{WD} della prossima settimana]."],
        ("c weekday next week", "du"): ["{WD} della prossima settimana"],
        ("c weekday last week", "rt"): ["Il consiglio si è riunito [{WD} della settimana scorsa]."],
        ("d edge next month", "rt"): ["I prezzi salgono {pp} [{er} del prossimo mese]."],
        ("d edge last year", "rt"): ["I prezzi sono saliti alla [fine dell'anno scorso]."],
        ("d edge year", "rt"): ["La fabbrica ha aperto {pp} [{ea} {y}]."],
        ("d edge month year", "rt"): ["La fabbrica ha aperto {pp} [{ea} {M} {y}]."],
        ("d season year", "rt"): ["La fabbrica ha aperto in [{S} {y}]."],
        ("d edge year", "du"): ["{ea} {y}"],
        ("e weekday date year", "rt"): ["Ha aperto [{WD} {d} {M} {y}].", "Ha aperto [{WD}, {d} {M} {y}]."],
        ("e weekday date year", "du"): ["{WD} {d} {M} {y}"],
        ("f holiday year", "rt"): ["Il mercato era chiuso a [{H} {y}]."],
        ("f holiday year", "du"): ["{H} {y}"],
        ("g past n units", "rt"): ["Le vendite sono calate negli ultimi [{n} {U}]."],
        ("g next n units", "rt"): ["Le vendite saliranno nei prossimi [{n} {U}]."],
        ("h days month year", "rt"): ["La fiera si terrà [dal {d} al {d2} {M} {y}]."],
        ("h between days month year", "rt"): ["La fiera si è tenuta [tra il {d} e il {d2} {M} {y}]."],
        ("h days month year", "du"): ["dal {d} al {d2} {M} {y}"],
    },
    "da": {
        ("b nth quarter year", "du"): ["{o} kvartal {y}"],
        ("a one unit after date", "du"): ["{one} efter den {d}. {M} {y}"],
        ("h days two months year", "du"): ["fra den {d}. {M} til den {d2}. {M2} {y}"],
        ("a after tomorrow", "du"): ["{n} {U} efter i morgen"],
        ("a after date", "du"): ["{n} {U} efter den {d}. {M} {y}"],
        ("a before date", "du"): ["{n} {U} før den {d}. {M} {y}"],
        ("a after holiday", "du"): ["{n} {U} efter {H}"],
        ("b nth weekday month year", "du"): ["den {o} {WD} i {M} {y}"],
        ("b nth weekday next month", "du"): ["den {o} {WD} i næste måned"],
        ("b last day month year", "du"): ["den sidste dag i {M} {y}"],
        ("b nth week month year", "du"): ["den {o} uge i {M} {y}"],
        ("c weekday next week", "du"): ["{WD} i næste uge"],
        ("c weekday last week", "du"): ["{WD} i sidste uge"],
        ("d edge year", "du"): ["{ea} {y}", "i {ea} {y}"],
        ("d edge next month", "du"): ["i {er} næste måned"],
        ("e weekday date year", "du"): ["{WD} den {d}. {M} {y}", "{WD} d. {d}. {M} {y}"],
        ("f holiday year", "du"): ["{H} {y}"],
        ("f next holiday", "du"): ["næste {H}"],
        ("g past n units", "du"): ["de sidste [{n} {U}]"],
        ("h days month year", "du"): ["fra den {d}. til den {d2}. {M} {y}", "{d}.-{d2}. {M} {y}"],
    },
    "sv": {
        ("b nth quarter year", "du"): ["{o} kvartalet {y}"],
        ("a one unit after date", "du"): ["{one} efter den {d} {M} {y}"],
        ("h days two months year", "du"): ["från den {d} {M} till den {d2} {M2} {y}"],
        ("a after tomorrow", "du"): ["{n} {U} efter i morgon"],
        ("a after date", "du"): ["{n} {U} efter den {d} {M} {y}"],
        ("a before date", "du"): ["{n} {U} före den {d} {M} {y}"],
        ("a after holiday", "du"): ["{n} {U} efter {H}"],
        ("b nth weekday month year", "du"): ["den {o} {WD}en i {M} {y}"],
        ("b last day month year", "du"): ["den sista dagen i {M} {y}"],
        ("b nth week month year", "du"): ["den {o} veckan i {M} {y}"],
        ("c weekday next week", "du"): ["{WD} nästa vecka"],
        ("c weekday last week", "du"): ["{WD} förra veckan"],
        ("d edge year", "du"): ["{ea} {y}", "i {ea} {y}"],
        ("d edge next month", "du"): ["i {er} nästa månad"],
        ("e weekday date year", "du"): ["{WD} den {d} {M} {y}", "{WD} {d} {M} {y}"],
        ("f holiday year", "du"): ["{H} {y}"],
        ("f next holiday", "du"): ["nästa {H}"],
        ("g past n units", "du"): ["de senaste [{n} {U}]"],
        ("h days month year", "du"): ["från den {d} till den {d2} {M} {y}", "{d}-{d2} {M} {y}"],
    },
    "nb": {
        ("b nth quarter year", "du"): ["{o} kvartal {y}"],
        ("a one unit after date", "du"): ["{one} etter {d}. {M} {y}"],
        ("h days two months year", "du"): ["fra {d}. {M} til {d2}. {M2} {y}"],
        ("a after tomorrow", "du"): ["{n} {U} etter i morgen"],
        ("a after date", "du"): ["{n} {U} etter {d}. {M} {y}"],
        ("a before date", "du"): ["{n} {U} før {d}. {M} {y}"],
        ("a after holiday", "du"): ["{n} {U} etter {H}"],
        ("b nth weekday month year", "du"): ["den {o} {WD}en i {M} {y}"],
        ("b last day month year", "du"): ["den siste dagen i {M} {y}"],
        ("b nth week month year", "du"): ["den {o} uken i {M} {y}"],
        ("c weekday next week", "du"): ["{WD} neste uke", "{WD} i neste uke"],
        ("c weekday last week", "du"): ["{WD} forrige uke"],
        ("d edge year", "du"): ["{ea} {y}", "i {ea} {y}"],
        ("d edge next month", "du"): ["i {er} neste måned"],
        ("e weekday date year", "du"): ["{WD} {d}. {M} {y}", "{WD} den {d}. {M} {y}"],
        ("f holiday year", "du"): ["{H} {y}"],
        ("f next holiday", "du"): ["neste {H}"],
        ("g past n units", "du"): ["de siste [{n} {U}]"],
        ("h days month year", "du"): ["fra {d}. til {d2}. {M} {y}", "{d}.-{d2}. {M} {y}"],
    },
}
# pt holidays take their article's gender: "do Natal", "da Páscoa"
PT_FEM_HOL = {"easter", "goodfriday", "xmaseve", "nye"}
ES_MASC_HOL = {"pentecost", "goodfriday"}   # es: "el Viernes Santo pasado"


def render(lang, tmpl, p, rng):
    w = words(lang, p, rng)
    if "e" in p:
        w["er"] = EDGE[lang]["rel"][p["e"]]
        w["ea"] = EDGE[lang]["abs"][p["e"]]
        w["pp"] = EDGE[lang].get("prep", [""] * 3)[p["e"]]
    if lang == "de" and "o" in p:
        w["o2"] = w["o"][:-1]      # nominative after "der"/"die": "der zweite Dienstag"
        w["o3"] = w["o"][:-1] + "e"   # after "das": "das erste Wochenende"
    if lang == "fr" and "M" in w:
        w["dM"] = ("d'" if w["M"][0] in "aeiou" else "de ") + w["M"]
    if lang == "it" and "o" in p:
        fem = p.get("wd") in FEM_WD["it"]
        w["art"] = "l'" if p["o"] == "last" else ("la" if fem else "il")
        if p["o"] == "last":
            w["ow"] = w["ow"]
    text = tmpl.format(**w)
    text = text.replace("l' ", "l'").replace("mi- ", "mi-").replace("Pentecôte prochain", "Pentecôte prochaine")
    if lang == "pt" and "h" in p and p["h"] in PT_FEM_HOL:
        text = text.replace(" do " + w["H"], " da " + w["H"]).replace("no [" + w["H"], "na [" + w["H"]) \
                   .replace("o " + w["H"] + " passado", "a " + w["H"] + " passada").replace("no [próximo " + w["H"], "na [próxima " + w["H"]) \
                   .replace("[" + w["H"] + " passado]", "[" + w["H"] + " passada]").replace("o próximo " + w["H"], "a próxima " + w["H"])
    if lang == "es" and "h" in p and p["h"] in ES_MASC_HOL:
        text = text.replace("la " + w["H"] + " pasada", "el " + w["H"] + " pasado").replace("la [" + w["H"] + " pasada]", "el [" + w["H"] + " pasado]") \
                   .replace("la próxima " + w["H"], "el próximo " + w["H"]).replace("la [próxima " + w["H"], "el [próximo " + w["H"])
    text = text.replace("mid- ", "mid-")
    return text


def cases(langs=("en", "de", "es", "nl", "pt", "fr", "it", "da", "sv", "nb")):
    out = []
    for lang in langs:
        for (pat, conv), forms in F[lang].items():
            draw, value, typ = PATTERNS[pat]
            dct = CONV[conv]
            rng = random.Random(f"{lang}|{pat}|{conv}")
            seen = set()
            for i in range(PER_PATTERN * len(forms)):
                p = draw(rng, conv)
                form = forms[i % len(forms)]
                text = render(lang, form, p, rng)
                m = re.search(r"\[(.+?)\]", text)
                span = m.group(1) if m else text
                plain = text.replace("[", "").replace("]", "")
                if plain in seen:
                    continue
                seen.add(plain)
                v = value(p, dct)
                v = v.isoformat() if isinstance(v, D) else v
                out.append({"id": f"co-{conv}-{lang}-{re.sub(r'[^a-z0-9]+', '_', pat)}-{i}", "family": f"{conv}.{pat[0]}",
                            "lang": lang, "dct": dct.isoformat(), "direction": "future" if conv == "du" else "past",
                            "pattern": pat, "text": plain, "expect": [[span, v, typ]]})
    return out


def known(c):
    """Cases the stage still fails (kept out of the fixture, marked "(known)" by `run --show`): none now."""
    return False


def main():
    caseset.main(cases(), "dates_compose.jsonl", known=known, types=("date", "duration"))


if __name__ == "__main__":
    main()
