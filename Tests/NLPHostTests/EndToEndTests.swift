// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import Testing
@testable import NLPHost

/// Drives the real nlpsh executable.
@Suite struct EndToEndTests {
  /// Checks one output line against SCHEMA.md; returns the parsed object.
  func validate(_ line: Substring, texts: [String: String]) throws -> [String: Any] {
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let id = try #require(obj["id"] as? String)
    let text = try #require(texts[id], "unknown id \(id)")
    #expect(obj.keys.contains("lang"))
    #expect(obj.keys.contains("dct"))
    if let lang = obj["lang"] as? String { #expect(lang == "und" || (2...3).contains(lang.count)) }
    let scalars = Array(text.unicodeScalars)
    for a in try #require(obj["annotations"] as? [[String: Any]]) {
      let start = try #require(a["start"] as? Int), end = try #require(a["end"] as? Int)
      #expect(0 <= start && start <= end && end <= scalars.count)
      var s = String.UnicodeScalarView()
      s.append(contentsOf: scalars[start..<end])
      #expect(String(s) == a["text"] as? String, "offsets of \(a) in \(id)")
      #expect(a["stage"] is String && a["type"] is String && a["attrs"] is [String: Any])
    }
    return obj
  }

  func sampleTexts() throws -> [String: String] {
    var texts: [String: String] = [:]
    for d in try CorpusLoader().load(packageRoot + "/samples") { texts[d.id] = d.text }
    return texts
  }

  @Test func batchOutputFollowsTheSchema() throws {
    let r = try nlpsh(["run", "--chain", "langid | sentences | quotes | dates | numbers", "samples/"])
    #expect(r.status == 0, "\(r.stderr)")
    let texts = try sampleTexts()
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == texts.count)
    for l in lines { _ = try validate(l, texts: texts) }
  }

  @Test func batchReadsJSONLinesFromStdin() throws {
    let input = """
      {"id": "e1", "text": "Ünïcödé 😀 first. Second x.", "dct": "2021-09-02", "lang": "en"}
      {"id": "e2", "text": "العربية. نص ثاني."}
      """
    let r = try nlpsh(["run", "--chain", "sentences", "-"], stdin: input)
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    let first = try validate(lines[0], texts: ["e1": "Ünïcödé 😀 first. Second x.", "e2": "العربية. نص ثاني."])
    #expect(first["dct"] as? String == "2021-09-02")
    #expect(first["lang"] as? String == "en")
    let anns = try #require(first["annotations"] as? [[String: Any]])
    #expect(anns.map { $0["start"] as! Int } == [0, 17])
    #expect(anns.map { $0["text"] as! String } == ["Ünïcödé 😀 first.", "Second x."])
    _ = try validate(lines[1], texts: ["e2": "العربية. نص ثاني."])
  }

  @Test func batchErrorsAndUsage() throws {
    let r = try nlpsh(["run", "--chain", "langid | quotse", "samples/"])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("error: unknown stage 'quotse' — did you mean 'quotes'?"))
    #expect(r.stdout.isEmpty)
    let u = try nlpsh(["run", "samples/"])
    #expect(u.status == 2)
    #expect(u.stderr.contains("run needs --chain"))
    for args in [["run", "--help"], ["new-stage", "-h"]] {
      let h = try nlpsh(args)
      #expect(h.status == 0, "\(args)")
      #expect(h.stdout.contains("nlpsh run --chain CHAIN [options] PATH…"), "\(args)")
    }
    let m = try nlpsh(["run", "--chain", "sentences", "/no/such/dir", "samples/wire.jsonl"])
    #expect(m.status == 1)
    #expect(m.stderr.contains("error: no such file or folder: /no/such/dir"))
    #expect(m.stdout.split(separator: "\n").count == 4)
    let bad = try nlpsh(["--colr", "never"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("unknown option '--colr' — did you mean '--color'?"))
  }

  @Test func repeatedCommandFlagsRunInOrder() throws {
    let r = try nlpsh(["-c", "load samples/wire.jsonl", "-c", "run sentences", "-c", "filter lang=da,de", "-c", "docs"])
    #expect(r.status == 0, "\(r.stderr)")
    let rows = r.stdout.split(separator: "\n").filter { $0.contains("wire-") }
    #expect(rows.count == 2)
    #expect(rows[0].contains("wire-da-0001"))
    let timing = try nlpsh(["-c", "load samples/wire.jsonl", "-c", "run sentences", "-c", "timing 2"])
    #expect(timing.stdout.contains("slowest documents"))
    #expect(timing.stdout.split(separator: "\n").filter { $0.hasPrefix("wire-") }.count == 2)
    #expect(r.stdout.contains("2 documents of 4 (filter: lang=da,de)"))
  }

  @Test func scriptFileStopsAtFirstErrorWithFileAndLine() throws {
    let path = NSTemporaryDirectory() + "nlpsh-script-\(getpid()).nlpsh"
    try """
      # a comment
      load samples/wire.jsonl
      run sentences |
          nonsense
      docs
      """.write(toFile: path, atomically: true, encoding: .utf8)
    let r = try nlpsh(["-f", path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("\(path):3: error: unknown stage 'nonsense'"))
    #expect(!r.stdout.contains("wire-da-0001"))  // docs did not run
    let k = try nlpsh(["--keep-going", "-f", path])
    #expect(k.status == 0)
    #expect(k.stdout.contains("wire-da-0001"))
  }

  @Test func ctrlCStopsAScriptWithStatus130() throws {
    let dir = NSTemporaryDirectory() + "nlpsh-int-\(getpid())"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for i in 0..<200 { try "Doc \(i).".write(toFile: "\(dir)/\(i).txt", atomically: true, encoding: .utf8) }
    let script = dir + "/run.nlpsh"
    try "load \(dir)\nrun sleepy\ndocs\n".write(toFile: script, atomically: true, encoding: .utf8)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: nlpshPath)
    p.arguments = ["-q", "-p", try fixturePlugin("sleepy"), "-f", script]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    usleep(1_500_000)
    kill(p.processIdentifier, SIGINT)
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 130)
    #expect(text.contains("\(script):2: error: interrupted"))
  }

  @Test func pipedCommandsOnStdin() throws {
    let r = try nlpsh([], stdin: "load samples/wire.jsonl\nrun sentences\nlist sentence text~Hej\nexport -\n")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stdout.contains("nlpsh>"))  // no prompt or banner when not a terminal
    #expect(r.stdout.split(separator: "\n").filter { $0.hasPrefix("{\"id\":") }.count == 4)
    // a condition that matches nothing says so, and how many of the type there are
    let none = try nlpsh([], stdin: "load samples/wire.jsonl\nrun sentences\nlist sentence text~zzzz\nlist token\n")
    #expect(none.stdout.contains("no sentence annotations match text~zzzz ("))
    #expect(none.stdout.contains("no token annotations (types present: sentence)"))
    let bad = try nlpsh([], stdin: "load samples/wire.jsonl\nshow nothing-like-this\ndocs\n")
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("<stdin>:2: error: no document 'nothing-like-this'"))
  }

  @Test func showHighlightsWithoutColourWhenPiped() throws {
    let r = try nlpsh(["-c", "load samples/wire.jsonl", "-c", "run sentences", "-c", "show wire-en-0002"])
    #expect(r.stdout.contains("legend: […]sentence"))
    #expect(r.stdout.contains("made by: sentences@1.0.0#811c9dc5"))  // stage@version#hash of no options
    #expect(r.stdout.contains("[Firefighters brought"))
    #expect(!r.stdout.contains("\u{1B}["))
    let c = try nlpsh(["--color", "always", "-c", "load samples/wire.jsonl", "-c", "run sentences", "-c", "show wire-en-0002"])
    #expect(c.stdout.contains("\u{1B}[30;43m"))
  }

  @Test func exampleScriptsRun() throws {
    let tour = try nlpsh(["-f", "samples/tour.nlpsh"])
    #expect(tour.status == 0, "\(tour.stderr)")
    #expect(tour.stdout.contains("langid | quotes | dates | numbers: 26 documents"))
    #expect(tour.stdout.contains("Jens Aagaard"))
    let speaker = try nlpsh(["-f", "samples/quotes-by-speaker.nlpsh"])
    #expect(speaker.status == 0, "\(speaker.stderr)")
    #expect(speaker.stdout.contains("5 quote annotations"))
    #expect(speaker.stdout.contains("Frank Doyle"))
  }

  @Test func helpForCommandsAndStages() throws {
    let r = try nlpsh(["-c", "help", "-c", "help list", "-c", "help sentences"])
    #expect(r.stdout.contains("load PATH…"))
    #expect(r.stdout.contains("list quote speaker~Lund"))
    #expect(r.stdout.contains("sentences 1.0.0 — Splits text into sentences (a stage written in C)"))
    #expect(r.stdout.contains("min_chars=integer (default 1)"))
  }
}
