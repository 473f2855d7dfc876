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
    let lex = QuoteLexicon.shared
    var lang: String? = nil
    if case .string(let s)? = doc.attribute("lang") { lang = s }
    let found: [QuoteFinding] = doc.withUTF8 { buf in
      var profile: LangProfile
      if let p = lex.profile(lang) {
        profile = p
      } else {
        profile = lex.guess(buf) ?? lex.union
        profile.cues = lex.union.cues
        profile.sources = lex.union.sources
        profile.phraseStarts = lex.union.phraseStarts
        profile.cueStarts = lex.union.cueStarts
      }
      var finder = QuoteFinder(buf: buf, profile: profile)
      return finder.run()
    }
    for f in found {
      if f.scare && !reportScare { continue }
      var attrs = StageAttributes()
      if let s = f.speaker { attrs["speaker"] = .string(s) }
      if let c = f.cue { attrs["cue"] = .string(c) }
      if let r = f.resolved { attrs["speaker_resolved"] = .string(r) }
      if f.scare { attrs["scare"] = .bool(true) }
      if QuoteFinder.debug { attrs["debug"] = .string(f.debug) }
      out.annotate("quote", start: f.start, end: f.end, attrs: attrs)
    }
  }
}

@_cdecl("nlp_stage_entry")
public func nlpStageEntry(_ abi: UInt32, _ vtable: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32
{
  StageExport.fill(vtable, hostABI: abi, QuotesStage.self)
}
