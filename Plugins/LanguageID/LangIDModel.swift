// SPDX-License-Identifier: GPL-3.0-or-later
//
// The langid classifier: script detection, then character 1–5-gram and word
// log-probabilities from the model built by tools/langid/train.py (format in
// tools/langid/README.md). Works on UTF-8 bytes only; no Foundation.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

public struct LangIDError: Error, CustomStringConvertible {
  public var description: String
  public init(_ d: String) { description = d }
}

public final class LangIDModel: @unchecked Sendable {
  public let codes: [String]
  let nLangs: Int
  /// floors (cost of an unseen n-gram) per language and order, `floor_extra` added, in q units
  let floors: [Float]
  let scriptMasks: [UInt32]
  let w: [Float]            // w1..w5
  let ww: Float
  let shortWW: Float
  let singleWW: Float
  let temp: Float
  let scale: Float
  let wordFloor: Float
  /// per-language score bias per token
  let bias: [Float]
  // hash table (allocated once, never freed: the model lives as long as the process)
  /// open addressing, 2^slotBits entries: low 32 bits = key, high 32 bits = info
  /// (bit 31 set: dense row index in bits 0...30; else count << 23 | first posting)
  let slots: UnsafeMutablePointer<UInt64>
  let slotShift: UInt32
  let slotMask: Int
  static let emptySlot = UInt64.max
  let plang: UnsafeMutablePointer<UInt8>
  /// n-gram postings: w_n * (floor - q); word postings: wordFloor - q
  let pgain: UnsafeMutablePointer<Float>
  /// rows of `denseStride` floats (one per language) for n-gram keys with many postings
  let dense: UnsafeMutablePointer<Float>
  let denseStride: Int
  static let denseMin = 8
  /// code point (< 0x30000) -> (script << 24) | lowercased code point; 0 = separator
  let table: UnsafeMutablePointer<UInt32>
  static let bucketShift: UInt32 = 12
  static let maxCP: UInt32 = 0x30000
  static let latin: UInt32 = 1
  static let kana: UInt32 = 16
  static let hani: UInt32 = 17

  public convenience init(path: String) throws {
    guard let f = fopen(path, "rb") else { throw LangIDError("langid: cannot open model file \(path)") }
    defer { fclose(f) }
    fseek(f, 0, SEEK_END)
    let size = ftell(f)
    fseek(f, 0, SEEK_SET)
    guard size > 16 else { throw LangIDError("langid: model file \(path) is too short") }
    var bytes = [UInt8](repeating: 0, count: size)
    let got = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, size, f) }
    guard got == size else { throw LangIDError("langid: cannot read model file \(path)") }
    try self.init(bytes: bytes)
  }

  public init(bytes b: [UInt8]) throws {
    var o = 0
    func need(_ n: Int) throws {
      if o + n > b.count { throw LangIDError("langid: truncated model file") }
    }
    func u32() throws -> UInt32 {
      try need(4)
      let v = UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
      o += 4
      return v
    }
    func f32() throws -> Float { Float(bitPattern: try u32()) }
    guard b.count > 8, Array(b[0..<8]) == Array("NLPLID01".utf8) else {
      throw LangIDError("langid: not a langid model (bad magic)")
    }
    o = 8
    let nl = Int(try u32())
    var codes: [String] = []
    var rawFloors: [Float] = []
    var masks: [UInt32] = []
    for _ in 0..<nl {
      try need(13)
      let ln = Int(b[o])
      codes.append(String(decoding: b[(o + 1)..<(o + 1 + ln)], as: UTF8.self))
      o += 8
      for n in 0..<5 { rawFloors.append(Float(b[o + n])) }
      o += 5
      masks.append(try u32())
    }
    let nw = Int(try u32())
    var ws: [Float] = []
    for _ in 0..<nw { ws.append(try f32()) }
    guard ws.count >= 9 else { throw LangIDError("langid: model has too few weights") }
    scale = try f32()
    let wordFloorL = Float(try u32())
    wordFloor = wordFloorL
    var bias: [Float] = []
    for _ in 0..<nl { bias.append(try f32()) }
    self.bias = bias
    let fe = ws[8] * scale
    let floorsL = rawFloors.map { $0 + fe }
    floors = floorsL
    let wL = Array(ws[0..<5])
    w = wL
    ww = ws[5]
    shortWW = ws[6]
    singleWW = ws.count >= 10 ? ws[9] : ws[6]
    temp = ws[7]
    self.codes = codes
    nLangs = nl
    scriptMasks = masks
    // character table
    let nr = Int(try u32())
    var table = [UInt32](repeating: 0, count: Int(LangIDModel.maxCP))
    for _ in 0..<nr {
      let st = try u32(), ln = try u32(), d = Int32(bitPattern: try u32()), s = try u32()
      var cp = st
      while cp < st + ln && cp < LangIDModel.maxCP {
        let m = UInt32(Int32(cp) + d)
        table[Int(cp)] = (s << 24) | m
        cp += 1
      }
    }
    let tp = UnsafeMutablePointer<UInt32>.allocate(capacity: table.count)
    tp.initialize(from: table, count: table.count)
    self.table = tp
    // hash table
    let nk = Int(try u32())
    try need(nk * 6)
    let kp = UnsafeMutablePointer<UInt32>.allocate(capacity: nk + 1)
    for i in 0..<nk {
      let j = o + 4 * i
      kp[i] = UInt32(b[j]) | UInt32(b[j + 1]) << 8 | UInt32(b[j + 2]) << 16 | UInt32(b[j + 3]) << 24
    }
    kp[nk] = 0
    o += nk * 4
    let ps = UnsafeMutablePointer<UInt32>.allocate(capacity: nk + 1)
    var acc: UInt32 = 0
    for i in 0..<nk {
      ps[i] = acc
      acc += UInt32(b[o + i])
    }
    ps[nk] = acc
    o += nk
    let kd = UnsafeMutablePointer<UInt8>.allocate(capacity: nk)
    for i in 0..<nk { kd[i] = b[o + i] }
    o += nk
    let np = Int(try u32())
    guard np == Int(acc) else { throw LangIDError("langid: inconsistent model file") }
    try need(np * 2)
    let pl = UnsafeMutablePointer<UInt8>.allocate(capacity: np)
    let pg = UnsafeMutablePointer<Float>.allocate(capacity: np)
    for i in 0..<nk {
      let kind = Int(kd[i])
      guard kind <= 5 else { throw LangIDError("langid: bad key kind in model file") }
      for p in Int(ps[i])..<Int(ps[i + 1]) {
        let l = Int(b[o + 2 * p])
        guard l < nl else { throw LangIDError("langid: bad language index in model file") }
        let q = Float(b[o + 2 * p + 1])
        pl[p] = UInt8(l)
        pg[p] = kind == 0 ? wordFloorL - q : wL[kind - 1] * (floorsL[l * 5 + kind - 1] - q)
      }
    }
    guard np < (1 << 23) else { throw LangIDError("langid: model has too many postings") }
    // dense rows for the n-gram keys with many postings (summed with SIMD)
    let stride = (nl + 15) / 16 * 16
    var nDense = 0
    for i in 0..<nk where kd[i] != 0 && ps[i + 1] - ps[i] >= UInt32(LangIDModel.denseMin) { nDense += 1 }
    let dn = UnsafeMutablePointer<Float>.allocate(capacity: max(1, nDense * stride))
    dn.initialize(repeating: 0, count: max(1, nDense * stride))
    var bits: UInt32 = 10
    while (1 << bits) < nk + nk / 2 + 1 { bits += 1 }
    let nslots = 1 << Int(bits)
    let sl = UnsafeMutablePointer<UInt64>.allocate(capacity: nslots)
    sl.initialize(repeating: LangIDModel.emptySlot, count: nslots)
    let shift = 32 - bits
    var d = 0
    for i in 0..<nk {
      let cnt = ps[i + 1] - ps[i]
      var info: UInt32
      if kd[i] != 0 && cnt >= UInt32(LangIDModel.denseMin) {
        let row = dn + d * stride
        for p in Int(ps[i])..<Int(ps[i + 1]) { row[Int(pl[p])] = pg[p] }
        info = 0x8000_0000 | UInt32(d)
        d += 1
      } else {
        info = (min(cnt, 255) << 23) | ps[i]
      }
      let key = kp[i]
      var j = Int(key >> shift)
      while sl[j] != LangIDModel.emptySlot { j = (j + 1) & (nslots - 1) }
      sl[j] = UInt64(key) | (UInt64(info) << 32)
    }
    kp.deallocate()
    ps.deallocate()
    kd.deallocate()
    slots = sl
    slotShift = shift
    slotMask = nslots - 1
    dense = dn
    denseStride = stride
    plang = pl
    pgain = pg
  }

  public func index(of code: String) -> Int? {
    let c = code.lowercased()
    let alias = ["no": "nb", "fil": "tl", "iw": "he", "in": "id", "zsm": "ms"][c] ?? c
    return codes.firstIndex(of: alias)
  }
}

