// SPDX-License-Identifier: GPL-3.0-or-later
import StageKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Direct quotations with speaker and cue.
///
/// One pass over the UTF-8 bytes collects the quotation marks, paragraph
/// breaks and dash-introduced paragraphs; a bounded stack pairs the marks
/// (linear time); then each candidate is classified (quotation or
/// title/scare quote) and attributed from the words around it, with the
/// language's cue lexicon.
public final class QuotesStage: Stage {
  public static let name = "quotes"
  public static let version = "1.0.0"
  public static let summary =
    "Direct quotations with speaker and cue (all quotation-mark conventions, dash quotes)"
  public static let reads: [String] = ["@lang"]
  public static let provides: [String] = ["quote"]
  public static let options: [OptionSpec] = [
    OptionSpec(
      "scare", .bool, default: "false", doc: "also report titles and scare quotes, with scare=true")
  ]

  let reportScare: Bool
  /// With QUOTES_TIMING set, the CPU time spent and bytes scanned are printed to stderr at the end.
  let timing = getenv("QUOTES_TIMING") != nil
  var nanos: UInt64 = 0
  var bytes = 0

  public init(config: StageConfig) throws {
    reportScare = config.bool("scare")
    _ = QuoteLexicon.shared
  }

  deinit {
    if timing && bytes > 0 {
      let s = Double(nanos) / 1e9
      fputs("quotes: \(bytes) bytes in \(s) s = \(Double(bytes) / s / 1e6) MB/s\n", stderr)
    }
  }

  static func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)  // CPU time of this worker thread
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
  }

  public func process(_ doc: StageDocument, _ out: inout StageOutput) throws {
    let t0 = timing ? Self.now() : 0
    defer {
      if timing {
        nanos += Self.now() - t0
        bytes += doc.utf8Count
      }
    }
    var lang: String? = nil
    if case .string(let s)? = doc.attribute("lang") { lang = s }
    let found: [QuoteFinding] = doc.withUTF8 { buf in
      // The corpus's dateline on the line of the text (" date 2023-03 „…“", " date 2019-10 Der
      // Vizekanzler …") is a line of its own, as it is where a line break follows it: the finder
      // reads a copy with the space after the date made a line break (offsets stay the same).
      if let cut = Self.datelineEnd(buf) {
        var copy = Array(buf)
        copy[cut] = 0x0A
        return copy.withUnsafeBufferPointer { Self.find(runsIn: $0, lang: lang) }
      }
      return Self.find(runsIn: buf, lang: lang)
    }
    for f in found {
      if f.scare && !reportScare { continue }
      var attrs = StageAttributes()
      if let s = f.speaker { attrs["speaker"] = .string(s) }
      if let c = f.cue { attrs["cue"] = .string(c) }
      if let r = f.resolved { attrs["speaker_resolved"] = .string(r) }
      if f.fromContext { attrs["speaker_from"] = .string("context") }
      if f.scare { attrs["scare"] = .bool(true) }
      if QuoteFinder.debug { attrs["debug"] = .string(f.debug) }
      out.annotate("quote", start: f.start, end: f.end, attrs: attrs)
    }
  }

  /// A run of spaces between words reads as one space everywhere (sentence ends, adjacent words,
  /// speaker strings): the finder reads a copy with each run made one space, and the spans are
  /// mapped back to the document's bytes.
  static func find(runsIn buf: UnsafeBufferPointer<UInt8>, lang: String?) -> [QuoteFinding] {
    if let runs = SpaceRuns(buf) {
      return runs.bytes.withUnsafeBufferPointer { runs.restore(Self.find(in: $0, lang: lang)) }
    }
    return Self.find(in: buf, lang: lang)
  }

  /// The offset of the space after the date of a dateline that opens the text and goes on on its
  /// line (" date 2023-03 …"), or nil.
  static func datelineEnd(_ buf: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = buf.count
    var p = 0
    while p < n, buf[p] == 0x20 { p += 1 }
    guard p + 5 < n, buf[p] == 0x64, buf[p + 1] == 0x61, buf[p + 2] == 0x74, buf[p + 3] == 0x65, buf[p + 4] == 0x20
    else { return nil }
    var m = p + 5
    while m < n, (buf[m] >= 0x30 && buf[m] <= 0x39) || buf[m] == 0x2D { m += 1 }
    return m > p + 5 && m < n && buf[m] == 0x20 ? m : nil
  }

  static func find(in buf: UnsafeBufferPointer<UInt8>, lang: String?) -> [QuoteFinding] {
    let lex = QuoteLexicon.shared
    // (the language's profile goes straight into the finder: each copy of it retains every table)
    if let p = lex.profile(lang) {
      let finder = QuoteFinder(buf: buf, profile: p)
      return finder.run()
    }
    var profile = lex.guess(buf) ?? lex.union
    profile.cues = lex.union.cues
    profile.sources = lex.union.sources
    profile.phraseStarts = lex.union.phraseStarts
    profile.cueStarts = lex.union.cueStarts
    let finder = QuoteFinder(buf: buf, profile: profile)
    return finder.run()
  }
}

/// A document's text with every run of spaces between words made one space and the spaces that
/// end a line dropped, and the way back to the document's byte offsets. Indentation (spaces at a
/// line start) stays as it is.
struct SpaceRuns {
  var bytes: [UInt8] = []
  /// For each dropped run: the offset in `bytes` after it and the bytes dropped up to there.
  var at: [Int] = []
  var shift: [Int] = []

  /// Nil when the text has no such run.
  init?(_ buf: UnsafeBufferPointer<UInt8>) {
    let n = buf.count
    guard n > 0, let p = buf.baseAddress else { return nil }
    // (the test runs on every document: a plain pointer walk, eight positions at a time while
    // none of them has a space before a space or line end)
    var i = 1
    while i + 8 <= n {
      let prev = UnsafeRawPointer(p + i - 1).loadUnaligned(as: UInt64.self)
      let here = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
      if Self.bytesEqual(prev, 0x20) & (Self.bytesEqual(here, 0x20) | Self.bytesEqual(here, 0x0A)
        | Self.bytesEqual(here, 0x0D)) != 0
      {
        break
      }
      i += 8
    }
    while i < n && (p[i - 1] != 0x20 || (p[i] != 0x20 && p[i] != 0x0A && p[i] != 0x0D)) { i += 1 }
    if i == n && p[n - 1] != 0x20 { return nil }
    i -= 1
    while i > 0 && buf[i - 1] == 0x20 { i -= 1 }
    bytes.reserveCapacity(n)
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[0..<i]))
    var dropped = 0
    while i < n {
      guard buf[i] == 0x20 else {
        bytes.append(buf[i])
        i += 1
        continue
      }
      var j = i
      while j < n && buf[j] == 0x20 { j += 1 }
      if i == 0 || buf[i - 1] == 0x0A {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[i..<j]))  // indentation
      } else {
        let lineEnd = j == n || buf[j] == 0x0A || buf[j] == 0x0D
        if !lineEnd { bytes.append(0x20) }
        if j - i > 1 || lineEnd {
          dropped += lineEnd ? j - i : j - i - 1
          at.append(bytes.count)
          shift.append(dropped)
        }
      }
      i = j
    }
    if dropped == 0 { return nil }
  }

  /// The high bit of each byte of `w` that equals `b`, and no other bit (exact, no carries across
  /// bytes).
  @inline(__always)
  static func bytesEqual(_ w: UInt64, _ b: UInt8) -> UInt64 {
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let x = w ^ (0x0101_0101_0101_0101 &* UInt64(b))
    return ~(((x & low7) &+ low7) | x | low7)
  }

  /// The document offset of the byte at `p` in `bytes`.
  func offset(_ p: Int) -> Int {
    var lo = 0
    var hi = at.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if at[mid] <= p { lo = mid + 1 } else { hi = mid }
    }
    return p + (lo == 0 ? 0 : shift[lo - 1])
  }

  func restore(_ found: [QuoteFinding]) -> [QuoteFinding] {
    found.map { f in
      var g = f
      g.start = offset(f.start)
      g.end = f.end > f.start ? offset(f.end - 1) + 1 : g.start
      return g
    }
  }
}

@_cdecl("nlp_stage_entry")
public func nlpStageEntry(_ abi: UInt32, _ vtable: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32
{
  StageExport.fill(vtable, hostABI: abi, QuotesStage.self)
}
