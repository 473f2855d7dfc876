// SPDX-License-Identifier: GPL-3.0-or-later

/// Streams inputs through an executor in bounded chunks, emitting documents in input order.
///
/// Memory is bounded by the chunk (documents in flight), not by the corpus.
public struct BatchRunner {
  public var chunkDocuments: Int
  public var chunkBytes: Int

  public init(chunkDocuments: Int = 512, chunkBytes: Int = 64 << 20) {
    self.chunkDocuments = chunkDocuments
    self.chunkBytes = chunkBytes
  }

  /// Runs every input (paths, folders, globs, `-` for JSON Lines on stdin).
  ///
  /// - Parameters:
  ///   - inputError: called for an input that gives no documents; the run goes on.
  ///   - emit: called with each finished document, in input order.
  ///   - progress: called after each chunk with the totals so far.
  public func run(
    _ executor: Executor, inputs: [String], loader: CorpusLoader,
    inputError: (Error) -> Void, emit: (Document) -> Void, progress: ((RunReport) -> Void)? = nil
  ) -> RunReport {
    var total = RunReport(
      stages: executor.pipeline.stageNames, stageNanos: Array(repeating: 0, count: executor.pipeline.steps.count))
    total.workers = executor.workers
    var chunk: [Document] = []
    var bytes = 0
    func flush() {
      guard !chunk.isEmpty else { return }
      let r = executor.run(chunk)
      for d in chunk.prefix(r.documents) { emit(d) }
      for k in 0..<total.stageNanos.count { total.stageNanos[k] += r.stageNanos[k] }
      total.documents += r.documents
      total.bytes += r.bytes
      total.annotations += r.annotations
      total.failures += r.failures
      total.invalidSpans += r.invalidSpans
      total.wallSeconds += r.wallSeconds
      total.cancelled = total.cancelled || r.cancelled
      progress?(total)
      chunk.removeAll(keepingCapacity: true)
      bytes = 0
    }
    struct Stop: Error {}
    for input in inputs {
      do {
        try loader.forEachDocument(in: input) { doc in
          chunk.append(doc)
          bytes += doc.utf8.count
          if chunk.count >= chunkDocuments || bytes >= chunkBytes { flush() }
          if Cancellation.isRequested { throw Stop() }
        }
      } catch is Stop {
        break
      } catch {
        inputError(error)
      }
    }
    flush()
    return total
  }
}
