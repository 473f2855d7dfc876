// SPDX-License-Identifier: GPL-3.0-or-later
import StageKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `langid` stage: sets `lang` / `lang_confidence` on every document and,
/// with `spans=paragraph|sentence`, marks stretches in another language.
public final class LangIDStage: Stage {
  public static let name = "langid"
  public static let version = "0.1.0"
  public static let summary =
    "Identifies the language of each document (and of stretches in other languages)"
  /// The languages of the committed model, read from its header (the
  /// model itself loads only when the stage first runs).
  public static let languages: [String] = modelLanguages() ?? ["*"]
  public static let requires: [String] = []
  public static let reads: [String] = []
  public static let provides: [String] = ["@lang", "@lang_confidence", "language"]
  public static let options: [OptionSpec] = [
    OptionSpec("only", .string, default: "", doc: "comma-separated language codes to choose among (e.g. da,sv,nb)"),
    OptionSpec(
      "spans", .string, default: "none", choices: ["none", "paragraph", "sentence"],
      doc: "also mark paragraphs or sentences in another language than the document's with `language` annotations"),
  ]

  enum SpanMode { case none, paragraph, sentence }

  /// The model, loaded once per process on first use.
  static let shared: Result<LangIDModel, LangIDError> = {
    let env = getenv("NLPSH_LANGID_MODEL").map { String(cString: $0) }
    let path: String?
    if let env, !env.isEmpty {
      path = env
    } else {
      path = StageResources.path(for: "Resources/langid.bin", target: "LanguageID")
    }
    guard let path else {
      return .failure(
        LangIDError(
          "langid: model file Resources/langid.bin not found beside the plugin (LanguageID resources); set NLPSH_LANGID_MODEL to its path"
        ))
    }
    do { return .success(try LangIDModel(path: path)) } catch let e as LangIDError {
      return .failure(e)
    } catch { return .failure(LangIDError("langid: \(error)")) }
  }()

  let scorer: LangIDScorer
  let spanMode: SpanMode
  /// minimum letters for a span to be judged, and the confidence it needs
  let spanMinLetters = 20
  let spanMinConfidence = 0.8
  let relatedMinLetters = 60
  let relatedMinConfidence = 0.99

  public init(config: StageConfig) throws {
    let model: LangIDModel
    switch LangIDStage.shared {
    case .success(let m): model = m
    case .failure(let e): throw StageError(e.description)
    }
    scorer = LangIDScorer(model: model)
    let only = config.list("only")
    if !only.isEmpty {
      var allowed = [Bool](repeating: false, count: model.codes.count)
      for code in only {
        guard let i = model.index(of: code) else {
          throw StageError(
            "langid: unknown language '\(code)' in only=; known: \(model.codes.sorted().joined(separator: ","))")
        }
        allowed[i] = true
      }
      scorer.allowed = allowed
    }
    switch config.string("spans", default: "none") {
    case "none", "": spanMode = .none
    case "paragraph": spanMode = .paragraph
    case "sentence": spanMode = .sentence
    case let other: throw StageError("langid: spans must be none, paragraph or sentence, not '\(other)'")
    }
  }

  public func process(_ doc: StageDocument, _ out: inout StageOutput) throws {
    let codes = scorer.model.codes
    doc.withUTF8 { b in
      let r = scorer.classify(b, 0, b.count)
      if r.lang < 0 {
        out.setAttribute("lang", .string("und"))
        out.setAttribute("lang_confidence", .double(0))
      } else {
        out.setAttribute("lang", .string(codes[r.lang]))
        out.setAttribute("lang_confidence", .double(LangIDStage.round3(r.confidence)))
      }
      guard spanMode != .none, r.lang >= 0 else { return }
      var found: [(start: Int, end: Int, lang: Int, conf: Double)] = []
      for (s, e) in LangIDStage.spans(b, sentences: spanMode == .sentence) {
        let sr = scorer.classify(b, s, e)
        guard sr.lang >= 0, sr.lang != r.lang, sr.letters >= spanMinLetters,
          sr.confidence >= spanMinConfidence
        else { continue }
        // close relatives (da/nb, bs/hr, ms/id, ...) are confused on short stretches:
        // ask for more text and more confidence before marking one inside the other
        if LangIDStage.related(codes[r.lang], codes[sr.lang])
          && (sr.letters < relatedMinLetters || sr.confidence < relatedMinConfidence)
        {
          continue
        }
        if let last = found.last, last.lang == sr.lang,
          LangIDStage.noLetterBetween(b, last.end, s, scorer.model)
        {
          found[found.count - 1] = (last.start, e, sr.lang, min(last.conf, sr.confidence))
        } else {
          found.append((s, e, sr.lang, sr.confidence))
        }
      }
      for f in found {
        out.annotate(
          "language", start: f.start, end: f.end,
          attrs: ["lang": .string(codes[f.lang]), "confidence": .double(LangIDStage.round3(f.conf))])
      }
    }
  }

  static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

  /// True when bytes [s, e) hold no letter (spaces, punctuation, quotation marks only).
  static func noLetterBetween(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ m: LangIDModel) -> Bool {
    var i = s
    while i < e {
      let c0 = b[i]
      var cp: UInt32
      if c0 < 0x80 {
        cp = UInt32(c0); i += 1
      } else if c0 < 0xE0 {
        cp = (UInt32(c0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F); i += 2
      } else if c0 < 0xF0 {
        cp = (UInt32(c0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F); i += 3
      } else {
        cp = 0; i += 4
      }
      if cp < LangIDModel.maxCP && m.table[Int(cp)] != 0 { return false }
    }
    return true
  }

  static let relatedGroups = LangIDModel.relativeGroups

  static func related(_ a: String, _ b: String) -> Bool {
    relatedGroups.contains { $0.contains(a) && $0.contains(b) }
  }

  /// Quotation marks: in sentence mode a quotation is judged on its own.
  @inline(__always)
  static func quoteLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let c = b[i]
    if c == 0x22 { return 1 }  // "
    let n = b.count
    if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 {
      switch b[i + 2] {
      case 0x9C, 0x9D, 0x9E, 0xB9, 0xBA: return 3  // “ ” „ ‹ ›
      default: return 0
      }
    }
    if c == 0xC2 && i + 1 < n && (b[i + 1] == 0xAB || b[i + 1] == 0xBB) { return 2 }  // « »
    if c == 0xE3 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0x8C || b[i + 2] == 0x8D) { return 3 }  // 「 」
    return 0
  }

  /// Paragraphs (lines) or sentences as byte ranges, surrounding whitespace trimmed.
  static func spans(_ b: UnsafeBufferPointer<UInt8>, sentences: Bool) -> [(Int, Int)] {
    var out: [(Int, Int)] = []
    var start = 0
    var i = 0
    let n = b.count
    func emit(_ s: Int, _ e: Int) {
      var s = s, e = e
      while s < e && LangIDScorer.isSpace(b[s]) { s += 1 }
      while e > s && LangIDScorer.isSpace(b[e - 1]) { e -= 1 }
      if e > s { out.append((s, e)) }
    }
    while i < n {
      let c = b[i]
      if c == 0x0A {
        emit(start, i)
        start = i + 1
      } else if sentences {
        var end = -1
        let ql = quoteLength(b, i)
        if ql > 0 {
          emit(start, i)
          start = i + ql
          i += ql
          continue
        }
        if c == 0x3A && i + 1 < n && (b[i + 1] == 0x20 || b[i + 1] == 0x0A) {
          // "She said: «…»": a quotation after a colon is judged on its own
          end = i + 1
        } else if c == 0x2E || c == 0x21 || c == 0x3F {  // . ! ?
          var j = i + 1
          while j < n && (b[j] == 0x2E || b[j] == 0x21 || b[j] == 0x3F || b[j] == 0x27 || b[j] == 0x29) {
            j += 1
          }
          if j >= n || b[j] == 0x20 || b[j] == 0x0A || b[j] == 0x09 { end = j }
          // a full stop before a lowercase letter or a digit ends no sentence ("ca. 200", "bl.a. fordi"), nor one
          // after a day number of one or two digits ("am 3. März", "den 14. marts")
          let digitsBefore = i >= 1 && b[i - 1] >= 0x30 && b[i - 1] <= 0x39
            ? (i >= 2 && b[i - 2] >= 0x30 && b[i - 2] <= 0x39 ? 2 : 1) : 0
          if end > 0 && c == 0x2E && digitsBefore > 0 && j == i + 1 {
            let k = i - digitsBefore - 1
            if k < 0 || b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x09 || b[k] == 0x28 { end = -1 }
          }
          if end > 0 && c == 0x2E {
            var k = j
            while k < n && (b[k] == 0x20 || b[k] == 0x09) { k += 1 }
            if k < n && ((b[k] >= 0x61 && b[k] <= 0x7A) || (b[k] >= 0x30 && b[k] <= 0x39)
              || (b[k] == 0xC3 && k + 1 < n && b[k + 1] >= 0x9F))
            {
              end = -1
            }
          }
        } else if c == 0xE3 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x82 {  // 。
          end = i + 3
        } else if c == 0xEF && i + 2 < n && b[i + 1] == 0xBC && (b[i + 2] == 0x81 || b[i + 2] == 0x9F) {  // ！？
          end = i + 3
        }
        if end > 0 {
          emit(start, end)
          start = end
          i = end
          continue
        }
      }
      i += 1
    }
    emit(start, n)
    return out
  }
}

@_cdecl("nlp_stage_entry")
public func nlpStageEntry(_ abi: UInt32, _ vtable: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32 {
  StageExport.fill(vtable, hostABI: abi, LangIDStage.self)
}

/// The language codes in the header of the model file (format in tools/langid/README.md).
private func modelLanguages() -> [String]? {
  let env = getenv("NLPSH_LANGID_MODEL").map { String(cString: $0) }
  guard let path = (env?.isEmpty == false ? env : nil) ?? StageResources.path(for: "Resources/langid.bin", target: "LanguageID"),
    let f = fopen(path, "rb")
  else { return nil }
  defer { fclose(f) }
  var magic = [UInt8](repeating: 0, count: 8)
  var count: UInt32 = 0
  guard fread(&magic, 1, 8, f) == 8, String(decoding: magic, as: UTF8.self) == "NLPLID02",
    fread(&count, 4, 1, f) == 1, count < 10_000
  else { return nil }
  var codes: [String] = []
  var entry = [UInt8](repeating: 0, count: 1 + 7 + 5 + 4)
  for _ in 0..<count {
    guard fread(&entry, 1, entry.count, f) == entry.count else { return nil }
    let len = min(Int(entry[0]), 7)
    codes.append(String(decoding: entry[1..<(1 + len)], as: UTF8.self))
  }
  return codes
}
