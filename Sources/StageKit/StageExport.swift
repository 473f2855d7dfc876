// SPDX-License-Identifier: GPL-3.0-or-later
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Fills the C vtable for a Swift `Stage`: the body of a plugin's entry point.
///
/// ```swift
/// @_cdecl("nlp_stage_entry")
/// public func entry(_ abi: UInt32, _ vt: UnsafeMutablePointer<nlp_stage_vtable>?) -> Int32 {
///   StageExport.fill(vt, hostABI: abi, MyStage.self)
/// }
/// ```
public enum StageExport {
  public static func fill<S: Stage>(
    _ out: UnsafeMutablePointer<nlp_stage_vtable>?, hostABI: UInt32, _ type: S.Type
  ) -> Int32 {
    guard let out else { return NLP_ERR_FAILED }
    guard hostABI == NLP_STAGE_ABI_VERSION else { return NLP_ERR_ABI }
    // The host tells how much of the table it knows; version 1 knows all of it.
    guard Int(out.pointee.struct_size) >= MemoryLayout<nlp_stage_vtable>.size else {
      return NLP_ERR_ABI
    }
    let factory = Factory(make: { try S(config: $0) }, specs: S.options)

    var vt = nlp_stage_vtable()
    vt.abi_version = NLP_STAGE_ABI_VERSION
    vt.struct_size = UInt32(MemoryLayout<nlp_stage_vtable>.size)
    vt.name = factory.keep(S.name)
    vt.version = factory.keep(S.version)
    vt.summary = factory.keep(S.summary)
    vt.languages = factory.keep(S.languages.joined(separator: ","))
    vt.requires = factory.keep(S.requires.joined(separator: ","))
    vt.reads = factory.keep(S.reads.joined(separator: ","))
    vt.provides = factory.keep(S.provides.joined(separator: ","))
    let specs = UnsafeMutablePointer<nlp_option_spec>.allocate(capacity: max(1, S.options.count))
    for (i, o) in S.options.enumerated() {
      var spec = nlp_option_spec()
      spec.name = factory.keep(o.name)
      spec.kind = o.kind.rawValue
      spec.default_value = factory.keep(o.defaultValue)
      spec.choices = o.choices.map { factory.keep($0.joined(separator: ",")) }
      spec.doc = factory.keep(o.doc)
      (specs + i).initialize(to: spec)
    }
    vt.options = UnsafePointer(specs)
    vt.option_count = UInt32(S.options.count)
    // The factory lives as long as the process: plugins are never unloaded.
    vt.plugin_ctx = Unmanaged.passRetained(factory).toOpaque()

    vt.create = { ctx, options, count, errorOut in
      guard let ctx else { return nil }
      let factory = Unmanaged<Factory>.fromOpaque(ctx).takeUnretainedValue()
      var values: [String: String] = [:]
      if let options {
        for i in 0..<Int(count) {
          guard let n = options[i].name, let v = options[i].value else { continue }
          values[String(cString: n)] = String(cString: v)
        }
      }
      do {
        let stage = try factory.make(StageConfig(values, specs: factory.specs))
        return Unmanaged.passRetained(Instance(stage)).toOpaque()
      } catch {
        errorOut?.pointee = strdup(String(describing: error))
        return nil
      }
    }
    vt.process = { inst, doc, out in
      guard let inst, let doc, let out else { return NLP_ERR_FAILED }
      return Unmanaged<Instance>.fromOpaque(inst).takeUnretainedValue().process(doc, out)
    }
    vt.free_result = { inst, result in
      guard let inst, let result else { return }
      Unmanaged<Instance>.fromOpaque(inst).takeUnretainedValue().release(result)
    }
    vt.free_string = { _, s in free(s) }
    vt.destroy = { inst in
      guard let inst else { return }
      Unmanaged<Instance>.fromOpaque(inst).release()
    }
    out.pointee = vt
    return NLP_OK
  }
}

/// Creates instances; holds the metadata strings for the life of the process.
private final class Factory {
  let make: (StageConfig) throws -> any Stage
  let specs: [OptionSpec]
  private var kept: [UnsafeMutablePointer<CChar>] = []

  init(make: @escaping (StageConfig) throws -> any Stage, specs: [OptionSpec]) {
    self.make = make
    self.specs = specs
  }

  func keep(_ s: String) -> UnsafePointer<CChar> {
    let p = strdup(s)!
    kept.append(p)
    return UnsafePointer(p)
  }
}

/// One stage instance plus the buffers its results live in.
///
/// The buffers are reused from call to call: the host releases a result
/// before it calls `process` on the same instance again.
private final class Instance {
  let stage: any Stage
  var output = StageOutput()
  var interned: [String: UnsafeMutablePointer<CChar>] = [:]
  var annotations = Buffer<nlp_annotation>()
  var attrs = Buffer<nlp_attr>()
  var bytes = Buffer<CChar>()
  var error: UnsafeMutablePointer<CChar>?

  init(_ stage: any Stage) { self.stage = stage }

  deinit {
    for p in interned.values { free(p) }
    annotations.free()
    attrs.free()
    bytes.free()
    if let error { free(error) }
  }

  func process(_ doc: UnsafePointer<nlp_document>, _ out: UnsafeMutablePointer<nlp_result>) -> Int32 {
    out.pointee = nlp_result()
    output.reset()
    do {
      try stage.process(StageDocument(doc), &output)
    } catch {
      self.error = strdup(String(describing: error))
      out.pointee.error = UnsafePointer(self.error)
      return NLP_ERR_FAILED
    }
    if output.items.isEmpty && output.attributes.isEmpty { return NLP_OK }

    // Size everything first so that no buffer moves while pointers are taken.
    var attrCount = output.attributes.count
    var byteCount = stringBytes(output.attributes)
    for item in output.items {
      attrCount += item.attrs.count
      byteCount += stringBytes(item.attrs)
    }
    annotations.reserve(output.items.count)
    attrs.reserve(attrCount)
    bytes.reserve(byteCount)

    var a = 0
    var b = 0
    func put(_ list: StageAttributes) {
      for (key, value) in list {
        var c = nlp_attr()
        c.key = UnsafePointer(intern(key))
        switch value {
        case .string(var s):
          c.kind = NLP_VALUE_STRING.rawValue
          let start = bytes.base! + b
          s.withUTF8 { u in
            u.withMemoryRebound(to: CChar.self) { src in
              if let base = src.baseAddress { start.update(from: base, count: src.count) }
            }
            b += u.count
          }
          bytes.base![b] = 0
          b += 1
          c.string = UnsafePointer(start)
        case .int(let i):
          c.kind = NLP_VALUE_INT.rawValue
          c.integer = i
        case .double(let d):
          c.kind = NLP_VALUE_DOUBLE.rawValue
          c.number = d
        case .bool(let v):
          c.kind = NLP_VALUE_BOOL.rawValue
          c.integer = v ? 1 : 0
        }
        attrs.base![a] = c
        a += 1
      }
    }
    for (i, item) in output.items.enumerated() {
      var c = nlp_annotation()
      c.start = UInt32(clamping: item.start)
      c.end = UInt32(clamping: item.end)
      c.type = UnsafePointer(intern(item.type))
      c.attr_count = UInt32(item.attrs.count)
      c.attrs = item.attrs.isEmpty ? nil : UnsafePointer(attrs.base! + a)
      put(item.attrs)
      annotations.base![i] = c
    }
    let docAttrStart = a
    put(output.attributes)
    out.pointee.annotations = UnsafePointer(annotations.base)
    out.pointee.annotation_count = output.items.count
    out.pointee.doc_attrs = output.attributes.isEmpty ? nil : UnsafePointer(attrs.base! + docAttrStart)
    out.pointee.doc_attr_count = output.attributes.count
    return NLP_OK
  }

  func release(_ result: UnsafeMutablePointer<nlp_result>) {
    if let error {
      free(error)
      self.error = nil
    }
    result.pointee = nlp_result()
  }

  /// The last strings interned: stages repeat a few types and keys, and
  /// comparing short strings is cheaper than hashing them.
  private var recent: [(String, UnsafeMutablePointer<CChar>)] = []

  private func intern(_ s: String) -> UnsafeMutablePointer<CChar> {
    for (r, p) in recent where r == s { return p }
    let p: UnsafeMutablePointer<CChar>
    if let known = interned[s] {
      p = known
    } else {
      p = strdup(s)!
      interned[s] = p
    }
    if recent.count == 8 { recent.removeFirst() }
    recent.append((s, p))
    return p
  }

  private func stringBytes(_ list: StageAttributes) -> Int {
    var n = 0
    for (_, v) in list { if case .string(let s) = v { n += s.utf8.count + 1 } }
    return n
  }
}

/// A growable C buffer whose address changes only when it grows.
private struct Buffer<T> {
  var base: UnsafeMutablePointer<T>?
  var capacity = 0

  mutating func reserve(_ n: Int) {
    guard n > capacity else { return }
    let cap = max(n, capacity * 2, 16)
    base?.deallocate()
    base = UnsafeMutablePointer<T>.allocate(capacity: cap)
    capacity = cap
  }

  func free() { base?.deallocate() }
}
