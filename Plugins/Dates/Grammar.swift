// SPDX-License-Identifier: GPL-3.0-or-later

/// What an expression means before it is anchored on the DCT.
enum Expr {
  /// an absolute or partial calendar date; a missing year is inferred from the DCT
  case date(y: Int?, m: Int?, d: Int?, wd: Int?)
  case year(Int)
  /// the first three digits of a decade: 199 -> "199X"
  case decade(Int)
  case relDay(Int)
  case weekday(Int, Mod, weekOffset: Int?)
  case monthRel(Int, Mod)
  case unitRel(Unit, Int)
  /// the weekend named by its definite article alone ("the weekend", "no fim de semana", "am Wochenende", "i helgen"):
  /// the most recent one in the news convention (the DCT's own on a Saturday or Sunday), the coming one in
  /// direction=future, as a bare weekday
  case definiteWeekend
  case offset(Unit, Int)
  case duration(Unit, Double)
  /// the n-th (or -1: last) weekday (0: day, `weekOfMonth`: week) of a month, or of a month relative to the DCT
  case nthInMonth(n: Int, wd: Int, y: Int?, m: Int?, monthShift: Int?)
  /// the n-th (or -1: last) weekday (0: day, `weekOfMonth`: week) of a year relative to the DCT's: "the first Sunday
  /// of this year"
  case nthInYear(n: Int, wd: Int, yearShift: Int)
  /// a holiday (index into the lexicon's rules) in a given year, or the nearest one
  case holiday(Int, y: Int?, mod: Mod, orthodox: Bool, yearShift: Int?)
  /// "three fridays from now" (+3), "2 thursdays ago" (-2)
  case weekdayCount(Int, Int)
  /// a quarter of a year (1…4): of a given year, of a year relative to the DCT, or relative to the DCT's quarter
  case quarter(q: Int?, y: Int?, yearShift: Int?, shift: Int?)
  /// "lundi en huit": the first such weekday on or after n weeks from the DCT
  case weekdayInWeeks(Int, Int)
  /// a month or year relative to the DCT with the n-th of it: "the 9th month of next year"
  case monthOfYear(m: Int, yearShift: Int?, y: Int?)
  /// "3 days after Easter", "twee dagen voor gisteren": a span of units counted from another date
  indirect case anchored(Unit, Int, Expr)
  /// "Monday two weeks from now" (the weekday in the week of the date counted to, `after` false),
  /// "two months from today on Tuesday" (the first such weekday after it, `after` true)
  indirect case weekdayOf(Int, Expr, after: Bool)
  /// the ISO week holding a day: "de week van 16 september", "la semana del 16 de septiembre"
  indirect case weekOf(Expr)
  /// a day and month whose year a modifier picks: "this 5/12" (the DCT's year), "next 5/12" (the next one)
  case dayOfYear(m: Int, d: Int, Mod)
  /// a day of the month that a modifier places after (next) or before (last) the DCT: "no próximo dia 5"; with a
  /// weekday, the nearest such day that falls on it: "na próxima segunda-feira, dia 1º"
  case dayNear(Int, Mod, wd: Int?)
  /// a season (1 spring … 4 winter) of a given year, or of a year relative to the DCT's
  case season(Int, y: Int?, yearShift: Int)
  /// a half of a year (1, 2): of a given year or of a year relative to the DCT's
  case half(Int, y: Int?, yearShift: Int?)
  /// an ISO week of a given year or of the DCT's: "week 42", "KW 42", "W05 2017"
  case isoWeek(y: Int?, w: Int)
  /// a century: its first two digits (20 for "the 21st century"), or relative to the DCT's ("last century")
  case century(base: Int?, shift: Int)
  /// tokens consumed with nothing to say (an invalid date)
  case nothing
}

/// The "weekday" of `nthInMonth` and `nthInYear` that stands for a week: "the first week of May" is the week of
/// 1 May, the second the week of 8 May, the last the week of the month's last day.
let weekOfMonth = 8
/// The "weekday" that stands for a weekend: the n-th (last) weekend of a month is that of its n-th (last) Saturday.
let weekendOfMonth = 9

/// `v` is one of the values after it.
@inline(__always) func oneOf(_ v: Int, _ a: Int, _ b: Int, _ c: Int, _ d: Int = -1, _ e: Int = -1, _ f: Int = -1) -> Bool {
  v == a || v == b || v == c || v == d || v == e || v == f
}

/// One part of a compact date: a number (its value and digits) or a month name.
struct Component {
  var num: Int
  var digits: Int
  var month: Int
}

/// The first three parts of a compact date (and how many there were).
struct Components {
  private var a = Component(num: 0, digits: 0, month: 0)
  private var b = Component(num: 0, digits: 0, month: 0)
  private var c = Component(num: 0, digits: 0, month: 0)
  private(set) var count = 0

  mutating func append(_ x: Component) {
    switch count {
    case 0: a = x
    case 1: b = x
    case 2: c = x
    default: break
    }
    count += 1
  }

  subscript(_ i: Int) -> Component { i == 0 ? a : i == 1 ? b : c }
}

struct Match {
  var first: Int
  var end: Int  // token index after the last
  var expr: Expr
}

/// The tokens of one line and what the lexicon says about them, in storage a stage instance
/// keeps from line to line (grown when a line needs more, never shrunk).
struct LineBuffer {
  private(set) var toks: UnsafeMutablePointer<Token>
  private(set) var idx: UnsafeMutablePointer<Int32>
  private(set) var end: UnsafeMutablePointer<Int>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 256) {
    self.capacity = capacity
    toks = .allocate(capacity: capacity)
    idx = .allocate(capacity: capacity)
    end = .allocate(capacity: capacity)
  }

  /// Frees the storage (the owner's deinit).
  func deallocate() {
    toks.deallocate()
    idx.deallocate()
    end.deallocate()
  }

  mutating func removeAll() { count = 0 }
  var isEmpty: Bool { count == 0 }

  @inline(__always) mutating func append(_ t: Token) {
    if count == capacity { grow() }
    (toks + count).initialize(to: t)
    count += 1
  }

  private mutating func grow() {
    let c = capacity * 2
    let t = UnsafeMutablePointer<Token>.allocate(capacity: c)
    t.moveInitialize(from: toks, count: count)
    toks.deallocate()
    toks = t
    idx.deallocate()
    end.deallocate()
    idx = .allocate(capacity: c)
    end = .allocate(capacity: c)
    capacity = c
  }

  var tokens: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: toks, count: count) }
}

/// The matcher: one set of general rules over tokens tagged by a language's lexicon.
struct Parser {
  let toks: UnsafeBufferPointer<Token>
  let lexIdx: UnsafeBufferPointer<Int32>  // index into lex.infos or -1, for the phrase starting at a token
  let lexEnd: UnsafeBufferPointer<Int>  // token index after that phrase
  let infos: UnsafeBufferPointer<Lex>
  let lex: Lexicon
  let standalone: Bool
  /// the article before a day number stays outside the date (the news convention of some languages);
  /// direction=future keeps the expression as written
  let dayArticleOut: Bool
  /// direction=future: the convention of the duckling-derived suites
  let future: Bool

  /// A parser over the tokens of `line` (valid while `line` is not changed).
  init(line: LineBuffer, lex: Lexicon, standalone: Bool, future: Bool = false) {
    let toks = line.tokens
    self.toks = toks
    self.lex = lex
    self.infos = lex.infos
    self.standalone = standalone
    self.dayArticleOut = !lex.dayArticle && !future
    self.future = future
    let idx = line.idx
    let end = line.end
    let table = lex.table
    let maxPhrase = lex.maxPhrase
    let useTable = !table.isEmpty
    /// the longest phrase at token `i` that ends at or before token `limit`, stored in idx[i], end[i]
    func scan(_ i: Int, _ limit: Int) {
      idx[i] = -1
      end[i] = useTable ? i + 1 : 0
      guard useTable else { return }
      let t = toks[i]
      // a phrase opens with a word, or with a number the lexicon writes first ("1. Advent", "2. pinsedag")
      let th = t.kind == .word ? t.hash : t.kind == .number ? UInt64(t.value) &+ 0x5555 : 0
      guard t.kind != .punct, var e = table[th] else { return }
      var best: Int32 = t.kind == .word ? e : -1
      var bestEnd = i + 1
      var h = th
      var j = i + 1
      var skipped = 0
      while j < limit, j - i - skipped < maxPhrase, e != Int32.min {
        let u = toks[j]
        let uh: UInt64
        // "All Saints' Day", "St. Patrick's Day", "MLK Jr. Day", "Buß- und Bettag": a closing apostrophe, the dot of a
        // short abbreviation or of an ordinal number opening the phrase, or a dash before a space inside a name (phrases
        // are stored without them); a comma after three words of a long name ("International Day Against Homophobia,
        // Biphobia and Transphobia"), kept only when the name goes on (not "Easter, Monday"); a slash glued between a short
        // word and the next, as in an abbreviation ("t/m")
        if u.kind == .punct, !u.space, j + 1 < toks.count, toks[j + 1].kind == .word,
          u.value == 0x27 || (u.value == 0x2D && toks[j + 1].space) || (u.value == 0x2C && toks[j + 1].space && j - i - skipped >= 3)
            || (u.value == 0x2E && toks[j - 1].kind == .word && toks[j - 1].end - toks[j - 1].start <= 3)
            || (u.value == 0x2E && j == i + 1 && t.kind == .number)
            || (u.value == 0x2F && !toks[j + 1].space && toks[j - 1].kind == .word && toks[j - 1].end - toks[j - 1].start <= 2)
        {
          j += 1
          skipped += 1
          continue
        }
        if u.kind == .word { uh = u.hash } else if u.kind == .number { uh = UInt64(u.value) &+ 0x5555 } else { break }
        h = WordHash.combine(h, uh)
        guard let f = table[h] else { break }
        e = f
        j += 1
        if f >= 0 {
          best = f
          bestEnd = j
        }
      }
      if best >= 0 {
        idx[i] = best
        end[i] = bestEnd
      }
    }
    for i in 0..<toks.count { scan(i, toks.count) }
    // a holiday name that starts inside a longer-reaching phrase of other words wins over it: "on the Day of Atonement"
    // is "the" and "Day of Atonement", not "the day" and "of Atonement"
    if useTable {
      for i in 0..<toks.count where end[i] > i + 1 {
        guard idx[i] >= 0, lex.infos[Int(idx[i])].holiday == 0 else { continue }
        for j in (i + 1)..<end[i] where idx[j] >= 0 && end[j] > end[i] && lex.infos[Int(idx[j])].holiday > 0 {
          scan(i, j)
          break
        }
      }
    }
    // a unit letter written onto its number, with nothing written on after it, is that unit: "for [3h]", "[10D]"; not
    // before a word the lexicon does not know, which it names a kind of ("3D printing", "a 4x4 with 2WD")
    if !lex.gluedUnits.isEmpty {
      for i in 1..<max(toks.count, 1) where toks[i].kind == .word && !toks[i].space && toks[i - 1].kind == .number {
        guard let g = lex.gluedUnits[toks[i].hash] else { continue }
        if i + 1 < toks.count, !toks[i + 1].space, toks[i + 1].kind != .punct { continue }
        if i + 1 < toks.count, toks[i + 1].kind == .word, idx[i + 1] < 0 { continue }
        // "March 2d, 2016", "the 3d of May": the letter of an ordinal day next to a month
        func month(_ j: Int) -> Bool { j >= 0 && j < toks.count && idx[j] >= 0 && lex.infos[Int(idx[j])].month > 0 }
        if month(i - 2) || month(i + 1) || month(i + 2) { continue }
        idx[i] = g
        end[i] = i + 1
      }
    }
    lexIdx = UnsafeBufferPointer(start: idx, count: toks.count)
    lexEnd = UnsafeBufferPointer(start: end, count: toks.count)
  }

  @inline(__always) func info(_ i: Int) -> Lex? {
    guard i < toks.count, lexIdx[i] >= 0 else { return nil }
    return infos[Int(lexIdx[i])]
  }
  @inline(__always) func isPunct(_ i: Int, _ c: Int) -> Bool {
    i < toks.count && toks[i].kind == .punct && toks[i].value == c
  }
  @inline(__always) func adjacent(_ i: Int) -> Bool { i < toks.count && !toks[i].space }
  @inline(__always) func isNumber(_ i: Int) -> Bool { i < toks.count && toks[i].kind == .number }

  /// A capitalised word inside a sentence ("in May", not "may" or a sentence-opening "May I").
  func properNoun(_ k: Int) -> Bool {
    guard k < toks.count, toks[k].cap, k > 0 else { return false }
    let p = toks[k - 1]
    return !(p.kind == .punct && oneOf(p.value, 0x2E, 0x21, 0x3F, 0x22, 0x3A))
  }

  /// Nothing but punctuation from token `k` to the end of the line.
  func onlyPunctuation(from k: Int) -> Bool {
    var j = k
    while j < toks.count {
      guard toks[j].kind == .punct, oneOf(toks[j].value, 0x2E, 0x21, 0x3F, 0x2C) else { return false }
      j += 1
    }
    return true
  }

  /// Tokens `0..<k` are prepositions and articles only ("on the", "på den", "au mois de"); with `modifiers`, also the
  /// words of a relative modifier ("the next", "in den letzten", "past") before a counted period.
  func onlyPrepositions(before k: Int, modifiers: Bool = false) -> Bool {
    var j = 0
    while j < k {
      guard let l = info(j), l.has(Lex.prep) || l.has(Lex.fill) || l.has(Lex.yearPrep) || l.has(Lex.lead) || l.has(Lex.article)
        || (modifiers && l.mod != .none && l.mod != .onwd && l.wd == 0 && l.month == 0 && l.unit == .none && !l.hasRel)
      else { return false }
      j = lexEnd[j]
    }
    return j == k
  }

  /// Where an "until" or "from (now on)" word (`fwd`) opens the date at `first` or stands just before it
  /// ("until [Thursday]", "[jusqu'à Noël]", "bis zum [20. Februar]"), or nil.
  func forwardWord(_ first: Int) -> Int? {
    var j = max(0, first - 4)
    while j <= first && j < toks.count {
      if let l = info(j), l.has(Lex.forward) {
        var k = lexEnd[j]
        if k < first, let p = info(k), p.has(Lex.prep) || p.has(Lex.article) || p.has(Lex.fill), !p.has(Lex.forward) { k = lexEnd[k] }
        // (not the second half of a range: "4. bis 22. Mai", "Montag bis Freitag")
        var b = j - 1
        if b >= 0, toks[b].kind == .punct, b > 0 { b -= 1 }
        let dateBefore = b >= 0 && (isNumber(b) || (info(b).map { $0.month > 0 || $0.wd > 0 || $0.holiday > 0 } ?? false))
        if (j == first || k == first) && !dateBefore { return j }
      }
      j += 1
    }
    return nil
  }

  /// A date that names its year ("2018", "maart 2015", "Q3 2017", "de jaren '80").
  static func namesYear(_ e: Expr) -> Bool {
    switch e {
    case .year, .decade, .century, .date(_?, _, _, _), .quarter(_, _?, _, _), .season(_, _?, _), .half(_, _?, _), .holiday(_, _?, _, _, _):
      return true
    default: return false
    }
  }

  /// A date that names no year or week of its own, which a `fwd` word places after the DCT.
  static func forwardReading(_ e: Expr) -> Bool {
    switch e {
    case .weekday(_, .none, nil), .monthRel(_, .none), .date(nil, _, _?, _), .holiday(_, nil, .none, _, nil): return true
    default: return false
    }
  }

  /// The longest match starting at token `i`.
  func match(at i: Int) -> Match? {
    let t = toks[i]
    let l = info(i)
    if t.kind == .word && (l == nil || l!.onlyRange) {
      // "III kwartale 2015 r."
      guard smallRoman(i) != nil, var m = quarter(i) else { return nil }
      if m.end < toks.count, isNumber(m.end - 1), let p = info(m.end), p.has(Lex.yearPost) { m.end = yearPostEnd(m.end) }
      return m
    }
    if t.kind == .punct && t.value != 0x27 { return nil }
    var best: Match?
    func consider(_ m: Match?) {
      guard let m else { return }
      if best == nil || m.end > best!.end { best = m }
    }
    consider(compact(i))
    consider(textual(i))
    consider(relative(i))
    consider(decade(i))
    consider(nth(i))
    if let h = holiday(i) {
      // a holiday word that is also a month's abbreviation (Swedish "jul"): the month only with a day ("Jul 18"),
      // also when a dot ends the sentence after it ("Vi ses til jul.")
      let sameEnd = best.map { $0.end == h.end || ($0.end == h.end + 1 && isPunct(h.end, 0x2E) && h.end + 1 >= toks.count) } ?? false
      if let b = best, sameEnd, case .monthRel = b.expr { best = h }
      else if let b = best, sameEnd, case .date(_, _, nil, _) = b.expr { best = h }
      else { consider(h) }
    }
    // (a month range opens with a month, "the day after" with an article or a word for "day")
    consider(monthRange(i) ?? dayAnchored(i))
    consider(quarter(i))
    consider(season(i))
    consider(century(i))
    consider(weekOfDate(i))
    consider(monthNamed(i))
    if best == nil { consider(year(i)) }
    // (not after a count of hours or minutes, which the word counts from: "[3 minutos] a partir de [hoje]")
    if best == nil, let l = l, l.has(Lex.ext), !afterTimeCount(i), !l.edgeOfOnly || edgeNounTakesDate(lexEnd[i]) {
      // "end of 1989", "later this year", "after Feb 2018": the span grows, the value stays
      var k = lexEnd[i]
      if isPunct(k, 0x2D), adjacent(k), adjacent(k + 1) { k += 1 }  // "mid-2016"
      if isAbbreviationDot(k) { k += 1 }  // "ca. 1850"
      var hops = 0
      var edge = false
      // an article the date leaves out ("avant le [15.05.99]") leaves the edge word out too
      var articleLeftOut = false
      // (a word for "day" with its article, "el día", opens the date after it: "[hasta el día 15]")
      while k < toks.count, hops < 3, let f = info(k), f.has(Lex.fill) || f.has(Lex.ext) || f.has(Lex.yearPrep) || f.has(Lex.article), f.month == 0,
        f.unit == .none, f.mod == .none, f.cur == .none, !f.has(Lex.dayWord)
      {
        if f.has(Lex.ext) { edge = true }
        if f.has(Lex.lead), dayArticleOut { articleLeftOut = true }
        k = lexEnd[k]
        hops += 1
      }
      if k < toks.count, k > i, var inner = match(at: k) {
        if articleLeftOut, isNumber(inner.first) || (info(inner.first).map { $0.num > 0 } ?? false) {
          inner.first = -1
        }
        switch inner.first < 0 ? .nothing : inner.expr {
        case .date, .year, .unitRel, .monthRel, .monthOfYear, .decade, .holiday, .nthInMonth, .nthInYear, .dayOfYear, .quarter, .season,
          .half, .century:
          // (Dutch "voor" is also "for": only a date with its year, or an edge, takes it in)
          if l.extYearOnly, !edge, !Parser.namesYear(inner.expr) { break }
          inner.first = i
          best = inner
        case .weekday where !future && !edge && !l.extYearOnly,
          .relDay where !future && !edge && !l.extYearOnly && !l.has(Lex.rangeTo)
            && (l.has(Lex.yearPrep) || l.has(Lex.forward) || l.has(Lex.anchorAfter) || l.has(Lex.anchorBefore)):
          // in the news convention a bound stays with a weekday as with any other date ("[tot vrijdag]", "[until
          // Thursday]", "[hasta el viernes]"), and so does a since, from or before word with a relative day ("[desde
          // ontem]", "[a partir de amanhã]", "[since yesterday]"); an until word before one stays out, for "até
          // amanhã", "hasta mañana", "bis morgen" are farewells as often as bounds; direction=future keeps the weekday
          // or day alone
          inner.first = i
          best = inner
        default: break
        }
      } else if edge || (!l.has(Lex.prep) && !l.has(Lex.yearPrep)), let u = info(k),
        case let unit = u.unit != .none ? u.unit : u.cur, unit == .year || unit == .month || unit == .week
      {
        // "end of the year", "entro la fine dell'anno": an edge word before a bare unit names the current one (also
        // a unit phrase with its article, English "the year", which alone names the current one only in a short text)
        best = Match(first: i, end: lexEnd[k], expr: .unitRel(unit, 0))
      }
    }
    // "on tuesday of next week": a preposition belongs to a weekday in a following week (not one of tag `wkout` in the
    // news convention: "na [sexta-feira da próxima semana]")
    if best == nil, let l, l.has(Lex.prep), !l.has(Lex.lead), !l.has(Lex.article), future || !l.weekdayOfWeekOut,
      l.mod == .none, l.wd == 0, l.month == 0,
      (info(lexEnd[i])?.wd ?? 0) > 0, var inner = relative(lexEnd[i]), case .weekday(_, _, let k?) = inner.expr, k > 0
    {
      inner.first = i
      best = inner
    }
    // "Monday two weeks from now", "two months from today on Tuesday": a weekday placed by a counted date
    if let b = best {
      if case .weekday(let wd, .none, nil) = b.expr, b.end < toks.count, let c = relative(b.end) {
        switch c.expr {
        case .offset, .anchored: best = Match(first: b.first, end: c.end, expr: .weekdayOf(wd, c.expr, after: false))
        default: break
        }
      } else {
        switch b.expr {
        case .offset(let u, _), .anchored(let u, _, _):
          var k = b.end
          if let p = info(k), p.has(Lex.prep), p.wd == 0 { k = lexEnd[k] }
          // (a count of weeks names the week, so the weekday is that week's, as in "Montag in einer Woche")
          if u != .day, k > b.end, let w = info(k), w.wd > 0, w.wdMod == .none, !w.wdShort {
            best = Match(first: b.first, end: lexEnd[k], expr: .weekdayOf(Int(w.wd), b.expr, after: u != .week))
          }
        default: break
        }
      }
    }
    // "vandaag over een week", "morgen over twee weken", "heute in einer Woche": a day word with a count forward after
    // it is counted from that day
    if let b = best, case .relDay = b.expr, b.end < toks.count, let p = info(b.end), p.has(Lex.inPre),
      let c = relative(b.end), c.first == b.end, case .offset(let u, let n) = c.expr, n > 0
    {
      best = Match(first: b.first, end: c.end, expr: .anchored(u, n, b.expr))
    }
    // "5 de maio passado", "el 3 de marzo pasado", "3 november jl.", "14 november a.s.": a modifier after a day and month
    // without a year picks the year, as one before it does ("el pasado 3 de marzo")
    if let b = best, case .date(nil, let m?, let d?, nil) = b.expr, b.end < toks.count, let p = info(b.end),
      p.pmod == .last || p.pmod == .recent || p.pmod == .next || p.pmod == .upcoming,
      p.wd == 0, p.month == 0, p.unit == .none, !p.hasRel
    {
      best = Match(first: b.first, end: abbreviationEnd(lexEnd[b.end]), expr: .dayOfYear(m: m, d: d, p.pmod))
    }
    // "2018 or later", "año 2016 y más tarde"
    // (not when a date follows it: "antes de 2010 o después de 2018" is two bounds)
    if var b = best, let p = info(b.end), p.has(Lex.extPost), !isNumber(lexEnd[b.end]), !(info(lexEnd[b.end])?.has(Lex.fill) ?? false) {
      b.end = lexEnd[b.end]
      best = b
    }
    // a word for "year" after a date that ends in its year: "5 listopada 2016 roku", "w maju 2015 r."
    if var b = best, b.end > b.first, b.end < toks.count, isNumber(b.end - 1), toks[b.end - 1].digits == 4,
      let p = info(b.end), p.has(Lex.yearPost)
    {
      b.end = yearPostEnd(b.end)
      best = b
    }
    return best
  }

  /// Whether an edge noun that is also a verb (tag `edgeof`) is the noun before token `k`: not before a word for "in"
  /// or another widening word, which follow the verb ("Começo em 1 de jan", "Começo a partir do dia 20")
  func edgeNounTakesDate(_ k: Int) -> Bool {
    guard let f = info(k) else { return true }
    return f.has(Lex.fill) || !(f.has(Lex.ext) || f.has(Lex.yearPrep) || f.has(Lex.inPre))
  }

  /// A count of hours, minutes or seconds ends right before token `i` ("3 minutos", "two hours").
  func afterTimeCount(_ i: Int) -> Bool {
    guard i > 1, let u = info(i - 1), u.unit.isTimeOfDay, lexEnd[i - 1] == i else { return false }
    return isNumber(i - 2) || (info(i - 2).map { $0.num > 0 && lexEnd[i - 2] == i - 1 } ?? false)
  }

  /// Token `k` is the dot of a short abbreviation that is a lexicon word of its own ("ca.", "approx." is not short).
  func isAbbreviationDot(_ k: Int) -> Bool {
    k > 0 && isPunct(k, 0x2E) && adjacent(k) && toks[k - 1].kind == .word && lexEnd[k - 1] == k
      && toks[k - 1].end - toks[k - 1].start <= 3 && lexIdx[k - 1] >= 0
  }

  /// `e`, or the token after it when `e` is the closing dot of an abbreviation the match ends with: a short word of the
  /// lexicon ("vrijdag jl.") or one-letter words joined by dots ("14 november a.s.").
  func abbreviationEnd(_ e: Int) -> Int {
    guard e >= 1, isPunct(e, 0x2E), adjacent(e), toks[e - 1].kind == .word else { return e }
    if isAbbreviationDot(e) { return e + 1 }
    if e >= 3, toks[e - 1].end - toks[e - 1].start == 1, isPunct(e - 2, 0x2E), adjacent(e - 1), adjacent(e - 2),
      toks[e - 3].kind == .word, toks[e - 3].end - toks[e - 3].start == 1
    {
      return e + 1
    }
    return e
  }

  /// The end of a word for "year" after a year, with the dot of its abbreviation ("2016 r.").
  func yearPostEnd(_ k: Int) -> Int {
    let e = lexEnd[k]
    // the abbreviation dot after a short word or dotted phrase ("2016 r.", "2014 A.D.")
    let shortWord = e == k + 1 || (!isPunct(e - 1, 0x2E) && isPunct(e - 2, 0x2E))  // "r", or "d" closing "a.d"
    if shortWord, toks[e - 1].end - toks[e - 1].start <= 2, isPunct(e, 0x2E), adjacent(e) {
      return e + 1
    }
    return e
  }

  /// "de week van 16 september", "la semana del 16 de septiembre", "the week of September 16": the ISO week holding
  /// a day and month; an article before the word for "week" stays, as before a relative unit.
  func weekOfDate(_ i: Int) -> Match? {
    var k = i
    if let a = info(k), a.has(Lex.article) || a.has(Lex.lead), a.unit == .none, a.mod == .none, a.cur == .none, a.month == 0,
      a.wd == 0, a.ord == 0, a.num == 0
    {
      k = lexEnd[k]
    }
    guard k < toks.count, let u = info(k), u.unit == .week, u.mod == .none, !u.hasRel, u.month == 0 else { return nil }
    let f0 = lexEnd[k]
    guard f0 < toks.count, let f = info(f0), f.has(Lex.fill) || f.has(Lex.yearPrep), f.month == 0, f.unit == .none, f.mod == .none
    else { return nil }
    let s = lexEnd[f0]
    guard s < toks.count, let inner = match(at: s), inner.first == s, case .date(_, _?, _?, _) = inner.expr else { return nil }
    return Match(first: i, end: inner.end, expr: .weekOf(inner.expr))
  }

  /// "de maand oktober", "el mes de octubre", "o mês de outubro": the word for "month" before a month's name is part of
  /// it (as "[jaar 2008]" is of its year).
  func monthNamed(_ i: Int) -> Match? {
    // "[de maand mei]": an article that opens a day number (`lead`) stays with the word for "month" too
    if let a = info(i), a.has(Lex.lead), a.has(Lex.article), a.month == 0, a.unit == .none, lexEnd[i] == i + 1,
      i + 1 < toks.count, info(i + 1)?.unit == .month, var m = monthNamed(i + 1)
    {
      m.first = i
      return m
    }
    // "[the month of May]": "the month" is one phrase of the lexicon (the DCT's month, tag `amb`), read here as an
    // article and the word for "month"
    var k: Int
    if let a = info(i), a.cur == .month, a.has(Lex.ambiguous), lexEnd[i] == i + 2, info(i + 1)?.unit == .month {
      k = lexEnd[i]
    } else {
      guard let u = info(i), u.unit == .month, u.mod == .none, !u.hasRel, u.cur == .none, u.month == 0 else { return nil }
      // (not inside a phrase of the lexicon that opens before it: French "au mois de" is a preposition)
      var j = max(0, i - 3)
      while j < i {
        if lexEnd[j] > i { return nil }
        j += 1
      }
      k = lexEnd[i]
    }
    if k < toks.count, let f = info(k), f.has(Lex.fill) || f.has(Lex.yearPrep), f.month == 0, f.unit == .none, f.mod == .none {
      k = lexEnd[k]
    }
    guard k < toks.count, let mo = info(k), mo.month > 0, let inner = match(at: k), inner.first == k else { return nil }
    switch inner.expr {
    case .monthRel, .date(_, _?, nil, _), .monthOfYear: return Match(first: i, end: inner.end, expr: inner.expr)
    default: return nil
    }
  }

  /// "third tuesday of september 2014", "last Sunday of March", "the 15th day of next month",
  /// "første tirsdag i oktober", "the third month of 2021".
  func nth(_ i: Int) -> Match? {
    var k = i
    if let l = info(k), l.has(Lex.lead) || l.has(Lex.article), l.ord == 0 { k = lexEnd[k] }
    var n = 0
    // a day written as an ordinal word after an article: the article stays out, as before "the [second of August]"
    var dayFirst = i
    var nWord = false  // the count is a word ("eerste", "último"), not a day number
    if let l = info(k), l.ord > 0 {
      n = Int(l.ord)
      nWord = !isNumber(k)
      if k > i, !isNumber(k) { dayFirst = k }
      k = lexEnd[k]
      // "fifth last day of May", "the second last Sunday of June": counted from the end of the month
      if n > 1, let z = info(k), z.mod == .last || z.pmod == .last, z.wd == 0, z.unit == .none, z.ord == 0,
        let nx = info(lexEnd[k]), nx.unit == .day || (nx.wd > 0 && nx.wdMod == .none)
      {
        n = -n
        k = lexEnd[k]
      }
    } else if isNumber(k), let (dv, e, ord) = day(k, allowCardinalWord: false), ord || (info(e)?.unit == .day) || relativeMonthFollows(e) {
      n = dv
      k = e
    } else if let l = info(k), l.mod == .last || l.pmod == .last {
      n = -1
      nWord = true
      k = lexEnd[k]
    } else {
      return nil
    }
    var wd = 0
    var isMonth = false
    var wordEnd: Int?
    // an ordinal word and the word for "day" ("de laatste dag", "el primer día"), which a year may follow
    var dayOfYearWord = false
    if let l = info(k), l.wd > 0, l.wdMod == .none {
      wd = Int(l.wd)
    } else if let l = info(k), l.unit == .day {
      wd = 0
      dayOfYearWord = nWord
    } else if let l = info(k), l.unit == .week, l.mod == .none, !l.hasRel, n >= -1, n <= 5, n != 0 {
      // "the second week of June 2017", "die letzte Woche im August": the week holding that week's first day
      wd = weekOfMonth
    } else if let l = info(k), l.unit == .weekend, l.mod == .none, !l.hasRel, n >= -1, n <= 5, n != 0 {
      // "the first weekend of December", "el último fin de semana de mayo": the weekend of that Saturday
      wd = weekendOfMonth
    } else if let s = single(k), s.unit == .day {
      // "le dernier jour de mars": the day word read alone, not as the longer phrase it opens ("jour de")
      wd = 0
      wordEnd = k + 1
      dayOfYearWord = nWord
    } else if let l = info(k), l.unit == .month, n == -1 || (n > 0 && n <= 12) {
      isMonth = true
      if n == -1 { n = 12 }  // "último mês de 2013"
    } else if n > 0, isNumber(k) == false, let l = info(k), l.has(Lex.fill), case let a = bareArticleEnd(lexEnd[k]), let f = info(a),
      f.mod != .none, let u = info(lexEnd[a]), u.unit == .month
    {
      // "20 of next month", "20 ste van de volgende maand", "de [derde van deze maand]"
      return Match(first: dayFirst, end: lexEnd[lexEnd[a]], expr: .nthInMonth(n: n, wd: 0, y: nil, m: nil, monthShift: shift(f.mod)))
    } else if n > 0, n <= 31, isNumber(k) == false, let l = info(k), l.has(Lex.fill), case let a = bareArticleEnd(lexEnd[k]), a > lexEnd[k],
      let u = info(a), u.unit == .month, u.mod == .none, !u.hasRel, u.cur == .none, u.month == 0,
      !(info(lexEnd[a]).map { $0.month > 0 || $0.mod != .none || $0.pmod != .none } ?? false), !isNumber(lexEnd[a])
    {
      // "de 1ste van de maand": the month an article names alone is the current one
      return Match(first: dayFirst, end: lexEnd[a], expr: .nthInMonth(n: n, wd: 0, y: nil, m: nil, monthShift: 0))
    } else if n > 0, isNumber(k) == false, let l = info(k), l.has(Lex.fill), let u = info(lexEnd[k]), u.unit == .month,
      let p = info(lexEnd[lexEnd[k]]), p.pmod != .none
    {
      // "le 15 du mois prochain"
      return Match(first: dayFirst, end: lexEnd[lexEnd[lexEnd[k]]], expr: .nthInMonth(n: n, wd: 0, y: nil, m: nil, monthShift: shift(p.pmod)))
    } else if n > 0, k > i, let f = info(k), f.mod != .none, f.mod != .onwd, f.wd == 0, f.month == 0, let u = info(lexEnd[k]), u.unit == .month {
      // "the 21st this month"
      return Match(first: dayFirst, end: lexEnd[lexEnd[k]], expr: .nthInMonth(n: n, wd: 0, y: nil, m: nil, monthShift: shift(f.mod)))
    } else {
      return nil
    }
    let shortWeekday = wd > 0 && wordEnd == nil && (info(k)?.wdShort ?? false)
    let word = k
    k = wordEnd ?? lexEnd[k]
    // "2. So. im Mai": the dot of a short weekday
    if shortWeekday { k = withWeekdayDot(word: word, end: k) }
    // of / in / im / i / de
    var hops = 0
    while let f = info(k), f.has(Lex.fill) || f.has(Lex.yearPrep), f.month == 0, f.mod == .none, f.unit == .none, hops < 2 {
      k = lexEnd[k]
      hops += 1
    }
    // "d'octobre": the preposition is elided onto the month name; "erster Montag dieses Monats": none is needed
    if hops == 0, !(info(k).map { ($0.month > 0 && $0.has(Lex.fill)) || ($0.mod != .none && $0.wd == 0 && $0.month == 0) } ?? false),
      !(isMonth && yearValue(k, afterMonth: false) != nil),  // "primeiro mês 2013"
      !(wd == weekOfMonth && yearValue(k, afterMonth: false) != nil)  // "in der ersten Woche 2018"
    {
      return nil
    }
    // "du mois d'octobre": the word "month" before a month name written with its elided preposition
    if let u = info(k), u.unit == .month, u.mod == .none, let mo = info(lexEnd[k]), mo.month > 0, mo.has(Lex.fill) { k = lexEnd[k] }
    // "the last day of 2016", "el primer día de 2017": a day of a year named by its number
    if dayOfYearWord, hops > 0, let yv = yearValue(k, afterMonth: false) {
      if n == -1 { return Match(first: i, end: k + 1, expr: .date(y: yv, m: 12, d: 31, wd: nil)) }
      if n >= 1, n <= 31 { return Match(first: i, end: k + 1, expr: .date(y: yv, m: 1, d: n, wd: nil)) }
    }
    // "de laatste week van 2016", "na última semana de 2016": a week of a year named by its number is an ISO week of it
    // "der ersten Woche des Jahres 2018", "la première semaine de l'année 2018": the word "year" before the number
    if wd == weekOfMonth, hops > 0, let u = info(k), u.unit == .year, u.mod == .none, !u.hasRel, lexEnd[k] < toks.count,
      yearValue(lexEnd[k], afterMonth: false) != nil
    {
      k = lexEnd[k]
    }
    if wd == weekOfMonth, let yv = yearValue(k, afterMonth: false) {
      guard let z = Cal.dayInWeek(n, ofYear: yv) else { return nil }
      let day = Cal.civil(z)
      return Match(first: i, end: k + 1, expr: .weekOf(.date(y: day.y, m: day.m, d: day.d, wd: nil)))
    }
    if isMonth {
      if let yv = yearValue(k, afterMonth: false) {
        return Match(first: i, end: k + 1, expr: .monthOfYear(m: n, yearShift: nil, y: yv))
      }
      if let f = info(k), f.mod != .none, let u = info(lexEnd[k]), u.unit == .year {
        return Match(first: i, end: lexEnd[lexEnd[k]], expr: .monthOfYear(m: n, yearShift: shift(f.mod), y: nil))
      }
      return nil
    }
    if let mo = info(k), mo.month > 0 {
      var e = lexEnd[k]
      if mo.monthShort, isPunct(e, 0x2E), adjacent(e) { e += 1 }
      var yv: Int?
      if let yy = yearValue(e, afterMonth: false) {
        yv = yy
        e += 1
      } else if let f = info(e), f.has(Lex.fill) || f.has(Lex.yearPrep), let yy = yearValue(lexEnd[e], afterMonth: false) {
        yv = yy  // "el último domingo de marzo de 2014"
        e = lexEnd[e] + 1
      }
      if n > 5 && wd != 0 { return nil }
      return Match(first: i, end: e, expr: .nthInMonth(n: n, wd: wd, y: yv, m: Int(mo.month), monthShift: nil))
    }
    if let f = info(k), f.mod != .none, let u = info(lexEnd[k]), u.unit == .month {
      return Match(first: i, end: lexEnd[lexEnd[k]], expr: .nthInMonth(n: n, wd: wd, y: nil, m: nil, monthShift: shift(f.mod)))
    }
    if let f = info(k), f.has(Lex.article) || f.has(Lex.lead), let u = info(lexEnd[k]), u.unit == .month {
      return Match(first: i, end: lexEnd[lexEnd[k]], expr: .nthInMonth(n: n, wd: wd, y: nil, m: nil, monthShift: 0))
    }
    // "first Monday in the month": the current month named
    if let u = info(k), u.cur == .month, u.unit == .none, u.mod == .none, (info(lexEnd[k])?.pmod ?? Mod.none) == Mod.none {
      return Match(first: i, end: lexEnd[k], expr: .nthInMonth(n: n, wd: wd, y: nil, m: nil, monthShift: 0))
    }
    // "du mois prochain": a month unit with its modifier after it
    if let u = info(k), u.unit == .month, u.mod == .none, let p = info(lexEnd[k]), p.pmod != .none, p.wd == 0 {
      return Match(first: i, end: lexEnd[lexEnd[k]], expr: .nthInMonth(n: n, wd: wd, y: nil, m: nil, monthShift: shift(p.pmod)))
    }
    // "el primer lunes del mes", "første mandag i måneden": the month named without a modifier is the current one
    if hops > 0, let u = info(k), u.unit == .month, u.mod == .none, u.wd == 0 {
      return Match(first: i, end: lexEnd[k], expr: .nthInMonth(n: n, wd: wd, y: nil, m: nil, monthShift: 0))
    }
    // "of this year", "dieses Jahres", "di quest'anno", "de l'année prochaine"
    if n <= 5 || wd == 0 {
      if let (ys, e) = relativeYear(k) { return Match(first: i, end: e, expr: .nthInYear(n: n, wd: wd, yearShift: ys)) }
      if let u = info(k), u.cur == .year, u.unit == .year, u.mod == .none {
        return Match(first: i, end: lexEnd[k], expr: .nthInYear(n: n, wd: wd, yearShift: 0))
      }
    }
    return nil
  }

  /// The lexicon entry of the word at `k` alone, when it also opens a longer phrase.
  func single(_ k: Int) -> Lex? {
    guard k < toks.count, toks[k].kind == .word, lexEnd[k] > k + 1, let w = lex.table[toks[k].hash], w >= 0 else { return nil }
    return infos[Int(w)]
  }

  /// "jan feb 2017": a span of months of one year, valued as its first month.
  func monthRange(_ i: Int) -> Match? {
    guard let a = info(i), a.month > 0, a.wd == 0 else { return nil }
    var k = lexEnd[i]
    if a.monthShort, isPunct(k, 0x2E), adjacent(k) { k += 1 }
    // (with a dash between the months it is a range the range pass joins: "enero-febrero de 2017")
    guard let b = info(k), b.month > 0, b.month != a.month else { return nil }
    k = lexEnd[k]
    if b.monthShort, isPunct(k, 0x2E), adjacent(k) { k += 1 }
    if let f = info(k), f.has(Lex.fill) { k = lexEnd[k] }
    guard let y = yearValue(k, afterMonth: false) else { return nil }
    return Match(first: i, end: k + 1, expr: .date(y: y, m: Int(a.month), d: nil, wd: nil))
  }

  /// "christmas", "easter 2013", "next halloween", "Pfingsten 2022", "orthodox good friday 2020",
  /// "Civil Rights Day of last year", "Easter Sunday two thousand ten".
  func holiday(_ i: Int) -> Match? {
    var k = i
    var mod = Mod.none
    var orthodox = false
    if let l = info(k), l.mod != .none, l.holiday == 0 {
      mod = l.mod
      k = lexEnd[k]
    }
    if let l = info(k), l.has(Lex.orthodox) {
      orthodox = true
      k = lexEnd[k]
    }
    guard let h = info(k), h.holiday > 0 else { return nil }
    let idx = Int(h.holiday) - 1
    var e = lexEnd[k]
    if let p = info(e), p.pmod != .none, mod == .none {
      mod = p.pmod
      e = lexEnd[e]
    }
    var k2 = e
    if let f = info(k2), f.has(Lex.yearPrep) || f.has(Lex.fill), isNumber(lexEnd[k2]) { k2 = lexEnd[k2] }  // "Deepavali in 2019"
    if let yy = yearValue(k2, afterMonth: false) {
      return Match(first: i, end: k2 + 1, expr: .holiday(idx, y: yy, mod: mod, orthodox: orthodox, yearShift: nil))
    }
    if let (yy, ye) = spelledYear(e) {
      return Match(first: i, end: ye, expr: .holiday(idx, y: yy, mod: mod, orthodox: orthodox, yearShift: nil))
    }
    if let (ys, ye) = relativeYear(e) {
      // "black friday of this year", "Civil Rights Day of last year", "Christmas last year", "Ostern letzten Jahres",
      // "la Navidad del año pasado"
      return Match(first: i, end: ye, expr: .holiday(idx, y: nil, mod: mod, orthodox: orthodox, yearShift: ys))
    }
    return Match(first: i, end: e, expr: .holiday(idx, y: nil, mod: mod, orthodox: orthodox, yearShift: nil))
  }

  // MARK: numbers and ordinals


  /// A day of the month at `i`: "14", "1st", "14.", "1er", "third". Returns (day, next index).
  func day(_ i: Int, allowCardinalWord: Bool) -> (Int, Int, Bool)? {
    guard i < toks.count else { return nil }
    let t = toks[i]
    if t.kind == .number, t.digits <= 2, t.value >= 1, t.value <= 31 {
      if i > 0, adjacent(i), toks[i - 1].kind == .punct, oneOf(toks[i - 1].value, 0x24, 0xA3, 0x20AC) { return nil }
      // (not a weekday written with its number: "na 3ª, [4ª] e 5ª")
      if let w = info(i), w.wd > 0 { return nil }
      // a score or time ("Samstag 2:1"), or the first group of a phone number ("le 01 23 45 67 89")
      if isPunct(i + 1, 0x3A) && adjacent(i + 1) && isNumber(i + 2) && adjacent(i + 2)
        || (i > 1 && isPunct(i - 1, 0x3A) && adjacent(i - 1) && adjacent(i) && isNumber(i - 2))
        || (isNumber(i + 1) && isNumber(i + 2) && toks[i + 1].digits <= 2)
      {
        return nil
      }
      var j = i + 1
      var ordinal = false
      if j < toks.count, adjacent(j), let s = info(j), s.has(Lex.ordSuffix) {
        j = lexEnd[j]
        ordinal = true
      } else if j < toks.count, let s = info(j), s.flags == Lex.ordSuffix, s.flags2 == 0, s.flags3 == 0, s.num == 0, s.ord == 0,
        lexEnd[j] == j + 1, toks[j].end - toks[j].start >= 2
      {
        j += 1  // "20 ste": a suffix of two letters or more written apart, when it is no word of its own
        ordinal = true
      } else if isPunct(j, 0xB0), adjacent(j) {
        j += 1  // "1°": a degree sign written for the ordinal indicator
        ordinal = true
      } else if isPunct(j, 0x2E) || isPunct(j, 0x3A), adjacent(j), j + 1 < toks.count, adjacent(j + 1), let s = info(j + 1), s.has(Lex.ordSuffix) {
        j = lexEnd[j + 1]  // "1.º"
        ordinal = true
      } else if lex.dotOrdinal, isPunct(j, 0x2E), adjacent(j), !(isNumber(j + 1) && adjacent(j + 1)) {
        j += 1
        ordinal = true
      }
      return (t.value, j, ordinal)
    }
    if let l = info(i) {
      // an ordinal of tens and one of units written apart: "vigésimo terceiro" (23rd), "décimo primeiro", "trigésima
      // primeira"
      if l.ord == 10 || l.ord == 20 || l.ord == 30, let u = info(lexEnd[i]), u.ord >= 1, u.ord <= 9, u.wd == 0,
        l.ord + u.ord <= 31
      {
        return (Int(l.ord + u.ord), lexEnd[lexEnd[i]], true)
      }
      if l.ord >= 1, l.ord <= 31 { return (Int(l.ord), lexEnd[i], true) }
      if allowCardinalWord, lex.cardinalDays, l.num >= 1, l.num <= 31 {
        // "one" is also the indefinite article ("el próximo lunes un carril"): a day only before its month
        if l.num == 1, !(info(lexEnd[i]).map { $0.month > 0 || ($0.has(Lex.fill) && (info(lexEnd[lexEnd[i]])?.month ?? 0) > 0) } ?? false) {
          return nil
        }
        return (Int(l.num), lexEnd[i], false)
      }
    }
    return nil
  }

  func yearValue(_ i: Int, afterMonth: Bool) -> Int? {
    guard isNumber(i) else { return nil }
    let t = toks[i]
    if t.digits == 4, t.value >= 1000, t.value <= 2999 { return t.value }
    if afterMonth, t.digits == 2 { return expandYear(t.value) }
    return nil
  }

  /// A year in words: "two thousand and ten", "nineteen seventy two", "seventeen hundred thirty three",
  /// "mil novecientos noventa y dos", "dois mil e vinte". Returns the year and the index after it.
  func spelledYear(_ i: Int) -> (Int, Int)? {
    var total = 0
    var current = 0
    var k = i
    var last = i
    var words = 0
    var pair: Int?  // "nineteen seventy two": a first number 10…99 that a second one completes
    var sawMult = false
    while k < toks.count, let l = info(k) {
      if l.num > 0, l.num < 100 {
        if current > 0 && current < 100 && !sawMult && words > 0 && pair == nil && total == 0 && current >= 10 {
          pair = current
          current = 0
        }
        if current % 10 != 0 && current < 100 && l.num < 10 && current > 0 { break }  // "twenty two three"
        current += Int(l.num)
      } else if l.num >= 100, !(l.has(Lex.mult100) && current > 0) {  // "neuf cent": "cent" multiplies the count before it
        if l.num >= 1000 { total += Int(l.num); sawMult = true } else { current += Int(l.num) }
      } else if l.has(Lex.mult100) {
        current = max(current, 1) * 100
        sawMult = true
      } else if l.has(Lex.mult1000) {
        total += max(current, 1) * 1000
        current = 0
        sawMult = true
      } else if l.has(Lex.numAnd), words > 0, let n = info(lexEnd[k]), n.num > 0 || n.has(Lex.mult100) {
        k = lexEnd[k]
        continue
      } else {
        break
      }
      words += lexEnd[k] - k  // "two thousand" is one phrase of two words
      k = lexEnd[k]
      last = k
    }
    let v = pair.map { $0 * 100 + current } ?? total + current
    // one word is a year only as a compound ("zweitausendsechzehn", "duemilasedici"), not "thousand" alone
    guard words >= 2 || (words == 1 && v > 1000 && total > 1000) else { return nil }
    guard v >= 1000, v <= 2999 else { return nil }
    return (v, last)
  }

  /// The year in words at `s..<e` reads as a year after a preposition: three words or more ("two thousand and
  /// twenty"), two numbers 11…99 ("nineteen ninety-nine"), or one compound word ("zweitausendzwölf"), and no unit or
  /// counted noun after it ("in twenty twenty-two days"). After the word for "year" any length does ("ano dois mil").
  func wordYear(_ s: Int, _ e: Int, afterYearWord: Bool = false) -> Bool {
    if e < toks.count, let u = info(e), u.unit != .none { return false }
    if e < toks.count, toks[e].kind == .word, lex.countAfter.contains(toks[e].hash) { return false }
    if e - s >= 3 || e - s == 1 || afterYearWord { return true }
    guard e - s == 2, lexEnd[s] == s + 1, let a = info(s), let b = info(s + 1) else { return false }
    return (11...99).contains(a.num) && (1...99).contains(b.num)
  }

  func expandYear(_ v: Int) -> Int { v < 50 ? 2000 + v : 1900 + v }

  /// A number from 10 to 99 in words at `i`: "vinte", "dezoito", "noventa e dois". Returns the value and the index after it.
  func spelledTens(_ i: Int) -> (Int, Int)? {
    guard let a = info(i), a.num >= 10, a.num < 100, a.month == 0, !a.has(Lex.mult100), !a.has(Lex.mult1000) else { return nil }
    var v = Int(a.num)
    var k = lexEnd[i]
    if v % 10 == 0, v >= 20, let c = info(k), c.has(Lex.numAnd), let u = info(lexEnd[k]), u.num >= 1, u.num <= 9 {
      v += Int(u.num)
      k = lexEnd[lexEnd[k]]
    }
    return (v, k)
  }

  /// A number of units: "2", "two", "a", "anderthalb", "twee en een half" (before its unit).
  @inline(__always) func amount(_ i: Int) -> (Double, Int)? {
    guard let (n, k) = wholeAmount(i) else { return nil }
    if k < toks.count, let h = info(k), h.has(Lex.andHalf), n == n.rounded(), let u = info(lexEnd[k]), u.unit != .none {
      return (n + 0.5, lexEnd[k])
    }
    return (n, k)
  }

  /// The end of the unit word at `k` with an "and a half" after it ("a year and a half"), which adds a half to `n`.
  func unitEnd(_ k: Int, _ n: inout Double) -> Int {
    let e = lexEnd[k]
    guard e < toks.count, let h = info(e), h.has(Lex.andHalf), n == n.rounded() else { return e }
    n += 0.5
    return lexEnd[e]
  }

  /// A counted offset in whole units: a half year is six months, a half week three and a half days (rounded as before).
  static func whole(_ u: Unit, _ n: Double) -> (Unit, Int) {
    if n != n.rounded(), u == .year { return (.month, Int((n * 12).rounded())) }
    if n != n.rounded(), u == .week, n * 7 == (n * 7).rounded() { return (.day, Int(n * 7)) }
    return (u, Int(n.rounded()))
  }

  /// The amount at `i` without a half written after it: a number ("2", "3.5"), a number word, "anderthalb" (1.5).
  func wholeAmount(_ i: Int) -> (Double, Int)? {
    guard i < toks.count else { return nil }
    let t = toks[i]
    if t.kind == .number, t.digits <= 4 {
      if i > 1, adjacent(i), adjacent(i - 1), isNumber(i - 2), toks[i - 1].kind == .punct, oneOf(toks[i - 1].value, 0x3A, 0x2D, 0x2013),
        !(i > 2 && info(i - 3)?.has(Lex.rangeBetween) ?? false)
      {
        return nil  // the second number of a score "3-1 يوم" or time "10:30 hours"
      }
      if isPunct(i + 1, 0x2E) || isPunct(i + 1, 0x2C), adjacent(i + 1), isNumber(i + 2), adjacent(i + 2) {
        let f = toks[i + 2]
        var div = 1.0
        for _ in 0..<f.digits { div *= 10 }
        return (Double(t.value) + Double(f.value) / div, i + 3)
      }
      return (Double(t.value), i + 1)
    }
    guard let l = info(i) else { return nil }
    // "eine halbe Stunde", "ein halbes Jahr": the "one" of a half before its unit is the article of the half
    if l.num == 1, lexEnd[i] == i + 1, let h = info(i + 1), h.period == 1, lexEnd[i + 1] == i + 2, let u = info(i + 2),
      countedUnit(i + 2) != nil, u.mod == .none, !u.hasRel
    {
      return (0.5, i + 2)
    }
    if l.num > 0 { return (Double(l.num) + (l.has(Lex.andHalf) ? 0.5 : 0), lexEnd[i]) }  // "zweieinhalb" 2.5
    if l.has(Lex.oneAndHalf) { return (1.5, lexEnd[i]) }
    // "half a year", "half an hour": a half of one unit
    if l.period == 1, lexEnd[i] == i + 1, let a = info(i + 1), a.num == 1, a.unit == .none, lexEnd[i + 1] < toks.count,
      countedUnit(lexEnd[i + 1]) != nil
    {
      return (0.5, lexEnd[i + 1])
    }
    // a unit word with its own count is its amount and its unit ("بعد أسبوع", "قبل يومين")
    if l.count > 0, l.unit != .none { return (Double(l.count), i) }
    // "año y medio", "year and a half": a unit word without a count before its "and a half" is one of it
    if l.unit != .none, l.count == 0, l.mod == .none, !l.hasRel, lexEnd[i] < toks.count, info(lexEnd[i])?.has(Lex.andHalf) == true,
      !(i > 0 && (isNumber(i - 1) || info(i - 1).map { $0.num > 0 || $0.unit != .none } ?? false))
    {
      return (1, i)
    }
    // "medio año", "half day": a half of one unit
    if l.period == 1, lexEnd[i] == i + 1, let u = info(i + 1), countedUnit(i + 1) != nil, u.mod == .none, !u.hasRel { return (0.5, i + 1) }
    return nil
  }

  // MARK: rule 1: compact dates "25/08/2021", "2021-09-02", "05-Aug-2016", "20161016"

  func compact(_ i: Int) -> Match? {
    let t0 = toks[i]
    if t0.kind == .number && t0.digits == 8 {
      let y = t0.value / 10000
      let m = t0.value / 100 % 100
      let d = t0.value % 100
      if y >= 1900, y <= 2099, Cal.valid(y, m, d), !(isNumber(i + 1) && adjacent(i + 1)) {
        return Match(first: i, end: i + 1, expr: .date(y: y, m: m, d: d, wd: nil))
      }
      return nil
    }
    if let m = spacedNumeric(i) ?? spacedSeparated(i) { return m }
    // components: numbers or month names joined by one separator, no spaces
    var comps = Components()
    var j = i
    var sep = 0
    while j < toks.count {
      let t = toks[j]
      if t.kind == .number {
        comps.append(Component(num: t.value, digits: t.digits, month: 0))
        j += 1
      } else if let l = info(j), l.month > 0, lexEnd[j] == j + 1 {
        comps.append(Component(num: 0, digits: 0, month: Int(l.month)))
        j += 1
      } else {
        break
      }
      guard j + 1 < toks.count, toks[j].kind == .punct, adjacent(j), adjacent(j + 1) else { break }
      let s = toks[j].value
      guard s == 0x2F || s == 0x2D || s == 0x2E else { break }
      guard toks[j + 1].kind == .number || info(j + 1)?.month ?? 0 > 0 else { break }
      // (the Danish day and month with a slash and the year after a dash: "14/3-2024")
      if sep == 0 {
        sep = s
      } else if s != sep, !(sep == 0x2F && s == 0x2D && comps.count == 2 && isNumber(j + 1) && toks[j + 1].digits == 4) {
        break
      }
      j += 1
    }
    guard comps.count >= 2 else { return nil }
    let end = j
    let consumedAll = Match(first: i, end: end, expr: .nothing)
    if comps.count > 3 { return consumedAll }
    // numbers written onto one or two letters are a code or version ("v2.1.12", "AB1210/12"; "backup_2015-06-30" is a
    // file name with its date); dotted numbers after a noun naming one of something are a version ("versão 3.10.11")
    if toks[i].kind == .number, i > 0, toks[i - 1].kind == .word, adjacent(i), toks[i - 1].end - toks[i - 1].start <= 2 {
      return consumedAll
    }
    if sep == 0x2E, i > 0, toks[i - 1].kind == .word, lex.labelBefore.contains(toks[i - 1].hash) { return consumedAll }
    var months = 0
    var mi = -1  // the first month name
    for c in 0..<comps.count where comps[c].month > 0 {
      months += 1
      if mi < 0 { mi = c }
    }
    if months > 1 { return nil }
    // a number glued to more digits or a trailing separator is part of something else
    if isNumber(end + 1), adjacent(end), adjacent(end + 1), toks[end].kind == .punct,
      oneOf(toks[end].value, 0x2F, 0x2D, 0x3A, 0x2E, 0x2C)
    {
      return consumedAll
    }
    if i > 0, adjacent(i), toks[i - 1].kind == .punct, toks[i - 1].value == 0x2F || toks[i - 1].value == 0x3A || toks[i - 1].value == 0x2C || toks[i - 1].value == 0x2E,
      i > 1, isNumber(i - 2), adjacent(i - 1)
    {
      return nil
    }
    var y: Int?
    var m: Int?
    var d: Int?
    if comps.count == 3 {
      if mi >= 0 {
        m = comps[mi].month
        // the two numbers, in their order
        let nums = (comps[mi == 0 ? 1 : 0], comps[mi == 2 ? 1 : 2])
        if nums.0.digits == 4 {
          y = nums.0.num
          d = nums.1.num
        } else if nums.1.digits == 4 {
          y = nums.1.num
          d = nums.0.num
        } else {
          d = nums.0.num
          y = nums.1.digits == 2 ? expandYear(nums.1.num) : nil
        }
      } else if comps[0].digits == 4 {
        y = comps[0].num
        m = comps[1].num
        d = comps[2].num
        if comps[1].digits > 2 || comps[2].digits > 2 { return consumedAll }
        // the year first and then the day, as with a month name ("2020/23/set"): "2020/23/09" (with slashes; with dashes
        // it is the ISO order, "2017-13-05" is no date)
        if sep == 0x2F, comps[1].num > 12, comps[2].num >= 1, comps[2].num <= 12 { (m, d) = (comps[2].num, comps[1].num) }
      } else {
        guard comps[0].digits <= 2, comps[1].digits <= 2 else { return consumedAll }
        if comps[2].digits == 4 {
          y = comps[2].num
        } else if comps[2].digits == 2 {
          y = expandYear(comps[2].num)
        } else {
          return consumedAll
        }
        let a = comps[0].num
        let b = comps[1].num
        if a > 12 && b <= 12 {
          (d, m) = (a, b)
        } else if b > 12 && a <= 12 {
          (m, d) = (a, b)
        } else if lex.dayFirst || sep == 0x2E {
          (d, m) = (a, b)
        } else {
          (m, d) = (a, b)
        }
      }
      // (29 February of a common year is valued as written, "29/2/2019"; a day no such month has is nothing, "31/02/2021")
      guard let yy = y, let mm = m, let dd = d, Cal.valid(yy, mm, dd) || Cal.valid(nil, mm, dd) else { return consumedAll }
      return Match(first: i, end: end, expr: .date(y: yy, m: mm, d: dd, wd: nil))
    }
    // two components
    let a = comps[0]
    let b = comps[1]
    if a.month > 0 || b.month > 0 {
      let num = a.month > 0 ? b : a
      let mo = a.month > 0 ? a.month : b.month
      if num.digits == 4 { return Match(first: i, end: end, expr: .date(y: num.num, m: mo, d: nil, wd: nil)) }
      guard num.digits <= 2, Cal.valid(nil, mo, num.num) else { return nil }
      return Match(first: i, end: end, expr: .date(y: nil, m: mo, d: num.num, wd: nil))
    }
    if a.digits == 4 || b.digits == 4 {
      let yr = a.digits == 4 ? a : b
      let mo = a.digits == 4 ? b : a
      guard sep != 0x2E, yr.num >= 1000, yr.num <= 2999, mo.digits <= 2, mo.num >= 1, mo.num <= 12 else { return nil }
      return Match(first: i, end: end, expr: .date(y: yr.num, m: mo.num, d: nil, wd: nil))
    }
    guard a.digits <= 2, b.digits <= 2 else { return nil }
    var stop = end
    if sep == 0x2E {
      // "28.10." needs its final dot, or a weekday before it; after a noun it names one of ("versie 10.1.", "iOS 10.1.",
      // "kamer 12.5.") it is a number, the dot ending the sentence
      if i > 0, toks[i - 1].kind == .word, lex.labelBefore.contains(toks[i - 1].hash) { return nil }
      if isPunct(end, 0x2E), adjacent(end) {
        stop = end + 1
      } else if !(i > 0 && (info(i - 1)?.wd ?? 0) > 0)
        && !(standalone && onlyPrepositions(before: i) && onlyPunctuation(from: end))
      {
        // "3.5 percent", "iOS 10.3", "item 12.5": a decimal, unless it is the whole phrase ("am 15.2")
        return nil
      }
    } else if sep == 0x2D {
      // "10-15" is a range, "2-1" a score; "20-11" (day first, descending, a two-digit day) a date
      guard lex.dayFirst, a.digits == 2, a.num > b.num, b.num >= 1, b.num <= 12 else { return nil }
    }
    let x = a.num
    let z = b.num
    if x > 12 && z <= 12 {
      (d, m) = (x, z)
    } else if z > 12 && x <= 12 {
      (m, d) = (x, z)
    } else if lex.dayFirst {
      (d, m) = (x, z)
    } else {
      (m, d) = (x, z)
    }
    if sep == 0x2E && lex.dayFirst { (d, m) = (x, z) }  // "28.10." is never month-first here
    guard let mm = m, let dd = d, Cal.valid(nil, mm, dd) else { return nil }
    // "5/11 de 2015": a word for "of" and a four-digit year after a slashed day and month name its year (not before a
    // counted noun: "3/4 de 2000 pessoas")
    if sep == 0x2F, stop < toks.count, let f = info(stop), f.has(Lex.fill), f.month == 0, f.unit == .none, lexEnd[stop] == stop + 1,
      isNumber(stop + 1), toks[stop + 1].digits == 4, toks[stop + 1].value >= 1000, toks[stop + 1].value <= 2999,
      !(stop + 2 < toks.count && adjacent(stop + 2) && (isNumber(stop + 2) || toks[stop + 2].kind == .punct && oneOf(toks[stop + 2].value, 0x2F, 0x2D, 0x3A))),
      !(stop + 2 < toks.count && toks[stop + 2].kind == .word && lex.countAfter.contains(toks[stop + 2].hash)),
      Cal.valid(toks[stop + 1].value, mm, dd) || Cal.valid(nil, mm, dd)
    {
      return Match(first: i, end: stop + 2, expr: .date(y: toks[stop + 1].value, m: mm, d: dd, wd: nil))
    }
    // "3/4 cup", "1/2 inch": a fraction before a measure or counted noun (the lexicon's `countAfter`)
    if stop < toks.count, toks[stop].kind == .word, lex.countAfter.contains(toks[stop].hash) { return nil }
    // "3/4 van de leden", "3/4 de kilo", "3/4 of the vote": a slashed pair before a word for "of" that no year or date
    // word follows is a fraction
    if sep == 0x2F, stop < toks.count, let f = info(stop), f.has(Lex.fill), f.month == 0, f.unit == .none, lexEnd[stop] < toks.count,
      !isNumber(lexEnd[stop]), info(lexEnd[stop]).map({ $0.month == 0 && $0.unit == .none && $0.mod == .none && $0.cur == .none }) ?? true
    {
      return nil
    }
    return Match(first: i, end: stop, expr: .date(y: nil, m: mm, d: dd, wd: nil))
  }

  /// "1 / 2 / 2018", "12 . 05 . 2016": a day, a month and a year of four digits with one slash or dot written between
  /// spaces twice, nothing numeric around them, forming a valid date (a spaced dash stays a range or a score).
  func spacedSeparated(_ i: Int) -> Match? {
    guard i + 4 < toks.count, isNumber(i + 2), isNumber(i + 4), toks[i + 1].kind == .punct, toks[i + 3].kind == .punct,
      (toks[i + 1].value == 0x2F || toks[i + 1].value == 0x2E), toks[i + 3].value == toks[i + 1].value,
      toks[i + 1].space, toks[i + 2].space, toks[i + 3].space, toks[i + 4].space
    else { return nil }
    let (a, b, c) = (toks[i], toks[i + 2], toks[i + 4])
    guard a.digits <= 2, b.digits <= 2, c.digits == 4 else { return nil }
    guard nothingNumericAround(i, i + 5) else { return nil }
    let (d, m) = lex.dayFirst || a.value > 12 ? (a.value, b.value) : (b.value, a.value)
    guard c.value >= 1900, c.value <= 2099 else { return nil }
    guard Cal.valid(c.value, m, d) else { return Match(first: i, end: i + 5, expr: .nothing) }
    return Match(first: i, end: i + 5, expr: .date(y: c.value, m: m, d: d, wd: nil))
  }

  /// Whether tokens `first..<end` stand apart from the numbers around them: no number or glued punctuation before, no
  /// number or glued word or punctuation (but a full stop or comma) after (`spacedNumeric`, `spacedSeparated`).
  func nothingNumericAround(_ first: Int, _ end: Int) -> Bool {
    if first > 0, isNumber(first - 1) || (adjacent(first) && toks[first - 1].kind == .punct) { return false }
    if end < toks.count, isNumber(end) || (adjacent(end) && !isPunct(end, 0x2E) && !isPunct(end, 0x2C)) { return false }
    return true
  }

  /// "24 12 2014", "18 08 78", "2016 10 16": three numbers of two, two and two or four digits (or four,
  /// two, two) separated by single spaces, nothing numeric around them, forming a valid date.
  func spacedNumeric(_ i: Int) -> Match? {
    guard i + 2 < toks.count, isNumber(i + 1), isNumber(i + 2), toks[i + 1].space, toks[i + 2].space else { return nil }
    let a = toks[i]
    let b = toks[i + 1]
    let c = toks[i + 2]
    guard nothingNumericAround(i, i + 3) else { return nil }
    guard b.digits == 2 else { return nil }
    var y: Int
    var m: Int
    var d: Int
    if a.digits == 4, c.digits == 2 {
      (y, m, d) = (a.value, b.value, c.value)
    } else if a.digits == 2, c.digits == 4 || c.digits == 2 {
      y = c.digits == 4 ? c.value : expandYear(c.value)
      (d, m) = lex.dayFirst || a.value > 12 ? (a.value, b.value) : (b.value, a.value)
    } else {
      return nil
    }
    guard y >= 1900, y <= 2099 else { return nil }
    // "31 02 2014" has the shape of a date but is none: nothing, not even its year
    guard Cal.valid(y, m, d) else { return Match(first: i, end: i + 3, expr: .nothing) }
    return Match(first: i, end: i + 3, expr: .date(y: y, m: m, d: d, wd: nil))
  }

  // MARK: rule 2: written dates "14. marts 2024", "June 21, 2019", "le 3 février", "Tuesday the 19th"

  func textual(_ i: Int) -> Match? {
    var j = i
    var wd: Int?
    var wdShort = false
    var d: Int?
    var dOrdinal = false
    var dNumeric = false
    var m: Int?
    var mShort = false
    var mAmbiguous = false
    var mAfterDay = false
    var mEnd = -1  // the index after the month name
    var y: Int?
    var first = -1
    var lastGood = i
    var compactPart: (y: Int?, m: Int?, d: Int?)?
    var leadStart = -1
    // a leading article belongs to the expression ("the 1st of March", "den 3. marts")
    var leadIsArticle = false
    // "el día 18", "dia 12": a word for "day" before the day number
    var leadDayWord = false
    // "next 5/12": a modifier that picks the year of a numeric day and month
    var leadMod = Mod.none
    // "el próximo 5 de junio": the modifier picks the nearest such day in its direction
    var leadNear = false
    // "el próximo lunes, día 1": a modifier before a weekday that a day number without a month follows
    var weekdayMod = Mod.none
    if let l = info(j), l.has(Lex.lead), l.wd == 0, l.month == 0 {
      leadStart = i
      leadIsArticle = true
      leadDayWord = l.has(Lex.dayWord)
      j = abbreviationDot(lexEnd[j])
    } else if let l = info(j), l.mod == .this || l.mod == .next || l.mod == .upcoming, let w = info(lexEnd[j]), w.wd > 0 {
      // "este viernes 15 de junio": the modifier is redundant before a full date; before a weekday and a day alone
      // ("el próximo lunes, día 1") "next" places that day after the DCT, "this" at the nearest such day on either side
      // ("nesta segunda-feira, dia 1º")
      leadStart = i
      weekdayMod = l.mod
      j = lexEnd[j]
    } else if let l = info(j), l.mod == .last || l.mod == .recent, let w = info(lexEnd[j]), w.wd > 0, w.wdMod == .none,
      case let full = fullDateAfterWeekday(lexEnd[lexEnd[j]]), full || dayAfterWeekday(lexEnd[lexEnd[j]]) != nil
    {
      // "el pasado viernes 14", "na última sexta-feira, dia 14", "last Friday the 14th": "last" before a weekday and a
      // day number without a month places that day before the DCT on that weekday (not last week's Friday); before a
      // full date it is redundant, as "este" ("el pasado viernes 14 de septiembre")
      leadStart = i
      if !full { weekdayMod = .last }
      j = lexEnd[j]
    } else if let l = info(j), l.mod == .this || l.mod == .next || l.mod == .upcoming || l.mod == .last, isNumber(lexEnd[j]), let c = compact(lexEnd[j]),
      case .date(nil, _?, _?, _) = c.expr
    {
      leadStart = i
      leadMod = l.mod
      j = lexEnd[j]
    } else if let l = info(j), l.mod == .next || l.mod == .upcoming || l.mod == .last || l.mod == .recent, l.wd == 0, l.month == 0 {
      // "el próximo 5 de junio", "lo scorso 3 maggio", "no último dia 10": a modifier before a day picks
      // the nearest such day after (or before) the DCT
      var k = lexEnd[j]
      var dw = false
      if let w = info(k), w.has(Lex.dayWord) {
        dw = true
        k = lexEnd[k]
      }
      if let (_, e, _) = day(k, allowCardinalWord: dw), dw || monthFollows(e) {
        leadStart = i
        leadMod = l.mod
        leadNear = true
        leadDayWord = dw
        j = k
      }
    }
    let startAfterLead = j
    func mark(_ k: Int) {
      if first < 0 { first = k }
    }
    var steps = 0
    while j < toks.count, steps < 12 {
      steps += 1
      let t = toks[j]
      if t.kind == .punct {
        // "am 5., 6. und 7. Mai": a comma between a day alone and a number lists days
        if t.value == 0x2C, d != nil, m == nil, y == nil, wd == nil, isNumber(j + 1) { break }
        if first >= 0, t.value == 0x2C || t.value == 0x2D || t.value == 0x2F { j += 1; continue }
        // "May '95", "März ’87": two digits after an apostrophe are the year
        if m != nil, y == nil, t.value == 0x27 || t.value == 0x2019, isNumber(j + 1), adjacent(j + 1), toks[j + 1].digits == 2,
          !(j + 2 < toks.count && adjacent(j + 2) && toks[j + 2].kind != .punct)
        {
          y = expandYear(toks[j + 1].value)
          j += 2
          lastGood = j
          continue
        }
        if t.value == 0x28, wd != nil, d == nil, let (dv, k, _) = day(j + 1, allowCardinalWord: false), isPunct(k, 0x29) {
          d = dv
          dNumeric = true
          j = k + 1
          lastGood = j
          continue
        }
        // "sexta (11/11)", "Friday (11/11/2016)": a numeric date in brackets after a weekday
        if t.value == 0x28, wd != nil, d == nil, m == nil, compactPart == nil, isNumber(j + 1), let c = compact(j + 1),
          case .date(let cy, let cm?, let cd?, _) = c.expr, isPunct(c.end, 0x29)
        {
          compactPart = (cy, cm, cd)
          j = c.end + 1
          lastGood = j
          continue
        }
        break
      }
      // "2ª feira 21": a weekday written with its number in Portuguese
      if t.kind == .number, wd == nil, first < 0, let l = info(j), l.wd > 0, l.wdMod == .none, lexEnd[j] > j + 1 {
        mark(j)
        wd = Int(l.wd)
        j = lexEnd[j]
        lastGood = j
        continue
      }
      if t.kind == .number {
        if wd != nil || j == startAfterLead, d == nil, m == nil, compactPart == nil, let c = compact(j),
          case .date(let cy, let cm, let cd, _) = c.expr
        {
          mark(j)
          compactPart = (cy, cm, cd)
          j = c.end
          lastGood = j
          continue
        }
        if d != nil, m == nil, y == nil, lex.ordinalMonths, t.digits <= 2, (1...12).contains(t.value), isPunct(j + 1, 0x2E), adjacent(j + 1) {
          // "siebter 4.", "dritter/11.": a month by its number after a day
          m = t.value
          j += 2
          lastGood = j
          continue
        }
        if let dv = d, m != nil, y == nil, t.digits <= 2, t.value > dv, t.value <= 31, j >= 2, isNumber(j - 2),
          toks[j - 1].kind == .punct, oneOf(toks[j - 1].value, 0x2D, 0x2013, 0x2013)
        {
          // "May 4-22": a later day of a range, not a year
          break
        }
        // (not a number that counts the noun after it, with or without an ordinal mark: "1.º de julio, 17 veces")
        // "maio de 20", "mayo del 19": where the day comes first, two digits after the month and its "of" word are the
        // year, not a day (not when a range word or dash follows: "maio de 20 a 25")
        let yearAfterOf = lex.dayFirst && d == nil && m != nil && mEnd == j - 1 && t.digits == 2 && lexEnd[j - 1] == j
          && (info(j - 1).map { $0.has(Lex.fill) && $0.has(Lex.rangeFrom) && !$0.has(Lex.article) } ?? false)
          && !(info(j + 1).map { $0.has(Lex.rangeTo) || $0.has(Lex.rangeAnd) } ?? false)
          && !(j + 1 < toks.count && toks[j + 1].kind == .punct && oneOf(toks[j + 1].value, 0x2D, 0x2013, 0x2F))
          && !(isPunct(j + 1, 0x2E) && adjacent(j + 1) && isNumber(j + 2) && adjacent(j + 2))
        if m != nil, y == nil, d != nil || t.digits == 4 || t.value > 31 || yearAfterOf, let yv = yearValue(j, afterMonth: true),
          !countedNumber(j), !countsAfterMark(j)
        {
          y = yv
          j += 1
          lastGood = j
          continue
        }
        if m == nil, d == nil, y == nil, t.digits == 4, let mm = info(j + 1), mm.month > 0, !mm.monthShort || adjacent(j + 1) == false {
          // "2017 april"
          mark(j)
          y = t.value
          j += 1
          continue
        }
        if d == nil, t.digits <= 2, t.value > 31 {
          // "32. marts": an impossible day before a month name is no date at all
          var k = j + 1
          if isPunct(k, 0x2E), adjacent(k) { k += 1 }
          if let mo = info(k), mo.month > 0 { return Match(first: j, end: lexEnd[k], expr: .nothing) }
        }
        // (not a count before its unit: "May in 1 year")
        if d == nil, compactPart == nil, let (dv, k, ord) = day(j, allowCardinalWord: false),
          ord || !(info(k).map { $0.unit != .none && $0.month == 0 && !$0.has(Lex.fill) } ?? false)
        {
          mark(j)
          d = dv
          dOrdinal = ord
          dNumeric = true
          j = k
          lastGood = j
          continue
        }
        break
      }
      guard let l = info(j) else { break }
      if m != nil, y == nil, l.num > 0, let (yv, e) = spelledYear(j) {
        y = yv
        j = e
        lastGood = j
        continue
      }
      // "2 de outubro de noventa e dois": where the day comes first, two digits in words after the month and its "of"
      // word are the year, as the same digits are ("de 92"); not a count of what follows ("de vinte pessoas")
      if m != nil, y == nil, lex.dayFirst, mEnd == j - 1, lexEnd[j - 1] == j,
        info(j - 1).map({ $0.has(Lex.fill) && $0.has(Lex.rangeFrom) && !$0.has(Lex.article) }) ?? false,
        let (yv, e) = spelledTens(j), !(e < toks.count && toks[e].kind == .word && (info(e).map { $0.unit != .none || $0.num > 0 || $0.has(Lex.rangeTo) || $0.has(Lex.rangeAnd) } ?? lex.countAfter.contains(toks[e].hash)))
      {
        y = expandYear(yv)
        j = e
        lastGood = j
        continue
      }
      if d != nil, m == nil, y == nil, compactPart == nil, lex.ordinalMonths, l.ord >= 1, l.ord <= 12, l.month == 0, l.wd == 0 {
        // "7. vierter 2016", "den siebten vierten": a month by its ordinal word after a day
        m = Int(l.ord)
        j = lexEnd[j]
        lastGood = j
        continue
      }
      // a month abbreviation that is also a number word is a day before "de" and a month ("dez de maio", ten May)
      if l.month > 0, m == nil, compactPart == nil, l.wd == 0 || d != nil,
        !(d == nil && lex.cardinalDays && l.num >= 1 && l.num <= 31 && monthFollows(lexEnd[j]))
      {
        mark(j)
        m = Int(l.month)
        mShort = l.monthShort
        mAmbiguous = l.has(Lex.ambiguous)
        mAfterDay = d != nil
        j = lexEnd[j]
        if mShort, isPunct(j, 0x2E), adjacent(j) { j += 1 }
        mEnd = j
        lastGood = j
        continue
      }
      if l.wd > 0, wd == nil, l.wdMod == .none, first < 0 || (isPunct(j - 1, 0x2C) && (d != nil || m != nil)) {
        mark(j)
        wd = Int(l.wd)
        wdShort = l.wdShort
        j = lexEnd[j]
        if wdShort { j = withWeekdayDot(word: j - 1, end: j) }
        lastGood = j
        continue
      }
      if d == nil, compactPart == nil,
        let (dv, k, ord) = day(j, allowCardinalWord: m != nil || wd != nil || leadDayWord || monthFollows(lexEnd[j]))
      {
        // "in oktober op de eerste toestellen": an ordinal word after the month that counts a noun is no day
        if m != nil, toks[j].kind == .word, k < toks.count, toks[k].kind == .word, info(k) == nil, !(lex.capitalNouns && !toks[k].cap) {
          break
        }
        // "na quarta-feira, segundo o diretor", "na sexta, primeiro dia útil": a day in words just after a weekday's
        // comma is one only before its month or at the end of the phrase
        if wd != nil, m == nil, toks[j].kind == .word, isPunct(j - 1, 0x2C), !monthFollows(k), k < toks.count, toks[k].kind != .punct {
          break
        }
        mark(j)
        d = dv
        dOrdinal = ord
        j = k
        lastGood = j
        continue
      }
      if d != nil, m == nil, y == nil, compactPart == nil, l.has(Lex.monthNumPrep), let k = Optional(lexEnd[j]), isNumber(k), toks[k].digits <= 2,
        (1...12).contains(toks[k].value),
        k + 1 == toks.count || (toks[k + 1].kind == .punct && !isNumber(k + 2))
          || (info(k + 1)?.has(Lex.fill) == true && isNumber(lexEnd[k + 1]) && toks[lexEnd[k + 1]].digits == 4)
      {
        // "el 17 del 11": the month by its number after a preposition, closing the phrase or followed by "of" and
        // a four-digit year ("dia 5 do 3 de 1990")
        m = toks[k].value
        j = k + 1
        lastGood = j
        continue
      }
      // (a range's "to" word is no year preposition: "vom 9. Oktober bis 18. November")
      if first >= 0, l.has(Lex.fill) && (l.month == 0 || m == nil)
        || (l.has(Lex.yearPrep) && !l.has(Lex.rangeTo) && m != nil && y == nil && isNumber(lexEnd[j]))
        || (l.has(Lex.article) && wd != nil && d == nil && m == nil)  // "viernes, el 12 de septiembre"
      {
        j = abbreviationDot(lexEnd[j])
        continue
      }
      break
    }
    let end = lastGood
    guard first >= 0, end > first else { return nil }
    if leadStart >= 0 && first == startAfterLead {
      // an article stays outside a date that opens with a weekday or month name ("le [mer. 24 juin]")
      // (also an ordinal in words: "de [tweede van augustus]"; a numeric one keeps it: "de 9e van mei")
      let opensWithName = leadIsArticle && !leadDayWord && (info(first).map { $0.wd > 0 || $0.month > 0 || $0.ord > 0 } ?? false)
      // where the language leaves it out, an article before a day number ("né le [23 novembre]")
      let opensWithDay = leadIsArticle && !leadDayWord && dayArticleOut && d != nil && compactPart == nil
      let opensWithCompact = leadIsArticle && dayArticleOut && compactPart != nil && wd == nil
      if !opensWithName && !opensWithDay && !opensWithCompact { first = leadStart }
    }
    if let c = compactPart {
      // "Friday 7.6", "den 28.10.", "il 22/04", "next 5/12"
      if let cd = c.d, let cm = c.m, wd != nil || leadStart >= 0 {
        if leadMod != .none, c.y == nil { return Match(first: first, end: end, expr: .dayOfYear(m: cm, d: cd, leadMod)) }
        return Match(first: first, end: end, expr: .date(y: c.y, m: cm, d: cd, wd: wd))
      }
      return nil
    }
    if let mm = m {
      // a short month name that is also a common word needs its year or a day before it ("5 sie 2016", "dia 3 de mar",
      // not "zebrała sie 5")
      if mAmbiguous && mShort && y == nil && !mAfterDay && !properNoun(first) { return nil }
      if mAmbiguous && d == nil && y == nil && !properNoun(first)
        && !(standalone && onlyPunctuation(from: end) && onlyPrepositions(before: first)) && relativeYear(end) == nil
      {
        return nil
      }
      // a month name that is also a name, alone before a possessive, is the name: "Theresa May's government"
      if mAmbiguous && d == nil && y == nil && isPunct(end, 0x27) && adjacent(end) && end + 1 < toks.count && adjacent(end + 1)
        && toks[end + 1].kind == .word && toks[end + 1].end - toks[end + 1].start == 1
      {
        return nil
      }
      if let dd = d {
        // a day the month does not have, written with its year, is valued as written ("feb 30 2019", "31 Apr 2015")
        guard Cal.valid(y, mm, dd) || (y != nil && wd == nil && dd <= 31) else { return Match(first: first, end: end, expr: .nothing) }
        if leadNear, y == nil { return Match(first: first, end: end, expr: .dayOfYear(m: mm, d: dd, leadMod)) }
        return Match(first: first, end: end, expr: .date(y: y, m: mm, d: dd, wd: wd))
      }
      if let yy = y { return Match(first: first, end: end, expr: .date(y: yy, m: mm, d: nil, wd: nil)) }
      if d == nil, let (k, e) = relativeYear(end) { return Match(first: first, end: e, expr: .monthOfYear(m: mm, yearShift: k, y: nil)) }
      // a month alone: a full name
      guard wd == nil, !mShort || standalone, first == startAfterLead || leadStart < 0 else { return nil }
      // "Avril Lavigne", "Juni Meyer": a capitalised month before a name, with no preposition before it, is a first name;
      // where months are written in lower case, a capitalised one inside a sentence needs its preposition ("sur Mars")
      let datePrep = first > 0 && (info(first - 1).map { $0.has(Lex.prep) || $0.has(Lex.fill) || $0.has(Lex.yearPrep) || $0.has(Lex.article) } ?? false)
      if toks[first].cap, !toks[first].upper, !datePrep, !(standalone && onlyPunctuation(from: end) && onlyPrepositions(before: first)),
        (end < toks.count && toks[end].kind == .word && toks[end].cap && info(end) == nil)
          || (lex.lowerMonths && properNoun(first) && toks[first - 1].kind == .word && !toks[first - 1].cap
            && lexEnd[first] == end && (info(first)?.month ?? 0) > 0 && !(info(first)?.has(Lex.ext) ?? false))
      {
        return nil
      }
      if let p = info(end), p.pmod != .none, p.wd == 0, p.month == 0 {
        // "marzo prossimo", "mars dernier"
        return Match(first: first, end: lexEnd[end], expr: .monthRel(mm, p.pmod))
      }
      return Match(first: first, end: end, expr: .monthRel(mm, .none))
    }
    if let dd = d {
      // (in a short text, an ordinal word with its article is a day only as the whole phrase: not "O quarto 2015 fica",
      // "Segundo a polícia, …")
      guard wd != nil || leadDayWord || (dOrdinal && dNumeric && leadStart >= 0)
        || (standalone && (leadStart >= 0 || (dOrdinal && onlyPrepositions(before: first))) && (dNumeric || onlyPunctuation(from: end)))
        || (standalone && dNumeric && first > 0 && onlyPrepositions(before: first) && onlyPunctuation(from: end))  // "el 17"
        // "am 13.", "am Dreizehnten", "on 4th": an ordinal day right after a preposition
        || (dOrdinal && first > 0 && first == i && (info(first - 1).map { $0.has(Lex.prep) && lexEnd[first - 1] == first } ?? false)
          && (dNumeric || toks[first].cap) && !isPunct(end, 0x2D) && !isPunct(end, 0x2013))
      else { return nil }
      // "tussen de 20 en 30 lopers", "de 3 a 5 días": a day number joined to a number before a counted noun or a unit
      // is the first count of a range of counts
      if wd == nil, !dOrdinal, end < toks.count, let c = info(end), c.has(Lex.rangeAnd) || c.has(Lex.rangeTo), c.month == 0 {
        var k = lexEnd[end]
        if k < toks.count, let a = info(k), a.has(Lex.article) || a.has(Lex.lead), a.month == 0, a.unit == .none { k = lexEnd[k] }
        if isNumber(k), k + 1 < toks.count, toks[k + 1].kind == .word,
          lex.countAfter.contains(toks[k + 1].hash) || (info(k + 1).map { $0.unit != .none && $0.month == 0 } ?? false)
        {
          return nil
        }
      }
      // "the 2nd time", "the 3rd attempt": an ordinal before a noun is no date
      if wd == nil, !leadDayWord, end < toks.count, toks[end].kind == .word {
        // also "the 3rd week", "the second Sunday": an ordinal counting units or weekdays
        if let f = info(end) {
          if f.month == 0, f.unit != .none || (f.wd > 0 && f.wdMod == .none) { return nil }
        } else if !(lex.capitalNouns && !toks[end].cap) {
          return nil  // (where nouns are capitalised, a lowercase word after the day is no noun: "am 13. zurück")
        }
      }
      // "Sunday 3 weeks after ...": a number counting units is no day
      if wd != nil, dNumeric, !dOrdinal, let f = info(end), f.unit != .none, f.month == 0 { return nil }
      if wd != nil && wdShort && !standalone && !dOrdinal { return nil }
      if leadNear, wd == nil { return Match(first: first, end: end, expr: .dayNear(dd, leadMod, wd: nil)) }
      if let wd, weekdayMod != .none { return Match(first: first, end: end, expr: .dayNear(dd, weekdayMod, wd: wd)) }
      return Match(first: first, end: end, expr: .date(y: nil, m: nil, d: dd, wd: wd))
    }
    return nil
  }

  /// "last year", "del año pasado", "vergangenen Jahres", "dell'anno scorso" at `k`: the year's shift from the DCT's
  func relativeYear(_ k0: Int) -> (Int, Int)? {
    var k = k0
    var hops = 0
    while hops < 2, let f = info(k), f.has(Lex.fill) || f.has(Lex.article), f.mod == .none, f.unit == .none, f.month == 0 {
      k = lexEnd[k]
      hops += 1
    }
    guard let a = info(k) else { return nil }
    // "March in 1 year", "May in a year": the year that many years from the DCT's
    if k == k0, a.has(Lex.inPre), a.unit == .none, let (n, ku) = amount(lexEnd[k]), n >= 1, n == n.rounded(), let u = info(ku),
      u.unit == .year, u.mod == .none
    {
      return (Int(n), lexEnd[ku])
    }
    if a.mod != .none, a.mod != .onwd, a.unit == .none, let u = info(lexEnd[k]), u.unit == .year { return (shift(a.mod), lexEnd[lexEnd[k]]) }
    if a.unit == .year, let p = info(lexEnd[k]), p.pmod != .none, p.wd == 0 { return (shift(p.pmod), lexEnd[lexEnd[k]]) }
    if a.unit == .year, a.cur == .year, a.mod == .none, !a.has(Lex.ambiguous) { return (0, lexEnd[k]) }  // "di quest'anno"
    // "the second half of the year", "el primer trimestre del año": the current year after an "of" word
    if a.cur == .year || a.unit == .year, a.mod == .none, !a.hasRel, info(lexEnd[k])?.pmod ?? .none == .none,
      k > k0 ? info(k0)?.has(Lex.fill) ?? false : k0 > 0 && lexEnd[k0 - 1] == k0 && info(k0 - 1)?.has(Lex.fill) ?? false
    {
      return (0, lexEnd[k])
    }
    return nil
  }

  /// "de este mes", "of next month" at `k`
  func relativeMonthFollows(_ k: Int) -> Bool {
    guard let f = info(k) else { return false }
    if f.mod != .none, f.mod != .onwd, f.wd == 0, f.month == 0 { return info(lexEnd[k])?.unit == .month }  // "21 this month"
    // "du mois prochain": a month unit with a modifier after it
    if f.has(Lex.fill), f.mod == .none, let u = info(lexEnd[k]), u.unit == .month, let p = info(lexEnd[lexEnd[k]]), p.pmod != .none {
      return true
    }
    guard f.has(Lex.fill), f.mod == .none, case let a = bareArticleEnd(lexEnd[k]), let m = info(a), m.mod != .none, m.mod != .onwd,
      let u = info(lexEnd[a])
    else { return false }
    return u.unit == .month
  }

  /// A dot after a short weekday form of five bytes or more ("quarta", "sexta": words of their own, not abbreviations)
  /// that ends a sentence of more words ends the sentence: "A reunião é nesta [quarta]." ("[zat.]", "[sáb.]", "[qua.]" and
  /// a weekday written alone, "[Thurs.]", keep theirs).
  func sentenceEndAfterWord(_ w: Int, dot: Int) -> Bool {
    guard w > 0, w < toks.count, toks[w].kind == .word, dot + 1 >= toks.count else { return false }
    return toks[w].end - toks[w].start >= 5
  }

  /// The end of a short weekday form (word `w`, ending at `e`) with the abbreviation dot written on it, when there is
  /// one that does not end the sentence (`sentenceEndAfterWord`): "[zat.]", "[Thurs.]", but "nesta [quarta]."
  func withWeekdayDot(word w: Int, end e: Int) -> Int {
    // (not after a weekday written with its number, "na 6ª.")
    isPunct(e, 0x2E) && adjacent(e) && !sentenceEndAfterWord(w, dot: e) && !(w > 0 && adjacent(w) && isNumber(w - 1)) ? e + 1 : e
  }

  /// The index after a bare article at `k` ("van [de] volgende maand"), or `k`.
  func bareArticleEnd(_ k: Int) -> Int {
    guard let a = info(k), a.has(Lex.article) || a.has(Lex.lead), a.mod == .none, a.unit == .none, a.cur == .none, a.month == 0, a.wd == 0,
      a.ord == 0, a.num == 0
    else { return k }
    return lexEnd[k]
  }

  /// A day number 1–31 without a month at `k`, right after a weekday: after a comma or an opening bracket, and after a
  /// word for "day" or an article ("viernes 14", "sexta-feira, dia 14", "Friday, the 14th", "Freitag, dem 14.",
  /// "segunda-feira (24)"). A cardinal after a comma without a word for "day" must close the phrase ("último domingo,
  /// 23.", "vendredi dernier, le 14."), for one before a noun is a count ("el pasado viernes, 14 personas", "last
  /// Friday, the 14 members"). Returns the day and the end of the phrase (after a closing
  /// bracket).
  func dayAfterWeekday(_ k0: Int) -> (Int, Int)? {
    let (k, comma, bracket, dayWord) = dayStartAfterWeekday(k0)
    guard let (d, e, ordinal) = day(k, allowCardinalWord: false), !monthFollows(e) else { return nil }
    if bracket { return isPunct(e, 0x29) ? (d, e + 1) : nil }
    if comma, !dayWord, !ordinal, e < toks.count, toks[e].kind != .punct { return nil }
    return (d, e)
  }

  /// Whether a day number and its month follow a weekday at `k0` (after an optional comma, word for "day" or
  /// article; not in brackets): "viernes 14 de septiembre", "sexta-feira, dia 14 de setembro".
  func fullDateAfterWeekday(_ k0: Int) -> Bool {
    let (k, _, bracket, _) = dayStartAfterWeekday(k0)
    guard !bracket, let (_, e, _) = day(k, allowCardinalWord: false) else { return false }
    return monthFollows(e)
  }

  /// Where a day number after a weekday at `k0` would start: past a comma or an opening bracket, then past a word for
  /// "day" or an article; and which of them were passed.
  func dayStartAfterWeekday(_ k0: Int) -> (k: Int, comma: Bool, bracket: Bool, dayWord: Bool) {
    var k = k0
    let comma = isPunct(k, 0x2C)
    let bracket = isPunct(k, 0x28)
    if comma || bracket { k += 1 }
    var dayWord = false
    if let l = info(k), l.has(Lex.dayWord) || ((l.has(Lex.article) || l.has(Lex.lead)) && l.unit == .none), l.month == 0, l.wd == 0 {
      dayWord = l.has(Lex.dayWord)
      k = lexEnd[k]
    }
    return (k, comma, bracket, dayWord)
  }

  func monthFollows(_ k: Int) -> Bool {
    if let l = info(k) {
      if l.month > 0 { return true }
      if l.has(Lex.fill), let n = info(lexEnd[k]), n.month > 0 { return true }
    }
    return false
  }

  // MARK: rule 3: relative expressions

  func relative(_ i: Int) -> Match? {
    guard let l0 = info(i) else {
      // "2 days ago", "3 weeks", "in" handled below through the amount
      return offsetOrDuration(i, i)
    }
    var best: Match?
    func consider(_ m: Match?) {
      guard let m else { return }
      if best == nil || m.end > best!.end { best = m }
    }
    // an article opens a relative unit expression ("la próxima década", "el último decenio")
    if l0.has(Lex.article), l0.mod == .none, l0.unit == .none, let mo = info(lexEnd[i]), mo.mod != .none, mo.mod != .onwd,
      !(l0.gender != 0 && (info(lexEnd[lexEnd[i]]).map { $0.gender != 0 && $0.gender != l0.gender } ?? false)),
      var inner = relative(lexEnd[i]), case .unitRel = inner.expr
    {
      inner.first = i
      consider(inner)
    }
    if l0.cur != .none, standalone || !l0.has(Lex.ambiguous),
      !l0.curAfterArticle || (i > 0 && (info(i - 1).map { $0.has(Lex.article) || $0.definiteArticle } ?? false)),
      // "the month to date": a phrase whose last word opens a longer phrase of the current unit yields to it
      !(lexEnd[i] > i + 1 && lexEnd[lexEnd[i] - 1] > lexEnd[i] && (info(lexEnd[i] - 1)?.cur ?? .none) != .none),
      !(info(lexEnd[i]).map { ($0.has(Lex.fill) || $0.has(Lex.yearPrep)) && isNumber(lexEnd[lexEnd[i]]) } ?? false),
      !(isNumber(lexEnd[i]) && toks[lexEnd[i]].digits == 4),  // "het jaar 2008": the year named
      !(l0.cur == .year && (spelledYear(lexEnd[i]).map { wordYear(lexEnd[i], $0.1, afterYearWord: true) } ?? false))  // "the year two thousand"
    {
      consider(Match(first: i, end: lexEnd[i], expr: l0.cur == .weekend ? .definiteWeekend : .unitRel(l0.cur, 0)))
    }
    if l0.hasRel {
      var e = lexEnd[i]
      // "am gestrigen Sonntag", "der morgige Tag": the weekday or the word for "day" the day word describes joins it
      if e < toks.count, toks[e].kind == .word, lexEnd[e] == e + 1, let w = info(e), w.mod == .none, !w.hasRel,
        (w.wd > 0 && w.wdMod == .none && !w.wdShort && !w.wdPlural) || (w.unit == .day && w.wd == 0 && w.month == 0)
      {
        let d = lexEnd[e]
        if w.unit == .day, isNumber(d), (1...31).contains(toks[d].value), toks[d].digits <= 2 {
          // "amanhã dia 29", "ontem dia 27": the day number in apposition belongs to the phrase; before a month
          // ("amanhã dia 29 de setembro") the word for "day" opens the full date instead
          if !monthFollows(lexEnd[d]) { e = lexEnd[d] }
        } else {
          e = d
        }
      }
      if let t = info(e), t.has(Lex.tod), t.unit == .none { e = lexEnd[e] }
      consider(Match(first: i, end: e, expr: .relDay(Int(l0.rel))))
    }
    // "upcoming two days", "2 upcoming months": the unit that many steps ahead; in the news convention "the coming two
    // weeks", "in den kommenden drei Tagen", "de komende drie maanden" after an article are a period, the count a duration
    // (not with a word tagged `ahead`: "the upcoming two days")
    if l0.mod == .upcoming, let (n, k) = amount(lexEnd[i]), n >= 1, n == n.rounded(), let u = info(k),
      u.unit == .day || u.unit == .week || u.unit == .month || u.unit == .year,
      future || l0.has(Lex.stepsAhead)
        || !(i > 0 && lexEnd[i - 1] == i && (info(i - 1).map { $0.has(Lex.article) || $0.has(Lex.lead) } ?? false))
    {
      consider(Match(first: i, end: lexEnd[k], expr: .unitRel(u.unit, Int(n))))
    }
    // modifier + weekday / month / unit; modifier + week + weekday
    if l0.mod != .none {
      var k = lexEnd[i]
      if let f = info(k), f.has(Lex.fill), f.wd == 0, f.month == 0, f.unit == .none { k = lexEnd[k] }
      if let l1 = info(k) {
        if l1.wd > 0, l1.wdMod == .none {
          consider(weekdayTail(i, lexEnd[k], Int(l1.wd), l0.wdNext != .none ? l0.wdNext : l0.mod, short: l1.wdShort))
        } else if l1.month > 0, !l1.monthShort, l0.mod != .onwd, !l1.has(Lex.ambiguous) || properNoun(k) {
          if l0.mod == .next || l0.mod == .upcoming, let p = info(lexEnd[k]), p.pmod == .next2, p.wd == 0, p.unit == .none {
            consider(Match(first: i, end: lexEnd[lexEnd[k]], expr: .monthRel(Int(l1.month), .next2)))  // "næste marts igen"
          }
          consider(Match(first: i, end: lexEnd[k], expr: .monthRel(Int(l1.month), l0.mod)))
        } else if l1.unit == .month, l0.mod != .onwd, let f = info(lexEnd[k]), f.has(Lex.fill), f.month == 0, let mo = info(lexEnd[lexEnd[k]]),
          mo.month > 0, !mo.monthShort
        {
          consider(Match(first: i, end: lexEnd[lexEnd[lexEnd[k]]], expr: .monthRel(Int(mo.month), l0.mod)))
        } else if l1.unit == .year, l0.mod != .onwd, let mo = info(lexEnd[k]), mo.month > 0, !mo.monthShort, !mo.has(Lex.ambiguous) {
          // "volgend jaar maart", "next year March": the month of that year
          consider(Match(first: i, end: lexEnd[lexEnd[k]], expr: .monthOfYear(m: Int(mo.month), yearShift: shift(l0.mod), y: nil)))
        } else if l1.unit != .none, l0.mod != .onwd, !l1.plural,
          // "o próximo dia 15", "el próximo día 5": the word for "day" before a day number opens that day, no next day
          !(l1.has(Lex.dayWord) && isNumber(lexEnd[k]) && (1...31).contains(toks[lexEnd[k]].value) && toks[lexEnd[k]].digits <= 2)
        {
          let e = lexEnd[k]
          if l1.unit == .week, let w = weekdayAfter(e) {
            consider(Match(first: i, end: w.end, expr: .weekday(w.wd, .none, weekOffset: shift(l0.mod))))
          }
          consider(Match(first: i, end: e, expr: .unitRel(l1.unit, shift(l0.mod))))
        }
      }
    }
    // "i fjor", "i år": one phrase with a modifier and its unit
    if l0.mod != .none, l0.mod != .onwd, l0.unit != .none, l0.wd == 0, l0.month == 0 {
      consider(Match(first: i, end: lexEnd[i], expr: .unitRel(l0.unit, shift(l0.mod))))
    }
    // "the year before last", "the month after next", "het jaar ervoor"
    if l0.cur != .none, let p = info(lexEnd[i]), p.pmod != .none, p.wd == 0, p.month == 0 {
      consider(Match(first: i, end: lexEnd[lexEnd[i]], expr: .unitRel(l0.cur, shift(p.pmod))))
    }
    // unit + post modifier: "el mes pasado", "la semaine prochaine"
    if l0.unit != .none || l0.has(Lex.fill) || l0.has(Lex.article) {
      var k = i
      if l0.has(Lex.fill) || l0.has(Lex.article), l0.unit == .none { k = lexEnd[i] }
      if let u = info(k), u.unit != .none, !u.plural, let p = info(lexEnd[k]), p.pmod != .none {
        let first = i
        let e = lexEnd[lexEnd[k]]
        if u.unit == .week, let w = weekdayAfter(e) {
          // "la semana anterior - lunes"
          consider(Match(first: first, end: w.end, expr: .weekday(w.wd, .none, weekOffset: shift(p.pmod))))
        }
        consider(Match(first: first, end: e, expr: .unitRel(u.unit, shift(p.pmod))))
      }
    }
    if l0.wd > 0 {
      if l0.wdMod != .none {
        consider(Match(first: i, end: lexEnd[i], expr: .weekday(Int(l0.wd), l0.wdMod, weekOffset: nil)))
      } else {
        consider(weekdayTail(i, lexEnd[i], Int(l0.wd), .none, short: l0.wdShort))
      }
    }
    // "week 42", "KW 42", "W05 2017"
    if l0.has(Lex.weekNumber), let w = weekNumber(i) { consider(w) }
    // "all week", "den ganzen Monat", "de hele week", "tutto il mese": the whole unit
    if l0.has(Lex.whole), let u = info(lexEnd[i]), u.mod == .none, !u.hasRel,
      u.unit == .day || u.unit == .week || u.unit == .month || u.unit == .year || u.unit == .weekend
    {
      consider(Match(first: i, end: lexEnd[lexEnd[i]], expr: .duration(u.unit, 1)))
    }
    // "o dia inteiro", "a semana inteira", "o dia todo": the whole word after its unit
    if l0.mod == .none, !l0.hasRel, l0.num == 0,
      l0.unit == .day || l0.unit == .week || l0.unit == .month || l0.unit == .year || l0.unit == .weekend,
      lexEnd[i] < toks.count, let w = info(lexEnd[i]), w.has(Lex.whole) || w.wholeAfter, w.unit == .none
    {
      consider(Match(first: i, end: lexEnd[lexEnd[i]], expr: .duration(l0.unit, 1)))
    }
    // "in two weeks", "hace tres meses", "il y a deux ans"
    if l0.has(Lex.inPre) || l0.has(Lex.agoPre) {
      // (an approximator may stand before the count: "[hace casi 30 años]", "[vor rund 30 Jahren]", "[in about two weeks]";
      // after an "in" word a comparison stays a duration: "a segunda manifestação em [menos de um mês]")
      var c = lexEnd[i]
      if let a = approximatorEnd(c), !(l0.has(Lex.inPre) && !l0.has(Lex.agoPre) && comparisonBefore(a) != nil),
        let (_, k) = amount(a), countedUnit(k) != nil
      {
        c = a
      }
      if let (n0, k) = amount(c), let (unit, size) = countedUnit(k) {
        var n = n0
        let e = unitEnd(k, &n)
        n *= size
        let (wu, units) = Parser.whole(unit, n)
        if let a = anchored(lexEnd[i], e, wu, units) { return a }
        if l0.has(Lex.agoPre) {
          var e2 = e
          if let a = info(e), a.has(Lex.ago) { e2 = lexEnd[e] }  // "för två år sedan"
          // an opening word that is also a common word ("for" in "for tre uger siden") needs its closing word
          if e2 > e || !l0.has(Lex.ambiguous) { consider(Match(first: i, end: e2, expr: .offset(wu, -units))) }
        } else if let o = info(e), o.has(Lex.durationOf), lexEnd[e] < toks.count, toks[lexEnd[e]].kind == .word, info(lexEnd[e]) == nil {
          // "بعد ثلاث سنوات من أعمال البناء": after three years of something, a duration
          return Match(first: lexEnd[i], end: e, expr: .duration(unit, n))
        } else if !(i > 0 && (isPunct(i - 1, 0x25) || isNumber(i - 1) && units == 1)),
          // (counted units closed by a "later" word count from an earlier time, and the opening word is a place or
          // another word: "Saí daqui 2 anos 1 mês e 21 dias depois")
          compoundOffset(lexEnd[i], wu, units, e) == nil
        {
          // (after a share, or an amount "in one" unit, it is how long something took: "rose 45% in two years",
          // "£1,500 in one day"; "$10000 in 3 years" stays a date)
          consider(Match(first: i, end: e, expr: .offset(wu, units)))
        }
      }
    }
    consider(offsetOrDuration(i, i))
    return best
  }

  // MARK: quarters "Q3 2018", "2017-q1", "the third quarter of 2018", "3. Quartal", "next quarter"

  /// "q3": a q-mark word with a number 1…4 written onto it; returns the quarter and the index after it.
  func qmark(_ k: Int) -> (Int, Int)? {
    guard let l = info(k), l.has(Lex.qmark), lexEnd[k] == k + 1, isNumber(k + 1), adjacent(k + 1),
      toks[k + 1].digits == 1, (1...4).contains(toks[k + 1].value),
      // (a letter or digit written on after it makes a code: "Q1W2E3")
      !(k + 2 < toks.count && adjacent(k + 2) && toks[k + 2].kind != .punct)
    else { return nil }
    return (toks[k + 1].value, k + 2)
  }

  static let romanHashes: [(UInt64, Int)] = ["i", "ii", "iii", "iv"].enumerated().map { n, s in
    var h = WordHash.seed
    for b in s.utf8 { h = WordHash.add(h, b) }
    return (h, n + 1)
  }

  /// A capital Roman numeral I–IV ("III kwartał"), read only before a quarter or half word.
  func smallRoman(_ k: Int) -> Int? {
    guard k < toks.count, toks[k].kind == .word, toks[k].cap, toks[k].end - toks[k].start <= 3 else { return nil }
    return Parser.romanHashes.first { $0.0 == toks[k].hash }?.1
  }

  func quarter(_ i: Int) -> Match? {
    // "2017-q1", "2018 Q3"
    if let y = yearValue(i, afterMonth: false) {
      var k = i + 1
      if isPunct(k, 0x2D) || isPunct(k, 0x2F) { k += 1 }
      if let (q, e) = qmark(k) { return Match(first: i, end: e, expr: .quarter(q: q, y: y, yearShift: nil, shift: nil)) }
      // "2016 H2", "2017-H1": the year before a half-year code
      if let l = info(k), l.period == 3, lexEnd[k] == k + 1, isNumber(k + 1), adjacent(k + 1), toks[k + 1].digits == 1,
        (1...2).contains(toks[k + 1].value)
      {
        return Match(first: i, end: k + 2, expr: .half(toks[k + 1].value, y: y, yearShift: nil))
      }
      // "2015 het tweede kwartaal", "2017 o primeiro trimestre": the year before a quarter or half of no year
      if i + 1 < toks.count, !isPunct(i + 1, 0x2C), let m = quarter(i + 1) {
        switch m.expr {
        case .quarter(let q?, nil, 0?, nil): return Match(first: i, end: m.end, expr: .quarter(q: q, y: y, yearShift: nil, shift: nil))
        case .half(let h, nil, 0?): return Match(first: i, end: m.end, expr: .half(h, y: y, yearShift: nil))
        default: break
        }
      }
      return nil
    }
    // "vorig jaar het derde kwartaal": a relative year before a quarter or half of no year
    if let a = info(i), a.mod != .none, a.mod != .onwd, a.unit == .none, lexEnd[i] < toks.count, let u = info(lexEnd[i]),
      u.unit == .year, u.mod == .none, case let e0 = lexEnd[lexEnd[i]], e0 < toks.count, !isPunct(e0, 0x2C), let m = quarter(e0)
    {
      switch m.expr {
      case .quarter(let q?, nil, 0?, nil): return Match(first: i, end: m.end, expr: .quarter(q: q, y: nil, yearShift: shift(a.mod), shift: nil))
      case .half(let h, nil, 0?): return Match(first: i, end: m.end, expr: .half(h, y: nil, yearShift: shift(a.mod)))
      default: break
      }
    }
    var k = i
    if let l = info(k), l.has(Lex.lead) || l.has(Lex.article), l.ord == 0, l.mod == .none { k = lexEnd[k] }
    var q = 0
    var e = k
    var half = false
    var yearHalf = false
    // "the last quarter of 2015", "el último trimestre del año pasado": the fourth, when a year follows; alone it is the
    // quarter before the DCT's ("last quarter")
    var lastQuarter: Match?
    if let (v, e2) = qmark(k) {
      q = v
      e = e2
    } else if let l = info(k), l.period == 3, lexEnd[k] == k + 1, isNumber(k + 1), adjacent(k + 1), toks[k + 1].digits == 1,
      (1...2).contains(toks[k + 1].value)
    {
      // "H1 2017"
      q = toks[k + 1].value
      e = k + 2
      half = true
    } else if let l = info(k), l.mod != .none, l.mod != .onwd, let u = info(lexEnd[k]), u.has(Lex.quarter) {
      // "next quarter", "letztes Quartal"
      let m = Match(first: i, end: lexEnd[lexEnd[k]], expr: .quarter(q: nil, y: nil, yearShift: nil, shift: shift(l.mod)))
      guard l.mod == .last else { return m }
      lastQuarter = m
      q = 4
      e = m.end
    } else if let u = info(k), u.has(Lex.quarter), let p = info(lexEnd[k]), p.pmod != .none {
      // "el trimestre pasado", "le trimestre prochain"
      return Match(first: i, end: lexEnd[lexEnd[k]], expr: .quarter(q: nil, y: nil, yearShift: nil, shift: shift(p.pmod)))
    } else {
      var o = 0
      var k2 = k
      var after = false
      if let l = info(k), l.ord > 0 {
        o = Int(l.ord)
        k2 = lexEnd[k]
      } else if lex.ordinalAfter, let w = info(k), w.has(Lex.quarter) || w.isHalf, let l = info(lexEnd[k]), l.ord > 0 {
        o = Int(l.ord)  // "الربع الأول", "النصف الثاني"
        after = true
      } else if let r = smallRoman(k), let w = info(k + 1), w.has(Lex.quarter) || w.isHalf {
        o = r  // "III kwartał", "w I półroczu"
        k2 = k + 1
      } else if isNumber(k), toks[k].digits == 1, isPunct(k + 1, 0x2E) || info(k + 1)?.has(Lex.ordSuffix) == true {
        o = toks[k].value
        k2 = isPunct(k + 1, 0x2E) ? k + 2 : lexEnd[k + 1]
      }
      guard let w = info(k2) else { return nil }
      if w.isHalf, (1...2).contains(o) {
        half = true  // "the first half of 2017", "zweites Halbjahr", "primer semestre"
        yearHalf = w.period == 4
      } else {
        guard (1...4).contains(o), w.has(Lex.quarter) else { return nil }
      }
      q = o
      e = after ? lexEnd[lexEnd[k2]] : lexEnd[k2]
    }
    // the year: "2018", "of 2018", "/2018", ", 2018", "of next year", "this year"
    var k3 = e
    if isPunct(k3, 0x2F) || isPunct(k3, 0x2C) && yearValue(k3 + 1, afterMonth: false) != nil { k3 += 1 }
    var hops = 0
    while let f = info(k3), f.has(Lex.fill) || f.has(Lex.yearPrep), f.month == 0, f.mod == .none, f.unit == .none, hops < 2 {
      k3 = lexEnd[k3]
      hops += 1
    }
    // "من عام 2017": a word for "year" before the year
    if let u = info(k3), u.unit == .year, u.mod == .none, yearValue(lexEnd[k3], afterMonth: false) != nil { k3 = lexEnd[k3] }
    if let y = yearValue(k3, afterMonth: false) {
      return Match(first: i, end: k3 + 1, expr: half ? .half(q, y: y, yearShift: nil) : .quarter(q: q, y: y, yearShift: nil, shift: nil))
    }
    if let (ys, e3) = relativeYear(k3) {
      return Match(first: i, end: e3, expr: half ? .half(q, y: nil, yearShift: ys) : .quarter(q: q, y: nil, yearShift: ys, shift: nil))
    }
    // a half without its year is a half of anything ("the first half" of a match): no date; a word for a half-year
    // ("im zweiten Halbjahr", "el primer semestre") names one of the DCT's year, as a quarter does
    if half { return yearHalf ? Match(first: i, end: e, expr: .half(q, y: nil, yearShift: 0)) : nil }
    if let lastQuarter { return lastQuarter }
    return Match(first: i, end: e, expr: .quarter(q: q, y: nil, yearShift: 0, shift: nil))
  }

  // MARK: centuries "the 21st century", "19. Jahrhundert", "siglo XXI", "XIXe siècle", "last century"

  func century(_ i: Int) -> Match? {
    var k = i
    // an article belongs to the century it opens ("the 19th century", "el siglo XIX", "de 21e eeuw")
    if let l = info(k), l.has(Lex.article) || l.has(Lex.lead), l.period == 0, l.ord == 0, l.mod == .none, l.roman == 0 { k = lexEnd[k] }
    guard k < toks.count else { return nil }
    if let m = info(k), m.mod != .none, m.mod != .onwd, m.period == 0, let c = info(lexEnd[k]), c.period == 2 {
      return Match(first: i, end: lexEnd[lexEnd[k]], expr: .century(base: nil, shift: shift(m.mod)))  // "this century"
    }
    if let c = info(k), c.period == 2 {
      let e = lexEnd[k]
      if let p = info(e), p.pmod != .none, p.wd == 0 {
        return Match(first: i, end: lexEnd[e], expr: .century(base: nil, shift: shift(p.pmod)))  // "el siglo pasado"
      }
      if let r = info(e), r.roman > 0 { return Match(first: i, end: lexEnd[e], expr: .century(base: Int(r.roman) - 1, shift: 0)) }  // "siglo XXI"
      if lex.ordinalAfter, let o = info(e), o.ord > 0 {
        return Match(first: i, end: lexEnd[e], expr: .century(base: Int(o.ord) - 1, shift: 0))  // "القرن الحادي والعشرين"
      }
      if lex.ordinalAfter, isNumber(e), toks[e].digits <= 2, (1...30).contains(toks[e].value) {
        return Match(first: i, end: e + 1, expr: .century(base: toks[e].value - 1, shift: 0))  // "القرن 21"
      }
      return nil
    }
    var n = 0
    var e = k
    if let l = info(k), l.ord > 0 {
      n = Int(l.ord)
      e = lexEnd[k]
    } else if let l = info(k), l.roman > 0 {
      n = Int(l.roman)
      e = lexEnd[k]
      if isPunct(e, 0x2E), adjacent(e) { e += 1 }  // "XXI."
    } else if isNumber(k), let (dv, e2, ord) = day(k, allowCardinalWord: false), ord {
      n = dv
      e = e2
    }
    guard n > 0, let c = info(e), c.period == 2 else { return nil }
    return Match(first: i, end: lexEnd[e], expr: .century(base: n - 1, shift: 0))
  }

  // MARK: seasons "summer of 2018", "Sommer 2018", "last summer", "el verano pasado", "cet été"

  func season(_ i: Int) -> Match? {
    // an article before a season with its modifier stays, as before a relative unit: "[la próxima primavera]",
    // "[el verano pasado]", "[le printemps prochain]" (not before "the summer of last year": "el [verano del año pasado]")
    if let a = info(i), a.has(Lex.article) || a.has(Lex.lead), a.mod == .none, a.unit == .none, a.season == 0, a.month == 0, a.wd == 0, a.cur == .none,
      a.ord == 0, a.num == 0, case let k = lexEnd[i], k < toks.count, let s = info(k),
      (s.mod != .none && s.mod != .onwd && s.season == 0)
        || (s.season > 0 && (info(lexEnd[k]).map { $0.pmod != .none && $0.wd == 0 && $0.month == 0 } ?? false)),
      var inner = season(k), case .season(_, nil, let ys) = inner.expr, ys != 0
    {
      inner.first = i
      return inner
    }
    // in the news convention an article before a season alone or with its year stays too: "in [de zomer van 2015]",
    // "in [the summer]", "en [el verano de 2017]" (direction=future keeps the expression as written)
    if !future, let a = info(i), a.has(Lex.article), a.mod == .none, a.unit == .none, a.season == 0, a.month == 0,
      a.wd == 0, a.cur == .none, a.ord == 0, a.num == 0, a.holiday == 0, case let k = lexEnd[i], k < toks.count,
      let s = info(k), s.season > 0,
      var inner = season(k), case .season(_, let y, 0) = inner.expr, y != nil || inner.end == lexEnd[k],
      // (a capitalised season word that is part of a name stays a name: "Leon de Winter")
      !(lex.lowerMonths && toks[k].cap && !toks[k].upper && properNoun(k))
    {
      inner.first = i
      return inner
    }
    var k = i
    var mod = Mod.none
    if let l = info(k), l.mod != .none, l.mod != .onwd, l.season == 0 {
      mod = l.mod
      k = lexEnd[k]
    }
    guard let s = info(k), s.season > 0 else { return nil }
    let e = lexEnd[k]
    if mod != .none { return Match(first: i, end: e, expr: .season(Int(s.season), y: nil, yearShift: shift(mod))) }
    // the year: "2018", "of 2018", "de 2018", "del 2018"
    var k2 = e
    var hops = 0
    while let f = info(k2), f.has(Lex.fill) || f.has(Lex.yearPrep), f.month == 0, f.mod == .none, f.unit == .none, hops < 2 {
      k2 = lexEnd[k2]
      hops += 1
    }
    if let y = yearValue(k2, afterMonth: false) { return Match(first: i, end: k2 + 1, expr: .season(Int(s.season), y: y, yearShift: 0)) }
    // "zomer, 2014": a comma between a season and its four-digit year, as between a month and its year
    if k2 == e, isPunct(e, 0x2C), e + 1 < toks.count, toks[e + 1].kind == .number, toks[e + 1].digits == 4,
      let y = yearValue(e + 1, afterMonth: false)
    {
      return Match(first: i, end: e + 2, expr: .season(Int(s.season), y: y, yearShift: 0))
    }
    // "summer of last year", "Sommer letzten Jahres", "verano del año pasado"
    if let (ys, e3) = relativeYear(e) { return Match(first: i, end: e3, expr: .season(Int(s.season), y: nil, yearShift: ys)) }
    if let p = info(e), p.pmod != .none, p.wd == 0, p.month == 0 {
      return Match(first: i, end: lexEnd[e], expr: .season(Int(s.season), y: nil, yearShift: shift(p.pmod)))
    }
    // a season named alone is a date after a preposition or article only ("in the summer", "im Sommer");
    // a name that is also a common word ("fall", "vår", "été") needs a year or a modifier
    guard !s.has(Lex.ambiguous), standalone || (i > 0 && (info(i - 1).map { $0.has(Lex.prep) || $0.has(Lex.fill) || $0.has(Lex.yearPrep) || $0.has(Lex.article) } ?? false))
    else { return nil }
    return Match(first: i, end: e, expr: .season(Int(s.season), y: nil, yearShift: 0))
  }

  func shift(_ m: Mod) -> Int {
    switch m {
    case .last, .recent: return -1
    case .next, .upcoming: return 1
    case .next2: return 2
    case .last2: return -2
    default: return 0
    }
  }

  func weekdayAfter(_ k0: Int) -> (wd: Int, end: Int)? {
    var k = k0
    // "next week Mon", "previous week - Monday", "prossima settimana di lunedì", "volgende week, op dinsdag"; a
    // preposition as before a weekday of a named week ("[next week on Wednesday]", "[this week on Tuesday]"; not one of
    // tag `wkout` in the news convention)
    func between(_ f: Lex) -> Bool {
      (f.has(Lex.fill) || (f.has(Lex.prep) && !f.has(Lex.lead) && !f.has(Lex.article) && (future || !f.weekdayOfWeekOut)))
        && f.wd == 0 && f.month == 0 && f.unit == .none && f.mod == .none && !f.hasRel
    }
    if isPunct(k, 0x2D) {
      k += 1
    } else if isPunct(k, 0x2C), let f = info(k + 1), between(f), let w = info(lexEnd[k + 1]), w.wd > 0 {
      k = lexEnd[k + 1]
    } else if let f = info(k), between(f), f.has(Lex.fill) || (info(lexEnd[k])?.wd ?? 0) > 0 {
      k = lexEnd[k]
    }
    guard let l = info(k), l.wd > 0, l.wdMod == .none else { return nil }
    var e = lexEnd[k]
    if l.wdShort { e = withWeekdayDot(word: k, end: e) }
    return (Int(l.wd), e)
  }

  /// After a word of one letter, the token after its abbreviation dot (Danish "d." for "den": "søndag d. 9. september");
  /// otherwise `k`.
  func abbreviationDot(_ k: Int) -> Int {
    guard k > 0, isPunct(k, 0x2E), adjacent(k), toks[k - 1].kind == .word, toks[k - 1].end - toks[k - 1].start == 1 else { return k }
    return k + 1
  }

  /// Whether the weekday at `first..<e` is one end of a range of weekdays: "de [quinta] a sexta", "de segunda a [quarta]"
  /// (a short weekday name, which alone may be another word, is a weekday there).
  func inWeekdayRange(_ first: Int, _ e: Int) -> Bool {
    if e < toks.count, let c = info(e), c.has(Lex.rangeTo), let w = info(lexEnd[e]), w.wd > 0, rangeOpener(first) != nil { return true }
    guard first > 1, let c = info(first - 1), lexEnd[first - 1] == first, c.has(Lex.rangeTo) else { return false }
    var j = first - 2
    if j > 0, toks[j].kind == .punct, toks[j].value == 0x2E { j -= 1 }
    guard let w = info(j), w.wd > 0 else { return false }
    return rangeOpener(j) != nil
  }

  /// The start of the weekday that follows the weekday ending at `e` as the next item of a list: after a comma, a word
  /// of the lexicon's `listJoin` or nothing, and a preposition or article ("terça, [qua]", "seg [ter]", "na terça ou na
  /// [sexta]"); nil when none does.
  func nextListedWeekday(_ e: Int) -> Int? {
    var j = e
    if isPunct(j, 0x2C) { j += 1 }
    if j < toks.count, toks[j].kind == .word, lex.listJoin.contains(toks[j].hash), info(j)?.wd ?? 0 == 0 { j += 1 }
    if let a = info(j), a.has(Lex.prep) || a.has(Lex.article), a.wd == 0, a.month == 0, lexEnd[j] == j + 1,
      (info(j + 1)?.wd ?? 0) > 0
    {
      j += 1
    }
    guard let w = info(j), w.wd > 0, w.wdMod == .none else { return nil }
    return j
  }

  /// Whether the short weekday at `first` is an item of a list of weekdays: "na terça, [qua], [qui] ou sexta", "[seg],
  /// [ter], [qua]" (three items or more, or two of which one is a full name: "[segunda] e terça"; not two short names
  /// alone, "na segunda e quarta", which may be ordinals).
  func inWeekdayList(_ first: Int) -> Bool {
    var s = max(0, first - 16)
    while s <= first {
      guard let w0 = info(s), w0.wd > 0, w0.wdMod == .none else {
        s += 1
        continue
      }
      var items = 0
      var full = 0
      var hit = false
      var k: Int? = s
      var last = s
      while let cur = k, let w = info(cur), items < 8 {
        items += 1
        if !w.wdShort { full += 1 }
        if cur == first { hit = true }
        last = cur
        k = nextListedWeekday(w.wdShort ? withWeekdayDot(word: cur, end: lexEnd[cur]) : lexEnd[cur])
      }
      if hit { return items >= 3 || (items == 2 && full >= 1) }
      s = last + 1
    }
    return false
  }

  /// After a weekday: "of next week", "i sidste uge", "dernier", "evening".
  func weekdayTail(_ first: Int, _ after: Int, _ wd: Int, _ mod: Mod, short: Bool) -> Match? {
    guard let m = weekdayPhrase(first, after, wd, mod, short: short) else { return nil }
    // a short weekday in lower case without its dot, after an article and before a word the lexicon does not know,
    // is that word ("le jeu se joue", "la mer calme"); "dom, amanhã", "terça qua qui ou", "reunión mar" stay dates
    if short, m.end == after, after > 0, !toks[after - 1].cap, after < toks.count, toks[after].kind == .word, info(after) == nil,
      first > 0, let p = info(first - 1), p.has(Lex.lead) || p.has(Lex.article), p.wd == 0
    {
      return nil
    }
    return m
  }

  func weekdayPhrase(_ first: Int, _ after: Int, _ wd: Int, _ mod: Mod, short: Bool) -> Match? {
    var e = after
    if short { e = withWeekdayDot(word: e - 1, end: e) }
    // a short weekday that is also another word ("segunda" the ordinal, "mar" the sea) is read in a longer text in a range
    // of weekdays, or, where it is no common word of its own (tag `amb`), with a modifier before it or a tail after it
    // that only a weekday takes: "na próxima segunda", "na quarta passada", "na segunda da semana que vem"
    let bare = short && !standalone && !inWeekdayRange(first, e) && !inWeekdayList(first)
    if bare, info(after - 1)?.has(Lex.ambiguous) ?? true { return nil }
    if let m = weekdayModified(first, e, wd, mod) { return m }
    if bare, mod == .none || mod == .onwd { return nil }
    if let t = info(e), t.has(Lex.tod) { e = lexEnd[e] }
    return Match(first: first, end: e, expr: .weekday(wd, mod, weekOffset: nil))
  }

  /// The weekday phrase at `first` when a modifier after the weekday (which ends at `e`) or a week it is named in
  /// changes it: "næste fredag igen", "mittwoch in 2 wochen", "tuesday of next week", "mercredi dernier".
  func weekdayModified(_ first: Int, _ e: Int, _ wd: Int, _ mod: Mod) -> Match? {
    // "næste fredag igen", "nästa onsdag igen": one more step after the next one, as "übernächsten Freitag"
    if mod == .next || mod == .upcoming, let p = info(e), p.pmod == .next2, p.wd == 0, p.unit == .none {
      return Match(first: first, end: lexEnd[e], expr: .weekday(wd, .next2, weekOffset: nil))
    }
    if mod == .this, let p = info(e), p.pmod != .none {
      return Match(first: first, end: lexEnd[e], expr: .weekday(wd, p.pmod == .last ? .recent : p.pmod, weekOffset: nil))
    }
    if mod == .none, let l = info(e), l.has(Lex.inPre), let (n, k) = amount(lexEnd[e]), let u = info(k), u.unit == .week {
      // "mittwoch in 2 wochen"
      return Match(first: first, end: lexEnd[k], expr: .weekday(wd, .none, weekOffset: Int(n)))
    }
    if mod == .none, let p = info(e), p.wdWeeks > 0 {
      return Match(first: first, end: lexEnd[e], expr: .weekdayInWeeks(wd, Int(p.wdWeeks)))
    }
    if mod == .none {
      // "tuesday of next week", "søndag i sidste uge", "mardi de la semaine prochaine", "dienstag dieser woche"
      var k = e
      var hops = 0
      while let f = info(k), f.has(Lex.fill), f.mod == .none, f.unit == .none, hops < 3 {
        k = lexEnd[k]
        hops += 1
      }
      // "sexta-feira da 1ª semana de outubro", "Friday of the second week of May": a weekday of the n-th week of a month
      if hops > 0, let w = nth(k), case .nthInMonth(_, let unit, _, _, _) = w.expr, unit == weekOfMonth {
        return Match(first: first, end: w.end, expr: .weekdayOf(wd, w.expr, after: false))
      }
      if let m = info(k), m.mod != .none, m.mod != .onwd, let u = info(lexEnd[k]), u.unit == .week {
        return Match(first: first, end: lexEnd[lexEnd[k]], expr: .weekday(wd, .none, weekOffset: shift(m.mod)))
      }
      if let u = info(k), u.unit == .week, let p = info(lexEnd[k]), p.pmod != .none {
        return Match(first: first, end: lexEnd[lexEnd[k]], expr: .weekday(wd, .none, weekOffset: shift(p.pmod)))
      }
      if let p = info(e), p.pmod != .none {
        let pm = p.wdNext != .none ? p.wdNext : p.pmod
        // "sexta-feira passada, dia 14", "lunes que viene, día 1", "venerdì scorso 14": a day number after the weekday
        // and its modifier places that day before (after) the DCT on that weekday
        let near: Mod = pm == .next || pm == .upcoming ? .next : pm == .last || pm == .recent ? .last : .none
        if near != .none, let (d, de) = dayAfterWeekday(abbreviationEnd(lexEnd[e])) {
          return Match(first: first, end: de, expr: .dayNear(d, near, wd: wd))
        }
        return Match(first: first, end: abbreviationEnd(lexEnd[e]), expr: .weekday(wd, pm, weekOffset: nil))
      }
    }
    return nil
  }

  /// "3 days after January 12th", "4 maanden vanaf morgen", "dos días después de hoy": `e` is the token after the unit.
  /// The anchor word may be the start of a longer phrase ("depois de" in "depois de amanhã": "5 semanas depois de amanhã"
  /// counts from tomorrow), and an article may stand between it and the date ("zwei Tage nach dem 5. Mai").
  func anchored(_ first: Int, _ e: Int, _ unit: Unit, _ n: Int) -> Match? {
    guard e < toks.count, toks[e].kind == .word else { return nil }
    // (hours or minutes from a day name a time, no date: "[3 minuten] vanaf [vandaag]" keeps the count and the day)
    if unit.isTimeOfDay { return nil }
    // (not when the phrase is itself "from now": "fra i dag")
    if let l = info(e), l.has(Lex.later), !l.has(Lex.anchorAfter), !l.has(Lex.anchorBefore) { return nil }
    guard let (a, next) = anchorPhrase(at: e), next < toks.count else { return nil }
    var inner = match(at: next)
    if inner == nil, let f = info(next), f.has(Lex.article) || f.has(Lex.fill), f.month == 0, f.unit == .none, f.mod == .none {
      inner = lexEnd[next] < toks.count ? match(at: lexEnd[next]) : nil
    }
    guard let inner else { return nil }
    switch inner.expr {
    case .date(_, _?, _?, _), .relDay, .weekday, .holiday, .nthInMonth:
      return Match(first: first, end: inner.end, expr: .anchored(unit, a.has(Lex.anchorBefore) ? -n : n, inner.expr))
    default: return nil
    }
  }

  /// "the day after Christmas 2015", "(am) Tag nach dem 5. Mai 2017", "el día antes del 3 de marzo": one day counted from
  /// a date; an article opens the span, a preposition stays out.
  func dayAnchored(_ i: Int) -> Match? {
    guard let l = info(i), l.unit == .day || l.hasRel || l.has(Lex.article) || l.has(Lex.lead) else { return nil }
    // (the word for "day" read alone: "the day after" is also a phrase; checked without hashing in the common case)
    @inline(__always) func dayWord(_ k: Int) -> Bool {
      guard k < toks.count, toks[k].kind == .word, let u = lexEnd[k] > k + 1 ? single(k) : info(k) else { return false }
      return u.unit == .day && u.mod == .none && !u.hasRel
    }
    if dayWord(i) { return anchored(i, i + 1, .day, 1) }
    guard dayWord(i + 1), let a = single(i) ?? info(i), a.has(Lex.article) || a.has(Lex.lead), a.unit == .none, a.wd == 0,
      a.month == 0
    else { return nil }
    return anchored(a.has(Lex.article) ? i : i + 1, i + 2, .day, 1)
  }

  /// The token to go on from when match `m` is part of a name rather than a date, else nil:
  /// - a date right after a noun of the lexicon's `streetBefore`, the noun or the month capitalised inside a sentence,
  ///   names a street, square or bridge: "la Avenida 9 de Julio", "a Rua 25 de Março", "la calle 8 de Marzo" (the text
  ///   goes on after the month: "Avenida 9 de Julio [desde 2012]");
  /// - where months are written in lower case, a capitalised month, weekday or season alone inside a sentence, next to
  ///   a capitalised word the lexicon does not know (with a word for "of" between, after it), is part of that name:
  ///   "el ciclista Domingo Ruiz", "la Clínica Mayo", "Plaza de Mayo", "Editora Abril", "Leon de Winter";
  /// - a short weekday after the indefinite article is the word it spells: "uma terça parte", "uma quinta no Douro".
  func nameSkip(_ m: Match) -> Int? {
    let first = m.first
    guard first > 0, first < m.end else { return nil }
    if toks[first - 1].kind == .word, lex.streetBefore.contains(toks[first - 1].hash), isNumber(first) {
      var k = first
      while k < m.end, (info(k)?.month ?? 0) == 0 { k += 1 }
      if k < m.end, properNoun(first - 1) || (lex.lowerMonths && toks[k].cap && !toks[k].upper) { return lexEnd[k] }
    }
    // a weekday written as a feminine ordinal alone ("na 6ª", sexta) is a rank before a word that is no date word ("a 6ª
    // edição", "na 2ª volta") or after a word for "in" or no preposition ("ficou em 2ª")
    if isNumber(first), lexEnd[first] == m.end, let l = info(first), l.wdShort, l.wd > 0 {
      if m.end < toks.count, toks[m.end].kind == .word, info(m.end).map({ !$0.has(Lex.rangeAnd) && !$0.has(Lex.rangeTo) }) ?? true {
        return m.end
      }
      // (in a list of weekdays a comma or "and" stands before it: "na 3ª, [4ª] e [5ª]")
      var p = first - 1
      if p > 0, isPunct(p, 0x2C) || (info(p).map { $0.has(Lex.rangeAnd) || $0.has(Lex.rangeTo) } ?? false) {
        p -= 1
        if p >= 0, toks[p].kind == .word, isNumber(p - 1), adjacent(p) { p -= 1 }
        if let w = info(p), w.wd > 0 { return nil }
      }
      if !(info(first - 1).map { ($0.has(Lex.prep) || $0.mod != .none) && !$0.has(Lex.inPre) } ?? false) { return m.end }
    }
    guard lexEnd[first] == m.end, toks[first].kind == .word, let l = info(first) else { return nil }
    if lex.lowerMonths, l.wd > 0 || l.month > 0 || l.season > 0, toks[first].cap, !toks[first].upper, properNoun(first) {
      let datePrep = info(first - 1).map { $0.has(Lex.prep) || $0.has(Lex.fill) || $0.has(Lex.yearPrep) || $0.has(Lex.article) } ?? false
      if !datePrep, m.end < toks.count, toks[m.end].kind == .word, toks[m.end].cap, info(m.end) == nil { return m.end }
      var k = first - 1
      if k > 0, toks[k].kind == .word, !toks[k].cap, info(k)?.has(Lex.fill) ?? false { k -= 1 }
      if toks[k].kind == .word, toks[k].cap, !toks[k].upper, info(k) == nil { return m.end }
    }
    if l.wdShort, l.wd > 0, !toks[first].cap, let a = info(first - 1), a.num == 1, lexEnd[first - 1] == first { return m.end }
    // a short weekday that is also a common word (tag `amb`: English "sat", "sun", "wed"), in lower case after a word
    // that is no preposition, is that word: "She sat down", "the sun is up" (not "on [sat]", nor in a list "[sat], ...")
    if l.wdShort, l.wd > 0, l.has(Lex.ambiguous), !toks[first].cap, toks[first - 1].kind == .word,
      !(info(first - 1).map { $0.has(Lex.prep) && !$0.has(Lex.article) } ?? false), !inWeekdayList(first)
    {
      return m.end
    }
    return nil
  }

  /// The match at `i`, or a weekday counted from a date that starts there and is longer (read at the top level of a line
  /// only, where a weekday, or an article or ordinal before one, stands).
  func matchOrAnchoredWeekday(at i: Int) -> Match? {
    let m = match(at: i)
    guard let l = info(i), l.wd > 0 || l.ord > 0 || (info(lexEnd[i]).map { $0.wd > 0 || $0.ord > 0 } ?? false),
      let w = weekdayAnchored(i), w.end > (m?.end ?? i)
    else { return m }
    return w
  }

  /// "the Monday before Christmas 2015", "[the first Monday after Easter 2016]", "el lunes siguiente al 5 de mayo", "der
  /// Sonntag vor Ostern": the (n-th) weekday after or before a date, the date itself left out. An article opens the span
  /// only before an ordinal, as in "[the first Sunday of this year]" (and in direction=future, as written).
  func weekdayAnchored(_ i: Int) -> Match? {
    var k = i
    guard let l = info(i), l.wd > 0 || l.ord > 0 || l.has(Lex.article) || l.has(Lex.lead) else { return nil }
    var first = i
    if l.wd == 0, l.ord == 0 {
      k = lexEnd[k]
      first = k
    }
    var n = 1
    if let o = info(k), o.ord > 0, o.wd == 0, o.unit == .none {
      n = Int(o.ord)
      if first == k || (future || (info(i)?.has(Lex.article) ?? false)) { first = i }
      k = lexEnd[k]
    }
    if future { first = i }
    guard let w = info(k), w.wd > 0, w.wdMod == .none, !w.wdShort, !w.wdPlural, w.mod == .none, lexEnd[k] < toks.count else { return nil }
    let e = lexEnd[k]
    guard toks[e].kind == .word, let (a, next) = anchorPhrase(at: e), next < toks.count else { return nil }
    var inner = match(at: next)
    if inner == nil, let f = info(next), f.has(Lex.article) || f.has(Lex.fill), f.month == 0, f.unit == .none, f.mod == .none {
      inner = lexEnd[next] < toks.count ? match(at: lexEnd[next]) : nil
    }
    guard let inner else { return nil }
    switch inner.expr {
    case .date(_, _?, _?, _), .holiday: break
    default: return nil
    }
    // the first such weekday after the day `shift` days from the date: n-th after it, or n-th before it
    let shift = a.has(Lex.anchorBefore) ? -7 * n - 1 : 7 * (n - 1)
    return Match(first: first, end: inner.end, expr: .weekdayOf(Int(w.wd), .anchored(.day, shift, inner.expr), after: true))
  }

  /// The longest phrase at `e` that places a date after or before another ("after", "nach", "depois de"), even inside
  /// a longer phrase of the lexicon; returns it and the token after it.
  func anchorPhrase(at e: Int) -> (Lex, Int)? {
    guard let first = lex.table[toks[e].hash] else { return nil }
    var found: (Lex, Int)?
    var w = first
    var h = toks[e].hash
    var j = e + 1
    while true {
      if w >= 0, infos[Int(w)].has(Lex.anchorAfter) || infos[Int(w)].has(Lex.anchorBefore) { found = (infos[Int(w)], j) }
      guard j < toks.count, j - e < lex.maxPhrase, toks[j].kind == .word else { break }
      h = WordHash.combine(h, toks[j].hash)
      guard let f = lex.table[h] else { break }
      w = f
      j += 1
    }
    // "siguiente al", "anterior a", "seguinte ao": a word for "next" or "previous" and a preposition after the day
    if found == nil, lexEnd[e] == e + 1, let p = info(e), p.pmod == .next || p.pmod == .last, p.wd == 0, p.unit == .none,
      let q = info(e + 1), q.has(Lex.prep), q.month == 0, q.wd == 0, lexEnd[e + 1] < toks.count
    {
      var a = Lex()
      a.flags2 = UInt16((p.pmod == .next ? Lex.anchorAfter : Lex.anchorBefore) >> 16)
      found = (a, lexEnd[e + 1])
    }
    return found
  }

  /// "two days ago", "3 years later", "20 years".
  func offsetOrDuration(_ first: Int, _ i: Int) -> Match? {
    guard let (n0, k) = amount(i) else { return nil }
    var n = n0
    if let w = info(k), w.wdPlural, w.wd > 0, n >= 1, n == n.rounded(), let a = info(lexEnd[k]), a.has(Lex.ago) || a.has(Lex.later) {
      // "three fridays from now", "2 thursdays ago"
      return Match(first: first, end: lexEnd[lexEnd[k]], expr: .weekdayCount(Int(w.wd), a.has(Lex.ago) ? -Int(n) : Int(n)))
    }
    if let m = info(k), m.mod == .upcoming, n >= 1, n == n.rounded(), let u = info(lexEnd[k]),
      u.unit == .day || u.unit == .week || u.unit == .month || u.unit == .year
    {
      return Match(first: first, end: lexEnd[lexEnd[k]], expr: .unitRel(u.unit, Int(n)))
    }
    if let y = info(k), y.has(Lex.yearPost), isNumber(i), toks[i].digits == 4, (1000...2999).contains(toks[i].value), i + 1 == k {
      return Match(first: first, end: yearPostEnd(k), expr: .year(Int(toks[i].value)))  // "w 1962 roku", "1962 r."
    }
    // (a unit word that is a whole relative date, "i fjor", "Vorjahr", counts nothing: "nummer to i fjor")
    guard let u = info(k), let (unit, size) = countedUnit(k), u.mod == .none, !u.hasRel else { return nil }
    // "om 20 uur": a time of day
    if u.unit == .hour, first > 0, let c = info(first - 1), c.has(Lex.clock) { return nil }
    // "om 23.00 uur", "à 20:00 heures": the minutes of a time of day
    if u.unit == .hour, first == i, first > 1, toks[first].digits == 2, adjacent(first), adjacent(first - 1),
      isPunct(first - 1, 0x2E) || isPunct(first - 1, 0x3A), isNumber(first - 2)
    {
      return nil
    }
    // (decades and centuries, which `countedUnit` counts in decades, need a number or a number word; a half only before a
    // century: "meio século")
    if unit == .decade, info(i)?.num == nil, !isNumber(i), !(size != 1 && info(i)?.period == 1) { return nil }
    // "uma mesa para dois dia 18": a word for "day" that opens a day number ("dia 18") belongs to that day, and the
    // count before it stays a number (not when a unit follows the number: "1 dia 18 horas")
    if u.has(Lex.dayWord), let (_, de, _) = day(lexEnd[k], allowCardinalWord: false),
      !(info(de).map { $0.unit != .none } ?? false)
    {
      return nil
    }
    let e = unitEnd(k, &n)
    n *= size
    let (wu, wn) = Parser.whole(unit, n)
    if let a = anchored(first, e, wu, wn) { return a }
    if let c = compoundOffset(first, wu, wn, e) { return c }
    if let a = info(e), a.has(Lex.ago) {
      return Match(first: first, end: lexEnd[e], expr: .offset(wu, -wn))
    }
    if let a = info(e), a.has(Lex.later) {
      return Match(first: first, end: lexEnd[e], expr: .offset(wu, wn))
    }
    // a bare number before a unit word is a duration only with a real number or number word
    if isNumber(i), toks[i].digits > 4 { return nil }
    // "un mes entero": the whole unit
    if n == 1, let w = info(e), w.has(Lex.whole) { return Match(first: first, end: lexEnd[e], expr: .duration(unit, n)) }
    return Match(first: first, end: e, expr: .duration(unit, n))
  }

  /// The unit a count at `k` is counted in and how many of it one word names: the unit word's own, or ten decades for a
  /// word for "century" ("[two centuries]" P200Y, "[meio século]" P50Y, "[há dois séculos]" 1816, a year as a decade
  /// back is); nil for no unit.
  func countedUnit(_ k: Int) -> (Unit, Double)? {
    guard let u = info(k) else { return nil }
    if u.unit != .none { return (u.unit, 1) }
    if u.period == 2, u.mod == .none, !u.hasRel { return (.decade, 10) }
    return nil
  }

  // MARK: ISO weeks "week 42", "KW 42", "semana 42 de 2016", "W05 2017"

  func weekNumber(_ i: Int) -> Match? {
    guard let l = info(i), l.has(Lex.weekNumber) else { return nil }
    let k = lexEnd[i]
    // "W05", "KW42" or "week 42"; nothing numeric glued after the number ("week 4-5", "KW 42.3")
    guard isNumber(k), toks[k].digits <= 2, (1...53).contains(toks[k].value),
      !(k + 1 < toks.count && adjacent(k + 1) && toks[k + 1].kind == .punct && isNumber(k + 2) && adjacent(k + 2))
    else { return nil }
    var e = k + 1
    if let u = info(e), u.unit != .none || u.has(Lex.ordSuffix) { return nil }  // "week 2 days", "week 2nd"
    var y: Int?
    var j = e
    if let f = info(j), f.has(Lex.fill) || f.has(Lex.yearPrep), lexEnd[j] == j + 1 { j += 1 }
    if isNumber(j), toks[j].digits == 4, (1900...2099).contains(toks[j].value) {
      y = toks[j].value
      e = j + 1
    }
    return Match(first: i, end: e, expr: .isoWeek(y: y, w: toks[k].value))
  }

  /// "2 years 1 month 21 days later", "three weeks, two days ago": counted units one after another (a comma or "and"
  /// may stand between them) closed by an "ago" or "later" word; the months (and years) are counted first, then the days.
  func compoundOffset(_ first: Int, _ u0: Unit, _ n0: Int, _ e0: Int) -> Match? {
    var months = 0
    var days = 0
    var parts = 0
    func add(_ u: Unit, _ n: Int) -> Bool {
      switch u {
      case .year: months += 12 * n
      case .month: months += n
      case .week: days += 7 * n
      case .day: days += n
      default: return false
      }
      parts += 1
      return true
    }
    guard add(u0, n0), e0 < toks.count else { return nil }
    var e = e0
    while e < toks.count {
      var k = e
      if isPunct(k, 0x2C) { k += 1 } else if let a = info(k), a.has(Lex.numAnd) { k = lexEnd[k] }
      guard let (n, ku) = amount(k), n >= 1, n == n.rounded(), let u = info(ku), u.mod == .none, !u.hasRel, add(u.unit, Int(n))
      else { break }
      e = lexEnd[ku]
    }
    guard parts >= 2, let a = info(e), a.has(Lex.ago) || a.has(Lex.later) else { return nil }
    let s = a.has(Lex.ago) ? -1 : 1
    let expr: Expr = months == 0 ? .offset(.day, s * days) : days == 0 ? .offset(.month, s * months)
      : .anchored(.day, s * days, .offset(.month, s * months))
    return Match(first: first, end: lexEnd[e], expr: expr)
  }

  // MARK: rule 4: decades "the 1980s", "90'erne", "1990-talet", "les années 90", "nineties"

  func decade(_ i: Int) -> Match? {
    // an article belongs to the decade it opens ("the 1980s", "den 80er Jahren", "les années 80")
    if let l = info(i), l.has(Lex.article), l.dec == 0, !l.has(Lex.decIntro), l.unit == .none, lexEnd[i] < toks.count,
      var m = decade(lexEnd[i])
    {
      m.first = i
      return m
    }
    let t = toks[i]
    if t.kind == .number, t.digits == 4 || t.digits == 2, t.value % 10 == 0 {
      let base = t.digits == 4 ? t.value / 10 : 190 + t.value / 10
      var k = i + 1
      if k < toks.count, adjacent(k), toks[k].kind == .punct, toks[k].value == 0x27 || toks[k].value == 0x2D { k += 1 }
      if k < toks.count, adjacent(k), let s = info(k), s.has(Lex.decSuffix) {
        return Match(first: i, end: lexEnd[k], expr: .decade(base))
      }
      // "1990 s": a one-letter suffix written apart, closing its phrase
      if t.digits == 4, k == i + 1, k < toks.count, toks[k].end - toks[k].start == 1, let s = info(k), s.has(Lex.decSuffix),
        lexEnd[k] == k + 1, k + 1 == toks.count || toks[k + 1].kind == .punct
      {
        return Match(first: i, end: k + 1, expr: .decade(base))
      }
      return nil
    }
    if t.kind == .punct, t.value == 0x27, isNumber(i + 1), adjacent(i + 1), toks[i + 1].digits == 2, toks[i + 1].value % 10 == 0 {
      let k = i + 2
      if k < toks.count, adjacent(k), let s = info(k), s.has(Lex.decSuffix) {
        return Match(first: i, end: lexEnd[k], expr: .decade(190 + toks[i + 1].value / 10))
      }
      return nil
    }
    guard let l = info(i) else { return nil }
    // "the nineteen eighties": the number of the century before a decade word of that century
    if l.num >= 10, l.num <= 20, l.unit == .none, l.dec == 0, lexEnd[i] < toks.count, let w = info(lexEnd[i]), w.dec > 0,
      Int(w.dec) / 10 == Int(l.num)
    {
      return Match(first: i, end: lexEnd[lexEnd[i]], expr: .decade(Int(w.dec)))
    }
    // "la década de 1980", "the decade of 1990": a decade word and the decade's first year
    let k0 = l.has(Lex.article) && l.unit == .none ? lexEnd[i] : i
    if let u = info(k0), u.unit == .decade, let f = info(lexEnd[k0]), f.has(Lex.fill) || f.has(Lex.yearPrep) {
      let k = lexEnd[lexEnd[k0]]
      if isNumber(k), toks[k].digits == 4, toks[k].value % 10 == 0, toks[k].value >= 1000, toks[k].value <= 2990 {
        return Match(first: i, end: k + 1, expr: .decade(toks[k].value / 10))
      }
      // "a década de 80": two digits after the decade word
      if isNumber(k), toks[k].digits == 2, toks[k].value % 10 == 0, !isPunct(k + 1, 0x2D) {
        return Match(first: i, end: k + 1, expr: .decade(190 + toks[k].value / 10))
      }
      // "a década de oitenta": a tens word after the decade word
      if let w = info(k), w.num >= 20, w.num <= 90, w.num % 10 == 0, w.unit == .none, lexEnd[k] == k + 1 {
        return Match(first: i, end: k + 1, expr: .decade(190 + Int(w.num) / 10))
      }
      // "la década de los ochenta", "la década de los años 80": the decade word before a decade
      if k < toks.count, let m = decade(k) { return Match(first: i, end: m.end, expr: m.expr) }
    }
    if l.dec > 0 { return Match(first: i, end: lexEnd[i], expr: .decade(Int(l.dec))) }
    if l.has(Lex.decIntro) {
      var k = lexEnd[i]
      if isPunct(k, 0x27) { k += 1 }
      if isNumber(k), toks[k].value % 10 == 0 {
        let v = toks[k].value
        if toks[k].digits == 2 { return Match(first: i, end: k + 1, expr: .decade(190 + v / 10)) }
        // (not a range of years: "w latach 2010-2015")
        let range = isPunct(k + 1, 0x2D) && isNumber(k + 2) && toks[k + 2].digits == 4
        if toks[k].digits == 4, v >= 1000, v <= 2990, !range { return Match(first: i, end: k + 1, expr: .decade(v / 10)) }
      }
      if let w = info(k), w.num >= 10, w.num <= 90, w.num % 10 == 0 {
        return Match(first: i, end: lexEnd[k], expr: .decade(190 + Int(w.num) / 10))
      }
      if let w = info(k), w.dec > 0 { return Match(first: i, end: lexEnd[k], expr: .decade(Int(w.dec))) }
    }
    return nil
  }

  // MARK: rule 5: a year alone "in 1979", "2018"

  /// The number at `k` counts something: a word of the lexicon's `countAfter` follows it ("2016 people") or a
  /// phrase of its `countBefore` precedes it ("more than 2016"); or it names one of something, a `labelBefore` noun
  /// before it ("room 2015").
  /// The token after number `k` and the ordinal mark written onto it (".°", "º", ".ª"), or `k + 1` without one.
  func ordinalMarkEnd(_ k: Int) -> Int {
    var e = k + 1
    while e < toks.count, e - k <= 2, adjacent(e),
      toks[e].kind == .punct ? oneOf(toks[e].value, 0x2E, 0xB0, 0xB0) : toks[e].kind == .word && (info(e)?.has(Lex.ordSuffix) ?? false)
    {
      e += 1
    }
    return e
  }

  /// A noun of `countAfter` follows number `k` after its ordinal mark ("17.° veces").
  func countsAfterMark(_ k: Int) -> Bool {
    let e = ordinalMarkEnd(k)
    return e > k + 1 && e < toks.count && toks[e].kind == .word && lex.countAfter.contains(toks[e].hash)
  }

  func countedNumber(_ k: Int) -> Bool {
    if k + 1 < toks.count, toks[k + 1].kind == .word, lex.countAfter.contains(toks[k + 1].hash) { return true }
    guard k > 0, toks[k - 1].kind == .word else { return false }
    // "room 2015", "Zimmer 2015", "vol 2016": a number naming one of something (capitalised or not)
    if lex.labelBefore.contains(toks[k - 1].hash) { return true }
    guard !lex.countBefore.isEmpty else { return false }
    if lex.countBefore.contains(toks[k - 1].hash) { return true }
    return k > 1 && toks[k - 2].kind == .word && lex.countBefore.contains(WordHash.combine(toks[k - 2].hash, toks[k - 1].hash))
  }

  /// The token after a phrase of one or two words of the lexicon's `approxBefore` or `countBefore` ("casi", "rund", "cerca
  /// de", "more than") that starts at token `k`, or nil.
  func approximatorEnd(_ k: Int) -> Int? {
    guard !lex.approxBefore.isEmpty, k < toks.count, toks[k].kind == .word else { return nil }
    if k + 1 < toks.count, toks[k + 1].kind == .word, lex.approxBefore.contains(WordHash.combine(toks[k].hash, toks[k + 1].hash)) {
      return k + 2
    }
    return lex.approxBefore.contains(toks[k].hash) ? k + 1 : nil
  }

  /// Where a phrase of the lexicon's `compareBefore` ("meer dan", "langer dan", "mais de") ends just before token `k`
  /// starts, or nil.
  func comparisonBefore(_ k: Int) -> Int? {
    guard !lex.compareBefore.isEmpty, k > 0, toks[k - 1].kind == .word else { return nil }
    if lex.compareBefore.contains(toks[k - 1].hash) { return k - 1 }
    if k > 1, toks[k - 2].kind == .word, lex.compareBefore.contains(WordHash.combine(toks[k - 2].hash, toks[k - 1].hash)) {
      return k - 2
    }
    return nil
  }

  /// Token `k` is one of the two years of "2010-2015" after a word that introduces years ("w latach 2010-2015"),
  /// or of a clean pair of ascending years "2010-2015", "2010–15" with nothing numeric glued around it
  /// (not "138-2010-2015", "2010-2015-86").
  func yearSpan(_ k: Int) -> Bool {
    func intro(_ a: Int) -> Bool {
      guard a >= 0, isNumber(a), toks[a].digits == 4, a + 2 < toks.count, toks[a + 1].kind == .punct,
        oneOf(toks[a + 1].value, 0x2D, 0x2013, 0x2013), adjacent(a + 1), adjacent(a + 2), isNumber(a + 2)
      else { return false }
      if toks[a + 2].digits == 4, a > 0, lexEnd[a - 1] == a, info(a - 1)?.has(Lex.decIntro) ?? false { return true }
      return secondYear(a + 2) != nil
    }
    return intro(k) || intro(k - 2)
  }

  /// The year of token `b` when it closes a clean range of years "2010-2015", "2010–15" (the first year at b - 2).
  func secondYear(_ b: Int) -> Int? {
    let a = b - 2
    guard a >= 0, isNumber(a), isNumber(b), toks[a].digits == 4, toks[b - 1].kind == .punct, oneOf(toks[b - 1].value, 0x2D, 0x2013, 0x2013),
      adjacent(b - 1), adjacent(b)
    else { return nil }
    let v = toks[a].value
    guard v >= 1900, v <= 2099 else { return nil }
    let w: Int
    if toks[b].digits == 4 {
      w = toks[b].value
    } else if toks[b].digits == 2 {
      w = v / 100 * 100 + toks[b].value
    } else {
      return nil
    }
    guard w > v, w - v <= 100 else { return nil }
    // nothing numeric glued before the first or after the second year
    if a > 0, adjacent(a), toks[a - 1].kind != .punct || oneOf(toks[a - 1].value, 0x2D, 0x2013, 0x2F, 0x2E, 0x2C, 0x3A) || toks[a - 1].value == 0x2B {
      return nil
    }
    if b + 1 < toks.count, adjacent(b + 1) {
      if toks[b + 1].kind != .punct { return nil }
      if isNumber(b + 2), adjacent(b + 2) { return nil }
      if oneOf(toks[b + 1].value, 0x2D, 0x2013, 0x2F, 0x25) { return nil }
    }
    return w
  }

  func year(_ i: Int) -> Match? {
    // "in two thousand and twenty", "in nineteen ninety-nine", "in zweitausendzwölf": a year in words after a year
    // preposition, of three words or more, or a pair of numbers 11…99, or one compound word; a text that is nothing but
    // a year in words ("dos mil dieciocho")
    if let l = info(i), l.has(Lex.yearPrep), let (v, e) = spelledYear(lexEnd[i]), wordYear(lexEnd[i], e) {
      return Match(first: lexEnd[i], end: e, expr: .year(v))
    }
    if standalone, onlyPrepositions(before: i), let (v, e) = spelledYear(i), onlyPunctuation(from: e) {
      return Match(first: i, end: e, expr: .year(v))
    }
    // "no [ano dois mil]", "the [year two thousand]", "im [Jahr zweitausend]": a year in words right after the word for
    // "year" needs no more words than it has; after an "of" word it is spanned alone, as digits are ("no ano de [mil
    // novecentos e noventa]" as "ano de [1990]")
    if let l = info(i), l.unit == .year, l.mod == .none, !l.hasRel, lexEnd[i] < toks.count {
      var s = lexEnd[i]
      if let f = info(s), f.has(Lex.fill), f.unit == .none, f.mod == .none, f.month == 0 { s = lexEnd[s] }
      if let (v, e) = spelledYear(s), wordYear(s, e, afterYearWord: true) {
        return Match(first: s == lexEnd[i] ? i : s, end: e, expr: .year(v))
      }
    }
    var k = i
    var first = i
    if let l = info(i), l.unit == .year, lexEnd[i] < toks.count {
      k = lexEnd[i]
      first = i
    }
    // "año calendario 18", "fiscal year 17": two digits after a year phrase of more than one word are the year
    if first != k, lexEnd[i] - i >= 2, isNumber(k), toks[k].digits == 2,
      !(k + 1 < toks.count && adjacent(k + 1) && toks[k + 1].kind != .punct) && !isNumber(k + 2)
    {
      return Match(first: first, end: k + 1, expr: .year(expandYear(toks[k].value)))
    }
    // "2010–15": the two digits closing a range of years
    if isNumber(k), toks[k].digits == 2, first == k, let w = secondYear(k) { return Match(first: k, end: k + 1, expr: .year(w)) }
    guard isNumber(k), toks[k].digits == 4 else { return nil }
    let v = toks[k].value
    guard v >= 1000, v <= 2999 else { return nil }
    // a comparison sign glued before the year stays with it, like "greater than": "=2019", "year >2015"
    if first == k, k > 0, adjacent(k), isPunct(k - 1, 0x3D) || isPunct(k - 1, 0x3C) || isPunct(k - 1, 0x3E),
      !(k > 1 && adjacent(k - 1) && toks[k - 2].kind != .word)
    {
      first = k - 1
    }
    // part of a bigger number or a code (not "w latach 2010-2015": years after a word for "the years")
    let span = yearSpan(k)
    if span { first = k }  // "in the years [2010-2015]", as "w latach [2010-2015]"
    if !span, k + 1 < toks.count, adjacent(k + 1), toks[k + 1].kind != .punct || oneOf(toks[k + 1].value, 0x2F, 0x2D, 0x3A, 0x25, 0x2C, 0x2E) {
      // (a number after a comma and a space is the next item of a list: "[2014], [2015] e [2016]")
      if toks[k + 1].kind != .punct || (isNumber(k + 2) && (adjacent(k + 2) || toks[k + 1].value != 0x2C))
        || toks[k + 1].value == 0x25
      {
        return nil
      }
    }
    if !span, k > 0, adjacent(k), toks[k - 1].kind == .punct {
      let p = toks[k - 1].value
      if p == 0x24 || p == 0xA3 || p == 0x20AC || ((p == 0x2C || p == 0x2E || p == 0x2D || p == 0x2F) && k > 1 && isNumber(k - 2) && adjacent(k - 1)) { return nil }
    }
    if !span, first == k, countedNumber(k) { return nil }  // "more than 2016 people", "in 2016 cases"
    let prep = k > 0 && (info(k - 1)?.has(Lex.yearPrep) ?? false || info(k - 1)?.unit == .year)
      || (k > 1 && isAbbreviationDot(k - 1) && (info(k - 2)?.has(Lex.yearPrep) ?? false))
    guard (v >= 1900 && v <= 2099) || prep || first != k else { return nil }
    return Match(first: first, end: k + 1, expr: .year(v))
  }
}
