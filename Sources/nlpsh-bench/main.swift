// SPDX-License-Identifier: GPL-3.0-or-later
//
// nlpsh-bench: what the stage ABI costs, and batch throughput of the stages.
//   swift build -c release && .build/release/nlpsh-bench [--megabytes N]
//
// 1. A trivial stage (it emits N annotations at fixed offsets) is called
//    directly through StageKit's Swift API, and through the C ABI as the
//    host calls every plugin (building the C document, converting the results
//    into host annotations). The difference is the ABI's cost.
// 2. The four stages over the sample corpus (repeated to a few MB), with one
//    worker and with all cores.
import CStageABI
import Dispatch
import Foundation
import NLPHost
import StageKit

final class Trivial: Stage {
  static let name = "trivial"
  static let version = "1.0.0"
  static let summary = "emits `count` annotations"
  static let options = [OptionSpec("count", .int, default: "0", doc: "annotations per call")]
  let count: Int
  init(config: StageConfig) throws { count = config.int("count") }
  func process(_ doc: StageDocument, _ out: inout StageOutput) throws {
    for i in 0..<count { out.annotate("number", start: i, end: i + 1, attrs: ["value": .int(Int64(i))]) }
  }
}

@_cdecl("trivial_entry")
func trivialEntry(_ abi: UInt32, _ vt: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32 {
  StageExport.fill(vt, hostABI: abi, Trivial.self)
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Best of `rounds` timings of `body`, in nanoseconds per iteration.
func measure(_ iterations: Int, rounds: Int = 5, _ body: () -> Void) -> Double {
  var best = Double.infinity
  for _ in 0..<rounds {
    let t0 = now()
    for _ in 0..<iterations { body() }
    best = min(best, Double(now() - t0) / Double(iterations))
  }
  return best
}

var megabytes = 4.0
if let i = CommandLine.arguments.firstIndex(of: "--megabytes"), i + 1 < CommandLine.arguments.count {
  megabytes = Double(CommandLine.arguments[i + 1]) ?? megabytes
}

print("nlpsh-bench (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
print("\n1. Stage ABI cost: a trivial stage called directly vs through the C ABI and the host")
let text = String(repeating: "0123456789", count: 10)
let registry = StageRegistry()
try registry.add(Plugin.load(entry: trivialEntry, path: "<trivial>"))
var results: [(String, Double, Double, Double)] = []
for count in [0, 50] {
  let stage = try Trivial(config: StageConfig(["count": String(count)]))
  let pipeline = try Pipeline.build(ChainSpec.parse("trivial(count=\(count))"), registry: registry)
  let instance = try StageInstance(pipeline.steps[0])
  var bytes = Array(text.utf8) + [0]
  let (direct, viaABI): (Double, Double) = bytes.withUnsafeMutableBufferPointer { buf in
    buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { cText in
      var doc = nlp_document()
      doc.struct_size = UInt32(MemoryLayout<nlp_document>.size)
      doc.text = UnsafePointer(cText)
      doc.text_len = buf.count - 1
      return withUnsafePointer(to: &doc) { d in
        let iterations = count == 0 ? 2_000_000 : 200_000
        // Directly: the stage's Swift API, no C in between.
        let direct = measure(iterations) {
          var out = StageOutput()
          try! stage.process(StageDocument(d), &out)
          precondition(out.items.count == count)
        }
        // Through the C ABI: the vtable call, the SDK's flat results, the host's annotations.
        let textBytes = Array(text.utf8)[...]
        var out = StageInstance.Output()
        let abi = measure(iterations) {
          out.annotations.removeAll(keepingCapacity: true)
          instance.process(d, text: textBytes, into: &out)
          precondition(out.annotations.count == count)
        }
        return (direct, abi)
      }
    }
  }
  // The whole host path per document: fresh documents, one worker.
  let executor = try Executor(pipeline, workers: 1)
  let n = count == 0 ? 200_000 : 20_000
  var host = Double.infinity
  for _ in 0..<5 {
    let docs = (0..<n).map { Document(id: "d\($0)", text: text) }
    let t0 = now()
    executor.run(docs)
    host = min(host, Double(now() - t0) / Double(n))
  }
  results.append(("\(count) annotations", direct, viaABI, host))
}
print("  case               direct   through the ABI   whole host path per document")
for (name, d, a, h) in results {
  print("  " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%8.0f ns  %11.0f ns  %15.0f ns", d, a, h))
}
let perCall = results[0].2 - results[0].1
let perAnnotation = ((results[1].2 - results[1].1) - perCall) / 50
print(String(format: "  ABI cost: %.0f ns per call, %.0f ns per annotation (target: under 100 ns each)", perCall, perAnnotation))
let hostCall = results[0].3 - results[0].1
let hostAnnotation = ((results[1].3 - results[1].1) - hostCall) / 50
print(String(format: "  whole host path: %.0f ns per document and stage, %.0f ns per annotation", hostCall, hostAnnotation))

print("\n2. Batch throughput of langid | quotes | dates | numbers on samples/")
let all = StageRegistry()
for e in all.discover(in: StageRegistry.defaultSearchPath()) { print("  warning: \(e)") }
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path
let samples = try CorpusLoader().load(root + "/samples")
let sampleBytes = samples.reduce(0) { $0 + $1.utf8.count }
let copies = max(1, Int(megabytes * 1e6) / sampleBytes)
func corpus() -> [Document] {
  (0..<copies).flatMap { c in samples.map { Document(id: "\(c)/\($0.id)", utf8: Array($0.utf8), attrs: $0.attrs) } }
}
let chain = "langid | quotes | dates | numbers"
let pipeline = try Pipeline.build(ChainSpec.parse(chain), registry: all)
print("  corpus: \(samples.count) articles x \(copies) = \(formatBytes(sampleBytes * copies))")
print("  workers   wall      MB/s   docs/s   per stage (CPU time per MB)")
var single = 0.0
for workers in Array(Set([1, ProcessInfo.processInfo.activeProcessorCount])).sorted() {
  let executor = try Executor(pipeline, workers: workers)
  _ = executor.run(Array(corpus().prefix(50)))  // warm up: tables and models load once
  let docs = corpus()
  let r = executor.run(docs)
  let mbs = Double(r.bytes) / r.wallSeconds / 1e6
  if workers == 1 { single = mbs }
  let stages = zip(r.stages, r.stageNanos).map { String(format: "%@ %.0f ms", $0.0, Double($0.1) / 1e6 / (Double(r.bytes) / 1e6)) }
  print(String(format: "  %7d  %6.2f s  %7.1f  %7.0f   ", workers, r.wallSeconds, mbs, Double(r.documents) / r.wallSeconds) + stages.joined(separator: ", "))
  if workers > 1 { print(String(format: "  speed-up with %d workers: %.2fx", workers, mbs / single)) }
}
