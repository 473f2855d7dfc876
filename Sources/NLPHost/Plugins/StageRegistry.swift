// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

private let reloadDirectories = Locked<[String]>([])

/// A value behind a lock.
final class Locked<T>: @unchecked Sendable {
  private var value: T
  private let lock = NSLock()
  init(_ value: T) { self.value = value }
  func withLock<R>(_ body: (inout T) -> R) -> R {
    lock.lock()
    defer { lock.unlock() }
    return body(&value)
  }
}

func copyFile(_ from: String, _ to: String) -> Bool {
  (try? FileManager.default.copyItem(atPath: from, toPath: to)) != nil
}

/// The stages a session knows, by name.
public final class StageRegistry: @unchecked Sendable {
  public private(set) var plugins: [Plugin] = []

  public init() {}

  /// Stage names in load order.
  public var names: [String] { plugins.map(\.info.name) }

  public func plugin(named name: String) -> Plugin? { plugins.first { $0.info.name == name } }

  /// Where plugins are looked for, in order: `$NLPSH_PLUGIN_PATH` (colon-separated),
  /// the folder of the running executable, then the per-user plugin folder
  /// (`$XDG_DATA_HOME/nlpsh/plugins`, by default `~/.local/share/nlpsh/plugins`).
  public static func defaultSearchPath() -> [String] {
    var dirs: [String] = []
    if let env = getenv("NLPSH_PLUGIN_PATH").map({ String(cString: $0) }) {
      dirs += env.split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
    if let exe = executableDirectory() { dirs.append(exe) }
    dirs.append(userPluginDirectory())
    var seen = Set<String>()
    return dirs.filter { seen.insert($0).inserted }
  }

  public static func userPluginDirectory() -> String {
    if let x = getenv("XDG_DATA_HOME").map({ String(cString: $0) }), !x.isEmpty {
      return x + "/nlpsh/plugins"
    }
    return homeDirectory() + "/.local/share/nlpsh/plugins"
  }

  /// Loads every stage plugin (`*.so`) found in `dirs`.
  ///
  /// Shared objects that are not stage plugins are skipped quietly; every
  /// other failure is returned, one per file, and loading goes on.
  @discardableResult
  public func discover(in dirs: [String]) -> [PluginLoadError] {
    var errors: [PluginLoadError] = []
    for dir in dirs {
      for file in listDirectory(dir).sorted() where file.hasSuffix(".so") {
        do {
          try add(Plugin.load(path: dir + "/" + file))
        } catch let e as PluginLoadError {
          if case .noEntrySymbol = e { continue }
          errors.append(e)
        } catch {}
      }
    }
    return errors
  }

  /// Loads one plugin from a path, or by name (`Quotes` or `libQuotes.so`)
  /// from the search path.
  @discardableResult
  public func load(_ pathOrName: String, searchPath: [String] = defaultSearchPath()) throws -> StageInfo {
    let path = resolve(pathOrName, searchPath: searchPath)
    let plugin = try Plugin.load(path: path)
    try add(plugin)
    return plugin.info
  }

  func resolve(_ pathOrName: String, searchPath: [String]) -> String {
    if pathOrName.contains("/") || access(pathOrName, F_OK) == 0 { return pathOrName }
    let file = pathOrName.hasSuffix(".so") ? pathOrName : "lib\(pathOrName).so"
    for dir in searchPath where access(dir + "/" + file, F_OK) == 0 { return dir + "/" + file }
    return pathOrName
  }

  /// Loads a rebuilt plugin in place of the stage of the same name.
  ///
  /// The shared object is copied to a unique path first: the dynamic loader
  /// would otherwise hand back the image already loaded, and Swift plugins
  /// are never unloaded. Results made by the old version keep its provenance.
  ///
  /// - Parameter nameOrPath: a loaded stage's name (its file is read again) or a path.
  @discardableResult
  public func reload(_ nameOrPath: String) throws -> (old: StageInfo, new: StageInfo) {
    let source =
      plugin(named: nameOrPath)?.info.originalPath ?? resolve(nameOrPath, searchPath: StageRegistry.defaultSearchPath())
    guard access(source, R_OK) == 0 else { throw PluginLoadError.notFound(source) }
    let copy = try reloadDirectory() + "/\(reloadCounter)-" + (source as NSString).lastPathComponent
    reloadCounter += 1
    unlink(copy)
    guard copyFile(source, copy) else {
      throw PluginLoadError.cannotOpen(source, reason: "cannot copy it to \(copy)")
    }
    var fresh = try Plugin.load(path: copy)
    fresh = Plugin(info: fresh.info.withOriginalPath(source), vtable: fresh.vtable)
    guard let i = plugins.firstIndex(where: { $0.info.name == fresh.info.name }) else {
      throw PluginLoadError.invalidMetadata(source, reason: "it provides stage '\(fresh.info.name)', which is not loaded (use plugin PATH)")
    }
    let old = plugins[i].info
    plugins[i] = fresh
    return (old, fresh.info)
  }

  private var reloadCounter = 0
  private var reloadDir: String?

  /// A per-process folder for reloaded copies, removed at exit.
  private func reloadDirectory() throws -> String {
    if let reloadDir { return reloadDir }
    var template = Array((NSTemporaryDirectory() + "nlpsh-reload-XXXXXX").utf8CString)
    guard let dir = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw PluginLoadError.cannotOpen(NSTemporaryDirectory(), reason: "cannot create a folder for reloaded plugins")
    }
    let path = String(cString: dir)
    reloadDir = path
    StageRegistry.cleanupAtExit(path)
    return path
  }

  private static func cleanupAtExit(_ dir: String) {
    _ = registerReloadCleanup
    reloadDirectories.withLock { $0.append(dir) }
  }

  /// One exit handler for all registries' reload folders.
  private static let registerReloadCleanup: Void = {
    atexit {
      for d in reloadDirectories.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: d) }
    }
  }()

  /// Adds a loaded plugin; refuses a second stage with the same name.
  public func add(_ plugin: Plugin) throws {
    if let old = self.plugin(named: plugin.info.name) {
      throw PluginLoadError.duplicate(name: plugin.info.name, path: plugin.info.path, loadedFrom: old.info.path)
    }
    plugins.append(plugin)
  }

  /// Stage names close to `name`, best first, for "did you mean".
  public func suggestions(for name: String) -> [String] {
    closest(to: name, among: names)
  }
}

func executableDirectory() -> String? {
  var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
  let n = readlink("/proc/self/exe", &buf, buf.count - 1)
  guard n > 0 else { return nil }
  let path = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  guard let slash = path.lastIndex(of: "/") else { return nil }
  return String(path[..<slash])
}

func homeDirectory() -> String {
  if let h = getenv("HOME").map({ String(cString: $0) }), !h.isEmpty { return h }
  if let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir { return String(cString: dir) }
  return "/tmp"
}

func listDirectory(_ dir: String) -> [String] {
  guard let d = opendir(dir) else { return [] }
  defer { closedir(d) }
  var names: [String] = []
  while let e = readdir(d) {
    let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
      String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
    }
    if name != "." && name != ".." { names.append(name) }
  }
  return names
}

/// Edit distance (Levenshtein) between two short strings.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a), b = Array(b)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var prev = Array(0...b.count)
  var cur = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    cur[0] = i
    for j in 1...b.count {
      cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    swap(&prev, &cur)
  }
  return prev[b.count]
}

/// Candidates within a small edit distance of `word` (or that start with it), best first.
public func closest(to word: String, among candidates: [String]) -> [String] {
  let limit = max(2, word.count / 3)
  let w = word.lowercased()
  var scored: [(String, Int)] = []
  for c in candidates {
    let d = editDistance(w, c.lowercased())
    if d <= limit || c.hasPrefix(word) { scored.append((c, d)) }
  }
  scored.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
  return scored.map { $0.0 }
}
