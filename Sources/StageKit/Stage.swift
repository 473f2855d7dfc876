// SPDX-License-Identifier: GPL-3.0-or-later

/// A processing stage: the one type a plugin author writes.
///
/// The metadata (`name`, `version`, `summary`, `languages`, `requires`,
/// `reads`, `provides`, `options`) is what the host shows in `help`, uses
/// for tab completion and checks when a chain is built. Names in
/// `requires`, `reads` and `provides` are annotation types (`"date"`) or,
/// with a leading `@`, document attributes (`"@lang"`).
///
/// ```swift
/// public final class Shout: Stage {
///   public static let name = "shout"
///   public static let version = "1.0.0"
///   public static let summary = "Marks every word in capitals"
///   public init(config: StageConfig) throws {}
///   public func process(_ doc: StageDocument, _ out: inout StageOutput) throws {
///     // find spans in doc.text, then out.annotate("shout", start: s, end: e)
///   }
/// }
/// @_cdecl("nlp_stage_entry")
/// public func entry(_ abi: UInt32, _ vt: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32 {
///   StageExport.fill(vt, hostABI: abi, Shout.self)
/// }
/// ```
///
/// The host creates one instance per worker thread and calls `process` on
/// it from that thread only; share expensive data (models) through a
/// `static let`.
public protocol Stage: AnyObject {
  /// The name used in chains: lowercase letters, digits and `_`.
  static var name: String { get }
  /// The stage's semantic version; part of every annotation's provenance.
  static var version: String { get }
  /// One line for listings and help.
  static var summary: String { get }
  /// ISO 639 codes of the languages the stage handles, or `["*"]`.
  static var languages: [String] { get }
  /// What must be present before this stage runs.
  static var requires: [String] { get }
  /// What this stage uses when it is present.
  static var reads: [String] { get }
  /// What this stage adds.
  static var provides: [String] { get }
  /// The options the stage accepts.
  static var options: [OptionSpec] { get }

  /// Creates an instance; throw to refuse a configuration.
  init(config: StageConfig) throws
  /// Processes one document; throw to fail this document only.
  func process(_ doc: StageDocument, _ out: inout StageOutput) throws
}

extension Stage {
  public static var languages: [String] { ["*"] }
  public static var requires: [String] { [] }
  public static var reads: [String] { [] }
  public static var provides: [String] { [] }
  public static var options: [OptionSpec] { [] }
}

/// An error a stage throws with a message for the user.
public struct StageError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
