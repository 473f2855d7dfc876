// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Spelled-out numbers from a named rule set of the locale's spell-out rules ("%spellout-cardinal-feminine",
/// "%spellout-ordinal-masculine"), which NumberFormatter does not expose: read through the ICU library that
/// Foundation itself loads. Where that library cannot be reached the result is empty and the tables keep
/// what the formatter and languages.json give.
enum RuleSetSpeller {
  private typealias Open = @convention(c) (
    Int32, UnsafePointer<UInt16>?, Int32, UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int32>
  ) -> OpaquePointer?
  private typealias Close = @convention(c) (OpaquePointer?) -> Void
  private typealias SetText = @convention(c) (
    OpaquePointer?, Int32, UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>
  ) -> Void
  private typealias Format = @convention(c) (
    OpaquePointer?, Int64, UnsafeMutablePointer<UInt16>, Int32, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int32>
  ) -> Int32

  private struct API {
    var open: Open
    var close: Close
    var setText: SetText
    var format: Format
  }

  // UNumberFormatStyle UNUM_SPELLOUT and UNumberFormatTextAttribute UNUM_DEFAULT_RULESET
  private static let spelloutStyle: Int32 = 5
  private static let defaultRuleSet: Int32 = 6

  private static let api: API? = {
    // make sure Foundation has loaded its ICU
    _ = NumberFormatter().string(from: 1)
    var handles: [UnsafeMutableRawPointer?] = [dlopen(nil, RTLD_NOW)]
    for lib in ["lib_FoundationICU.so", "libFoundationICU.so", "libicucore.dylib"] {
      if let h = dlopen(lib, RTLD_NOW | RTLD_NOLOAD) { handles.append(h) }
    }
    func symbol(_ name: String) -> UnsafeMutableRawPointer? {
      for h in handles {
        for prefix in ["swift_", ""] { if let p = dlsym(h, prefix + name) { return p } }
      }
      return nil
    }
    guard let o = symbol("unum_open"), let c = symbol("unum_close"), let s = symbol("unum_setTextAttribute"),
      let f = symbol("unum_formatInt64")
    else { return nil }
    return API(
      open: unsafeBitCast(o, to: Open.self), close: unsafeBitCast(c, to: Close.self),
      setText: unsafeBitCast(s, to: SetText.self), format: unsafeBitCast(f, to: Format.self))
  }()

  /// The `numbers` spelled with each of `ruleSets` of `locale` (one formatter, whose rules are parsed once,
  /// switched from set to set), lowercased; an empty table for a set that is unavailable.
  static func spell<S: Sequence<Int>>(locale: String, ruleSets: [String], _ numbers: S) -> [[Int: String]] {
    let none = [[Int: String]](repeating: [:], count: ruleSets.count)
    guard !ruleSets.isEmpty, let api else { return none }
    var err: Int32 = 0
    guard let f = api.open(spelloutStyle, nil, 0, locale, nil, &err), err <= 0 else { return none }
    defer { api.close(f) }
    var tables: [[Int: String]] = []
    var buf = [UInt16](repeating: 0, count: 512)
    for ruleSet in ruleSets {
      err = 0
      let name = Array(ruleSet.utf16)
      api.setText(f, defaultRuleSet, name, Int32(name.count), &err)
      guard err <= 0 else {
        tables.append([:])
        continue
      }
      var out: [Int: String] = [:]
      for n in numbers {
        err = 0
        let len = api.format(f, Int64(n), &buf, Int32(buf.count), nil, &err)
        guard err <= 0, len > 0, len <= buf.count else { continue }
        let s = String(decoding: buf[0..<Int(len)], as: UTF16.self)
        out[n] = String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != "\u{AD}" })).lowercased()
      }
      tables.append(out)
    }
    return tables
  }
}
