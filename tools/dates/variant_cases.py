#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Surface variants for the `dates` stage: expressions the stage already reads, written the ways people
type them -- without accents and diacritics ("sabado", "Marz", "sondag"), in upper and title case, with
abbreviations with and without dots ("Mo.", "Okt", "févr.", "za"), regional names ("Jänner", "Feber",
"Sonnabend"), ordinal suffixes ("1er", "1.º", "1ste", "21e", "2nd", "2d"), numeric dates with every
separator and two- or four-digit years, years in words, extra and no-break spaces, a comma between weekday
and date ("Montag, den 7. November"), and the date at the start or end of a sentence and before punctuation.
Values by calendar arithmetic; families, conventions and output as transfer_cases.py:

  rt   news convention, DCT Monday 2016-11-07; the [marked] span follows the news span rules (README).
  du   direction=future, DCT Tuesday 2013-02-12; the text is the expression, the span all of it.

  variant_cases.py run NLPSH [--show] [--lang L]   prints pass rates per family x language
  variant_cases.py gen                             writes Tests/NLPHostTests/Fixtures/dates_variant.jsonl

Round 11 changed span conventions (the Recognizers-Text grammar's edges where the dev splits of its languages agree or
are silent): a bound before a weekday stays in the span ("[until Friday]", "[tot vrijdag]", "[hasta el viernes]"). The
expected spans of this set's cases of these shapes follow them.
"""
import datetime as dt
import random, os, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import caseset  # noqa: E402
from transfer_cases import D, RT, DU, nth_wd  # noqa: E402

RT_LANGS = ["en", "de", "es", "fr", "it", "nl", "pt"]
DU_LANGS = ["en", "de", "es", "fr", "it", "nl", "pt", "da", "nb", "sv"]
# news languages with their extra forms and the derived variants of transfer_cases.py and period_cases.py only
RT_EXTRA_LANGS = ["pl", "ar"]


def strip_accents(s):
    """As a writer without the keys types it: every diacritic dropped, ß as ss, æ as ae, ø as o."""
    s = s.replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def translit_de(s):
    return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")


# Per language: weekday names Monday..Sunday and months as a newspaper writes them; the abbreviations people
# type (weekday index 0 = Monday, month 1..12); regional or older names; day + month (+ year) orders; ordinal
# day forms; numeric order and separators; the year 2016 / 2013 in words; carrier sentences for the news
# family: {X} is the expression, [..] the span ("day" before a date or weekday, "mon" before a month and year).
L = {
    "pl": dict(extra=[("rt", "Umowę podpisano [5 lis 2016] w Warszawie.", "2016-11-05"), ("rt", "Umowę podpisano [5 paź 2016] w Warszawie.", "2016-10-05"),
                      ("rt", "Umowę podpisano w [LISTOPADZIE 2015 roku].", "2015-11"), ("rt", "Minister spotkal sie z nimi w [srode].", "2016-11-02"),
                      ("rt", "Minister spotkal sie z nimi w [zeszly poniedzialek].", "2016-10-31"), ("rt", "Strajk trwa [od piatku].", "2016-11-04")]),
    "ar": dict(extra=[("rt", "زار الوزير المدينة يوم [الإثنين الماضي].", "2016-10-31"), ("rt", "زار الوزير المدينة يوم [الاثنين الماضي].", "2016-10-31"),
                      ("rt", "افتتح المعرض في [3 ايار 2016].", "2016-05-03"), ("rt", "افتتح المعرض في [3 أيار 2016].", "2016-05-03"),
                      ("rt", "افتتح المعرض في [اذار 2015].", "2015-03"), ("rt", "افتتح المعرض في [إبريل 2015].", "2015-04"),
                      ("rt", "افتتح المعرض في [ابريل 2015].", "2015-04"), ("rt", "ارتفعت الأسعار في [السنه الماضيه].", "2015")]),
    "en": dict(
        wd="Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
        months="January February March April May June July August September October November December".split(),
        wabbr={0: ["Mon.", "Mon"], 1: ["Tue.", "Tues."], 2: ["Wed.", "Wed"], 3: ["Thu.", "Thurs."], 4: ["Fri.", "Fri"], 5: ["Sat.", "Sat"], 6: ["Sun."]},
        mabbr={1: ["Jan.", "Jan"], 2: ["Feb.", "Feb"], 8: ["Aug.", "Aug"], 9: ["Sept.", "Sep.", "Sept", "Sep"], 10: ["Oct.", "Oct"], 11: ["Nov.", "Nov"], 12: ["Dec.", "Dec"]},
        regional=[], dm="{M} {d}", dmy="{M} {d}, {y}", dmy2=["{d} {M} {y}", "{M} {d} {y}"], my="{M} {y}",
        wdate=["{W}, {M} {d}, {y}", "{W} {M} {d}, {y}", "{W}, {d} {M} {y}"],
        ords=[("{M} 1st, {y}", 1), ("{M} 2nd, {y}", 2), ("{M} 2d, {y}", 2), ("{M} 3rd, {y}", 3), ("{M} 3d, {y}", 3), ("{M} 21st, {y}", 21),
              ("the 21st of {M} {y}", 21), ("{M} 22nd", 22), ("the 3rd of {M}", 3)],
        mdy=True, seps=["/", "-"], ywords={2016: "two thousand sixteen", 2013: "two thousand thirteen"},
        carrier=("The council met", "in the capital."), start="{X}, the council met in the capital.",
        day="on [{X}]", wday="on [{X}]", mon="in [{X}]", extra=[]),
    "de": dict(
        wd="Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
        months="Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
        wabbr={0: ["Mo.", "Mo"], 1: ["Di.", "Di"], 2: ["Mi.", "Mi"], 3: ["Do.", "Do"], 4: ["Fr.", "Fr"], 5: ["Sa.", "Sa"], 6: ["So.", "So"]},
        mabbr={1: ["Jan.", "Jan"], 2: ["Feb.", "Feb"], 8: ["Aug.", "Aug"], 9: ["Sept.", "Sep.", "Sept"], 10: ["Okt.", "Okt"], 11: ["Nov."], 12: ["Dez.", "Dez"]},
        regional=[("m", 1, "Jänner"), ("m", 1, "Jaenner"), ("m", 2, "Feber"), ("w", 5, "Sonnabend")],
        dm="{d}. {M}", dmy="{d}. {M} {y}", dmy2=["{d} {M} {y}"], my="{M} {y}",
        wdate=["{W}, den {d}. {M} {y}", "{W}, {d}. {M} {y}", "{W} {d}. {M} {y}", "{W}, den {d}. {M}"],
        ords=[("{d}. {M}", 1)], mdy=False, seps=[".", "/", "-"],
        ywords={2016: "zweitausendsechzehn", 2013: "zweitausenddreizehn"},
        carrier=("Der Rat tagte", "in der Hauptstadt."), start="{X} tagte der Rat in der Hauptstadt.",
        day="am [{X}]", wday="am [{X}]", mon="im [{X}]",
        extra=[("rt", "Der Rat tagte im [Fruhling 2016].", "2016-SP"), ("rt", "Der Rat tagte im [Fruehjahr 2016].", "2016-SP"),
               ("rt", "Der Rat tagte im [MÄRZ 2016].", "2016-03"), ("du", "Fruhling 2013", "2013-SP")]),
    "es": dict(
        wd="lunes martes miércoles jueves viernes sábado domingo".split(),
        months="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
        wabbr={0: ["lun.", "lun"], 2: ["mié.", "mie"], 3: ["jue.", "jue"], 4: ["vie.", "vie"], 5: ["sáb.", "sab"], 6: ["dom.", "dom"]},
        mabbr={1: ["ene.", "ene"], 2: ["feb.", "feb"], 8: ["ago.", "ago"], 9: ["sept.", "sep.", "set."], 10: ["oct.", "oct"], 11: ["nov."], 12: ["dic.", "dic"]},
        regional=[("m", 9, "setiembre")], dm="{d} de {M}", dmy="{d} de {M} de {y}", dmy2=["{d} {M} {y}", "{d} de {M} del {y}"], my="{M} de {y}",
        wdate=["{W}, {d} de {M} de {y}", "{W} {d} de {M} de {y}"],
        ords=[("1.º de {M} de {y}", 1), ("1º de {M} de {y}", 1), ("1° de {M} de {y}", 1), ("1ro de {M} de {y}", 1)],
        mdy=False, seps=["/", "-", "."], ywords={2016: "dos mil dieciséis", 2013: "dos mil trece"},
        carrier=("El consejo se reunió", "en la capital."), start="{X} se reunió el consejo en la capital.",
        day="el [{X}]", wday="el [{X}]", mon="en [{X}]", extra=[]),
    "fr": dict(
        wd="lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
        months="janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        wabbr={0: ["lun.", "lun"], 1: ["mar."], 2: ["mer.", "mer"], 3: ["jeu.", "jeu"], 4: ["ven.", "ven"], 5: ["sam.", "sam"], 6: ["dim.", "dim"]},
        mabbr={1: ["janv.", "janv"], 2: ["févr.", "fév.", "fevr", "févr"], 4: ["avr.", "avr"], 7: ["juil.", "juil"], 9: ["sept.", "sept"], 10: ["oct.", "oct"],
               11: ["nov."], 12: ["déc.", "dec."]},
        regional=[], dm="{d} {M}", dmy="{d} {M} {y}", dmy2=["{d} {M}, {y}"], my="{M} {y}",
        wdate=["{W} {d} {M} {y}", "{W}, {d} {M} {y}"],
        ords=[("1er {M} {y}", 1), ("1er {M}", 1)], mdy=False, seps=["/", ".", "-"],
        ywords={2016: "deux mille seize", 2013: "deux mille treize"},
        carrier=("Le conseil s'est réuni", "dans la capitale."), start="{X}, le conseil s'est réuni dans la capitale.",
        day="le [{X}]", wday="[{X}]", mon="en [{X}]",
        extra=[("rt", "Il ouvrira [le 3ème lundi de mai 2016].", "2016-05-16"), ("rt", "Il ouvrira [le 3e lundi de mai 2016].", "2016-05-16"),
               ("rt", "Il ouvrira [le 2ème mardi de mai 2016].", "2016-05-10"),
               ("du", "le 3ème lundi de mai 2013", "2013-05-20"), ("du", "le 2ème mardi de mai 2013", "2013-05-14")]),
    "it": dict(
        wd="lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
        months="gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
        wabbr={0: ["lun.", "lun"], 2: ["mer.", "mer"], 3: ["gio.", "gio"], 4: ["ven.", "ven"], 5: ["sab.", "sab"], 6: ["dom.", "dom"]},
        mabbr={1: ["gen.", "gen"], 2: ["feb.", "feb"], 8: ["ago.", "ago"], 9: ["set.", "sett.", "set"], 10: ["ott.", "ott"], 12: ["dic.", "dic"]},
        regional=[], dm="{d} {M}", dmy="{d} {M} {y}", dmy2=["{d} {M}, {y}"], my="{M} {y}",
        wdate=["{W} {d} {M} {y}", "{W}, {d} {M} {y}"],
        ords=[("1° {M} {y}", 1), ("1º {M} {y}", 1)], mdy=False, seps=["/", ".", "-"],
        ywords={2016: "duemilasedici", 2013: "duemilatredici"},
        carrier=("Il consiglio si è riunito", "nella capitale."), start="{X} si è riunito il consiglio nella capitale.",
        day="[il {X}]", wday="[{X}]", mon="a [{X}]",
        extra=[("rt", "Il consiglio si è riunito [il 4 marzo millenovecentottantanove].", "1989-03-04"),
               ("du", "4 marzo millenovecentottantanove", "1989-03-04"), ("du", "4 marzo duemilaotto", "2008-03-04")]),
    "nl": dict(
        wd="maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
        months="januari februari maart april mei juni juli augustus september oktober november december".split(),
        wabbr={0: ["ma", "ma."], 1: ["di", "di."], 2: ["wo", "wo."], 3: ["do", "do."], 4: ["vr", "vr."], 5: ["za", "za."], 6: ["zo", "zo."]},
        mabbr={1: ["jan.", "jan"], 2: ["feb.", "feb"], 3: ["mrt.", "mrt"], 8: ["aug.", "aug"], 9: ["sept.", "sep."], 10: ["okt.", "okt"], 12: ["dec.", "dec"]},
        regional=[], dm="{d} {M}", dmy="{d} {M} {y}", dmy2=[], my="{M} {y}",
        wdate=["{W} {d} {M} {y}", "{W}, {d} {M} {y}"],
        ords=[("1ste {M} {y}", 1), ("1e {M} {y}", 1), ("2de {M} {y}", 2), ("21e {M} {y}", 21), ("21ste {M} {y}", 21), ("8ste {M} {y}", 8)],
        mdy=False, seps=["-", "/", "."], ywords={2016: "tweeduizend zestien", 2013: "tweeduizend dertien"},
        carrier=("De raad vergaderde", "in de hoofdstad."), start="{X} vergaderde de raad in de hoofdstad.",
        day="op [{X}]", wday="op [{X}]", mon="in [{X}]",
        extra=[("du", "4 maart tweeduizenddertien", "2013-03-04")]),
    "pt": dict(
        wd="segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
        months="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
        wabbr={0: ["seg.", "seg"], 1: ["ter.", "ter"], 2: ["qua."], 3: ["qui."], 4: ["sex.", "sex"], 5: ["sáb.", "sab"], 6: ["dom.", "dom"]},
        mabbr={1: ["jan.", "jan"], 2: ["fev.", "fev"], 8: ["ago.", "ago"], 9: ["set.", "set"], 10: ["out."], 12: ["dez.", "dez"]},
        regional=[], dm="{d} de {M}", dmy="{d} de {M} de {y}", dmy2=["{d} {M} {y}"], my="{M} de {y}",
        wdate=["{W}, {d} de {M} de {y}", "{W} {d} de {M} de {y}"],
        ords=[("1º de {M} de {y}", 1), ("1.º de {M} de {y}", 1), ("1° de {M} de {y}", 1)],
        mdy=False, seps=["/", "-", "."], ywords={2016: "dois mil e dezesseis", 2013: "dois mil e treze"},
        carrier=("O conselho se reuniu", "na capital."), start="{X}, o conselho se reuniu na capital.",
        day="em [{X}]", wday="na [{X}]", mon="em [{X}]",
        extra=[("rt", "O conselho abre na [1ª segunda-feira de março de 2016].", "2016-03-07"),
               ("rt", "O conselho abre na [2ª quarta-feira de março de 2016].", "2016-03-09"),
               ("du", "1ª segunda-feira de março de 2013", "2013-03-04")]),
    "da": dict(
        wd="mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
        months="januar februar marts april maj juni juli august september oktober november december".split(),
        wabbr={0: ["man."], 1: ["tirs."], 2: ["ons."], 3: ["tors."], 4: ["fre."], 5: ["lør."], 6: ["søn."]},
        mabbr={1: ["jan.", "jan"], 2: ["feb.", "feb"], 8: ["aug.", "aug"], 9: ["sep.", "sept."], 10: ["okt.", "okt"], 12: ["dec.", "dec"]},
        regional=[], dm="{d}. {M}", dmy="{d}. {M} {y}", dmy2=["{d} {M} {y}"], my="{M} {y}",
        wdate=["{W} den {d}. {M} {y}", "{W}, {d}. {M} {y}"],
        ords=[], mdy=False, seps=["/", ".", "-"], ywords={2013: "to tusind og tretten"}, extra=[]),
    "nb": dict(
        wd="mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
        months="januar februar mars april mai juni juli august september oktober november desember".split(),
        wabbr={0: ["man."], 1: ["tir."], 2: ["ons."], 3: ["tor."], 4: ["fre."], 5: ["lør."], 6: ["søn."]},
        mabbr={1: ["jan.", "jan"], 2: ["feb.", "feb"], 8: ["aug.", "aug"], 9: ["sep.", "sept."], 10: ["okt.", "okt"], 12: ["des.", "des"]},
        regional=[], dm="{d}. {M}", dmy="{d}. {M} {y}", dmy2=["{d} {M} {y}"], my="{M} {y}",
        wdate=["{W} {d}. {M} {y}", "{W}, {d}. {M} {y}"],
        ords=[], mdy=False, seps=[".", "/", "-"], ywords={2013: "to tusen og tretten"}, extra=[]),
    "sv": dict(
        wd="måndag tisdag onsdag torsdag fredag lördag söndag".split(),
        months="januari februari mars april maj juni juli augusti september oktober november december".split(),
        wabbr={0: ["mån"], 1: ["tis"], 2: ["ons"], 3: ["tors"], 4: ["fre"], 5: ["lör"], 6: ["sön"]},
        mabbr={1: ["jan.", "jan"], 2: ["feb.", "feb"], 8: ["aug.", "aug"], 9: ["sep.", "sept."], 10: ["okt.", "okt"], 12: ["dec.", "dec"]},
        regional=[], dm="{d} {M}", dmy="{d} {M} {y}", dmy2=[], my="{M} {y}",
        wdate=["{W} {d} {M} {y}", "{W}, {d} {M} {y}", "{W} den {d} {M} {y}"],
        ords=[], mdy=False, seps=["-", "/", "."], ywords={2013: "tvåtusentretton"},
        extra=[("du", "4 mars tvåtusen tretton", "2013-03-04")]),
}

# dates with a year (one of each season of the year and a month whose name has a diacritic in some language),
# and days without a year that both conventions settle (news: at most this month; future: after the DCT's month)
YEAR_DATES = {"rt": [D(2016, 3, 4), D(2016, 8, 15), D(2016, 2, 17), D(2015, 12, 31), D(2016, 10, 21)],
              "du": [D(2013, 3, 4), D(2013, 8, 15), D(2013, 2, 17), D(2013, 12, 31), D(2013, 10, 21)]}
NOYEAR_DATES = {"rt": [D(2016, 3, 4), D(2016, 8, 15), D(2016, 10, 21)], "du": [D(2013, 3, 4), D(2013, 8, 15), D(2013, 12, 31)]}


def weekday_value(fam, wd):
    """A bare weekday: news, the most recent one before the DCT; future, the next one after it."""
    base = RT if fam == "rt" else DU
    dw = base.weekday()
    if fam == "rt":
        return (base - dt.timedelta(days=(dw - wd + 6) % 7 + 1)).isoformat()
    return (base + dt.timedelta(days=(wd - dw + 6) % 7 + 1)).isoformat()


def surface(word):
    """The ways people type a name: as written, without diacritics, German-style ae/oe/ue, upper, title, lower."""
    out = [word]
    for w in (strip_accents(word), translit_de(word) if any(c in word for c in "äöüÄÖÜ") else word,
              word.upper(), strip_accents(word).upper(), word[:1].upper() + word[1:], word.lower(),
              strip_accents(word)[:1].upper() + strip_accents(word)[1:]):
        if w not in out:
            out.append(w)
    return out


def fill(t, d=None, M=None, y=None, W=None):
    return t.replace("{d}", str(d) if d is not None else "").replace("{M}", M or "").replace("{y}", str(y) if y is not None else "").replace("{W}", W or "")


def expressions(lang, fam):
    """(kind, pattern, expression, value): kind 'day' (a date or a weekday with a date), 'wday' (a bare weekday), 'mon'."""
    c = L[lang]
    out = []
    # weekdays alone, in every surface
    for wd, name in enumerate(c["wd"]):
        for s in surface(name):
            out.append(("wday", f"weekday {name} as {s}", s, weekday_value(fam, wd)))
    # an abbreviated weekday alone is a date only as the whole text (future family): "Mo.", "za", "sáb."
    if fam == "du":
        for wd, forms in c["wabbr"].items():
            for a in forms:
                out.append(("wday", f"weekday abbr alone {a}", a, weekday_value(fam, wd)))
    # regional weekday names
    for kind, idx, name in c["regional"]:
        if kind == "w":
            out.append(("wday", f"regional {name}", name, weekday_value(fam, idx)))
    dates = YEAR_DATES[fam]
    for k, x in enumerate(dates):
        M = c["months"][x.month - 1]
        W = c["wd"][x.weekday()]
        v = x.isoformat()
        # the month name in every surface, its abbreviations and regional names
        for s in surface(M):
            out.append(("day", f"dmy month as {s}", fill(c["dmy"], x.day, s, x.year), v))
        for a in c["mabbr"].get(x.month, []):
            out.append(("day", f"dmy month abbr {a}", fill(c["dmy"].replace(" de {M} de ", " {M} ").replace("{M} {d},", "{M} {d}"), x.day, a, x.year), v))
        for kind, idx, name in c["regional"]:
            if kind == "m" and idx == x.month:
                out.append(("day", f"regional {name}", fill(c["dmy"], x.day, name, x.year), v))
        for t in c["dmy2"]:
            out.append(("day", f"dmy order {t}", fill(t, x.day, M, x.year), v))
        # weekday and date, with and without a comma, the weekday in every surface and abbreviated
        for t in c["wdate"]:
            if "{y}" not in t and x.year != (RT if fam == "rt" else DU).year:
                continue  # a weekday and day without a year: only in the DCT's year
            for s in surface(W)[:3]:
                out.append(("day", f"weekday date {t} as {s}", fill(t, x.day, M, x.year, s), v))
        for a in c["wabbr"].get(x.weekday(), []):
            out.append(("day", f"weekday abbr {a}", fill(c["wdate"][0], x.day, M, x.year, a), v))
            out.append(("day", f"weekday abbr {a} numeric", f"{a} " + numeric(lang, x, "/" if lang == "en" else c["seps"][0], True), v))
        # extra spaces and no-break spaces inside the date, a year in words
        if k < 2:
            out.append(("day", "double spaces", fill(c["dmy"], x.day, M, x.year).replace(" ", "  "), v))
            out.append(("day", "no-break spaces", fill(c["dmy"], x.day, M, x.year).replace(" ", "\u00a0"), v))
            out.append(("day", "comma double space", fill(c["wdate"][0], x.day, M, x.year, W).replace(", ", ",  "), v))
        if x.year in c["ywords"] and k < 3:
            out.append(("day", "year in words", fill(c["dmy"], x.day, M, c["ywords"][x.year]), v))
        # numeric dates: every separator, two- or four-digit years, with and without leading zeros
        for sep in c["seps"]:
            for four in (True, False):
                for pad in (True, False):
                    out.append(("day", f"numeric {sep} {'yyyy' if four else 'yy'} {'pad' if pad else 'nopad'}", numeric(lang, x, sep, four, pad), v))
        # month and year
        for s in surface(M)[:5]:
            out.append(("mon", f"month year as {s}", fill(c["my"], None, s, x.year), v[:7]))
    for x in NOYEAR_DATES[fam]:
        M = c["months"][x.month - 1]
        for s in surface(M)[:3]:
            out.append(("day", f"dm month as {s}", fill(c["dm"], x.day, s), x.isoformat()))
        for a in c["mabbr"].get(x.month, []):
            out.append(("day", f"dm month abbr {a}", fill(c["dm"].replace(" de ", " "), x.day, a), x.isoformat()))
    # ordinal day forms
    for t, d in c["ords"]:
        for x in (YEAR_DATES[fam][0], YEAR_DATES[fam][1]):
            y = x.year
            m = x.month
            if "{y}" not in t:
                # without a year: a month the convention settles
                y = None
            e = fill(t, d, c["months"][m - 1], y)
            yy = x.year
            out.append(("day", f"ordinal {t}", e, f"{yy:04d}-{m:02d}-{d:02d}"))
    return out


def numeric(lang, x, sep, four, pad=True):
    y = f"{x.year}" if four else f"{x.year % 100:02d}"
    d = f"{x.day:02d}" if pad else f"{x.day}"
    m = f"{x.month:02d}" if pad else f"{x.month}"
    return sep.join([m, d, y] if L[lang]["mdy"] else [d, m, y])


# Where a news sentence holds the expression: mid-sentence, at its start, at its end before punctuation.
ENDINGS = [".", "?", "!", ";", ")", ":", "…", "\u201d"]


def rt_sentences(lang, kind, expr, pattern, i):
    c = L[lang]
    s, t = c["carrier"]
    slot = c[kind].replace("{X}", expr)
    if kind == "day" and lang == "it" and re.match(r"[A-Za-zÀ-ÿ]", expr) and not re.match(r"\d", expr):
        slot = "[" + expr + "]"  # a weekday or month name first: no article
    out = [f"{s} {slot} {t}"]
    if i % 3 == 0:
        # the end of the sentence, before a punctuation mark
        e = ENDINGS[(i // 3) % len(ENDINGS)]
        if e == ")":
            out.append(f"({s} {slot})")
        elif e == "\u201d":
            out.append(f"\u201c{s} {slot}\u201d")
        else:
            out.append(f"{s} {slot}{e}")
    if i % 5 == 0:
        # the start of the sentence
        first = expr[:1].upper() + expr[1:]
        out.append(c["start"].replace("{X}", "[" + first + "]"))
    return out


def derived():
    """The patterns of transfer_cases.py and period_cases.py (expressions the stage reads) in other surfaces:
    without diacritics (and with ae/oe/ue/aa in German, Danish and Norwegian), the span in upper case,
    and (future family, where the text is the expression) with a capital first letter."""
    import transfer_cases, period_cases
    out = []
    for src, mod in (("tr", transfer_cases), ("pe", period_cases)):
        for fam, pats in (("rt", mod.RT_PATTERNS), ("du", mod.DU_PATTERNS)):
            for name, value, forms in pats:
                for lang, fl in forms.items():
                    for form in fl:
                        variants = []
                        plain = strip_accents(form)
                        if plain != form:
                            variants.append(("plain", plain))
                        if (fam, lang, name) in mod.KNOWN:
                            continue
                        if lang in ("de", "da", "nb"):
                            tr = translit_de(form).replace("å", "aa").replace("ø", "oe").replace("æ", "ae").replace("ö", "oe")
                            if tr != form and tr != plain:
                                variants.append(("translit", tr))
                        up = re.sub(r"\[(.+?)\]", lambda m: "[" + m.group(1).upper() + "]", form) if "[" in form else form.upper()
                        if up != form:
                            variants.append(("upper", up))
                        if fam == "du" and form[:1].islower():
                            variants.append(("title", form[:1].upper() + form[1:]))
                        for how, f in variants:
                            out.append((fam, lang, f"{src} {name} {how}", f, value))
    return out


# Cases the stage does not pass yet (family, lang, pattern): listed by `run`, left out of the test fixture.
KNOWN = set()


def cases():
    global DERIVED
    DERIVED = derived()
    out = []
    for fam, langs in (("rt", RT_LANGS + RT_EXTRA_LANGS), ("du", DU_LANGS)):
        for lang in langs:
            seen = set()
            for i, (kind, pattern, expr, value) in enumerate(expressions(lang, fam) if lang not in RT_EXTRA_LANGS else []):
                if (expr, kind) in seen:
                    continue
                seen.add((expr, kind))
                texts = rt_sentences(lang, kind, expr, pattern, i) if fam == "rt" else [expr]
                for j, form in enumerate(texts):
                    spans = re.findall(r"\[(.+?)\]", form) or [form]
                    text = form.replace("[", "").replace("]", "")
                    out.append({"id": f"va-{fam}-{lang}-{i}-{j}", "family": fam, "lang": lang,
                                "dct": (RT if fam == "rt" else DU).isoformat(), "direction": "future" if fam == "du" else "past",
                                "pattern": pattern, "text": text, "expect": [[sp, value, "date"] for sp in spans]})
            for f, lg, pattern, form, value in [(f, lang, "extra " + form, form, v) for f, form, v in L[lang]["extra"]] + [
                    d for d in DERIVED if d[0] == fam and d[1] == lang]:
                pattern = pattern
                if f != fam:
                    continue
                spans = re.findall(r"\[(.+?)\]", form) or [form]
                values = value if isinstance(value, list) else [value]
                out.append({"id": f"va-{fam}-{lang}-x{len(out)}", "family": fam, "lang": lang,
                            "dct": (RT if fam == "rt" else DU).isoformat(), "direction": "future" if fam == "du" else "past",
                            "pattern": pattern, "text": form.replace("[", "").replace("]", ""),
                            "expect": [[sp, v, "date"] for sp, v in zip(spans, values)]})
    return out


def main():
    # the tests keep a deterministic quarter of the cases (the whole set runs with `run`)
    rng = random.Random(7)
    caseset.main(cases(), "dates_variant.jsonl", known=lambda c: (c["family"], c["lang"], c["pattern"]) in KNOWN,
                 keep=lambda c: rng.random() < 0.25)


if __name__ == "__main__":
    main()
