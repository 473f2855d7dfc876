// SPDX-License-Identifier: GPL-3.0-or-later

/// One article: its text, its attributes and what stages found in it.
public final class Document: @unchecked Sendable {
  /// The path relative to what was loaded, or the `id` of a JSON Lines record.
  public let id: String
  /// The text as UTF-8 with a terminating NUL, as stages receive it.
  let cText: [UInt8]
  /// Input metadata (`dct`, `lang`, …) and attributes stages set.
  public var attrs: Attributes
  /// What the stages found, sorted by start offset after each run.
  public var annotations: [Annotation] = []
  /// Stages that failed on this document in the last run.
  public var failures: [StageFailure] = []
  /// What made this document's results: `stage@version#confighash` per stage that ran on it.
  public var provenance: [(stage: String, id: String)] = []
  /// Nanoseconds each stage of the last run took on this document, in chain order.
  public var timings: [(stage: String, nanos: UInt64)] = []

  public init(id: String, utf8: [UInt8], attrs: Attributes = Attributes()) {
    self.id = id
    var bytes = utf8
    bytes.append(0)
    self.cText = bytes
    self.attrs = attrs
  }

  /// The text as UTF-8 bytes (without the NUL).
  public var utf8: ArraySlice<UInt8> { cText[0..<(cText.count - 1)] }

  public convenience init(id: String, text: String, attrs: Attributes = Attributes()) {
    self.init(id: id, utf8: Array(text.utf8), attrs: attrs)
  }

  /// The text as a string.
  public var text: String { String(decoding: utf8, as: UTF8.self) }

  /// The text of a byte range.
  public func text(_ start: Int, _ end: Int) -> String {
    let s = max(0, min(start, utf8.count))
    let e = max(s, min(end, utf8.count))
    return String(decoding: utf8[s..<e], as: UTF8.self)
  }

  /// The document's language, when a stage or the input set one.
  public var lang: String? { attrs["lang"]?.stringValue }

  /// Drops what the named stages made, before they run again.
  func removeResults(of stages: Set<String>) {
    if !annotations.isEmpty { annotations.removeAll { stages.contains($0.stage) } }
    if !failures.isEmpty { failures.removeAll { stages.contains($0.stage) } }
    if !timings.isEmpty { timings.removeAll { stages.contains($0.stage) } }
    if !provenance.isEmpty { provenance.removeAll { stages.contains($0.stage) } }
  }

  /// The time the named stage took on this document in the last run.
  public func timing(of stage: String) -> UInt64? { timings.first { $0.stage == stage }?.nanos }

  /// The number of annotations of each type.
  public var annotationCounts: [String: Int] {
    var c: [String: Int] = [:]
    for a in annotations { c[a.type, default: 0] += 1 }
    return c
  }
}
