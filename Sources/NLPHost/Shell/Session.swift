// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation

/// A command that failed; the message is shown as `error: …`.
public struct ShellError: Error, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// The state of one shell session and the commands that act on it.
///
/// The executable adds line editing and scripts on top; everything a
/// command does lives here, so it is testable without a terminal.
public final class Session {
  public let registry: StageRegistry
  public let console: Console
  /// Every loaded document, in load order.
  public private(set) var corpus: [Document] = []
  /// Conditions that select the working set (all must hold).
  public private(set) var filters: [DocFilter] = []
  public private(set) var lastReport: RunReport?
  public var maxRows = 40
  public var workers = ProcessInfo.processInfo.activeProcessorCount
  /// Called to run a script file (`read`); set by the executable.
  public var readScript: ((String) throws -> Void)?

  public init(registry: StageRegistry, console: Console) {
    self.registry = registry
    self.console = console
  }

  /// The documents the filters select.
  public var workingSet: [Document] {
    filters.isEmpty ? corpus : corpus.filter { d in filters.allSatisfy { $0.matches(d) } }
  }

  /// Runs one command line. Throws `ShellError` (or a host error) for the caller to report.
  public func execute(_ line: String) throws {
    let trimmed = line.trimmed()
    if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
    var (word, rest) = splitFirstWord(trimmed)
    if word.hasPrefix(".") { word.removeFirst() }  // .help works as in sqlite
    if let cmd = Session.commands.first(where: { $0.name == word || $0.aliases.contains(word) }) {
      try cmd.run(self, rest)
    } else if registry.plugin(named: String(word.prefix { $0 != "(" })) != nil || trimmed.contains("|") {
      try run(chain: trimmed)
    } else {
      let known = Session.commands.flatMap { [$0.name] + $0.aliases } + registry.names
      var msg = "unknown command '\(word)'"
      if let s = closest(to: word, among: known).first { msg += " — did you mean '\(s)'?" }
      throw ShellError(msg + " (help lists the commands)")
    }
  }

  // MARK: - Corpus

  /// Adds the documents `path` names; a document with an id already loaded replaces it.
  public func load(_ path: String) throws {
    var warnings = 0
    let loader = CorpusLoader(warn: { [console] in
      warnings += 1
      console.warn($0)
    })
    let docs = try loader.load(path)
    var index: [String: Int] = [:]
    for (i, d) in corpus.enumerated() { index[d.id] = i }
    var replaced = 0
    for d in docs {
      if let i = index[d.id] {
        corpus[i] = d
        replaced += 1
      } else {
        index[d.id] = corpus.count
        corpus.append(d)
      }
    }
    let bytes = docs.reduce(0) { $0 + $1.utf8.count }
    var msg = "loaded \(docs.count) document\(docs.count == 1 ? "" : "s") (\(formatBytes(bytes))) from \(path)"
    if replaced > 0 { msg += "; \(replaced) replaced documents with the same id" }
    console.note(msg)
  }

  public func clear() {
    corpus = []
    filters = []
  }

  // MARK: - Running

  /// Runs a chain over the working set, with a progress bar and a timing summary.
  public func run(chain text: String) throws {
    let spec = try ChainSpec.parse(text)
    var available = Set<String>()
    for d in workingSet.prefix(200) {
      for (k, _) in d.attrs { available.insert("@" + k) }
      for a in d.annotations where !spec.steps.contains(where: { $0.name == a.stage }) { available.insert(a.type) }
    }
    let pipeline = try Pipeline.build(spec, registry: registry, available: available)
    for n in pipeline.notes { console.note(n) }
    let docs = workingSet
    if docs.isEmpty { throw ShellError("no documents to run on: load a corpus first (load PATH), or clear the filter") }
    let executor = try Executor(pipeline, workers: workers)
    Cancellation.reset()
    let total = docs.count
    let start = Date()
    var lastDraw = Date.distantPast
    let report = executor.run(docs) { [console] done in
      let now = Date()
      guard now.timeIntervalSince(lastDraw) > 0.1, now.timeIntervalSince(start) > 0.3 else { return }
      lastDraw = now
      console.progress(progressBar(done: done, total: total, seconds: now.timeIntervalSince(start)))
    }
    console.endProgress()
    lastReport = report
    for f in report.failures.prefix(20) { console.error("\(f)") }
    if report.failures.count > 20 { console.error("… and \(report.failures.count - 20) more failures") }
    for s in report.invalidSpans.prefix(5) { console.warn("dropped annotation: \(s)") }
    let rate = report.wallSeconds > 0 ? Double(report.bytes) / report.wallSeconds : 0
    var summary = "\(pipeline.spec): \(report.documents) document\(report.documents == 1 ? "" : "s"), \(report.annotations) annotations in \(formatSeconds(report.wallSeconds)) (\(formatBytes(Int(rate)))/s, \(report.workers) worker\(report.workers == 1 ? "" : "s"))"
    if !report.failures.isEmpty { summary += ", \(report.failures.count) failed" }
    if report.cancelled {
      // The request stays set: a script stops here; the interactive prompt clears it.
      console.print("(cancelled after \(report.documents)/\(total) documents; results so far are kept)")
    }
    console.print(summary)
    if pipeline.steps.count > 1 || console.interactive { printTiming(report) }
  }

  func printTiming(_ report: RunReport) {
    let total = max(1, report.stageNanos.reduce(0, +))
    var rows: [[String]] = []
    for (i, s) in report.stages.enumerated() {
      let ns = report.stageNanos[i]
      let perDoc = report.documents > 0 ? Double(ns) / Double(report.documents) / 1e3 : 0
      let mbs = ns > 0 ? Double(report.bytes) / (Double(ns) / 1e9) : 0
      rows.append([
        s, formatSeconds(Double(ns) / 1e9), String(format: "%.0f%%", 100 * Double(ns) / Double(total)),
        String(format: "%.1f µs", perDoc), formatBytes(Int(mbs)) + "/s",
      ])
    }
    for l in renderTable(
      ["stage", "time", "share", "per doc", "per core"], rows, maxWidth: console.width, rightAligned: [1, 2, 3, 4])
    {
      console.print(l)
    }
  }

  // MARK: - Looking at results

  public func document(_ idOrIndex: String) throws -> Document {
    let ws = workingSet
    if let d = corpus.first(where: { $0.id == idOrIndex }) { return d }
    if let n = Int(idOrIndex), n >= 1, n <= ws.count { return ws[n - 1] }
    let matches = corpus.filter { $0.id.contains(idOrIndex) }
    if matches.count == 1 { return matches[0] }
    if matches.count > 1 {
      throw ShellError(
        "'\(idOrIndex)' matches \(matches.count) documents: \(matches.prefix(5).map(\.id).joined(separator: ", "))\(matches.count > 5 ? ", …" : "")")
    }
    var msg = "no document '\(idOrIndex)'"
    if let s = closest(to: idOrIndex, among: corpus.map(\.id)).first { msg += " — did you mean '\(s)'?" }
    throw ShellError(msg)
  }

  func addFilter(_ f: DocFilter) { filters.append(f) }
  func clearFilters() { filters = [] }
}

/// One condition on documents: `lang=da`, `lang!=en`, `has=quote`, `id~oslo`.
public struct DocFilter: CustomStringConvertible {
  public enum Op: String { case equal = "=", notEqual = "!=", contains = "~" }
  public var key: String
  public var op: Op
  public var value: String

  public var description: String { "\(key)\(op.rawValue)\(value)" }

  public static func parse(_ s: String) throws -> DocFilter {
    for op in [Op.notEqual, .contains, .equal] {
      if let r = s.range(of: op.rawValue) {
        let key = String(s[..<r.lowerBound]).trimmed()
        let value = String(s[r.upperBound...]).trimmed()
        guard !key.isEmpty else { break }
        return DocFilter(key: key, op: op, value: value)
      }
    }
    throw ShellError("cannot read filter '\(s)': write KEY=VALUE, KEY!=VALUE or KEY~TEXT (e.g. lang=da, has=quote, id~oslo)")
  }

  public func matches(_ d: Document) -> Bool {
    let actual: [String]
    switch key {
    case "id": actual = [d.id]
    case "has": actual = Array(Set(d.annotations.map(\.type)))
    case "stage": actual = Array(Set(d.annotations.map(\.stage)))
    case "failed": actual = d.failures.map(\.stage)
    default: actual = d.attrs[key].map { [$0.description] } ?? []
    }
    switch op {
    case .equal:
      let wanted = value.split(separator: ",").map(String.init)
      return actual.contains { wanted.contains($0) }
    case .notEqual:
      let wanted = value.split(separator: ",").map(String.init)
      return !actual.contains { wanted.contains($0) }
    case .contains: return actual.contains { $0.localizedCaseInsensitiveContains(value) }
    }
  }
}

func splitFirstWord(_ s: String) -> (String, String) {
  guard let sp = s.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (s, "") }
  return (String(s[..<sp]), String(s[sp...]).trimmed())
}

/// Splits arguments on spaces, keeping "quoted words" together.
func splitArguments(_ s: String) -> [String] {
  var out: [String] = []
  var cur = ""
  var quote: Character?
  var has = false
  for ch in s {
    if let q = quote {
      if ch == q { quote = nil } else { cur.append(ch) }
    } else if ch == "\"" || ch == "'" {
      quote = ch
      has = true
    } else if ch == " " || ch == "\t" {
      if has || !cur.isEmpty { out.append(cur) }
      cur = ""
      has = false
    } else {
      cur.append(ch)
    }
  }
  if has || !cur.isEmpty { out.append(cur) }
  return out
}

public func formatBytes(_ n: Int) -> String {
  let d = Double(n)
  if d >= 1e9 { return String(format: "%.1f GB", d / 1e9) }
  if d >= 1e6 { return String(format: "%.1f MB", d / 1e6) }
  if d >= 1e3 { return String(format: "%.1f kB", d / 1e3) }
  return "\(n) B"
}

func formatSeconds(_ s: Double) -> String {
  if s >= 60 { return String(format: "%dm%02ds", Int(s) / 60, Int(s) % 60) }
  if s >= 1 { return String(format: "%.2f s", s) }
  if s >= 1e-3 { return String(format: "%.1f ms", s * 1e3) }
  return String(format: "%.0f µs", s * 1e6)
}

func formatCount(_ n: Int) -> String {
  let s = String(n)
  var out = ""
  for (i, ch) in s.reversed().enumerated() {
    if i > 0 && i % 3 == 0 { out.append(",") }
    out.append(ch)
  }
  return String(out.reversed())
}

func progressBar(done: Int, total: Int, seconds: Double) -> String {
  let width = 30
  let filled = total > 0 ? width * done / total : 0
  let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
  let rate = seconds > 0 ? Double(done) / seconds : 0
  let eta = rate > 0 ? Double(total - done) / rate : 0
  return "\(bar) \(formatCount(done))/\(formatCount(total)) docs  \(String(format: "%.0f", rate))/s  ETA \(formatSeconds(eta))  (Ctrl-C stops)"
}
