// SPDX-License-Identifier: GPL-3.0-or-later

/// A typed span of a document, made by one stage.
public struct Annotation: Sendable {
  /// The stage that made it.
  public var stage: String
  public var type: String
  /// UTF-8 byte offsets into the document's text, half-open.
  public var start: Int
  public var end: Int
  public var attrs: Attributes

  public init(stage: String, type: String, start: Int, end: Int, attrs: Attributes = Attributes()) {
    self.stage = stage
    self.type = type
    self.start = start
    self.end = end
    self.attrs = attrs
  }
}

/// A stage that failed on one document.
public struct StageFailure: Sendable, Error, CustomStringConvertible {
  public var document: String
  public var stage: String
  public var message: String
  public var description: String { "stage '\(stage)' failed on document '\(document)': \(message)" }
}
