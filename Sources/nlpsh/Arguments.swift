// SPDX-License-Identifier: GPL-3.0-or-later
import NLPHost

/// The command line, parsed by hand: the shell has few flags and no dependency for them.
struct Arguments {
  enum ColorMode: String { case auto, always, never }

  var commands: [(kind: Kind, text: String)] = []
  enum Kind { case command, file }
  var interactiveAfter = false
  var quiet = false
  var noInit = false
  var initFile: String?
  var color = ColorMode.auto
  var plugins: [String] = []
  var paths: [String] = []
  var noReadline = false
  var keepGoing = false
  // batch mode: nlpsh run --chain …
  var batch = false
  var chain: String?
  var workers: Int?
  var help = false
  var version = false
  // nlpsh new-stage NAME [--sdk PATH] [--dir DIR]
  var newStage: String?
  var sdk: String?
  var dir: String?

  struct UsageError: Error { var message: String }

  static func parse(_ args: [String]) throws -> Arguments {
    var a = Arguments()
    var i = 0
    if args.first == "run" {
      a.batch = true
      i = 1
    } else if args.first == "new-stage" {
      if args.count >= 2, args[1] == "-h" || args[1] == "--help" {
        a.help = true
        return a
      }
      guard args.count >= 2, !args[1].hasPrefix("-") else {
        throw UsageError(message: "new-stage needs a stage name: nlpsh new-stage my_stage")
      }
      a.newStage = args[1]
      i = 2
    }
    func value(_ flag: String) throws -> String {
      i += 1
      guard i < args.count else { throw UsageError(message: "\(flag) needs a value") }
      return args[i]
    }
    var onlyPaths = false
    while i < args.count {
      let arg = args[i]
      if onlyPaths || arg == "-" || !arg.hasPrefix("-") {
        a.paths.append(arg)
        i += 1
        continue
      }
      var name = arg
      var inline: String?
      if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
        name = String(arg[..<eq])
        inline = String(arg[arg.index(after: eq)...])
      }
      func val() throws -> String { try inline ?? value(name) }
      switch name {
      case "--": onlyPaths = true
      case "-c", "--command": a.commands.append((.command, try val()))
      case "-f", "--file": a.commands.append((.file, try val()))
      case "-i", "--interactive": a.interactiveAfter = true
      case "-q", "--quiet": a.quiet = true
      case "-X", "--no-init": a.noInit = true
      case "--init": a.initFile = try val()
      case "--color", "--colour":
        let v = try val()
        guard let m = ColorMode(rawValue: v) else {
          throw UsageError(message: "--color takes auto, always or never, not '\(v)'")
        }
        a.color = m
      case "-p", "--plugin": a.plugins.append(try val())
      case "--no-readline": a.noReadline = true
      case "--keep-going": a.keepGoing = true
      case "--chain": a.chain = try val()
      case "--sdk": a.sdk = try val()
      case "--dir": a.dir = try val()
      case "-j", "--workers":
        let v = try val()
        guard let n = Int(v), n > 0 else { throw UsageError(message: "--workers takes a positive number, not '\(v)'") }
        a.workers = n
      case "-h", "--help": a.help = true
      case "--version": a.version = true
      default:
        var msg = "unknown option '\(name)'"
        let known = ["--command", "--file", "--interactive", "--quiet", "--no-init", "--init", "--color",
                     "--plugin", "--no-readline", "--keep-going", "--chain", "--workers", "--help", "--version",
                     "--sdk", "--dir"]
        if let s = closest(to: name, among: known).first { msg += " — did you mean '\(s)'?" }
        throw UsageError(message: msg)
      }
      i += 1
    }
    // "nlpsh run --help" asks for the usage, not for a chain
    if a.help || a.version { return a }
    if a.batch && a.chain == nil { throw UsageError(message: "run needs --chain, e.g. nlpsh run --chain 'langid|quotes' FILE…") }
    if a.batch && a.paths.isEmpty { throw UsageError(message: "run needs at least one input: a file, a folder, a glob, or - for JSON Lines on stdin") }
    return a
  }

  static let usage = """
    nlpsh — explore multilingual news corpora with chains of stage plugins

    Usage:
      nlpsh [options] [PATH…]                  interactive shell (PATHs are loaded first)
      nlpsh run --chain CHAIN [options] PATH…  batch mode: one JSON object per document on stdout
      nlpsh new-stage NAME [--dir DIR] [--sdk PATH]
                                               a new Swift stage package to edit and build

    Options:
      -c, --command CMD   run a shell command (repeatable, in order)
      -f, --file FILE     run the commands in FILE (repeatable; - reads stdin)
      -i, --interactive   stay interactive after -c/-f
      -p, --plugin PATH   load a stage plugin (repeatable)
      -q, --quiet         no banner or progress
      -X, --no-init       skip the init file ($XDG_CONFIG_HOME/nlpsh/init)
          --init FILE     read this init file instead
          --color WHEN    auto (default), always or never; NO_COLOR is honoured
          --no-readline   read commands as plain lines even on a terminal
          --keep-going    in scripts, go on after an error (default: stop)
      -j, --workers N     worker threads (default: all cores)
          --chain CHAIN   the stages for run, e.g. 'langid | quotes | dates(dct=2021-09-02)'
      -h, --help          this text;  --version  the version

    Inputs: .txt files, folders (recursively), globs ('news/*.txt'), JSON Lines
    ({"id", "text", …metadata}); - is JSON Lines on stdin.
    Plugins are found in $NLPSH_PLUGIN_PATH, next to the executable, and in
    ~/.local/share/nlpsh/plugins. Exit status: 0 ok, 1 command or stage error,
    2 usage, 3 plugin load failure, 130 interrupted.
    """
}
