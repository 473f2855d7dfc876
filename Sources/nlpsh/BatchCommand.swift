// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import NLPHost

/// `nlpsh run --chain CHAIN PATH…`: JSON Lines on stdout, diagnostics on stderr.
enum BatchCommand {
  static func run(_ args: Arguments) -> Int32 {
    let registry = StageRegistry()
    for e in registry.discover(in: StageRegistry.defaultSearchPath()) { printError("warning: \(e)") }
    for p in args.plugins {
      do {
        try registry.load(p)
      } catch {
        printError("error: \(error)")
        return 3
      }
    }
    let pipeline: Pipeline
    let executor: Executor
    do {
      pipeline = try Pipeline.build(ChainSpec.parse(args.chain ?? ""), registry: registry)
      executor = try Executor(pipeline, workers: args.workers ?? ProcessInfo.processInfo.activeProcessorCount)
    } catch {
      printError("error: \(error)")
      return 1
    }
    for n in pipeline.notes { printError("note: \(n)") }
    Cancellation.installSIGINTHandler()
    let out = OutputBuffer()
    var inputFailed = false
    let loader = CorpusLoader(warn: { printError("warning: \($0)") })
    // On a terminal, a progress line on stderr (stdout carries the JSON).
    let showProgress = isatty(2) != 0 && !args.quiet
    let started = Date()
    let report = BatchRunner().run(
      executor, inputs: args.paths, loader: loader,
      inputError: { e in
        inputFailed = true
        printError("error: \(e)")
      },
      emit: { doc in out.write(doc) },
      progress: { r in
        guard showProgress else { return }
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Double(r.bytes) / seconds : 0
        printError("\r\u{1B}[K\(r.documents) documents, \(formatBytes(r.bytes)), \(formatBytes(Int(rate)))/s", newline: false)
      })
    out.flush()
    if showProgress { printError("\r\u{1B}[K", newline: false) }
    for f in report.failures { printError("error: \(f)") }
    for s in report.invalidSpans.prefix(20) { printError("warning: dropped annotation: \(s)") }
    if report.cancelled {
      printError("interrupted after \(report.documents) documents")
      return 130
    }
    return inputFailed || !report.failures.isEmpty ? 1 : 0
  }
}

/// Buffered writes to stdout, one line at a time.
final class OutputBuffer {
  private var buffer: [UInt8] = []

  func write(_ doc: Document) {
    JSONLWriter.append(doc, to: &buffer)
    buffer.append(10)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    buffer.withUnsafeBytes { raw in
      var off = 0
      while off < raw.count {
        let n = Foundation.write(1, raw.baseAddress! + off, raw.count - off)
        if n <= 0 { break }
        off += n
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

func printError(_ s: String, newline: Bool = true) {
  FileHandle.standardError.write(Data((newline ? s + "\n" : s).utf8))
}
