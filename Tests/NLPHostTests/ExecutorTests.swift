// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import Testing
@testable import NLPHost

@Suite struct ExecutorTests {
  func failerRegistry() throws -> StageRegistry {
    let r = StageRegistry()
    try r.load(try fixturePlugin("failer"))
    try r.load(try #require(sharedRegistry.plugin(named: "sentences")).info.path)
    return r
  }

  @Test func aStageThatFailsOnOneDocumentDoesNotStopTheOthers() throws {
    let registry = try failerRegistry()
    let docs = (0..<50).map { i in Document(id: "d\(i)", text: i == 17 ? "A FAIL here. Then x." : "Box \(i) here. Fox x.") }
    let pipeline = try Pipeline.build(ChainSpec.parse("failer | sentences"), registry: registry)
    let report = try Executor(pipeline, workers: 2).run(docs)
    #expect(report.documents == 50)
    #expect(report.failures.count == 1)
    let f = try #require(report.failures.first)
    #expect(f.document == "d17")
    #expect(f.stage == "failer")
    #expect(f.message == "found the word FAIL")
    #expect(f.description == "stage 'failer' failed on document 'd17': found the word FAIL")
    // The failing document still went through the next stage; the others are complete.
    #expect(docs[17].spans("sentence").map(\.text) == ["A FAIL here.", "Then x."])
    #expect(docs[3].spans("x").count == 3)
    #expect(docs[3].spans("sentence").map(\.text) == ["Box 3 here.", "Fox x."])
  }

  @Test func batchRunNamesDocumentStageAndMessage() throws {
    let dir = NSTemporaryDirectory() + "nlpsh-fail-\(getpid())"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try "fine x".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
    try "will FAIL".write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
    try "also x fine".write(toFile: dir + "/c.txt", atomically: true, encoding: .utf8)
    let r = try nlpsh(["run", "--plugin", try fixturePlugin("failer"), "--chain", "failer", dir])
    #expect(r.status == 1)
    #expect(r.stderr.contains("error: stage 'failer' failed on document 'b.txt': found the word FAIL"))
    let lines = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    #expect(lines.map { $0["id"] as! String } == ["a.txt", "b.txt", "c.txt"])
    #expect((lines[1]["errors"] as! [[String: String]])[0]["message"] == "found the word FAIL")
    #expect((lines[2]["annotations"] as! [[String: Any]]).count == 1)
  }

  @Test func timingIsRecordedPerStageAndDocument() throws {
    let doc = try runChain("sentences", text: "One. Two.")
    #expect(doc.timing(of: "sentences") != nil)
  }

  @Test func resultsOfAStageAreReplacedWhenItRunsAgain() throws {
    let registry = try failerRegistry()
    let doc = Document(id: "d", text: "x x")
    let p = try Pipeline.build(ChainSpec.parse("failer"), registry: registry)
    try Executor(p, workers: 1).run([doc])
    try Executor(p, workers: 1).run([doc])
    #expect(doc.annotations.count == 2)
  }
}
