// SPDX-License-Identifier: GPL-3.0-or-later

/// Renders documents as the JSON Lines of the batch mode (SCHEMA.md).
///
/// Offsets in the output are Unicode code points into the text, converted
/// once per document from the UTF-8 byte offsets the stages use.
public enum JSONLWriter {
  /// One document as one line of JSON, without the newline.
  public static func line(for doc: Document) -> String {
    var out = "{\"id\":"
    appendString(doc.id, to: &out)
    out += ",\"lang\":"
    if let lang = doc.attrs["lang"] { appendValue(lang, to: &out) } else { out += "null" }
    if let conf = doc.attrs["lang_confidence"] {
      out += ",\"lang_confidence\":"
      appendValue(conf, to: &out)
    }
    out += ",\"dct\":"
    if let dct = doc.attrs["dct"] { appendValue(dct, to: &out) } else { out += "null" }
    let rest = doc.attrs.pairs.filter { !["lang", "lang_confidence", "dct"].contains($0.key) }
    if !rest.isEmpty {
      out += ",\"attrs\":"
      appendObject(rest, to: &out)
    }
    let points = CodePointIndex(doc.utf8, offsets: doc.annotations.flatMap { [$0.start, $0.end] })
    out += ",\"annotations\":["
    for (i, a) in doc.annotations.enumerated() {
      if i > 0 { out += "," }
      out += "{\"stage\":"
      appendString(a.stage, to: &out)
      out += ",\"type\":"
      appendString(a.type, to: &out)
      out += ",\"start\":\(points[a.start]),\"end\":\(points[a.end]),\"text\":"
      appendString(doc.text(a.start, a.end), to: &out)
      out += ",\"attrs\":"
      appendObject(a.attrs.pairs, to: &out)
      out += "}"
    }
    out += "]"
    if !doc.failures.isEmpty {
      out += ",\"errors\":["
      for (i, f) in doc.failures.enumerated() {
        if i > 0 { out += "," }
        out += "{\"stage\":"
        appendString(f.stage, to: &out)
        out += ",\"message\":"
        appendString(f.message, to: &out)
        out += "}"
      }
      out += "]"
    }
    out += "}"
    return out
  }

  static func appendObject(_ pairs: [(key: String, value: AttrValue)], to out: inout String) {
    out += "{"
    for (i, p) in pairs.enumerated() {
      if i > 0 { out += "," }
      appendString(p.key, to: &out)
      out += ":"
      appendValue(p.value, to: &out)
    }
    out += "}"
  }

  static func appendValue(_ v: AttrValue, to out: inout String) {
    switch v {
    case .string(let s): appendString(s, to: &out)
    case .int(let i): out += String(i)
    case .double(let d): out += d.isFinite ? formatDouble(d) : "null"
    case .bool(let b): out += b ? "true" : "false"
    }
  }

  static func appendString(_ s: String, to out: inout String) {
    out += "\""
    var plainStart = s.unicodeScalars.startIndex
    let scalars = s.unicodeScalars
    var i = scalars.startIndex
    while i != scalars.endIndex {
      let c = scalars[i]
      let esc: String?
      switch c {
      case "\"": esc = "\\\""
      case "\\": esc = "\\\\"
      case "\n": esc = "\\n"
      case "\r": esc = "\\r"
      case "\t": esc = "\\t"
      case "\u{2028}": esc = "\\u2028"
      case "\u{2029}": esc = "\\u2029"
      default:
        if c.value < 0x20 {
          let hex = String(c.value, radix: 16)
          esc = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          esc = nil
        }
      }
      if let esc {
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<i])
        out += esc
        plainStart = scalars.index(after: i)
      }
      i = scalars.index(after: i)
    }
    out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
    out += "\""
  }
}

/// Maps UTF-8 byte offsets to code-point offsets in one pass over the text.
struct CodePointIndex {
  private var map: [Int: Int] = [:]

  init(_ bytes: ArraySlice<UInt8>, offsets: [Int]) {
    let wanted = Set(offsets).sorted()
    var points = 0
    var i = 0
    for target in wanted {
      while i < target && i < bytes.count {
        if bytes[i] & 0xC0 != 0x80 { points += 1 }
        i += 1
      }
      map[target] = points
    }
  }

  subscript(_ byte: Int) -> Int { map[byte] ?? 0 }
}
