// SPDX-License-Identifier: GPL-3.0-or-later
import CStageABI

#if canImport(Glibc)
  import Glibc
#endif

/// Why a plugin could not be loaded; each case renders as one line.
public enum PluginLoadError: Error, CustomStringConvertible, Equatable {
  case notFound(String)
  case cannotOpen(String, reason: String)
  case noEntrySymbol(String)
  case abiMismatch(String, plugin: UInt32)
  case refused(String, code: Int32)
  case invalidMetadata(String, reason: String)
  case duplicate(name: String, path: String, loadedFrom: String)

  public var description: String {
    switch self {
    case .notFound(let p):
      return "plugin not found: \(p)"
    case .cannotOpen(let p, let reason):
      return "cannot load plugin \(p): \(reason)"
    case .noEntrySymbol(let p):
      return "\(p) is not an nlpsh stage plugin (it has no symbol \(NLP_STAGE_ENTRY_SYMBOL))"
    case .abiMismatch(let p, let v):
      return
        "\(p) was built for stage ABI \(v), this nlpsh speaks ABI \(NLP_STAGE_ABI_VERSION); rebuild the plugin against the current StageKit or stage_abi.h"
    case .refused(let p, let code):
      return code == NLP_ERR_ABI
        ? "\(p) does not support stage ABI \(NLP_STAGE_ABI_VERSION); rebuild the plugin against the current StageKit or stage_abi.h"
        : "\(p) refused to load (its entry returned \(code))"
    case .invalidMetadata(let p, let reason):
      return "\(p) declares invalid metadata: \(reason)"
    case .duplicate(let name, let path, let loadedFrom):
      return "stage '\(name)' from \(path) is already loaded from \(loadedFrom) (plugin reload \(name) loads a rebuilt one)"
    }
  }
}

/// A loaded stage plugin: its vtable and metadata.
///
/// Plugins are opened with RTLD_NODELETE and never closed: unloading Swift
/// code is not safe, and a rebuilt plugin is loaded from a fresh copy.
public final class Plugin: @unchecked Sendable {
  public let info: StageInfo
  let vtable: nlp_stage_vtable

  init(info: StageInfo, vtable: nlp_stage_vtable) {
    self.info = info
    self.vtable = vtable
  }

  /// Opens the shared object at `path` and reads its stage table.
  public static func load(path: String) throws -> Plugin {
    var st = stat()
    guard stat(path, &st) == 0 else { throw PluginLoadError.notFound(path) }
    if (st.st_mode & S_IFMT) == S_IFDIR {
      throw PluginLoadError.cannotOpen(path, reason: "it is a directory")
    }
    dlerror()
    guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE) else {
      var reason = dlerror().map { String(cString: $0) } ?? "unknown error"
      // dlerror repeats the path; keep only what it says about it.
      if let r = reason.range(of: "\(path): ") { reason = String(reason[r.upperBound...]) }
      throw PluginLoadError.cannotOpen(path, reason: reason)
    }
    guard let sym = dlsym(handle, NLP_STAGE_ENTRY_SYMBOL) else {
      throw PluginLoadError.noEntrySymbol(path)
    }
    return try load(entry: unsafeBitCast(sym, to: nlp_stage_entry_fn.self), path: path)
  }

  /// Reads the stage table from an entry function already in this process
  /// (a stage linked in, as benchmarks and embedders do); `path` names it in messages.
  public static func load(entry: nlp_stage_entry_fn, path: String) throws -> Plugin {
    var vt = nlp_stage_vtable()
    vt.struct_size = UInt32(MemoryLayout<nlp_stage_vtable>.size)
    let rc = entry(NLP_STAGE_ABI_VERSION, &vt)
    guard rc == NLP_OK else {
      if vt.abi_version != 0 && vt.abi_version != NLP_STAGE_ABI_VERSION {
        throw PluginLoadError.abiMismatch(path, plugin: vt.abi_version)
      }
      throw PluginLoadError.refused(path, code: rc)
    }
    guard vt.abi_version == NLP_STAGE_ABI_VERSION else {
      throw PluginLoadError.abiMismatch(path, plugin: vt.abi_version)
    }
    guard Int(vt.struct_size) >= MemoryLayout<nlp_stage_vtable>.size else {
      throw PluginLoadError.invalidMetadata(path, reason: "its stage table is too small (\(vt.struct_size) bytes)")
    }
    guard vt.create != nil, vt.process != nil, vt.free_result != nil, vt.destroy != nil else {
      throw PluginLoadError.invalidMetadata(path, reason: "create, process, free_result and destroy must all be set")
    }
    let info = try readInfo(vt, path: path)
    return Plugin(info: info, vtable: vt)
  }

  private static func readInfo(_ vt: nlp_stage_vtable, path: String) throws -> StageInfo {
    func str(_ p: UnsafePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }
    func list(_ p: UnsafePointer<CChar>?) -> [String] {
      str(p).split(separator: ",").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    }
    let name = str(vt.name)
    guard isIdentifier(name) else {
      throw PluginLoadError.invalidMetadata(path, reason: "stage name '\(name)' is not lowercase letters, digits and _")
    }
    var options: [StageInfo.Option] = []
    if let specs = vt.options {
      for i in 0..<Int(vt.option_count) {
        let s = specs[i]
        guard let kind = StageInfo.Option.Kind(rawValue: s.kind) else {
          throw PluginLoadError.invalidMetadata(path, reason: "option \(str(s.name)) has unknown kind \(s.kind)")
        }
        let choices = s.choices.map { _ in list(s.choices) }
        options.append(
          .init(name: str(s.name), kind: kind, defaultValue: str(s.default_value), choices: choices, doc: str(s.doc)))
      }
    }
    return StageInfo(
      name: name, version: str(vt.version), summary: str(vt.summary), languages: list(vt.languages),
      requires: list(vt.requires), reads: list(vt.reads), provides: list(vt.provides), options: options,
      path: path)
  }
}

func isIdentifier(_ s: String) -> Bool {
  guard let first = s.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else {
    return false
  }
  return s.utf8.allSatisfy {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
      || $0 == UInt8(ascii: "_")
  }
}

extension Substring {
  func trimmingCharacters(in set: Character) -> String {
    var s = self[...]
    while s.first == set { s = s.dropFirst() }
    while s.last == set { s = s.dropLast() }
    return String(s)
  }
}

extension String {
  func trimmed() -> String {
    var s = self[...]
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}
