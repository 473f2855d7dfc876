// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import StageKit

/// How a modifier shifts a weekday, month or calendar unit.
enum Mod: UInt8 {
  case none
  /// "last": the previous week / month / year
  case last
  /// "next": the following week / month / year
  case next
  /// "this": the current week / month / year
  case this
  /// "dernier", "pasado", "i mandags": the most recent one before the DCT
  case recent
  /// "prochain", "kommende": the first one after the DCT
  case upcoming
  /// "på" (da/nb/sv): only before a weekday, the coming one
  case onwd
  case next2, last2
}

enum Unit: UInt8 {
  case none, day, week, month, year, decade, weekend, hour, minute, fortnight
  /// Spanish "quincena", Portuguese "quinzena": fifteen days
  case fifteenDays
  /// seconds, counted in durations only ("45 segundos" PT45S)
  case second

  /// Hours, minutes and seconds: units of a time of day, which name no date when counted from one.
  var isTimeOfDay: Bool { self == .hour || self == .minute || self == .second }

  /// The unit's letter in an ISO 8601 duration and whether it belongs after the "T" (nil for units that have none of
  /// their own: decades, weekends and fortnights are written in other units).
  var isoDesignator: (letter: String, time: Bool)? {
    switch self {
    case .year: return ("Y", false)
    case .month: return ("M", false)
    case .week: return ("W", false)
    case .day: return ("D", false)
    case .hour: return ("H", true)
    case .minute: return ("M", true)
    case .second: return ("S", true)
    default: return nil
    }
  }
}

/// Everything the stage knows about one word or phrase of a language.
struct Lex {
  var month: Int8 = 0
  var monthShort = false
  var wd: Int8 = 0
  var wdShort = false
  /// "fridays": a plural weekday, counted ("three fridays from now")
  var wdPlural = false
  var wdMod: Mod = .none
  var rel: Int8 = 0
  var hasRel = false
  var mod: Mod = .none
  var pmod: Mod = .none
  /// how this modifier moves a weekday when that differs from how it moves a unit
  /// ("nächsten Mittwoch" is the coming one, "nächste Woche" the following week)
  var wdNext: Mod = .none
  var unit: Unit = .none
  /// "the day", "the month": the current unit when nothing follows that says otherwise
  var cur: Unit = .none
  var num: Int16 = 0
  /// a unit word that carries its own count: the Arabic dual "يومين" (2), Polish "tydzień" after "za" (1)
  var count: Int8 = 0
  var ord: Int16 = 0
  var dec: Int16 = 0
  /// 1 + index of a holiday rule in `Lexicon.holidays`, or 0
  var holiday: Int16 = 0
  /// "en huit": the weekday before it falls on or after this many weeks from the DCT
  var wdWeeks: Int8 = 0
  /// a season: 1 spring, 2 summer, 3 autumn, 4 winter (TIMEX3 SP, SU, FA, WI)
  var season: Int8 = 0
  /// a Roman numeral 11…30 ("XXI", "XIXe"), read only before or after a century word
  var roman: Int8 = 0
  /// a word naming a period of a year or an era: 1 half ("half", "Halbjahr", "semestre"), 2 century
  /// ("century", "Jahrhundert", "siglo"), 3 the "H" of "H1 2017", 4 a half-year ("Halbjahr", "semestre")
  var period: Int8 = 0
  var flags: UInt16 = 0
  var flags2: UInt16 = 0
  /// `fwd`, `clock` (the two words below)
  var flags3: UInt8 = 0
  /// Dutch "voor" ("before" and "for", tag `extyear`): it widens the span of a date that names its year, or of an edge
  /// ("[voor 2018]", "[voor maart 2015]", "[voor het eind van dit jaar]"), and stays out before any other date ("voor
  /// [volgend weekend]", "voor [de 9e van mei]")
  var extYearOnly = false
  /// Portuguese "todo", "toda" (tag `wholeafter`): the whole unit only after it ("o [dia todo]", "a [semana toda]", as
  /// "inteiro" is); before a unit without an article they mean "every" and name no date ("todo dia", "toda semana")
  var wholeAfter = false
  /// an edge noun that is also a verb of the first person (Portuguese "começo", Italian "inizio"; tag `edgeof`): it
  /// widens a date only through a word for "of" ("no [começo de 2017]"); before any other word it is the verb
  /// ("Começo em [1 de jan de 2017]", "Começo [a partir do dia 20]")
  var edgeOfOnly = false
  /// a unit word that names the current unit only right after a definite article (tag `curdef`: "no [fim de semana]",
  /// "el [fin de semana]", "am [Wochenende]"); "um fim de semana", "todo fim de semana" name none
  var curAfterArticle = false
  /// a preposition written together with a definite article (tag `defart`: Portuguese "no", "do", Italian "nel", German
  /// "am"), or an article the lexicon knows only as the opening word of a date (French "le")
  var definiteArticle = false
  /// a plural unit word ("weeks", "Wochen", "semanas"; tag `pl`): after a modifier without a count it names no one unit
  /// ("in the coming days", "in den vergangenen Jahren", "nas últimas semanas" are no date)
  var plural = false
  /// Portuguese "o", "os" (tag `artout`): an article that stays out of a relative unit after a plain preposition
  /// ("para o [próximo fim de semana]"), as the article written on a preposition does ("no [mês passado]")
  var articleOutAfterPrep = false
  /// Portuguese "no", "na", "em" (tag `wkout`): in the news convention a preposition that stays out before a weekday of
  /// a named week ("na [sexta-feira da próxima semana]"), where English "on" and Dutch "op" stay in ("[on tuesday of
  /// next week]", "[op dinsdag van volgende week]")
  var weekdayOfWeekOut = false
  /// Dutch grammatical gender (tag `gender:c` common, `gender:n` neuter) of an article or a noun: a neuter article does
  /// not open a relative unit of common gender, so "het" is a pronoun in "Wat kostte het [afgelopen maand]?"
  var gender: Int8 = 0

  /// "until", "bis", "jusqu'à", "ab": a date without its year or week after it is the coming one ("until Thursday")
  static let forward: UInt8 = 1
  /// Dutch "om" in "om 20 uur": a number and hour word after it are a time of day, no duration
  static let clock: UInt8 = 2
  /// Arabic "من" in "بعد ثلاث سنوات من أعمال البناء" ("after three years of construction"): before a word that
  /// is no date, the counted units after an "in" word are how long something lasted
  static let durationOf: UInt8 = 4
  /// English "upcoming": "the upcoming two days" is the day two steps ahead; other "coming" words after an article
  /// count a period in the news convention ("the coming two weeks", "in den kommenden drei Tagen": a duration)
  static let stepsAhead: UInt8 = 8
  /// "anderthalb", "anderhalve": an amount of one and a half
  static let oneAndHalf: UInt8 = 16
  /// "and a half", "y medio", "et demi", "en een half": adds a half to the count of the unit it follows or precedes
  /// ("a year and a half", "twee en een half jaar")
  static let andHalf: UInt8 = 32
  /// "week", "KW", "semana": before a number 1…53 (and a year) it names an ISO week ("week 42", "KW 42", "W05 2017")
  static let weekNumber: UInt8 = 64
  /// "all", "ganzen", "de hele", "tutto il" before a unit word, "entero" after it: the whole unit, a duration of one
  /// ("all week" P1W, "den ganzen Monat", "un mes entero")
  static let whole: UInt8 = 128

  static let ago: UInt16 = 1
  static let agoPre: UInt16 = 2
  static let inPre: UInt16 = 4
  static let later: UInt16 = 8
  static let tod: UInt16 = 16
  static let fill: UInt16 = 32
  static let decIntro: UInt16 = 64
  static let decSuffix: UInt16 = 128
  static let ambiguous: UInt16 = 256
  static let ordSuffix: UInt16 = 512
  static let lead: UInt16 = 1024
  static let yearPrep: UInt16 = 2048
  /// "end of", "mid", "earlier", "after": widens the span of the date that follows
  static let ext: UInt16 = 4096
  /// "the", "el": an article a unit expression may start with ("el mes pasado")
  static let article: UInt16 = 8192
  /// a preposition or article that may open a date phrase ("on", "am", "le", "på")
  static let prep: UInt16 = 16384
  /// "orthodox": the Easter holiday that follows is counted from Orthodox Easter
  static let orthodox: UInt16 = 32768

  /// "hundred", "thousand", "and" inside a number in words (in `flags2`)
  static let mult100: UInt32 = 1 << 16
  static let mult1000: UInt32 = 1 << 17
  static let numAnd: UInt32 = 1 << 18
  /// "after", "from", "después de": a span of time counted from the date that follows ("3 days after X")
  static let anchorAfter: UInt32 = 1 << 19
  /// "before", "voor": counted back from the date that follows
  static let anchorBefore: UInt32 = 1 << 20
  /// "or later", "and greater": widens the span of the date before it
  static let extPost: UInt32 = 1 << 21
  /// "quarter", "Quartal", "trimestre": the word after an ordinal naming a quarter of a year
  static let quarter: UInt32 = 1 << 22
  /// "q" in "Q3 2018", "2017-q1"
  static let qmark: UInt32 = 1 << 23
  /// "el día", "dia": a word for "day" that a day number (or number word) follows ("el día 18", "dia 12")
  static let dayWord: UInt32 = 1 << 24
  /// "del" in "el 17 del 11": a preposition before a month written as its number
  static let monthNumPrep: UInt32 = 1 << 25
  /// "roku", "r." in Polish "w 1962 roku": a year word after a year number names that year (no duration)
  static let yearPost: UInt32 = 1 << 26
  /// "from", "vom", "du", "van": opens a range "from X to Y"
  static let rangeFrom: UInt32 = 1 << 27
  /// "to", "bis", "au", "tot": joins the two dates of a range
  static let rangeTo: UInt32 = 1 << 28
  /// "and", "en", "y": joins the two dates of a range only after a "between" word
  static let rangeAnd: UInt32 = 1 << 29
  /// "between", "zwischen", "entre", "tussen": opens a range "between X and Y"
  static let rangeBetween: UInt32 = 1 << 30
  /// "the end of": as the first date of a range, the range starts where that date ends
  static let edgeEnd: UInt32 = 1 << 31

  /// The lexicon tags that only set flags (`flags` in the low 16 bits, `flags2` in the high ones).
  static let flagTags: [String: UInt32] = [
    "ago": UInt32(ago), "agopre": UInt32(agoPre), "in": UInt32(inPre), "later": UInt32(later),
    "tod": UInt32(tod), "fill": UInt32(fill), "lead": UInt32(lead | fill), "decintro": UInt32(decIntro),
    "decsuf": UInt32(decSuffix), "amb": UInt32(ambiguous), "ordsuf": UInt32(ordSuffix),
    "yprep": UInt32(yearPrep), "ext": UInt32(ext), "art": UInt32(article), "prep": UInt32(prep),
    "orth": UInt32(orthodox),
    "numand": numAnd, "anchor": anchorAfter, "anchorneg": anchorBefore, "extpost": extPost,
    "quarter": quarter, "qmark": qmark, "mnum": monthNumPrep, "ypost": yearPost, "rfrom": rangeFrom,
    "rto": rangeTo, "rand": rangeAnd, "rbetween": rangeBetween, "redge": edgeEnd,
    "dayw": UInt32(lead | fill) | dayWord,
  ]

  /// A range word and nothing else ("to", "between", "y"): no date starts with it.
  var onlyRange: Bool {
    flags == 0 && flags2 & ~UInt16((Lex.rangeFrom | Lex.rangeTo | Lex.rangeAnd | Lex.rangeBetween | Lex.edgeEnd) >> 16) == 0
      && month == 0 && wd == 0 && !hasRel && mod == .none && pmod == .none && wdNext == .none && unit == .none
      && cur == .none && num == 0 && ord == 0 && dec == 0 && holiday == 0 && wdWeeks == 0 && season == 0
      && roman == 0 && period == 0 && flags3 & (Lex.oneAndHalf | Lex.whole | Lex.weekNumber) == 0
  }

  /// "half" (1) or a word for a half-year (4: "Halbjahr", "semestre", "halvår"), which names one without its year
  var isHalf: Bool { period == 1 || period == 4 }

  func has(_ f: UInt16) -> Bool { flags & f != 0 }
  func has(_ f: UInt8) -> Bool { flags3 & f != 0 }
  func has(_ f: UInt32) -> Bool { UInt32(flags2) << 16 & f != 0 }
}

/// Hashes of normalised words (lowercase, ’ as '), shared by the tokenizer and the lexicon.
enum WordHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  @inline(__always) static func add(_ h: UInt64, _ b: UInt8) -> UInt64 {
    (h ^ UInt64(b)) &* 0x100_0000_01b3
  }
  @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    (a &* 0x9e37_79b9_7f4a_7c15) ^ (b &+ 0x632b_e59b_d9b4_e019)
  }
}

/// Phrase hash -> index in a lexicon's `infos` (-1: a prefix of a longer phrase only): open addressing
/// over two flat arrays, read-only once built; the matcher looks up every word of the text here.
struct PhraseTable {
  private let keys: UnsafeMutablePointer<UInt64>
  private let vals: UnsafeMutablePointer<Int32>
  private let mask: Int
  let count: Int
  /// marks an empty slot (entries are -1 or an index)
  static let empty = Int32.min

  init(_ entries: [UInt64: Int32]) {
    var size = 16
    while size < entries.count * 3 { size <<= 1 }
    keys = .allocate(capacity: size)
    keys.initialize(repeating: 0, count: size)
    vals = .allocate(capacity: size)
    vals.initialize(repeating: PhraseTable.empty, count: size)
    mask = size - 1
    count = entries.count
    for (k, v) in entries {
      var i = PhraseTable.slot(k) & mask
      while vals[i] != PhraseTable.empty { i = (i + 1) & mask }
      keys[i] = k
      vals[i] = v
    }
  }

  @inline(__always) static func slot(_ h: UInt64) -> Int {
    Int(truncatingIfNeeded: (h &* 0x9e37_79b9_7f4a_7c15) >> 32)
  }

  var isEmpty: Bool { count == 0 }

  @inline(__always) subscript(_ h: UInt64) -> Int32? {
    var i = PhraseTable.slot(h) & mask
    while true {
      let v = vals[i]
      if v == PhraseTable.empty { return nil }
      if keys[i] == h { return v }
      i = (i + 1) & mask
    }
  }

  func deallocate() {
    keys.deallocate()
    vals.deallocate()
  }
}

/// A language's word table: month and weekday names from the locale's
/// calendar symbols, relative expressions from `Resources/lexicon/<lang>.json`.
/// Built once per language and process (`forLanguage`), read-only afterwards.
final class Lexicon: @unchecked Sendable {
  let lang: String
  /// the entries, in flat storage the lexicon owns (read by every worker, never written)
  let infos: UnsafeBufferPointer<Lex>
  let holidays: [HolidayRule]
  let table: PhraseTable
  let maxPhrase: Int
  let dayFirst: Bool
  let dotOrdinal: Bool
  /// days are written with cardinal number words ("le vingt-cinq")
  let cardinalDays: Bool
  /// months may be written as numbers or ordinal words after a day ("siebter 4.", "7. vierter 2016")
  let ordinalMonths: Bool
  /// nouns are written with a capital letter (German)
  let capitalNouns: Bool
  /// month names are written in lower case (a capitalised one inside a sentence may be a name: "sur Mars")
  let lowerMonths: Bool
  /// the article before a day number belongs to the date ("[il 22/04]"); false: it stays outside in the news
  /// convention ("né le [23 novembre]", "avant le [15.05.99]")
  let dayArticle: Bool
  /// an ordinal may follow its noun ("الربع الأول", "القرن الحادي والعشرين")
  let ordinalAfter: Bool
  /// words written onto the next one (Arabic و ب ل ف): UTF-8 bytes, longest first
  let proclitics: [[UInt8]]
  /// phrases of one or two words before a number that make it a count ("more than", "plus de", "ponad"): hashes
  let countBefore: Set<UInt64>
  /// "meer dan", "langer dan", "mais de": a comparison before a duration belongs to its span ("[meer dan 4 dagen]")
  let compareBefore: Set<UInt64>
  /// "about", "rund", "cerca de", "près de", "exatos": phrases of one or two words that make the count after them
  /// approximate or exact; with `countBefore` they may stand between an "ago" or "in" word and its count ("[hace casi 30
  /// años]", "[vor rund 30 Jahren]", "[in about two weeks]"): hashes
  let approxBefore: Set<UInt64>
  /// nouns a number names one of ("room 2015", "Flug 2016", "página 2012"): that number is no year
  let labelBefore: Set<UInt64>
  /// nouns after a number that make it a count ("people", "Menschen", "personnes"): word hashes
  let countAfter: Set<UInt64>
  /// nouns of streets, squares and bridges whose names may be a date ("Avenida 9 de Julio", "Rua 25 de Março"): hashes
  let streetBefore: Set<UInt64>
  /// the words that join the items of a list ("and", "or", "e", "ou", "og", "eller"): hashes
  let listJoin: Set<UInt64>
  /// letters that are a unit only written onto the number they count ("3h", "10D", "2W", "3Y"): word hash -> index in
  /// `infos` of the unit's entry (the letter alone keeps its own entry, "H1 2018", "W05")
  let gluedUnits: [UInt64: Int32]

  init(lang: String) {
    let b = LexiconBuilder(lang: lang)
    self.lang = lang
    let storage = UnsafeMutableBufferPointer<Lex>.allocate(capacity: max(b.infos.count, 1))
    _ = storage.initialize(from: b.infos)
    infos = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(storage)[0..<b.infos.count])
    holidays = b.holidays
    table = PhraseTable(b.table)
    maxPhrase = b.maxPhrase
    dayFirst = b.dayFirst
    dotOrdinal = b.dotOrdinal
    cardinalDays = b.cardinalDays
    ordinalMonths = b.ordinalMonths
    capitalNouns = b.capitalNouns
    lowerMonths = b.lowerMonths
    dayArticle = b.dayArticle
    ordinalAfter = b.ordinalAfter
    proclitics = b.proclitics.map { Array($0.utf8) }.sorted { $0.count > $1.count }
    countBefore = Set(b.countBefore.compactMap(LexiconBuilder.phraseHash))
    compareBefore = Set(b.compareBefore.compactMap(LexiconBuilder.phraseHash))
    approxBefore = Set((b.approxBefore + b.countBefore).compactMap(LexiconBuilder.phraseHash))
    labelBefore = Set(b.labelBefore.compactMap(LexiconBuilder.phraseHash))
    countAfter = Set(b.countAfter.compactMap(LexiconBuilder.phraseHash))
    streetBefore = Set(b.streetBefore.compactMap(LexiconBuilder.phraseHash))
    listJoin = Set(b.listJoin.compactMap(LexiconBuilder.phraseHash))
    gluedUnits = b.gluedUnits
  }

  /// The length in bytes of a proclitic written onto word token `t` ("و" of "وأمس", "ل" of "لعام"), when the
  /// rest of the word is in the table; and the rest as a token. Only for words in a script with proclitics.
  func proclitic(_ p: UnsafeBufferPointer<UInt8>, _ t: Token) -> (Int, Token)? {
    for c in proclitics where t.end - t.start > c.count {
      var same = true
      for (j, b) in c.enumerated() where p[t.start + j] != b {
        same = false
        break
      }
      guard same else { continue }
      // a tatweel may stretch the proclitic ("فـأمس")
      var from = t.start + c.count
      while from + 1 < t.end, p[from] == 0xD9, p[from + 1] == 0x80 { from += 2 }
      var rest: Token?
      Tokenizer.scan(p, from, t.end) { u in if rest == nil { rest = u } }
      if let r = rest, r.kind == .word, r.end == t.end, table[r.hash] != nil { return (r.start - t.start, r) }
    }
    return nil
  }

  /// Tokenizes `p[from..<to]` into `line`, splitting proclitics off the words they are written onto.
  func tokenize(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ line: inout LineBuffer) {
    if proclitics.isEmpty {
      Tokenizer.scan(p, from, to) { line.append($0) }
      return
    }
    // the hash of the phrase the previous tokens continue, so "والعشرين" of "الحادي والعشرين" stays whole
    var chain: UInt64? = nil
    Tokenizer.scan(p, from, to) { t in
      let h = t.kind == .word ? t.hash : t.kind == .number ? UInt64(t.value) &+ 0x5555 : 0
      let prev = chain
      chain = nil
      if t.kind != .punct {
        if let c = prev, table[WordHash.combine(c, h)] != nil { chain = WordHash.combine(c, h) } else if table[h] != nil { chain = h }
      }
      // Arabic-script words (lead bytes D8-DB) that the table does not know
      if t.kind == .word, chain == nil, p[t.start] &- 0xD8 < 4, let (n, rest) = proclitic(p, t) {
        chain = table[rest.hash] != nil ? rest.hash : nil
        var head: Token?
        Tokenizer.scan(p, t.start, t.start + n) { u in if head == nil { head = u } }
        if var h = head {
          h.space = t.space
          line.append(h)
          var r = rest
          r.space = false
          line.append(r)
          return
        }
      }
      line.append(t)
    }
  }

  deinit {
    UnsafeMutableRawPointer(mutating: infos.baseAddress)?.deallocate()
    table.deallocate()
  }
  // MARK: the per-process cache

  private static let lock = NSLock()
  nonisolated(unsafe) private static var cache: [String: Lexicon] = [:]

  /// Builds the lexicon of every language with a `Resources/lexicon/<lang>.json` (and of no language) once
  /// per process, so that a stage instance is ready when created and documents are not billed for the setup.
  static let prepared: Bool = {
    for lang in [""] + tableLanguages.sorted() { _ = forLanguage(lang) }
    return true
  }()

  /// The languages with a `Resources/lexicon/<lang>.json`.
  static let tableLanguages: Set<String> = {
    guard let dir = StageResources.path(for: "Resources/lexicon", target: "Dates"),
      let files = try? FileManager.default.contentsOfDirectory(atPath: dir)
    else { return [] }
    return Set(files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
  }()

  /// A language code as the tables name it: "da-DK" -> "da", "no"/"nn" -> "nb", "und" -> "".
  static func normalised(_ raw: String) -> String {
    var lang = raw.lowercased()
    if let cut = lang.firstIndex(where: { $0 == "-" || $0 == "_" }) { lang = String(lang[..<cut]) }
    if lang == "no" || lang == "nn" { lang = "nb" }
    if lang == "und" { lang = "" }
    return lang
  }

  /// True when the language has its own tables (not only the locale's calendar names).
  static func hasTables(_ raw: String) -> Bool { tableLanguages.contains(normalised(raw)) }

  static func forLanguage(_ raw: String) -> Lexicon {
    let lang = normalised(raw)
    lock.lock()
    defer { lock.unlock() }
    if let l = cache[lang] { return l }
    let l = Lexicon(lang: lang)
    cache[lang] = l
    return l
  }
}

/// Builds the tables of a `Lexicon`.
private final class LexiconBuilder {
  var infos: [Lex] = []
  var holidays: [HolidayRule] = []
  /// phrase hash -> index in `infos`, or -1 for a prefix of a longer phrase only
  var table: [UInt64: Int32] = [:]
  var maxPhrase = 1
  var dayFirst = true
  var dotOrdinal = false
  var cardinalDays = false
  var ordinalMonths = false
  var capitalNouns = false
  var lowerMonths = false
  var dayArticle = true
  var ordinalAfter = false
  var proclitics: [String] = []
  var countBefore: [String] = []
  var compareBefore: [String] = []
  var approxBefore: [String] = []
  var labelBefore: [String] = []
  var countAfter: [String] = []
  var streetBefore: [String] = []
  var listJoin: [String] = []
  var gluedUnits: [UInt64: Int32] = [:]

  /// The hash of a phrase as the text's tokens of it combine (words only).
  static func phraseHash(_ phrase: String) -> UInt64? {
    var hashes: [UInt64] = []
    var s = phrase
    s.withUTF8 { buf in Tokenizer.scan(buf, 0, buf.count) { tok in if tok.kind == .word { hashes.append(tok.hash) } } }
    guard var h = hashes.first else { return nil }
    for x in hashes.dropFirst() { h = WordHash.combine(h, x) }
    return h
  }

  init(lang: String) {
    guard !lang.isEmpty else { return }
    let json = LexiconBuilder.loadJSON(lang)
    tracksPhrases = !(json?["elision"] as? [String] ?? []).isEmpty
    var locales = (json?["locales"] as? [String]) ?? [lang]
    if locales.isEmpty { locales = [lang] }
    dayFirst = (json?["dayFirst"] as? Bool) ?? true
    dotOrdinal = (json?["dotOrdinal"] as? Bool) ?? false
    cardinalDays = (json?["cardinalDays"] as? Bool) ?? false
    ordinalMonths = (json?["ordinalMonths"] as? Bool) ?? false
    capitalNouns = (json?["capitalNouns"] as? Bool) ?? false
    lowerMonths = (json?["lowerMonths"] as? Bool) ?? false
    dayArticle = (json?["dayArticle"] as? Bool) ?? true
    ordinalAfter = (json?["ordinalAfter"] as? Bool) ?? false
    proclitics = json?["proclitics"] as? [String] ?? []
    countBefore = json?["countBefore"] as? [String] ?? []
    compareBefore = json?["compareBefore"] as? [String] ?? []
    approxBefore = json?["approxBefore"] as? [String] ?? []
    labelBefore = json?["labelBefore"] as? [String] ?? []
    countAfter = json?["countAfter"] as? [String] ?? []
    streetBefore = json?["streetBefore"] as? [String] ?? []
    listJoin = json?["listJoin"] as? [String] ?? []
    if let glued = json?["gluedUnits"] as? [String: String] {
      let units: [String: Unit] = ["D": .day, "W": .week, "M": .month, "Y": .year, "H": .hour]
      for (letter, code) in glued {
        guard let u = units[code], let h = LexiconBuilder.phraseHash(letter) else { continue }
        var l = Lex()
        l.unit = u
        gluedUnits[h] = Int32(infos.count)
        infos.append(l)
      }
    }
    for loc in locales { addCalendarNames(loc) }
    if let suffixes = json?["ordinalSuffixes"] as? [String] {
      for s in suffixes { add(s) { $0.flags |= Lex.ordSuffix } }
    }
    if let template = json?["recentWeekday"] as? String, template.contains("{}") {
      for (name, wd) in fullWeekdays {
        add(replacing(template, "{}", name)) {
          $0.wd = Int8(wd)
          $0.wdMod = .recent
        }
      }
    }
    // other forms of the full weekday names: "{}s" (fridays, plural), "{}en" (tisdagen, definite)
    if let forms = json?["weekdayForms"] as? [String] {
      for form in forms where form.contains("{}") {
        for (name, wd) in fullWeekdays {
          add(replacing(form, "{}", name)) { if $0.wd == 0 { $0.wd = Int8(wd) } }
        }
      }
    }
    if let form = json?["weekdayPlural"] as? String, form.contains("{}") {
      for (name, wd) in fullWeekdays {
        add(replacing(form, "{}", name)) {
          if $0.wd == 0 { $0.wd = Int8(wd) }
          $0.wdPlural = true
        }
      }
    }
    // "d'octobre": an elided preposition written onto a month name, which then also reads as that preposition
    for prefix in json?["monthElision"] as? [String] ?? [] {
      for (name, m) in fullMonths {
        add(prefix + name) {
          if $0.month == 0 { $0.month = Int8(m) }
          $0.flags |= Lex.fill
        }
      }
    }
    // the declined forms of a holiday's name: the opening words of a name in its nominative and in the forms text uses
    // after a preposition ("Internationaler Tag der Pressefreiheit" -> "am Internationalen Tag der Pressefreiheit",
    // Polish "Światowy Dzień Wody" -> "z okazji Światowego Dnia Wody"); `holidayForms` holds [nominative, form, ...]
    let holidayForms = (json?["holidayForms"] as? [[String]] ?? []).filter { $0.count > 1 }
    func applyHoliday(_ name: String, _ tag: String) {
      apply(name, tag)
      for forms in holidayForms where name.hasPrefix(forms[0]) {
        for form in forms.dropFirst() where form != forms[0] { apply(form + name.dropFirst(forms[0].count), tag) }
        break
      }
    }
    for (rule, names) in LexiconBuilder.sharedHolidays {
      for name in names { applyHoliday(name, "hol:" + rule) }
    }
    if let words = json?["words"] as? [String: String] {
      for (phrase, tags) in words {
        for tag in tags.split(separator: " ") {
          if tag.hasPrefix("hol:") { applyHoliday(phrase, String(tag)) } else { apply(phrase, String(tag)) }
        }
      }
    }
    addSpelledNumbers(locales[0], ordinals: json?["ordinalWords"] as? [String: Any])
    // regional number words of further locales ("septante", "nonante" in Belgium and Switzerland, "huitante" in
    // Switzerland): the cardinals up to a hundred, where the first locale has no such word
    for loc in (json?["numberLocales"] as? [String]) ?? [] { addRegionalNumbers(loc) }
    // "zweieinhalb", "fünfeinhalb": a number word with the language's word for "and a half" written on (`halfSuffix`)
    if let suffix = json?["halfSuffix"] as? String { addHalfNumbers(locales[0], suffix: suffix) }
    addRomanNumerals(suffixes: json?["ordinalSuffixes"] as? [String] ?? [])
    // "dell'ottobre", "all'immacolata", "l'ultimo": an elided article or preposition written onto a word
    // that opens with a vowel; the joined word means what the word means and also reads as that preposition
    let elisions = json?["elision"] as? [String] ?? []
    if !elisions.isEmpty {
      let vowels = Set("aeiouàáâèéêìíîòóôùúûh")
      for (phrase, idx) in phraseIndex.sorted(by: { $0.key < $1.key }) {
        guard let c = phrase.first, vowels.contains(c), !phrase.contains("'") else { continue }
        let src = infos[Int(idx)]
        for prefix in elisions where phraseIndex[prefix + phrase] == nil {
          add(prefix + phrase) { l in
            l = src
            l.flags |= Lex.fill
          }
        }
      }
    }
    addMonthPrefixes()
    addUnaccentedForms()
    phraseIndex = [:]
  }

  /// phrase -> index in `infos`, while the table is built
  private var phraseIndex: [String: Int32] = [:]
  /// `phraseIndex` holds every phrase for the languages with elisions, otherwise only those with a letter
  /// outside ASCII (the unaccented forms are made from them)
  private var tracksPhrases = false

  /// The hash of a phrase as the matcher computes it from the text (nil: no word in it).
  private func phraseHash(_ phrase: String) -> UInt64? {
    var hashes: [UInt64] = []
    var s = phrase
    s.withUTF8 { buf in
      Tokenizer.scan(buf, 0, buf.count) { tok in
        if tok.kind == .word { hashes.append(tok.hash) } else if tok.kind == .number {
          hashes.append(UInt64(tok.value) &+ 0x5555)
        }
      }
    }
    guard var h = hashes.first else { return nil }
    for x in hashes.dropFirst() { h = WordHash.combine(h, x) }
    return h
  }

  /// A phrase whose entry names a holiday and nothing else.
  private func onlyHoliday(_ phrase: String) -> Bool {
    guard let h = phraseHash(phrase), let idx = table[h], idx >= 0 else { return false }
    var plain = infos[Int(idx)]
    guard plain.holiday > 0 else { return false }
    plain.holiday = 0
    return plain.onlyRange && plain.flags == 0 && plain.flags2 == 0 && plain.flags3 == 0
  }

  /// A phrase no entry has yet (a prefix of longer phrases only counts as free).
  private func isFree(_ phrase: String) -> Bool {
    guard let h = phraseHash(phrase) else { return false }
    return (table[h] ?? -1) < 0
  }

  /// Writers without the keys drop the letters the tokenizer keeps apart (å ä æ ö ø ü ß): "Marz", "Maerz",
  /// "sondag", "lordag", "Fruhling", "naeste ar". Every phrase with such a letter also answers to its plain
  /// form and its transliteration (ä -> ae, å -> aa), when that form is free in the language: Danish "før"
  /// does not become "for", which is a word of its own there.
  private func addUnaccentedForms() {
    // scalar -> (plain form, transliteration)
    func forms(_ c: Unicode.Scalar) -> (String, String)? {
      switch c {
      case "å": return ("a", "aa")
      case "ä": return ("a", "ae")
      case "æ": return ("ae", "ae")
      case "ö": return ("o", "oe")
      case "ø": return ("o", "oe")
      case "ü": return ("u", "ue")
      case "ß": return ("ss", "ss")
      // Polish letters writers without the keys type plain ("piatek", "srode", "poczatku"); ó folds in the tokenizer
      case "ą": return ("a", "a")
      case "ć": return ("c", "c")
      case "ę": return ("e", "e")
      case "ł": return ("l", "l")
      case "ń": return ("n", "n")
      case "ś": return ("s", "s")
      case "ź", "ż": return ("z", "z")
      default: return nil
      }
    }
    let found = phraseIndex.filter { $0.key.unicodeScalars.contains { $0.value >= 0xDF && forms($0) != nil } }
    for (phrase, idx) in found.sorted(by: { $0.key < $1.key }) {
      let src = infos[Int(idx)]
      for translit in [false, true] {
        var form = ""
        for c in phrase.unicodeScalars {
          if c.value >= 0xDF, let f = forms(c) { form += translit ? f.1 : f.0 } else { form.unicodeScalars.append(c) }
        }
        guard isFree(form) else { continue }
        add(form) { $0 = src }
      }
    }
  }

  /// Month abbreviations people write that the locale's data lacks ("fév", "Sep" in German): the first three
  /// letters of a Latin-script month name, when no other month starts with them and the word is free.
  private func addMonthPrefixes() {
    var byPrefix: [String: Set<Int>] = [:]
    var fromLong = Set<String>()
    for (name, m) in fullMonths where name.unicodeScalars.allSatisfy({ $0.value < 0x250 }) {
      let letters = Array(name)
      guard letters.count >= 3, letters.prefix(3).allSatisfy(\.isLetter) else { continue }
      byPrefix[String(letters.prefix(3)), default: []].insert(m)
      if letters.count > 4 { fromLong.insert(String(letters.prefix(3))) }
    }
    // (a holiday word is free for it too: Swedish "jul" is Christmas alone and July before a day, "Jul 18")
    for (p, ms) in byPrefix.sorted(by: { $0.key < $1.key }) where ms.count == 1 && (fromLong.contains(p) && isFree(p) || onlyHoliday(p)) {
      add(p) {
        $0.month = Int8(ms.first!)
        $0.monthShort = true
      }
    }
  }

  private var fullWeekdays: [(String, Int)] = []
  private var fullMonths: [(String, Int)] = []

  /// Holiday names shared by all languages (`Resources/holidays.json`), rule -> names.
  static let sharedHolidays: [(String, [String])] = {
    guard let path = StageResources.path(for: "Resources/holidays.json", target: "Dates"),
      let data = FileManager.default.contents(atPath: path),
      let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let table = obj["holidays"] as? [String: [String]]
    else { return [] }
    return table.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }()

  static func loadJSON(_ lang: String) -> [String: Any]? {
    guard let path = StageResources.path(for: "Resources/lexicon/\(lang).json", target: "Dates"),
      let data = FileManager.default.contents(atPath: path),
      let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return nil }
    return obj
  }

  static func normalise(_ s: String) -> String {
    // lowercase, without dots and soft hyphens, trimmed of blanks (tab and the space separators)
    var scalars = s.lowercased().unicodeScalars.filter { $0 != "." && $0 != "\u{00AD}" }[...]
    func blank(_ c: Unicode.Scalar) -> Bool { c == "\t" || c.properties.generalCategory == .spaceSeparator }
    while let c = scalars.first, blank(c) { scalars.removeFirst() }
    while let c = scalars.last, blank(c) { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }

  private func addCalendarNames(_ loc: String) {
    // the Gregorian calendar's names in the locale (the same as a DateFormatter's, several times cheaper to get)
    var f = Calendar(identifier: .gregorian)
    f.locale = Locale(identifier: loc)
    let full = f.monthSymbols + f.standaloneMonthSymbols
    let short = f.shortMonthSymbols + f.shortStandaloneMonthSymbols
    var fullNames = Set<String>()
    for (i, s) in full.enumerated() {
      let n = LexiconBuilder.normalise(s)
      guard n.unicodeScalars.contains(where: { CharacterSet.letters.contains($0) }) else { continue }
      fullNames.insert(n)
      fullMonths.append((n, i % 12 + 1))
      add(n) { $0.month = Int8(i % 12 + 1) }
    }
    for (i, s) in short.enumerated() {
      let n = LexiconBuilder.normalise(s)
      guard !fullNames.contains(n), n.unicodeScalars.contains(where: { CharacterSet.letters.contains($0) })
      else { continue }
      add(n) {
        $0.month = Int8(i % 12 + 1)
        $0.monthShort = true
      }
    }
    // "enero-febrero", "jan-feb": a hyphen joins two month names into one word, read as the first month
    for list in [Array(full.prefix(12)), Array(short.prefix(12))] {
      let names = list.map(LexiconBuilder.normalise)
      for a in 0..<names.count {
        for b in (a + 1)..<names.count where b - a <= 3 && !names[a].isEmpty && !names[b].isEmpty {
          add(names[a] + "-" + names[b]) { if $0.month == 0 { $0.month = Int8(a + 1) } }
        }
      }
    }
    let wfull = f.weekdaySymbols + f.standaloneWeekdaySymbols
    let wshort = f.shortWeekdaySymbols + f.shortStandaloneWeekdaySymbols
    var wFullNames = Set<String>()
    for (i, s) in wfull.enumerated() {
      let n = LexiconBuilder.normalise(s)
      let wd = i % 7 == 0 ? 7 : i % 7
      guard !n.isEmpty else { continue }
      wFullNames.insert(n)
      fullWeekdays.append((n, wd))
      add(n) { $0.wd = Int8(wd) }
    }
    for (i, s) in wshort.enumerated() {
      let n = LexiconBuilder.normalise(s)
      let wd = i % 7 == 0 ? 7 : i % 7
      guard !n.isEmpty, !wFullNames.contains(n) else { continue }
      add(n) {
        $0.wd = Int8(wd)
        $0.wdShort = true
      }
    }
  }

  /// The locale's spelled-out numbers in `range`, normalised (CLDR spell-out rules through Foundation).
  private static func spelledOut(_ loc: String, _ range: ClosedRange<Int>) -> [(Int, String)] {
    let f = NumberFormatter()
    f.locale = Locale(identifier: loc)
    f.numberStyle = .spellOut
    return range.compactMap { n in f.string(from: NSNumber(value: n)).map { (n, LexiconBuilder.normalise($0)) } }
  }

  /// The numbers 2…20 with `suffix` written on: the number, and the flag `andHalf` that adds its half.
  private func addHalfNumbers(_ loc: String, suffix: String) {
    for (n, w) in LexiconBuilder.spelledOut(loc, 2...20) where !w.contains(" ") && !w.contains("-") {
      add(w + suffix) {
        if $0.num == 0 {
          $0.num = Int16(n)
          $0.flags3 |= Lex.andHalf
        }
      }
    }
  }

  /// Number words 1…100 of a regional locale (`numberLocales`: fr_BE, fr_CH "septante", "nonante"), beside the
  /// language's own.
  private func addRegionalNumbers(_ loc: String) {
    for (n, w) in LexiconBuilder.spelledOut(loc, 1...100) { addCardinal(w, n) }
  }

  /// A cardinal number word, and its hyphens written as spaces: "seventy-two" is also written "seventy two".
  private func addCardinal(_ w: String, _ n: Int) {
    add(w) { if $0.num == 0 { $0.num = Int16(n) } }
    if w.contains("-") { add(replacing(w, "-", " ")) { if $0.num == 0 { $0.num = Int16(n) } } }
  }

  /// Cardinal number words 1…100 from the locale's spell-out rules, and ordinal words 1…31 derived
  /// from them by the language's rule in the lexicon: `"ordinalWords": {"suffixes": [[1, 19, "te"], [20, 31, "ste"]],
  /// "irregular": {"1": "erste"}, "endings": ["", "n", "r"]}` (zwei -> zweite, zweiten, zweiter).
  private func addSpelledNumbers(_ loc: String, ordinals: [String: Any]?) {
    let f = NumberFormatter()
    f.locale = Locale(identifier: loc)
    f.numberStyle = .spellOut
    if let ordinals, let suffixes = ordinals["suffixes"] as? [[Any]] {
      let irregular = ordinals["irregular"] as? [String: String] ?? [:]
      let endings = ordinals["endings"] as? [String] ?? [""]
      for n in 1...31 {
        var word = irregular[String(n)]
        if word == nil, let card = f.string(from: NSNumber(value: n)) {
          for r in suffixes where r.count == 3 {
            if let lo = r[0] as? Int, let hi = r[1] as? Int, let suf = r[2] as? String, n >= lo, n <= hi {
              word = LexiconBuilder.normalise(card) + suf
            }
          }
        }
        guard let w = word else { continue }
        for e in endings { add(w + e) { if $0.ord == 0 { $0.ord = Int16(n) } } }
      }
    }
    var spelled: [Int: String] = [:]
    for n in Array(1...100) + [200, 300, 400, 500, 600, 700, 800, 900, 1000, 2000] {
      guard let s = f.string(from: NSNumber(value: n)) else { continue }
      let w = LexiconBuilder.normalise(s)
      addCardinal(w, n)
      spelled[n] = w
    }
    // years written as one word ("zweitausendsechzehn", "duemilasedici"), also where the locale spaces them but
    // writes "2000" as one word ("tvåtusen tretton" is written "tvåtusentretton" too): the locale's "1900" or
    // "2000" and the rest joined, a doubled vowel at the seam written once ("novecento" + "ottanta" ->
    // "novecentottanta"); spell-out calls are slow, and this is startup time
    if let y2000 = spelled[2000], !y2000.contains(" "), let y1900 = f.string(from: 1900).map(LexiconBuilder.normalise) {
      for n in 1901...2099 where n != 2000 {
        guard let rest = spelled[n % 100] else { continue }
        var head = replacing(n < 2000 ? y1900 : y2000, " ", "")
        if let last = head.last, last == rest.first, "aeiou".contains(last) { head.removeLast() }
        let w = head + replacing(rest, " ", "")
        if !w.contains("-") { add(w) { if $0.num == 0 { $0.num = Int16(n) } } }
      }
      // the years 1901-1999 also as "nineteen hundred" and the rest ("neunzehnhundertneunzig",
      // "negentienhonderdnegentig", "nittonhundranittio"): the bare "hundred" is "200" without its "2"
      if let two = spelled[2], let h200 = spelled[200], h200.hasPrefix(two), !h200.contains(" "), let nineteen = spelled[19],
        !nineteen.contains(" ")
      {
        let hundred = String(h200.dropFirst(two.count))
        for n in 1900...1999 {
          var w = nineteen + hundred
          if n > 1900 {
            guard let rest = spelled[n % 100] else { continue }
            if let last = w.last, last == rest.first, "aeiou".contains(last) { w.removeLast() }
            w += replacing(rest, " ", "")
          }
          if !w.contains("-") { add(w) { if $0.num == 0 { $0.num = Int16(n) } } }
        }
      }
    }
  }

  /// Roman numerals 11…30 ("xxi"), also with the language's ordinal suffixes written onto them ("xxie"); the
  /// smaller ones ("i", "vi", "x") are common words of some language and name no century news speaks of.
  private func addRomanNumerals(suffixes: [String]) {
    let ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
    let tens = ["", "x", "xx", "xxx"]
    let letterSuffixes = [""] + suffixes.filter { $0.unicodeScalars.allSatisfy { CharacterSet.letters.contains($0) } }
    for n in 11...30 {
      let r = tens[n / 10] + ones[n % 10]
      for suf in letterSuffixes { add(r + suf) { if $0.roman == 0 { $0.roman = Int8(n) } } }
    }
  }

  private func apply(_ phrase: String, _ tag: String) {
    let parts = tag.split(separator: ":", maxSplits: 1).map(String.init)
    let key = parts[0]
    let arg = parts.count > 1 ? parts[1] : ""
    func mod(_ s: String) -> Mod {
      switch s {
      case "last": return .last
      case "next": return .next
      case "this": return .this
      case "recent": return .recent
      case "upcoming": return .upcoming
      case "onwd": return .onwd
      case "next2": return .next2
      case "last2": return .last2
      default: return .none
      }
    }
    add(phrase) { l in
      switch key {
      case "rel":
        l.hasRel = true
        l.rel = Int8(arg) ?? 0
      case "mod": l.mod = mod(arg)
      case "pmod": l.pmod = mod(arg)
      case "wdmod": l.wdNext = mod(arg)
      case "unit":
        switch arg {
        case "D": l.unit = .day
        case "W": l.unit = .week
        case "M": l.unit = .month
        case "Y": l.unit = .year
        case "DEC": l.unit = .decade
        case "WE": l.unit = .weekend
        case "H": l.unit = .hour
        case "MIN": l.unit = .minute
        case "SEC": l.unit = .second
        case "FN": l.unit = .fortnight
        case "FD": l.unit = .fifteenDays
        default: break
        }
      case "cur":
        switch arg {
        case "D": l.cur = .day
        case "M": l.cur = .month
        case "Y": l.cur = .year
        case "W": l.cur = .week
        case "WE": l.cur = .weekend
        default: break
        }
      case "num": l.num = Int16(arg) ?? 0
      case "count": l.count = Int8(arg) ?? 0
      case "ord": l.ord = Int16(arg) ?? 0
      case "dec": l.dec = Int16(arg) ?? 0
      case "mon":
        l.month = Int8(arg) ?? 0
      case "mshort": l.monthShort = true
      case "wd": l.wd = Int8(arg) ?? 0
      case "wdweeks": l.wdWeeks = Int8(arg) ?? 0
      case "half": l.period = 1
      case "yhalf": l.period = 4
      case "century": l.period = 2
      case "hmark": l.period = 3
      case "season": l.season = Int8(["SP", "SU", "FA", "WI"].firstIndex(of: arg).map { $0 + 1 } ?? 0)
      case "wdshort": l.wdShort = true
      case "fwd": l.flags3 |= Lex.forward
      case "clock": l.flags3 |= Lex.clock
      case "durof": l.flags3 |= Lex.durationOf
      case "ahead": l.flags3 |= Lex.stepsAhead
      case "onehalf": l.flags3 |= Lex.oneAndHalf
      case "andhalf": l.flags3 |= Lex.andHalf
      case "weekno": l.flags3 |= Lex.weekNumber
      case "whole": l.flags3 |= Lex.whole
      case "extyear": l.extYearOnly = true
      case "wholeafter": l.wholeAfter = true
      case "edgeof": l.edgeOfOnly = true
      case "curdef": l.curAfterArticle = true
      case "defart": l.definiteArticle = true
      case "pl": l.plural = true
      case "artout": l.articleOutAfterPrep = true
      case "wkout": l.weekdayOfWeekOut = true
      case "gender": l.gender = arg == "n" ? 2 : arg == "c" ? 1 : 0
      case "mult":
        if arg == "100" { l.flags2 |= UInt16(Lex.mult100 >> 16) }
        if arg == "1000" { l.flags2 |= UInt16(Lex.mult1000 >> 16) }
      case "hol":
        if let rule = HolidayRule.parsed(arg) {
          holidays.append(rule)
          l.holiday = Int16(holidays.count)
        }
      case "adv":
        // a word that is no noun (Dutch "terug", "weg", "thuis"): known, with nothing to say, so that an ordinal day
        // before it is not read as counting it ("Ik kwam de 15e terug", not "de 15e verdieping")
        break
      default:
        if let bits = Lex.flagTags[key] {
          l.flags |= UInt16(truncatingIfNeeded: bits)
          l.flags2 |= UInt16(truncatingIfNeeded: bits >> 16)
        }
      }
    }
  }

  /// Adds or updates the entry of a phrase (split into tokens like the text is).
  func add(_ phrase: String, _ update: (inout Lex) -> Void) {
    var hashes: [UInt64] = []
    var s = phrase
    s.withUTF8 { buf in
      Tokenizer.scan(buf, 0, buf.count) { tok in
        if tok.kind == .word { hashes.append(tok.hash) } else if tok.kind == .number {
          hashes.append(UInt64(tok.value) &+ 0x5555)
        }
      }
    }
    guard !hashes.isEmpty else { return }
    var h = hashes[0]
    for i in 1..<hashes.count {
      if table[h] == nil { table[h] = -1 }
      h = WordHash.combine(h, hashes[i])
    }
    maxPhrase = max(maxPhrase, hashes.count)
    if let idx = table[h], idx >= 0 {
      update(&infos[Int(idx)])
      if tracksPhrases || !phrase.utf8.allSatisfy({ $0 < 0x80 }) { phraseIndex[phrase] = idx }
    } else {
      var l = Lex()
      update(&l)
      table[h] = Int32(infos.count)
      if tracksPhrases || !phrase.utf8.allSatisfy({ $0 < 0x80 }) { phraseIndex[phrase] = Int32(infos.count) }
      infos.append(l)
    }
  }

}

/// `s` with every occurrence of `target` replaced by `with` (compared as Unicode scalars).
func replacing(_ s: String, _ target: String, _ with: String) -> String {
  let u = Array(s.unicodeScalars)
  let t = Array(target.unicodeScalars)
  guard !t.isEmpty else { return s }
  var out = String.UnicodeScalarView()
  var i = 0
  while i < u.count {
    if i + t.count <= u.count, u[i..<(i + t.count)].elementsEqual(t) {
      out.append(contentsOf: with.unicodeScalars)
      i += t.count
    } else {
      out.append(u[i])
      i += 1
    }
  }
  return String(out)
}

/// The text of a signed number without its "+" signs.
func withoutPlus<S: StringProtocol>(_ s: S) -> String { String(s.filter { $0 != "+" }) }

/// A holiday rule, written compactly in the lexicon:
/// - a fixed day "12-25", optionally moved on some weekdays "04-27@7=-1" (a Sunday moves to the Saturday);
/// - a day relative to Western Easter "E+49" or to Orthodox Easter "O-48";
/// - the n-th weekday of a month "11/4/4+1" (the day after the 4th Thursday of November);
/// - a day of another calendar "isl:10.1", "heb:1.10-1", "chi:1.1" (Islamic Umm al-Qura, Hebrew, Chinese),
///   with weekday moves "@5=-1,7=+1", an offset "-1" (the eve) and "<5" (back to the Friday on or before);
/// - a day in a calendar of exactly 365 days, given by one of its dates "P365:2018-08-17";
/// - a day of the Hindu lunisolar calendar (computed in `Hindu`): lunar day 1…30 of an amanta month
///   1…12 (Chaitra…Phalguna) "hin:7.30h18" (the lunar day current at 18h IST; at sunrise without "h"),
///   the day the sun enters a sidereal sign 1…12 (Mesha…Meena) "sun:10+1", or the day of a solar month
///   when the moon is in a lunar mansion 1…27 "star:5.22h8.5"; all take an offset in days "+1"/"-2".
struct HolidayRule {
  enum Kind {
    case fixed(m: Int, d: Int)
    case easter(Int)
    case orthodox(Int)
    case nth(m: Int, n: Int, wd: Int, plus: Int)
    case lunar(cal: Calendar.Identifier, m: Int, d: Int)
    case cycle(anchor: Int, period: Int)
    case hindu(m: Int, tithi: Int, hour: Double?)
    case solar(sign: Int)
    case star(sign: Int, star: Int, hour: Double?)
  }
  let kind: Kind
  var moves: [Int: Int] = [:]
  var plus = 0
  var backTo = 0

  init(kind: Kind) { self.kind = kind }

  private static let parsedLock = NSLock()
  nonisolated(unsafe) private static var parsedRules: [String: HolidayRule?] = [:]

  /// `HolidayRule(raw)`, parsed once per process (every language names the shared holidays).
  static func parsed(_ raw: String) -> HolidayRule? {
    parsedLock.lock()
    defer { parsedLock.unlock() }
    if let r = parsedRules[raw] { return r }
    let r = HolidayRule(raw)
    parsedRules[raw] = .some(r)
    return r
  }

  init?(_ raw: String) {
    var s = Substring(raw)
    // trailing "<W"
    if let r = s.lastIndex(of: "<") {
      guard let w = Int(s[s.index(after: r)...]) else { return nil }
      backTo = w
      s = s[..<r]
    }
    func parseMoves(_ t: Substring) -> [Int: Int]? {
      var m: [Int: Int] = [:]
      for part in t.split(separator: ",") {
        let kv = part.split(separator: "=")
        guard kv.count == 2, let w = Int(kv[0]), let k = Int(withoutPlus(kv[1])) else { return nil }
        m[w] = k
      }
      return m
    }
    if let colon = s.firstIndex(of: ":"), ["hin", "sun", "star"].contains(s[..<colon]) {
      // Hindu calendar: "hin:7.30h19-1" (month.tithi, taken at 19h IST, minus one day),
      // "sun:10+1" (the day after the sun enters the 10th sidereal sign), "star:5.22h8.5" (the moon's mansion at 8:30 in a solar month)
      var body = s[s.index(after: colon)...]
      if let r = body.dropFirst().firstIndex(where: { $0 == "+" || $0 == "-" }) {
        guard let k = Int(withoutPlus(body[r...])) else { return nil }
        plus = k
        body = body[..<r]
      }
      var hour: Double?
      if let h = body.firstIndex(of: "h") {
        guard let v = Double(body[body.index(after: h)...]) else { return nil }
        hour = v
        body = body[..<h]
      }
      let parts = body.split(separator: ".").compactMap { Int($0) }
      switch (s[..<colon], parts.count) {
      case ("hin", 2): kind = .hindu(m: parts[0], tithi: parts[1], hour: hour)
      case ("sun", 1): kind = .solar(sign: parts[0])
      case ("star", 2): kind = .star(sign: parts[0], star: parts[1], hour: hour)
      default: return nil
      }
    } else if s.hasPrefix("P365:") {
      let parts = s.dropFirst(5).split(separator: "-").compactMap { Int($0) }
      guard parts.count == 3 else { return nil }
      kind = .cycle(anchor: Cal.days(parts[0], parts[1], parts[2]), period: 365)
    } else if let colon = s.firstIndex(of: ":") {
      let calName = s[..<colon]
      let cal: Calendar.Identifier
      switch calName {
      case "isl": cal = .islamicUmmAlQura
      case "heb": cal = .hebrew
      case "chi": cal = .chinese
      default: return nil
      }
      var body = s[s.index(after: colon)...]
      if let at = body.firstIndex(of: "@") {
        var movesText = body[body.index(after: at)...]
        // the moves end where the offset begins ("=+1-1": the last sign that does not follow "=")
        var cut = movesText.endIndex
        var i = movesText.startIndex
        while i < movesText.endIndex {
          let c = movesText[i]
          if (c == "+" || c == "-"), i > movesText.startIndex, movesText[movesText.index(before: i)] != "=" { cut = i; break }
          i = movesText.index(after: i)
        }
        let tail = movesText[cut...]
        movesText = movesText[..<cut]
        guard let m = parseMoves(movesText) else { return nil }
        moves = m
        body = body[..<at] + tail
      }
      var md = body
      if let r = body.dropFirst().firstIndex(where: { $0 == "+" || $0 == "-" }) {
        guard let k = Int(withoutPlus(body[r...])) else { return nil }
        plus = k
        md = body[..<r]
      }
      let parts = md.split(separator: ".").compactMap { Int($0) }
      guard parts.count == 2 else { return nil }
      kind = .lunar(cal: cal, m: parts[0], d: parts[1])
    } else if s.hasPrefix("E") || s.hasPrefix("O") {
      guard let k = Int(withoutPlus(s.dropFirst())) else { return nil }
      kind = s.hasPrefix("E") ? .easter(k) : .orthodox(k)
    } else if s.contains("/") {
      var parts = s.split(separator: "/").map(String.init)
      guard parts.count == 3 else { return nil }
      var p = 0
      if let r = parts[2].firstIndex(where: { $0 == "+" || $0 == "-" }), r != parts[2].startIndex {
        p = Int(withoutPlus(parts[2][r...])) ?? 0
        parts[2] = String(parts[2][..<r])
      }
      guard let m = Int(parts[0]), let n = Int(parts[1]), let wd = Int(parts[2]) else { return nil }
      kind = .nth(m: m, n: n, wd: wd, plus: p)
    } else {
      var body = s
      if let at = body.firstIndex(of: "@") {
        guard let m = parseMoves(body[body.index(after: at)...]) else { return nil }
        moves = m
        body = body[..<at]
      }
      let parts = body.split(separator: "-").compactMap { Int($0) }
      guard parts.count == 2 else { return nil }
      kind = .fixed(m: parts[0], d: parts[1])
    }
  }

  /// The same rule counted from Orthodox Easter ("orthodox good friday").
  var orthodox: HolidayRule? {
    guard case .easter(let k) = kind else { return nil }
    var r = self
    r = HolidayRule(kind: .orthodox(k))
    return r
  }

  /// The day number of the holiday in year `y` (nil when that calendar has no such day that year).
  func day(in y: Int) -> Int? {
    var z: Int
    switch kind {
    case .fixed(let m, let d): z = Cal.days(y, m, min(d, Cal.monthLength(y, m)))
    case .easter(let k): z = Cal.easter(y) + k
    case .orthodox(let k): z = Cal.orthodoxEaster(y) + k
    case .nth(let m, let n, let wd, let p): z = Cal.nthWeekday(y, m, n, wd) + p
    case .lunar(let cal, let m, let d):
      guard moves.isEmpty && plus == 0 && backTo == 0 else {
        // a day moved from the calendar's own may cross into the year before or after: the first moved day in year y
        // (the last Friday of a Ramadan that ends on January 2 is in December of the year before)
        let near = [Cal.otherCalendarDays(cal, m, d, inGregorianYear: y - 1).last].compactMap { $0 }
          + Cal.otherCalendarDays(cal, m, d, inGregorianYear: y)
          + [Cal.otherCalendarDays(cal, m, d, inGregorianYear: y + 1).first].compactMap { $0 }
        return near.map(adjusted).first { Cal.civil($0).y == y }
      }
      guard let v = Cal.otherCalendarDay(cal, m, d, inGregorianYear: y) else { return nil }
      z = v
    case .cycle(let anchor, let period):
      let a = Cal.civil(anchor)
      z = anchor + period * (y - a.y)
    case .hindu(let m, let t, let hour):
      guard let v = Hindu.lunarDay(month: m, tithi: t, hour: hour, year: y) else { return nil }
      z = v
    case .solar(let sign): z = Hindu.sankrantiDay(sign - 1, year: y)
    case .star(let sign, let star, let hour):
      guard let v = Hindu.starDay(sign: sign - 1, star: star, hour: hour, year: y) else { return nil }
      z = v
    }
    return adjusted(z)
  }

  /// Day `z` of the rule's calendar moved by its weekday moves, its offset and its step back to a weekday.
  private func adjusted(_ z0: Int) -> Int {
    var z = z0
    if let k = moves[Cal.weekday(z)] { z += k }
    z += plus
    if backTo > 0 { z -= (Cal.weekday(z) - backTo + 7) % 7 }
    return z
  }
}
