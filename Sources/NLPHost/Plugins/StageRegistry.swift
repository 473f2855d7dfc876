// SPDX-License-Identifier: GPL-3.0-or-later
#if canImport(Glibc)
  import Glibc
#endif

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
