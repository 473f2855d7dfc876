// SPDX-License-Identifier: GPL-3.0-or-later
import CStageABI

/// A typed attribute value of a document or an annotation.
public enum AttrValue: Hashable, Sendable {
  case string(String)
  case int(Int64)
  case double(Double)
  case bool(Bool)

  /// Reads a value that crossed the ABI; nil for NULL or an unknown kind.
  init?(_ a: nlp_attr) {
    switch a.kind {
    case NLP_VALUE_STRING.rawValue: self = .string(a.string.map { String(cString: $0) } ?? "")
    case NLP_VALUE_INT.rawValue: self = .int(a.integer)
    case NLP_VALUE_DOUBLE.rawValue: self = .double(a.number)
    case NLP_VALUE_BOOL.rawValue: self = .bool(a.integer != 0)
    default: return nil
    }
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var doubleValue: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }
}

extension AttrValue: CustomStringConvertible {
  public var description: String {
    switch self {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .double(let d): return formatDouble(d)
    case .bool(let b): return b ? "true" : "false"
    }
  }
}

/// Shortest round-tripping form, without a trailing ".0" for whole numbers.
func formatDouble(_ d: Double) -> String {
  if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
  return String(d)
}

/// Attributes in insertion order.
public struct Attributes: Sequence, Sendable, ExpressibleByDictionaryLiteral {
  public private(set) var pairs: [(key: String, value: AttrValue)] = []

  public init() {}
  public init(dictionaryLiteral elements: (String, AttrValue)...) {
    for (k, v) in elements { self[k] = v }
  }

  public subscript(key: String) -> AttrValue? {
    get { pairs.first { $0.key == key }?.value }
    set {
      if let i = pairs.firstIndex(where: { $0.key == key }) {
        if let v = newValue { pairs[i].value = v } else { pairs.remove(at: i) }
      } else if let v = newValue {
        pairs.append((key: key, value: v))
      }
    }
  }

  mutating func reserve(_ n: Int) { pairs.reserveCapacity(n) }
  /// Appends a key the caller knows is not present yet.
  mutating func appendUnique(_ key: String, _ value: AttrValue) { pairs.append((key: key, value: value)) }

  public var count: Int { pairs.count }
  public var isEmpty: Bool { pairs.isEmpty }
  public func makeIterator() -> IndexingIterator<[(key: String, value: AttrValue)]> {
    pairs.makeIterator()
  }
}
