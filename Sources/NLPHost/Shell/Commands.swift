// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation

/// A shell command: its name, help text, how to complete its arguments, and what it does.
struct CommandSpec {
  enum ArgumentKind { case none, paths, chain, documents, types, stagesAndCommands, filter, settings, path }
  var name: String
  var aliases: [String] = []
  var usage: String
  var summary: String
  var details: String = ""
  var arguments: ArgumentKind = .none
  var run: (Session, String) throws -> Void
}

extension Session {
  static let commands: [CommandSpec] = [
    CommandSpec(
      name: "help", aliases: ["?"], usage: "help [COMMAND|STAGE]", summary: "list commands, or explain one command or stage",
      arguments: .stagesAndCommands, run: { s, a in try s.help(a) }),
    CommandSpec(
      name: "load", aliases: ["open"], usage: "load PATH…",
      summary: "add documents: .txt files, folders (recursively), globs, JSON Lines",
      details: """
        A document's id is its path relative to what you named (a folder or a glob's
        fixed part), or the "id" field of a JSON Lines record; the record's other
        fields (dct, lang, …) become document attributes. Invalid UTF-8 is replaced
        (with a warning); binary files are skipped. Loading an id again replaces it.
        """,
      arguments: .paths,
      run: { s, a in
        let paths = splitArguments(a)
        if paths.isEmpty { throw ShellError("load needs a path: load samples/") }
        var firstError: Error?
        for p in paths {
          do { try s.load(p) } catch { if firstError == nil { firstError = error } else { s.console.error("\(error)") } }
        }
        if let firstError { throw firstError }
      }),
    CommandSpec(
      name: "clear", usage: "clear", summary: "forget every loaded document and filter",
      run: { s, _ in
        s.clear()
        s.console.note("corpus cleared")
      }),
    CommandSpec(
      name: "stages", aliases: ["plugins"], usage: "stages", summary: "list the loaded stages with their metadata",
      run: { s, _ in s.listStages() }),
    CommandSpec(
      name: "plugin", usage: "plugin PATH | plugin reload STAGE|PATH",
      summary: "load a stage plugin from a shared object, or load a rebuilt one in place of the old",
      details: """
        Plugins are also found at start-up in $NLPSH_PLUGIN_PATH, next to the nlpsh
        executable and in ~/.local/share/nlpsh/plugins. A plugin whose stage name is
        already loaded is refused: after rebuilding it, `plugin reload STAGE` reads
        its file again (the loaded corpus and results stay; results of the old
        version keep their provenance, see show).
        """,
      arguments: .path,
      run: { s, a in
        var paths = splitArguments(a)
        if paths.first == "reload" {
          paths.removeFirst()
          if paths.isEmpty { throw ShellError("plugin reload needs a stage name or a path: plugin reload quotes") }
          for p in paths {
            let (old, new) = try s.registry.reload(p)
            s.console.note("reloaded stage \(new.name): \(old.version) → \(new.version) from \(new.originalPath)")
          }
          return
        }
        if paths.isEmpty { throw ShellError("plugin needs the path of a shared object: plugin ./libMyStage.so") }
        for p in paths {
          let info = try s.registry.load(p)
          s.console.note("loaded stage \(info.name) \(info.version) from \(info.path)")
        }
      }),
    CommandSpec(
      name: "run", usage: "run CHAIN", summary: "run a chain of stages over the working set",
      details: """
        CHAIN is stages joined by |, each with optional options:
          run langid | quotes | dates(dct=2021-09-02) | numbers
        A line that starts with a stage name runs too: langid | quotes
        Each stage's earlier results are replaced. Ctrl-C stops the run; the
        documents done so far keep their results. Per-stage timing follows.
        """,
      arguments: .chain, run: { s, a in try s.run(chain: a) }),
    CommandSpec(
      name: "docs", aliases: ["ls"], usage: "docs", summary: "a table of the working set: id, language, size, annotation counts",
      run: { s, _ in s.listDocuments() }),
    CommandSpec(
      name: "show", aliases: ["cat"], usage: "show DOC [TYPE…]",
      summary: "one document with its annotations highlighted (DOC: id, part of an id, or row number)",
      details: "With TYPEs, only annotations of those types are shown: show da-havn quote date",
      arguments: .documents, run: { s, a in try s.showDocument(a) }),
    CommandSpec(
      name: "list", aliases: ["find"], usage: "list TYPE [KEY=VALUE|KEY~TEXT…]",
      summary: "annotations of one type across the working set, with their attributes",
      details: """
        list quote                    every quote with speaker and cue
        list quote speaker~Lund       quotes whose speaker contains "Lund"
        list quote any~Doyle          quotes with "Doyle" in any attribute (speaker_resolved too)
        list date value~2024-03       dates in March 2024
        list number unit=%            percentages
        """,
      arguments: .types, run: { s, a in try s.listAnnotations(a) }),
    CommandSpec(
      name: "filter", aliases: ["where"], usage: "filter [KEY=VALUE|KEY!=VALUE|KEY~TEXT|clear]",
      summary: "narrow the working set; filter alone shows the filters",
      details: """
        Keys are document attributes (lang, dct, any input metadata) and:
          id     the document id          has    an annotation type present
          stage  a stage that annotated   failed a stage that failed on it
        filter lang=da,sv   filter lang!=en   filter has=quote   filter id~oslo   filter clear
        """,
      arguments: .filter, run: { s, a in try s.filter(a) }),
    CommandSpec(
      name: "export", usage: "export FILE|-",
      summary: "write the working set as JSON Lines (the batch mode's format)", arguments: .path,
      run: { s, a in try s.export(a) }),
    CommandSpec(
      name: "timing", aliases: ["timer"], usage: "timing [N]",
      summary: "per-stage timing of the last run, and the N slowest documents (default 5)",
      run: { s, a in
        guard let r = s.lastReport else { throw ShellError("nothing has run yet") }
        s.printTiming(r)
        let n = Int(a.trimmed()) ?? 5
        var rows: [[String]] = []
        let slowest = s.workingSet.map { d in (d, d.timings.reduce(0) { $0 + $1.nanos }) }
          .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(n)
        for (d, total) in slowest {
          let parts = d.timings.map { "\($0.stage) \(formatSeconds(Double($0.nanos) / 1e9))" }.joined(separator: ", ")
          rows.append([d.id, formatBytes(d.utf8.count), formatSeconds(Double(total) / 1e9), parts])
        }
        if !rows.isEmpty {
          s.console.print("")
          for l in renderTable(["slowest documents", "size", "time", "per stage"], rows, maxWidth: s.console.width) {
            s.console.print(l)
          }
        }
      }),
    CommandSpec(
      name: "set", usage: "set [color on|off] [maxrows N] [workers N]", summary: "change a setting; set alone shows them",
      arguments: .settings, run: { s, a in try s.set(a) }),
    CommandSpec(
      name: "read", aliases: ["source"], usage: "read FILE", summary: "run the commands in a script file",
      arguments: .path,
      run: { s, a in
        guard let path = splitArguments(a).first else { throw ShellError("read needs a file: read samples/tour.nlpsh") }
        guard let r = s.readScript else { throw ShellError("scripts cannot be read here") }
        try r(path)
      }),
    CommandSpec(
      name: "quit", aliases: ["exit", "q"], usage: "quit", summary: "leave the shell (Ctrl-D works too)",
      run: { _, _ in throw QuitRequest() }),
  ]
}

/// Thrown by `quit`; the executable ends the session.
public struct QuitRequest: Error {}

extension Session {
  func help(_ arg: String) throws {
    let topic = arg.trimmed()
    if topic.isEmpty {
      console.print("Commands:")
      let w = Session.commands.map { $0.usage.count }.max() ?? 0
      for c in Session.commands {
        console.print("  " + c.usage.padding(toLength: w, withPad: " ", startingAt: 0) + "  " + c.summary)
      }
      console.print("")
      console.print("Stages: \(registry.names.joined(separator: ", "))   (help STAGE for one)")
      console.print("A line with | runs a chain: langid | quotes | dates | numbers")
      return
    }
    if let c = Session.commands.first(where: { $0.name == topic || $0.aliases.contains(topic) }) {
      console.print("\(c.usage)\n  \(c.summary)")
      if !c.aliases.isEmpty { console.print("  also: \(c.aliases.joined(separator: ", "))") }
      if !c.details.isEmpty { console.print(""); console.print(c.details) }
      return
    }
    if let p = registry.plugin(named: topic) {
      console.print(stageHelp(p.info))
      return
    }
    var msg = "no command or stage '\(topic)'"
    if let s = closest(to: topic, among: Session.commands.map(\.name) + registry.names).first {
      msg += " — did you mean '\(s)'?"
    }
    throw ShellError(msg)
  }

  func stageHelp(_ i: StageInfo) -> String {
    var lines = [
      console.paint(i.name, .bold) + " \(i.version) — \(i.summary)",
      "  languages: \(i.languages.isEmpty ? "*" : i.languages.joined(separator: ", "))",
    ]
    func describe(_ l: [String]) -> String {
      l.isEmpty ? "—" : l.map { $0.hasPrefix("@") ? "\($0.dropFirst()) (document attribute)" : $0 }.joined(separator: ", ")
    }
    lines.append("  requires:  \(describe(i.requires))")
    if !i.reads.isEmpty { lines.append("  reads:     \(describe(i.reads))") }
    lines.append("  provides:  \(describe(i.provides))")
    if i.options.isEmpty {
      lines.append("  options:   none")
    } else {
      lines.append("  options:")
      for o in i.options {
        var t = "    \(o.name)=\(o.choices?.joined(separator: "|") ?? o.kind.label)"
        if !o.defaultValue.isEmpty { t += " (default \(o.defaultValue))" }
        lines.append(t)
        lines.append("        \(o.doc)")
      }
    }
    lines.append("  from: \(i.path)")
    return lines.joined(separator: "\n")
  }

  func listStages() {
    if registry.plugins.isEmpty {
      console.print("no stages loaded (plugin PATH loads one)")
      return
    }
    let rows = registry.plugins.map { p -> [String] in
      let i = p.info
      return [i.name, i.version, i.provides.joined(separator: ","), i.options.map(\.name).joined(separator: ","), i.summary]
    }
    for l in renderTable(["stage", "version", "provides", "options", "summary"], rows, maxWidth: console.width) {
      console.print(l)
    }
  }

  func listDocuments() {
    let ws = workingSet
    if ws.isEmpty {
      console.print(corpus.isEmpty ? "no documents (load PATH)" : "no documents match the filter (\(filters.map(\.description).joined(separator: " ")))")
      return
    }
    var types = Set<String>()
    for d in ws { for a in d.annotations { types.insert(a.type) } }
    let typeList = types.sorted()
    let limit = console.interactive ? maxRows : Int.max
    var rows: [[String]] = []
    for (i, d) in ws.prefix(limit).enumerated() {
      let counts = d.annotationCounts
      var row = [String(i + 1), d.id, d.lang ?? "", formatBytes(d.utf8.count)]
      row += typeList.map { counts[$0].map(String.init) ?? "" }
      if !d.failures.isEmpty { row[1] += " (failed: \(d.failures.map(\.stage).joined(separator: ",")))" }
      rows.append(row)
    }
    let header = ["#", "id", "lang", "size"] + typeList
    for l in renderTable(header, rows, maxWidth: console.width, rightAligned: Set([0, 3] + (0..<typeList.count).map { $0 + 4 })) {
      console.print(l)
    }
    if ws.count > limit { console.print("… \(ws.count - limit) more documents (set maxrows N to show more)") }
    var footer = "\(ws.count) document\(ws.count == 1 ? "" : "s")"
    if !filters.isEmpty { footer += " of \(corpus.count) (filter: \(filters.map(\.description).joined(separator: " ")))" }
    console.print(footer)
  }

  func listAnnotations(_ arg: String) throws {
    let args = splitArguments(arg)
    guard let type = args.first else {
      let types = Set(workingSet.flatMap { $0.annotations.map(\.type) }).sorted()
      throw ShellError("list needs an annotation type\(types.isEmpty ? " (run a chain first)" : ": one of \(types.joined(separator: ", "))")")
    }
    let conditions = try args.dropFirst().map { try DocFilter.parse($0) }
    var found: [(doc: Document, annotation: Annotation)] = []
    var total = 0
    for d in workingSet {
      for a in d.annotations where a.type == type {
        let ok = conditions.allSatisfy { c in
          // `any` looks at every attribute: any~Doyle finds a speaker or a resolved speaker.
          let values: [String?] =
            c.key == "any" ? a.attrs.map { $0.value.description }
            : [c.key == "text" ? d.text(a.start, a.end) : (c.key == "stage" ? a.stage : a.attrs[c.key]?.description)]
          switch c.op {
          case .equal: return values.contains { $0 == c.value }
          case .notEqual: return !values.contains { $0 == c.value }
          case .contains: return values.contains { $0?.localizedCaseInsensitiveContains(c.value) ?? false }
          }
        }
        if !ok { continue }
        total += 1
        if console.interactive && found.count >= maxRows { continue }
        found.append((d, a))
      }
    }
    if total == 0 {
      let types = Set(workingSet.flatMap { $0.annotations.map(\.type) }).sorted()
      if types.contains(type) && !conditions.isEmpty {
        let all = workingSet.reduce(0) { n, d in n + d.annotations.filter { $0.type == type }.count }
        console.print("no \(type) annotations match \(args.dropFirst().joined(separator: " ")) (\(all) \(type) annotation\(all == 1 ? "" : "s") in all)")
        return
      }
      console.print("no \(type) annotations" + (types.isEmpty || types.contains(type) ? "" : " (types present: \(types.joined(separator: ", ")))"))
      return
    }
    // One column per attribute key, in first-seen order.
    var attrKeys: [String] = []
    for (_, a) in found { for (k, _) in a.attrs where !attrKeys.contains(k) { attrKeys.append(k) } }
    let table = found.map { (d, a) -> [String] in
      [d.id, d.text(a.start, a.end).replacingOccurrences(of: "\n", with: " ")]
        + attrKeys.map { a.attrs[$0]?.description ?? "" }
    }
    for l in renderTable(["document", "text"] + attrKeys, table, maxWidth: console.width) { console.print(l) }
    if total > found.count { console.print("… \(total - found.count) more (set maxrows N to show more)") }
    console.print("\(total) \(type) annotation\(total == 1 ? "" : "s")")
  }

  func filter(_ arg: String) throws {
    let a = arg.trimmed()
    if a.isEmpty {
      console.print(filters.isEmpty ? "no filter: all \(corpus.count) documents" : "filter: \(filters.map(\.description).joined(separator: " ")) — \(workingSet.count) of \(corpus.count) documents")
      return
    }
    if a == "clear" || a == "reset" || a == "off" {
      clearFilters()
      console.note("filter cleared: \(corpus.count) documents")
      return
    }
    for part in splitArguments(a) { addFilter(try DocFilter.parse(part)) }
    console.note("\(workingSet.count) of \(corpus.count) documents match \(filters.map(\.description).joined(separator: " "))")
  }

  func export(_ arg: String) throws {
    guard let path = splitArguments(arg).first else { throw ShellError("export needs a file name, or - for the screen") }
    let lines = workingSet.map(JSONLWriter.line(for:))
    if path == "-" {
      lines.forEach(console.print)
      return
    }
    let text = lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw ShellError("cannot write \(path): \((error as NSError).localizedDescription)")
    }
    console.note("wrote \(lines.count) documents to \(path)")
  }

  func set(_ arg: String) throws {
    let args = splitArguments(arg)
    if args.isEmpty {
      console.print("color \(console.color ? "on" : "off")\nmaxrows \(maxRows)\nworkers \(workers)")
      return
    }
    guard args.count == 2 else { throw ShellError("set takes a name and a value: set maxrows 100") }
    switch args[0] {
    case "color", "colour":
      guard ["on", "off"].contains(args[1]) else { throw ShellError("set color takes on or off") }
      console.color = args[1] == "on"
    case "maxrows":
      guard let n = Int(args[1]), n > 0 else { throw ShellError("set maxrows takes a positive number") }
      maxRows = n
    case "workers":
      guard let n = Int(args[1]), n > 0 else { throw ShellError("set workers takes a positive number") }
      workers = n
    default:
      throw ShellError("no setting '\(args[0])' (color, maxrows, workers)")
    }
  }
}
