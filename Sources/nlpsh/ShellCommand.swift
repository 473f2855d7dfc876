// SPDX-License-Identifier: GPL-3.0-or-later
import CReadline
import Foundation
import NLPHost

/// The shell: scripts (-c, -f, piped stdin) and the interactive prompt on readline.
enum ShellCommand {
  static func run(_ args: Arguments) -> Int32 {
    nlp_line_buffer_stdout()
    let stdinIsTTY = isatty(0) != 0
    let scripted = !args.commands.isEmpty
    let interactive = (stdinIsTTY && (!scripted || args.interactiveAfter))
    let color = shouldUseColor(mode: args.color.rawValue)
    let console = Console.standard(color: color, interactive: interactive && isatty(2) != 0)
    let registry = StageRegistry()
    for e in registry.discover(in: StageRegistry.defaultSearchPath()) { console.warn("\(e)") }
    for p in args.plugins {
      do {
        try registry.load(p)
      } catch {
        console.error("\(error)")
        return 3
      }
    }
    let session = Session(registry: registry, console: console)
    if let w = args.workers { session.workers = w }
    let runner = ScriptRunner(session: session, keepGoing: args.keepGoing)
    session.readScript = { path in try runner.runFile(path, nested: true) }
    nlp_install_sigint { _ in Cancellation.request() }
    Cancellation.unblockSIGINT()

    if !args.noInit { runner.runInitFile(args.initFile) }
    for p in args.paths {
      do { try session.load(p) } catch { console.error("\(error)") }
    }
    do {
      for (kind, text) in args.commands {
        switch kind {
        case .command: try runner.runLines([text], origin: "-c")
        case .file: try runner.runFile(text, nested: false)
        }
      }
      if scripted && !interactive { return 0 }
      if !stdinIsTTY || args.noReadline {
        try runner.runStream(origin: "<stdin>")
        return 0
      }
    } catch is QuitRequest {
      return 0
    } catch let e as ScriptRunner.Stop {
      return e.status
    } catch {
      console.error("\(error)")
      return 1
    }
    return Interactive(session: session, runner: runner, quiet: args.quiet).loop()
  }
}

/// Runs command lines from scripts; stops at the first error unless told to keep going.
final class ScriptRunner {
  struct Stop: Error { var status: Int32 }
  let session: Session
  let keepGoing: Bool
  private var depth = 0

  init(session: Session, keepGoing: Bool) {
    self.session = session
    self.keepGoing = keepGoing
  }

  func runInitFile(_ explicit: String?) {
    let env = ProcessInfo.processInfo.environment
    let configHome = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.config")
    let path = explicit ?? configHome + "/nlpsh/init"
    guard FileManager.default.fileExists(atPath: path) else {
      if explicit != nil { session.console.error("init file not found: \(path)") }
      return
    }
    // Errors in the init file are reported with FILE:LINE and skipped.
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
    for (i, line) in logicalLines(text.components(separatedBy: "\n")) {
      do { try session.execute(line) } catch { session.console.error("\(error)", at: "\(path):\(i)") }
    }
  }

  func runFile(_ path: String, nested: Bool) throws {
    if path == "-" { return try runStream(origin: "<stdin>") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ShellError("cannot read script \(path): \(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")")
    }
    let text = String(decoding: data, as: UTF8.self)
    depth += 1
    defer { depth -= 1 }
    if depth > 16 { throw ShellError("scripts nested more than 16 deep (does \(path) read itself?)") }
    try runNumbered(logicalLines(text.components(separatedBy: "\n")), origin: path)
  }

  func runLines(_ lines: [String], origin: String) throws {
    try runNumbered(logicalLines(lines), origin: origin)
  }

  func runStream(origin: String) throws {
    var pending = ""
    var lineNo = 0
    var startLine = 1
    while let raw = readLine(strippingNewline: true) {
      lineNo += 1
      if pending.isEmpty { startLine = lineNo }
      let (text, more) = continuation(pending, raw)
      pending = text
      if more { continue }
      try runNumbered([(startLine, pending)], origin: origin)
      pending = ""
    }
    if !pending.isEmpty { try runNumbered([(startLine, pending)], origin: origin) }
  }

  private func runNumbered(_ lines: [(Int, String)], origin: String) throws {
    for (n, line) in lines {
      do {
        try session.execute(line)
        if Cancellation.isRequested {
          Cancellation.reset()
          session.console.error("interrupted", at: "\(origin):\(n)")
          throw Stop(status: 130)
        }
      } catch let e as QuitRequest {
        throw e
      } catch let e as Stop {
        throw e
      } catch {
        session.console.error("\(error)", at: "\(origin):\(n)")
        if !keepGoing { throw Stop(status: 1) }
      }
    }
  }
}

/// Joins continued lines (ending in `|` or `\`) and numbers them by their first line.
func logicalLines(_ lines: [String]) -> [(Int, String)] {
  var out: [(Int, String)] = []
  var pending = ""
  var start = 1
  for (i, raw) in lines.enumerated() {
    if pending.isEmpty { start = i + 1 }
    let (text, more) = continuation(pending, raw)
    pending = text
    if !more {
      out.append((start, pending))
      pending = ""
    }
  }
  if !pending.isEmpty { out.append((start, pending)) }
  return out
}

/// Adds `line` to `pending`; true when the command goes on to the next line.
func continuation(_ pending: String, _ line: String) -> (String, Bool) {
  var l = line
  var more = false
  let t = l.trimmingCharacters(in: .whitespaces)
  if t.hasSuffix("\\") {
    l = String(t.dropLast())
    more = true
  } else if t.hasSuffix("|") && !t.hasPrefix("#") {
    more = true
  }
  let joined = pending.isEmpty ? l : pending + " " + l.trimmingCharacters(in: .whitespaces)
  return (joined, more)
}
