// SPDX-License-Identifier: GPL-3.0-or-later
import CReadline
import Foundation
import NLPHost

// readline has no user-data pointer: its callbacks reach the session through these.
private var completionSession: Session?
private var completionMatches: [String] = []
private var completionIndex = 0
/// True while readline waits for a line (Ctrl-C then clears the line instead of cancelling).
private var atPrompt = false

/// The interactive prompt: GNU readline with history, completion and Ctrl-C handling.
struct Interactive {
  let session: Session
  let runner: ScriptRunner
  let quiet: Bool

  func loop() -> Int32 {
    let console = session.console
    completionSession = session
    // readline keeps these pointers: give it copies that live forever.
    nlp_rl_set_readline_name(strdup("nlpsh"))
    nlp_rl_set_catch_signals(0)
    nlp_rl_set_completer_word_breaks(strdup(" \t\n|(,"))
    nlp_rl_set_attempted_completion { text, start, _ in
      guard let session = completionSession, let text else { return nil }
      let line = String(cString: nlp_rl_line_buffer())
      let prefix = String(decoding: Array(line.utf8.prefix(Int(start))), as: UTF8.self)
      guard let matches = session.completions(line: line, wordStart: prefix.count) else {
        nlp_rl_set_completion_over(0)  // file names: readline's own completion
        return nil
      }
      nlp_rl_set_completion_over(1)
      completionMatches = matches
      completionIndex = 0
      let noSpace = !matches.isEmpty && matches.allSatisfy { $0.hasSuffix("=") || $0.hasSuffix("~") }
      nlp_rl_set_completion_append_character(noSpace ? 0 : 32)
      return rl_completion_matches(text) { _, state in
        if state == 0 { completionIndex = 0 }
        guard completionIndex < completionMatches.count else { return nil }
        defer { completionIndex += 1 }
        return strdup(completionMatches[completionIndex])
      }
    }
    // Ctrl-C at the prompt drops the line and shows a fresh prompt; during a
    // command it asks the command to stop.
    nlp_install_sigint { _ in
      if atPrompt {
        nlp_rl_reset_line()
      } else {
        Cancellation.request()
      }
    }

    let history = History()
    history.load()
    if !quiet {
      var banner = "nlpsh \(nlpshVersion) — \(session.registry.names.count) stages (\(session.registry.names.joined(separator: ", ")))"
      if !session.corpus.isEmpty { banner += ", \(session.corpus.count) documents" }
      console.print(banner)
      console.print("Enter help for usage hints, Ctrl-D to leave.")
    }
    var pending = ""
    while true {
      Cancellation.reset()
      let prompt = pending.isEmpty ? "nlpsh> " : "  ...> "
      atPrompt = true
      let read = readline(prompt)
      atPrompt = false
      guard let raw = read else {
        console.print("")
        return 0
      }
      let line = String(cString: raw)
      free(raw)
      let (text, more) = continuation(pending, line)
      if more {
        pending = text
        continue
      }
      pending = ""
      if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      history.add(text)
      do {
        try session.execute(text)
      } catch is QuitRequest {
        return 0
      } catch let e as ScriptRunner.Stop {
        _ = e  // a script read with `read` stopped; its error is printed
      } catch {
        console.error("\(error)")
      }
    }
  }
}

/// Persistent history in `$NLPSH_HISTORY` or `$XDG_STATE_HOME/nlpsh/history`.
struct History {
  let path: String?

  init() {
    let env = ProcessInfo.processInfo.environment
    if let p = env["NLPSH_HISTORY"] {
      path = (p.isEmpty || p == "/dev/null") ? nil : p
    } else {
      let state = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/state")
      path = state + "/nlpsh/history"
    }
  }

  func load() {
    using_history()
    stifle_history(2000)
    guard let path else { return }
    try? FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    if read_history(path) != 0 { write_history(path) }
  }

  func add(_ line: String) {
    add_history(line)
    guard let path else { return }
    if append_history(1, path) != 0 { write_history(path) }
    history_truncate_file(path, 2000)
  }
}
