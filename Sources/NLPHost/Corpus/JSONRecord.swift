// SPDX-License-Identifier: GPL-3.0-or-later
#if canImport(Glibc)
  import Glibc
#endif

/// One JSON Lines record (`{"id", "text", …metadata}`) read straight from its bytes.
///
/// Batch runs read millions of small records, so this reader works on the
/// line's UTF-8 bytes and copies the text into the document without building
/// a `String` or a dictionary of boxed values: a string without escapes is one
/// `memcpy`. It accepts exactly RFC 8259 JSON; a record that is not a JSON
/// object gives `nil` (the caller skips the line with a warning). Scalar
/// members other than `id` and `text` become attributes; nested objects,
/// arrays and `null` are checked and left out.
struct JSONRecord {
  /// The `text` member as UTF-8, nil when missing or not a string.
  var text: [UInt8]?
  /// The `id` member when it is a string or a number.
  var id: String?
  /// Every other scalar member, sorted by key (a repeated key keeps its last value).
  var attrs: [(String, AttrValue)] = []

  /// Parses one line; nil when it is not a JSON object.
  init?(_ line: UnsafeBufferPointer<UInt8>) {
    var r = Reader(b: line)
    r.skipSpace()
    guard r.take(UInt8(ascii: "{")) else { return nil }
    r.skipSpace()
    if !r.take(UInt8(ascii: "}")) {
      while true {
        r.skipSpace()
        guard r.peek == UInt8(ascii: "\""), let key = r.string() else { return nil }
        r.skipSpace()
        guard r.take(UInt8(ascii: ":")) else { return nil }
        r.skipSpace()
        let keyString = String(decoding: key, as: UTF8.self)
        switch keyString {
        case "text":
          if r.peek == UInt8(ascii: "\"") {
            guard let s = r.string() else { return nil }
            text = s
          } else {
            guard r.skipValue() else { return nil }
            text = nil
          }
        default:
          guard let v = r.scalar() else { return nil }
          if keyString == "id" {
            switch v {
            case .string(let s): id = s
            case .int(let n): id = String(n)
            case .double(let d): id = formatDouble(d)
            default: id = nil
            }
          } else if let v = v {
            attrs.removeAll { $0.0 == keyString }
            attrs.append((keyString, v))
          }
        }
        r.skipSpace()
        if r.take(UInt8(ascii: ",")) { continue }
        guard r.take(UInt8(ascii: "}")) else { return nil }
        break
      }
    }
    r.skipSpace()
    guard r.atEnd else { return nil }
    attrs.sort { $0.0 < $1.0 }
  }
}

/// Whether `b` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
  var i = 0
  let n = b.count
  guard let p = b.baseAddress else { return true }
  while i < n {
    // Eight ASCII bytes at a time.
    while i + 8 <= n, UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
    guard i < n else { break }
    let c = p[i]
    if c < 0x80 {
      i += 1
      continue
    }
    let len: Int
    var lo: UInt8 = 0x80
    var hi: UInt8 = 0xBF
    switch c {
    case 0xC2...0xDF: len = 2
    case 0xE0: len = 3; lo = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: len = 3
    case 0xED: len = 3; hi = 0x9F
    case 0xF0: len = 4; lo = 0x90
    case 0xF1...0xF3: len = 4
    case 0xF4: len = 4; hi = 0x8F
    default: return false
    }
    guard i + len <= n, p[i + 1] >= lo, p[i + 1] <= hi else { return false }
    for k in 2..<max(len, 2) where p[i + k] & 0xC0 != 0x80 { return false }
    i += len
  }
  return true
}

/// A cursor over the bytes of one JSON text.
private struct Reader {
  let b: UnsafeBufferPointer<UInt8>
  var i = 0

  var atEnd: Bool { i >= b.count }
  var peek: UInt8 { i < b.count ? b[i] : 0 }

  mutating func take(_ c: UInt8) -> Bool {
    guard i < b.count, b[i] == c else { return false }
    i += 1
    return true
  }

  mutating func skipSpace() {
    while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
  }

  mutating func literal(_ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard i + n <= b.count, memcmp(b.baseAddress! + i, word.utf8Start, n) == 0 else { return false }
    i += n
    return true
  }

  /// A scalar value: `.some(nil)` for null, nested objects and arrays (checked, not kept);
  /// nil when the value is not valid JSON.
  mutating func scalar() -> AttrValue?? {
    switch peek {
    case UInt8(ascii: "\""):
      guard let s = string() else { return nil }
      return .some(.string(String(decoding: s, as: UTF8.self)))
    case UInt8(ascii: "t"): return literal("true") ? .some(.bool(true)) : nil
    case UInt8(ascii: "f"): return literal("false") ? .some(.bool(false)) : nil
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number().map { .some($0) }
    default: return skipValue() ? .some(nil) : nil
    }
  }

  /// Any value, checked and dropped.
  mutating func skipValue(depth: Int = 0) -> Bool {
    guard depth < 512 else { return false }
    switch peek {
    case UInt8(ascii: "\""): return string() != nil
    case UInt8(ascii: "t"): return literal("true")
    case UInt8(ascii: "f"): return literal("false")
    case UInt8(ascii: "n"): return literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number() != nil
    case UInt8(ascii: "["):
      i += 1
      skipSpace()
      if take(UInt8(ascii: "]")) { return true }
      while true {
        skipSpace()
        guard skipValue(depth: depth + 1) else { return false }
        skipSpace()
        if take(UInt8(ascii: ",")) { continue }
        return take(UInt8(ascii: "]"))
      }
    case UInt8(ascii: "{"):
      i += 1
      skipSpace()
      if take(UInt8(ascii: "}")) { return true }
      while true {
        skipSpace()
        guard peek == UInt8(ascii: "\""), string() != nil else { return false }
        skipSpace()
        guard take(UInt8(ascii: ":")) else { return false }
        skipSpace()
        guard skipValue(depth: depth + 1) else { return false }
        skipSpace()
        if take(UInt8(ascii: ",")) { continue }
        return take(UInt8(ascii: "}"))
      }
    default: return false
    }
  }

  /// A number per the JSON grammar: `.int` when it is an integer that fits, else `.double`.
  mutating func number() -> AttrValue? {
    let start = i
    _ = take(UInt8(ascii: "-"))
    guard i < b.count, isDigit(b[i]) else { return nil }
    if b[i] == UInt8(ascii: "0") {
      i += 1
    } else {
      while i < b.count, isDigit(b[i]) { i += 1 }
    }
    var integral = true
    if take(UInt8(ascii: ".")) {
      integral = false
      guard i < b.count, isDigit(b[i]) else { return nil }
      while i < b.count, isDigit(b[i]) { i += 1 }
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      integral = false
      i += 1
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
      guard i < b.count, isDigit(b[i]) else { return nil }
      while i < b.count, isDigit(b[i]) { i += 1 }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    if integral, let n = Int64(text) { return .int(n) }
    return Double(text).map { .double($0) }
  }

  /// A string's UTF-8 bytes with escapes decoded; nil when malformed.
  mutating func string() -> [UInt8]? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    var out: [UInt8] = []
    while i < b.count {
      // (the bytes up to the next quote, backslash or control character are copied at once: a string
      // without escapes is one copy)
      let run = i
      while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\"), b[i] >= 0x20 { i += 1 }
      if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i])) }
      guard i < b.count else { return nil }
      let c = b[i]
      i += 1
      switch c {
      case UInt8(ascii: "\""): return out
      case UInt8(ascii: "\\"):
        guard i < b.count else { return nil }
        let e = b[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          guard var u = hex4() else { return nil }
          if (0xD800..<0xDC00).contains(u), peek == UInt8(ascii: "\\"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "u") {
            let save = i
            i += 2
            if let lo = hex4(), (0xDC00..<0xE000).contains(lo) {
              u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
            } else {
              i = save
            }
          }
          // A lone surrogate cannot be UTF-8: it becomes U+FFFD.
          let scalar = Unicode.Scalar(u) ?? "\u{FFFD}"
          out.append(contentsOf: UTF8.encode(scalar)!)
        default: return nil
        }
      default: return nil  // a control character
      }
    }
    return nil
  }

  private mutating func hex4() -> UInt32? {
    guard i + 4 <= b.count else { return nil }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = b[i]
      let d: UInt8
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
      default: return nil
      }
      v = v << 4 | UInt32(d)
      i += 1
    }
    return v
  }

  private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
}
