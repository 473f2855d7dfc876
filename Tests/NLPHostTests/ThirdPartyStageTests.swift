// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import Testing
@testable import NLPHost

/// Proof that users can add stages: a package outside this repository, depending
/// only on StageKit, is built and its plugin loaded into nlpsh.
@Suite struct ThirdPartyStageTests {
  @Test(.timeLimit(.minutes(10))) func swiftStageBuiltOutsideTheRepoLoadsAndRuns() throws {
    let parent = NSTemporaryDirectory() + "nlpsh-thirdparty-\(getpid())"
    try? FileManager.default.removeItem(atPath: parent)
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    let dir = parent + "/shout"

    // 1. The package `nlpsh new-stage` writes builds and runs as it is.
    let created = try runProcess(nlpshPath, ["new-stage", "shout", "--sdk", packageRoot], cwd: parent)
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.hasPrefix("created shout: Package.swift, Sources/Shout/Shout.swift"))
    var build = try runProcess("/usr/bin/env", ["swift", "build", "--package-path", dir], cwd: dir)
    #expect(build.status == 0, "\(build.stdout)\n\(build.stderr)")
    let so = dir + "/.build/debug/libShout.so"
    let first = try nlpsh(["run", "--plugin", so, "--chain", "shout", "-"], stdin: "{\"id\": \"a\", \"text\": \"Ask NATO.\"}\n")
    #expect(first.stdout.contains("\"text\":\"NATO\",\"attrs\":{\"length\":4}"), "\(first.stderr)")
    #expect(try nlpsh(["new-stage", "Bad-Name"]).stderr.contains("a stage name is lowercase letters"))

    // 2. Rewritten to use more of the SDK: options, document attributes, failing one document.
    try """
      import StageKit

      /// Marks words written in capitals.
      public final class Shout: Stage {
        public static let name = "shout"
        public static let version = "1.0.0"
        public static let summary = "Marks words written in capitals"
        public static let provides = ["shout", "@shouting"]
        public static let options = [OptionSpec("min", .int, default: "2", doc: "shortest word to mark")]
        let min: Int
        public init(config: StageConfig) throws { min = config.int("min") }
        public func process(_ doc: StageDocument, _ out: inout StageOutput) throws {
          let text = doc.text
          if text.contains("FAIL") { throw StageError("refusing \\(doc.id)") }
          var count = 0
          var start: String.Index? = nil
          for i in text.indices + [text.endIndex] {
            let upper = i < text.endIndex && text[i].isUppercase
            if upper, start == nil { start = i }
            if !upper, let s = start {
              if text.distance(from: s, to: i) >= min {
                out.annotate("shout", s..<i, in: text, attrs: ["length": .int(Int64(text.distance(from: s, to: i)))])
                count += 1
              }
              start = nil
            }
          }
          out.setAttribute("shouting", .bool(count > 0))
        }
      }

      @_cdecl("nlp_stage_entry")
      public func entry(_ abi: UInt32, _ vt: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32 {
        StageExport.fill(vt, hostABI: abi, Shout.self)
      }
      """.write(toFile: dir + "/Sources/Shout/Shout.swift", atomically: true, encoding: .utf8)
    build = try runProcess("/usr/bin/env", ["swift", "build", "--package-path", dir], cwd: dir)
    #expect(build.status == 0, "\(build.stdout)\n\(build.stderr)")

    let input = "{\"id\": \"a\", \"text\": \"Ærø said NO, then YES — ÆØÅ!\"}\n{\"id\": \"b\", \"text\": \"FAIL\"}\n"
    let r = try nlpsh(["run", "--plugin", so, "--chain", "shout(min=3)", "-"], stdin: input)
    // A Swift stage that throws fails that document only, with its own message.
    #expect(r.status == 1)
    #expect(r.stderr.contains("error: stage 'shout' failed on document 'b': refusing b"))
    #expect(r.stdout.contains("\"attrs\":{\"shouting\":true}"))
    #expect(r.stdout.contains("{\"stage\":\"shout\",\"type\":\"shout\",\"start\":18,\"end\":21,\"text\":\"YES\",\"attrs\":{\"length\":3}}"))
    #expect(r.stdout.contains("\"text\":\"ÆØÅ\""))
    #expect(!r.stdout.contains("\"text\":\"NO\""))
  }
}
