// SPDX-License-Identifier: GPL-3.0-or-later
import StageKit

/// The `numbers` stage: numbers in digits or words with their values, units and flags.
public final class NumbersStage: Stage {
  public static let name = "numbers"
  public static let version = "0.1.0"
  public static let summary = "Finds numbers in digits or words (value, unit, ordinal, approx)"
  public static let languages: [String] = ["*"]
  public static let reads: [String] = ["@lang", "date"]
  public static let provides: [String] = ["number"]
  public static let options: [OptionSpec] = [
    OptionSpec(
      "articles", .bool, default: "true",
      doc:
        "report indefinite articles that also mean one (en, ein, un, um) as the number 1 everywhere; "
        + "false keeps them only where they count: the whole text, stressed \"én\", \"en eller to\", \"mere end en\", \"en af dem\", "
        + "\"un million\", \"un sur trois\" (default true: the evaluation suites mark articles in running text)"),
    OptionSpec("ordinals", .bool, default: "true", doc: "report ordinals (2nd, second, anden) with ordinal: true"),
  ]

  let articles: Bool
  let ordinals: Bool
  private var scanner = NumberScanner()
  private var lastLanguage: (code: String?, lang: NumberLanguage)?
  /// The languages of stretches marked by langid, by code (nil: no number words, the document's language serves).
  private var segmentLanguages: [String: NumberLanguage?] = [:]
  /// The attributes of a plain integer 0…2100 (value only), built on first use and shared by the annotations:
  /// most numbers of a text are articles read as one, small counts and years.
  private var plainValueAttributes: [StageAttributes?] = []

  public init(config: StageConfig) throws {
    articles = config.bool("articles", default: true)
    ordinals = config.bool("ordinals", default: true)
    _ = NumberLanguage.prepared
  }

  public func process(_ doc: StageDocument, _ out: inout StageOutput) throws {
    // the tables of the previous document's language serve again without the shared lock
    let code = doc.attribute("lang")?.stringValue
    let lang: NumberLanguage
    if let last = lastLanguage, code == last.code {
      lang = last.lang
    } else {
      lang = NumberLanguage.forCode(code)
      lastLanguage = (code, lang)
    }
    // per document: the dates found by an earlier stage, which no number overlaps
    let dates = doc.annotations(ofType: "date").map { ($0.start, $0.end) }
    scanner.options = (articles, ordinals)
    scanner.skipNumericDates = !dates.isEmpty
    // the stretches an earlier langid(spans=…) marked as another language are read with that language's tables
    let segments = doc.languageSegments
    doc.withUTF8 { buf in
      for seg in segments where seg.start < seg.end {
        let whole = seg.start == 0 && seg.end == buf.count
        let text = whole ? buf : UnsafeBufferPointer(rebasing: buf[seg.start..<seg.end])
        let shift = seg.start
        scanner.run(text, seg.lang == code ? lang : segmentLanguage(seg.lang, else: lang)) { found in
          var f = found
          f.start += shift
          f.end += shift
          for d in dates where d.0 < f.end && f.start < d.1 { return }
          if Self.startsDateRange(f, dates, buf) { return }
          out.annotate("number", start: f.start, end: f.end, attrs: attributes(f))
        }
      }
    }
  }

  /// The tables of a marked stretch's language; one the stage has no words for reads with the document's (`fallback`).
  private func segmentLanguage(_ code: String, else fallback: NumberLanguage) -> NumberLanguage {
    if let known = segmentLanguages[code] { return known ?? fallback }
    let l = NumberLanguage.forCode(code)
    let usable: NumberLanguage? = l.hasWords ? l : nil
    segmentLanguages[code] = .some(usable)
    return usable ?? fallback
  }
}

extension NumbersStage {
  /// value, unit, ordinal, approx (in this order).
  private func attributes(_ f: FoundNumber) -> StageAttributes {
    if f.unit == nil, !f.ordinal, !f.approx, f.value >= 0, f.value <= 2100, f.value == f.value.rounded() {
      let k = Int(f.value)
      if plainValueAttributes.isEmpty { plainValueAttributes = Array(repeating: nil, count: 2101) }
      if let a = plainValueAttributes[k] { return a }
      var a = StageAttributes()
      a["value"] = .int(Int64(k))
      plainValueAttributes[k] = a
      return a
    }
    var attrs = StageAttributes()
    if f.value == f.value.rounded(), abs(f.value) < 9.0e18 {
      attrs["value"] = .int(Int64(f.value))
    } else {
      attrs["value"] = .double(f.value)
    }
    if let u = f.unit { attrs["unit"] = .string(u) }
    if f.ordinal { attrs["ordinal"] = true }
    if f.approx { attrs["approx"] = true }
    return attrs
  }

  /// Words and marks between the first day of a range and the date that closes it.
  static let rangeLinks: Set<[UInt8]> = Set(
    ["-", ".-", "–", ".–", "al", "til", "till", "bis", "to", "au", "a", "tot", "do", "and", "og", "och", "und", "et", "y", "e"]
      .map { Array($0.utf8) })

  /// "12.–14. juni", "del 2 al 11 de octubre", "5-7 May": a day number before a date found by the dates stage.
  static func startsDateRange(_ f: FoundNumber, _ dates: [(Int, Int)], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard f.unit == nil, !f.approx, f.value >= 1, f.value <= 31, f.value == f.value.rounded() else { return false }
    for d in dates where d.0 > f.end && d.0 - f.end <= 7 && b[d.0] >= 0x30 && b[d.0] <= 0x39 {
      var s = f.end
      var e = d.0
      while s < e && b[s] == 0x20 { s += 1 }
      while e > s && b[e - 1] == 0x20 { e -= 1 }
      if rangeLinks.contains(Array(b[s..<e])) { return true }
    }
    return false
  }
}

@_cdecl("nlp_stage_entry")
public func nlpStageEntry(_ abi: UInt32, _ vtable: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32 {
  StageExport.fill(vtable, hostABI: abi, NumbersStage.self)
}
