// SPDX-License-Identifier: GPL-3.0-or-later
import StageKit

/// One token of a line: a word, a digit run or one punctuation character.
struct Token {
  enum Kind: UInt8 { case word, number, punct }
  var start: Int
  var end: Int
  var kind: Kind
  /// a space (or start of line) precedes the token
  var space: Bool
  /// digits of a number
  var digits: Int
  /// the number's value, or the punctuation's scalar
  var value: Int
  /// hash of the normalised word
  var hash: UInt64
  /// a word that starts with a capital letter
  var cap = false
  /// a capitalised word whose second letter is a capital too ("MAI", "SUNDAY")
  var upper = false
}

/// A UTF-8 scanner: lowercases words while hashing them, reads ASCII and
/// Arabic-Indic digits, and treats no-break and thin spaces as spaces.
enum Tokenizer {
  enum CharClass { case space, letter, digit(Int), punct(Int), newline }

  @inline(__always)
  static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (scalar: Int, len: Int) {
    let (v, len) = UTF8Scan.scalar(p, at: i, end: end)
    return (Int(v), len)
  }

  @inline(__always)
  static func classify(_ c: Int) -> CharClass {
    if c < 0x80 {
      switch c {
      case 0x30...0x39: return .digit(c - 0x30)
      case 0x41...0x5A, 0x61...0x7A, 0x5F: return .letter
      case 0x0A, 0x0D: return .newline
      case 0x20, 0x09, 0x0B, 0x0C: return .space
      default: return .punct(c)
      }
    }
    switch c {
    case 0x660...0x669: return .digit(c - 0x660)
    case 0x6F0...0x6F9: return .digit(c - 0x6F0)
    case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return .space
    case 0x2028, 0x2029, 0x85: return .newline
    case 0x80...0xBF where c != 0xAA && c != 0xBA && c != 0xB5: return .punct(c)
    case 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF, 0x2100...0x2BFF, 0x60C, 0x61F, 0x6D4:
      return .punct(c)
    default: return .letter
    }
  }

  /// Lowercase of the letters our languages use (ASCII, Latin-1, Latin Extended-A).
  @inline(__always)
  static func lower(_ c: Int) -> Int {
    if c >= 0x41 && c <= 0x5A { return c + 32 }
    if c < 0xC0 { return c }
    if c <= 0xDE { return c == 0xD7 ? c : c + 32 }
    if c >= 0x100 && c <= 0x17F {
      if (c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177) { return c | 1 }
      if (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E) { return (c & 1) == 1 ? c + 1 : c }
    }
    return c
  }

  /// Folds the accents that writers often drop (día/dia, lunedì/lunedi, mañana/manana);
  /// letters that are distinct in Nordic and German (å ä æ ö ø ü) stay. Arabic letters that writers
  /// interchange fold to one form: hamza on alef (أ إ آ) to ا, ة to ه, ى to ي.
  @inline(__always)
  static func fold(_ c: Int) -> Int {
    if c >= 0x622 && c <= 0x649 {
      switch c {
      case 0x622, 0x623, 0x625: return 0x627
      case 0x629: return 0x647
      case 0x649: return 0x64A
      default: return c
      }
    }
    guard c >= 0xE0 && c <= 0xFB else { return c }
    switch c {
    case 0xE0...0xE3: return 0x61
    case 0xE7: return 0x63
    case 0xE8...0xEB: return 0x65
    case 0xEC...0xEF: return 0x69
    case 0xF1: return 0x6E
    case 0xF2...0xF5: return 0x6F
    case 0xF9...0xFB: return 0x75
    default: return c
    }
  }

  @inline(__always)
  static func hashScalar(_ h: UInt64, _ c: Int) -> UInt64 {
    var h = h
    if c < 0x80 {
      h = WordHash.add(h, UInt8(c))
    } else if c < 0x800 {
      h = WordHash.add(h, UInt8(0xC0 | (c >> 6)))
      h = WordHash.add(h, UInt8(0x80 | (c & 0x3F)))
    } else if c < 0x10000 {
      h = WordHash.add(h, UInt8(0xE0 | (c >> 12)))
      h = WordHash.add(h, UInt8(0x80 | ((c >> 6) & 0x3F)))
      h = WordHash.add(h, UInt8(0x80 | (c & 0x3F)))
    } else {
      // a scalar beyond the Basic Multilingual Plane (an emoji, a historic script) takes four bytes
      h = WordHash.add(h, UInt8(0xF0 | (c >> 18)))
      h = WordHash.add(h, UInt8(0x80 | ((c >> 12) & 0x3F)))
      h = WordHash.add(h, UInt8(0x80 | ((c >> 6) & 0x3F)))
      h = WordHash.add(h, UInt8(0x80 | (c & 0x3F)))
    }
    return h
  }

  /// An ASCII letter (or "_"), which the scanner takes without decoding.
  @inline(__always) static func asciiLetter(_ b: UInt8) -> Bool {
    (b | 0x20) &- 0x61 < 26 || b == 0x5F
  }

  /// The character at `j` is a letter.
  @inline(__always) static func letterAt(_ p: UnsafeBufferPointer<UInt8>, _ j: Int, _ to: Int) -> Bool {
    let b = p[j]
    if b < 0x80 { return asciiLetter(b) }
    if case .letter = classify(decode(p, j, to).scalar) { return true }
    return false
  }

  /// An "s" at `j` that ends the word: the possessive after an apostrophe ("Tuesday's vote", "Sunday’s final"), which
  /// stays a word of its own so that the date before it is read ("[Tuesday]'s").
  @inline(__always) static func possessive(_ p: UnsafeBufferPointer<UInt8>, _ j: Int, _ to: Int) -> Bool {
    (p[j] | 0x20) == 0x73 && (j + 1 >= to || !letterAt(p, j + 1, to))
  }

  /// Tokenizes `p[from..<to]`; stops at nothing (newlines just count as spaces).
  /// ASCII bytes take a short path; other characters are decoded and classified.
  static func scan(
    _ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ emit: (Token) -> Void
  ) {
    var i = from
    var space = true
    while i < to {
      let b0 = p[i]
      let c: Int
      let len: Int
      if b0 < 0x80 {
        if b0 == 0x20 || b0 == 0x0A || b0 == 0x0D || b0 == 0x09 || b0 == 0x0B || b0 == 0x0C {
          space = true
          i += 1
          continue
        }
        (c, len) = (Int(b0), 1)
      } else {
        (c, len) = decode(p, i, to)
      }
      switch classify(c) {
      case .space, .newline:
        space = true
        i += len
      case .digit(let d0):
        let start = i
        var v = d0
        var n = 1
        i += len
        while i < to {
          let b = p[i]
          let d: Int
          if b < 0x80 {
            guard b &- 0x30 < 10 else { break }
            d = Int(b &- 0x30)
            i += 1
          } else {
            let (c2, l2) = decode(p, i, to)
            guard case .digit(let d2) = classify(c2) else { break }
            d = d2
            i += l2
          }
          if n < 12 { v = v * 10 + d }
          n += 1
        }
        emit(Token(start: start, end: i, kind: .number, space: space, digits: n, value: v, hash: 0))
        space = false
      case .letter:
        let start = i
        let c0 = c
        var h = WordHash.seed
        h = hashScalar(h, fold(lower(c)))
        i += len
        while i < to {
          let b = p[i]
          if b < 0x80 {
            if asciiLetter(b) {
              h = WordHash.add(h, b &- 0x41 < 26 ? b | 0x20 : b)
              i += 1
              continue
            }
            // an apostrophe or hyphen joins two letters: aujourd'hui, vingt-cinq (not a possessive "'s": "Tuesday's")
            if b == 0x27 || b == 0x2D, i + 1 < to, letterAt(p, i + 1, to), !(b == 0x27 && possessive(p, i + 1, to)) {
              h = WordHash.add(h, b)
              i += 1
              continue
            }
            break
          }
          let (c2, l2) = decode(p, i, to)
          switch classify(c2) {
          case .letter:
            // the Arabic tatweel stretches a word and is no letter of it
            if c2 != 0x640 { h = hashScalar(h, fold(lower(c2))) }
            i += l2
            continue
          case .punct(let q) where q == 0x2019:
            let j = i + l2
            if j < to, letterAt(p, j, to), !possessive(p, j, to) {
              h = hashScalar(h, 0x27)
              i = j
              continue
            }
          default: break
          }
          break
        }
        var t = Token(start: start, end: i, kind: .word, space: space, digits: 0, value: 0, hash: h, cap: lower(c0) != c0)
        if t.cap, start + len < i {
          let (c1, _) = decode(p, start + len, to)
          t.upper = lower(c1) != c1
        }
        emit(t)
        space = false
      case .punct(let q):
        emit(Token(start: i, end: i + len, kind: .punct, space: space, digits: 0, value: q == 0x2019 ? 0x27 : q, hash: 0))
        i += len
        space = false
      }
    }
  }
}
