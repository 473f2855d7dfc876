// SPDX-License-Identifier: GPL-3.0-or-later

/// A typed value of a document attribute or an annotation attribute.
///
/// Literals convert directly: `"da"`, `9000`, `0.98` and `true` are all
/// `StageValue`s.
public enum StageValue: Hashable, Sendable {
  case string(String)
  case int(Int64)
  case double(Double)
  case bool(Bool)

  /// The value as a string, if it is one.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The value as a number, if it is an integer or a double.
  public var doubleValue: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }
}

extension StageValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int64) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension StageValue: CustomStringConvertible {
  public var description: String {
    switch self {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .double(let d): return String(d)
    case .bool(let b): return b ? "true" : "false"
    }
  }
}

/// Attributes in the order they were written: `["value": 9000, "unit": "km"]`.
public struct StageAttributes: ExpressibleByDictionaryLiteral, Sequence, Sendable {
  public private(set) var pairs: [(key: String, value: StageValue)]

  public init() { pairs = [] }
  public init(dictionaryLiteral elements: (String, StageValue)...) {
    pairs = elements.map { (key: $0.0, value: $0.1) }
  }

  /// The value under `key`, or nil.
  public subscript(key: String) -> StageValue? {
    get { pairs.first { $0.key == key }?.value }
    set {
      if let i = pairs.firstIndex(where: { $0.key == key }) {
        if let v = newValue { pairs[i].value = v } else { pairs.remove(at: i) }
      } else if let v = newValue {
        pairs.append((key: key, value: v))
      }
    }
  }

  public var count: Int { pairs.count }
  public var isEmpty: Bool { pairs.isEmpty }
  public func makeIterator() -> IndexingIterator<[(key: String, value: StageValue)]> {
    pairs.makeIterator()
  }
}
