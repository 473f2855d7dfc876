// SPDX-License-Identifier: GPL-3.0-or-later
@_exported import CStageABI

/// An annotation made by an earlier stage of the chain.
public struct StageAnnotation: Sendable {
  /// The stage that made it.
  public var stage: String
  public var type: String
  /// UTF-8 byte offsets into the document text, half-open.
  public var start: Int
  public var end: Int
  public var attrs: StageAttributes
}

/// A stretch of a document in one language (UTF-8 byte offsets, half-open).
public struct LanguageSegment: Sendable, Equatable {
  public var start: Int
  public var end: Int
  /// ISO 639-1 (or 639-3) code; "" when unknown.
  public var lang: String
  public init(start: Int, end: Int, lang: String) {
    self.start = start
    self.end = end
    self.lang = lang
  }
}

/// The document a stage is processing, valid only during `process`.
///
/// Reading `text` creates a Swift string (a copy); hot scanners should use
/// `withUTF8`, whose offsets are the byte offsets annotations use.
public struct StageDocument {
  @usableFromInline let raw: UnsafePointer<nlp_document>

  public init(_ raw: UnsafePointer<nlp_document>) { self.raw = raw }

  /// The document's id, as the host reports it.
  public var id: String { raw.pointee.id.map { String(cString: $0) } ?? "" }

  /// The text, as a Swift string.
  public var text: String {
    String(decoding: utf8Buffer, as: UTF8.self)
  }

  /// The number of UTF-8 bytes of the text.
  public var utf8Count: Int { raw.pointee.text_len }

  /// Calls `body` with the text's UTF-8 bytes (valid UTF-8).
  @inlinable
  public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try body(utf8Buffer)
  }

  @usableFromInline var utf8Buffer: UnsafeBufferPointer<UInt8> {
    guard let p = raw.pointee.text else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(
      start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: raw.pointee.text_len)
  }

  /// The document attribute `key` (input metadata or set by an earlier stage).
  public func attribute(_ key: String) -> StageValue? {
    guard let attrs = raw.pointee.attrs else { return nil }
    for i in 0..<Int(raw.pointee.attr_count) where cStringEquals(attrs[i].key, key) {
      return StageValue(attrs[i])
    }
    return nil
  }

  /// All document attributes.
  public var attributes: StageAttributes {
    var out = StageAttributes()
    guard let attrs = raw.pointee.attrs else { return out }
    for i in 0..<Int(raw.pointee.attr_count) {
      if let key = attrs[i].key, let v = StageValue(attrs[i]) { out[String(cString: key)] = v }
    }
    return out
  }

  /// The annotations of earlier stages, sorted by start offset.
  public var annotations: [StageAnnotation] { annotations(ofType: nil) }

  /// The annotations of earlier stages of one type (`"date"`), or all with nil.
  public func annotations(ofType type: String?) -> [StageAnnotation] {
    guard let anns = raw.pointee.annotations else { return [] }
    var out: [StageAnnotation] = []
    for i in 0..<Int(raw.pointee.annotation_count) {
      let a = anns[i]
      if let type, !cStringEquals(a.type, type) { continue }
      var attrs = StageAttributes()
      if let p = a.attrs {
        for j in 0..<Int(a.attr_count) {
          if let key = p[j].key, let v = StageValue(p[j]) { attrs[String(cString: key)] = v }
        }
      }
      out.append(
        StageAnnotation(
          stage: a.stage.map { String(cString: $0) } ?? "",
          type: a.type.map { String(cString: $0) } ?? "",
          start: Int(a.start), end: Int(a.end), attrs: attrs))
    }
    return out
  }

  /// The document's language (`lang`) with the stretches an earlier stage marked as written in
  /// another one: the `language` annotations of `langid(spans=sentence|paragraph)`, attribute `lang`.
  /// The result covers the whole text in order, without gaps: `[0, n)` in the document's language
  /// when nothing is marked. Stages whose tables depend on the language (month names, number
  /// words) run over each segment with its own language, so an English quote in a Danish article
  /// is read as English. `lang` is "" when the document has none.
  public var languageSegments: [LanguageSegment] {
    let docLang = attribute("lang")?.stringValue ?? ""
    let n = utf8Count
    var out: [LanguageSegment] = []
    var at = 0
    for a in annotations(ofType: "language") {
      guard let l = a.attrs["lang"]?.stringValue, !l.isEmpty, a.start >= at, a.start < a.end, a.end <= n else { continue }
      if a.start > at { out.append(LanguageSegment(start: at, end: a.start, lang: docLang)) }
      out.append(LanguageSegment(start: a.start, end: a.end, lang: l))
      at = a.end
    }
    if at < n || out.isEmpty { out.append(LanguageSegment(start: at, end: n, lang: docLang)) }
    return out
  }

  /// True when the user asked to stop; long stages may poll this.
  public var isCancelled: Bool {
    guard let f = raw.pointee.should_cancel else { return false }
    return f(raw.pointee.host_ctx) != 0
  }
}

extension StageValue {
  /// Reads a C attribute; nil for NLP_VALUE_NULL or an unknown kind.
  public init?(_ a: nlp_attr) {
    switch a.kind {
    case UInt32(NLP_VALUE_STRING.rawValue): self = .string(a.string.map { String(cString: $0) } ?? "")
    case UInt32(NLP_VALUE_INT.rawValue): self = .int(a.integer)
    case UInt32(NLP_VALUE_DOUBLE.rawValue): self = .double(a.number)
    case UInt32(NLP_VALUE_BOOL.rawValue): self = .bool(a.integer != 0)
    default: return nil
    }
  }
}

@inline(__always)
func cStringEquals(_ p: UnsafePointer<CChar>?, _ s: String) -> Bool {
  guard let p else { return false }
  var s = s
  return s.withUTF8 { buf in
    var i = 0
    while i < buf.count {
      if UInt8(bitPattern: p[i]) != buf[i] { return false }
      i += 1
    }
    return p[i] == 0
  }
}
