// SPDX-License-Identifier: GPL-3.0-or-later
import StageKit
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One reported quotation (UTF-8 byte offsets of the quoted words).
struct QuoteFinding {
  var start: Int
  var end: Int
  var speaker: String?
  var cue: String?
  var resolved: String?
  var scare = false
  /// The speaker was read from the paragraph around the quotation, not from an attribution
  /// (attrs.speaker_from = "context").
  var fromContext = false
  var debug = ""
}

/// The kinds of quotation mark.
enum MarkKind: UInt8 {
  case straightDouble, straightSingle  // " '
  case lowDouble, leftDouble, rightDouble  // „ “ ”
  case lowSingle, leftSingle, rightSingle  // ‚ ‘ ’
  case leftGuillemet, rightGuillemet  // « »
  case leftSingleGuillemet, rightSingleGuillemet  // ‹ ›
  case cornerOpen, cornerClose, whiteCornerOpen, whiteCornerClose  // 「 」 『 』

  var bit: UInt32 { 1 << UInt32(rawValue) }
  var isSingle: Bool {
    switch self {
    case .straightSingle, .lowSingle, .leftSingle, .rightSingle, .leftSingleGuillemet,
      .rightSingleGuillemet, .whiteCornerOpen, .whiteCornerClose:
      return true
    default: return false
    }
  }
}

/// A quotation mark found in the text.
struct RawMark {
  var pos: Int
  var len: Int
  var kind: MarkKind
  var para: Int
  var paraStart: Bool
}

/// A paired (or dash-introduced) stretch of quoted text before classification.
struct Candidate {
  var open: Int  // position of the opening mark (or dash)
  var contentStart: Int
  var contentEnd: Int
  var closeEnd: Int  // position after the closing mark (== contentEnd when none)
  var depth: Int
  var dash: Bool
  var unclosed: Bool
  /// A dash paragraph without its own attribution that continues the previous one.
  var continuation = false
  /// A dash paragraph of its own without attribution, after no other dash paragraph.
  var standalone = false
  /// The opening mark (nil for dash quotes).
  var openKind: MarkKind? = nil
  /// One of three or more quoted stretches listed with commas or "and" ("„A“, „B“ und „C“"): titles or names.
  var listed = false
  /// A block quotation that lost its marks: the prose paragraph after a line that introduces
  /// speech and ends with a colon (`open` is the colon).
  var block = false
  /// A transcript's turn without marks ("Wallner: Schlecht. …"): the block after the label at
  /// `label`, which is the speaker as written.
  var label: (s: Int, e: Int)? = nil
}

/// A word or punctuation token of a small window.
struct Tok {
  var s: Int
  var e: Int
  /// 0 for a word; otherwise the punctuation: , . : ; ! ? ( ) or Q (quotation mark) D (dash) N (newline)
  var p: UInt8
  /// The hash of the lowercased word (WordHash), 0 for punctuation.
  var low: UInt64
  var upper: Bool
  /// A determiner joined with its extended attribute ("der seit 2005 amtierende").
  var joined = false
  var isWord: Bool { p == 0 }
}

final class QuoteFinder {
  let buf: UnsafeBufferPointer<UInt8>
  let profile: LangProfile
  let n: Int
  /// Set QUOTES_DEBUG=1 to see the classification features of each quotation.
  static let debug: Bool = getenv("QUOTES_DEBUG") != nil
  @exclusivity(unchecked) var lastDebug = ""
  /// Names mentioned so far (for pronoun speakers), scanned once up to `mentionScan`.
  @exclusivity(unchecked) var mentions: [(pos: Int, s: Int, e: Int)] = []
  @exclusivity(unchecked) var mentionScan = 0
  /// `nameIn` of the speaker phrases met so far: pronouns are resolved against the same few phrases again and again.
  @exclusivity(unchecked) var namesInPhrases: [String: NamedPhrase] = [:]
  /// An earlier speaker phrase as pronoun resolution reads it: the name in it, whether that can be
  /// resolved to, the gender its words show and the hashes of the last words of phrase and name.
  struct NamedPhrase {
    var name: String
    var usable: Bool
    var shown: UInt8?
    var lastWords: (UInt64, UInt64)
  }
  /// Surname (hash) → the byte range of the first full name ending with it.
  @exclusivity(unchecked) var fullNames: [UInt64: (s: Int, e: Int)] = [:]
  /// Surname (hash) → the genders the text shows for it (`genderWord`): 1 a woman, 2 a man, 3 both.
  @exclusivity(unchecked) var nameGender: [UInt64: UInt8] = [:]

  /// Marks judged to enclose a name, title or term (open…close end), in text order
  /// (`addScareSpan`, `inScareSpan`).
  @exclusivity(unchecked) var scareSpans: [(s: Int, e: Int)] = []
  /// The largest end of `scareSpans[0...i]`, so that a position is looked up by binary search.
  @exclusivity(unchecked) var scareMaxEnd: [Int] = []
  /// False once a span was added before an earlier one: lookups then read the whole list.
  @exclusivity(unchecked) var scareSorted = true
  /// `writtenAsName`'s answers, by word: a document asks for the same few words again and again.
  let writtenAsNameMemo = Memo()
  final class Memo {
    var answers: [String: Bool] = [:]
    /// The places a word stands after a capitalised word of a name (`nameFollowerStarts`), by the hash of
    /// the run of letters and digits starting there; built on the first question.
    var followers: [UInt64: [Int]]? = nil
    /// Questions answered by reading the text directly before the index pays for itself.
    var direct = 0
  }

  @exclusivity(unchecked) var marks: [RawMark] = []
  @exclusivity(unchecked) var newlines: [Int] = []
  /// The newlines that only wrap a sentence (`wrapsLine`), in text order; found by `scan`.
  @exclusivity(unchecked) var wrapped: [Int] = []
  /// Speech dashes: at a paragraph start, or after a sentence inside one where the language
  /// writes so (`inline`; "… w Wiedniu. – Sprzedawca twierdził … – poinformował X.").
  @exclusivity(unchecked) var dashParas: [(pos: Int, len: Int, para: Int, inline: Bool)] = []

  /// The longest quotation considered, in bytes.
  static let maxQuoteBytes = 20_000
  /// How far the attribution is looked for, in bytes.
  static let window = 400

  init(buf: UnsafeBufferPointer<UInt8>, profile: LangProfile) {
    self.buf = buf
    self.profile = profile
    self.n = buf.count
  }

  // MARK: - Scalars

  @inline(__always)
  func scalar(at i: Int) -> (UInt32, Int) {
    let (v, len) = UTF8Scan.scalar(buf, at: i, end: n)
    return (v, len)
  }

  /// The scalar ending just before `i` and its start.
  @inline(__always)
  func scalar(before i: Int) -> (UInt32, Int)? {
    guard i > 0 else { return nil }
    var j = i - 1
    while j > 0 && (buf[j] & 0xC0) == 0x80 && i - j < 4 { j -= 1 }
    return (scalar(at: j).0, j)
  }

  @inline(__always)
  static func isSpace(_ c: UInt32) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0xA0 || c == 0x202F || c == 0x2009
      || c == 0x2007 || c == 0x2008 || c == 0x200A || c == 0x3000 || c == 0x2028 || c == 0x2029
  }

  @inline(__always)
  static func isQuoteMark(_ c: UInt32) -> Bool {
    c == 0x22 || c == 0x27 || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB || c == 0x2039
      || c == 0x203A || (c >= 0x300C && c <= 0x300F)
  }

  static func isDash(_ c: UInt32) -> Bool {
    c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2012
  }

  /// Punctuation that is not part of a word (apart from marks and dashes).
  static func isPunct(_ c: UInt32) -> Bool {
    switch c {
    case 0x21, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x2A,
      0x2026, 0x060C, 0x061B, 0x061F, 0x06D4, 0x3001, 0x3002, 0xFF0C, 0xFF1A, 0xFF1F, 0xFF01:
      return true
    default: return false
    }
  }

  @inline(__always)
  static func isUpper(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x41 && c <= 0x5A }
    return isUpperBeyondASCII(c)
  }

  /// `isUpper` for a scalar beyond ASCII (out of line: the ASCII test is inlined where it is read).
  @inline(never)
  static func isUpperBeyondASCII(_ c: UInt32) -> Bool {
    if WordHash.simpleLower(c) != nil { return true }
    if c < 0x250 || (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F) { return false }
    if c >= 0x0530 && c < 0x10A0 || c >= 0x3000 && c < 0xA640 { return false }  // no case
    guard let u = Unicode.Scalar(c) else { return false }
    return u.properties.isUppercase
  }

  @inline(__always)
  static func isLower(_ c: UInt32) -> Bool {
    if c < 0x80 { return c >= 0x61 && c <= 0x7A }
    guard let u = Unicode.Scalar(c) else { return false }
    return u.properties.isLowercase
  }

  @inline(__always)
  static func isDigit(_ c: UInt32) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669)
  }

  @inline(__always)
  static func isLetterOrDigit(_ c: UInt32) -> Bool {
    if c < 0x80 {
      // ASCII letters, digits and the symbols that stay inside words (% & + = @ # $ _ ~ < > \ ^ ` |),
      // as a bit set over 0..<64 and 64..<128.
      return c < 64
        ? (0x73ff_0878_0000_0000 as UInt64) >> UInt64(c) & 1 == 1
        : (0x57ff_ffff_d7ff_ffff as UInt64) >> UInt64(c - 64) & 1 == 1
    }
    return isLetterOrDigitBeyondASCII(c)
  }

  /// `isLetterOrDigit` for a scalar beyond ASCII (out of line, as `isUpperBeyondASCII`).
  @inline(never)
  static func isLetterOrDigitBeyondASCII(_ c: UInt32) -> Bool {
    !isSpace(c) && !isQuoteMark(c) && !isDash(c) && !isPunct(c)
  }

  func string(_ s: Int, _ e: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buf[max(0, s)..<min(n, e)]), as: UTF8.self)
  }

  // MARK: - Pass 1: marks, newlines, dash paragraphs

  /// For each byte, what `scan` does with it: 0 when it looks at it (a mark, a line break, a
  /// sentence end, the first byte of a mark or no-break space), 2 for a space, tab or carriage
  /// return (which leave a line empty), 1 for any other byte (part of the line's content).
  static let plainBytes: UnsafePointer<UInt8> = {
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for b in 0..<256 {
      switch b {
      case 0x22, 0x27, 0x0A, 0x2E, 0x21, 0x3F, 0xC2, 0xE2, 0xE3: p[b] = 0
      case 0x20, 0x09, 0x0D: p[b] = 2
      default: p[b] = 1
      }
    }
    return UnsafePointer(p)
  }()

  func scan() {
    marks.reserveCapacity(n / 200 + 8)
    var para = 0
    var lineEmpty = true
    var i = 0
    let inlineDash = profile.inlineDash
    checkDash(at: 0, para: 0)
    let plain = Self.plainBytes
    while i < n {
      // (a run of bytes with nothing to note, the text being valid UTF-8: a byte at a time, which
      // keeps the loads independent of each other)
      var j = i
      var content = false
      while j < n {
        let k = plain[Int(buf[j])]
        if k == 0 { break }
        content = content || k == 1
        j += 1
      }
      if j != i {
        if content { lineEmpty = false }
        i = j
        continue
      }
      let b = buf[i]
      if b < 0x80 {
        if b == 0x27, i + 1 < n, buf[i + 1] == 0x27 {
          // Two apostrophes stand for a double mark (typewriter style and wiki markup for
          // italics); three or more are markup (bold), no mark.
          var run = 2
          while i + run < n, buf[i + run] == 0x27 { run += 1 }
          if run == 2 {
            marks.append(
              RawMark(pos: i, len: 2, kind: .straightDouble, para: para, paraStart: lineEmpty))
          }
          lineEmpty = false
          i += run
          continue
        }
        if b == 0x22 || b == 0x27 {
          marks.append(
            RawMark(
              pos: i, len: 1, kind: b == 0x22 ? .straightDouble : .straightSingle, para: para,
              paraStart: lineEmpty))
          lineEmpty = false
        } else if b == 0x0A {
          newlines.append(i)
          // (a line break that only wraps a sentence goes on with the same line)
          if !lineEmpty && lineWraps(i) {
            wrapped.append(i)
            i += 1
            continue
          }
          if !lineEmpty || para == 0 { para += 1 }
          lineEmpty = true
          checkDash(at: i + 1, para: para)
        } else if b != 0x20 && b != 0x09 && b != 0x0D {
          lineEmpty = false
          if Self.isStopByte(b), inlineDash, i + 5 < n, buf[i + 1] == 0x20,
            longDashLength(at: i + 2, before: n) > 0, buf[i + 5] == 0x20,
            // (one every 120 bytes of a paragraph at most, each read over 600 bytes: linear on
            // text made of dashes)
            dashParas.last.map({ !$0.inline || $0.para != para || $0.pos + 120 <= i }) ?? true
          {
            dashParas.append((i + 2, 4, para, true))
          }
        }
        i += 1
        continue
      }
      var kind: MarkKind? = nil
      var len = 1
      if b == 0xC2, i + 1 < n {
        len = 2
        let c = buf[i + 1]
        if c == 0xAB {
          kind = .leftGuillemet
        } else if c == 0xBB {
          kind = .rightGuillemet
        } else if c == 0xA0 {
          i += 2
          continue  // no-break space keeps the line empty
        }
      } else if b == 0xE2, i + 2 < n, buf[i + 1] == 0x80 {
        len = 3
        switch buf[i + 2] {
        case 0x9C: kind = .leftDouble
        case 0x9D: kind = .rightDouble
        case 0x9E: kind = .lowDouble
        case 0x9F: kind = .leftDouble
        case 0x98: kind = .leftSingle
        case 0x99: kind = .rightSingle
        case 0x9A: kind = .lowSingle
        case 0x9B: kind = .leftSingle
        case 0xB9: kind = .leftSingleGuillemet
        case 0xBA: kind = .rightSingleGuillemet
        case 0xAF:
          i += 3
          continue  // narrow no-break space
        default: break
        }
      } else if b == 0xE3, i + 2 < n, buf[i + 1] == 0x80 {
        len = 3
        switch buf[i + 2] {
        case 0x8C: kind = .cornerOpen
        case 0x8D: kind = .cornerClose
        case 0x8E: kind = .whiteCornerOpen
        case 0x8F: kind = .whiteCornerClose
        default: break
        }
      } else if b >= 0xF0 {
        len = 4
      } else if b >= 0xE0 {
        len = 3
      } else if b >= 0xC0 {
        len = 2
      }
      if let kind {
        marks.append(RawMark(pos: i, len: len, kind: kind, para: para, paraStart: lineEmpty))
      }
      lineEmpty = false
      i += min(len, n - i)
    }
  }

  /// Records a paragraph starting at `i` with a speech dash (`- `, `– `, `— `).
  func checkDash(at start: Int, para: Int) {
    guard profile.dash else { return }
    var i = start
    while i < n && (buf[i] == 0x20 || buf[i] == 0x09) { i += 1 }
    guard i < n else { return }
    if buf[i] == 0x2D {
      if i + 1 < n && buf[i + 1] == 0x20 { dashParas.append((i, 2, para, false)) }
    } else if longDashLength(at: i, before: n) > 0 {
      var j = i + 3
      while j < n && (buf[j] == 0x20 || (buf[j] == 0xC2 && j + 1 < n && buf[j + 1] == 0xA0)) {
        j += buf[j] == 0x20 ? 1 : 2
      }
      // An em dash may touch the words (Spanish dialogue); an en dash needs a space.
      if j > i + 3 || buf[i + 2] == 0x94 { dashParas.append((i, j - i, para, false)) }
    }
  }

  // MARK: - Pass 2: pairing

  struct Open {
    var mark: Int
    var kind: MarkKind
    var closers: UInt32
    var lastPara: Int
  }

  /// Which marks close a given opener.
  func closers(for k: MarkKind, guillemetLeftOpens: Bool) -> UInt32 {
    switch k {
    case .straightDouble:
      return MarkKind.straightDouble.bit | MarkKind.rightDouble.bit | MarkKind.leftDouble.bit
    case .lowDouble:
      return MarkKind.leftDouble.bit | MarkKind.rightDouble.bit | MarkKind.straightDouble.bit
    case .leftDouble:
      return MarkKind.rightDouble.bit | MarkKind.straightDouble.bit | MarkKind.leftDouble.bit
    case .rightDouble: return MarkKind.rightDouble.bit
    case .straightSingle: return MarkKind.straightSingle.bit | MarkKind.rightSingle.bit
    case .lowSingle: return MarkKind.leftSingle.bit | MarkKind.rightSingle.bit
    case .leftSingle:
      return MarkKind.rightSingle.bit | MarkKind.straightSingle.bit | MarkKind.leftSingle.bit
    case .rightSingle: return MarkKind.rightSingle.bit
    case .leftGuillemet:
      return MarkKind.rightGuillemet.bit | (guillemetLeftOpens ? 0 : MarkKind.leftGuillemet.bit)
    case .rightGuillemet:
      return MarkKind.leftGuillemet.bit | (guillemetLeftOpens ? 0 : MarkKind.rightGuillemet.bit)
    case .leftSingleGuillemet: return MarkKind.rightSingleGuillemet.bit
    case .rightSingleGuillemet: return MarkKind.leftSingleGuillemet.bit
    case .cornerOpen: return MarkKind.cornerClose.bit
    case .whiteCornerOpen: return MarkKind.whiteCornerClose.bit
    case .cornerClose, .whiteCornerClose: return 0
    }
  }

  /// The roles a mark may play here: (can open, can close); (false, false) for an apostrophe.
  func roles(_ m: RawMark, guillemetLeftOpens: Bool, lowNine: Bool, openKinds: UInt32) -> (
    Bool, Bool
  ) {
    let before = scalar(before: m.pos)?.0
    let after: UInt32? = m.pos + m.len < n ? scalar(at: m.pos + m.len).0 : nil
    // Space-like on the left: start, space, opening punctuation, dash or another mark.
    let leftOpen: Bool = {
      guard let c = before else { return true }
      return Self.isSpace(c) || c == 0x28 || c == 0x5B || c == 0x7B || Self.isDash(c) || c == 0x2D
        || c == 0x2F || Self.isQuoteMark(c)
    }()
    let rightOpen: Bool = {
      guard let c = after else { return true }
      return Self.isSpace(c) || (Self.isPunct(c) && c != 0x28 && c != 0x5B) || Self.isQuoteMark(c)
        || Self.isDash(c)
    }()
    let leftFlank = leftOpen && !rightOpen
    let rightFlank = !leftOpen && rightOpen
    let neither = leftOpen && rightOpen
    switch m.kind {
    case .lowDouble, .lowSingle:
      return (!rightOpen || m.kind == .lowDouble, false)
    case .cornerOpen, .whiteCornerOpen: return (true, false)
    case .cornerClose, .whiteCornerClose: return (false, true)
    case .leftGuillemet, .rightGuillemet, .leftSingleGuillemet, .rightSingleGuillemet:
      let isLeft = m.kind == .leftGuillemet || m.kind == .leftSingleGuillemet
      let opens = isLeft == guillemetLeftOpens
      if opens {
        // The same mark closes itself in Swedish style (»…»).
        return (!rightFlank || openKinds & m.kind.bit == 0, rightFlank)
      }
      return (false, true)
    case .leftDouble:
      if leftFlank { return (true, false) }
      if rightFlank { return (false, true) }
      return (neither && !lowNine, neither && lowNine || !neither)
    case .rightDouble:
      if leftFlank { return (true, false) }
      return (false, true)
    case .straightDouble:
      if leftFlank { return (true, false) }
      if rightFlank { return (false, true) }
      let isOpen = openKinds & m.kind.bit != 0
      return (!isOpen, isOpen)
    case .straightSingle, .leftSingle, .rightSingle:
      guard let a = after, let b = before else {
        return (before == nil, after == nil)
      }
      // Apostrophes: inside a word (don't, 90'erne, auto's), before a digit ('80s).
      if Self.isLetterOrDigit(b) && Self.isLetterOrDigit(a) { return (false, false) }
      if Self.isDigit(a) { return (false, false) }
      if leftFlank {
        // Elisions: 's Nachts, 'n' (rock 'n' roll), 'ne, 'em, 'tis.
        var j = m.pos + m.len
        var letters = 0
        while j < n, letters < 4 {
          let (c, l) = scalar(at: j)
          if !Self.isLetterOrDigit(c) { break }
          letters += 1
          j += l
        }
        if letters <= 3, j < n {
          let (c, _) = scalar(at: j)
          if Self.isSpace(c) || c == 0x27 || c == 0x2019 {
            let w = string(m.pos + m.len, j).lowercased()
            if ["s", "n", "ne", "nen", "em", "tis", "twas", "t", "m", "cause", "til"].contains(w) {
              return (false, false)
            }
          }
        }
        return (true, false)
      }
      if rightFlank { return (false, true) }
      if neither {
        return (false, openKinds & (MarkKind.straightSingle.bit | MarkKind.leftSingle.bit) != 0)
      }
      return (false, false)
    }
  }

  func pair() -> [Candidate] {
    // The document's guillemet direction: from the locale, else from the first guillemet.
    var gLeftOpens = profile.guillemetLeftOpens
    var lowNine = profile.lowNine
    var sawLowDouble = false
    for m in marks {
      if gLeftOpens == nil && (m.kind == .leftGuillemet || m.kind == .rightGuillemet) {
        // « followed by a space-separated word (French) or first in the text opens.
        gLeftOpens = m.kind == .leftGuillemet
      }
      if m.kind == .lowDouble { sawLowDouble = true }
    }
    if sawLowDouble { lowNine = true }
    // A language whose locale says « opens may still print »…« (or the reverse):
    // trust the first guillemet of the document when it is at a paragraph start.
    if let first = marks.first(where: { $0.kind == .leftGuillemet || $0.kind == .rightGuillemet }) {
      let afterIsSpace =
        first.pos + first.len < n && Self.isSpace(scalar(at: first.pos + first.len).0)
      if first.paraStart || !afterIsSpace { gLeftOpens = first.kind == .leftGuillemet }
    }
    let leftOpens = gLeftOpens ?? true

    var stack: [Open] = []
    var openKinds: UInt32 = 0
    var out: [Candidate] = []
    var curPara = 0
    func recomputeKinds() {
      openKinds = 0
      for o in stack { openKinds |= o.kind.bit }
    }
    for (idx, m) in marks.enumerated() {
      if m.para != curPara {
        curPara = m.para
        // A quotation may run over one paragraph break; older openers are dropped.
        // (but a statement a colon introduces runs on over paragraphs without marks of their own to
        // the closing mark ending one: "Dazu erklärt X:¶„…¶…¶… beenden.“")
        // (or to a closing mark an attribution follows: "„…¶…¶…“, erklärt X weiter.")
        if let top = stack.last, idx == top.mark + 1, m.para - top.lastPara > 1, m.para - top.lastPara <= 8,
          top.closers & m.kind.bit != 0, m.pos - marks[top.mark].pos <= Self.maxQuoteBytes
        {
          let after = m.pos + m.len
          let endsParagraph = after >= n || buf[after] == 0x0A || buf[after] == 0x0D
          let colonBefore = scalar(before: skipSpaceBack(marks[top.mark].pos)).map { $0.0 == 0x3A } ?? false
          let attributionAfter =
            after + 2 < n && buf[after] == 0x2C && buf[after + 1] == 0x20 && Self.isLower(scalar(at: after + 2).0)
          if endsParagraph && colonBefore || attributionAfter { stack[stack.count - 1].lastPara = m.para - 1 }
        }
        let before = stack.count
        for o in stack where m.para - o.lastPara > 1 { emitUnclosed(o, into: &out) }
        stack.removeAll { m.para - $0.lastPara > 1 }
        if stack.count != before { recomputeKinds() }
      }
      // A paragraph reopening the quotation of the previous one continues it.
      if m.paraStart, let top = stack.last, top.kind == m.kind, top.lastPara == m.para - 1 {
        stack[stack.count - 1].lastPara = m.para
        continue
      }
      let (canOpen, canClose) = roles(
        m, guillemetLeftOpens: leftOpens, lowNine: lowNine, openKinds: openKinds)
      if canClose {
        var k = stack.count - 1
        var found = -1
        while k >= 0 && k >= stack.count - 4 {
          if stack[k].closers & m.kind.bit != 0 {
            found = k
            break
          }
          k -= 1
        }
        if found >= 0 {
          let o = stack[found]
          let om = marks[o.mark]
          if m.pos - om.pos <= Self.maxQuoteBytes {
            var cand = Candidate(
              open: om.pos, contentStart: om.pos + om.len, contentEnd: m.pos,
              closeEnd: m.pos + m.len,
              depth: found, dash: false, unclosed: false)
            cand.openKind = om.kind
            out.append(cand)
          }
          stack.removeSubrange(found...)
          recomputeKinds()
          continue
        }
      }
      if canOpen {
        if stack.count >= 16 { stack.removeFirst() }
        stack.append(
          Open(
            mark: idx, kind: m.kind, closers: closers(for: m.kind, guillemetLeftOpens: leftOpens),
            lastPara: m.para))
        openKinds |= m.kind.bit
      }
    }
    for o in stack { emitUnclosed(o, into: &out) }
    return out
  }

  /// An opener never closed: reported up to the end of its paragraph when a colon introduces it,
  /// or when it opens a sentence after a quotation closed earlier in the paragraph and the
  /// paragraph ends as a sentence does ("„…“, sagte er. „Irgendwann kann man nicht mehr.¶"):
  /// the closing mark was lost.
  func emitUnclosed(_ o: Open, into out: inout [Candidate]) {
    let m = marks[o.mark]
    guard let (c, _) = scalar(before: skipSpaceBack(m.pos)) else { return }
    // End of the paragraph: the first newline after the mark (binary search) that does not
    // only wrap a line.
    var lo = 0
    var hi = newlines.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if newlines[mid] < m.pos { lo = mid + 1 } else { hi = mid }
    }
    while lo < newlines.count && wrapsLine(newlines[lo]) { lo += 1 }
    let end = lo < newlines.count ? newlines[lo] : n
    guard end - m.pos <= Self.maxQuoteBytes, end > m.pos + m.len else { return }
    if c != 0x3A {
      // (the mark before is the closing mark of the last quotation, in the same paragraph)
      guard Self.isStop(c), !m.kind.isSingle, o.mark > 0,
        let (last, _) = scalar(before: skipSpaceBack(end)),
        Self.isStopOrEllipsis(last),
        let closed = out.last, !closed.dash, !closed.unclosed,
        marks[o.mark - 1].pos + marks[o.mark - 1].len == closed.closeEnd,
        marks[o.mark - 1].para == m.para
      else { return }
    }
    out.append(
      Candidate(
        open: m.pos, contentStart: m.pos + m.len, contentEnd: end, closeEnd: end, depth: 0,
        dash: false,
        unclosed: true))
  }

  func skipSpaceBack(_ i: Int) -> Int {
    var j = i
    while let (c, s) = scalar(before: j), Self.isSpace(c) { j = s }
    return j
  }

  func skipSpaceForward(_ i: Int) -> Int {
    var j = i
    while j < n {
      let (c, l) = scalar(at: j)
      if !Self.isSpace(c) { break }
      j += l
    }
    return j
  }

  // MARK: - Tokens

  /// Tokenizes `s..<e` (clamped to character boundaries).
  func tokens(_ s0: Int, _ e0: Int) -> [Tok] {
    var s = max(0, s0)
    while s < n && (buf[s] & 0xC0) == 0x80 { s += 1 }
    let e = min(n, e0)
    // A window cut inside a word starts after it.
    if s > 0, let (pc, _) = scalar(before: s), Self.isLetterOrDigit(pc) {
      while s < e {
        let (c, l) = scalar(at: s)
        if !Self.isLetterOrDigit(c) { break }
        s += l
      }
    }
    var out: [Tok] = []
    out.reserveCapacity((e - s) / 5 + 4)
    var i = s
    var ws = -1
    var upper = false
    var hyphen = false
    func flush(_ end: Int) {
      if ws >= 0 {
        // A compound opened by a number is a noun where its last part is one ("der 44-Jährige"),
        // and where nouns are capitalised so is one opened by a lowercase name ("ver.di-Chef",
        // "taz-Redakteurin").
        if !upper, hyphen, Self.isDigit(scalar(at: ws).0) || profile.capitalNouns && Self.isLower(scalar(at: ws).0) {
          var k = ws
          while k + 1 < end {
            if buf[k] == 0x2D, Self.isUpper(scalar(at: k + 1).0) { upper = true }
            k += 1
          }
        }
        out.append(Tok(s: ws, e: end, p: 0, low: WordHash.of(buf, ws, end), upper: upper))
        ws = -1
        hyphen = false
      }
    }
    while i < e {
      let (c, l) = scalar(at: i)
      var wordChar = Self.isLetterOrDigit(c)
      if !wordChar && ws >= 0 && i + l < e {
        // Hyphens, apostrophes and dots inside words (US-Präsident, don't, news.bbc.co.uk, 6.000).
        let nc = scalar(at: i + l).0
        if c == 0x2D || c == 0x27 || c == 0x2019 {
          // Also a suspended compound's hyphen ("børne- og skoleudvalget").
          wordChar =
            Self.isLetterOrDigit(nc)
            || (c == 0x2D && nc == 0x20 && i + l + 1 < e && Self.isLower(scalar(at: i + l + 1).0))
          if wordChar && c == 0x2D { hyphen = true }
        } else if c == 0x2E {
          // An initial keeps its dot ("George W. Bush").
          // ... and a title's ("Dr. Paul Brückner"), also a lowercase one of the language's
          // `abbreviations` ("Dr. med. Klaus Wendt").
          // ... and, where nouns are capitalised, an ordinal's of up to three digits before a word
          // ("der 21. Großen Strafkammer", "Trainer des 1. FC Köln"; not a year's: "1998. Der …").
          wordChar =
            Self.isLower(nc) || Self.isDigit(nc) || (i - ws == 1 && upper)
            || abbreviation(i)
            || (i + l + 1 < e && (ws..<i).allSatisfy { Self.isDigit(UInt32(buf[$0])) } && ordinalBeforeName(i))
        } else if c == 0x2C || c == 0x3A {
          // "1,5", and a score or time "2:1", "20:15"
          wordChar = Self.isDigit(nc) && i > 0 && Self.isDigit(scalar(before: i)?.0 ?? 0)
        }
      }
      if wordChar {
        if ws < 0 {
          ws = i
          upper = Self.isUpper(c)
        }
      } else {
        flush(i)
        if Self.isSpace(c) {
          if c == 0x0A && !wrapsLine(i) {
            out.append(Tok(s: i, e: i + 1, p: UInt8(ascii: "N"), low: 0, upper: false))
          }
        } else if Self.isQuoteMark(c) {
          out.append(Tok(s: i, e: i + l, p: UInt8(ascii: "Q"), low: 0, upper: false))
        } else if Self.isDash(c) || c == 0x2D {
          out.append(Tok(s: i, e: i + l, p: UInt8(ascii: "D"), low: 0, upper: false))
        } else {
          var p: UInt8 = c < 0x80 ? UInt8(c) : UInt8(ascii: ".")
          if c == 0x060C || c == 0xFF0C || c == 0x3001 { p = UInt8(ascii: ",") }
          if c == 0x061F || c == 0xFF1F { p = UInt8(ascii: "?") }
          if c == 0xFF1A { p = UInt8(ascii: ":") }
          if c == 0x2026 { p = UInt8(ascii: ".") }
          // The dot of an ordinal ("zu seinem 90. Geburtstag", "am 3. Oktober") ends no sentence,
          // as in `sentenceStart`.
          if c == 0x2E, i > s, buf[i - 1] >= 0x30, buf[i - 1] <= 0x39, i + 2 < e, buf[i + 1] == 0x20,
            Self.isLetterOrDigit(scalar(at: i + 2).0)
          {
            p = UInt8(ascii: "o")
          }
          out.append(Tok(s: i, e: i + l, p: p, low: 0, upper: false))
        }
      }
      i += l
    }
    flush(e)
    if !profile.attributeEndings.isEmpty {
      // (a window ending before a mark may end with an attribute before a name in marks)
      let next = skipSpaceForward(e)
      joinAttributes(&out, beforeMark: next < n && Self.isQuoteMark(scalar(at: next).0))
    }
    return out
  }

  /// A lowercase word ending like a declined adjective or participle ("amtierende", "vertrauter").
  func hasAttributeEnding(_ t: Tok) -> Bool {
    // (also a compound opened by a number: "der 26-jährige Australier")
    let c0 = scalar(at: t.s).0
    guard t.isWord, !t.upper, Self.isLower(c0) || (Self.isDigit(c0) && (t.s..<t.e).contains { buf[$0] == 0x2D }),
      !profile.dets.contains(t.low), !profile.preps.contains(t.low)
    else { return false }
    return endsIn(t, profile.attributeEndings, stem: 2)
  }

  /// Whether word `t` ends in one of `endings` (UTF-8 bytes as written) with more than `stem` bytes
  /// before it: the attribute, dative and participle endings of the lexicon.
  func endsIn(_ t: Tok, _ endings: [[UInt8]], stem: Int) -> Bool {
    Self.endsIn(buf, t.s, t.e, endings, stem: stem)
  }

  /// `endsIn` for the bytes `u[s..<e]` of any buffer (a phrase read on its own bytes).
  static func endsIn(_ u: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ endings: [[UInt8]], stem: Int) -> Bool {
    for suf in endings where e - s > suf.count + stem {
      var k = 0
      while k < suf.count, u[e - suf.count + k] == suf[k] { k += 1 }
      if k == suf.count { return true }
    }
    return false
  }

  /// Where a noun starts at `k`: a capitalised word, or a name in marks ("die in München
  /// erscheinende „Abendpost“").
  func nounStarts(_ toks: [Tok], _ k: Int, beforeMark: Bool = false) -> Bool {
    guard k < toks.count else { return beforeMark && k == toks.count }
    if toks[k].p == UInt8(ascii: "Q") { return k + 1 < toks.count && toks[k + 1].isWord && toks[k + 1].upper }
    return capitalisedWordAt(toks, k)
  }

  /// A capitalised word at `k` that is no determiner (the start of a name or, where nouns are
  /// capitalised, of a noun).
  func capitalisedWordAt(_ toks: [Tok], _ k: Int) -> Bool {
    k < toks.count && toks[k].isWord && toks[k].upper && !profile.dets.contains(toks[k].low)
  }

  /// The last token of an extended attribute after the determiner at `d` ("der | seit 2005
  /// amtierende | Bürgermeister", "einer | mit einem Megafon bewaffneten, offenbar friedensbewegten
  /// | Frau", "einer | am Montag in der Fachzeitschrift „…“ veröffentlichten | Studie"): prepositional
  /// phrases, adverbs and numbers, then a declined adjective or participle right before a
  /// capitalised noun. Inside it a declined word stands before a noun of its own phrase or before
  /// a comma of coordinated attributes; a word of speech or a clause ends the search.
  func attributeEnd(_ toks: [Tok], from d: Int, beforeMark: Bool = false) -> Int? {
    let first = d + 1
    guard first + 1 < toks.count, toks[first].isWord, !toks[first].upper,
      !profile.dets.contains(toks[first].low), !profile.pronouns.contains(toks[first].low),
      // (a determiner, an adjective and a noun are a plain phrase: "die neue Halle")
      !(hasAttributeEnding(toks[first]) && nounStarts(toks, first + 1))
    else { return nil }
    var k = first
    var inMarks = false
    while k < toks.count, k < first + 18 {
      let t = toks[k]
      if t.p == UInt8(ascii: "Q") {
        inMarks.toggle()
      } else if inMarks {
        if !t.isWord && t.p != UInt8(ascii: ",") { return nil }
      } else if !t.isWord {
        // (a comma only between coordinated attributes: "bewaffneten, offenbar friedensbewegten";
        // the dot of an ordinal: "der am 3. Mai gewählte Präsident")
        guard t.p == UInt8(ascii: "o") || (t.p == UInt8(ascii: ",") && k > first && hasAttributeEnding(toks[k - 1]))
        else { return nil }
      } else if !t.upper && !Self.isDigit(scalar(at: t.s).0) {
        if profile.cueStarts.contains(t.low), match(profile.cues, toks, k) != nil { return nil }
        if hasAttributeEnding(t) {
          // (an adjective after a determiner or preposition, also after other adjectives, belongs
          // to a phrase inside the attribute: "gegen die wenigen weißen Bauern")
          var b = k - 1
          while b > d, hasAttributeEnding(toks[b]) { b -= 1 }
          let own = b > d && toks[b].isWord
            && (profile.dets.contains(toks[b].low) || profile.preps.contains(toks[b].low))
          if k > first, !own, nounStarts(toks, k + 1, beforeMark: beforeMark),
            // ("mehrere Meter langen Transparent": the noun after the first is inside the attribute)
            !(k + 3 < toks.count && hasAttributeEnding(toks[k + 2]) && nounStarts(toks, k + 3))
          {
            return k
          }
          let next = k + 1 < toks.count ? toks[k + 1] : t
          guard nounStarts(toks, k + 1) || next.p == UInt8(ascii: ",")
            || (hasAttributeEnding(next) && nounStarts(toks, k + 2))
          else { return nil }
        }
      }
      k += 1
    }
    return nil
  }

  /// Joins each extended attribute to its determiner, so that the phrase readers see a determiner
  /// before its noun and never take a time, number or object inside the attribute for a speaker.
  /// (a determiner right after a comma may open a relative clause: left alone)
  func joinAttributes(_ toks: inout [Tok], beforeMark: Bool) {
    var out: [Tok] = []
    var from = 0
    var i = 0
    while i + 2 < toks.count {
      if toks[i].isWord, profile.dets.contains(toks[i].low), !toks[i + 1].upper,
        i == 0 || toks[i - 1].p != UInt8(ascii: ","),
        let end = attributeEnd(toks, from: i, beforeMark: beforeMark)
      {
        if out.isEmpty { out.reserveCapacity(toks.count) }
        out.append(contentsOf: toks[from..<i])
        var t = toks[i]
        t.e = toks[end].e
        t.joined = true
        out.append(t)
        from = end + 1
        i = end + 1
      } else {
        i += 1
      }
    }
    guard from > 0 else { return }
    out.append(contentsOf: toks[from...])
    toks = out
  }

  /// Whether `b` is a full stop, an exclamation or a question mark: the byte that ends a sentence.
  @inline(__always)
  static func isStopByte(_ b: UInt8) -> Bool { b == 0x2E || b == 0x21 || b == 0x3F }

  /// `isStopByte` for a scalar.
  static func isStop(_ c: UInt32) -> Bool { c == 0x2E || c == 0x21 || c == 0x3F }

  /// Whether a scalar ends a sentence: ". ! ?" or the ellipsis "…".
  static func isStopOrEllipsis(_ c: UInt32) -> Bool { isStop(c) || c == 0x2026 }

  /// The last index in `range` of a token whose word is in `words`. (A loop, not `last(where:)`: a
  /// closure reading the profile copies the finder.)
  func lastToken(_ toks: [Tok], in range: ClosedRange<Int>, of words: WordSet) -> Int? {
    var k = range.upperBound
    while k >= range.lowerBound {
      if words.contains(toks[k].low) { return k }
      k -= 1
    }
    return nil
  }

  /// Matches a phrase of `table` at token `i`: (index after the match, end of the reported cue).
  func match(_ table: [UInt64: [Phrase]], _ toks: [Tok], _ i: Int) -> (next: Int, cueEnd: Int)? {
    guard i < toks.count, toks[i].isWord, profile.phraseStarts.contains(toks[i].low),
      let cands = table[toks[i].low]
    else { return nil }
    // (where nouns are capitalised, a capitalised word after a determiner is a noun, whatever verb
    // it is spelled like: "der Stand sei „…“")
    if profile.capitalNouns, toks[i].upper, i > 0, toks[i - 1].isWord, profile.dets.contains(toks[i - 1].low) {
      return nil
    }
    var best: (Int, Int)? = nil
    for ph in cands {
      var j = i
      var ok = true
      var cueEnd = toks[i].e
      for (w, word) in ph.words.enumerated() {
        if ph.late[w] {
          // The particle closes the clause: look ahead to the end of the sentence.
          var k = j
          var hit = false
          while k < toks.count, k <= j + 16 {
            let t = toks[k]
            if t.isWord {
              if t.low == word {
                hit = true
                break
              }
            } else if t.p != UInt8(ascii: ","), t.p != UInt8(ascii: "("), t.p != UInt8(ascii: ")"),
              t.p != UInt8(ascii: "-")
            {
              break
            }
            k += 1
          }
          if !hit {
            ok = false
            break
          }
        } else if ph.intro[w] {
          var k = j
          var hit = -1
          while k < toks.count && k <= j + 2 && toks[k].isWord {
            if toks[k].low == word {
              hit = k
              break
            }
            k += 1
          }
          if hit < 0 {
            ok = false
            break
          }
          j = hit + 1
        } else {
          guard j < toks.count, toks[j].isWord, toks[j].low == word else {
            ok = false
            break
          }
          cueEnd = toks[j].e
          j += 1
        }
      }
      if ok, best == nil || j > best!.0 { best = (j, cueEnd) }
    }
    return best.map { (next: $0.0, cueEnd: $0.1) }
  }

  // MARK: - Sentences

  /// Start of the sentence containing `pos` (looking back at most `window` bytes).
  func sentenceStart(_ pos: Int, limit: Int = QuoteFinder.window) -> Int {
    var j = pos
    let floor = max(0, pos - limit)
    while j > floor {
      let b = buf[j - 1]
      if b == 0x0A && !wrapsLine(j - 1) { return afterDateline(j, pos) }
      if Self.isStopByte(b) {
        // A closing quotation mark right after the full stop ends the sentence too.
        var k = j
        if k < n, buf[k] == 0x22 || buf[k] == 0xE2 || buf[k] == 0xC2 {
          let (c, l) = scalar(at: k)
          if Self.isQuoteMark(c), k + l < n, buf[k + l] == 0x20 || buf[k + l] == 0x0A {
            k += l
            return k
          }
        }
        // ". " followed by a capital, not after a lone capital (initials) or a digit (dates).
        if j < n && (buf[j] == 0x20 || buf[j] == 0x0A) {
          let prevWordShort: Bool = {
            guard j >= 3 else { return true }
            let c1 = buf[j - 2]
            let c0 = buf[j - 3]
            // A digit before the dot is an ordinal ("3. Oktober") unless a quotation or capital follows a year-like number.
            // (nor a result or time joined by a colon: "endete 0:0. Auf der Pressekonferenz …")
            let ordinal =
              c1 >= 0x30 && c1 <= 0x39 && b == 0x2E
              && !(j + 1 < n && (buf[j + 1] == 0xE2 || buf[j + 1] == 0xC2 || buf[j + 1] == 0x22))
              && !scoreBefore(j - 1)
            return (c1 >= 0x41 && c1 <= 0x5A && (c0 == 0x20 || c0 == 0x2E) && !determinerAfter(j))
              || ordinal || abbreviation(j - 1)
          }()
          if !prevWordShort || b != 0x2E { return j }
        } else if touchingSentence(j - 1) {
          return j
        }
      }
      j -= 1
    }
    while j < n && (buf[j] & 0xC0) == 0x80 { j += 1 }
    return j == 0 ? afterDateline(j, pos) : j
  }

  /// The length in bytes of a dash at `k` that ends before `end`: 1 for "-", 3 for "–" or "—"
  /// (`longDashLength`), 0 for anything else.
  func dashLength(at k: Int, before end: Int) -> Int {
    if k < end, buf[k] == 0x2D { return 1 }
    return longDashLength(at: k, before: end)
  }

  /// The length in bytes of a long dash at `k` that ends before `end`: 3 for "–" (E2 80 93) or "—"
  /// (E2 80 94), 0 for anything else, the ASCII "-" included.
  @inline(__always)
  func longDashLength(at k: Int, before end: Int) -> Int {
    k + 2 < end && buf[k] == 0xE2 && buf[k + 1] == 0x80 && (buf[k + 2] == 0x93 || buf[k + 2] == 0x94) ? 3 : 0
  }

  /// A paragraph opened by a dateline, one to three capitalised words with an optional short
  /// parenthesis and a spaced dash ("Hellenthal – Tief enttäuscht zeigt sich X: „…“", "Kiel
  /// (dpa/lno) - …", "London/ England - …"): the sentence starts after the dash, so the place is
  /// never its subject. Reads at most 64 bytes from the paragraph start `j`; `pos` bounds the result.
  func afterDateline(_ j: Int, _ pos: Int) -> Int {
    let end = min(n, j + 64, pos)
    var k = j
    var words = 0
    while k < end {
      // a capitalised word (letters, digits after the first, "/", "." and "-" inside it)
      let (c, _) = scalar(at: k)
      guard Self.isUpper(c) else { return j }
      words += 1
      if words > 3 { return j }
      while k < end, buf[k] != 0x20, buf[k] != 0x0A, buf[k] != 0x28, buf[k] != 0x2C, buf[k] != 0x3A { k += 1 }
      // (the place and, after a comma, the date: "KØBENHAVN, 14. marts 2024 — …", "BERLIN, 3. März
      // 2024 – …": up to four words, one of them with a digit, then the spaced dash)
      if k + 1 < end, buf[k] == 0x2C, buf[k + 1] == 0x20 {
        var m = k + 2
        var count = 0
        var digit = false
        while m < end, count <= 4 {
          let d = dashLength(at: m, before: end)
          if d > 0, count > 0 {
            return digit && m + d < end && buf[m + d] == 0x20 ? m + d + 1 : j
          }
          let ts = m
          while m < end, buf[m] != 0x20, buf[m] != 0x0A {
            if Self.isDigit(UInt32(buf[m])) { digit = true }
            m += 1
          }
          guard m > ts, m < end, buf[m] == 0x20 else { return j }
          count += 1
          m += 1
        }
        return j
      }
      guard k < end, buf[k] == 0x20 else { return j }
      k += 1
      // "(dpa)", "(dpa/lno)": a short parenthesis before the dash
      if k < end, buf[k] == 0x28 {
        var m = k + 1
        while m < end, m - k <= 24, buf[m] != 0x29, buf[m] != 0x0A { m += 1 }
        guard m < end, buf[m] == 0x29, m + 1 < end, buf[m + 1] == 0x20 else { return j }
        k = m + 2
      }
      // the spaced dash
      let d = dashLength(at: k, before: end)
      if d > 0 {
        // (the dash may touch the capital that opens the text: "Wladiwostok -Mehr als …")
        if k + d < end, buf[k + d] != 0x20, Self.isUpper(scalar(at: k + d).0) { return k + d }
        guard k + d < end, buf[k + d] == 0x20 else { return j }
        // (a second spaced dash before the quotation closes a parenthesis after a name: "Lena
        // Kurz – seit 2019 im Amt – sagte …")
        var m = k + d + 1
        let stop = min(n, pos)
        while m + 2 < stop {
          if buf[m] == 0x20, case let dl = dashLength(at: m + 1, before: stop), dl > 0 {
            if m + 1 + dl < stop, buf[m + 1 + dl] == 0x20 { return j }
          }
          m += 1
        }
        return k + d + 1
      }
    }
    return j
  }

  /// End of the sentence that continues at `pos`.
  func sentenceEnd(_ pos: Int, limit: Int = QuoteFinder.window) -> Int {
    var j = pos
    let ceil = min(n, pos + limit)
    while j < ceil {
      let b = buf[j]
      if b == 0x0A && !wrapsLine(j) { return j }
      if Self.isStopByte(b) {
        if j + 1 >= n || buf[j + 1] == 0x20 || buf[j + 1] == 0x0A || touchingSentence(j) {
          let initial =
            b == 0x2E && j >= 2 && buf[j - 1] >= 0x41 && buf[j - 1] <= 0x5A
            && (buf[j - 2] == 0x20 || buf[j - 2] == 0x2E) && !determinerAfter(j + 1)
          if !initial && !(b == 0x2E && abbreviation(j)) && !ordinalDate(j) && !ordinalBeforeName(j) { return j }
        }
      }
      j += 1
    }
    while j > pos && j < n && (buf[j] & 0xC0) == 0x80 { j -= 1 }
    return j
  }

  /// Whether the newline at `nl` only wraps a sentence (text broken into lines of a fixed width),
  /// so that it is a space and no sentence end. A line of text goes on, after spaces, on the next
  /// line (not after an empty one) with
  /// - a small letter ("„…“,⏎sagte X", "der⏎Polizei"), or
  /// - a capital, digit, bracket or opening mark when the line before ends in no sentence end
  ///   (. ! ? … : ; or a closing mark after one), is a line of prose (at least 30 bytes) rather
  ///   than a short label, and the next line is not much longer (lines of one width; a headline
  ///   before a paragraph written on one line is no wrapped line).
  func wrapsLine(_ nl: Int) -> Bool {
    guard !wrapped.isEmpty else { return false }
    var lo = 0
    var hi = wrapped.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if wrapped[mid] < nl { lo = mid + 1 } else { hi = mid }
    }
    return lo < wrapped.count && wrapped[lo] == nl
  }

  /// `wrapsLine` worked out for the newline at `nl` (once, while scanning).
  func lineWraps(_ nl: Int) -> Bool {
    var j = nl + 1
    while j < n && (buf[j] == 0x20 || buf[j] == 0x09) { j += 1 }
    guard j < n else { return false }
    var k = nl
    while k > 0 && (buf[k - 1] == 0x20 || buf[k - 1] == 0x09 || buf[k - 1] == 0x0D) { k -= 1 }
    guard k > 0 && buf[k - 1] != 0x0A else { return false }
    let next = scalar(at: j).0
    if Self.isLower(next) { return true }
    guard Self.isLetterOrDigit(next) || Self.isQuoteMark(next) || next == 0x28 || next == 0x5B,
      var (prev, ps) = scalar(before: k)
    else { return false }
    if Self.isQuoteMark(prev), let (p2, s2) = scalar(before: ps) {
      (prev, ps) = (p2, s2)
      if Self.isStopOrEllipsis(prev) { return false }
    }
    if Self.isStopOrEllipsis(prev) || prev == 0x3A
      || prev == 0x3B
    {
      return false
    }
    var ls = k - 1
    while ls > 0 && buf[ls - 1] != 0x0A { ls -= 1 }
    guard k - ls >= 30 else { return false }
    // Lines broken at one width: the next line is no longer than this one and a long word (a
    // headline before a paragraph of one line is not wrapped).
    var le = j
    while le < n && buf[le] != 0x0A && le - j <= k - ls + 24 { le += 1 }
    return le - j <= k - ls + 24
  }

  /// Whether the . ! or ? at `p` ends a sentence although the next one touches it, the space lost
  /// ("zurückzuziehen.Wir", "Geburtstag.Oscar"): a capital follows and two small letters precede,
  /// and neither word goes on with dots ("z.B.", an initial, "HRS.freie.Woche", a web address).
  func touchingSentence(_ p: Int) -> Bool {
    guard p + 1 < n, Self.isUpper(scalar(at: p + 1).0), let (c1, s1) = scalar(before: p),
      Self.isLower(c1), let (c0, _) = scalar(before: s1), Self.isLower(c0)
    else { return false }
    var j = p
    while j > 0, !Self.isSpace(UInt32(buf[j - 1])) || buf[j - 1] >= 0x80 {
      if buf[j - 1] == 0x2E { return false }
      j -= 1
    }
    j = p + 1
    while j < n, buf[j] != 0x20 && buf[j] != 0x0A {
      if buf[j] == 0x2E, j + 1 < n, buf[j + 1] != 0x20, buf[j + 1] != 0x0A { return false }
      j += 1
    }
    return true
  }

  /// Whether `i` holds a line break that is more than a wrapped line's.
  func lineBreak(at i: Int) -> Bool { buf[i] == 0x0A && !wrapsLine(i) }

  /// Whether the digits before the dot at `dot` follow a colon after a digit: a result or a time
  /// ("0:0.", "29:27.", "14:32."), which ends a sentence like a word.
  func scoreBefore(_ dot: Int) -> Bool {
    var j = dot
    while j > 0, buf[j - 1] >= 0x30, buf[j - 1] <= 0x39 { j -= 1 }
    return j < dot && j >= 2 && buf[j - 1] == 0x3A && buf[j - 2] >= 0x30 && buf[j - 2] <= 0x39
  }

  /// The dot at `j` after a number before a word of time is an ordinal ("am 3. Mai").
  func ordinalDate(_ j: Int) -> Bool {
    guard !profile.timeWords.isEmpty, buf[j] == 0x2E, j >= 1, buf[j - 1] >= 0x30, buf[j - 1] <= 0x39,
      j + 2 < n, buf[j + 1] == 0x20
    else { return false }
    var we = j + 2
    while we < n, we - j < 16, Self.isLetterOrDigit(scalar(at: we).0) { we += scalar(at: we).1 }
    return profile.timeWords.contains(WordHash.of(buf, j + 2, we))
  }

  /// Whether the dot at `j` makes an ordinal of up to three digits before a word that is no
  /// determiner, where nouns are capitalised ("des 1. FC Köln", "der 21. Großen Strafkammer"), as
  /// the tokens read it: no end of a sentence ("… wurde 3. Die Siegerin" ends one).
  func ordinalBeforeName(_ j: Int) -> Bool {
    guard profile.capitalNouns, buf[j] == 0x2E, j + 2 < n, buf[j + 1] == 0x20 else { return false }
    var d = j
    while d > 0, j - d < 4, buf[d - 1] >= 0x30, buf[d - 1] <= 0x39 { d -= 1 }
    guard d < j, j - d <= 3, d == 0 || !Self.isLetterOrDigit(scalar(before: d)?.0 ?? 0) else { return false }
    let (c, _) = scalar(at: j + 2)
    return Self.isLetterOrDigit(c) && !Self.isDigit(c) && !determinerAfter(j + 1)
  }

  /// Whether the word after the space at `j` is a capitalised determiner: a lone capital before
  /// the dot then ends a sentence ("schrieb sie auf X. Das Hilfswerk …"), an initial does not
  /// ("J. Doe").
  func determinerAfter(_ j: Int) -> Bool {
    guard j < n, buf[j] == 0x20, j + 1 < n, buf[j + 1] >= 0x41, buf[j + 1] <= 0x5A else { return false }
    var we = j + 1
    while we < n, we - j < 12, buf[we] >= 0x41 && buf[we] <= 0x5A || buf[we] >= 0x61 && buf[we] <= 0x7A {
      we += 1
    }
    return profile.dets.contains(WordHash.of(buf, j + 1, we))
  }

  /// Whether the dot at `dot` ends a title written short: a capital and a small letter ("Dr.",
  /// "St.") or a word of the language's `abbreviations` ("Prof.", "Gov.", "Mme.").
  func abbreviation(_ dot: Int) -> Bool {
    if Self.titleAbbreviation(buf, dot) { return true }
    guard !profile.abbreviations.isEmpty, dot >= 3 else { return false }
    var s = dot
    while s > 0, dot - s <= 8,
      buf[s - 1] >= 0x80 || (buf[s - 1] | 0x20 >= 0x61 && buf[s - 1] | 0x20 <= 0x7A)
    { s -= 1 }
    guard dot - s >= 3, dot - s <= 8, s == 0 || buf[s - 1] == 0x20 || buf[s - 1] == 0x0A || buf[s - 1] == 0x28
    else { return false }
    return profile.abbreviations.contains(WordHash.of(buf, s, dot))
  }

  /// A capital and a small letter before the dot at `dot` ("Dr.", "St.", "Nr."): an abbreviation,
  /// not the end of a sentence.
  static func titleAbbreviation(_ buf: UnsafeBufferPointer<UInt8>, _ dot: Int) -> Bool {
    guard dot >= 2 else { return false }
    let c1 = buf[dot - 1]
    let c0 = buf[dot - 2]
    let before: UInt8 = dot >= 3 ? buf[dot - 3] : 0x20
    return c0 >= 0x41 && c0 <= 0x5A && c1 >= 0x61 && c1 <= 0x7A
      && (before == 0x20 || before == 0x0A || before == 0x28)
  }
}
