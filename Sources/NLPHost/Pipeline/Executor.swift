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

/// One instance of a stage, called through the C ABI.
///
/// This is the whole host side of the ABI: create the instance, hand it a
/// C document, read its flat results into host annotations, destroy it.
public final class StageInstance {
  public let step: Pipeline.Step
  private let vt: nlp_stage_vtable
  private let raw: UnsafeMutableRawPointer
  private var names = InternedStrings()

  /// Creates an instance with the step's options; throws the stage's own message.
  public init(_ step: Pipeline.Step) throws {
    self.step = step
    vt = step.plugin.vtable
    let strings = CStrings()
    defer { strings.freeAll() }
    var opts = step.options.map { nlp_option_value(name: strings.dup($0.0), value: strings.dup($0.1)) }
    var error: UnsafeMutablePointer<CChar>?
    let created = opts.withUnsafeMutableBufferPointer { [vt] buf in
      vt.create(vt.plugin_ctx, buf.baseAddress, UInt32(buf.count), &error)
    }
    guard let created else {
      var message = "could not start"
      if let error {
        message = String(cString: error)
        vt.free_string?(vt.plugin_ctx, error)
      }
      throw RunError(message: "stage '\(step.name)': \(message)")
    }
    raw = created
  }

  deinit { vt.destroy(raw) }

  /// What one call produced.
  public struct Output {
    public var annotations: [Annotation] = []
    public var attributes: [(String, AttrValue)] = []
    /// Set when the stage failed on the document.
    public var error: String?
    /// Spans that were not within the text on character boundaries (dropped).
    public var invalidSpans: [String] = []

    public init() {}
  }

  /// Calls the stage on a C document whose text is `text` (the same bytes, NUL excluded).
  public func process(_ doc: UnsafePointer<nlp_document>, text: ArraySlice<UInt8>, into out: inout Output) {
    var result = nlp_result()
    defer { vt.free_result(raw, &result) }
    let rc = vt.process(raw, doc, &result)
    if rc != NLP_OK {
      out.error = result.error.map { String(cString: $0) } ?? "failed (code \(rc))"
      return
    }
    let n = text.count
    let name = step.name
    if let anns = result.annotations, result.annotation_count > 0 {
      out.annotations.reserveCapacity(out.annotations.count + result.annotation_count)
      for i in 0..<result.annotation_count {
        let a = anns[i]
        let s = Int(a.start), e = Int(a.end)
        guard s <= e, e <= n, isBoundary(text, s), isBoundary(text, e) else {
          out.invalidSpans.append("\(name): span \(s)..<\(e) is not within the text's \(n) bytes on character boundaries")
          continue
        }
        var attrs = Attributes()
        if let p = a.attrs, a.attr_count > 0 {
          attrs.reserve(Int(a.attr_count))
          for j in 0..<Int(a.attr_count) {
            if let key = p[j].key, let v = AttrValue(p[j]) { attrs.appendUnique(names.string(key), v) }
          }
        }
        out.annotations.append(
          Annotation(stage: name, type: a.type.map { names.string($0) } ?? "?", start: s, end: e, attrs: attrs))
      }
    }
    if let p = result.doc_attrs {
      for j in 0..<result.doc_attr_count {
        if let key = p[j].key, let v = AttrValue(p[j]) { out.attributes.append((names.string(key), v)) }
      }
    }
  }
}

/// Runs a pipeline over documents on several threads.
///
/// Each worker thread owns one instance of every stage, created up front,
/// so a stage that refuses its options fails before any document is read.
public final class Executor: @unchecked Sendable {
  public let pipeline: Pipeline
  public let workers: Int
  private var workerStates: [Worker] = []
  private let lock = NSLock()

  public init(_ pipeline: Pipeline, workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
    self.pipeline = pipeline
    self.workers = max(1, workers)
    for _ in 0..<self.workers {
      workerStates.append(Worker(try pipeline.steps.map { try StageInstance($0) }))
    }
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
    let stageSet = Set(names)
    let nworkers = min(workers, docs.count)
    var partials = [RunReport](repeating: report, count: nworkers)
    if nworkers == 1 {
      // One worker: run on this thread, without scheduling or locks.
      let worker = workerStates[0]
      for doc in docs {
        if Cancellation.isRequested { break }
        doc.removeResults(of: stageSet)
        worker.process(doc, into: &partials[0])
        done += 1
        progress?(done)
      }
    } else {
      partials.withUnsafeMutableBufferPointer { parts in
        let parts = parts
        DispatchQueue.concurrentPerform(iterations: nworkers) { w in
          let worker = workerStates[w]
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
private final class Worker {
  let stages: [StageInstance]
  /// C strings of one document; reused from document to document.
  private let scratch = CStrings()
  private var output = StageInstance.Output()
  /// The document's annotations as C structs, converted once each and shown to every later stage.
  private var cAnnotations: [nlp_annotation] = []

  init(_ stages: [StageInstance]) { self.stages = stages }

  func process(_ doc: Document, into report: inout RunReport) {
    defer {
      scratch.freeAll()
      cAnnotations.removeAll(keepingCapacity: true)
    }
    doc.id.withCString { id in
      doc.cText.withUnsafeBufferPointer { tbuf in
        let tptr = UnsafeRawPointer(tbuf.baseAddress!).assumingMemoryBound(to: CChar.self)
        for (k, stage) in stages.enumerated() {
          if Cancellation.isRequested { return }
          // Annotations of earlier stages (or runs) not yet seen in C.
          for a in doc.annotations[cAnnotations.count...] { cAnnotations.append(scratch.annotation(a)) }
          let attrs = doc.attrs.map { scratch.attr($0.key, $0.value) }
          var nanos: UInt64 = 0
          cAnnotations.withUnsafeBufferPointer { anns in
            attrs.withUnsafeBufferPointer { abuf in
              var cdoc = nlp_document()
              cdoc.struct_size = UInt32(MemoryLayout<nlp_document>.size)
              cdoc.id = id
              cdoc.text = tptr
              cdoc.text_len = tbuf.count - 1
              cdoc.attrs = abuf.baseAddress
              cdoc.attr_count = UInt32(abuf.count)
              cdoc.annotations = anns.isEmpty ? nil : anns.baseAddress
              cdoc.annotation_count = UInt32(anns.count)
              cdoc.should_cancel = { _ in Cancellation.flag.pointee }
              let t0 = DispatchTime.now().uptimeNanoseconds
              stage.process(&cdoc, text: doc.utf8, into: &output)
              nanos = DispatchTime.now().uptimeNanoseconds - t0
            }
          }
          let name = stage.step.name
          report.stageNanos[k] += nanos
          doc.timings.append((name, nanos))
          doc.provenance.append((name, stage.step.provenance))
          if let message = output.error {
            let failure = StageFailure(document: doc.id, stage: name, message: message)
            doc.failures.append(failure)
            report.failures.append(failure)
          }
          report.annotations += output.annotations.count
          doc.annotations += output.annotations
          for (k, v) in output.attributes { doc.attrs[k] = v }
          for s in output.invalidSpans { report.invalidSpans.append("\(s) in \(doc.id)") }
          output.annotations.removeAll(keepingCapacity: true)
          output.attributes.removeAll(keepingCapacity: true)
          output.error = nil
          output.invalidSpans.removeAll()
        }
      }
    }
    if doc.annotations.count > 1 {
      doc.annotations.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    }
    report.documents += 1
    report.bytes += doc.utf8.count
  }
}

@inline(__always)
func isBoundary(_ bytes: ArraySlice<UInt8>, _ i: Int) -> Bool {
  i == bytes.count || (bytes[i] & 0xC0) != 0x80
}

/// Calls `body` with C annotations for `annotations`, attributes from `attrs`.
/// Swift strings for the short C strings stages return again and again
/// (annotation types, attribute keys), so that each is decoded once.
///
/// Entries are keyed by address and checked byte for byte, so a plugin that
/// reuses an address for other text still gets the right string.
struct InternedStrings {
  private var recent: [(address: UnsafeRawPointer, bytes: [CChar], string: String)] = []

  mutating func string(_ p: UnsafePointer<CChar>) -> String {
    let address = UnsafeRawPointer(p)
    for entry in recent where entry.address == address {
      if entry.bytes.withUnsafeBufferPointer({ strcmp($0.baseAddress!, p) == 0 }) { return entry.string }
    }
    let s = String(cString: p)
    if recent.count == 16 { recent.removeFirst() }
    recent.append((address, Array(s.utf8CString), s))
    return s
  }
}

/// C strings that live until `freeAll`, and names that live as long as this object.
final class CStrings {
  private var owned: [UnsafeMutablePointer<CChar>] = []
  private var blocks: [UnsafeMutablePointer<nlp_attr>] = []
  /// Annotation types, stage names and attribute keys repeat from document to
  /// document: each is copied to C once.
  private var names: [String: UnsafeMutablePointer<CChar>] = [:]

  deinit {
    freeAll()
    names.values.forEach { free($0) }
  }

  func dup(_ s: String) -> UnsafeMutablePointer<CChar> {
    let p = strdup(s)!
    owned.append(p)
    return p
  }

  /// A lasting C copy of a short, recurring string (a few thousand at most).
  func name(_ s: String) -> UnsafeMutablePointer<CChar> {
    if let p = names[s] { return p }
    guard names.count < 4096 else { return dup(s) }
    let p = strdup(s)!
    names[s] = p
    return p
  }

  /// An annotation as C, its attributes in a block that lives until `freeAll`.
  func annotation(_ a: Annotation) -> nlp_annotation {
    var c = nlp_annotation()
    c.start = UInt32(a.start)
    c.end = UInt32(a.end)
    c.type = UnsafePointer(name(a.type))
    c.stage = UnsafePointer(name(a.stage))
    let n = a.attrs.count
    c.attr_count = UInt32(n)
    if n > 0 {
      let block = UnsafeMutablePointer<nlp_attr>.allocate(capacity: n)
      for (i, p) in a.attrs.enumerated() { (block + i).initialize(to: attr(p.key, p.value)) }
      blocks.append(block)
      c.attrs = UnsafePointer(block)
    }
    return c
  }

  func attr(_ key: String, _ value: AttrValue) -> nlp_attr {
    var a = nlp_attr()
    a.key = UnsafePointer(name(key))
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
    if !owned.isEmpty {
      owned.forEach { free($0) }
      owned.removeAll(keepingCapacity: true)
    }
    if !blocks.isEmpty {
      blocks.forEach { $0.deallocate() }
      blocks.removeAll(keepingCapacity: true)
    }
  }
}
