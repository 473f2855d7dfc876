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
///
/// Most annotations carry one attribute (a value, a language), so the first
/// pair is stored inline and only further pairs take an array.
public struct Attributes: Sequence, Sendable, ExpressibleByDictionaryLiteral {
  public typealias Pair = (key: String, value: AttrValue)
  private var first: Pair?
  private var rest: [Pair] = []

  public init() {}
  public init(dictionaryLiteral elements: (String, AttrValue)...) {
    for (k, v) in elements { self[k] = v }
  }

  /// The pairs as an array.
  public var pairs: [Pair] { Array(self) }

  public subscript(key: String) -> AttrValue? {
    get {
      if let f = first, f.key == key { return f.value }
      return rest.first { $0.key == key }?.value
    }
    set {
      if let f = first, f.key == key {
        if let v = newValue {
          first = (key, v)
        } else {
          first = rest.isEmpty ? nil : rest.removeFirst()
        }
      } else if let i = rest.firstIndex(where: { $0.key == key }) {
        if let v = newValue { rest[i].value = v } else { rest.remove(at: i) }
      } else if let v = newValue {
        appendUnique(key, v)
      }
    }
  }

  mutating func reserve(_ n: Int) { if n > 1 { rest.reserveCapacity(n - 1) } }

  /// Appends a key the caller knows is not present yet.
  mutating func appendUnique(_ key: String, _ value: AttrValue) {
    if first == nil { first = (key, value) } else { rest.append((key, value)) }
  }

  public var count: Int { first == nil ? 0 : 1 + rest.count }
  public var isEmpty: Bool { first == nil }

  public struct Iterator: IteratorProtocol {
    let attrs: Attributes
    var i = 0
    public mutating func next() -> Pair? {
      defer { i += 1 }
      if i == 0 { return attrs.first }
      return i - 1 < attrs.rest.count ? attrs.rest[i - 1] : nil
    }
  }

  public func makeIterator() -> Iterator { Iterator(attrs: self) }
}
