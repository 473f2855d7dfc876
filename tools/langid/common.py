# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared text normalisation, script table and feature hashing for the langid
trainer and its Python prototype classifier. The Swift plugin mirrors this
exactly (the lowercase/script table itself is written into the model file)."""
import unicodedata

MAX_CP = 0x30000          # code points at or above are separators (emoji etc.)

# Script ids (0 = not a letter / separator). Kept in the model file.
SCRIPTS = ["none", "Latn", "Grek", "Cyrl", "Armn", "Hebr", "Arab", "Deva", "Beng",
           "Guru", "Gujr", "Taml", "Telu", "Thai", "Geor", "Hang", "Kana", "Hani",
           "Othr"]
SCRIPT_ID = {s: i for i, s in enumerate(SCRIPTS)}

_RANGES = [
    (0x0041, 0x024F, "Latn"), (0x0250, 0x02AF, "Latn"), (0x1E00, 0x1EFF, "Latn"),
    (0x2C60, 0x2C7F, "Latn"), (0xA720, 0xA7FF, "Latn"), (0xFF21, 0xFF5A, "Latn"),
    (0x0370, 0x03FF, "Grek"), (0x1F00, 0x1FFF, "Grek"),
    (0x0400, 0x052F, "Cyrl"), (0x1C80, 0x1C8F, "Cyrl"), (0x2DE0, 0x2DFF, "Cyrl"), (0xA640, 0xA69F, "Cyrl"),
    (0x0530, 0x058F, "Armn"), (0xFB13, 0xFB17, "Armn"),
    (0x0590, 0x05FF, "Hebr"), (0xFB1D, 0xFB4F, "Hebr"),
    (0x0600, 0x06FF, "Arab"), (0x0750, 0x077F, "Arab"), (0x08A0, 0x08FF, "Arab"),
    (0xFB50, 0xFDFF, "Arab"), (0xFE70, 0xFEFF, "Arab"),
    (0x0900, 0x097F, "Deva"), (0xA8E0, 0xA8FF, "Deva"),
    (0x0980, 0x09FF, "Beng"), (0x0A00, 0x0A7F, "Guru"), (0x0A80, 0x0AFF, "Gujr"),
    (0x0B80, 0x0BFF, "Taml"), (0x0C00, 0x0C7F, "Telu"), (0x0E00, 0x0E7F, "Thai"),
    (0x10A0, 0x10FF, "Geor"), (0x1C90, 0x1CBF, "Geor"), (0x2D00, 0x2D2F, "Geor"),
    (0x1100, 0x11FF, "Hang"), (0x3130, 0x318F, "Hang"), (0xA960, 0xA97F, "Hang"),
    (0xAC00, 0xD7FF, "Hang"), (0xFFA0, 0xFFDC, "Hang"),
    (0x3040, 0x30FF, "Kana"), (0x31F0, 0x31FF, "Kana"), (0xFF66, 0xFF9F, "Kana"),
    (0x3005, 0x3007, "Hani"), (0x3400, 0x4DBF, "Hani"), (0x4E00, 0x9FFF, "Hani"),
    (0xF900, 0xFAFF, "Hani"), (0x20000, 0x2FFFF, "Hani"),
]


def script_of(cp):
    for lo, hi, s in _RANGES:
        if lo <= cp <= hi:
            return SCRIPT_ID[s]
    return SCRIPT_ID["Othr"]


def build_char_table():
    """For every code point below MAX_CP: (mapped code point, script id), or None
    when the code point is a separator. Letters (L*) and marks (M*) are kept,
    lowercased by the first code point of str.lower()."""
    table = {}
    for cp in range(MAX_CP):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        cat = unicodedata.category(ch)
        if cat[0] not in "LM":
            continue
        low = ch.lower()
        m = ord(low[0]) if low else cp
        if m >= MAX_CP:
            m = cp
        table[cp] = (m, script_of(cp))
    # one letter, two spellings: Romanian s and t with a comma below are still widely written with the
    # cedilla of the older standard (and Turkish writes its s with the cedilla); both read as the comma form
    for a, b in FOLD.items():
        table[a] = (table[b][0], table[b][1])
    return table


# code point -> the code point whose letter it spells (after lowercasing): S/s and T/t with cedilla -> comma below
FOLD = {0x015E: 0x0219, 0x015F: 0x0219, 0x0162: 0x021B, 0x0163: 0x021B}


def char_runs(table):
    """Compress the table into runs (start, length, delta, script)."""
    runs = []
    cps = sorted(table)
    for cp in cps:
        m, s = table[cp]
        d = m - cp
        if runs:
            st, ln, dd, ss = runs[-1]
            if st + ln == cp and dd == d and ss == s:
                runs[-1] = (st, ln + 1, dd, ss)
                continue
        runs.append((cp, 1, d, s))
    return runs


_TRANS = None


def translation():
    global _TRANS
    if _TRANS is None:
        t = build_char_table()
        trans = {}
        for cp in range(MAX_CP):
            if cp in t:
                m = t[cp][0]
                if m != cp:
                    trans[cp] = m
            else:
                if not (0xD800 <= cp <= 0xDFFF):
                    trans[cp] = 0x20
        _TRANS = (trans, t)
    return _TRANS


def normalise(text):
    """Lowercased letters, every run of non-letters one space."""
    trans, _ = translation()
    text = "".join(c if ord(c) < MAX_CP else " " for c in text) if any(ord(c) >= MAX_CP for c in text) else text
    return text.translate(trans)


def tokens(text):
    return normalise(text).split()


HASH_SEED = 0x811C9DC5
HASH_MULT = 0x9E3779B1


def poly_hash(cps, h=HASH_SEED):
    """Polynomial hash over code points, extended one code point at a time:
    h = (h + c) * HASH_MULT (mod 2**32). The multiplication after the addition
    carries the last code point into the high bits, which pick a key's home slot."""
    for c in cps:
        h = ((h + c) * HASH_MULT) & 0xFFFFFFFF
    return h


WORD_MARK = 0x01


def word_key(word):
    """Key of a word: the hash of 0x01 followed by the word's code points."""
    return poly_hash([WORD_MARK] + [ord(c) for c in word])


def ngram_key(gram):
    """Key of a character n-gram: the hash of its code points."""
    return poly_hash(ord(c) for c in gram)


def ngrams_of_token(tok, maxn=5):
    """All character n-grams (1..maxn) of ' tok ' (the spaces mark word edges),
    as (order, string). The lone space unigram is skipped."""
    s = " " + tok + " "
    L = len(s)
    out = []
    for i in range(L):
        for n in range(1, maxn + 1):
            if i + n > L:
                break
            g = s[i:i + n]
            if g == " ":
                continue
            out.append((n, g))
    return out
