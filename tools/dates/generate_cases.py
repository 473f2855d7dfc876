#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generated check cases for the `dates` stage: expressions composed from templates per language,
put into a few carrier sentences, with the expected span and value computed here by plain
calendar arithmetic (no text-parsing date library), for both conventions of Plugins/Dates/README.md:
the news convention (default, direction=past) and direction=future.

  generate_cases.py run NLPSH [--show TEMPLATE] [--lang L]
        generates the full set (a few thousand cases), runs the stage and prints failures per
        language x template (and, with --show, the failing cases of the templates named)
  generate_cases.py gen
        writes a deterministic sample (a few hundred) to Tests/NLPHostTests/Fixtures/dates_generated.jsonl

Where neither the README nor the suites settle a reading, the template is not generated: relative
weekdays whose two readings ("in the previous/next week" and "the most recent/first coming one")
would differ are only generated for the week days on which both readings agree.

Round 11 changed span conventions (the Recognizers-Text grammar's edges where the dev splits of its languages agree or
are silent): an article before a season alone or with its year stays ("[the summer of 2018]", "[de zomer van 2015]",
"[el verano de 2017]"); Portuguese "na"/"no" stays out before a weekday of a named week ("na [sexta-feira da próxima
semana]"). The expected spans of this set's cases of these shapes follow them.
"""
import datetime as dt
import json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402

D = dt.date
DCTS = [D(2019, 5, 15), D(2020, 2, 27), D(2021, 9, 5), D(2018, 11, 19), D(2022, 12, 8), D(2017, 7, 1)]

# ---------------------------------------------------------------- calendar helpers

def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last))


def add_years(d, n):
    return add_months(d, 12 * n)


def iso(d):
    return d.isoformat()


def ym(y, m):
    return f"{y:04d}-{m:02d}"


def week(d):
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def easter(y):
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3; h = (19 * a + b - d - g + 15) % 30
    i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7; m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31; day = (h + l - 7 * m + 114) % 31 + 1
    return D(y, month, day)


def holiday(kind, y):
    if kind == "E":
        return easter(y)
    mm, dd = kind.split("-")
    return D(y, int(mm), int(dd))


def wd_recent(dct, wd):          # most recent such weekday strictly before the DCT
    k = (dct.weekday() - wd) % 7 or 7
    return dct - dt.timedelta(days=k)


def wd_upcoming(dct, wd):        # first such weekday strictly after the DCT
    k = (wd - dct.weekday()) % 7 or 7
    return dct + dt.timedelta(days=k)


def wd_week(dct, wd, shift):     # the weekday in the ISO week `shift` weeks from the DCT's
    monday = dct - dt.timedelta(days=dct.weekday())
    return monday + dt.timedelta(days=7 * shift + wd)


# ---------------------------------------------------------------- language data
# Weekdays Monday first; months January first. `num` are count words 2..10 as news writes them.
# `wd`: forms around a weekday {w}: kind -> list of (prefix outside the span, form); kinds:
#   bare, last_week, last_recent, last_either, next_week, next_upcoming, next_either, this_week, coming
# Spans follow Plugins/Dates/README.md and the hand-written check cases.

LANGS = {
"en": dict(
    erel=[("at the", "end of last year", "Y", -1), ("at the", "beginning of next year", "Y", 1), ("at the", "end of last month", "M", -1), ("at the", "beginning of next month", "M", 1), ("", "early next week", "W", 1), ("", "late last week", "W", -1), ("at the", "end of next week", "W", 1), ("in", "early next year", "Y", 1), ("", "late last year", "Y", -1)],
    wweek=[("", "{W} of next week", 1), ("", "{W} of last week", -1), ("", "{W} next week", 1), ("", "{W} last week", -1), ("", "{W} of this week", 0)],
    season={"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"},
    sforms=[("in", "the {S} of {y}", None), ("in", "{S} {y}", None), ("", "last {S}", -1), ("", "next {S}", 1)],
    quarter=[("in", "the {q} quarter of {y}"), ("in", "Q{n} {y}")],
    qord=["first", "second", "third", "fourth"],
    decw=[("in", "the {dw}")],
    decwords={1960: "sixties", 1970: "seventies", 1980: "eighties", 1990: "nineties"},
    dmnum=[("on", "{m}/{d}")],
    ordw=[("on", "{M} {ow}")],
    owords=["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"],
    rel2=[("W", -1, "the past week"), ("Y", -1, "the previous year"), ("M", -1, "the previous month"), ("W", 2, "the week after next"), ("Y", 1, "the coming year")],
    one={"W": "a week", "M": "a month", "Y": "a year", "D": "a day"},
    wdate=[("on", "{W}, {M} {d}"), ("on", "{W}, {M} {d}, {y}"), ("on", "{W} {d} {M} {y}"), ("", "{W}, the {o}")],
    weekdays="Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    months="January February March April May June July August September October November December".split(),
    mabbr="Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sept. Oct. Nov. Dec.".split(),
    cap=True,
    num="two three four five six seven eight nine ten".split(),
    frames=["The regional council met {} to discuss the new budget, officials said.",
            "{} the regional council met to discuss the new budget plan.",
            "Officials said that the vote in the regional council took place {}."],
    ffuture=["Officials said that the vote in the regional council is {}, not earlier.",
             "{} is when the regional council votes on the new budget plan."],
    wd={"bare": [("on", "{w}"), ("", "{w}")], "last_week": [("", "last {w}")], "next_week": [("", "next {w}")],
        "this_week": [("", "this {w}")], "coming": [("", "this coming {w}"), ("", "coming {w}")],
        "tod": [("on", "{w} evening"), ("on", "{w} morning"), ("", "{w} afternoon"), ("", "{w} night")]},
    fwd={"bare": ["{w}"], "next_week": ["next {w}"], "last_either": ["last {w}"], "coming": ["this {w}"],
         "after_next": ["{w} after next"]},
    dm=[("on", "{M} {d}"), ("on", "{d} {M}"), ("on", "the {o} of {M}"), ("on", "{M} {o}"), ("on", "{Ma} {d}")],
    dmy=[("on", "{M} {d}, {y}"), ("on", "{d} {M} {y}"), ("on", "the {o} of {M} {y}"), ("on", "{M} {o}, {y}"),
         ("on", "{Ma} {d}, {y}")],
    fdm=["{M} {d}", "the {o} of {M}"], fdmy=["{M} {d}, {y}", "{d} {M} {y}"],
    numeric=[("{m}/{d}/{y}", "mdy"), ("{m2}/{d2}/{y}", "mdy"), ("{m2}-{d2}-{y}", "mdy"), ("{d}/{m}/{y}", "dmy_only")],
    year=("in", "{y}"), my=("in", "{M} {y}"), mo=("in", "{M}"),
    mrel=[("in", "{M} last year", -1), ("in", "{M} next year", 1), ("in", "{M} this year", 0)],
    medge=[("in", "early {M}"), ("in", "late {M}"), ("", "by mid-{M}")],
    yedge=[("in", "early {y}"), ("in", "late {y}"), ("at the", "end of {y}"), ("in the", "middle of {y}")],
    uedge=[("at the", "end of this year", "Y", 0), ("at the", "end of next month", "M", 1), ("at the", "end of this month", "M", 0)],
    units={"W": ("week", "weeks"), "M": ("month", "months"), "Y": ("year", "years"), "D": ("day", "days")},
    ago=[("", "{n} {u} ago")], inn=[("", "in {n} {u}")], later=[("", "{n} {u} later"), ("", "{n} {u} from now")],
    rel={("W", -1): "last week", ("W", 0): "this week", ("W", 1): "next week",
         ("M", -1): "last month", ("M", 0): "this month", ("M", 1): "next month",
         ("Y", -1): "last year", ("Y", 0): "this year", ("Y", 1): "next year",
         ("WE", -1): "last weekend", ("WE", 0): "this weekend", ("WE", 1): "next weekend",
         ("Q", -1): "last quarter", ("Q", 0): "this quarter", ("Q", 1): "next quarter"},
    days={-2: "the day before yesterday", -1: "yesterday", 0: "today", 1: "tomorrow", 2: "the day after tomorrow"},
    daytod=[("", "yesterday morning", -1), ("", "yesterday afternoon", -1), ("", "tomorrow morning", 1),
            ("", "tomorrow evening", 1), ("", "last night", -1)],
    hol={"12-25": "Christmas Day", "12-24": "Christmas Eve", "01-01": "New Year's Day", "E": "Easter Sunday"},
    holy=[("at", "Christmas {y}", "12-25"), ("at", "Easter {y}", "E")],
    dec=[("in", "the {y}s"), ("in", "the '{yy}s")],
    dur=[("for", "{n} {u}")],
),
"de": dict(
    erel=[("", "Ende letzten Jahres", "Y", -1), ("", "Anfang nächsten Jahres", "Y", 1), ("", "Ende letzten Monats", "M", -1), ("", "Anfang nächster Woche", "W", 1), ("", "Ende vergangener Woche", "W", -1), ("", "Mitte nächsten Monats", "M", 1), ("", "Ende des vergangenen Jahres", "Y", -1)],
    wweek=[("am", "{W} nächster Woche", 1), ("am", "{W} letzter Woche", -1), ("am", "{W} dieser Woche", 0), ("am", "{W} kommender Woche", 1)],
    season={"SP": "Frühjahr", "SU": "Sommer", "FA": "Herbst", "WI": "Winter"},
    sforms=[("im", "{S} {y}", None), ("", "letzten {S}", -1)],
    quarter=[("im", "{q} Quartal {y}"), ("im", "Q{n} {y}")],
    qord=["ersten", "zweiten", "dritten", "vierten"],
    decw=[("in den", "{dw}")],
    decwords={1960: "Sechzigerjahren", 1970: "Siebzigerjahren", 1980: "Achtzigerjahren", 1990: "Neunzigerjahren"},
    dmnum=[("am", "{d}.{m}.")],
    rel2=[("W", -1, "vergangene Woche"), ("W", 1, "kommende Woche"), ("Y", -1, "vergangenes Jahr"), ("W", 2, "übernächste Woche"), ("M", -1, "vergangenen Monat"), ("Y", 1, "kommendes Jahr")],
    one={"W": "einer Woche", "M": "einem Monat", "Y": "einem Jahr", "D": "einem Tag"},
    wdate=[("am", "{W}, {d}. {M}"), ("am", "{W}, den {d}. {M} {y}"), ("am", "{W}, {d}. {M} {y}")],
    weekdays="Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    months="Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    cap=True,
    num="zwei drei vier fünf sechs sieben acht neun zehn".split(),
    frames=["Der Stadtrat hat sich {} zu einer Sondersitzung im Rathaus getroffen, hieß es.",
            "{} traf sich der Stadtrat zu einer Sondersitzung im Rathaus.",
            "Wie die Behörde mitteilte, wurde die Entscheidung {} im Rathaus getroffen."],
    ffuture=["Wie die Behörde mitteilte, findet die Sitzung {} im Rathaus statt.",
             "Die Behörde teilte mit, die Sitzung sei {} im Rathaus geplant."],
    wd={"bare": [("am", "{w}"), ("", "{w}")], "last_either": [("", "letzten {w}"), ("", "vergangenen {w}")],
        "next_upcoming": [("", "nächsten {w}")], "this_week": [("", "diesen {w}")], "coming": [("", "kommenden {w}")],
        "tod": [("am", "{w}abend"), ("am", "{w}morgen"), ("am", "{w}nachmittag")]},
    fwd={"bare": ["{w}"], "last_either": ["letzten {w}"], "next_either": ["nächsten {w}"]},
    dm=[("am", "{d}. {M}")], dmy=[("am", "{d}. {M} {y}")], fdm=["{d}. {M}"], fdmy=["{d}. {M} {y}"],
    numeric=[("{d}.{m}.{y}", "dmy"), ("{d2}.{m2}.{y}", "dmy"), ("{d2}.{m2}.{yy}", "dmy")],
    year=("", "{y}"), my=("im", "{M} {y}"), mo=("im", "{M}"),
    mrel=[("im", "{M} letzten Jahres", -1), ("im", "{M} nächsten Jahres", 1), ("im", "{M} dieses Jahres", 0)],
    medge=[("", "Anfang {M}"), ("", "Ende {M}"), ("", "Mitte {M}")],
    yedge=[("", "Anfang {y}"), ("", "Ende {y}"), ("", "Mitte {y}")],
    uedge=[("", "Ende des Jahres", "Y", 0), ("", "Ende des Monats", "M", 0), ("", "Mitte der Woche", "W", 0),
           ("", "Anfang nächsten Monats", "M", 1)],
    units={"W": ("Woche", "Wochen"), "M": ("Monat", "Monaten"), "Y": ("Jahr", "Jahren"), "D": ("Tag", "Tagen")},
    ago=[("", "vor {n} {u}")], inn=[("", "in {n} {u}")], later=[],
    rel={("W", -1): "letzte Woche", ("W", 0): "diese Woche", ("W", 1): "nächste Woche",
         ("M", -1): "letzten Monat", ("M", 0): "diesen Monat", ("M", 1): "nächsten Monat",
         ("Y", -1): "letztes Jahr", ("Y", 0): "dieses Jahr", ("Y", 1): "nächstes Jahr",
         ("WE", -1): "letztes Wochenende", ("WE", 0): "dieses Wochenende", ("WE", 1): "nächstes Wochenende",
         ("Q", -1): "letztes Quartal", ("Q", 0): "dieses Quartal", ("Q", 1): "nächstes Quartal"},
    days={-2: "vorgestern", -1: "gestern", 0: "heute", 1: "morgen", 2: "übermorgen"},
    daytod=[("", "gestern Abend", -1), ("", "gestern Morgen", -1), ("", "gestern Nachmittag", -1),
            ("", "morgen Abend", 1), ("", "heute Abend", 0)],
    hol={"12-25": "Weihnachten", "12-24": "Heiligabend", "01-01": "Neujahr", "E": "Ostern", "12-31": "Silvester"},
    holy=[("an", "Weihnachten {y}", "12-25"), ("an", "Ostern {y}", "E")],
    dec=[("in den", "{yy}er Jahren"), ("in den", "{y}er Jahren")],
    dur=[("", "{n} {u}")],
),
"es": dict(
    erel=[("a", "finales del año pasado", "Y", -1), ("a", "principios del próximo año", "Y", 1), ("a", "finales del mes pasado", "M", -1), ("a", "principios de la próxima semana", "W", 1), ("a", "mediados del próximo mes", "M", 1)],
    wweek=[("*el", "{W} de la próxima semana", 1), ("*el", "{W} de la semana pasada", -1), ("*el", "{W} de esta semana", 0)],
    season={"SP": "primavera", "SU": "verano", "FA": "otoño", "WI": "invierno"},
    sforms=[("en", "el {S} de {y}", None)],
    quarter=[("en", "el {q} trimestre de {y}")],
    qord=["primer", "segundo", "tercer", "cuarto"],
    decw=[("en", "los años {dw}")],
    decwords={1960: "sesenta", 1970: "setenta", 1980: "ochenta", 1990: "noventa"},
    dmnum=[("el", "{d}/{m}")],
    ordw=[("el", "1º de {M}"), ("el", "primero de {M}")],
    rel2=[("W", 1, "la semana próxima"), ("Y", 1, "el año que viene"), ("M", 1, "el mes que viene"), ("Y", -1, "el año anterior")],
    one={"W": "una semana", "M": "un mes", "Y": "un año", "D": "un día"},
    wdate=[("el", "{W} {d} de {M}"), ("el", "{W} {d} de {M} de {y}"), ("el", "{W}, {d} de {M}")],
    weekdays="lunes martes miércoles jueves viernes sábado domingo".split(),
    months="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    num="dos tres cuatro cinco seis siete ocho nueve diez".split(),
    frames=["El consejo regional se reunió {} para debatir el presupuesto, según fuentes oficiales.",
            "Según fuentes oficiales, la votación del consejo regional tuvo lugar {} en la capital."],
    ffuture=["Según fuentes oficiales, la votación del consejo regional será {} en la capital."],
    wd={"bare": [("el", "{w}")], "last_recent": [("el", "pasado {w}")], "last_week": [("el", "{w} pasado")],
        "next_either": [("el", "próximo {w}")], "this_week": [("", "este {w}")],
        "tod": [("el", "{w} por la noche"), ("el", "{w} por la mañana"), ("el", "{w} por la tarde")]},
    fwd={"bare": ["{w}"], "next_either": ["próximo {w}"]},
    dm=[("el", "{d} de {M}")], dmy=[("el", "{d} de {M} de {y}"), ("", "{d} de {M} de {y}")],
    fdm=["{d} de {M}"], fdmy=["{d} de {M} de {y}"],
    numeric=[("{d}/{m}/{y}", "dmy"), ("{d2}/{m2}/{y}", "dmy"), ("{d2}-{m2}-{y}", "dmy"), ("{d2}/{m2}/{yy}", "dmy")],
    year=("en", "{y}"), my=("en", "{M} de {y}"), mo=("en", "{M}"),
    mrel=[("en", "{M} del año pasado", -1), ("en", "{M} del próximo año", 1)],
    medge=[("a", "principios de {M}"), ("a", "finales de {M}"), ("a", "mediados de {M}")],
    yedge=[("a", "principios de {y}"), ("a", "finales de {y}"), ("a", "mediados de {y}")],
    uedge=[("a", "finales de año", "Y", 0), ("a", "fin de mes", "M", 0)],
    units={"W": ("semana", "semanas"), "M": ("mes", "meses"), "Y": ("año", "años"), "D": ("día", "días")},
    ago=[("", "hace {n} {u}")], inn=[("", "dentro de {n} {u}")], later=[],
    rel={("W", -1): "la semana pasada", ("W", 0): "esta semana", ("W", 1): "la próxima semana",
         ("M", -1): "el mes pasado", ("M", 0): "este mes", ("M", 1): "el próximo mes",
         ("Y", -1): "el año pasado", ("Y", 0): "este año", ("Y", 1): "el próximo año",
         ("WE", -1): "el fin de semana pasado", ("WE", 0): "este fin de semana", ("WE", 1): "el próximo fin de semana",
         ("Q", -1): "el trimestre pasado", ("Q", 1): "el próximo trimestre"},
    days={-2: "anteayer", -1: "ayer", 0: "hoy", 1: "mañana", 2: "pasado mañana"},
    daytod=[("", "ayer por la tarde", -1), ("", "ayer por la mañana", -1), ("", "ayer por la noche", -1),
            ("", "mañana por la mañana", 1), ("", "anoche", -1)],
    hol={"12-25": "Navidad", "12-24": "Nochebuena", "01-01": "Año Nuevo", "12-31": "Nochevieja"},
    holy=[("en", "Navidad de {y}", "12-25")],
    dec=[("en", "los años {yy}"), ("en", "los años {y}")],
    dur=[("durante", "{n} {u}")],
),
"fr": dict(
    erel=[("à la", "fin de l'année dernière", "Y", -1), ("au", "début de l'année prochaine", "Y", 1), ("à la", "fin du mois dernier", "M", -1), ("au", "début de la semaine prochaine", "W", 1), ("", "fin de l'année prochaine", "Y", 1)],
    wweek=[("", "{W} de la semaine prochaine", 1), ("", "{W} de la semaine dernière", -1)],
    season={"SP": "printemps", "SU": "été", "FA": "automne", "WI": "hiver"},
    sforms=[("", "{LS} {y}", None), ("", "{LS} dernier", -1), ("", "{LS} prochain", 1)],
    quarter=[("au", "{q} trimestre {y}"), ("au", "{q} trimestre de {y}")],
    qord=["premier", "deuxième", "troisième", "quatrième"],
    decw=[("dans", "les années {dw}")],
    decwords={1960: "soixante", 1970: "soixante-dix", 1980: "quatre-vingt", 1990: "quatre-vingt-dix"},
    dmnum=[("le", "{d}/{m}")],
    rel2=[("Y", -1, "l'an dernier"), ("Y", 1, "l'an prochain"), ("W", -1, "la semaine passée"), ("M", -1, "le mois passé")],
    one={"W": "une semaine", "M": "un mois", "Y": "un an", "D": "un jour"},
    wdate=[("", "{W} {d} {M}"), ("le", "{W} {d} {M} {y}")],
    weekdays="lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    months="janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    num="deux trois quatre cinq six sept huit neuf dix".split(),
    frames=["Le conseil régional s'est réuni {} pour discuter du budget, selon la préfecture.",
            "Selon la préfecture, le vote du conseil régional a eu lieu {} dans la capitale."],
    ffuture=["Selon la préfecture, le vote du conseil régional aura lieu {} dans la capitale."],
    wd={"bare": [("", "{w}")], "last_recent": [("", "{w} dernier"), ("", "{w} passé")],
        "next_either": [("", "{w} prochain")],
        "tod": [("", "{w} soir"), ("", "{w} matin"), ("", "{w} après-midi")]},
    fwd={"bare": ["{w}"], "next_either": ["{w} prochain"], "last_either": ["{w} dernier"]},
    dm=[("le", "{d} {M}"), ("le", "1er {M}")], dmy=[("le", "{d} {M} {y}"), ("le", "1er {M} {y}")],
    fdm=["le {d} {M}"], fdmy=["le {d} {M} {y}"],
    numeric=[("{d}/{m}/{y}", "dmy"), ("{d2}/{m2}/{y}", "dmy"), ("{d2}.{m2}.{y}", "dmy"), ("{d2}/{m2}/{yy}", "dmy")],
    year=("en", "{y}"), my=("en", "{M} {y}"), mo=("en", "{M}"),
    mrel=[("en", "{M} de l'année dernière", -1), ("en", "{M} de l'année prochaine", 1)],
    medge=[("", "début {M}"), ("", "fin {M}"), ("", "mi-{M}")],
    yedge=[("", "début {y}"), ("", "fin {y}"), ("à la", "fin de {y}")],
    uedge=[("à la", "fin de l'année", "Y", 0), ("à la", "fin du mois", "M", 0)],
    units={"W": ("semaine", "semaines"), "M": ("mois", "mois"), "Y": ("an", "ans"), "D": ("jour", "jours")},
    ago=[("", "il y a {n} {u}")], inn=[("", "dans {n} {u}")], later=[],
    rel={("W", -1): "la semaine dernière", ("W", 0): "cette semaine", ("W", 1): "la semaine prochaine",
         ("M", -1): "le mois dernier", ("M", 0): "ce mois-ci", ("M", 1): "le mois prochain",
         ("Y", -1): "l'année dernière", ("Y", 0): "cette année", ("Y", 1): "l'année prochaine",
         ("WE", -1): "le week-end dernier", ("WE", 0): "ce week-end", ("WE", 1): "le week-end prochain",
         ("Q", -1): "le trimestre dernier", ("Q", 1): "le trimestre prochain"},
    days={-2: "avant-hier", -1: "hier", 0: "aujourd'hui", 1: "demain", 2: "après-demain"},
    daytod=[("", "hier soir", -1), ("", "hier matin", -1), ("", "demain matin", 1), ("", "demain soir", 1)],
    hol={"12-25": "Noël", "01-01": "jour de l'An", "E": "Pâques"},
    holy=[("à", "Noël {y}", "12-25")],
    dec=[("dans", "les années {yy}"), ("dans", "les années {y}")],
    dur=[("pendant", "{n} {u}")],
),
"it": dict(
    erel=[("alla", "fine dell'anno scorso", "Y", -1), ("", "all'inizio dell'anno prossimo", "Y", 1), ("alla", "fine del mese scorso", "M", -1), ("", "all'inizio della prossima settimana", "W", 1), ("a", "metà del mese prossimo", "M", 1)],
    wweek=[("", "{W} della prossima settimana", 1), ("", "{W} della settimana scorsa", -1)],
    season={"SP": "primavera", "SU": "estate", "FA": "autunno", "WI": "inverno"},
    sforms=[("", "{LS} del {y}", None), ("", "{LS} scors{g}", -1)],
    quarter=[("nel", "{q} trimestre del {y}"), ("nel", "{q} trimestre {y}")],
    qord=["primo", "secondo", "terzo", "quarto"],
    decw=[("", "negli anni {dw}")],
    decwords={1960: "Sessanta", 1970: "Settanta", 1980: "Ottanta", 1990: "Novanta"},
    dmnum=[("", "il {d}/{m}")],
    rel2=[("W", -1, "la scorsa settimana"), ("M", -1, "il mese passato"), ("Y", 1, "il prossimo anno"), ("W", 1, "la prossima settimana")],
    one={"W": "una settimana", "M": "un mese", "Y": "un anno", "D": "un giorno"},
    wdate=[("", "{W} {d} {M}"), ("", "{W} {d} {M} {y}")],
    weekdays="lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    fem_wd={6},
    months="gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    num="due tre quattro cinque sei sette otto nove dieci".split(),
    frames=["Il consiglio regionale si è riunito {} per discutere il bilancio, secondo fonti ufficiali.",
            "Secondo fonti ufficiali, il voto del consiglio regionale si è svolto {} nella capitale."],
    ffuture=["Secondo fonti ufficiali, il voto del consiglio regionale si svolgerà {} nella capitale."],
    wd={"bare": [("", "{w}")], "last_recent": [("", "{w} scors{a}")], "next_either": [("", "{w} prossim{a}")],
        "tod": [("", "{w} sera"), ("", "{w} mattina"), ("", "{w} pomeriggio")]},
    fwd={"bare": ["{w}"], "next_either": ["{w} prossim{a}"]},
    dm=[("", "il {d} {M}")], dmy=[("", "il {d} {M} {y}")],
    fdm=["il {d} {M}"], fdmy=["il {d} {M} {y}"],
    numeric=[("{d}/{m}/{y}", "dmy"), ("{d2}/{m2}/{y}", "dmy"), ("{d2}.{m2}.{y}", "dmy"), ("{d2}/{m2}/{yy}", "dmy")],
    year=("nel", "{y}"), my=("a", "{M} {y}"), mo=("a", "{M}"),
    mrel=[("a", "{M} dell'anno scorso", -1), ("a", "{M} dell'anno prossimo", 1)],
    medge=[("a", "inizio {M}"), ("a", "fine {M}"), ("a", "metà {M}")],
    yedge=[("a", "inizio {y}"), ("a", "fine {y}"), ("a", "metà {y}")],
    uedge=[("a", "fine anno", "Y", 0), ("a", "fine mese", "M", 0)],
    units={"W": ("settimana", "settimane"), "M": ("mese", "mesi"), "Y": ("anno", "anni"), "D": ("giorno", "giorni")},
    ago=[("", "{n} {u} fa")], inn=[("", "tra {n} {u}"), ("", "fra {n} {u}")], later=[],
    rel={("W", -1): "la settimana scorsa", ("W", 0): "questa settimana", ("W", 1): "la settimana prossima",
         ("M", -1): "il mese scorso", ("M", 0): "questo mese", ("M", 1): "il mese prossimo",
         ("Y", -1): "l'anno scorso", ("Y", 0): "quest'anno", ("Y", 1): "l'anno prossimo",
         ("WE", -1): "il fine settimana scorso", ("WE", 0): "questo fine settimana", ("WE", 1): "il fine settimana prossimo",
         ("Q", -1): "il trimestre scorso", ("Q", 1): "il prossimo trimestre"},
    days={-2: "l'altro ieri", -1: "ieri", 0: "oggi", 1: "domani", 2: "dopodomani"},
    daytod=[("", "ieri sera", -1), ("", "ieri mattina", -1), ("", "ieri pomeriggio", -1), ("", "domani mattina", 1),
            ("", "domani sera", 1)],
    hol={"12-25": "Natale", "01-01": "Capodanno", "E": "Pasqua"},
    holy=[("a", "Natale {y}", "12-25")],
    dec=[("", "negli anni {yy}"), ("", "negli anni {y}")],
    dur=[("per", "{n} {u}")],
),
"nl": dict(
    erel=[("", "eind vorig jaar", "Y", -1), ("", "begin volgend jaar", "Y", 1), ("", "eind vorige maand", "M", -1), ("", "begin volgende week", "W", 1), ("", "eind deze maand", "M", 0), ("", "half volgend jaar", "Y", 1)],
    wweek=[("", "volgende week {W}", 1), ("", "vorige week {W}", -1), ("", "{W} volgende week", 1), ("", "{W} van volgende week", 1)],
    season={"SP": "lente", "SU": "zomer", "FA": "herfst", "WI": "winter"},
    sforms=[("in", "de {S} van {y}", None), ("", "vorige {S}", -1), ("", "afgelopen {S}", -1)],
    quarter=[("in", "het {q} kwartaal van {y}"), ("in", "Q{n} {y}")],
    qord=["eerste", "tweede", "derde", "vierde"],
    decw=[("in", "de jaren {dw}")],
    decwords={1960: "zestig", 1970: "zeventig", 1980: "tachtig", 1990: "negentig"},
    dmnum=[],
    rel2=[("W", -1, "afgelopen week"), ("W", 1, "komende week"), ("Y", -1, "afgelopen jaar"), ("Y", 1, "komend jaar"), ("M", 1, "komende maand")],
    one={"W": "een week", "M": "een maand", "Y": "een jaar", "D": "een dag"},
    wdate=[("op", "{W} {d} {M}"), ("op", "{W} {d} {M} {y}")],
    weekdays="maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    months="januari februari maart april mei juni juli augustus september oktober november december".split(),
    num="twee drie vier vijf zes zeven acht negen tien".split(),
    frames=["De gemeenteraad kwam {} bijeen om over de begroting te praten, meldt de gemeente.",
            "Volgens de gemeente vond de stemming in de gemeenteraad {} in het stadhuis plaats."],
    ffuture=["Volgens de gemeente vindt de stemming in de gemeenteraad {} in het stadhuis plaats."],
    wd={"bare": [("op", "{w}"), ("", "{w}")], "last_week": [("", "vorige {w}")], "last_recent": [("", "afgelopen {w}")],
        "next_either": [("", "volgende {w}")], "coming": [("", "aanstaande {w}"), ("", "komende {w}")],
        "tod": [("", "{w}avond"), ("", "{w}ochtend"), ("", "{w}middag")]},
    fwd={"bare": ["{w}"], "next_either": ["volgende {w}"], "last_either": ["vorige {w}"]},
    dm=[("op", "{d} {M}")], dmy=[("op", "{d} {M} {y}")], fdm=["{d} {M}"], fdmy=["{d} {M} {y}"],
    numeric=[("{d}-{m}-{y}", "dmy"), ("{d2}-{m2}-{y}", "dmy"), ("{d2}/{m2}/{y}", "dmy")],
    year=("in", "{y}"), my=("in", "{M} {y}"), mo=("in", "{M}"),
    mrel=[("in", "{M} vorig jaar", -1), ("in", "{M} volgend jaar", 1)],
    medge=[("", "begin {M}"), ("", "eind {M}"), ("", "medio {M}")],
    yedge=[("", "begin {y}"), ("", "eind {y}"), ("", "medio {y}")],
    uedge=[("", "eind dit jaar", "Y", 0), ("", "eind volgende maand", "M", 1), ("", "begin volgend jaar", "Y", 1)],
    units={"W": ("week", "weken"), "M": ("maand", "maanden"), "Y": ("jaar", "jaar"), "D": ("dag", "dagen")},
    ago=[("", "{n} {u} geleden")], inn=[("", "over {n} {u}")], later=[],
    rel={("W", -1): "vorige week", ("W", 0): "deze week", ("W", 1): "volgende week",
         ("M", -1): "vorige maand", ("M", 0): "deze maand", ("M", 1): "volgende maand",
         ("Y", -1): "vorig jaar", ("Y", 0): "dit jaar", ("Y", 1): "volgend jaar",
         ("WE", -1): "vorig weekend", ("WE", 0): "dit weekend", ("WE", 1): "volgend weekend",
         ("Q", -1): "vorig kwartaal", ("Q", 1): "volgend kwartaal"},
    days={-2: "eergisteren", -1: "gisteren", 0: "vandaag", 1: "morgen", 2: "overmorgen"},
    daytod=[("", "gisteravond", -1), ("", "gisterochtend", -1), ("", "gistermiddag", -1), ("", "morgenochtend", 1),
            ("", "morgenavond", 1)],
    hol={"12-25": "Kerstmis", "01-01": "Nieuwjaarsdag", "E": "Pasen", "12-31": "oudejaarsavond"},
    holy=[("met", "Kerstmis {y}", "12-25")],
    dec=[("in", "de jaren {yy}"), ("in", "de jaren '{yy}")],
    dur=[("", "{n} {u}")],
),
"pt": dict(
    erel=[("no", "fim do ano passado", "Y", -1), ("no", "início do próximo ano", "Y", 1), ("no", "fim do mês passado", "M", -1), ("no", "início da próxima semana", "W", 1), ("em", "meados do próximo mês", "M", 1)],
    wweek=[("*n{o}", "{W} da próxima semana", 1), ("*n{o}", "{W} da semana passada", -1)],
    season={"SP": "primavera", "SU": "verão", "FA": "outono", "WI": "inverno"},
    sforms=[("n{p}", "{S} de {y}", None)],
    quarter=[("no", "{q} trimestre de {y}")],
    qord=["primeiro", "segundo", "terceiro", "quarto"],
    decw=[("", "nos anos {dw}")],
    decwords={1960: "sessenta", 1970: "setenta", 1980: "oitenta", 1990: "noventa"},
    dmnum=[("em", "{d}/{m}")],
    ordw=[("em", "1º de {M}")],
    rel2=[("Y", 1, "ano que vem"), ("W", 1, "semana que vem"), ("M", 1, "mês que vem")],
    one={"W": "uma semana", "M": "um mês", "Y": "um ano", "D": "um dia"},
    wdate=[("n{o}", "{W}, {d} de {M}"), ("n{o}", "{W}, {d} de {M} de {y}"), ("n{o}", "{W}, dia {d}")],
    weekdays="segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    masc_wd={5, 6},
    months="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    num="três quatro cinco seis sete oito nove dez".split(),
    frames=["O conselho regional reuniu-se {} para discutir o orçamento, segundo fontes oficiais.",
            "Segundo fontes oficiais, a votação do conselho regional aconteceu {} na capital."],
    ffuture=["Segundo fontes oficiais, a votação do conselho regional acontece {} na capital."],
    wd={"bare": [("n{o}", "{w}")], "last_recent": [("n{o}", "{w} passad{o}")], "next_upcoming": [("n{o}", "próxim{o} {w}")],
        "this_week": [("", "nest{e} {w}")],
        "tod": [("", "{w} à noite"), ("", "{w} de manhã"), ("", "{w} à tarde")]},
    fwd={"bare": ["{w}"], "next_either": ["próxim{o} {w}"]},
    dm=[("em", "{d} de {M}"), ("no", "dia {d} de {M}")], dmy=[("em", "{d} de {M} de {y}")],
    fdm=["{d} de {M}"], fdmy=["{d} de {M} de {y}"],
    numeric=[("{d}/{m}/{y}", "dmy"), ("{d2}/{m2}/{y}", "dmy"), ("{d2}-{m2}-{y}", "dmy"), ("{d2}/{m2}/{yy}", "dmy")],
    year=("em", "{y}"), my=("em", "{M} de {y}"), mo=("em", "{M}"),
    mrel=[("em", "{M} do ano passado", -1), ("em", "{M} do próximo ano", 1)],
    medge=[("no", "início de {M}"), ("no", "fim de {M}"), ("em", "meados de {M}")],
    yedge=[("no", "início de {y}"), ("no", "fim de {y}"), ("em", "meados de {y}")],
    uedge=[],
    units={"W": ("semana", "semanas"), "M": ("mês", "meses"), "Y": ("ano", "anos"), "D": ("dia", "dias")},
    ago=[("", "há {n} {u}")], inn=[("", "dentro de {n} {u}"), ("", "daqui a {n} {u}")], later=[],
    rel={("W", -1): "semana passada", ("W", 0): "esta semana", ("W", 1): "próxima semana",
         ("M", -1): "mês passado", ("M", 0): "este mês", ("M", 1): "próximo mês",
         ("Y", -1): "ano passado", ("Y", 0): "este ano", ("Y", 1): "próximo ano",
         ("WE", -1): "fim de semana passado", ("WE", 0): "este fim de semana", ("WE", 1): "próximo fim de semana"},
    relpre={"W": "na", "M": "no", "Y": "no", "WE": "no"},
    days={-2: "anteontem", -1: "ontem", 0: "hoje", 1: "amanhã", 2: "depois de amanhã"},
    daytod=[("", "ontem à noite", -1), ("", "ontem à tarde", -1), ("", "ontem de manhã", -1), ("", "amanhã de manhã", 1)],
    hol={"12-25": "Natal", "01-01": "Ano Novo", "E": "Páscoa"},
    holy=[("no", "Natal de {y}", "12-25")],
    dec=[("", "nos anos {yy}"), ("", "nos anos {y}")],
    dur=[("por", "{n} {u}")],
),
# smaller subsets: absolute dates, numeric dates, bare weekdays, yesterday/tomorrow
"da": dict(
    weekdays="mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    months="januar februar marts april maj juni juli august september oktober november december".split(),
    frames=["Byrådet mødtes {} for at drøfte budgettet, oplyser kommunen i en pressemeddelelse."],
    ffuture=["Byrådet mødes {} for at drøfte budgettet, oplyser kommunen i en pressemeddelelse."],
    wd={"bare": [("", "{w}")]}, fwd={"bare": ["{w}"]},
    dm=[("", "den {d}. {M}")], dmy=[("", "den {d}. {M} {y}")], fdm=[], fdmy=["{d}. {M} {y}"],
    numeric=[("{d}.{m}.{y}", "dmy"), ("{d2}/{m2}/{y}", "dmy")], my=("i", "{M} {y}"),
    days={-1: "i går", 1: "i morgen", -2: "i forgårs"}, fdays={-1: "i går", 1: "i morgen"},
),
"sv": dict(
    weekdays="måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    months="januari februari mars april maj juni juli augusti september oktober november december".split(),
    frames=["Kommunfullmäktige sammanträdde {} för att diskutera budgeten, uppger kommunen."],
    ffuture=["Kommunfullmäktige sammanträder {} för att diskutera budgeten, uppger kommunen."],
    wd={"bare": [("", "i {w}s")]}, fwd={"bare": ["{w}"]},
    dm=[("", "den {d} {M}")], dmy=[("", "den {d} {M} {y}")], fdm=[], fdmy=["{d} {M} {y}"],
    numeric=[("{y}-{m2}-{d2}", "dmy")], my=("i", "{M} {y}"),
    days={-1: "i går", 1: "i morgon"}, fdays={-1: "i går", 1: "i morgon"},
),
"nb": dict(
    weekdays="mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    months="januar februar mars april mai juni juli august september oktober november desember".split(),
    frames=["Bystyret møttes {} for å diskutere budsjettet, opplyser kommunen i en pressemelding."],
    ffuture=["Bystyret møtes {} for å diskutere budsjettet, opplyser kommunen i en pressemelding."],
    wd={"bare": [("", "{w}")]}, fwd={"bare": ["{w}"]},
    dm=[("", "den {d}. {M}")], dmy=[("", "den {d}. {M} {y}")], fdm=[], fdmy=["{d}. {M} {y}"],
    numeric=[("{d}.{m}.{y}", "dmy"), ("{d2}.{m2}.{y}", "dmy")], my=("i", "{M} {y}"),
    days={-1: "i går", 1: "i morgen"}, fdays={-1: "i går", 1: "i morgen"},
),
"pl": dict(
    months="stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    frames=["Rada miejska zebrała się {} w ratuszu, aby omówić budżet miasta i plan inwestycji."],
    dm=[("", "{d} {M}")], dmy=[("", "{d} {M} {y}")], fdm=[], fdmy=[],
    numeric=[("{d2}.{m2}.{y}", "dmy")],
    days={-1: "wczoraj", 1: "jutro", -2: "przedwczoraj"},
),
"ar": dict(
    months="يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    frames=["اجتمع المجلس البلدي {} لمناقشة ميزانية المدينة، حسب بيان رسمي."],
    dm=[], dmy=[("في", "{d} {M} {y}")], fdm=[], fdmy=[],
    numeric=[("{d2}/{m2}/{y}", "dmy")],
    days={-1: "أمس", 1: "غدا"},
),
}

FULL = ["de", "en", "es", "it", "nl", "pt", "fr"]
ORD_EN = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}


def ordinal_en(d):
    return ORD_EN.get(d, f"{d}th")


# ---------------------------------------------------------------- templates
# Each template: (name, function(L, lang, rng, dct, future) -> (prefix, expr, value, type) or None)

def gender(L, wd, s):
    """Fill gendered endings: {a} o/a (Italian), {o}/{e} (Portuguese)."""
    fem_it = wd in L.get("fem_wd", set())
    masc_pt = wd in L.get("masc_wd", set())
    return (s.replace("{a}", "a" if fem_it else "o").replace("{o}", "o" if masc_pt else "a")
             .replace("{e}", "e" if masc_pt else "a"))


def weekday_value(kind, dct, wd, future):
    dw = dct.weekday()
    if kind == "bare":
        if wd == dw:
            return None if not future else iso(dct + dt.timedelta(days=7))
        return iso(wd_upcoming(dct, wd) if future else wd_recent(dct, wd))
    if kind == "last_week":
        return iso(wd_week(dct, wd, -1))
    if kind == "last_recent":
        return iso(wd_recent(dct, wd))
    if kind == "last_either":       # both readings agree only when wd >= the DCT's weekday
        return iso(wd_recent(dct, wd)) if wd >= dw else None
    if kind == "next_week":
        return iso(wd_week(dct, wd, 1))
    if kind == "next_upcoming":
        return iso(wd_upcoming(dct, wd))
    if kind == "next_either":
        return iso(wd_upcoming(dct, wd)) if wd <= dw else None
    if kind == "this_week":
        return iso(wd_week(dct, wd, 0)) if wd != dw else None
    if kind == "coming":
        return iso(wd_upcoming(dct, wd))
    if kind == "after_next":        # the second coming one; agrees with "next week's" only after the DCT's weekday
        return iso(wd_upcoming(dct, wd) + dt.timedelta(days=7)) if wd > dw else None
    return None


def cap(L, s):
    return s[0].upper() + s[1:] if L.get("cap") else s


def t_weekday(kind):
    def f(L, lang, rng, dct, future):
        wd = rng.randrange(7)
        w = cap(L, L["weekdays"][wd])
        if future:
            forms = L.get("fwd", {}).get(kind)
            if not forms:
                return None
            pre, form = "", rng.choice(forms)
        else:
            forms = L.get("wd", {}).get(kind)
            if not forms:
                return None
            pre, form = rng.choice(forms)
        v = weekday_value("bare" if kind == "tod" else kind, dct, wd, future)
        if v is None:
            return None
        return gender(L, wd, pre), gender(L, wd, form.replace("{w}", w)), v, "date"
    return f


def day_expr(L, form, d, m, y):
    M = L["months"][m - 1]
    return (form.replace("{M}", M).replace("{Ma}", L.get("mabbr", L["months"])[m - 1])
            .replace("{o}", ordinal_en(d)).replace("{d}", str(d)).replace("{y}", str(y)))


def t_daymonth(with_year):
    def f(L, lang, rng, dct, future):
        key = ("fdmy" if with_year else "fdm") if future else ("dmy" if with_year else "dm")
        forms = L.get(key) or []
        if not forms:
            return None
        form = rng.choice(forms)
        pre, form = ("", form) if future else form
        if "1er" in form or "primo" in form:
            d = 1
        else:
            d = rng.randint(1, 28) if rng.random() < .8 else rng.randint(29, 31)
        if with_year:
            y = rng.choice([1974, 1990, 2003, 2016, dct.year, dct.year - 1, dct.year + 1])
            m = rng.randint(1, 12)
        else:
            # past: this year's unless more than two months ahead; future: only dates ahead within two months
            off = rng.randint(1, 2) if future else rng.randint(-5, 1)
            first = add_months(dct.replace(day=1), off)
            y, m = first.year, first.month
            if off > 0 and y != dct.year and not future:
                return None   # across the new year: which year news means is not settled
        try:
            day = D(y, m, d)
        except ValueError:
            return None
        if not with_year and not future and (day - dct).days > 31:
            return None   # how far ahead a day still counts as this year's is not settled
        return pre, day_expr(L, form, d, m, y), iso(day), "date"
    return f


def t_numeric(L, lang, rng, dct, future):
    form, order = rng.choice(L["numeric"])
    y = rng.choice([1998, 2005, 2012, 2016, 2018, 2020])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if order == "dmy_only" and d <= 12:
        d = rng.randint(13, 28)
    text = (form.replace("{d2}", f"{d:02d}").replace("{m2}", f"{m:02d}").replace("{d}", str(d))
            .replace("{m}", str(m)).replace("{yy}", f"{y % 100:02d}").replace("{y}", str(y)))
    return "", text, iso(D(y, m, d)), "date"


def t_wdate(L, lang, rng, dct, future):
    """A weekday with its date: "Monday, March 3", "Montag, 3. März 2019", "martes 4 de junio"."""
    if future or not L.get("wdate"):
        return None
    pre, form = rng.choice(L["wdate"])
    if "{y}" in form:
        day = D(2005, 1, 1) + dt.timedelta(days=rng.randrange(6000))
    else:
        day = dct + dt.timedelta(days=rng.randint(-120, 30))
        if day.year != dct.year or day == dct:
            return None
        if "{M}" not in form and (day.month != dct.month or day > dct):
            return None   # a weekday with a day only: this month's, before the DCT
    wd = day.weekday()
    text = gender(L, wd, day_expr(L, form.replace("{W}", cap(L, L["weekdays"][wd])), day.day, day.month, day.year))
    return gender(L, wd, pre), text, iso(day), "date"


def t_iso(L, lang, rng, dct, future):
    day = D(2010, 1, 1) + dt.timedelta(days=rng.randrange(4000))
    return "", iso(day), iso(day), "date"


def t_year(L, lang, rng, dct, future):
    if future or "year" not in L:
        return None
    pre, form = L["year"]
    y = rng.choice([1979, 1989, 1995, 2001, 2008, 2013])
    return pre, form.replace("{y}", str(y)), str(y), "date"


def t_monthyear(L, lang, rng, dct, future):
    if "my" not in L:
        return None
    pre, form = L["my"]
    if future:
        pre = ""
    m = rng.randint(1, 12); y = rng.choice([1999, 2010, 2015, 2017, 2021])
    return pre, form.replace("{M}", cap(L, L["months"][m - 1])).replace("{y}", str(y)), ym(y, m), "date"


def t_month(L, lang, rng, dct, future):
    if "mo" not in L:
        return None
    pre, form = L["mo"]
    if future:
        first = add_months(dct.replace(day=1), rng.randint(0, 11))
        pre = ""
    else:
        off = rng.randint(-9, 2)
        first = add_months(dct.replace(day=1), off)
        if off > 0 and first.year != dct.year:
            return None
    y, m = first.year, first.month
    return pre, form.replace("{M}", cap(L, L["months"][m - 1])), ym(y, m), "date"


def t_monthrel(L, lang, rng, dct, future):
    if future or not L.get("mrel"):
        return None
    pre, form, dy = rng.choice(L["mrel"])
    m = rng.randint(1, 12)
    return pre, form.replace("{M}", cap(L, L["months"][m - 1])), ym(dct.year + dy, m), "date"


def t_monthedge(L, lang, rng, dct, future):
    if future or not L.get("medge"):
        return None
    pre, form = rng.choice(L["medge"])
    off = rng.randint(-6, 2)
    first = add_months(dct.replace(day=1), off)
    if off > 0 and first.year != dct.year:
        return None
    y, m = first.year, first.month
    return pre, form.replace("{M}", cap(L, L["months"][m - 1])), ym(y, m), "date"


def t_yearedge(L, lang, rng, dct, future):
    if future or not L.get("yedge"):
        return None
    pre, form = rng.choice(L["yedge"])
    y = rng.choice([1989, 2000, 2015, 2020])
    return pre, form.replace("{y}", str(y)), str(y), "date"


def t_unitedge(L, lang, rng, dct, future):
    if future or not L.get("uedge"):
        return None
    pre, form, unit, n = rng.choice(L["uedge"])
    if unit == "Y":
        v = str(dct.year + n)
    elif unit == "M":
        d = add_months(dct.replace(day=1), n); v = ym(d.year, d.month)
    else:
        v = week(dct + dt.timedelta(days=7 * n))
    return pre, form, v, "date"


def counted(L, rng, unit):
    if rng.random() < .5 and L.get("num"):
        k = rng.randrange(len(L["num"]))
        n = k + (2 if len(L["num"]) == 9 else 3)
        return n, L["num"][k]
    n = rng.randint(2, 30)
    return n, str(n)


def shifted(dct, unit, n, future):
    if unit == "D":
        return iso(dct + dt.timedelta(days=n))
    if unit == "W":
        return iso(dct + dt.timedelta(days=7 * n))
    if unit == "M":
        return iso(add_months(dct, n))
    if future:   # years counted in months in the duckling convention
        d = add_years(dct, n); return ym(d.year, d.month)
    return iso(add_years(dct, n))


def t_offset(which):
    def f(L, lang, rng, dct, future):
        forms = L.get(which)
        if not forms:
            return None
        pre, form = rng.choice(forms)
        unit = rng.choice("DWMY")
        n, word = counted(L, rng, unit)
        phrase = f"{word} {L['units'][unit][1]}"
        if L.get("one") and rng.random() < .25:
            n, phrase = 1, L["one"][unit]
        sign = -1 if which == "ago" else 1
        return pre, form.replace("{n} {u}", phrase), shifted(dct, unit, sign * n, future), "date"
    return f


def t_duration(L, lang, rng, dct, future):
    if future or not L.get("dur"):
        return None
    pre, form = rng.choice(L["dur"])
    unit = rng.choice("DWMY")
    n, word = counted(L, rng, unit)
    return pre, form.replace("{n}", word).replace("{u}", L["units"][unit][1]), f"P{n}{unit}", "duration"


def t_relunit(L, lang, rng, dct, future):
    if not L.get("rel"):
        return None
    (unit, n), form = rng.choice(sorted(L["rel"].items()) + [((u, k), f) for u, k, f in L.get("rel2", [])])
    if unit == "W":
        v = week(dct + dt.timedelta(days=7 * n))
    elif unit == "WE":
        v = week(dct + dt.timedelta(days=7 * n)) + "-WE"
    elif unit == "M":
        d = add_months(dct.replace(day=1), n); v = ym(d.year, d.month)
    elif unit == "Y":
        v = str(dct.year + n)
    else:
        q = (dct.month - 1) // 3 + n; y = dct.year + q // 4
        v = f"{y}-Q{q % 4 + 1}"
    if future and unit not in ("M", "Y"):
        return None
    if future and lang == "pt":
        return None
    pre = L.get("relpre", {}).get(unit, "")
    if future:
        pre = ""
    return pre, form, v, "date"


def t_days(L, lang, rng, dct, future):
    table = L.get("fdays") if future else L.get("days")
    if not table:
        return None
    n, form = rng.choice(sorted(table.items()))
    return "", form, iso(dct + dt.timedelta(days=n)), "date"


def t_daytod(L, lang, rng, dct, future):
    if future or not L.get("daytod"):
        return None
    pre, form, n = rng.choice(L["daytod"])
    return pre, form, iso(dct + dt.timedelta(days=n)), "date"


def t_holiday(L, lang, rng, dct, future):
    if not L.get("hol"):
        return None
    kind, name = rng.choice(sorted(L["hol"].items()))
    if future:
        if lang != "en":
            return None
        y = dct.year
        while holiday(kind, y) <= dct:
            y += 1
    else:
        y = dct.year + 1
        while holiday(kind, y) >= dct:
            y -= 1
        if (holiday(kind, y + 1) - dct).days <= 70:
            return None   # a holiday close ahead: whether news means it or last year's is not settled
    return "", name, iso(holiday(kind, y)), "date"


def t_holiday_year(L, lang, rng, dct, future):
    if future or not L.get("holy"):
        return None
    pre, form, kind = rng.choice(L["holy"])
    y = rng.choice([2008, 2012, 2016, 2018])
    return pre, form.replace("{y}", str(y)), iso(holiday(kind, y)), "date"


def t_decade(L, lang, rng, dct, future):
    if future or not L.get("dec"):
        return None
    pre, form = rng.choice(L["dec"])
    dec = rng.choice([1950, 1960, 1970, 1980, 1990])
    return pre, form.replace("{yy}", str(dec % 100)).replace("{y}", str(dec)), str(dec // 10) + "X", "date"


def unit_value(dct, unit, n):
    if unit == "Y":
        return str(dct.year + n)
    if unit == "M":
        d = add_months(dct.replace(day=1), n); return ym(d.year, d.month)
    return week(dct + dt.timedelta(days=7 * n))


def t_edgerel(L, lang, rng, dct, future):
    if future or not L.get("erel"):
        return None
    pre, form, unit, n = rng.choice(L["erel"])
    return pre, form, unit_value(dct, unit, n), "date"


def t_wdweek(L, lang, rng, dct, future):
    if future or not L.get("wweek"):
        return None
    pre, form, n = rng.choice(L["wweek"])
    if pre.startswith("*"):   # an article, or Portuguese "no"/"na", stays outside ("el [lunes de la próxima semana]",
        # "na [sexta-feira da próxima semana]")
        pre = pre[1:]
    elif pre and n > 0:   # a preposition belongs to a weekday of a following week ("on tuesday of next week")
        pre, form = "", pre + " " + form
    elif pre:
        return None     # ... and before one of this or last week: not settled
    wd = rng.randrange(7)
    if n == 0 and wd == dct.weekday():
        return None
    return gender(L, wd, pre), gender(L, wd, form.replace("{W}", cap(L, L["weekdays"][wd]))), iso(wd_week(dct, wd, n)), "date"


def t_season(L, lang, rng, dct, future):
    if future or not L.get("season"):
        return None
    pre, form, n = rng.choice(L["sforms"])
    code, name = rng.choice(sorted(L["season"].items()))
    if n is None:
        y = rng.choice([2008, 2014, 2018])
    else:
        if code == "WI":
            return None   # which year a winter belongs to is not settled
        y = dct.year + n
    fem = code in ("SP", "SU") if lang == "it" else False
    pre = pre.replace("{p}", "a" if code in ("SP",) else "o")
    if lang in ("fr", "it") and name[0] not in "aeéiou":
        return None   # an article before a season: whether the span keeps it is not settled
    if lang in ("fr", "it"):   # the elided article belongs to the span ("L'été 2018", "Nell'estate del 2018")
        form = form.replace("{LS}", ("l'" + name) if name[0] in "aeéiou" else (("la " if fem else "le ") + name))
    text = form.replace("{S}", name).replace("{y}", str(y)).replace("{g}", "a" if fem else "o")
    return pre, text, f"{y}-{code}", "date"


def t_quarter(L, lang, rng, dct, future):
    if future or not L.get("quarter"):
        return None
    pre, form = rng.choice(L["quarter"])
    n = rng.randint(1, 4); y = rng.choice([2009, 2016, 2018])
    return pre, form.replace("{q}", L["qord"][n - 1]).replace("{n}", str(n)).replace("{y}", str(y)), f"{y}-Q{n}", "date"


def t_decword(L, lang, rng, dct, future):
    if future or not L.get("decw"):
        return None
    pre, form = rng.choice(L["decw"])
    dec, word = rng.choice(sorted(L["decwords"].items()))
    return pre, form.replace("{dw}", word), str(dec // 10) + "X", "date"


def t_dmnum(L, lang, rng, dct, future):
    """A numeric day and month without a year: "am 3.5.", "el 25/8", "on 8/25": this year's, at most a month ahead."""
    if future or not L.get("dmnum"):
        return None
    pre, form = rng.choice(L["dmnum"])
    day = dct + dt.timedelta(days=rng.randint(-150, 25))
    if day.year != dct.year:
        return None
    return pre, form.replace("{d}", str(day.day)).replace("{m}", str(day.month)), iso(day), "date"


def t_ordword(L, lang, rng, dct, future):
    if future or not L.get("ordw"):
        return None
    pre, form = rng.choice(L["ordw"])
    y = dct.year
    m = add_months(dct.replace(day=1), rng.randint(-5, 0)).month
    if m > dct.month:
        y -= 1
    d = 1 if "{ow}" not in form else rng.randint(1, 28)
    text = form.replace("{ow}", L.get("owords", [""] * 31)[d - 1]).replace("{M}", cap(L, L["months"][m - 1]))
    return pre, text, iso(D(y, m, d)), "date"



# Ranges: one span from the opening word to the end, valued as the start (completed from the end's month
# and year). Forms with {d1} {d2} are days of one month, {M1} {M2} months of one year, {Y1} {Y2} years.
RANGES = {
    "en": ["from {d1} to {d2} {M} {Y}", "{d1}–{d2} {M} {Y}", "between {d1} and {d2} {M} {Y}", "from {M1} to {M2} {Y}",
           "from {Y1} to {Y2}", "between {Y1} and {Y2}", "{Y1}–{Y2}"],
    "de": ["vom {d1}. bis {d2}. {M} {Y}", "vom {d1}. bis zum {d2}. {M} {Y}", "{d1}.–{d2}. {M} {Y}", "von {M1} bis {M2} {Y}",
           "zwischen {Y1} und {Y2}", "von {Y1} bis {Y2}"],
    "fr": ["du {d1} au {d2} {M} {Y}", "de {M1} à {M2} {Y}", "entre {Y1} et {Y2}", "de {Y1} à {Y2}"],
    "es": ["del {d1} al {d2} de {M} de {Y}", "de {M1} a {M2} de {Y}", "{M1}-{M2} de {Y}", "entre {Y1} y {Y2}", "de {Y1} a {Y2}"],
    "it": ["dal {d1} al {d2} {M} {Y}", "dal {Y1} al {Y2}", "tra {Y1} e {Y2}"],
    "nl": ["van {d1} tot {d2} {M} {Y}", "van {M1} tot {M2} {Y}", "tussen {Y1} en {Y2}", "van {Y1} tot {Y2}"],
    "pt": ["de {d1} a {d2} de {M} de {Y}", "de {M1} a {M2} de {Y}", "entre {Y1} e {Y2}"],
    "da": ["fra {d1}. til {d2}. {M} {Y}", "mellem {Y1} og {Y2}", "fra {Y1} til {Y2}"],
    "nb": ["fra {d1}. til {d2}. {M} {Y}", "mellom {Y1} og {Y2}"],
    "sv": ["från {d1} till {d2} {M} {Y}", "mellan {Y1} och {Y2}"],
    "pl": ["od {d1} do {d2} {M} {Y}", "od {Y1} do {Y2}"],
}


def t_range(L, lang, rng, dct, future):
    forms = RANGES.get(lang)
    if not forms:
        return None
    form = rng.choice(forms)
    y = rng.choice([1990, 2003, 2016, dct.year, dct.year - 1])
    if "{d1}" in form:
        m = rng.randint(1, 12)
        d1 = rng.randint(1, 20)
        d2 = d1 + rng.randint(1, 8)
        start, value = D(y, m, d1), iso(D(y, m, d1))
        expr = form.replace("{d1}", str(d1)).replace("{d2}", str(d2)).replace("{M}", L["months"][m - 1]).replace("{Y}", str(y))
    elif "{M1}" in form:
        m1 = rng.randint(1, 10)
        m2 = m1 + rng.randint(1, 2)
        value = ym(y, m1)
        expr = form.replace("{M1}", L["months"][m1 - 1]).replace("{M2}", L["months"][m2 - 1]).replace("{Y}", str(y))
    else:
        y1 = rng.choice([1990, 2003, 2010, 2016])
        y2 = y1 + rng.randint(1, 6)
        value = str(y1)
        expr = form.replace("{Y1}", str(y1)).replace("{Y2}", str(y2))
    return "", expr, value, "date"


TEMPLATES = [
    ("wd.bare", t_weekday("bare")), ("wd.last_week", t_weekday("last_week")), ("wd.last_recent", t_weekday("last_recent")),
    ("wd.last_either", t_weekday("last_either")), ("wd.next_week", t_weekday("next_week")),
    ("wd.next_upcoming", t_weekday("next_upcoming")), ("wd.next_either", t_weekday("next_either")),
    ("wd.this", t_weekday("this_week")), ("wd.coming", t_weekday("coming")), ("wd.after_next", t_weekday("after_next")),
    ("wd.tod", t_weekday("tod")),
    ("wd.date", t_wdate), ("dm", t_daymonth(False)), ("dmy", t_daymonth(True)), ("numeric", t_numeric), ("iso", t_iso),
    ("year", t_year), ("monthyear", t_monthyear), ("month", t_month), ("month.relyear", t_monthrel),
    ("edge.month", t_monthedge), ("edge.year", t_yearedge), ("edge.unit", t_unitedge),
    ("ago", t_offset("ago")), ("in", t_offset("inn")), ("later", t_offset("later")), ("duration", t_duration),
    ("rel.unit", t_relunit), ("days", t_days), ("days.tod", t_daytod),
    ("edge.rel", t_edgerel), ("wd.week", t_wdweek), ("season", t_season), ("quarter", t_quarter),
    ("decade.word", t_decword), ("dm.numeric", t_dmnum), ("dm.ordword", t_ordword),
    ("holiday", t_holiday), ("holiday.year", t_holiday_year), ("decade", t_decade), ("range", t_range),
]

PER_TEMPLATE = 24


def generate(per_template=PER_TEMPLATE, seed=5):
    out = []
    for lang, L in LANGS.items():
        for future in (False, True):
            frames = L.get("ffuture") if future else L.get("frames")
            if not frames:
                continue
            for name, fn in TEMPLATES:
                rng = random.Random(f"{seed}-{lang}-{future}-{name}")
                made, tries = 0, 0
                seen = set()
                while made < per_template and tries < per_template * 8:
                    tries += 1
                    dct = rng.choice(DCTS)
                    try:
                        r = fn(L, lang, rng, dct, future)
                    except (KeyError, IndexError):
                        r = None
                    if r is None:
                        continue
                    pre, expr, value, typ = r
                    frame = rng.choice(frames)
                    start = frame.startswith("{}")
                    phrase = (pre + " " + expr) if pre else expr
                    if start and lang == "en" and expr.split()[0] in ("May", "March"):
                        continue  # a sentence-opening "May"/"March" is not taken for a month
                    if start:
                        phrase = phrase[0].upper() + phrase[1:]
                        if not pre:
                            expr = phrase
                    text = frame.replace("{}", phrase)
                    key = (text, iso(dct))
                    if key in seen:
                        continue
                    seen.add(key)
                    made += 1
                    out.append({"id": f"gen-{lang}-{'f' if future else 'p'}-{name}-{made:02d}", "lang": lang,
                                "dct": iso(dct), "direction": "future" if future else "past", "template": name,
                                "text": text, "expect": [[expr, value, typ]]})
    return out



def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cases = generate()
    if sys.argv[1:2] == ["gen"]:
        rng = random.Random(11)
        sample = [c for c in cases if rng.random() < 0.05]
        fixture = os.path.join(here, "..", "..", "Tests", "NLPHostTests", "Fixtures", "dates_generated.jsonl")
        with open(fixture, "w", encoding="utf-8") as f:
            for c in sample:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(f"{len(sample)} of {len(cases)} cases written to {os.path.normpath(fixture)}")
        return
    nlpsh = sys.argv[2]
    show = sys.argv[sys.argv.index("--show") + 1].split(",") if "--show" in sys.argv else []
    only = sys.argv[sys.argv.index("--lang") + 1].split(",") if "--lang" in sys.argv else None
    if only:
        cases = [c for c in cases if c["lang"] in only]
    got = caseset.run(nlpsh, cases)
    fails = {}
    totals = {}
    for c in cases:
        ok = got.get(c["id"], []) == sorted(c["expect"])
        key = (c["lang"], c["direction"][0] + ":" + c["template"])
        t = totals.setdefault(c["lang"], [0, 0]); t[1] += 1
        if ok:
            t[0] += 1
            continue
        fails.setdefault(key, []).append(c)
        if any(s == c["template"] or s == key[1] or s == "all" for s in show):
            print(f"FAIL {c['id']} dct={c['dct']}: {c['text']}\n   want {c['expect']}\n   got  {got.get(c['id'], [])}")
    by_tpl = {}
    for (lang, tpl), fl in fails.items():
        by_tpl.setdefault(tpl, {})[lang] = len(fl)
    langs = list(totals)
    print("template".ljust(20) + "".join(l.rjust(5) for l in langs))
    for tpl in sorted(by_tpl):
        print(tpl.ljust(20) + "".join(str(by_tpl[tpl].get(l, "")).rjust(5) for l in langs))
    print("fail".ljust(20) + "".join(str(totals[l][1] - totals[l][0]).rjust(5) for l in langs))
    print("cases".ljust(20) + "".join(str(totals[l][1]).rjust(5) for l in langs))
    n = sum(t[1] for t in totals.values()); ok = sum(t[0] for t in totals.values())
    print(f"ALL: {ok}/{n} = {ok / n:.3f}")


if __name__ == "__main__":
    main()
