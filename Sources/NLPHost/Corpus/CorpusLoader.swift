// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Why a path gave no documents; each renders as one line naming the path.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
  case notFound(String)
  case noTextFiles(String)
  case unreadable(String, reason: String)
  case noMatch(String)

  public var description: String {
    switch self {
    case .notFound(let p): return "no such file or folder: \(p)"
    case .noTextFiles(let p): return "no .txt or .jsonl files under \(p)"
    case .unreadable(let p, let r): return "cannot read \(p): \(r)"
    case .noMatch(let p): return "no files match \(p)"
    }
  }
}

/// Reads documents from `.txt` files, folders (recursively), globs and
/// JSON Lines (`{"id", "text", …metadata}`), reporting what it skips.
///
/// A document's id is its path relative to what was named: the file name
/// for a file, the relative path for a folder or glob, the record's `id`
/// for JSON Lines. Metadata fields become document attributes.
public struct CorpusLoader {
  /// Called with a one-line warning for each file skipped or repaired.
  public var warn: (String) -> Void

  public init(warn: @escaping (String) -> Void = { _ in }) { self.warn = warn }

  /// Loads everything `path` names. Throws when it names nothing usable.
  public func load(_ path: String) throws -> [Document] {
    var docs: [Document] = []
    try forEachDocument(in: path) { docs.append($0) }
    return docs
  }

  /// Streams the documents `path` names, one at a time (bounded memory for JSON Lines).
  public func forEachDocument(in path: String, _ body: (Document) throws -> Void) throws {
    if path == "-" { return try readJSONLines(FileHandle.standardInput, name: "<stdin>", body) }
    if path.contains(where: { "*?[".contains($0) }) && access(path, F_OK) != 0 {
      let files = glob(path)
      if files.isEmpty { throw CorpusError.noMatch(path) }
      let base = globBase(path)
      for f in files { try loadFile(f, id: relative(f, to: base), body) }
      return
    }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw CorpusError.notFound(path)
    }
    if isDir.boolValue {
      let files = textFiles(under: path)
      if files.isEmpty { throw CorpusError.noTextFiles(path) }
      for f in files { try loadFile(f, id: relative(f, to: path), body) }
    } else {
      try loadFile(path, id: (path as NSString).lastPathComponent, body)
    }
  }

  private func loadFile(_ path: String, id: String, _ body: (Document) throws -> Void) throws {
    if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
      guard let h = FileHandle(forReadingAtPath: path) else {
        throw CorpusError.unreadable(path, reason: String(cString: strerror(errno)))
      }
      defer { try? h.close() }
      return try readJSONLines(h, name: path, body)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CorpusError.unreadable(path, reason: String(cString: strerror(errno)))
    }
    let bytes = [UInt8](data)
    if bytes.prefix(8192).contains(0) {
      warn("skipping \(path): it looks like a binary file (it contains NUL bytes)")
      return
    }
    if bytes.isEmpty { warn("\(path) is empty") }
    try body(Document(id: id, utf8: repairUTF8(bytes, name: path)))
  }

  /// Valid UTF-8 as is; otherwise invalid bytes become U+FFFD, with a warning.
  func repairUTF8(_ bytes: [UInt8], name: String) -> [UInt8] {
    if String(validating: bytes, as: UTF8.self) != nil { return bytes }
    let fixed = Array(String(decoding: bytes, as: UTF8.self).utf8)
    warn("\(name): invalid UTF-8 replaced with U+FFFD")
    return fixed
  }

  private func readJSONLines(_ h: FileHandle, name: String, _ body: (Document) throws -> Void) throws {
    var lineNo = 0
    var buffer: [UInt8] = []
    var start = 0
    while true {
      let chunk = h.readData(ofLength: 1 << 20)
      if chunk.isEmpty { break }
      // Keep only the unfinished line from the previous chunk.
      if start > 0 {
        buffer.removeSubrange(0..<start)
        start = 0
      }
      buffer.append(contentsOf: chunk)
      while let nl = buffer.withUnsafeBufferPointer({ b -> Int? in
        guard start < b.count, let p = memchr(b.baseAddress! + start, 10, b.count - start) else { return nil }
        return UnsafeRawPointer(p) - UnsafeRawPointer(b.baseAddress!)
      }) {
        lineNo += 1
        try record(buffer[start..<nl], line: lineNo, name: name, body)
        start = nl + 1
      }
    }
    if start < buffer.count {
      lineNo += 1
      try record(buffer[start...], line: lineNo, name: name, body)
    }
  }

  /// One JSON Lines record: `{"id", "text", …metadata}`; blank lines are skipped.
  private func record(
    _ bytes: ArraySlice<UInt8>, line lineNo: Int, name: String, _ body: (Document) throws -> Void
  ) throws {
    var bytes = bytes
    if bytes.last == 13 { bytes = bytes.dropLast() }
    if bytes.allSatisfy({ $0 == 32 || $0 == 9 }) { return }
    var parsed: JSONRecord?
    if bytes.withUnsafeBufferPointer(isValidUTF8) {
      parsed = bytes.withUnsafeBufferPointer { JSONRecord($0) }
    } else {
      // Invalid UTF-8 inside an otherwise good record: replace it, as for .txt files.
      let fixed = Array(String(decoding: bytes, as: UTF8.self).utf8)
      parsed = fixed.withUnsafeBufferPointer { JSONRecord($0) }
      if parsed != nil { warn("\(name):\(lineNo): invalid UTF-8 replaced with U+FFFD") }
    }
    guard let rec = parsed else {
      warn("\(name):\(lineNo): not valid JSON; line skipped")
      return
    }
    guard let text = rec.text else {
      warn("\(name):\(lineNo): a record needs a \"text\" string; line skipped")
      return
    }
    var attrs = Attributes()
    for (key, value) in rec.attrs { attrs[key] = value }
    let id = rec.id ?? "\((name as NSString).lastPathComponent):\(lineNo)"
    try body(Document(id: id, utf8: text, attrs: attrs))
  }

  /// `.txt`, `.jsonl` and `.ndjson` files below `dir`, sorted, hidden ones skipped.
  func textFiles(under dir: String) -> [String] {
    var out: [String] = []
    guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
    while let rel = e.nextObject() as? String {
      let last = (rel as NSString).lastPathComponent
      if last.hasPrefix(".") {
        e.skipDescendants()
        continue
      }
      if last.hasSuffix(".txt") || last.hasSuffix(".jsonl") || last.hasSuffix(".ndjson") {
        out.append((dir as NSString).appendingPathComponent(rel))
      }
    }
    return out.sorted()
  }

  private func glob(_ pattern: String) -> [String] {
    var g = glob_t()
    defer { globfree(&g) }
    guard Glibc.glob(pattern, 0, nil, &g) == 0 else { return [] }
    var out: [String] = []
    for i in 0..<Int(g.gl_pathc) {
      if let p = g.gl_pathv[i] { out.append(String(cString: p)) }
    }
    var result: [String] = []
    for p in out {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
        result += textFiles(under: p)
      } else {
        result.append(p)
      }
    }
    return result
  }

  private func globBase(_ pattern: String) -> String {
    let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
    var base: [Substring] = []
    for p in parts {
      if p.contains(where: { "*?[".contains($0) }) { break }
      base.append(p)
    }
    let b = base.joined(separator: "/")
    return b.isEmpty ? "." : b
  }

  private func relative(_ path: String, to base: String) -> String {
    var b = base
    while b.hasSuffix("/") && b.count > 1 { b.removeLast() }
    if b == "." { return path.hasPrefix("./") ? String(path.dropFirst(2)) : path }
    if path.hasPrefix(b + "/") { return String(path.dropFirst(b.count + 1)) }
    return (path as NSString).lastPathComponent
  }
}
