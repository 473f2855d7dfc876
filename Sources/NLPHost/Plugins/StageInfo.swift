// SPDX-License-Identifier: GPL-3.0-or-later

/// What a stage says about itself, read from its vtable.
public struct StageInfo: Sendable {
  public struct Option: Sendable {
    public enum Kind: UInt32, Sendable {
      case string = 1, int = 2, double = 3, bool = 4
      var label: String {
        switch self {
        case .string: return "string"
        case .int: return "integer"
        case .double: return "number"
        case .bool: return "bool"
        }
      }
    }
    public var name: String
    public var kind: Kind
    public var defaultValue: String
    public var choices: [String]?
    public var doc: String

    /// Checks a value the user wrote; returns a message when it does not fit.
    func check(_ value: String) -> String? {
      if let choices, !choices.contains(value) {
        return "option '\(name)' takes one of \(choices.joined(separator: ", ")), not '\(value)'"
      }
      switch kind {
      case .string: return nil
      case .int: return Int(value) == nil ? "option '\(name)' takes an integer, not '\(value)'" : nil
      case .double:
        return Double(value) == nil ? "option '\(name)' takes a number, not '\(value)'" : nil
      case .bool:
        let ok = ["true", "false", "1", "0", "yes", "no", "on", "off"].contains(value.lowercased())
        return ok ? nil : "option '\(name)' takes true or false, not '\(value)'"
      }
    }
  }

  public var name: String
  public var version: String
  public var summary: String
  public var languages: [String]
  public var requires: [String]
  public var reads: [String]
  public var provides: [String]
  public var options: [Option]
  /// The shared object the stage came from.
  public var path: String
  /// Where the plugin was built, when `path` is a copy made to reload it.
  public var originalPath: String { original ?? path }
  var original: String?

  func withOriginalPath(_ p: String) -> StageInfo {
    var copy = self
    copy.original = p
    return copy
  }

  public func option(_ name: String) -> Option? { options.first { $0.name == name } }
}
