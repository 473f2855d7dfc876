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

/// An open-addressing table of 64-byte buckets (one cache line), each holding up to 8 keys
/// (8 UInt32) and then their payloads, complemented (8 UInt32; 0 in an empty lane, whose
/// key is 0xFFFFFFFF). A key lives in its home bucket (its top bits) or, when that is full,
/// in the next bucket that is not; buckets fill their lanes in order, so a bucket whose
/// last lane is empty ends a search. A lookup compares the 8 keys at once and adds the
/// matching lane's payload (at most one lane matches): no branch per slot.
struct LangIDTable {
  let buckets: UnsafeMutablePointer<UInt32>
  let shift: UInt32
  let mask: Int

  /// The payload of key `h`, or UInt32.max when absent.
  @inline(__always)
  func find(_ h: UInt32) -> UInt32 {
    var b = Int(h &>> shift)
    let hv = SIMD8<UInt32>(repeating: h)
    while true {
      let p = UnsafeRawPointer(buckets + b &* 16)
      let keys = p.load(as: SIMD8<UInt32>.self)
      let inv = p.load(fromByteOffset: 32, as: SIMD8<UInt32>.self)
      let s = inv.replacing(with: 0, where: keys .!= hv).wrappedSum()
      // found (s != 0), or absent when the bucket's last lane is empty (then ~s = UInt32.max):
      // one branch, taken rarely, rather than one on found / absent
      let last = p.load(fromByteOffset: 60, as: UInt32.self)
      let empty = ((last | (0 &- last)) >> 31) ^ 1
      if s | empty != 0 { return ~s }
      b = (b &+ 1) & mask
    }
  }

  /// Adds key `k` with payload `info` (not UInt32.max).
  func insert(_ k: UInt32, _ info: UInt32) {
    var b = Int(k &>> shift)
    while buckets[b &* 16 &+ 15] != 0 { b = (b &+ 1) & mask }
    var j = 0
    while buckets[b &* 16 &+ 8 &+ j] != 0 { j += 1 }
    buckets[b &* 16 &+ j] = k
    buckets[b &* 16 &+ 8 &+ j] = ~info
  }
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
  /// The donor language (renumbered index, -1 = none) and its margin: a word of a text
  /// costs a language at most what it costs the donor plus `donorMargin` (see LangIDScorer).
  let donor: Int
  let donorMargin: Float
  /// the margin for texts of two words
  let shortDonorMargin: Float
  let scale: Float
  let wordFloor: Float
  /// per-language score bias per token
  let bias: [Float]
  // Hash tables (allocated once, never freed: the model lives as long as the process).
  // Open-addressing tables of 8-lane buckets (`LangIDTable`), for n-grams and for words, one of each per
  // script group (`group` of a language: 0 = Latin script, 1 = the others), holding the
  // postings of that group's languages, so that a Latin text probes only the Latin tables
  // (about 40 % of the n-gram keys) and the others never touch them.
  // Payloads (one cache line answers a lookup):
  //   bit 31 = 0: the key's only posting, inline: language in bits 16...22, gain (Int16) in bits 0...15;
  //   bits 31,30 = 1,0: `count` (bits 24...29) postings from `posts[bits 0...23]`;
  //   bits 31,30 = 1,1: dense row at `dense + 16 × bits 0...29` (keys with many postings; see `denseLo`).
  // Gains are fixed-point Int16: n-grams w_n × (floor − q) × gainScale, words (word_floor − q) × gainScale.
  let ngramTables: [LangIDTable]
  let wordTables: [LangIDTable]
  /// script group of each language (index into the tables)
  let group: [Int]
  static let nGroups = 2
  /// postings of keys with 2...denseMin-1 postings, contiguous per key: language << 16 | UInt16(gain)
  let posts: UnsafeMutablePointer<UInt32>
  /// Dense rows of Int16 gains for keys with ≥ denseMin postings in a group. A row of group g
  /// holds only that group's lanes: the 16-lane blocks [denseLo[g], denseHi[g]) that cover its
  /// languages (the Latin group 64 lanes, 128 bytes; the others 32 lanes, 64 bytes), and starts
  /// on a 32-byte boundary (a 64-byte one when every group's width is a multiple of 32 lanes,
  /// as for the committed model), so that a row costs as few cache lines as its width needs.
  /// Lane l of the row whose payload is `info` is at `dense + (info & 0x3FFF_FFFF) × 16 + l - denseLo[g]`.
  let dense: UnsafeMutablePointer<Int16>
  let denseLo: [Int]
  let denseHi: [Int]
  /// lanes per language vector (a multiple of 16 covering every language)
  let denseStride: Int
  static let denseMin = 6
  /// the most postings a list has (see `LangIDScorer.addList`)
  static let maxList = denseMin - 1
  /// the largest fixed-point gain is below this, so that the scorer can sum
  /// 32767 / 2048 = 16 or more dense rows in Int16 lanes before widening them
  static let maxFixedGainBound: Float = 2048
  /// fixed-point scale of the Int16 gains
  let gainScale: Float
  /// the largest absolute fixed-point gain
  let maxFixedGain: Int
  /// code point (< 0x30000) -> (script << 24) | lowercased code point; 0 = separator
  let table: UnsafeMutablePointer<UInt32>
  static let bucketShift: UInt32 = 12
  static let maxCP: UInt32 = 0x30000
  static let latin: UInt32 = 1
  static let kana: UInt32 = 16
  static let hani: UInt32 = 17
  /// Keys are polynomial hashes over (lowercased) code points, extended one code
  /// point at a time: h = (h + c) × hashMult mod 2^32 from hashSeed; an n-gram's key
  /// hashes its code points, a word's key 0x01 and then its code points (the
  /// trainer's tools/langid/common.py computes the same).
  static let hashSeed: UInt32 = 0x811C_9DC5
  static let hashMult: UInt32 = 0x9E37_79B1
  /// Groups of close relatives, which short texts and per-word evidence confuse (the
  /// stage asks more of a span in a relative's language; the scorer's word gate
  /// refuses a text whose leader has a relative near it).
  public static let relativeGroups: [Set<String>] = [
    ["da", "nb", "nn", "sv"], ["bs", "hr", "sr", "sl"], ["ms", "id"], ["cs", "sk"], ["es", "pt", "ca", "gl"],
    ["xh", "zu"], ["st", "tn"], ["ru", "uk", "be"], ["bg", "mk"], ["hi", "mr"], ["fa", "ur"], ["af", "nl"],
  ]
  /// Position of language `l` in a dense row: within each 16-lane block, lanes 0...7 at
  /// the even positions and lanes 8...15 at the odd ones (see `LangIDScorer.addWidened`).
  @inline(__always) static func denseSlot(_ l: Int) -> Int {
    let j = l & 15
    return (l & ~15) | (j < 8 ? 2 * j : 2 * (j - 8) + 1)
  }

  @inline(__always) static func hashStep(_ h: UInt32, _ c: UInt32) -> UInt32 { (h &+ c) &* hashMult }

  /// Loads the model file through a read-only mapping: the tables are built from the
  /// mapped bytes and the mapping is released afterwards, so that no copy of the file image
  /// (32 MB) is held next to the tables while they are built.
  public convenience init(path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw LangIDError("langid: cannot open model file \(path)") }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw LangIDError("langid: cannot read model file \(path)") }
    let size = Int(st.st_size)
    guard size > 16 else { throw LangIDError("langid: model file \(path) is too short") }
    guard let m = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), m != MAP_FAILED else {
      throw LangIDError("langid: cannot map model file \(path)")
    }
    defer { munmap(m, size) }
    _ = madvise(m, size, MADV_SEQUENTIAL)
    // pages of the mapping already read are dropped as loading proceeds, so that the
    // file image does not count on top of the tables built from it
    let page = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))
    try self.init(bytes: UnsafeBufferPointer(start: m.assumingMemoryBound(to: UInt8.self), count: size)) { lo, hi in
      let a = (lo + page - 1) / page * page
      let z = hi / page * page
      if z > a { _ = madvise(m + a, z - a, MADV_DONTNEED) }
    }
  }

  /// Builds the model from the bytes of a model file (not retained). `release(lo, hi)`,
  /// when given, is told that bytes [lo, hi) will not be read again until the next pass
  /// over the key sections (a mapping can drop those pages).
  public init(bytes b: UnsafeBufferPointer<UInt8>, release: ((Int, Int) -> Void)? = nil) throws {
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
    guard b.count > 8, Array(b[0..<8]) == Array("NLPLID02".utf8) else {
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
    // weights 10 and 11: donor margin and the donor's index in the file's language list
    // (and 12: the margin for two-word texts)
    if ws.count >= 12 && ws[10] > 0 && Int(ws[11]) >= 0 && Int(ws[11]) < nl {
      donorMargin = ws[10]
      donor = newIndex[Int(ws[11])]
      shortDonorMargin = ws.count >= 13 ? ws[12] : ws[10]
    } else {
      donorMargin = 0
      donor = -1
      shortDonorMargin = 0
    }
    temp = ws[7]
    self.codes = codes
    nLangs = nl
    let groupL = masks.map { $0 == 1 << LangIDModel.latin ? 0 : 1 }
    group = groupL
    scriptMasks = masks
    // character table
    let nr = Int(try u32())
    let tp = UnsafeMutablePointer<UInt32>.allocate(capacity: Int(LangIDModel.maxCP))
    tp.initialize(repeating: 0, count: Int(LangIDModel.maxCP))
    for _ in 0..<nr {
      let st = try u32(), ln = try u32(), d = Int32(bitPattern: try u32()), s = try u32()
      var cp = st
      while cp < st + ln && cp < LangIDModel.maxCP {
        let m = UInt32(Int32(cp) + d)
        tp[Int(cp)] = (s << 24) | m
        cp += 1
      }
    }
    self.table = tp
    // hash table
    let nk = Int(try u32())
    try need(nk * 6)
    // The key sections are read in place (keys, posting counts, kinds); postings are
    // walked in order with a running start, so no per-key copies are made.
    let keysAt = o, countAt = o + 4 * nk, kindAt = o + 5 * nk
    @inline(__always) func key(_ i: Int) -> UInt32 {
      let j = keysAt + 4 * i
      return UInt32(b[j]) | UInt32(b[j + 1]) << 8 | UInt32(b[j + 2]) << 16 | UInt32(b[j + 3]) << 24
    }
    var acc = 0
    for i in 0..<nk { acc += Int(b[countAt + i]) }
    o += nk * 6
    let np = Int(try u32())
    guard np == acc else { throw LangIDError("langid: inconsistent model file") }
    try need(np * 2)
    let postAt = o
    // every 64 Ki keys of a pass: the key sections before key i and the postings before p are read
    @inline(__always) func readUpTo(_ i: Int, _ p: Int) {
      guard let r = release, i & 0xFFFF == 0 else { return }
      r(keysAt, keysAt + 4 * i)
      r(countAt, countAt + i)
      r(kindAt, kindAt + i)
      r(postAt, postAt + 2 * p)
    }
    // renumbered language of posting p
    @inline(__always) func lang(_ p: Int) -> Int { newIndex[Int(b[postAt + 2 * p])] }
    let ng = LangIDModel.nGroups
    let langGroup = UnsafeMutablePointer<UInt8>.allocate(capacity: nl)
    for l in 0..<nl { langGroup[l] = UInt8(groupL[l]) }
    // postings per key in group 0 (the others are in group 1)
    let g0cnt = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, nk))
    g0cnt.initialize(repeating: 0, count: max(1, nk))
    @inline(__always) func groupCount(_ i: Int, _ g: Int) -> Int {
      g == 0 ? Int(g0cnt[i]) : Int(b[countAt + i]) - Int(g0cnt[i])
    }
    // the gain of a posting depends only on (language, kind, q): a table of them
    let gt = UnsafeMutablePointer<Float>.allocate(capacity: nl * 6 * 256)
    for l in 0..<nl {
      for kind in 0...5 {
        for qi in 0..<256 {
          let q = Float(qi)
          gt[(l * 6 + kind) * 256 + qi] = kind == 0 ? wordFloorL - q : wL[kind - 1] * (floorsL[l * 5 + kind - 1] - q)
        }
      }
    }
    let qs = postAt + 1  // q of posting p: b[qs + 2 * p]
    var maxGain: Float = 1
    var p0 = 0
    for i in 0..<nk {
      readUpTo(i, p0)
      let kind = Int(b[kindAt + i])
      guard kind <= 5 else { throw LangIDError("langid: bad key kind in model file") }
      let pe = p0 + Int(b[countAt + i])
      for p in p0..<pe {
        let l0 = Int(b[postAt + 2 * p])
        guard l0 < nl else { throw LangIDError("langid: bad language index in model file") }
        let l = newIndex[l0]
        g0cnt[i] &+= langGroup[l] == 0 ? 1 : 0
        maxGain = max(maxGain, abs(gt[(l * 6 + kind) * 256 + Int(b[qs + 2 * p])]))
      }
      p0 = pe
    }
    guard np < (1 << 24) else { throw LangIDError("langid: model has too many postings") }
    // fixed-point scale: the largest power of two that keeps every gain below
    // maxFixedGainBound (committed model: 8, gains to 1/8 of a q unit, itself 1/8 nat)
    var gs: Float = 1
    while gs * 2 * maxGain < LangIDModel.maxFixedGainBound { gs *= 2 }
    gainScale = gs
    maxFixedGain = Int((maxGain * gs).rounded(.up))
    @inline(__always) func q16(_ g: Float) -> UInt32 {
      UInt32(UInt16(bitPattern: Int16((g * gs).rounded())))
    }
    // the fixed-point gains of the table above (one rounding per entry, not per posting)
    let gq = UnsafeMutablePointer<UInt32>.allocate(capacity: nl * 6 * 256)
    // (entries no posting uses may lie outside Int16: clamped, never read)
    for k in 0..<(nl * 6 * 256) { gq[k] = q16(min(32767, max(-32768, (gt[k] * gs).rounded())) / gs) }
    let stride = (nl + 15) / 16 * 16
    // a key's postings are split by group (postings of one key are sorted by language in
    // the file, but groups follow the renumbering, so count per group)
    // each group's lanes: the 16-lane blocks from its first to its last language
    var dLo = [Int](repeating: stride, count: ng), dHi = [Int](repeating: 0, count: ng)
    for l in 0..<nl {
      dLo[groupL[l]] = min(dLo[groupL[l]], l / 16 * 16)
      dHi[groupL[l]] = max(dHi[groupL[l]], (l + 16) / 16 * 16)
    }
    for g in 0..<ng where dHi[g] == 0 { dLo[g] = 0 }
    // a row's size in 16-lane units; all rows start on an even unit (64 bytes) when every width is even
    let evenUnits = (0..<ng).allSatisfy { (dHi[$0] - dLo[$0]) % 32 == 0 }
    let units = (0..<ng).map { (dHi[$0] - dLo[$0]) / 16 }
    var nDenseUnits = 0, nPosts = 0
    // keys per table: n-grams of group g at [2g], words at [2g + 1]
    let nKeys = UnsafeMutablePointer<Int>.allocate(capacity: 2 * ng)
    nKeys.initialize(repeating: 0, count: 2 * ng)
    for i in 0..<nk {
      readUpTo(i, np)
      let isWord = b[kindAt + i] == 0 ? 1 : 0
      for g in 0..<ng {
        let c = groupCount(i, g)
        if c == 0 { continue }
        nKeys[2 &* g &+ isWord] &+= 1
        if c >= LangIDModel.denseMin {
          nDenseUnits &+= evenUnits ? units[g] : units[g] + 1
        } else if c > 1 {
          nPosts &+= c
        }
      }
    }
    // (payload fields: a row's first unit in 30 bits, a list's start in 24)
    guard nDenseUnits < 1 << 30, nPosts + LangIDModel.maxList < 1 << 24 else {
      throw LangIDError("langid model: too many dense rows or postings for the payload fields")
    }
    // (one more unit: the scorer touches a row's first lane, and reads whole units)
    let dn = LangIDModel.allocateLarge(Int16.self, (nDenseUnits + 1) * 16)
    dn.initialize(repeating: 0, count: (nDenseUnits + 1) * 16)
    // (padded: the scorer reads `maxList` postings from a list's start; the padding adds gain 0 to language 0)
    let po = LangIDModel.allocateLarge(UInt32.self, nPosts + LangIDModel.maxList)
    (po + nPosts).initialize(repeating: 0, count: LangIDModel.maxList)
    // (as many 8-lane buckets as a table of single slots at that load would have slots / 8)
    func makeTable(_ n: Int, _ load: Int) -> LangIDTable {
      var bits: UInt32 = 10
      while (1 << bits) * load < n * 100 { bits += 1 }
      let nb = 1 << Int(bits - 3)
      let t = LangIDModel.allocateLarge(UInt32.self, nb * 16)
      for b in 0..<nb {
        (t + b * 16).initialize(repeating: UInt32.max, count: 8)
        (t + b * 16 + 8).initialize(repeating: 0, count: 8)
      }
      return LangIDTable(buckets: t, shift: 32 - (bits - 3), mask: nb - 1)
    }
    let nTables = (0..<ng).map { makeTable(nKeys[2 * $0], 60) }
    let wTables = (0..<ng).map { makeTable(nKeys[2 * $0 + 1], 80) }
    nKeys.deallocate()
    var d = 0, pp = 0
    let gp = UnsafeMutablePointer<Int>.allocate(capacity: 256)
    p0 = 0
    for i in 0..<nk {
      readUpTo(i, p0)
      let kind = b[kindAt + i]
      let pe = p0 + Int(b[countAt + i])
      defer { p0 = pe }
      let gk = gq + Int(kind) * 256
      // fixed-point gain of posting p
      func pg(_ p: Int) -> UInt32 { gk[lang(p) * 6 * 256 + Int(b[qs + 2 * p])] }
      for g in 0..<ng where groupCount(i, g) > 0 {
        var cnt = 0
        if groupCount(i, g) == pe - p0 {
          for p in p0..<pe {
            gp[cnt] = p
            cnt += 1
          }
        } else {
          for p in p0..<pe where Int(langGroup[lang(p)]) == g {
            gp[cnt] = p
            cnt += 1
          }
        }
        var info: UInt32
        if cnt >= LangIDModel.denseMin {
          // (lane l of the row at unit d: dn + 16 d + l - dLo[g])
          if !evenUnits && d % 2 == 1 && units[g] % 2 == 0 { d += 1 }
          let row = dn + d * 16 - dLo[g]
          for k in 0..<cnt { row[LangIDModel.denseSlot(lang(gp[k]))] = Int16(bitPattern: UInt16(pg(gp[k]))) }
          info = 0xC000_0000 | UInt32(d)
          d += units[g]
        } else if cnt == 1 {
          info = UInt32(lang(gp[0])) << 16 | pg(gp[0])
        } else {
          info = 0x8000_0000 | UInt32(cnt) << 24 | UInt32(pp)
          for k in 0..<cnt {
            po[pp] = UInt32(lang(gp[k])) << 16 | pg(gp[k])
            pp += 1
          }
        }
        let k32 = key(i)
        let t = kind == 0 ? wTables[g] : nTables[g]
        t.insert(k32, info)
      }
    }
    gp.deallocate()
    g0cnt.deallocate()
    langGroup.deallocate()
    gt.deallocate()
    gq.deallocate()
    ngramTables = nTables
    wordTables = wTables
    dense = dn
    denseLo = dLo
    denseHi = dHi
    denseStride = stride
    posts = po
  }

  /// Memory for a table probed at random (never freed): aligned to 2 MB and marked for
  /// transparent huge pages where the system offers them on request, so that a lookup
  /// does not also miss the TLB (with 4 KB pages each probe of a 8–16 MB table needs its
  /// own page walk).
  static func allocateLarge<T>(_: T.Type, _ count: Int) -> UnsafeMutablePointer<T> {
    let bytes = count * MemoryLayout<T>.stride
    let huge = 2 << 20
    if bytes >= huge {
      var p: UnsafeMutableRawPointer? = nil
      let rounded = (bytes + huge - 1) / huge * huge
      if posix_memalign(&p, huge, rounded) == 0, let p {
        #if os(Linux)
          _ = madvise(p, rounded, 14)  // MADV_HUGEPAGE
        #endif
        return p.bindMemory(to: T.self, capacity: count)
      }
    }
    return UnsafeMutablePointer<T>.allocate(capacity: count)
  }

  public func index(of code: String) -> Int? {
    let c = code.lowercased()
    let alias = ["no": "nb", "fil": "tl", "iw": "he", "in": "id", "zsm": "ms"][c] ?? c
    return codes.firstIndex(of: alias)
  }
}

