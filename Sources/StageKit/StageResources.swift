// SPDX-License-Identifier: GPL-3.0-or-later
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds data files a plugin ships beside its shared object.
///
/// SwiftPM copies a target's resources into a folder named
/// `<package>_<target>.resources` next to the built library; a plugin
/// installed by hand carries the same folder beside its `.so`.
public enum StageResources {
  /// The path of `relativePath` inside the resources of `target`, or nil.
  ///
  /// - Parameter dso: leave the default: it identifies the calling plugin.
  public static func path(
    for relativePath: String, target: String, dso: UnsafeRawPointer = #dsohandle
  ) -> String? {
    guard let dir = libraryDirectory(dso) else { return nil }
    var candidates = ["\(dir)/\(target).resources"]
    if let d = opendir(dir) {
      defer { closedir(d) }
      while let e = readdir(d) {
        let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
          String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        if name.hasSuffix("_\(target).resources") { candidates.append("\(dir)/\(name)") }
      }
    }
    for c in candidates {
      let p = "\(c)/\(relativePath)"
      if access(p, R_OK) == 0 { return p }
    }
    return nil
  }

  /// The folder that holds the shared object containing `dso`.
  public static func libraryDirectory(_ dso: UnsafeRawPointer = #dsohandle) -> String? {
    var info = DLInfo()
    guard nlp_dladdr(dso, &info) != 0, let fname = info.fname else { return nil }
    let path = String(cString: fname)
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }
}

/// glibc's `Dl_info` (dlfcn.h), which the Glibc module does not export.
private struct DLInfo {
  var fname: UnsafePointer<CChar>? = nil
  var fbase: UnsafeMutableRawPointer? = nil
  var sname: UnsafePointer<CChar>? = nil
  var saddr: UnsafeMutableRawPointer? = nil
}

@_silgen_name("dladdr")
private func nlp_dladdr(_ addr: UnsafeRawPointer, _ info: UnsafeMutablePointer<DLInfo>) -> Int32
