// SPDX-License-Identifier: GPL-3.0-or-later

/// Renders documents as the JSON Lines of the batch mode (SCHEMA.md).
///
/// Offsets in the output are Unicode code points into the text, converted
/// once per document from the UTF-8 byte offsets the stages use. The JSON is
/// written as bytes, in one pass, so a large document costs linear time.
public enum JSONLWriter {
  /// One document as one line of JSON, without the newline.
  public static func line(for doc: Document) -> String {
    var out: [UInt8] = []
    append(doc, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends one document as JSON (no newline) to `out`.
  public static func append(_ doc: Document, to out: inout [UInt8]) {
    out.reserveCapacity(out.count + doc.utf8.count / 4 + 256)
    raw("{\"id\":", &out)
    string(doc.id, &out)
    raw(",\"lang\":", &out)
    if let lang = doc.attrs["lang"] { value(lang, &out) } else { raw("null", &out) }
    if let conf = doc.attrs["lang_confidence"] {
      raw(",\"lang_confidence\":", &out)
      value(conf, &out)
    }
    raw(",\"dct\":", &out)
    if let dct = doc.attrs["dct"] { value(dct, &out) } else { raw("null", &out) }
    func isTopLevel(_ key: String) -> Bool { key == "lang" || key == "lang_confidence" || key == "dct" }
    if doc.attrs.contains(where: { !isTopLevel($0.key) }) {
      raw(",\"attrs\":", &out)
      object(doc.attrs.lazy.filter { !isTopLevel($0.key) }, &out)
    }
    var offsets: [Int] = []
    offsets.reserveCapacity(doc.annotations.count * 2)
    for a in doc.annotations {
      offsets.append(a.start)
      offsets.append(a.end)
    }
    let points = CodePointIndex(doc.utf8, offsets: offsets)
    raw(",\"annotations\":[", &out)
    let text = doc.utf8
    for (i, a) in doc.annotations.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      raw("{\"stage\":", &out)
      string(a.stage, &out)
      raw(",\"type\":", &out)
      string(a.type, &out)
      raw(",\"start\":", &out)
      integer(Int64(points[a.start]), &out)
      raw(",\"end\":", &out)
      integer(Int64(points[a.end]), &out)
      raw(",\"text\":", &out)
      escaped(text[(text.startIndex + a.start)..<(text.startIndex + a.end)], &out)
      raw(",\"attrs\":", &out)
      object(a.attrs, &out)
      out.append(UInt8(ascii: "}"))
    }
    out.append(UInt8(ascii: "]"))
    if !doc.failures.isEmpty {
      raw(",\"errors\":[", &out)
      for (i, f) in doc.failures.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        raw("{\"stage\":", &out)
        string(f.stage, &out)
        raw(",\"message\":", &out)
        string(f.message, &out)
        out.append(UInt8(ascii: "}"))
      }
      out.append(UInt8(ascii: "]"))
    }
    out.append(UInt8(ascii: "}"))
  }

  private static func raw(_ s: StaticString, _ out: inout [UInt8]) {
    out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
  }

  private static func raw(_ s: String, _ out: inout [UInt8]) {
    out.append(contentsOf: s.utf8)
  }

  /// A decimal integer, written without building a String.
  static func integer(_ n: Int64, _ out: inout [UInt8]) {
    var m = n.magnitude
    if n < 0 { out.append(UInt8(ascii: "-")) }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { b in
      var i = b.count
      repeat {
        i -= 1
        b[i] = UInt8(ascii: "0") + UInt8(m % 10)
        m /= 10
      } while m > 0
      out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i...]))
    }
  }

  static func object<S: Sequence>(_ pairs: S, _ out: inout [UInt8]) where S.Element == Attributes.Pair {
    out.append(UInt8(ascii: "{"))
    for (i, p) in pairs.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      string(p.key, &out)
      out.append(UInt8(ascii: ":"))
      value(p.value, &out)
    }
    out.append(UInt8(ascii: "}"))
  }

  static func value(_ v: AttrValue, _ out: inout [UInt8]) {
    switch v {
    case .string(let s): string(s, &out)
    case .int(let i): integer(i, &out)
    case .double(let d): raw(d.isFinite ? formatDouble(d) : "null", &out)
    case .bool(let b): raw(b ? "true" : "false", &out)
    }
  }

  static func string(_ s: String, _ out: inout [UInt8]) {
    var s = s
    s.withUTF8 { escaped($0, &out) }
  }

  /// Writes UTF-8 `bytes` as a JSON string: quotes, backslashes, control
  /// characters and U+2028/U+2029 escaped, everything else as is.
  static func escaped<C: Collection>(_ bytes: C, _ out: inout [UInt8]) where C.Element == UInt8, C.Index == Int {
    out.append(UInt8(ascii: "\""))
    var plain = bytes.startIndex
    var i = bytes.startIndex
    func flush(_ upTo: Int) {
      if plain < upTo { out.append(contentsOf: bytes[plain..<upTo]) }
    }
    while i < bytes.endIndex {
      let b = bytes[i]
      if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != 0xE2 {
        i += 1
        continue
      }
      if b == 0xE2 {
        // U+2028 and U+2029 are valid JSON but break JavaScript line readers.
        if i + 2 < bytes.endIndex, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
          flush(i)
          raw(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", &out)
          i += 3
          plain = i
        } else {
          i += 1
        }
        continue
      }
      flush(i)
      switch b {
      case UInt8(ascii: "\""): raw("\\\"", &out)
      case UInt8(ascii: "\\"): raw("\\\\", &out)
      case 0x0A: raw("\\n", &out)
      case 0x0D: raw("\\r", &out)
      case 0x09: raw("\\t", &out)
      default:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
      }
      i += 1
      plain = i
    }
    flush(i)
    out.append(UInt8(ascii: "\""))
  }
}

/// Maps UTF-8 byte offsets to code-point offsets in one pass over the text.
struct CodePointIndex {
  private var bytes: [Int] = []
  private var points: [Int] = []

  init(_ text: ArraySlice<UInt8>, offsets: [Int]) {
    let wanted = offsets.sorted()
    bytes.reserveCapacity(wanted.count)
    points.reserveCapacity(wanted.count)
    var count = 0
    text.withUnsafeBufferPointer { b in
      var i = 0
      for target in wanted where bytes.last != target {
        let end = min(target, b.count)
        while i < end {
          if b[i] & 0xC0 != 0x80 { count += 1 }
          i += 1
        }
        bytes.append(target)
        points.append(count)
      }
    }
  }

  /// The code-point offset of a byte offset that was asked for (binary search; 0 if it was not).
  subscript(_ byte: Int) -> Int {
    var lo = 0
    var hi = bytes.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if bytes[mid] < byte { lo = mid + 1 } else { hi = mid }
    }
    return lo < bytes.count && bytes[lo] == byte ? points[lo] : 0
  }
}
