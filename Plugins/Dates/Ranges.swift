// SPDX-License-Identifier: GPL-3.0-or-later

/// A date found on a line, with its value.
struct Found {
  var m: Match
  var value: String
}

/// A range "from X to Y" found on a line: one span valued as its start, with its end.
struct DateRange {
  var first: Int
  var end: Int
  var value: String
  var endValue: String
}

/// Ranges: after the dates of a line are found, "[from] X to Y", "X–Y", "between X and Y" become one
/// date whose value is the start (X completed from Y: "4. bis 22. Mai") and whose `end` is Y.
/// The range words of each language are lexicon tags (rfrom, rbetween, rto, rand).
extension Parser {
  /// The connector between token `a` (after X) and token `b` (Y's first): a dash, a "to" word, or an
  /// "and" word (which needs a "between" word before X); Y's span may itself start with the "to" word
  /// ("bis 22. Mai"). Returns whether "and" was used, or nil when there is no connector.
  func rangeConnector(_ a: Int, _ b: Int) -> (and: Bool, ok: Bool) {
    if a == b {
      guard let l = info(a) else { return (false, false) }
      if l.has(Lex.rangeTo) { return (false, true) }
      if l.has(Lex.rangeAnd) { return (true, true) }
      return (false, false)
    }
    guard a < b, a < toks.count else { return (false, false) }
    var k: Int
    var and = false
    if toks[a].kind == .punct, oneOf(toks[a].value, 0x2D, 0x2013, 0x2013) {
      k = a + 1
    } else if let l = info(a), l.has(Lex.rangeTo) || l.has(Lex.rangeAnd) {
      and = !l.has(Lex.rangeTo)
      k = lexEnd[a]
    } else {
      return (false, false)
    }
    // "tot de start van 2008": an article may stand between the connector and Y
    if k < b, let l = info(k), l.has(Lex.article) || l.has(Lex.lead) { k = lexEnd[k] }
    return (and, k == b)
  }

  /// The "from" or "between" word that ends right before token `x`: its first token and whether it is "between".
  func rangeOpener(_ x0: Int) -> (Int, between: Bool)? {
    var x = x0
    // "entre os dias 12 e 16 de setembro": a word for "days" before a bare day number X
    if x > 1, isNumber(x), let u = info(x - 1), lexEnd[x - 1] == x, u.unit == .day, u.mod == .none, u.cur == .none,
      !u.has(Lex.rangeFrom), !u.has(Lex.rangeBetween)
    {
      x -= 1
    }
    // "tra il 2010 e il 2015": an article may stand between the opening word and X
    if x > 1, let a = info(x - 1), lexEnd[x - 1] == x, a.has(Lex.article) || a.has(Lex.lead), !a.has(Lex.rangeFrom), !a.has(Lex.rangeBetween) {
      x -= 1
    }
    var j = x - 1
    while j >= 0 && j >= x - 3 {
      if lexEnd[j] == x, let l = info(j) {
        if l.has(Lex.rangeBetween) { return (j, true) }
        if l.has(Lex.rangeFrom) { return (j, false) }
      }
      j -= 1
    }
    return nil
  }

  /// Whether the span `a..<b` holds an "end of" word.
  func hasEdgeEnd(_ a: Int, _ b: Int) -> Bool {
    var j = a
    while j < b {
      if let l = info(j), l.has(Lex.edgeEnd) { return true }
      j = max(lexEnd[j], j + 1)
    }
    return false
  }

  /// Kinds of dates a range may join.
  static func rangeable(_ e: Expr) -> Bool {
    switch e {
    case .date, .year, .quarter, .season, .decade, .holiday, .monthOfYear, .nthInMonth, .dayOfYear, .monthRel(_, .none),
      .relDay, .unitRel:
      return true
    default: return false
    }
  }

  /// X completed with the parts it lacks from Y: "4." + "22. Mai" is the 4th of May, "January" + "March 2017"
  /// January 2017 ("December" + "February 2018" December 2017).
  static func completed(_ x: Expr, from y: Expr) -> Expr {
    guard case .date(let yy, let ym, let yd, _) = y else {
      if case .year(let yy) = y, case .monthRel(let m, .none) = x { return .date(y: yy, m: m, d: nil, wd: nil) }
      if case .year(let yy) = y, case .date(nil, let m?, let d, let wd) = x { return .date(y: yy, m: m, d: d, wd: wd) }
      return x
    }
    var xy: Int?
    var xm: Int?
    var xd: Int?
    var xwd: Int?
    switch x {
    case .date(let a, let b, let c, let w): (xy, xm, xd, xwd) = (a, b, c, w)
    case .monthRel(let m, .none): (xy, xm, xd, xwd) = (nil, m, nil, nil)
    default: return x
    }
    if xm == nil, xd != nil, let ym, yd != nil { xm = ym }
    if xy == nil, let yy, let xm {
      let later = ym.map { xm > $0 || (xm == $0 && (xd ?? 0) > (yd ?? 32)) } ?? false
      xy = later ? yy - 1 : yy
    }
    return .date(y: xy, m: xm, d: xd, wd: xwd)
  }

  /// A day number alone before Y ("du [3] au 5 mars", "[3]–5 March", "fra [3.] til"): its token, and the
  /// token after it (and its ordinal mark), when the token before `b` is such a number and it is not before `limit`.
  func bareDayBefore(_ c: Int, limit: Int) -> (Int, Int)? {
    // c: the connector's first token; the number (with its "." or ordinal suffix) ends right before it
    var k = c - 1
    guard k >= limit, k >= 0 else { return nil }
    if toks[k].kind == .punct, toks[k].value == 0x2E, !toks[k].space { k -= 1 }
    else if toks[k].kind == .word, !toks[k].space, let l = info(k), l.has(Lex.ordSuffix) { k -= 1 }
    guard k >= limit, k >= 0, toks[k].kind == .number, toks[k].digits <= 2, toks[k].value >= 1, toks[k].value <= 31 else { return nil }
    return (k, c)
  }

  /// The connector tokens right before Y that a bare day could precede: where the connector starts.
  func connectorStart(before b0: Int) -> Int? {
    var b = b0
    // "entre el 5 y el 10 de marzo": an article the date leaves out stands between the connector and Y
    if b > 1, let a = info(b - 1), lexEnd[b - 1] == b, a.has(Lex.article) || a.has(Lex.lead), !a.has(Lex.rangeTo), !a.has(Lex.rangeAnd) {
      b -= 1
    }
    if b > 0, toks[b - 1].kind == .punct, oneOf(toks[b - 1].value, 0x2D, 0x2013, 0x2013) { return b - 1 }
    if let l = info(b), l.has(Lex.rangeTo) || l.has(Lex.rangeAnd) { return b }
    var j = b - 1
    while j >= 0 && j >= b - 2 {
      if lexEnd[j] == b, let l = info(j), l.has(Lex.rangeTo) || l.has(Lex.rangeAnd) { return j }
      j -= 1
    }
    return nil
  }

  /// Joins the date before (`prev`, if its tokens end right before Y's connector) or a bare day number
  /// before Y with Y into a range.
  func range(_ prev: Found?, _ y: Match, _ yValue: String, _ r: Resolver) -> DateRange? {
    if case .weekday(let wy, _, _) = y.expr, let p = prev, case .weekday(let wx, _, _) = p.m.expr {
      // "from Monday to Friday": the end is the first such weekday after the start
      let c = rangeConnector(p.m.end, y.first)
      guard c.ok, let start = Parser.dayNumber(p.value) else { return nil }
      let opener = rangeOpener(p.m.first)
      if c.and && !(opener?.between ?? false) { return nil }
      // "from Monday to Wednesday next week": a bare first weekday is in the week the second names
      var value = p.value
      var day = start
      if case .weekday(_, let mod, let k?) = y.expr, case .weekday(_, .none, nil) = p.m.expr,
        let v = r.value(.weekday(wx, mod, weekOffset: k)), let z = Parser.dayNumber(v)
      {
        (value, day) = (v, z)
      }
      let n = (wy - wx + 7) % 7
      return DateRange(first: opener?.0 ?? p.m.first, end: y.end, value: value, endValue: Cal.iso(day + (n == 0 ? 7 : n)))
    }
    if case .weekday(let wy, .none, nil) = y.expr, let p = prev, case .relDay = p.m.expr {
      // "from today to Friday", "from tomorrow until Sunday": after a day counted from the DCT, the end is the first
      // such weekday after it, as after a weekday
      let c = rangeConnector(p.m.end, y.first)
      guard c.ok, let start = Parser.dayNumber(p.value) else { return nil }
      let opener = rangeOpener(p.m.first)
      if c.and && !(opener?.between ?? false) { return nil }
      let n = (wy - Cal.weekday(start) + 7) % 7
      return DateRange(first: opener?.0 ?? p.m.first, end: y.end, value: p.value, endValue: Cal.iso(start + (n == 0 ? 7 : n)))
    }
    guard Parser.rangeable(y.expr) else { return nil }
    if let p = prev, Parser.rangeable(p.m.expr) {
      let c = rangeConnector(p.m.end, y.first)
      if c.ok {
        let opener = rangeOpener(p.m.first)
        if c.and && !(opener?.between ?? false) { return nil }
        let x = Parser.completed(p.m.expr, from: y.expr)
        guard var v = r.value(x) else { return nil }
        if hasEdgeEnd(p.m.first, p.m.end), v.utf8.count == 4, let n = Int(v) { v = Cal.pad4(n + 1) }
        guard let v2 = Parser.rangeValue(v, yValue) else { return nil }
        return DateRange(first: opener?.0 ?? p.m.first, end: y.end, value: v2, endValue: yValue)
      }
    }
    // a bare day before a day and month: "du 3 au 5 mars"; before a day of a relative month: "del 4 al 22 de este mes",
    // "van 4 tot 22 deze maand"
    let yd: Int
    let startOn: (Int) -> Expr
    switch y.expr {
    case .date(let yy, let ym?, let d?, _):
      yd = d
      startOn = { .date(y: yy, m: ym, d: $0, wd: nil) }
    case .nthInMonth(let n, 0, let yy, let ym, let shift) where n > 0 && (ym != nil || shift != nil):
      yd = n
      startOn = { .nthInMonth(n: $0, wd: 0, y: yy, m: ym, monthShift: shift) }
    default: return nil
    }
    guard let c = connectorStart(before: y.first), let (k, _) = bareDayBefore(c, limit: prev?.m.end ?? 0), toks[k].value < yd
    else { return nil }
    let conn = rangeConnector(bareEnd(k), y.first)
    guard conn.ok else { return nil }
    let opener = rangeOpener(k)
    if conn.and && !(opener?.between ?? false) { return nil }
    guard let v = r.value(startOn(toks[k].value)) else { return nil }
    return DateRange(first: opener?.0 ?? k, end: y.end, value: v, endValue: yValue)
  }

  /// The day number of a full ISO date value "2019-05-13".
  static func dayNumber(_ v: String) -> Int? {
    let u = Array(v.utf8)
    guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D, let y = Int(v.prefix(4)), let m = Int(v.dropFirst(5).prefix(2)),
      let d = Int(v.suffix(2))
    else { return nil }
    return Cal.days(y, m, d)
  }

  /// The token after a bare day number and its ordinal mark.
  func bareEnd(_ k: Int) -> Int {
    let j = k + 1
    if j < toks.count, !toks[j].space {
      // (a dot is an ordinal mark only where the lexicon writes ordinals so: "4. bis 22. Mai"; elsewhere it ends the
      // sentence: "em dezembro, de 5 a 9.")
      if toks[j].kind == .punct, toks[j].value == 0x2E, lex.dotOrdinal { return j + 1 }
      if toks[j].kind == .word, let l = info(j), l.has(Lex.ordSuffix) { return lexEnd[j] }
    }
    return j
  }

  /// A date followed by a bare later day of its month: "May 4 to 22", "4 - 22 May" is found from Y.
  func trailingDay(_ x: Found, _ r: Resolver) -> DateRange? {
    if let g = monthThenDays(x, r) { return g }
    guard case .date(let yy, let ym?, let xd?, nil) = x.m.expr, x.m.end < toks.count else { return nil }
    let a = x.m.end
    var k: Int
    if toks[a].kind == .punct, oneOf(toks[a].value, 0x2D, 0x2013, 0x2013) { k = a + 1 }
    else if let l = info(a), l.has(Lex.rangeTo) { k = lexEnd[a] }
    else { return nil }
    guard k < toks.count, toks[k].kind == .number, toks[k].digits <= 2, toks[k].value > xd, toks[k].value <= 31 else { return nil }
    var e = bareEnd(k)
    // not a day if a unit, a month or another number follows ("May 4 to 22 people" is not caught here: a noun is rare)
    if e < toks.count, toks[e].kind == .number || (info(e).map { $0.month > 0 || $0.unit != .none } ?? false) { return nil }
    // "March 19-27, 2013", "from May 4 to 22, 2015": the year after the second day is the range's
    var year = yy
    var value = x.value
    if yy == nil {
      let j = isPunct(e, 0x2C) ? e + 1 : e
      if let yv = yearValue(j, afterMonth: false), let v = r.value(.date(y: yv, m: ym, d: xd, wd: nil)) {
        (year, value, e) = (yv, v, j + 1)
      }
    }
    guard let end = r.value(.date(y: year, m: ym, d: toks[k].value, wd: nil)) else { return nil }
    let opener = rangeOpener(x.m.first)
    return DateRange(first: opener?.0 ?? x.m.first, end: e, value: value, endValue: end)
  }

  /// A month followed by a range of two of its days opened by a "between" word: "em [maio entre 10 e 15]", "[outubro
  /// entre os dias 3 e 7]" (an article and a word for "days" may stand before the first day, an article before the second).
  func monthThenDays(_ x: Found, _ r: Resolver) -> DateRange? {
    let yy: Int?
    let ym: Int
    switch x.m.expr {
    case .monthRel(let m, .none): (yy, ym) = (nil, m)
    case .date(let y, let m?, nil, nil): (yy, ym) = (y, m)
    default: return nil
    }
    var k = x.m.end
    guard k < toks.count, let b = info(k), b.has(Lex.rangeBetween) else { return nil }
    k = lexEnd[k]
    func skipArticleAndDays(_ j0: Int) -> Int {
      var j = j0
      if j < toks.count, let a = info(j), a.has(Lex.article) || a.has(Lex.lead), a.unit == .none, a.month == 0 { j = lexEnd[j] }
      if j < toks.count, let u = info(j), u.unit == .day, u.mod == .none, u.cur == .none, isNumber(lexEnd[j]) { j = lexEnd[j] }
      return j
    }
    k = skipArticleAndDays(k)
    guard k < toks.count, toks[k].kind == .number, toks[k].digits <= 2, toks[k].value >= 1, toks[k].value <= 31 else { return nil }
    let d1 = toks[k].value
    let c = bareEnd(k)
    guard c < toks.count, let a = info(c), a.has(Lex.rangeAnd) else { return nil }
    let k2 = skipArticleAndDays(lexEnd[c])
    guard k2 < toks.count, toks[k2].kind == .number, toks[k2].digits <= 2, toks[k2].value > d1, toks[k2].value <= 31 else { return nil }
    let e = bareEnd(k2)
    // not days if a unit, a month, another number or a counted noun follows ("em maio entre 10 e 15 pessoas")
    if e < toks.count, toks[e].kind == .number || (info(e).map { $0.month > 0 || $0.unit != .none } ?? false)
      || (toks[e].kind == .word && lex.countAfter.contains(toks[e].hash))
    {
      return nil
    }
    guard let v = r.value(.date(y: yy, m: ym, d: d1, wd: nil)), let w = r.value(.date(y: yy, m: ym, d: toks[k2].value, wd: nil))
    else { return nil }
    return DateRange(first: x.m.first, end: e, value: v, endValue: w)
  }

  /// The value of a range from start `a` to end `b`, or nil when it runs backwards. A range of
  /// whole years between the same quarter or month of two years is valued as its first year ("2017-Q1 to 2018-Q1": 2017).
  static func rangeValue(_ a: String, _ b: String) -> String? {
    let ua = Array(a.utf8)
    let ub = Array(b.utf8)
    let n = min(ua.count, ub.count)
    for i in 0..<n where ua[i] != ub[i] {
      // digits compare in order; a letter (an underspecified X or W) cannot be ordered: keep
      let da = ua[i] >= 0x30 && ua[i] <= 0x39
      let db = ub[i] >= 0x30 && ub[i] <= 0x39
      if da && db && ua[i] > ub[i] { return nil }
      break
    }
    if ua.count > 4, ua.count == ub.count, ua[4...] == ub[4...], ua[0..<4] != ub[0..<4] { return String(a.prefix(4)) }
    return a
  }
}

/// Lists: "am [3.] und [4. März]", "los días [3] y [4 de marzo]", "op [3], [4] en [5 mei]", "[March 3] and [4, 2015]": each
/// member is a date of its own; a bare day number takes its month and year from the date it is listed with.
extension Parser {
  /// The bare day numbers listed before the day-and-month date `y` (joined to it by "and" words or commas), nearest
  /// first: the first token of each span, the token after it and the day. Not before `limit`.
  func listDays(before y: Match, limit: Int) -> [(first: Int, end: Int, day: Int)] {
    guard case .date(_, _?, let yd?, _) = y.expr, isNumber(y.first) else { return [] }
    var out: [(first: Int, end: Int, day: Int)] = []
    var b = y.first
    var next = yd
    while b > limit {
      var c = b
      // "el 3 y el [4 de marzo]": an article the date leaves out stands between the connector and the date
      if c > 1, let a = info(c - 1), lexEnd[c - 1] == c, a.has(Lex.article) || a.has(Lex.lead), !a.has(Lex.rangeTo),
        !a.has(Lex.rangeAnd)
      {
        c -= 1
      }
      var conn = -1
      if c > 0, isPunct(c - 1, 0x2C) {
        conn = c - 1
      } else {
        var j = c - 1
        while j >= 0 && j >= c - 2 {
          if lexEnd[j] == c, let l = info(j), l.has(Lex.rangeAnd), !l.has(Lex.rangeTo) { conn = j }
          j -= 1
        }
      }
      guard conn > limit, let (k, _) = bareDayBefore(conn, limit: limit), toks[k].value < next else { break }
      // (a number after a month name is that month's day: "März 3 und 4. April" is no list)
      if k > 0, let l = info(k - 1), l.month > 0 { break }
      var first = k
      if !dayArticleOut, k - 1 >= limit, let a = info(k - 1), lexEnd[k - 1] == k, a.has(Lex.lead) { first = k - 1 }
      out.append((first, bareEnd(k), toks[k].value))
      next = toks[k].value
      b = k
    }
    // the list opens with its article ("il 3") or after a preposition, an article or a word for "day" ("am", "op", "les",
    // "los días"), not after a noun the numbers count or label ("Items 3 and 4 May")
    if let f = out.last?.first, f > 0, toks[f].kind == .number, toks[f - 1].kind == .word {
      guard let l = info(f - 1), l.has(Lex.prep) || l.has(Lex.article) || l.has(Lex.fill) || l.has(Lex.yearPrep) || l.unit == .day
      else { return [] }
    }
    return out
  }

  /// A bare later day listed after the day-and-month date `x` ("March 3 and 4", "March 3 and 4, 2015"): its token, the
  /// end of its span and the year written after it, when only punctuation or the end of the line follows.
  func listDayAfter(_ x: Match) -> (k: Int, end: Int, year: Int?)? {
    guard case .date(let yy, _?, let xd?, nil) = x.expr, x.end < toks.count, let l = info(x.end), l.has(Lex.rangeAnd),
      !l.has(Lex.rangeTo)
    else { return nil }
    let k = lexEnd[x.end]
    guard k < toks.count, toks[k].kind == .number, toks[k].digits <= 2, toks[k].value > xd, toks[k].value <= 31 else { return nil }
    let e = bareEnd(k)
    if yy == nil {
      let j = isPunct(e, 0x2C) ? e + 1 : e
      if let yv = yearValue(j, afterMonth: false) { return (k, j + 1, yv) }
    }
    guard e >= toks.count || toks[e].kind == .punct else { return nil }
    return (k, e, nil)
  }
}
