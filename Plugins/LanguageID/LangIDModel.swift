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
  // Hash tables (allocated once, never freed: the model lives as long as the process).
  // Two open-addressing tables of 64-bit slots, one for n-grams and one for words:
  // low 32 bits = key, high 32 bits = payload, so that one cache line answers a lookup:
  //   bit 31 = 0: the key's only posting, inline: language in bits 16...22, gain (Int16) in bits 0...15;
  //   bits 31,30 = 1,0: `count` (bits 24...29) postings from `posts[bits 0...23]`;
  //   bits 31,30 = 1,1: dense row `bits 0...29` of `dense` (n-gram keys with many postings).
  // Gains are fixed-point Int16: n-grams w_n × (floor − q) × gainScale, words (word_floor − q) × gainScale.
  let ngramSlots: UnsafeMutablePointer<UInt64>
  let ngramShift: UInt32
  let ngramMask: Int
  let wordSlots: UnsafeMutablePointer<UInt64>
  let wordShift: UInt32
  let wordMask: Int
  static let emptySlot = UInt64.max
  /// postings of keys with 2...denseMin-1 postings, contiguous per key: language << 16 | UInt16(gain)
  let posts: UnsafeMutablePointer<UInt32>
  /// rows of `denseStride` Int16 gains (one per language) for keys with ≥ denseMin postings
  let dense: UnsafeMutablePointer<Int16>
  let denseStride: Int
  static let denseMin = 12
  /// fixed-point scale of the Int16 gains
  let gainScale: Float
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
    // Languages are renumbered by script (Latin first, then by their first script), so that
    // the candidates of a text, which share its script, occupy few 16-lane blocks of a dense row.
    let order = (0..<nl).sorted {
      (masks[$0].trailingZeroBitCount, $0) < (masks[$1].trailingZeroBitCount, $1)
    }
    var newIndex = [Int](repeating: 0, count: nl)
    for (i, l) in order.enumerated() { newIndex[l] = i }
    codes = order.map { codes[$0] }
    masks = order.map { masks[$0] }
    bias = order.map { bias[$0] }
    rawFloors = order.flatMap { l in rawFloors[(l * 5)..<(l * 5 + 5)] }
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
        let l0 = Int(b[o + 2 * p])
        guard l0 < nl else { throw LangIDError("langid: bad language index in model file") }
        let l = newIndex[l0]
        let q = Float(b[o + 2 * p + 1])
        pl[p] = UInt8(l)
        pg[p] = kind == 0 ? wordFloorL - q : wL[kind - 1] * (floorsL[l * 5 + kind - 1] - q)
      }
    }
    guard np < (1 << 24) else { throw LangIDError("langid: model has too many postings") }
    // fixed-point scale: the largest power of two that keeps every gain within Int16
    var maxGain: Float = 1
    for p in 0..<np { maxGain = max(maxGain, abs(pg[p])) }
    var gs: Float = 1
    while gs * 2 * maxGain < 32000 && gs < 1024 { gs *= 2 }
    gainScale = gs
    @inline(__always) func q16(_ g: Float) -> UInt32 {
      UInt32(UInt16(bitPattern: Int16((g * gs).rounded())))
    }
    let stride = (nl + 15) / 16 * 16
    var nDense = 0, nNgram = 0, nWord = 0, nPosts = 0
    for i in 0..<nk {
      let cnt = Int(ps[i + 1] - ps[i])
      if kd[i] == 0 { nWord += 1 } else { nNgram += 1 }
      if cnt >= LangIDModel.denseMin {
        nDense += 1
      } else if cnt > 1 {
        nPosts += cnt
      }
    }
    let dn = UnsafeMutablePointer<Int16>.allocate(capacity: max(1, nDense * stride))
    dn.initialize(repeating: 0, count: max(1, nDense * stride))
    let po = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, nPosts))
    func makeTable(_ n: Int, _ load: Int) -> (UnsafeMutablePointer<UInt64>, UInt32, Int) {
      var bits: UInt32 = 10
      while (1 << bits) * load < n * 100 { bits += 1 }
      let ns = 1 << Int(bits)
      let t = UnsafeMutablePointer<UInt64>.allocate(capacity: ns)
      t.initialize(repeating: LangIDModel.emptySlot, count: ns)
      return (t, 32 - bits, ns - 1)
    }
    let (nt, nsh, nmask) = makeTable(nNgram, 50)
    let (wt, wsh, wmask) = makeTable(nWord, 70)
    var d = 0, pp = 0
    for i in 0..<nk {
      let p0 = Int(ps[i]), cnt = Int(ps[i + 1]) - p0
      if cnt == 0 { continue }
      var info: UInt32
      if cnt >= LangIDModel.denseMin {
        let row = dn + d * stride
        for p in p0..<(p0 + cnt) { row[Int(pl[p])] = Int16(bitPattern: UInt16(q16(pg[p]))) }
        info = 0xC000_0000 | UInt32(d)
        d += 1
      } else if cnt == 1 {
        info = UInt32(pl[p0]) << 16 | q16(pg[p0])
      } else {
        info = 0x8000_0000 | UInt32(cnt) << 24 | UInt32(pp)
        for p in p0..<(p0 + cnt) {
          po[pp] = UInt32(pl[p]) << 16 | q16(pg[p])
          pp += 1
        }
      }
      let key = kp[i]
      let (t, sh, mask) = kd[i] == 0 ? (wt, wsh, wmask) : (nt, nsh, nmask)
      var j = Int(key >> sh)
      while t[j] != LangIDModel.emptySlot { j = (j + 1) & mask }
      t[j] = UInt64(key) | (UInt64(info) << 32)
    }
    kp.deallocate()
    ps.deallocate()
    kd.deallocate()
    pl.deallocate()
    pg.deallocate()
    ngramSlots = nt
    ngramShift = nsh
    ngramMask = nmask
    wordSlots = wt
    wordShift = wsh
    wordMask = wmask
    dense = dn
    denseStride = stride
    posts = po
  }

  public func index(of code: String) -> Int? {
    let c = code.lowercased()
    let alias = ["no": "nb", "fil": "tl", "iw": "he", "in": "id", "zsm": "ms"][c] ?? c
    return codes.firstIndex(of: alias)
  }
}

