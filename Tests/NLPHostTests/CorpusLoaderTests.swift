// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import Testing
@testable import NLPHost

@Suite struct CorpusLoaderTests {
  let dir: String = {
    let d = NSTemporaryDirectory() + "nlpsh-corpus-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try! FileManager.default.createDirectory(atPath: d + "/sub/deeper", withIntermediateDirectories: true)
    try! FileManager.default.createDirectory(atPath: d + "/empty", withIntermediateDirectories: true)
    try! "Første.".write(toFile: d + "/a.txt", atomically: true, encoding: .utf8)
    try! "Zweiter.".write(toFile: d + "/sub/b.txt", atomically: true, encoding: .utf8)
    try! "third".write(toFile: d + "/sub/deeper/c.txt", atomically: true, encoding: .utf8)
    try! "not text".write(toFile: d + "/sub/notes.md", atomically: true, encoding: .utf8)
    try! Data([0x41, 0xFF, 0x42, 0xC3]).write(to: URL(fileURLWithPath: d + "/bad.txt"))
    try! Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1]).write(to: URL(fileURLWithPath: d + "/binary.txt"))
    try! Data().write(to: URL(fileURLWithPath: d + "/zero.txt"))
    try! """
      {"id": "r1", "text": "Hej", "lang": "da", "dct": "2021-09-02", "n": 3, "ok": true}
      not json
      {"text": "no id"}

      {"id": 7, "nottext": 1}
      """.write(toFile: d + "/recs.jsonl", atomically: true, encoding: .utf8)
    return d
  }()

  @Test func folderIsLoadedRecursivelyWithRelativeIds() throws {
    var warnings: [String] = []
    let docs = try CorpusLoader(warn: { warnings.append($0) }).load(dir)
    #expect(docs.map(\.id) == ["a.txt", "bad.txt", "r1", "recs.jsonl:3", "sub/b.txt", "sub/deeper/c.txt", "zero.txt"])
    #expect(warnings.contains("skipping \(dir)/binary.txt: it looks like a binary file (it contains NUL bytes)"))
    #expect(warnings.contains("\(dir)/bad.txt: invalid UTF-8 replaced with U+FFFD"))
    #expect(warnings.contains("\(dir)/zero.txt is empty"))
    #expect(warnings.contains("\(dir)/recs.jsonl:2: not valid JSON; line skipped"))
    #expect(warnings.contains("\(dir)/recs.jsonl:5: a record needs a \"text\" string; line skipped"))
    let bad = docs[1]
    #expect(bad.text == "A\u{FFFD}B\u{FFFD}")
    let rec = docs[2]
    #expect(rec.attrs["lang"] == .string("da"))
    #expect(rec.attrs["dct"] == .string("2021-09-02"))
    #expect(rec.attrs["n"] == .int(3))
    #expect(rec.attrs["ok"] == .bool(true))
  }

  @Test func invalidUTF8InsideAJSONLinesRecordIsReplaced() throws {
    let path = NSTemporaryDirectory() + "nlpsh-broken-\(getpid()).jsonl"  // not in dir: other tests list it
    var bytes = Array("{\"id\": \"x\", \"text\": \"caf".utf8)
    bytes += [0xE9]  // Latin-1 é
    bytes += Array(" ok\"}\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var warnings: [String] = []
    let docs = try CorpusLoader(warn: { warnings.append($0) }).load(path)
    #expect(docs.map(\.text) == ["caf\u{FFFD} ok"])
    #expect(warnings == ["\(path):1: invalid UTF-8 replaced with U+FFFD"])
  }

  @Test func globsAndSingleFiles() throws {
    let docs = try CorpusLoader().load(dir + "/sub/*.txt")
    #expect(docs.map(\.id) == ["b.txt"])  // relative to the fixed part, sub/
    let one = try CorpusLoader().load(dir + "/sub/deeper/c.txt")
    #expect(one.map(\.id) == ["c.txt"])
    #expect(try CorpusLoader().load(dir + "/su*").map(\.id) == ["sub/b.txt", "sub/deeper/c.txt"])
  }

  @Test func pathsThatGiveNothingSayWhy() {
    #expect(throws: CorpusError.notFound(dir + "/nope")) { try CorpusLoader().load(dir + "/nope") }
    #expect(throws: CorpusError.noTextFiles(dir + "/empty")) { try CorpusLoader().load(dir + "/empty") }
    #expect(throws: CorpusError.noMatch(dir + "/*.xyz")) { try CorpusLoader().load(dir + "/*.xyz") }
  }

  @Test func badInputInTheShellKeepsWhatIsLoaded() throws {
    let big = NSTemporaryDirectory() + "nlpsh-big-\(getpid()).txt"
    let para = "Vi vil tvære dem ud, lyder det fra et medlem af byrådet. Der var 6.000 mennesker.\n\n"
    try String(repeating: para, count: 50_000_000 / para.utf8.count + 1).write(toFile: big, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: big) }
    let script = """
      load samples/
      load \(dir)/binary.txt
      load \(dir)/bad.txt
      load \(dir)/zero.txt
      load \(dir)/empty
      load /no/such/path
      load \(big)
      run sentences
      docs
      """
    let r = try nlpsh(["--keep-going"], stdin: script)
    #expect(r.stderr.contains("<stdin>:5: error: no .txt or .jsonl files under \(dir)/empty"))
    #expect(r.stderr.contains("<stdin>:6: error: no such file or folder: /no/such/path"))
    #expect(r.stderr.contains("warning: skipping \(dir)/binary.txt"))
    #expect(r.stderr.contains("warning: \(dir)/bad.txt: invalid UTF-8 replaced with U+FFFD"))
    let count = try #require(r.stdout.split(separator: "\n").last)
    #expect(count == "29 documents")  // 26 samples + bad.txt + zero.txt + the big one
    #expect(r.stdout.contains("sentences: 29 documents"))
  }
}
