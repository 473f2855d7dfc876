// SPDX-License-Identifier: GPL-3.0-or-later

/// One option of a stage, as in `dates(direction=future)`.
public struct OptionSpec: Sendable {
  public enum Kind: UInt32, Sendable {
    case string = 1, int = 2, double = 3, bool = 4
  }

  public var name: String
  public var kind: Kind
  public var defaultValue: String
  public var choices: [String]?
  public var doc: String

  public init(
    _ name: String, _ kind: Kind, default defaultValue: String = "", choices: [String]? = nil,
    doc: String
  ) {
    self.name = name
    self.kind = kind
    self.defaultValue = defaultValue
    self.choices = choices
    self.doc = doc
  }
}

/// The options an instance was created with, defaults filled in.
///
/// The host has already checked option names, types and choices against
/// the stage's `OptionSpec`s, so the typed getters only fall back to their
/// default for options the stage did not declare.
public struct StageConfig: Sendable {
  public private(set) var values: [String: String]

  public init(_ values: [String: String], specs: [OptionSpec] = []) {
    var all: [String: String] = [:]
    for spec in specs where !spec.defaultValue.isEmpty { all[spec.name] = spec.defaultValue }
    for (k, v) in values { all[k] = v }
    self.values = all
  }

  public func string(_ name: String, default fallback: String = "") -> String {
    values[name] ?? fallback
  }
  public func int(_ name: String, default fallback: Int = 0) -> Int {
    values[name].flatMap { Int($0) } ?? fallback
  }
  public func double(_ name: String, default fallback: Double = 0) -> Double {
    values[name].flatMap { Double($0) } ?? fallback
  }
  public func bool(_ name: String, default fallback: Bool = false) -> Bool {
    guard let v = values[name]?.lowercased() else { return fallback }
    return ["1", "true", "yes", "on"].contains(v)
  }
  /// A comma-separated option as a list, empty items dropped.
  public func list(_ name: String) -> [String] {
    string(name).split(separator: ",").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
  }
}

extension Substring {
  fileprivate func trimmingCharacters() -> String {
    String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
