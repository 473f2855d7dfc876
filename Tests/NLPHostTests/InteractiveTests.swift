// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import Testing
@testable import NLPHost

/// Drives the interactive shell through a real pseudo-terminal (tmux).
@Suite(.serialized) struct InteractiveTests {
  final class Terminal {
    let name = "nlpsh-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

    init(_ command: String, env: [String: String]) throws {
      let vars = env.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
      let r = spawnAndWait(
        ["tmux", "new-session", "-d", "-s", name, "-x", "150", "-y", "50",
         "cd '\(packageRoot)' && env \(vars) \(command); echo EXIT=$?; sleep 60"])
      guard r.status == 0 else { throw ShellError("tmux is needed for this test (apt-get install tmux)") }
    }

    deinit { spawnAndWait(["tmux", "kill-session", "-t", name]) }

    func send(_ keys: String...) throws {
      spawnAndWait(["tmux", "send-keys", "-t", name] + keys)
    }

    func screen() throws -> String {
      spawnAndWait(["tmux", "capture-pane", "-p", "-t", name, "-S", "-200"]).stdout
    }

    /// The last non-empty line on screen.
    func lastLine() throws -> String {
      try screen().split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Waits until `predicate` holds for the screen, up to `seconds`.
    @discardableResult
    func wait(_ seconds: Double = 20, for predicate: (String) -> Bool) throws -> String {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        let s = try screen()
        if predicate(s) { return s }
        usleep(100_000)
      }
      return try screen()
    }
  }

  let history = NSTemporaryDirectory() + "nlpsh-history-\(getpid())"

  func start(_ extra: String = "") throws -> Terminal {
    let t = try Terminal(
      "\(nlpshPath) -p \(try fixturePlugin("sleepy")) \(extra) samples/",
      env: ["NLPSH_HISTORY": history, "NO_COLOR": "1", "XDG_CONFIG_HOME": NSTemporaryDirectory() + "nlpsh-none"])
    let s = try t.wait { $0.contains("nlpsh> ") }
    #expect(s.contains("Enter help for usage hints"))
    return t
  }

  @Test func completionHistoryCancelAndExit() throws {
    try? FileManager.default.removeItem(atPath: history)
    // A corpus big enough that `run sleepy` takes seconds (50 ms per document).
    let big = NSTemporaryDirectory() + "nlpsh-many-\(getpid())"
    try FileManager.default.createDirectory(atPath: big, withIntermediateDirectories: true)
    for i in 0..<300 { try "Document \(i).".write(toFile: "\(big)/\(i).txt", atomically: true, encoding: .utf8) }

    let t = try start()
    func complete(_ typed: String, _ expected: String) throws {
      try t.send("C-u")
      try t.send("-l", typed)
      try t.send("Tab")
      // The terminal does not keep trailing spaces, so compare without them.
      let want = ("nlpsh> " + expected).trimmingCharacters(in: .whitespaces)
      let s = try t.wait(5) { $0.split(separator: "\n").last.map(String.init) == want }
      #expect(s.split(separator: "\n").last.map(String.init) == want, "completing '\(typed)'")
    }
    try complete("lo", "load ")
    try complete("help senten", "help sentences ")
    try complete("sentences(min", "sentences(min_chars=")
    try complete("langid | quo", "langid | quotes ")
    try complete("show en-bri", "show en-bridge-closure.txt ")
    try complete("load samp", "load samples/")
    try t.send("C-u")

    try t.send("-l", "load \(big)")
    try t.send("Enter")
    try t.wait { $0.contains("loaded 300 documents") }
    try t.send("-l", "run sleepy")
    try t.send("Enter")
    try t.wait(10) { $0.contains("docs") && $0.contains("ETA") }  // the progress bar
    try t.send("C-c")
    let cancelled = try t.wait(10) { $0.contains("(cancelled after ") }
    #expect(cancelled.contains("/326 documents; results so far are kept)"))
    try t.wait(5) { $0.hasSuffix("nlpsh> \n") || $0.split(separator: "\n").last == "nlpsh> " }
    try t.send("-l", "docs")
    try t.send("Enter")
    // (the listing's own last line, not the "/326 documents" of the cancellation above, which a busy
    // machine may still show when the command is typed)
    func listed(_ screen: String) -> Bool {
      screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "326 documents" }
    }
    #expect(listed(try t.wait(10) { listed($0) }))
    // Ctrl-C at the prompt clears the line and keeps the shell.
    try t.send("-l", "half typed")
    try t.send("C-c")
    try t.send("C-d")
    #expect(try t.wait { $0.contains("EXIT=") }.contains("EXIT=0"))

    // History survives a restart.
    let again = try start()
    try again.send("Up")
    let s = try again.wait(5) { $0.split(separator: "\n").last == "nlpsh> docs" }
    #expect(s.split(separator: "\n").last == "nlpsh> docs")
    try again.send("C-u", "C-d")
    #expect(try again.wait { $0.contains("EXIT=") }.contains("EXIT=0"))
    let saved = try String(contentsOfFile: history, encoding: .utf8)
    #expect(saved.contains("run sleepy"))
    #expect(!saved.contains("half typed"))
  }
}
