// SPDX-License-Identifier: GPL-3.0-or-later

/// What a stage adds to a document: annotations and document attributes.
public struct StageOutput {
  /// One annotation to add; offsets are UTF-8 byte offsets, half-open.
  public struct Item {
    public var type: String
    public var start: Int
    public var end: Int
    public var attrs: StageAttributes
  }

  public internal(set) var items: [Item] = []
  public internal(set) var attributes = StageAttributes()

  public init() {}

  /// Adds an annotation over the UTF-8 byte range `start..<end`.
  public mutating func annotate(
    _ type: String, start: Int, end: Int, attrs: StageAttributes = StageAttributes()
  ) {
    items.append(Item(type: type, start: start, end: end, attrs: attrs))
  }

  /// Adds an annotation over a range of `text`, a string equal to the document text.
  public mutating func annotate(
    _ type: String, _ range: Range<String.Index>, in text: String,
    attrs: StageAttributes = StageAttributes()
  ) {
    let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    let end = start + text.utf8.distance(from: range.lowerBound, to: range.upperBound)
    annotate(type, start: start, end: end, attrs: attrs)
  }

  /// Sets (or replaces) a document attribute, such as `lang`.
  public mutating func setAttribute(_ key: String, _ value: StageValue) {
    attributes[key] = value
  }

  mutating func reset() {
    items.removeAll(keepingCapacity: true)
    if !attributes.isEmpty { attributes = StageAttributes() }
  }
}
