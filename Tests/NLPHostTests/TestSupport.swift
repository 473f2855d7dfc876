// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
@testable import NLPHost

/// The stages built by `swift build`, loaded once from the folder of the test binary.
let sharedRegistry: StageRegistry = {
  let r = StageRegistry()
  r.discover(in: StageRegistry.defaultSearchPath())
  return r
}()

/// The folder of the package (for samples/ and fixtures).
let packageRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  for _ in 0..<3 { url.deleteLastPathComponent() }
  return url.path
}()

/// Runs `chain` over one text through the real plugins and returns the document.
func runChain(_ chain: String, text: String, id: String = "test.txt", attrs: Attributes = Attributes()) throws -> Document {
  let doc = Document(id: id, text: text, attrs: attrs)
  let pipeline = try Pipeline.build(ChainSpec.parse(chain), registry: sharedRegistry)
  let report = try Executor(pipeline, workers: 1).run([doc])
  if let f = report.failures.first { throw f }
  return doc
}

/// Runs `chain` over a file of samples/.
func runChain(_ chain: String, sample: String) throws -> Document {
  let docs = try CorpusLoader().load(packageRoot + "/samples/" + sample)
  let pipeline = try Pipeline.build(ChainSpec.parse(chain), registry: sharedRegistry)
  let report = try Executor(pipeline, workers: 1).run(docs)
  if let f = report.failures.first { throw f }
  return docs[0]
}

extension Document {
  /// The annotations of one type as (text, attrs) for compact assertions.
  func spans(_ type: String) -> [(text: String, attrs: Attributes)] {
    annotations.filter { $0.type == type }.map { (text($0.start, $0.end), $0.attrs) }
  }
}
