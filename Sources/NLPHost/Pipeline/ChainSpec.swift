// SPDX-License-Identifier: GPL-3.0-or-later

/// A parsed chain such as `langid | quotes | dates(dct=2021-09-02)`.
public struct ChainSpec: Sendable, Equatable, CustomStringConvertible {
  public struct Step: Sendable, Equatable {
    public var name: String
    /// Options in the order written.
    public var options: [(String, String)]

    public static func == (a: Step, b: Step) -> Bool {
      a.name == b.name && a.options.map { [$0.0, $0.1] } == b.options.map { [$0.0, $0.1] }
    }

    /// `name(k=v, …)` with the options sorted: the identity of a configuration.
    public var canonical: String {
      if options.isEmpty { return name }
      let opts = options.sorted { $0.0 < $1.0 }.map { "\($0.0)=\($0.1)" }.joined(separator: ",")
      return "\(name)(\(opts))"
    }
  }

  public var steps: [Step]

  public var description: String { steps.map(\.canonical).joined(separator: " | ") }

  /// Parses the chain syntax; throws `ChainError.syntax` with a column.
  public static func parse(_ text: String) throws -> ChainSpec {
    var p = Parser(Array(text))
    return try p.chain()
  }

  private struct Parser {
    let chars: [Character]
    var i = 0
    init(_ chars: [Character]) { self.chars = chars }

    mutating func skipSpace() { while i < chars.count, chars[i].isWhitespace { i += 1 } }

    func fail(_ message: String) -> ChainError {
      .syntax(message, column: i + 1)
    }

    mutating func chain() throws -> ChainSpec {
      var steps: [Step] = []
      skipSpace()
      if i >= chars.count { throw ChainError.empty }
      while true {
        steps.append(try step())
        skipSpace()
        if i >= chars.count { break }
        guard chars[i] == "|" else { throw fail("expected '|' between stages, found '\(chars[i])'") }
        i += 1
        skipSpace()
        if i >= chars.count { throw fail("the chain ends with '|': a stage name must follow") }
      }
      return ChainSpec(steps: steps)
    }

    mutating func identifier() -> String {
      let start = i
      while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "-" {
        i += 1
      }
      return String(chars[start..<i])
    }

    mutating func step() throws -> Step {
      skipSpace()
      let name = identifier()
      if name.isEmpty { throw fail("expected a stage name, found '\(chars[i])'") }
      skipSpace()
      var options: [(String, String)] = []
      if i < chars.count, chars[i] == "(" {
        i += 1
        while true {
          skipSpace()
          if i < chars.count, chars[i] == ")" {
            i += 1
            break
          }
          let key = identifier()
          if key.isEmpty {
            if i >= chars.count { throw fail("unclosed '(' after \(name)") }
            throw fail("expected an option name in \(name)(…), found '\(chars[i])'")
          }
          skipSpace()
          guard i < chars.count, chars[i] == "=" else {
            throw fail("expected '=' after option '\(key)' of \(name)")
          }
          i += 1
          var value = try self.value()
          // Unquoted items without '=' continue a list: only=da,sv,nb
          while i < chars.count, chars[i] == "," {
            var j = i + 1
            while j < chars.count, chars[j].isWhitespace { j += 1 }
            var k = j
            while k < chars.count, chars[k].isLetter || chars[k].isNumber || chars[k] == "_" { k += 1 }
            var m = k
            while m < chars.count, chars[m].isWhitespace { m += 1 }
            if k > j, m < chars.count, chars[m] == "=" { break }  // the next option
            i += 1
            value += "," + (try self.value())
          }
          options.append((key, value))
          skipSpace()
          if i < chars.count, chars[i] == "," {
            i += 1
          } else if i < chars.count, chars[i] == ")" {
            i += 1
            break
          } else if i >= chars.count {
            throw fail("unclosed '(' after \(name)")
          } else {
            throw fail("expected ',' or ')' after option '\(key)', found '\(chars[i])'")
          }
        }
      }
      return Step(name: name, options: options)
    }

    mutating func value() throws -> String {
      skipSpace()
      if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
        let q = chars[i]
        i += 1
        let start = i
        while i < chars.count, chars[i] != q { i += 1 }
        guard i < chars.count else { throw fail("unclosed \(q) in an option value") }
        let v = String(chars[start..<i])
        i += 1
        skipSpace()
        return v
      }
      let start = i
      while i < chars.count, chars[i] != ",", chars[i] != ")", chars[i] != "|" { i += 1 }
      return String(chars[start..<i]).trimmed()
    }
  }
}

/// Why a chain cannot run; found before any document is touched.
public enum ChainError: Error, CustomStringConvertible, Equatable {
  case empty
  case syntax(String, column: Int)
  case unknownStage(String, suggestions: [String], available: [String])
  case unknownOption(stage: String, option: String, suggestions: [String], available: [String])
  case badOption(stage: String, message: String)
  case unmetRequirement(stage: String, requirement: String, providers: [String])

  public var description: String {
    switch self {
    case .empty:
      return "empty chain: name at least one stage, e.g. langid | quotes"
    case .syntax(let m, let col):
      return "chain syntax, column \(col): \(m)"
    case .unknownStage(let name, let sugg, let avail):
      var s = "unknown stage '\(name)'"
      if let first = sugg.first { s += " — did you mean '\(first)'?" }
      s += avail.isEmpty ? " (no stages are loaded)" : " (available: \(avail.joined(separator: ", ")))"
      return s
    case .unknownOption(let stage, let opt, let sugg, let avail):
      var s = "stage '\(stage)' has no option '\(opt)'"
      if let first = sugg.first { s += " — did you mean '\(first)'?" }
      s += avail.isEmpty ? " (it takes no options)" : " (options: \(avail.joined(separator: ", ")))"
      return s
    case .badOption(let stage, let m):
      return "\(stage): \(m)"
    case .unmetRequirement(let stage, let req, let providers):
      let what = req.hasPrefix("@") ? "document attribute '\(req.dropFirst())'" : "'\(req)' annotations"
      var s = "stage '\(stage)' requires \(what), which no earlier stage in the chain provides"
      if !providers.isEmpty { s += "; put \(providers.joined(separator: " or ")) before it" }
      return s
    }
  }
}
