// SPDX-License-Identifier: GPL-3.0-or-later
import CStageABI
import Dispatch
import Foundation

/// Why a run could not start.
public struct RunError: Error, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

/// What one run did: per-stage time, failures, how far it got.
public struct RunReport: Sendable {
  public var stages: [String]
  /// Total nanoseconds per stage, summed over documents (CPU time across workers).
  public var stageNanos: [UInt64]
  public var documents = 0
  public var bytes = 0
  public var annotations = 0
  public var failures: [StageFailure] = []
  /// Annotations dropped because their offsets were not valid for the text.
  public var invalidSpans: [String] = []
  public var cancelled = false
  public var wallSeconds = 0.0
  public var workers = 1
}

/// Runs a pipeline over documents on several threads.
///
/// Each worker thread owns one instance of every stage, created up front,
/// so a stage that refuses its options fails before any document is read.
public final class Executor: @unchecked Sendable {
  public let pipeline: Pipeline
  public let workers: Int
  private var instances: [[UnsafeMutableRawPointer]] = []
  private let lock = NSLock()

  public init(_ pipeline: Pipeline, workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
    self.pipeline = pipeline
    self.workers = max(1, workers)
    for _ in 0..<self.workers {
      var row: [UnsafeMutableRawPointer] = []
      for step in pipeline.steps {
        do {
          row.append(try Executor.create(step))
        } catch {
          for (k, inst) in row.enumerated() { pipeline.steps[k].plugin.vtable.destroy(inst) }
          destroyAll()
          throw error
        }
      }
      instances.append(row)
    }
  }

  deinit { destroyAll() }

  private func destroyAll() {
    for row in instances {
      for (k, inst) in row.enumerated() { pipeline.steps[k].plugin.vtable.destroy(inst) }
    }
    instances = []
  }

  private static func create(_ step: Pipeline.Step) throws -> UnsafeMutableRawPointer {
    let vt = step.plugin.vtable
    var keep: [UnsafeMutablePointer<CChar>] = []
    defer { keep.forEach { free($0) } }
    var opts: [nlp_option_value] = step.options.map { (k, v) in
      let kp = strdup(k)!, vp = strdup(v)!
      keep += [kp, vp]
      return nlp_option_value(name: kp, value: vp)
    }
    var error: UnsafeMutablePointer<CChar>?
    let inst = opts.withUnsafeMutableBufferPointer { buf in
      vt.create(vt.plugin_ctx, buf.baseAddress, UInt32(buf.count), &error)
    }
    guard let inst else {
      var message = "could not start"
      if let error {
        message = String(cString: error)
        vt.free_string?(vt.plugin_ctx, error)
      }
      throw RunError(message: "stage '\(step.name)': \(message)")
    }
    return inst
  }

  /// Processes `docs` in parallel; results are written into the documents.
  ///
  /// - Parameter progress: called with the number of documents done so far.
  @discardableResult
  public func run(_ docs: [Document], progress: ((Int) -> Void)? = nil) -> RunReport {
    let started = DispatchTime.now().uptimeNanoseconds
    let names = pipeline.stageNames
    var report = RunReport(stages: names, stageNanos: Array(repeating: 0, count: names.count))
    report.workers = workers
    if docs.isEmpty { return report }
    var next = 0
    var done = 0
    let steps = pipeline.steps
    let stageSet = Set(names)
    let nworkers = min(workers, docs.count)
    var partials = [RunReport](repeating: report, count: nworkers)
    partials.withUnsafeMutableBufferPointer { parts in
      let parts = parts
      DispatchQueue.concurrentPerform(iterations: nworkers) { w in
        let worker = Worker(steps: steps, instances: instances[w])
        while true {
          if Cancellation.isRequested { break }
          lock.lock()
          let i = next
          next += 1
          lock.unlock()
          if i >= docs.count { break }
          let doc = docs[i]
          doc.removeResults(of: stageSet)
          worker.process(doc, into: &parts[w])
          lock.lock()
          done += 1
          let d = done
          progress?(d)
          lock.unlock()
        }
      }
    }
    for p in partials {
      for k in 0..<names.count { report.stageNanos[k] += p.stageNanos[k] }
      report.documents += p.documents
      report.bytes += p.bytes
      report.annotations += p.annotations
      report.failures += p.failures
      report.invalidSpans += p.invalidSpans
    }
    report.cancelled = Cancellation.isRequested && report.documents < docs.count
    report.wallSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    return report
  }
}

/// Runs every stage on one document at a time, on one thread.
private struct Worker {
  let steps: [Pipeline.Step]
  let instances: [UnsafeMutableRawPointer]

  func process(_ doc: Document, into report: inout RunReport) {
    var text = doc.utf8
    text.append(0)
    let strings = CStrings()
    defer { strings.freeAll() }
    let id = strings.dup(doc.id)
    text.withUnsafeBufferPointer { tbuf in
      let tptr = UnsafeRawPointer(tbuf.baseAddress!).assumingMemoryBound(to: CChar.self)
      for (k, step) in steps.enumerated() {
        if Cancellation.isRequested { return }
        let vt = step.plugin.vtable
        let scratch = CStrings()
        defer { scratch.freeAll() }
        let attrs = doc.attrs.pairs.map { scratch.attr($0.key, $0.value) }
        var annAttrs: [[nlp_attr]] = doc.annotations.map { a in a.attrs.pairs.map { scratch.attr($0.key, $0.value) } }
        var result = nlp_result()
        var rc: Int32 = 0
        var nanos: UInt64 = 0
        withArrayOfAnnotations(doc.annotations, &annAttrs, scratch) { anns in
          attrs.withUnsafeBufferPointer { abuf in
            var cdoc = nlp_document()
            cdoc.struct_size = UInt32(MemoryLayout<nlp_document>.size)
            cdoc.id = UnsafePointer(id)
            cdoc.text = tptr
            cdoc.text_len = doc.utf8.count
            cdoc.attrs = abuf.baseAddress
            cdoc.attr_count = UInt32(abuf.count)
            cdoc.annotations = anns.baseAddress
            cdoc.annotation_count = UInt32(anns.count)
            cdoc.should_cancel = { _ in Cancellation.flag.pointee }
            let t0 = DispatchTime.now().uptimeNanoseconds
            rc = vt.process(instances[k], &cdoc, &result)
            nanos = DispatchTime.now().uptimeNanoseconds - t0
          }
        }
        report.stageNanos[k] += nanos
        doc.timings[step.name] = nanos
        if rc != NLP_OK {
          let message = result.error.map { String(cString: $0) } ?? "failed (code \(rc))"
          let failure = StageFailure(document: doc.id, stage: step.name, message: message)
          doc.failures.append(failure)
          report.failures.append(failure)
        } else {
          collect(result, step: step.name, doc: doc, report: &report)
        }
        vt.free_result(instances[k], &result)
      }
    }
    doc.annotations.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    report.documents += 1
    report.bytes += doc.utf8.count
  }

  private func collect(_ r: nlp_result, step: String, doc: Document, report: inout RunReport) {
    let n = doc.utf8.count
    if let anns = r.annotations {
      for i in 0..<r.annotation_count {
        let a = anns[i]
        let s = Int(a.start), e = Int(a.end)
        guard s <= e, e <= n, isBoundary(doc.utf8, s), isBoundary(doc.utf8, e) else {
          report.invalidSpans.append("\(step) on \(doc.id): span \(s)..<\(e) is not within the text's \(n) bytes on character boundaries")
          continue
        }
        var attrs = Attributes()
        if let p = a.attrs {
          for j in 0..<Int(a.attr_count) {
            if let key = p[j].key, let v = AttrValue(p[j]) { attrs[String(cString: key)] = v }
          }
        }
        doc.annotations.append(
          Annotation(stage: step, type: a.type.map { String(cString: $0) } ?? "?", start: s, end: e, attrs: attrs))
        report.annotations += 1
      }
    }
    if let p = r.doc_attrs {
      for j in 0..<r.doc_attr_count {
        if let key = p[j].key, let v = AttrValue(p[j]) { doc.attrs[String(cString: key)] = v }
      }
    }
  }
}

@inline(__always)
func isBoundary(_ bytes: [UInt8], _ i: Int) -> Bool {
  i == bytes.count || (bytes[i] & 0xC0) != 0x80
}

/// Calls `body` with C annotations for `annotations`, attributes from `attrs`.
private func withArrayOfAnnotations(
  _ annotations: [Annotation], _ attrs: inout [[nlp_attr]], _ strings: CStrings,
  _ body: (UnsafeBufferPointer<nlp_annotation>) -> Void
) {
  if annotations.isEmpty { return body(UnsafeBufferPointer(start: nil, count: 0)) }
  let attrBlock = UnsafeMutablePointer<nlp_attr>.allocate(capacity: max(1, attrs.reduce(0) { $0 + $1.count }))
  defer { attrBlock.deallocate() }
  var c: [nlp_annotation] = []
  c.reserveCapacity(annotations.count)
  var off = 0
  for (i, a) in annotations.enumerated() {
    var ca = nlp_annotation()
    ca.start = UInt32(a.start)
    ca.end = UInt32(a.end)
    ca.type = UnsafePointer(strings.dup(a.type))
    ca.stage = UnsafePointer(strings.dup(a.stage))
    ca.attr_count = UInt32(attrs[i].count)
    if !attrs[i].isEmpty {
      (attrBlock + off).initialize(from: attrs[i], count: attrs[i].count)
      ca.attrs = UnsafePointer(attrBlock + off)
      off += attrs[i].count
    }
    c.append(ca)
  }
  c.withUnsafeBufferPointer(body)
}

/// C strings that live until `freeAll`.
final class CStrings {
  private var owned: [UnsafeMutablePointer<CChar>] = []

  func dup(_ s: String) -> UnsafeMutablePointer<CChar> {
    let p = strdup(s)!
    owned.append(p)
    return p
  }

  func attr(_ key: String, _ value: AttrValue) -> nlp_attr {
    var a = nlp_attr()
    a.key = UnsafePointer(dup(key))
    switch value {
    case .string(let s):
      a.kind = NLP_VALUE_STRING.rawValue
      a.string = UnsafePointer(dup(s))
    case .int(let i):
      a.kind = NLP_VALUE_INT.rawValue
      a.integer = i
    case .double(let d):
      a.kind = NLP_VALUE_DOUBLE.rawValue
      a.number = d
    case .bool(let b):
      a.kind = NLP_VALUE_BOOL.rawValue
      a.integer = b ? 1 : 0
    }
    return a
  }

  func freeAll() {
    owned.forEach { free($0) }
    owned = []
  }
}
