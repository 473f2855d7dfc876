// SPDX-License-Identifier: GPL-3.0-or-later
import StageKit

/// The `dates` stage: finds dates, relative dates, decades and durations and
/// normalises them to TIMEX3-style values anchored on the document creation time.
public final class DatesStage: Stage {
  public static let name = "dates"
  public static let version = "0.1.0"
  public static let summary = "Finds dates and durations and normalises them (relative dates resolved against the DCT)"
  public static let reads: [String] = ["@lang", "@dct"]
  public static let provides: [String] = ["date", "duration", "@dct"]
  public static let options: [OptionSpec] = [
    OptionSpec("dct", .string, default: "", doc: "document creation time (ISO date, possibly partial); overrides the document's"),
    OptionSpec(
      "direction", .string, default: "past", choices: ["past", "future"],
      doc: "how bare weekdays and months resolve: the most recent one (news) or the next one"),
    OptionSpec(
      "phrase", .string, default: "auto", choices: ["auto", "yes", "no"],
      doc: "read the whole text as one date phrase, where short ambiguous forms count ('el 17', 'Mar', 'the first'); auto: a one-line text under 48 bytes"),
  ]

  let optionDCT: DCT?
  let future: Bool
  /// nil: decide per document (a one-line text under 48 bytes is a phrase).
  let phrase: Bool?
  private var lastLang: String?
  private var lastLexicon: Lexicon?
  /// the lexicons of the languages of marked stretches, by their code as marked
  private var segmentLexicons: [String: Lexicon] = [:]
  /// the current line's tokens, kept from document to document
  private var line = LineBuffer()

  public init(config: StageConfig) throws {
    let s = config.string("dct")
    if s.isEmpty {
      optionDCT = nil
    } else {
      guard let d = DCT(parse: s) else { throw StageError("dates: dct=\(s) is not an ISO date") }
      optionDCT = d
    }
    future = config.string("direction", default: "past") == "future"
    switch config.string("phrase", default: "auto") {
    case "yes": phrase = true
    case "no": phrase = false
    default: phrase = nil
    }
    _ = Lexicon.prepared
  }

  deinit { line.deallocate() }

  func lexicon(_ lang: String) -> Lexicon {
    if lang == lastLang, let l = lastLexicon { return l }
    let l = Lexicon.forLanguage(lang)
    lastLang = lang
    lastLexicon = l
    return l
  }

  /// The lexicon of a stretch marked as another language; the document's for a language without tables.
  func segmentLexicon(_ lang: String, else docLex: Lexicon) -> Lexicon {
    if let l = segmentLexicons[lang] { return l }
    guard Lexicon.hasTables(lang) else { return docLex }
    let l = Lexicon.forLanguage(lang)
    segmentLexicons[lang] = l
    return l
  }

  public func process(_ doc: StageDocument, _ out: inout StageOutput) throws {
    let segments = doc.languageSegments
    let lang = doc.attribute("lang")?.stringValue ?? ""
    let lex = lexicon(lang)
    var dct = optionDCT
    if dct == nil, let s = doc.attribute("dct")?.stringValue { dct = DCT(parse: s) }
    let future = self.future
    var line = self.line
    defer { self.line = line }
    doc.withUTF8 { p in
      let n = p.count
      var skipLineEnd = -1
      // a metadata line " date 2021-09-02" at the top
      if let (d, lineEnd) = DatesStage.dateHeader(p) {
        skipLineEnd = lineEnd
        if dct == nil { dct = d }
      }
      if dct == nil { dct = DatesStage.dateline(p, lex, &line) }
      let standalone = phrase ?? (n < 48 && !p.contains(0x0A))
      let from = max(0, skipLineEnd)
      // each stretch in its own language (an English quote in a Danish article); the DCT stays the document's
      for seg in segments where seg.end > from {
        let segLex = seg.lang == lang ? lex : segmentLexicon(seg.lang, else: lex)
        var start = max(seg.start, from)
        let stop = seg.end
        while start < stop {
          var end = start
          while end < stop && p[end] != 0x0A { end += 1 }
          if end - start > 65536 {
            end = start + 65536
            while end < stop && p[end] != 0x20 && p[end] != 0x0A { end += 1 }
          }
          if end > start {
            line.removeAll()
            segLex.tokenize(p, start, end, &line)
            if !line.isEmpty {
              DatesStage.annotate(line, segLex, standalone: standalone, dct: dct, future: future, &out)
            }
          }
          start = end + 1
        }
      }
    }
    if let dct { out.setAttribute("dct", .string(dct.text)) }
  }

  /// The tokens of phone numbers written with an international prefix: the digit groups after "+" and digits, two or
  /// more, with the spaces, dashes, slashes, dots and brackets between them ("+31 6 2012-2013", "+86 138-2010-2015");
  /// no date starts inside one; so does a number after an area code in brackets. Empty when the line has no such number.
  static func phoneNumbers(_ toks: UnsafeBufferPointer<Token>) -> [Bool] {
    var marks: [Bool] = []
    var k = 0
    while k + 1 < toks.count {
      // a national number with its area code in brackets and a dash in the number: "(11) 2016-2017", "(21) 98765-4321"
      if k + 5 < toks.count, toks[k].kind == .punct, toks[k].value == 0x28, toks[k + 1].kind == .number,
        toks[k + 1].digits == 2 || toks[k + 1].digits == 3, toks[k + 2].kind == .punct, toks[k + 2].value == 0x29,
        toks[k + 3].kind == .number, toks[k + 4].kind == .punct, toks[k + 4].value == 0x2D, !toks[k + 4].space,
        toks[k + 5].kind == .number, !toks[k + 5].space
      {
        if marks.isEmpty { marks = [Bool](repeating: false, count: toks.count) }
        for x in k..<(k + 6) { marks[x] = true }
        k += 6
        continue
      }
      guard toks[k].kind == .punct, toks[k].value == 0x2B, toks[k + 1].kind == .number, !toks[k + 1].space else {
        k += 1
        continue
      }
      var j = k + 1
      var groups = 0
      while j < toks.count {
        if toks[j].kind == .number {
          groups += 1
        } else if toks[j].kind == .punct, [0x2D, 0x2F, 0x2E, 0x28, 0x29].contains(toks[j].value), j + 1 < toks.count,
          toks[j + 1].kind == .number || (toks[j + 1].kind == .punct && toks[j + 1].value == 0x28)
        {
        } else {
          break
        }
        j += 1
      }
      if groups >= 2 {
        if marks.isEmpty { marks = [Bool](repeating: false, count: toks.count) }
        for x in k..<j { marks[x] = true }
      }
      k = max(j, k + 1)
    }
    return marks
  }

  /// The order of units from the largest (1) down, for durations written in parts; 0 for units that take no part.
  static func unitRank(_ u: Unit) -> Int {
    switch u {
    case .year: return 1
    case .month: return 2
    case .week: return 3
    case .day: return 4
    case .hour: return 5
    case .minute: return 6
    case .second: return 7
    default: return 0
    }
  }

  /// "PT1H30M", "P2Y3M", "P1DT2H": one ISO duration of whole counts of units, largest first.
  static func isoDuration(_ parts: [(Unit, Int)]) -> String? {
    var date = ""
    var time = ""
    for (u, n) in parts {
      guard let d = u.isoDesignator else { return nil }
      if d.time { time += "\(n)\(d.letter)" } else { date += "\(n)\(d.letter)" }
    }
    return "P" + date + (time.isEmpty ? "" : "T" + time)
  }

  static func annotate(
    _ line: LineBuffer, _ lex: Lexicon, standalone: Bool, dct: DCT?, future: Bool, _ out: inout StageOutput
  ) {
    let parser = Parser(line: line, lex: lex, standalone: standalone, future: future)
    let toks = parser.toks
    // the last date found, held until the next one shows whether the two form a range
    var pending: Found?
    // the end of the last range written: a date inside it ("March 19-27, [2013]") is part of it
    var covered = 0
    func emit(_ f: Found, _ r: Resolver) {
      if let g = parser.trailingDay(f, r) {
        emitRange(g)
        return
      }
      // "March 3 and 4, 2015": two dates, the year after the second is both's
      if case .date(let yy, let ym?, let xd?, let wd) = f.m.expr, let (k, e, yv) = parser.listDayAfter(f.m),
        let x = yv == nil ? f.value : r.value(.date(y: yv, m: ym, d: xd, wd: wd)),
        let v = r.value(.date(y: yv ?? yy, m: ym, d: toks[k].value, wd: nil))
      {
        out.annotate("date", start: toks[f.m.first].start, end: toks[f.m.end - 1].end, attrs: ["value": .string(x)])
        out.annotate("date", start: toks[k].start, end: toks[e - 1].end, attrs: ["value": .string(v)])
        covered = e
        return
      }
      var first = f.m.first
      // a holiday's name may make a line of one date phrase longer than a short input ("on the International Day for
      // the Elimination of Violence against Women 2019"): the line alone decides
      var holidayLine = false
      if future, case .holiday = f.m.expr { holidayLine = true }
      if standalone || holidayLine, first > 0, parser.onlyPunctuation(from: f.m.end), parser.onlyPrepositions(before: first),
        future || !(parser.info(first)?.has(Lex.ext) ?? false)
          || (parser.lexEnd[0] == first && (parser.info(0)?.has(Lex.article) ?? false))
      {
        // the whole input is one date phrase ("on Friday", "am 15.2.", "le 2/3", "the end of next month"): it keeps its
        // opening words (in the news convention before an edge word only an article: "Am [Ende des Monats]")
        first = 0
      }
      out.annotate("date", start: toks[first].start, end: toks[f.m.end - 1].end, attrs: ["value": .string(f.value)])
    }
    func emitRange(_ g: DateRange) {
      covered = g.end
      out.annotate(
        "date", start: toks[g.first].start, end: toks[g.end - 1].end,
        attrs: ["value": .string(g.value), "end": .string(g.endValue)])
    }
    let phone = DatesStage.phoneNumbers(toks)
    var i = 0
    while i < toks.count {
      if !phone.isEmpty, phone[i] {
        i += 1
        continue
      }
      guard var m = parser.matchOrAnchoredWeekday(at: i) else {
        // a phrase for a part of the day hides the words inside it: "por la mañana", "a las 9 de la mañana", "am Morgen"
        // (morning, not tomorrow)
        if let l = parser.info(i), l.has(Lex.tod), !l.hasRel, l.wd == 0, l.unit == .none, parser.lexEnd[i] > i + 1 {
          i = parser.lexEnd[i]
        } else if let l = parser.info(i), l.onlyRange, l.flags2 == 0, l.flags3 == 0, parser.lexEnd[i] > i + 1 {
          // a name of the lexicon hides the words inside it: "Isla de Pascua", "ilha de Páscoa", "voo para Natal"
          i = parser.lexEnd[i]
        } else {
          i += 1
        }
        continue
      }
      if let skip = parser.nameSkip(m) {
        i = max(skip, i + 1)
        continue
      }
      i = max(m.end, i + 1)
      // An article of tag `artout` stays out of a relative date after a plain preposition ("para o [próximo fim de
      // semana]"), and so does a preposition with such an article written on before a relative unit ("do [mês passado]",
      // "da [semana que vem]", as "no [mês passado]")
      if parser.lexEnd[m.first] < m.end, let a = parser.info(m.first), a.articleOutAfterPrep {
        var afterPlainPrep = false
        if m.first > 0, let p = parser.info(m.first - 1), parser.lexEnd[m.first - 1] == m.first, p.has(Lex.prep),
          !p.has(Lex.ext), !p.has(Lex.forward), !p.has(Lex.anchorAfter), !p.has(Lex.anchorBefore), !p.has(Lex.rangeFrom)
        {
          afterPlainPrep = true
        }
        let contracted = !future && a.has(Lex.prep) && a.has(Lex.fill)
        switch m.expr {
        case .unitRel, .monthRel, .definiteWeekend: if afterPlainPrep || contracted { m.first = parser.lexEnd[m.first] }
        case .weekday, .holiday, .season: if afterPlainPrep { m.first = parser.lexEnd[m.first] }
        default: break
        }
      }
      let r = Resolver(dct: dct, future: future, lexicon: lex, futureStage: future)
      var fwd: Resolver? = nil
      // "until Thursday", "ab Montag": the coming one (not the end of a range "from Monday until Friday")
      if !future, Parser.forwardReading(m.expr), let j = parser.forwardWord(m.first), pending.map({ $0.m.end < j }) ?? true {
        fwd = Resolver(dct: dct, future: true, lexicon: lex)
      }
      guard var v = (fwd ?? r).value(m.expr) else { continue }
      // "amanhã, dia 29", "mañana (sábado)", "tomorrow, Saturday the 29th": a day number or a weekday set off by a comma
      // or an opening bracket right after a date of one day names that day when it fits it
      if let p = pending, m.end > p.m.end, let z = DatesStage.sameDayInApposition(p, m, parser) { v = z }
      if case .duration = m.expr {
        if let p = pending { emit(p, r) }
        pending = nil
        // direction=future, the whole input one period: "the next 3 days", "in den letzten zwei Wochen" keep their opening words
        var first = m.first
        if future, standalone, first > 0, parser.onlyPunctuation(from: m.end), parser.onlyPrepositions(before: first, modifiers: true) {
          first = 0
        }
        // "[meer dan 4 dagen]", "[langer dan 1 uur]", "[mais de 3 dias]": a comparison before a duration is part of it
        if !future, let c = parser.comparisonBefore(first) { first = c }
        // "[1 uur en 30 minuten]", "[two years and three months]": whole counts of smaller and smaller units joined by
        // "and" are one duration
        var end = m.end
        var value = v
        if case .duration(let u0, let n0) = m.expr, n0 == n0.rounded() {
          var parts = [(u0, Int(n0))]
          while let a = parser.info(end), a.has(Lex.rangeAnd), let next = parser.matchOrAnchoredWeekday(at: parser.lexEnd[end]),
            next.first == parser.lexEnd[end], case .duration(let u, let n) = next.expr, n == n.rounded(),
            DatesStage.unitRank(parts[parts.count - 1].0) > 0,
            DatesStage.unitRank(u) > DatesStage.unitRank(parts[parts.count - 1].0)
          {
            parts.append((u, Int(n)))
            end = next.end
          }
          if parts.count > 1, let joined = DatesStage.isoDuration(parts) {
            value = joined
            i = max(end, i)
          } else {
            end = m.end
          }
        }
        out.annotate("duration", start: toks[first].start, end: toks[end - 1].end, attrs: ["value": .string(value)])
        continue
      }
      if let g = parser.range(pending, m, v, r) {
        // a bare day before the range ("du 3 au 5 mars") may follow the pending date
        if let p = pending, p.m.end <= g.first { emit(p, r) }
        emitRange(g)
        pending = nil
        continue
      }
      // "am 3. und [4. März]", "op 3, 4 en [5 mei]": the bare days listed before a day and month (a day read alone
      // before them, "il 3", is one of them)
      if case .date(let yy, let ym?, _?, _) = m.expr {
        var limit = covered
        if let p = pending { if case .date(nil, nil, _?, _) = p.m.expr { limit = max(limit, p.m.first) } else { limit = max(limit, p.m.end) } }
        let items = parser.listDays(before: m, limit: limit)
        if let earliest = items.last {
          if let p = pending, p.m.first >= earliest.first { pending = nil }
          if let p = pending { emit(p, r) }
          pending = nil
          for it in items.reversed() {
            if let iv = (fwd ?? r).value(.date(y: yy, m: ym, d: it.day, wd: nil)) {
              out.annotate("date", start: toks[it.first].start, end: toks[it.end - 1].end, attrs: ["value": .string(iv)])
            }
          }
        }
      }
      if let p = pending { emit(p, r) }
      pending = m.first < covered ? nil : Found(m: m, value: v)
    }
    if let p = pending { emit(p, Resolver(dct: dct, future: future, lexicon: lex, futureStage: future)) }
  }

  /// The value of a date of one day `p` for `m`, a day number alone (with or without its weekday) or a weekday alone that
  /// follows it after one comma or opening bracket, when `m` fits that day ("amanhã, dia 29" on a Friday the 28th: the
  /// 29th is tomorrow's); nil when it does not.
  static func sameDayInApposition(_ p: Found, _ m: Match, _ parser: Parser) -> String? {
    guard m.first == p.m.end + 1, parser.isPunct(p.m.end, 0x2C) || parser.isPunct(p.m.end, 0x28) else { return nil }
    guard p.value.utf8.count == 10, let day = DCT(parse: p.value), let mm = day.m, let dd = day.d else { return nil }
    let wd = Cal.weekday(Cal.days(day.y, mm, dd))
    switch m.expr {
    case .date(nil, nil, let d?, let w): return d == dd && (w == nil || w == wd) ? p.value : nil
    case .weekday(let w, Mod.none, nil): return w == wd ? p.value : nil
    default: return nil
    }
  }

  /// A first line " date 2021-09-02" or " date 2021-08": the DCT, and where the line ends.
  static func dateHeader(_ p: UnsafeBufferPointer<UInt8>) -> (DCT, Int)? {
    var i = 0
    while i < p.count && (p[i] == 0x20 || p[i] == 0x09) { i += 1 }
    // "date " in any case
    guard i + 5 <= p.count, p[i] | 0x20 == 0x64, p[i + 1] | 0x20 == 0x61, p[i + 2] | 0x20 == 0x74, p[i + 3] | 0x20 == 0x65,
      p[i + 4] | 0x20 == 0x20
    else { return nil }
    i += 5
    while i < p.count && p[i] == 0x20 { i += 1 }
    var e = i
    while e < p.count && p[e] != 0x0A && p[e] != 0x20 && p[e] != 0x0D { e += 1 }
    guard let d = DCT(parse: String(decoding: UnsafeBufferPointer(rebasing: p[i..<e]), as: UTF8.self)) else { return nil }
    var lineEnd = e
    while lineEnd < p.count && p[lineEnd] != 0x0A { lineEnd += 1 }
    return (d, lineEnd)
  }

  /// A dateline: the first full date in the first two non-empty lines that
  /// stands alone on its line or is followed by a dash ("KIEL, 17. Oktober 2023 –").
  static func dateline(_ p: UnsafeBufferPointer<UInt8>, _ lex: Lexicon, _ line: inout LineBuffer) -> DCT? {
    var start = 0
    var lines = 0
    let limit = min(p.count, 2000)
    while start < limit && lines < 2 {
      var end = start
      while end < p.count && p[end] != 0x0A { end += 1 }
      line.removeAll()
      lex.tokenize(p, start, min(end, start + 1000), &line)
      if !line.isEmpty {
        lines += 1
        let parser = Parser(line: line, lex: lex, standalone: false)
        let toks = parser.toks
        var i = 0
        while i < toks.count {
          guard let m = parser.match(at: i) else {
            i += 1
            continue
          }
          if case .date(let y?, let mo?, let d?, _) = m.expr {
            let after = m.end
            let dashAfter = after >= toks.count || (toks[after].kind == .punct && oneOf(toks[after].value, 0x2D, 0x2013, 0x2014))
            if dashAfter { return DCT(y: y, m: mo, d: d) }
          }
          i = max(m.end, i + 1)
        }
      }
      start = end + 1
    }
    return nil
  }
}

/// The document creation time, possibly partial.
struct DCT {
  var y: Int
  var m: Int?
  var d: Int?

  init(y: Int, m: Int?, d: Int?) {
    self.y = y
    self.m = m
    self.d = d
  }

  /// "2021-09-02", "2021-08", "2021", "2013-02-12T04:30:00-02:00".
  init?(parse s: String) {
    let u = Array(s.utf8)
    func num(_ a: Int, _ n: Int) -> Int? {
      guard a + n <= u.count else { return nil }
      var v = 0
      for k in a..<(a + n) {
        guard u[k] >= 0x30 && u[k] <= 0x39 else { return nil }
        v = v * 10 + Int(u[k] - 0x30)
      }
      return v
    }
    guard let y = num(0, 4) else { return nil }
    self.y = y
    if u.count >= 7, u[4] == 0x2D, let m = num(5, 2), m >= 1, m <= 12 {
      self.m = m
      if u.count >= 10, u[7] == 0x2D, let d = num(8, 2), Cal.valid(y, m, d) { self.d = d }
    }
  }

  var text: String {
    if let m, let d { return Cal.ymd(y, m, d) }
    if let m { return Cal.ym(y, m) }
    return Cal.pad4(y)
  }
}

/// Turns an expression into a TIMEX3-style value.
struct Resolver {
  /// The Monday of an ISO week written "2019-W40", or nil for any other value.
  static func isoWeekMonday(_ v: String) -> Int? {
    let p = v.split(separator: "-")
    guard p.count == 2, p[1].first == "W", let y = Int(p[0]), let n = Int(p[1].dropFirst()), let z = Cal.dayInWeek(n, ofYear: y)
    else { return nil }
    return z - (Cal.weekday(z) - 1)
  }

  let dct: DCT?
  let future: Bool
  var lexicon: Lexicon? = nil
  /// The stage reads with direction=future (not only this value read forward, as after "until" or counted from)
  var futureStage = false

  /// The DCT as a day number when it is a full date.
  var day: Int? {
    guard let dct, let m = dct.m, let d = dct.d else { return nil }
    return Cal.days(dct.y, m, d)
  }

  /// The DCT cut to what it knows, for relative days it cannot place exactly.
  var coarse: String? {
    guard let dct else { return nil }
    if let m = dct.m { return Cal.ym(dct.y, m) }
    return Cal.pad4(dct.y)
  }

  /// The n-th (n < 0: counted from the end) weekday `wd` (1-7), week (`weekOfMonth`: the ISO week of the 1st, 8th, …
  /// or of the last day) or weekend (`weekendOfMonth`: that of the n-th Saturday) of month `mm` of `yy`; nil when the
  /// month has no such one.
  static func nth(_ n: Int, _ wd: Int, _ yy: Int, _ mm: Int) -> String? {
    if wd == weekOfMonth { return Cal.isoWeek(Cal.days(yy, mm, n < 0 ? Cal.monthLength(yy, mm) : 1 + 7 * (n - 1))) }
    let day = wd == weekendOfMonth ? 6 : wd
    let z = n < -1 ? Cal.nthWeekday(yy, mm, -1, day) + 7 * (n + 1) : Cal.nthWeekday(yy, mm, n, day)
    guard Cal.civil(z).m == mm else { return nil }
    return wd == weekendOfMonth ? Cal.isoWeek(z) + "-WE" : Cal.iso(z)
  }

  func value(_ e: Expr) -> String? {
    switch e {
    case .nothing: return nil
    case .year(let y): return Cal.pad4(y)
    case .decade(let d): return "\(d)X"
    case .date(let y, let m, let d, let wd): return date(y, m, d, wd)
    case .dayOfYear(let m, let d, let mod):
      guard let dct else { return "XXXX-\(Cal.pad2(m))-\(Cal.pad2(d))" }
      guard let dm = dct.m else { return date(nil, m, d, nil) }
      let now = (dm, dct.d ?? 15)
      var y = dct.y
      switch mod {
      case .next, .upcoming: if (m, d) <= now { y += 1 }
      case .last, .recent: if (m, d) >= now { y -= 1 }
      default: break
      }
      guard Cal.valid(y, m, d) else { return nil }
      return Cal.ymd(y, m, d)
    case .dayNear(let d, let mod, let wd?):
      // the first month after (before) the DCT's day whose day `d` falls on the weekday; for "this" the nearest on
      // either side (the DCT's own month first, then the earlier one at the same distance)
      guard let dct, let dm = dct.m, let dd = dct.d else { return nil }
      let step = mod == .next || mod == .upcoming ? 1 : -1
      let offsets = mod == .this ? [0] + (1..<60).flatMap { [-$0, $0] } : (0..<60).map { step * $0 }
      for k in offsets {
        // (in the DCT's own month a direction needs the day on its side of the DCT's day)
        if k == 0, mod != .this, step > 0 ? d <= dd : d >= dd { continue }
        let r = Cal.addMonths(dct.y, dm, 1, k)
        if Cal.valid(r.y, r.m, d), Cal.weekday(Cal.days(r.y, r.m, d)) == wd { return Cal.ymd(r.y, r.m, d) }
      }
      return nil
    case .dayNear(let d, let mod, nil):
      guard let dct, let dm = dct.m, let dd = dct.d else { return nil }
      let forward = mod == .next || mod == .upcoming
      var (y, m) = (dct.y, dm)
      if forward && d <= dd { (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1) }
      if !forward && d >= dd { (y, m) = m == 1 ? (y - 1, 12) : (y, m - 1) }
      guard Cal.valid(y, m, d) else { return nil }
      return Cal.ymd(y, m, d)
    case .relDay(let n):
      guard let z = day else { return coarse }
      return Cal.iso(z + n)
    case .weekday(let wd, let mod, let weekOffset):
      guard let z = day else { return dct == nil ? "XXXX-WXX-\(wd)" : coarse }
      let dw = Cal.weekday(z)
      let monday = z - (dw - 1)
      if let k = weekOffset { return Cal.iso(monday + 7 * k + wd - 1) }
      switch mod {
      case .this: return Cal.iso(future && wd <= dw ? monday + 7 + wd - 1 : monday + wd - 1)
      // (direction=future: "last Monday" on a Tuesday is yesterday, the most recent one, as "last Sunday" is)
      case .last: return Cal.iso(futureStage ? z - ((dw - wd + 6) % 7 + 1) : monday - 7 + wd - 1)
      case .next: return Cal.iso(monday + 7 + wd - 1)
      case .next2: return Cal.iso(z + ((wd - dw + 6) % 7 + 1) + 7)
      case .last2: return Cal.iso(monday - 14 + wd - 1)
      case .recent: return Cal.iso(z - ((dw - wd + 6) % 7 + 1))
      case .upcoming, .onwd: return Cal.iso(z + ((wd - dw + 6) % 7 + 1))
      case .none:
        return future ? Cal.iso(z + ((wd - dw + 6) % 7 + 1)) : Cal.iso(z - ((dw - wd + 6) % 7 + 1))
      }
    case .monthRel(let m, let mod):
      guard let dct, let dm = dct.m else { return dct.map { "\(Cal.pad4($0.y))-\(Cal.pad2(m))" } ?? "XXXX-\(Cal.pad2(m))" }
      var y = dct.y
      switch mod {
      // (direction=future: "this January" in February is the coming one, as "this Monday" is)
      case .this: if futureStage, m < dm { y += 1 }
      case .last, .recent: if m >= dm { y -= 1 }
      case .next, .upcoming: if m <= dm { y += 1 }
      case .next2: y += m <= dm ? 2 : 1
      case .last2: y -= m >= dm ? 2 : 1
      default:
        if future { if m < dm { y += 1 } } else if m > dm + 2 { y -= 1 }
      }
      return Cal.ym(y, m)
    case .unitRel(let u, let k):
      guard let dct else { return nil }
      switch u {
      case .year: return Cal.pad4(dct.y + k)
      case .decade: return "\((dct.y / 10) + k)X"
      case .month:
        guard let m = dct.m else { return nil }
        let r = Cal.addMonths(dct.y, m, 1, k)
        return Cal.ym(r.y, r.m)
      case .week, .weekend:
        guard let z = day else { return nil }
        let w = Cal.isoWeek(z + 7 * k)
        return u == .weekend ? w + "-WE" : w
      case .day:
        guard let z = day else { return coarse }
        return Cal.iso(z + k)
      default: return nil
      }
    case .definiteWeekend:
      guard let z = day else { return dct == nil ? "XXXX-WXX-WE" : coarse }
      let dw = Cal.weekday(z)
      return Cal.isoWeek(future || dw >= 6 ? z : z - 7) + "-WE"
    case .weekOf(let inner):
      guard let v = value(inner), let z = Parser.dayNumber(v) else { return nil }
      return Cal.isoWeek(z)
    case .weekdayOf(let wd, let inner, let after):
      guard let v = value(inner) else { return nil }
      let z: Int
      if v.utf8.count == 10, let base = DCT(parse: v), let bm = base.m, let bd = base.d {
        z = Cal.days(base.y, bm, bd)
      } else if !after, let w = Resolver.isoWeekMonday(v) {
        z = w  // a weekday of a week: the week's Monday, counted as below
      } else {
        return nil
      }
      let dw = Cal.weekday(z)
      // the week counted from Sunday, as calendars print it; or the first such weekday after the date
      if after { return Cal.iso(z + ((wd - dw + 6) % 7 + 1)) }
      return Cal.iso(z - dw % 7 + wd % 7)
    case .anchored(let u, let k, let inner):
      // the date counted from is read forward ("3 days from Tuesday": the coming Tuesday); a holiday without a year
      // is the one it names alone ("drie weken na Pasen" in November is counted from the last Easter)
      var forward = true
      if case .holiday(_, nil, .none, _, nil) = inner { forward = future }
      let r = Resolver(dct: dct, future: forward, lexicon: lexicon, futureStage: futureStage)
      guard let v = r.value(inner), v.utf8.count == 10, let base = DCT(parse: v) else { return nil }
      // counted from a named day, a count of years keeps the day ("3 years from today" 2016-02-12)
      return Resolver(dct: base, future: false, lexicon: lexicon).value(.offset(u, k))
    case .offset(let u, let k):
      guard let dct, let m = dct.m, let d = dct.d, let z = day else { return nil }
      switch u {
      case .day: return Cal.iso(z + k)
      case .week: return Cal.iso(z + 7 * k)
      case .fortnight: return Cal.iso(z + 14 * k)
      case .fifteenDays: return Cal.iso(z + 15 * k)
      case .weekend: return Cal.iso(z + 7 * k)
      case .month:
        let r = Cal.addMonths(dct.y, m, d, k)
        return Cal.ymd(r.y, r.m, r.d)
      case .year:
        // looking ahead (the forward convention) a year away is only as precise as its month
        if future { return Cal.ym(dct.y + k, m) }
        let r = Cal.addMonths(dct.y, m, d, 12 * k)
        return Cal.ymd(r.y, r.m, r.d)
      case .decade: return Cal.pad4(dct.y + 10 * k)
      default: return nil
      }
    case .nthInMonth(let n, let wd, let y, let m, let monthShift):
      var yy: Int
      var mm: Int
      if let k = monthShift {
        guard let dct, let dm = dct.m else { return nil }
        let r = Cal.addMonths(dct.y, dm, 1, k)
        (yy, mm) = (r.y, r.m)
      } else if let m {
        mm = m
        if let y { yy = y } else {
          guard let dct else { return nil }
          yy = dct.y
          if let dm = dct.m {
            if future && m < dm { yy += 1 }
            if !future && m > dm { yy -= 1 }
          }
        }
      } else {
        return nil
      }
      if wd == 0 {
        let d = n < 0 ? Cal.monthLength(yy, mm) + n + 1 : n  // -1 the last day, -5 the fifth last
        guard Cal.valid(yy, mm, d) else { return nil }
        return Cal.ymd(yy, mm, d)
      }
      return Resolver.nth(n, wd, yy, mm)
    case .isoWeek(let y, let w):
      guard let yy = y ?? dct?.y else { return nil }
      return "\(Cal.pad4(yy))-W\(Cal.pad2(w))"
    case .half(let h, let y, let k):
      if let y { return "\(Cal.pad4(y))-H\(h)" }
      guard let dct, let k else { return nil }
      return "\(Cal.pad4(dct.y + k))-H\(h)"
    case .century(let base, let k):
      if let base { return "\(Cal.pad2(base))XX" }
      guard let dct else { return nil }
      return "\(Cal.pad2(dct.y / 100 + k))XX"
    case .nthInYear(let n, let wd, let k):
      guard let dct else { return nil }
      let yy = dct.y + k
      if wd == 0 {
        // the n-th day of the year; the last is 31 December
        let z = n < 0 ? Cal.days(yy, 12, 31) : Cal.days(yy, 1, 1) + n - 1
        guard Cal.civil(z).y == yy else { return nil }
        return Cal.iso(z)
      }
      // a week of a year is an ISO week of it
      if wd == weekOfMonth {
        guard let z = Cal.dayInWeek(n, ofYear: yy) else { return nil }
        return Cal.isoWeek(z)
      }
      // the first ones of a year are those of January, the last ones those of December
      return Resolver.nth(n, wd, yy, n < 0 ? 12 : 1)
    case .monthOfYear(let m, let yearShift, let y):
      if let y { return Cal.ym(y, m) }
      guard let dct, let k = yearShift else { return nil }
      return Cal.ym(dct.y + k, m)
    case .holiday(let idx, let y, let mod, let orthodox, let yearShift):
      guard var rule = lexicon?.holidays[idx] else { return nil }
      if orthodox { rule = rule.orthodox ?? rule }
      if let y { return rule.day(in: y).map(Cal.iso) }
      guard let dct else { return nil }
      if let k = yearShift { return rule.day(in: dct.y + k).map(Cal.iso) }
      let z = day ?? Cal.days(dct.y, dct.m ?? 6, dct.d ?? 15)
      // the nearest occurrences before and after the DCT
      var before: Int?
      var after: Int?
      for yy in (dct.y - 1)...(dct.y + 1) {
        guard let h = rule.day(in: yy) else { continue }
        if h < z, before.map({ h > $0 }) ?? true { before = h }
        if h >= z, after.map({ h < $0 }) ?? true { after = h }
      }
      switch mod {
      case .this: return rule.day(in: dct.y).map(Cal.iso)
      case .last, .recent: return before.map(Cal.iso)
      case .next, .upcoming:
        guard let a = after else { return nil }
        return Cal.iso(a == z ? (rule.day(in: dct.y + 1) ?? a) : a)
      default:
        if future { return (after ?? before).map(Cal.iso) }
        if let a = after, soon(a) { return Cal.iso(a) }
        return (before ?? after).map(Cal.iso)
      }
    case .season(let s, let y, let k):
      let code = ["SP", "SU", "FA", "WI"][s - 1]
      if let y { return "\(Cal.pad4(y))-\(code)" }
      guard let dct else { return "XXXX-\(code)" }
      return "\(Cal.pad4(dct.y + k))-\(code)"
    case .quarter(let q, let y, let yearShift, let shift):
      if let q, let y { return "\(Cal.pad4(y))-Q\(q)" }
      guard let dct else { return q.map { "XXXX-Q\($0)" } }
      if let q { return "\(Cal.pad4(dct.y + (yearShift ?? 0)))-Q\(q)" }
      guard let dm = dct.m, let k = shift else { return nil }
      let t = dct.y * 4 + (dm - 1) / 3 + k
      return "\(Cal.pad4(t / 4))-Q\(t % 4 + 1)"
    case .weekdayInWeeks(let wd, let n):
      guard let z = day else { return nil }
      let from = z + 7 * n
      return Cal.iso(from + (wd - Cal.weekday(from) + 7) % 7)
    case .weekdayCount(let wd, let n):
      guard let z = day else { return nil }
      let dw = Cal.weekday(z)
      if n > 0 { return Cal.iso(z + ((wd - dw + 6) % 7 + 1) + 7 * (n - 1)) }
      return Cal.iso(z - ((dw - wd + 6) % 7 + 1) + 7 * (n + 1))
    case .duration(let u, let n):
      let s = n == n.rounded() ? String(Int(n)) : String(n)
      if let d = u.isoDesignator { return (d.time ? "PT" : "P") + s + d.letter }
      switch u {
      case .decade: return n == n.rounded() ? "P\(Int(n) * 10)Y" : "P\(n * 10)Y"
      case .weekend: return "P\(s)WE"
      case .fortnight: return n == n.rounded() ? "P\(Int(n) * 2)W" : "P\(n * 2)W"
      case .fifteenDays: return n == n.rounded() ? "P\(Int(n) * 15)D" : "P\(n * 15)D"
      default: return nil
      }
    }
  }

  /// In news a date without a year that falls in the next few weeks is the coming one.
  func soon(_ z: Int) -> Bool {
    guard let dct, let m = dct.m else { return false }
    let now = Cal.days(dct.y, m, dct.d ?? 15)
    return z >= now && z - now <= 60
  }

  func date(_ y: Int?, _ m: Int?, _ d: Int?, _ wd: Int?) -> String? {
    if let y, let m, let d { return Cal.ymd(y, m, d) }
    if let y, let m { return Cal.ym(y, m) }
    if let m, let d {
      guard let dct else { return "XXXX-\(Cal.pad2(m))-\(Cal.pad2(d))" }
      var year = dct.y
      if let dm = dct.m {
        let dd = dct.d ?? (future ? 1 : 31)
        if future {
          if (m, d) < (dm, dd) { year += 1 }
        } else if (m, d) > (dm, dd) && !soon(Cal.days(year, m, min(d, Cal.monthLength(year, m)))) {
          year -= 1
        }
      }
      if let wd, dct.m != nil, future {
        let dir = future ? 1 : -1
        for k in [0, dir, -dir, 2 * dir, -2 * dir, 3 * dir, 4 * dir, 5 * dir, 6 * dir] {
          let yy = year + k
          if Cal.valid(yy, m, d), Cal.weekday(Cal.days(yy, m, d)) == wd { return Cal.ymd(yy, m, d) }
        }
      }
      if m == 2 && d == 29 {
        var k = 0
        while !Cal.isLeap(year) && k < 8 {
          year += future ? 1 : -1
          k += 1
        }
      }
      return Cal.ymd(year, m, d)
    }
    if let d {
      guard let dct, let dm = dct.m else { return nil }
      let dd = dct.d ?? 15
      // "Tuesday the 11th" that falls in the DCT's own month is that day, before or after the DCT
      if let wd, d <= Cal.monthLength(dct.y, dm), Cal.weekday(Cal.days(dct.y, dm, d)) == wd { return Cal.ymd(dct.y, dm, d) }
      // the nearest month (in the resolving direction) that has this day (and weekday)
      for k in 0..<60 {
        let step = future ? k : -k
        let r = Cal.addMonths(dct.y, dm, 1, step)
        guard d <= Cal.monthLength(r.y, r.m) else { continue }
        if k == 0 {
          if future && d < dd { continue }
          if !future && d > dd { continue }
        }
        if let wd, Cal.weekday(Cal.days(r.y, r.m, d)) != wd { continue }
        return Cal.ymd(r.y, r.m, d)
      }
      return nil
    }
    return nil
  }
}

@_cdecl("nlp_stage_entry")
public func nlpStageEntry(_ abi: UInt32, _ vtable: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32 {
  StageExport.fill(vtable, hostABI: abi, DatesStage.self)
}
