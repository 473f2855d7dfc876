// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scoring with a LangIDModel: one scorer per thread (it owns its buffers).

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CLangIDPrefetch

/// Scores texts with a `LangIDModel` (see `classify`).
///
/// Every stored `var` of the scorer is marked `@exclusivity(unchecked)`: a scorer is used by one
/// thread and its methods never hand out an access to a property that another access could
/// overlap, so the run-time exclusivity check a release build makes on each read or write of a
/// class's stored property (a call that looks up a thread-local access set) is only overhead;
/// the settings (`stopMargin`, `gateMargin`, ...) are read at every early-stop check and gate.
public final class LangIDScorer {
  public let model: LangIDModel
  let nLangs: Int
  // model pointers, copied here for the hot loops
  let nTables: [LangIDTable]
  let wTables: [LangIDTable]
  /// the two groups' tables as plain values (no array access per batch)
  let nt0: LangIDTable, wt0: LangIDTable, nt1: LangIDTable, wt1: LangIDTable
  /// script groups of the current candidates (only their tables are probed)
  let groupOn: UnsafeMutablePointer<Bool>
  /// the candidates' indices (ascending), `nCand` of them
  let candList: UnsafeMutablePointer<Int>
  @exclusivity(unchecked) var nCand = 0
  /// w_n x floor, per language and order
  let floorW: UnsafeMutablePointer<Float>
  /// the model's per-language bias per token (copied: no array access in the per-text loops;
  /// `denseStride` lanes, zero past the last language)
  let biasP: UnsafeMutablePointer<Float>
  /// per word length t (1...maxTok) and lane: bias - sum over orders of (n-grams of
  /// a word of t letters) x w_n x floor (`lenTerm[t * stride + l]`), for the per-word scores
  let lenTerm: UnsafeMutablePointer<Float>
  /// Scores of the words folded so far (per-word mode, see `foldToken`), per lane: capped
  /// (they decide) and plain (their softmax is the confidence)
  let total: UnsafeMutablePointer<Float>
  let totalRaw: UnsafeMutablePointer<Float>
  let laneOff: UnsafeMutablePointer<Float>
  /// per-word mode: each word is scored on its own and its score per language is capped
  /// below by the donor's score minus the margin (set per text: the donor is a candidate)
  @exclusivity(unchecked) var perToken = false
  /// word weight of the current text in per-word mode (by its number of words, as `decide`)
  @exclusivity(unchecked) var tokWW: Float = 0
  /// the donor margin for the current text (by its number of words)
  @exclusivity(unchecked) var tokMargin: Float = 0
  /// words already folded into `total`
  @exclusivity(unchecked) var nFolded = 0
  /// the donor language is among the current candidates
  @exclusivity(unchecked) var donorIsCand = false
  let posts: UnsafeMutablePointer<UInt32>
  let table: UnsafeMutablePointer<UInt32>
  let dense: UnsafeMutablePointer<Int16>
  let stride: Int
  /// The dense rows of each script group as the current text adds them (see `DenseView`)
  @exclusivity(unchecked) var dv0: DenseView, dv1: DenseView
  /// lanes [clearLo, clearHi) of `acc` and `wordAcc` that a word's additions may touch (per-word mode)
  @exclusivity(unchecked) var clearLo = 0, clearHi = 0
  let orderOn: UnsafeMutablePointer<Bool>
  /// orders 2...5 are scored and order 1 is not (a specialised loop in `flushToken`)
  let ordersTwoToFive: Bool
  // working buffers
  /// summed fixed-point gains per language (n-grams, words)
  let acc: UnsafeMutablePointer<Int32>
  let wordAcc: UnsafeMutablePointer<Int32>
  let scores: UnsafeMutablePointer<Float>
  let cand: UnsafeMutablePointer<Bool>
  let counts: UnsafeMutablePointer<Int>
  let scripts: UnsafeMutablePointer<Int>
  static let maxTok = 64
  let tokBase: UnsafeMutablePointer<UInt32>
  let tok: UnsafeMutablePointer<UInt32>
  static let pendingCap = 4096
  let hashes: UnsafeMutablePointer<UInt32>
  let infos: UnsafeMutablePointer<UInt32>
  let wordHashes: UnsafeMutablePointer<UInt32>
  let wordInfos: UnsafeMutablePointer<UInt32>
  /// Int16 lanes for summing dense rows (32-byte aligned), and how many rows may be summed in them
  let acc16: UnsafeMutablePointer<Int16>
  let denseFlush: Int
  @exclusivity(unchecked) var nPending = 0
  /// the letters and separators of the current text (see `scan`)
  @exclusivity(unchecked) var seq: UnsafeMutablePointer<UInt32>
  @exclusivity(unchecked) var seqCap = 2048
  @exclusivity(unchecked) var seqLen = 0
  @exclusivity(unchecked) var nWordPending = 0
  @exclusivity(unchecked) var tokLen = 0
  @exclusivity(unchecked) var nTokens = 0
  @exclusivity(unchecked) var nLetters = 0
  /// candidate mask from `only=` (nil = all)
  @exclusivity(unchecked) public var allowed: [Bool]? {
    didSet {
      scriptCands = [CandidateSet?](repeating: nil, count: 32)
      candScript = -1
      cacheKeys.initialize(repeating: SIMD16<UInt32>(), count: LangIDScorer.cacheSize)
    }
  }
  /// Word cache: the scores of recently seen words, so that a frequent word costs one
  /// probe instead of its ~25 n-gram lookups. Direct-mapped by the word's key; an entry's
  /// key holds the word itself (lane 0: length | context << 8, lanes 1...15: its code
  /// points), so a hit is exact; the value is, per candidate lane, the word's score in
  /// per-word mode (Float) or its n-gram and word sums (Int32, batch mode). The context
  /// (dominant script, mode, word-count class) fixes the candidates and weights the value
  /// was computed with; the cache is cleared when `only=` changes.
  static let cacheBits: UInt32 = 12
  static let cacheSize = 1 << Int(cacheBits)
  static let cacheMaxLen = 15
  /// bytes per value: 64 Float lanes, or 2 x 32 Int32 lanes
  static let cacheValBytes = 256
  let cacheKeys: UnsafeMutablePointer<SIMD16<UInt32>>
  let cacheVals: UnsafeMutableRawPointer
  /// the current text's context (0 = no caching for this text)
  @exclusivity(unchecked) var cacheCtx: UInt32 = 0
  /// the dominant script of the current text (set by `selectCandidates`)
  @exclusivity(unchecked) var curScript = 0

  /// Early stop (texts scored whole, i.e. not sampled): once `stopMinTokens`
  /// tokens and at least half of the bytes are scored, the lead of the best
  /// candidate is checked every `stopEvery` tokens; scoring stops when it is at
  /// least `stopMargin` (score units, q = -ln p x scale; 0 disables). In texts of at
  /// most `stopEarlyMaxBytes` the check starts before half of the text, with
  /// `stopEarlyMargin` (a sentence is mostly decided by its first words: on the dev
  /// split no prediction changes at 1200, and sentences are scored ~15 % faster).
  @exclusivity(unchecked) public var stopMargin: Float = LangIDScorer.defaultStopMargin
  public static let defaultStopMargin: Float = 1200
  @exclusivity(unchecked) public var stopMinTokens = 4
  @exclusivity(unchecked) public var stopEarlyMargin: Float = LangIDScorer.defaultStopMargin
  @exclusivity(unchecked) public var stopEarlyMaxBytes = 320
  @exclusivity(unchecked) public var stopEvery = 2
  @exclusivity(unchecked) var stopped = false
  /// lanes [rowLo, rowHi) of a dense row cover every candidate (multiples of 16)
  @exclusivity(unchecked) var rowLo = 0
  @exclusivity(unchecked) var rowHi = 0
  @exclusivity(unchecked) var nextCheck = 0
  /// early stop allowed for the current text (not sampled, margin set)
  @exclusivity(unchecked) var earlyStop = false

  /// The word gate is tried on the texts the early stop checks from their start (scored
  /// whole, at most `stopEarlyMaxBytes` bytes: sentences) with at least 3 words, when a
  /// margin is set; in per-word mode only when the donor cap cannot bind on word evidence
  /// (a word adds at most ww x the largest word gain, which is below the donor margin).
  /// Longer texts are not gated: in a paragraph of a language with a small word list
  /// (xh, zu: the UDHR's words) one sentence of another language can outweigh the rest
  /// in word evidence.
  @inline(__always)
  func gateApplies(_ s: Int, _ e: Int) -> Bool {
    (gateMargin > 0 || agreeMargin > 0 || gateStats) && e - s <= stopEarlyMaxBytes && e - s < LangIDScorer.pendingCap
  }

  /// Word gate (see `wordGate`): margins in score units (0 disables)
  @exclusivity(unchecked) public var gateMargin: Float = 400
  @exclusivity(unchecked) public var gateRelMargin: Float = 600
  /// Agreement stop: when the gate declines but names a leader with a lead of at least
  /// `agreeGateLead` (`gateTop`), the early stop also ends scoring once that same leader
  /// leads by `agreeMargin` (0 disables)
  @exclusivity(unchecked) public var agreeMargin: Float = 600
  @exclusivity(unchecked) public var agreeGateLead: Float = 100
  @exclusivity(unchecked) var gateTop = -1
  /// the softmax's scores are multiplied by this (> 1 after an agreement stop)
  @exclusivity(unchecked) var confScale: Float = 1
  /// statistics of the last gate evaluation (for measurements): leader, lead over the
  /// second, lead over the nearest close relative (+inf when none is a candidate)
  @exclusivity(unchecked) public var gateStats = false
  @exclusivity(unchecked) public var lastGateLeader = -1
  @exclusivity(unchecked) public var lastGateLead: Float = 0
  @exclusivity(unchecked) public var lastGateRelLead: Float = 0
  /// the gate's word sums (fixed point) and scores per lane (non-candidates -inf)
  let gateAcc: UnsafeMutablePointer<Int32>
  let gateScore: UnsafeMutablePointer<Float>
  /// the text's word keys (`hashWords`), `nGate` of them, and their payloads (`wordGate`)
  let gateHashes: UnsafeMutablePointer<UInt32>
  let gateInfos: UnsafeMutablePointer<UInt32>
  @exclusivity(unchecked) var nGate = 0
  /// `flushToken` takes the word keys and payloads from `gateHashes` / `gateInfos`
  @exclusivity(unchecked) var gateReuse = false
  /// the close relatives of language l (`LangIDModel.relativeGroups`):
  /// `relList[relStart[l]..<relStart[l + 1]]`
  let relStart: UnsafeMutablePointer<Int>
  let relList: UnsafeMutablePointer<Int32>
  /// the most a word's gate score (ww x word gain + bias) can exceed another language's
  /// over the donor's: when it is at most the donor margin, the cap does not bind
  let gateWordSpan: Float

  public init(model m: LangIDModel) {
    model = m
    nLangs = m.nLangs
    nTables = m.ngramTables
    wTables = m.wordTables
    nt0 = m.ngramTables[0]
    wt0 = m.wordTables[0]
    nt1 = m.ngramTables[1]
    wt1 = m.wordTables[1]
    groupOn = .allocate(capacity: LangIDModel.nGroups)
    groupOn.initialize(repeating: true, count: LangIDModel.nGroups)
    candList = .allocate(capacity: m.nLangs)
    floorW = .allocate(capacity: m.nLangs * 5)
    for l in 0..<m.nLangs {
      for n in 0..<5 { floorW[l * 5 + n] = m.w[n] * m.floors[l * 5 + n] }
    }
    biasP = .allocate(capacity: m.denseStride)
    biasP.initialize(repeating: 0, count: m.denseStride)
    for l in 0..<m.nLangs { biasP[l] = m.bias[l] }
    lenTerm = .allocate(capacity: (LangIDScorer.maxTok + 1) * m.denseStride)
    lenTerm.initialize(repeating: 0, count: (LangIDScorer.maxTok + 1) * m.denseStride)
    for t in 1...LangIDScorer.maxTok {
      // (the same counts as `flushToken`: t letters, t + 3 - n n-grams of order n >= 2)
      for l in 0..<m.nLangs {
        var v = Float(t) * floorW[l * 5]
        for n in 2...5 where t + 3 - n > 0 { v += Float(t + 3 - n) * floorW[l * 5 + n - 1] }
        lenTerm[t * m.denseStride + l] = m.bias[l] - v
      }
    }
    total = .allocate(capacity: m.denseStride)
    total.initialize(repeating: 0, count: m.denseStride)
    totalRaw = .allocate(capacity: m.denseStride)
    totalRaw.initialize(repeating: 0, count: m.denseStride)
    laneOff = .allocate(capacity: m.denseStride)
    laneOff.initialize(repeating: 0, count: m.denseStride)
    posts = m.posts
    table = m.table
    dense = m.dense
    stride = m.denseStride
    dv0 = DenseView(base: m.dense - m.denseLo[0], gLo: m.denseLo[0], gHi: m.denseHi[0], lo: 0, hi: 0, wide: -1)
    dv1 = DenseView(base: m.dense - m.denseLo[1], gLo: m.denseLo[1], gHi: m.denseHi[1], lo: 0, hi: 0, wide: -1)
    orderOn = .allocate(capacity: 5)
    for n in 0..<5 { orderOn[n] = m.w[n] != 0 }
    ordersTwoToFive = m.w[0] == 0 && m.w[1] != 0 && m.w[2] != 0 && m.w[3] != 0 && m.w[4] != 0
    acc = .allocate(capacity: m.denseStride)
    acc.initialize(repeating: 0, count: m.denseStride)
    wordAcc = .allocate(capacity: m.denseStride)
    wordAcc.initialize(repeating: 0, count: m.denseStride)
    scores = .allocate(capacity: m.nLangs)
    cand = .allocate(capacity: m.nLangs)
    counts = .allocate(capacity: 5)
    scripts = .allocate(capacity: 32)
    // one slot before and after the token for the edge spaces
    tokBase = .allocate(capacity: LangIDScorer.maxTok + 2)
    tok = tokBase + 1
    aheadTok = .allocate(capacity: LangIDScorer.maxTok + 2) + 1
    aheadH = .allocate(capacity: 4 * (LangIDScorer.maxTok + 2))
    curH = .allocate(capacity: 4 * (LangIDScorer.maxTok + 2))
    foundF = .allocate(capacity: 3 * LangIDScorer.wordCap)
    curF = .allocate(capacity: 3 * LangIDScorer.wordCap)
    seq = .allocate(capacity: 2048)
    hashes = .allocate(capacity: LangIDScorer.pendingCap)
    infos = .allocate(capacity: 3 * LangIDScorer.pendingCap)
    wordHashes = .allocate(capacity: LangIDScorer.pendingCap)
    wordInfos = .allocate(capacity: LangIDScorer.pendingCap)
    acc16 = UnsafeMutableRawPointer.allocate(byteCount: m.denseStride * 2, alignment: 32)
      .bindMemory(to: Int16.self, capacity: m.denseStride)
    denseFlush = max(1, Int(Int16.max) / max(1, m.maxFixedGain))
    cacheKeys = UnsafeMutableRawPointer.allocate(
      byteCount: LangIDScorer.cacheSize * MemoryLayout<SIMD16<UInt32>>.stride, alignment: 64
    ).bindMemory(to: SIMD16<UInt32>.self, capacity: LangIDScorer.cacheSize)
    cacheKeys.initialize(repeating: SIMD16<UInt32>(), count: LangIDScorer.cacheSize)
    cacheVals = UnsafeMutableRawPointer.allocate(
      byteCount: LangIDScorer.cacheSize * LangIDScorer.cacheValBytes, alignment: 64)
    gateAcc = UnsafeMutableRawPointer.allocate(byteCount: m.denseStride * 4, alignment: 32)
      .bindMemory(to: Int32.self, capacity: m.denseStride)
    gateAcc.initialize(repeating: 0, count: m.denseStride)
    gateScore = UnsafeMutableRawPointer.allocate(byteCount: m.denseStride * 4, alignment: 32)
      .bindMemory(to: Float.self, capacity: m.denseStride)
    gateScore.initialize(repeating: 0, count: m.denseStride)
    gateHashes = .allocate(capacity: LangIDScorer.pendingCap)
    gateInfos = .allocate(capacity: LangIDScorer.pendingCap)
    var rels: [[Int32]] = Array(repeating: [], count: m.nLangs)
    for set in LangIDModel.relativeGroups {
      for l in 0..<m.nLangs where set.contains(m.codes[l]) {
        for r in 0..<m.nLangs where r != l && set.contains(m.codes[r]) { rels[l].append(Int32(r)) }
      }
    }
    relStart = .allocate(capacity: m.nLangs + 1)
    relList = .allocate(capacity: max(1, rels.reduce(0) { $0 + $1.count }))
    var nr = 0
    for l in 0..<m.nLangs {
      relStart[l] = nr
      for r in rels[l] {
        relList[nr] = r
        nr += 1
      }
    }
    relStart[m.nLangs] = nr
    gateWordSpan = m.donor >= 0 ? m.ww * m.wordFloor + m.bias[m.donor] - (m.bias.min() ?? 0) : 0
  }

  deinit {
    let ps: [UnsafeMutableRawPointer] = [
      UnsafeMutableRawPointer(orderOn), UnsafeMutableRawPointer(acc), UnsafeMutableRawPointer(wordAcc),
      UnsafeMutableRawPointer(scores), UnsafeMutableRawPointer(cand), UnsafeMutableRawPointer(counts),
      UnsafeMutableRawPointer(scripts), UnsafeMutableRawPointer(tokBase), UnsafeMutableRawPointer(hashes),
      UnsafeMutableRawPointer(infos), UnsafeMutableRawPointer(wordHashes), UnsafeMutableRawPointer(wordInfos),
    ]
    let ps2: [UnsafeMutableRawPointer] = [
      UnsafeMutableRawPointer(acc16), UnsafeMutableRawPointer(groupOn), UnsafeMutableRawPointer(candList),
      UnsafeMutableRawPointer(floorW), UnsafeMutableRawPointer(seq), UnsafeMutableRawPointer(biasP),
      UnsafeMutableRawPointer(lenTerm), UnsafeMutableRawPointer(total), UnsafeMutableRawPointer(totalRaw),
      UnsafeMutableRawPointer(cacheKeys), cacheVals, UnsafeMutableRawPointer(laneOff),
      UnsafeMutableRawPointer(gateAcc), UnsafeMutableRawPointer(gateHashes), UnsafeMutableRawPointer(gateInfos),
      UnsafeMutableRawPointer(relStart), UnsafeMutableRawPointer(relList), UnsafeMutableRawPointer(gateScore),
      UnsafeMutableRawPointer(aheadTok - 1), UnsafeMutableRawPointer(aheadH), UnsafeMutableRawPointer(curH),
      UnsafeMutableRawPointer(foundF), UnsafeMutableRawPointer(curF),
    ]
    for p in ps + ps2 { p.deallocate() }
  }

  func reset() {
    for i in 0..<stride {
      acc[i] = 0
      wordAcc[i] = 0
      total[i] = 0
      totalRaw[i] = 0
    }
    perToken = false
    cacheCtx = 0
    nFolded = 0
    for i in 0..<5 { counts[i] = 0 }
    for i in 0..<32 { scripts[i] = 0 }
    tokLen = 0
    nTokens = 0
    nLetters = 0
    nPending = 0
    nWordPending = 0
    seqLen = 0
    stopped = false
    nextCheck = stopMinTokens
    gateReuse = false
    gateTop = -1
    confScale = 1
  }

  /// After the tokens so far are scored: the lead of the best candidate over the
  /// second (see `score` for the margins at which the rest of the text is skipped).
  func lead() -> Float {
    processPending()
    if perToken && nFolded == nTokens { return foldedLead() }
    let m = model
    let nt = Float(nTokens - nFolded)
    let gsInv = 1 / m.gainScale
    var best: Float = -.infinity
    var second: Float = -.infinity
    let c0 = Float(counts[0]), c1 = Float(counts[1]), c2 = Float(counts[2]), c3 = Float(counts[3]),
      c4 = Float(counts[4])
    var top = -1
    for i in 0..<nCand {
      let l = candList[i]
      let f = floorW + l * 5
      let s = total[l] + (Float(acc[l]) + m.ww * Float(wordAcc[l])) * gsInv + biasP[l] * nt
        - (c0 * f[0] + c1 * f[1] + c2 * f[2] + c3 * f[3] + c4 * f[4])
      if s > best {
        second = best
        best = s
        top = l
      } else if s > second {
        second = s
      }
    }
    leadTop = top
    return best - second
  }

  /// the leader at the last `lead` (-2: per-word mode, see `leader`)
  @exclusivity(unchecked) var leadTop = -1
  /// the best score at the last `foldedLead`
  @exclusivity(unchecked) var leadBest: Float = 0

  /// The leader at the last `lead`.
  func leader() -> Int {
    if leadTop != -2 { return leadTop }
    for l in rowLo..<rowHi where total[l] + laneOff[l] == leadBest { return l }
    return -1
  }

  /// The largest lane (`SIMD.max()` is not specialised here: a generic call).
  @inline(__always)
  static func maxLane(_ v: SIMD8<Float>) -> Float {
    let a = v.lowHalf.replacing(with: v.highHalf, where: v.highHalf .> v.lowHalf)
    return max(max(a[0], a[1]), max(a[2], a[3]))
  }

  /// `lead` when every word is folded into `total` (per-word mode): the scores are
  /// `total`, compared 8 lanes at a time; lanes of non-candidates are -inf in `laneOff`.
  @inline(__always)
  func foldedLead() -> Float {
    typealias F8 = SIMD8<Float>
    let tp = UnsafeRawPointer(total), lo = UnsafeRawPointer(laneOff)
    let end = rowHi * 4
    var mx = F8(repeating: -.infinity)
    var o = rowLo * 4
    while o < end {
      let v = tp.loadUnaligned(fromByteOffset: o, as: F8.self) + lo.loadUnaligned(fromByteOffset: o, as: F8.self)
      mx.replace(with: v, where: v .> mx)
      o += 32
    }
    let best = LangIDScorer.maxLane(mx)
    leadTop = -2
    leadBest = best
    // the largest of the others: a second lane equal to the best gives a lead of 0
    var n = 0
    var sx = F8(repeating: -.infinity)
    o = rowLo * 4
    let bv = F8(repeating: best)
    while o < end {
      let v = tp.loadUnaligned(fromByteOffset: o, as: F8.self) + lo.loadUnaligned(fromByteOffset: o, as: F8.self)
      let eq = v .== bv
      n &+= Int(SIMD8<Int32>(repeating: 1).replacing(with: 0, where: .!eq).wrappedSum())
      sx.replace(with: v, where: v .> sx .& .!eq)
      o += 32
    }
    if n > 1 { return 0 }
    return best - LangIDScorer.maxLane(sx)
  }

  /// Adds 16 Int16 lanes of a dense row (or of a sum of rows) to 16 Int32 lanes at byte `off`
  /// of `p`. A row stores the language of lane j of a 16-lane block at position 2j (j < 8)
  /// or 2(j - 8) + 1 (see `LangIDModel.denseSlot`): read as eight Int32 words, the low
  /// halves are lanes 0...7 and the high halves lanes 8...15, sign-extended by two shifts
  /// (a plain SIMD widening is not vectorised).
  @inline(__always)
  static func addWidened(_ v: SIMD16<Int16>, _ p: UnsafeMutableRawPointer, _ off: Int) {
    let x = unsafeBitCast(v, to: SIMD8<Int32>.self)
    let lo = (x &<< 16) &>> 16
    let hi = x &>> 16
    p.storeBytes(of: p.loadUnaligned(fromByteOffset: off, as: SIMD8<Int32>.self) &+ lo, toByteOffset: off, as: SIMD8<Int32>.self)
    p.storeBytes(of: p.loadUnaligned(fromByteOffset: off + 32, as: SIMD8<Int32>.self) &+ hi, toByteOffset: off + 32, as: SIMD8<Int32>.self)
  }

  /// Int32 lanes (|x| < 2^22) to Float without a per-lane conversion call: x + 1.5 x 2^23
  /// has x in the mantissa bits of that float.
  @inline(__always)
  static func toFloat(_ v: SIMD8<Int32>) -> SIMD8<Float> {
    unsafeBitCast(v &+ 0x4B40_0000, to: SIMD8<Float>.self) - 12_582_912
  }

  /// Adds the postings (inline, list or dense row) of payload `info` to `into`.
  @inline(__always)
  func add(_ info: UInt32, into a: UnsafeMutablePointer<Int32>, _ dv: DenseView) {
    if info & 0x8000_0000 == 0 {
      a[Int(info >> 16)] &+= Int32(Int16(truncatingIfNeeded: info))
    } else if info & 0x4000_0000 != 0 {
      // only the 16-lane blocks that hold candidates (languages are numbered by script)
      let row = UnsafeRawPointer(dv.row(info))
      let ar = UnsafeMutableRawPointer(a)
      var o = dv.lo
      let end = dv.hi
      while o < end {
        LangIDScorer.addWidened(row.loadUnaligned(fromByteOffset: o * 2, as: SIMD16<Int16>.self), ar, o * 4)
        o += 16
      }
    } else {
      addList(info, into: a)
    }
  }

  /// Whether payload `info` is an inline posting, a list or a dense row (1 or 0 each; UInt32.max,
  /// an absent key, is none), by arithmetic: compared and combined as conditions, the kinds
  /// become branches, which mispredict on every change of kind.
  @inline(__always)
  static func kinds(_ info: UInt32) -> (Int, Int, Int) {
    let b31 = info >> 31, b30 = (info >> 30) & 1
    let present = ((~info | (0 &- ~info)) >> 31)  // info != UInt32.max
    return (Int(b31 ^ 1), Int(b31 & (b30 ^ 1)), Int(b31 & b30 & present))
  }

  /// Adds the postings of list payload `info` to `a`: always `LangIDModel.maxList` of them, those
  /// past the list's count with gain 0 (a fixed trip count, without a mispredicted loop exit per
  /// list; the model pads `posts` so that reading past the last list stays inside it).
  @inline(__always)
  func addList(_ info: UInt32, into a: UnsafeMutablePointer<Int32>) {
    let p = posts + Int(info & 0xFF_FFFF)
    let cnt = Int32((info >> 24) & 0x3F)
    var j: Int32 = 0
    while j < Int32(LangIDModel.maxList) {
      let x = p[Int(j)]
      a[Int(x >> 16)] &+= Int32(Int16(truncatingIfNeeded: x)) & ((j &- cnt) &>> 31)
      j &+= 1
    }
  }

  /// Scores the token in `tok`.
  @inline(__always)
  func flushToken() {
    let t = tokLen
    let pre = curN
    curN = -1
    let fnd = curFound
    curFound = false
    if t == 0 { return }
    tokLen = 0
    let wi = nTokens
    nTokens += 1
    // " token " as code points (the spaces mark the word edges)
    let cs = tok - 1  // tok[-1] and tok[t] hold the spaces (see init)
    cs[0] = 0x20
    cs[t + 1] = 0x20
    let nChars = t + 2
    // the whole word: the hash of 0x01 and its code points (see LangIDModel.hashStep)
    var h: UInt32
    if gateReuse {
      h = gateHashes[wi]
    } else {
      h = LangIDModel.hashStep(LangIDModel.hashSeed, 0x01)
      for j in 1...t { h = LangIDModel.hashStep(h, cs[j]) }
    }
    var slot = -1
    if cacheCtx != 0 && t <= LangIDScorer.cacheMaxLen {
      slot = Int(h &>> (32 - LangIDScorer.cacheBits))
      let ck = UnsafeMutableRawPointer(cacheKeys + slot).assumingMemoryBound(to: UInt32.self)
      let head = UInt32(t) | cacheCtx << 8
      var same = ck[0] == head
      var j = 0
      while same && j < t {
        same = ck[j + 1] == tok[j]
        j += 1
      }
      if same {
        useCached(slot, t, nChars)
        return
      }
      // (lanes past the word are not compared)
      ck[0] = head
      for j in 0..<t { ck[j + 1] = tok[j] }
    }
    if slot >= 0 && !perToken {
      // batch mode: the word is looked up on its own, its sums are the change of `acc`
      if nPending > 0 || nWordPending > 0 { processPending() }
      beginCachedSums(slot)
    }
    counts[0] += t
    for n in 2...5 where nChars - n + 1 > 0 { counts[n - 1] += nChars - n + 1 }
    if gateReuse {
      // (looked up by the word gate)
      addGateWord(wi)
    } else {
      wordHashes[nWordPending] = h
      nWordPending += 1
    }
    // character n-grams of orders 1...5, each extended from the one before it by
    // one step; hashes are collected and looked up in batches (independent loads
    // overlap their cache misses)
    if nPending + nChars * 5 > LangIDScorer.pendingCap || nWordPending == LangIDScorer.pendingCap {
      processPending()
    }
    var nh = nPending
    let hs = hashes
    if ordersTwoToFive {
      // (the committed model: orders 2...5; each position starts from its letter)
      if fnd {
        pendingFound = true
      } else if pre >= 0 {
        // (hashed one word ahead, see `prefetchWord`)
        (hs + nh).update(from: curH, count: pre)
        nh &+= pre
      } else {
        nh &+= LangIDScorer.ngramHashes(cs, nChars, hs + nh)
      }
    } else {
      for i in 0..<nChars {
        var g = LangIDModel.hashSeed
        for n in 1...min(5, nChars - i) {
          g = LangIDModel.hashStep(g, cs[i + n - 1])
          if orderOn[n - 1] && !(n == 1 && (i == 0 || i == nChars - 1)) {
            hs[nh] = g
            nh += 1
          }
        }
      }
    }
    nPending = nh
    if perToken {
      foldToken(t, slot)
    } else if slot >= 0 {
      processPending()
      endCachedSums(slot)
    }
  }

  /// Adds the word payload of word `wi` that the gate looked up (see `gateReuse`).
  @inline(never)
  func addGateWord(_ wi: Int) {
    let info = gateInfos[wi]
    if info != UInt32.max { add(info, into: wordAcc, groupOn[0] ? dv0 : dv1) }
  }

  /// Adds a cached word's value (see `cacheKeys`) as if the word had been looked up.
  @inline(__always)
  func useCached(_ slot: Int, _ t: Int, _ nChars: Int) {
    let v = UnsafeRawPointer(cacheVals + slot &* LangIDScorer.cacheValBytes)
    if perToken {
      // (no n-grams are pending: each word is folded as it ends)
      foldValues(v)
      nFolded = nTokens
      return
    }
    counts[0] += t
    for n in 2...5 where nChars - n + 1 > 0 { counts[n - 1] += nChars - n + 1 }
    let a = UnsafeMutableRawPointer(acc), wa = UnsafeMutableRawPointer(wordAcc)
    typealias I8 = SIMD8<Int32>
    var o = 0
    let n = (rowHi - rowLo) * 4
    let base = rowLo * 4
    while o < n {
      a.storeBytes(of: a.loadUnaligned(fromByteOffset: base + o, as: I8.self) &+ v.load(fromByteOffset: o, as: I8.self),
        toByteOffset: base + o, as: I8.self)
      wa.storeBytes(of: wa.loadUnaligned(fromByteOffset: base + o, as: I8.self) &+ v.load(fromByteOffset: 128 + o, as: I8.self),
        toByteOffset: base + o, as: I8.self)
      o += 32
    }
  }

  /// Batch mode: records `acc` and `wordAcc` before a word to be cached is looked up ...
  @inline(__always)
  func beginCachedSums(_ slot: Int) {
    let v = cacheVals + slot &* LangIDScorer.cacheValBytes
    let n = (rowHi - rowLo) * 4
    let base = rowLo * 4
    v.copyMemory(from: UnsafeRawPointer(acc) + base, byteCount: n)
    (v + 128).copyMemory(from: UnsafeRawPointer(wordAcc) + base, byteCount: n)
  }

  /// ... and stores their change after it.
  @inline(__always)
  func endCachedSums(_ slot: Int) {
    let v = cacheVals + slot &* LangIDScorer.cacheValBytes
    let a = UnsafeRawPointer(acc), wa = UnsafeRawPointer(wordAcc)
    typealias I8 = SIMD8<Int32>
    var o = 0
    let n = (rowHi - rowLo) * 4
    let base = rowLo * 4
    while o < n {
      v.storeBytes(of: a.loadUnaligned(fromByteOffset: base + o, as: I8.self) &- v.load(fromByteOffset: o, as: I8.self),
        toByteOffset: o, as: I8.self)
      v.storeBytes(of: wa.loadUnaligned(fromByteOffset: base + o, as: I8.self) &- v.load(fromByteOffset: 128 + o, as: I8.self),
        toByteOffset: 128 + o, as: I8.self)
      o += 32
    }
  }

  /// Per-word mode: adds a word's per-lane scores `v` (lanes rowLo..<rowHi) to `total`
  /// (capped below by the donor's score minus the margin) and `totalRaw`.
  @inline(__always)
  func foldValues(_ v: UnsafeRawPointer) {
    typealias F8 = SIMD8<Float>
    let sd = v.load(fromByteOffset: (model.donor - rowLo) * 4, as: Float.self) - tokMargin
    let sdv = F8(repeating: sd)
    let tp = UnsafeMutableRawPointer(total), rp = UnsafeMutableRawPointer(totalRaw)
    var o = 0
    let n = (rowHi - rowLo) * 4
    let base = rowLo * 4
    while o < n {
      let sv = v.load(fromByteOffset: o, as: F8.self)
      tp.storeBytes(of: tp.loadUnaligned(fromByteOffset: base + o, as: F8.self) + sv.replacing(with: sdv, where: sv .< sdv),
        toByteOffset: base + o, as: F8.self)
      rp.storeBytes(of: rp.loadUnaligned(fromByteOffset: base + o, as: F8.self) + sv, toByteOffset: base + o, as: F8.self)
      o += 32
    }
  }

  /// Per-word mode: scores the word just collected on its own and adds to `total`, per
  /// candidate lane, the larger of its score and the donor's score minus the margin: a
  /// word that reads as the donor language (English names and loans in any web text)
  /// costs the other languages at most the margin more than it costs the donor.
  func foldToken(_ t: Int, _ slot: Int) {
    processPending()
    let m = model
    let gsInv = 1 / m.gainScale
    let ww = tokWW
    let st = stride
    let lt = lenTerm + t * st
    let d = m.donor
    let sd = (Float(acc[d]) + ww * Float(wordAcc[d])) * gsInv + lt[d] - tokMargin
    // 8 lanes at a time (the donor's own lane: max(s, s - margin) = s); a word's sums
    // are far below 2^22 (at most 66 x 5 gains below 2^11)
    typealias F8 = SIMD8<Float>
    typealias I8 = SIMD8<Int32>
    let a = UnsafeMutableRawPointer(acc), wa = UnsafeMutableRawPointer(wordAcc)
    let tp = UnsafeMutableRawPointer(total), rp = UnsafeMutableRawPointer(totalRaw), lp = UnsafeRawPointer(lt)
    let sdv = F8(repeating: sd)
    var o = rowLo * 4
    let end = rowHi * 4
    while o < end {
      var x = LangIDScorer.toFloat(a.loadUnaligned(fromByteOffset: o, as: I8.self))
      x += ww * LangIDScorer.toFloat(wa.loadUnaligned(fromByteOffset: o, as: I8.self))
      var sv: F8 = x * gsInv
      sv += lp.loadUnaligned(fromByteOffset: o, as: F8.self)
      if slot >= 0 { cacheVals.storeBytes(of: sv, toByteOffset: slot &* LangIDScorer.cacheValBytes &+ o &- rowLo &* 4, as: F8.self) }
      let v = tp.loadUnaligned(fromByteOffset: o, as: F8.self) + sv.replacing(with: sdv, where: sv .< sdv)
      tp.storeBytes(of: v, toByteOffset: o, as: F8.self)
      rp.storeBytes(of: rp.loadUnaligned(fromByteOffset: o, as: F8.self) + sv, toByteOffset: o, as: F8.self)
      o += 32
    }
    // clear the lanes the additions may have touched (`addDense4` adds 64 lanes)
    o = clearLo * 4
    let zend = clearHi * 4
    while o < zend {
      a.storeBytes(of: I8(), toByteOffset: o, as: I8.self)
      wa.storeBytes(of: I8(), toByteOffset: o, as: I8.self)
      o += 32
    }
    for n in 0..<5 { counts[n] = 0 }
    nFolded = nTokens
  }

  /// The number of words of the text in `seq` as `score` will cut them, counted up to 3.
  func wordClass() -> Int {
    var n = 0, len = 0
    for k in 0..<seqLen {
      if seq[k] & LangIDScorer.sepFlag == 0 {
        if len >= LangIDScorer.maxTok {
          n += 1
          len = 0
        }
        len += 1
      } else if len > 0 {
        n += 1
        len = 0
      }
      if n >= 3 { return 3 }
    }
    return min(3, n + (len > 0 ? 1 : 0))
  }

  @exclusivity(unchecked) var wordClassN = 0

  /// Sets the word cache's context for the current text (after `setPerToken`): off
  /// when a per-call mask restricts the candidates or their lanes do not fit a value.
  func setCacheContext(_ mask: [Bool]?) {
    if mask != nil || rowHi - rowLo > (perToken ? 64 : 32) {
      cacheCtx = 0
      return
    }
    cacheCtx = (UInt32(curScript) << 2 | UInt32(wordClassN)) + 1
  }

  /// Switches per-word mode on for the current text when the donor is a candidate
  /// (`words`: the text's number of words when known, else -1).
  func setPerToken(words: Int = -1) {
    let m = model
    perToken = m.donor >= 0 && donorIsCand
    wordClassN = 0
    if perToken {
      let n = words >= 0 ? min(3, words) : wordClass()
      wordClassN = max(1, n)
      tokWW = n <= 1 ? m.singleWW : n == 2 ? m.shortWW : m.ww
      tokMargin = n == 2 ? m.shortDonorMargin : m.donorMargin
    }
  }

  /// Looks up the collected n-gram and word hashes in the tables of the
  /// candidates' script groups and adds their gains.
  func processPending() {
    let nh = nPending
    nPending = 0
    let nw = nWordPending
    nWordPending = 0
    if pendingFound {
      // (the n-gram payloads of the word were looked up one word ahead, see `findAhead`)
      pendingFound = false
      if groupOn[0] { processFound(nw, wt0, dv0) } else { processFound(nw, wt1, dv1) }
      return
    }
    if groupOn[0] { process(nh, nw, nt0, wt0, dv0) }
    if groupOn[1] { process(nh, nw, nt1, wt1, dv1) }
  }

  /// Slots are loaded first for the whole batch (their cache misses overlap);
  /// the payloads are sorted by kind without branches (inline posting, list,
  /// dense row), lists and rows are touched, then each kind is added in its own
  /// loop. Dense rows are summed in Int16 lanes (exact: at most `denseFlush`
  /// rows, whose sum cannot overflow, between two widenings into `acc`).
  @inline(__always)
  func process(_ nh: Int, _ nw: Int, _ nt: LangIDTable, _ wt: LangIDTable, _ dv: DenseView) {
    // (the home buckets prefetched first: their cache misses overlap)
    let nb = nt.buckets, ns = nt.shift
    for k in 0..<nh { langid_prefetch(nb + Int(hashes[k] &>> ns) &* 16) }
    for k in 0..<nw { wordInfos[k] = wt.find(wordHashes[k]) }
    let (ni, nl, nd) = lookUpByKind(nh, hashes, nt, keep: nil, in: infos, LangIDScorer.pendingCap)
    prefetchRowsAndLists(nl, nd, infos, LangIDScorer.pendingCap, dv)
    addByKind(ni, nl, nd, into: acc, dv, from: infos, LangIDScorer.pendingCap)
    for k in 0..<nw where wordInfos[k] != UInt32.max { add(wordInfos[k], into: wordAcc, dv) }
  }

  /// The current word's n-gram payloads (`curF`, sorted by kind) and its word keys added.
  @inline(__always)
  func processFound(_ nw: Int, _ wt: LangIDTable, _ dv: DenseView) {
    for k in 0..<nw { wordInfos[k] = wt.find(wordHashes[k]) }
    addByKind(curFN.0, curFN.1, curFN.2, into: acc, dv, from: curF, LangIDScorer.wordCap)
    for k in 0..<nw where wordInfos[k] != UInt32.max { add(wordInfos[k], into: wordAcc, dv) }
  }

  /// Adds the dense rows `den[0..<nd]` (frequent keys) of a group to `sums` over the candidates' lanes
  /// of that group (`dv`): in registers when they fit in one, two or four 16-lane blocks, else in Int16
  /// lanes widened every `denseFlush` rows (exact).
  @inline(__always)
  func addDenseRows(_ nd: Int, _ den: UnsafeMutablePointer<UInt32>, into sums: UnsafeMutablePointer<Int32>, _ dv: DenseView) {
    let n = dv.hi - dv.lo
    if nd == 0 || n <= 0 { return }
    if n == 16 {
      addDense1(nd, den, into: sums, dv)
    } else if n == 32 {
      addDense2(nd, den, into: sums, dv)
    } else if dv.wide >= 0 {
      addDense4(nd, den, into: sums, dv)
    } else {
      let a16 = UnsafeMutableRawPointer(acc16)
      let ar = UnsafeMutableRawPointer(sums)
      let lo = dv.lo, hi = dv.hi
      var k = 0
      while k < nd {
        let end = min(nd, k + denseFlush)
        var o = lo
        while o < hi {
          a16.storeBytes(of: SIMD16<Int16>(), toByteOffset: o * 2, as: SIMD16<Int16>.self)
          o += 16
        }
        while k < end {
          let row = UnsafeRawPointer(dv.row(den[k]))
          var o = lo
          while o < hi {
            let v = a16.load(fromByteOffset: o * 2, as: SIMD16<Int16>.self)
              &+ row.loadUnaligned(fromByteOffset: o * 2, as: SIMD16<Int16>.self)
            a16.storeBytes(of: v, toByteOffset: o * 2, as: SIMD16<Int16>.self)
            o += 16
          }
          k += 1
        }
        o = lo
        while o < hi {
          LangIDScorer.addWidened(a16.load(fromByteOffset: o * 2, as: SIMD16<Int16>.self), ar, o * 4)
          o += 16
        }
      }
    }
  }

  /// Dense rows when the candidates fit in one 16-lane block: summed in a register.
  @inline(__always)
  func addDense1(_ nd: Int, _ den: UnsafeMutablePointer<UInt32>, into sums: UnsafeMutablePointer<Int32>, _ dv: DenseView) {
    let ar = UnsafeMutableRawPointer(sums)
    let o = dv.lo
    let d = UnsafeRawPointer(dv.base + o)
    var k = 0
    while k < nd {
      let end = min(nd, k + denseFlush)
      var a = SIMD16<Int16>()
      while k < end {
        a &+= d.loadUnaligned(fromByteOffset: Int(den[k] & 0x3FFF_FFFF) &* 32, as: SIMD16<Int16>.self)
        k += 1
      }
      LangIDScorer.addWidened(a, ar, o * 4)
    }
  }

  /// Dense rows when the candidates fit in two 16-lane blocks: summed in registers.
  @inline(__always)
  func addDense2(_ nd: Int, _ den: UnsafeMutablePointer<UInt32>, into sums: UnsafeMutablePointer<Int32>, _ dv: DenseView) {
    let ar = UnsafeMutableRawPointer(sums)
    let o = dv.lo
    let d = UnsafeRawPointer(dv.base + o)
    var k = 0
    while k < nd {
      let end = min(nd, k + denseFlush)
      var a0 = SIMD16<Int16>(), a1 = SIMD16<Int16>()
      while k < end {
        let r = d + Int(den[k] & 0x3FFF_FFFF) &* 32
        a0 &+= r.loadUnaligned(fromByteOffset: 0, as: SIMD16<Int16>.self)
        a1 &+= r.loadUnaligned(fromByteOffset: 32, as: SIMD16<Int16>.self)
        k += 1
      }
      LangIDScorer.addWidened(a0, ar, o * 4)
      LangIDScorer.addWidened(a1, ar, o * 4 + 64)
    }
  }

  /// Dense rows when the candidates fit in four 16-lane blocks of a group at least that wide
  /// (a Latin text): the 64 lanes from `dv.wide` are summed in registers (lanes of
  /// non-candidates too: they are ignored).
  @inline(__always)
  func addDense4(_ nd: Int, _ den: UnsafeMutablePointer<UInt32>, into sums: UnsafeMutablePointer<Int32>, _ dv: DenseView) {
    let ar = UnsafeMutableRawPointer(sums)
    let lo = dv.wide
    let d = UnsafeRawPointer(dv.base + lo)
    var k = 0
    while k < nd {
      let end = min(nd, k + denseFlush)
      var a0 = SIMD16<Int16>(), a1 = SIMD16<Int16>(), a2 = SIMD16<Int16>(), a3 = SIMD16<Int16>()
      while k < end {
        let r = d + Int(den[k] & 0x3FFF_FFFF) &* 32
        a0 &+= r.loadUnaligned(fromByteOffset: 0, as: SIMD16<Int16>.self)
        a1 &+= r.loadUnaligned(fromByteOffset: 32, as: SIMD16<Int16>.self)
        a2 &+= r.loadUnaligned(fromByteOffset: 64, as: SIMD16<Int16>.self)
        a3 &+= r.loadUnaligned(fromByteOffset: 96, as: SIMD16<Int16>.self)
        k += 1
      }
      let b = ar + lo * 4
      LangIDScorer.addWidened(a0, b, 0)
      LangIDScorer.addWidened(a1, b, 64)
      LangIDScorer.addWidened(a2, b, 128)
      LangIDScorer.addWidened(a3, b, 192)
    }
  }

  /// Which lanes of a script group's dense rows the current text adds (see `LangIDModel.dense`):
  /// the candidates' lanes [rowLo, rowHi) within the group's lanes [gLo, gHi); `wide` is the first
  /// of the 64 lanes `addDense4` adds when more than two blocks are added and the group has 64 lanes
  /// (-1 otherwise).
  struct DenseView {
    /// lane l of the row at unit u (payload bits 0...29) is at `base + 16 u + l`
    let base: UnsafeMutablePointer<Int16>
    let gLo: Int, gHi: Int
    var lo: Int, hi: Int
    var wide: Int
    @inline(__always) func row(_ info: UInt32) -> UnsafeMutablePointer<Int16> { base + Int(info & 0x3FFF_FFFF) &* 16 }
    mutating func select(_ rowLo: Int, _ rowHi: Int) {
      lo = max(rowLo, gLo)
      hi = min(rowHi, gHi)
      wide = hi - lo > 32 && hi - lo <= 64 && gHi - gLo >= 64 ? min(lo, gHi - 64) : -1
    }
  }

  /// Sets the dense views and the lanes a word may touch for the current candidates (after `rowLo`, `rowHi`).
  func setDenseViews() {
    dv0.select(rowLo, rowHi)
    dv1.select(rowLo, rowHi)
    clearLo = rowLo
    clearHi = rowHi
    for (on, v) in [(groupOn[0], dv0), (groupOn[1], dv1)] where on && v.hi > v.lo {
      clearLo = min(clearLo, v.wide >= 0 ? v.wide : v.lo)
      clearHi = max(clearHi, v.wide >= 0 ? v.wide + 64 : v.hi)
    }
  }

  @inline(__always)
  static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

  /// True when the whitespace-delimited chunk looks like a URL or e-mail address.
  @inline(__always)
  static func isURLLike(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    if e - s >= 4 && b[s] == 0x77 && b[s + 1] == 0x77 && b[s + 2] == 0x77 && b[s + 3] == 0x2E { return true }
    var at = false
    var i = s
    while i < e {
      let c = b[i]
      if c == 0x3A && i + 2 < e && b[i + 1] == 0x2F && b[i + 2] == 0x2F { return true }
      if c == 0x40 { at = true }
      if c == 0x2E && at { return true }
      i += 1
    }
    return false
  }

  /// Decodes bytes [s, e) of `b` (valid UTF-8) once, skipping URL-like chunks:
  /// counts letters per script and appends to `seq` the lowercased letters and, for
  /// each separator, `sepFlag` | the byte position after it (`sepNoCheck` also set
  /// after a non-ASCII separator, where the early stop is not checked).
  func scan(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) {
    if seqLen + (e - s) > seqCap {
      // (at most one entry per byte)
      let cap = max(2 * seqCap, seqLen + (e - s))
      let n = UnsafeMutablePointer<UInt32>.allocate(capacity: cap)
      n.update(from: seq, count: seqLen)
      seq.deallocate()
      seq = n
      seqCap = cap
    }
    let q = seq
    var k = seqLen
    var i = s
    var runScript = 0, runCount = 0
    // The current whitespace-delimited chunk starts at byte `cStart`, entry `kStart`; when
    // it ends, a chunk that looks like a URL or e-mail address (it has "www." at its
    // start, a colon or an @: `mark`) is taken back out (entries and letter counts).
    var cStart = s, kStart = k
    var mark = false
    @inline(__always) func endChunk(_ end: Int) {
      if mark || b[cStart] == 0x77, end - cStart >= 5, LangIDScorer.isURLLike(b, cStart, end) {
        scripts[runScript] += runCount
        runCount = 0
        uncount(b, cStart, end)
        k = kStart
      }
    }
    while i < e {
      let c0 = b[i]
      if c0 < 0x80 {
        i += 1
        let t = table[Int(c0)]
        if t == 0 {
          // (letters are never spaces, colons or @)
          if LangIDScorer.isSpace(c0) {
            if i - 1 > cStart { endChunk(i - 1) }
            cStart = i
            kStart = k + 1
            mark = false
          } else if c0 == 0x3A || c0 == 0x40 {
            mark = true
          }
          q[k] = LangIDScorer.sepFlag | UInt32(min(i, 0x3FFF_FFFF))
          k += 1
          continue
        }
        let sc = Int(t >> 24)
        if sc != runScript {
          scripts[runScript] += runCount
          runScript = sc
          runCount = 0
        }
        runCount += 1
        q[k] = t & 0xFFFFFF
        k += 1
        continue
      }
      let (cp, len) = LangIDScorer.multiByteScalar(b, i)
      i += len
      let t = cp < LangIDModel.maxCP ? table[Int(cp)] : 0
      if t == 0 {
        q[k] = LangIDScorer.sepFlag | LangIDScorer.sepNoCheck
        k += 1
        continue
      }
      let sc = Int(t >> 24)
      if sc != runScript {
        scripts[runScript] += runCount
        runScript = sc
        runCount = 0
      }
      runCount += 1
      q[k] = t & 0xFFFFFF
      k += 1
    }
    if e > cStart { endChunk(e) }
    // (letters are counted per run of one script)
    scripts[runScript] += runCount
    seqLen = k
  }

  /// The key of each word of `seq` (as `flushToken` cuts them) into `gateHashes`, `nGate` of them.
  /// Without a branch on letter / separator, which would be mispredicted at most word edges: each
  /// entry stores the current key at `gateHashes[nw]` and counts it when a separator ends a word,
  /// with masks rather than selects (which the compiler may turn back into a branch). A run of
  /// `maxTok` letters or more (unspaced scripts), which `flushToken` cuts into pieces, is left to
  /// `hashWordsCut`.
  func hashWords() {
    let q = seq, gh = gateHashes
    let seed1 = LangIDModel.hashStep(LangIDModel.hashSeed, 0x01)
    var h = seed1
    var nw = 0
    var len: UInt32 = 0  // letters of the current word so far
    var longest: UInt32 = 0
    var k = 0
    let n = seqLen
    while k < n {
      let x = q[k]
      let sep = x >> 31  // 1 for a separator (`sepFlag`), 0 for a letter
      let keep = sep &- 1  // all ones for a letter
      gh[nw] = h
      nw &+= Int(sep & ((len &+ 0x7FFF_FFFF) >> 31))  // a separator after a word
      h = (LangIDModel.hashStep(h, x) & keep) | (seed1 & ~keep)
      len = (len &+ 1) & keep
      longest |= len
      k &+= 1
    }
    // (`longest` has the bits of every word length: maxTok = 64 or more sets bit 6 or a higher one)
    if longest >= UInt32(LangIDScorer.maxTok) {
      hashWordsCut()
      return
    }
    if len > 0 {
      gh[nw] = h
      nw &+= 1
    }
    nGate = nw
  }

  /// `hashWords` with a branch per entry, for texts with a run of at least `maxTok` letters.
  func hashWordsCut() {
    let q = seq, gh = gateHashes
    let seed1 = LangIDModel.hashStep(LangIDModel.hashSeed, 0x01)
    var h = seed1
    var nw = 0
    var ws = 0  // entry where the current word starts
    var k = 0
    let n = seqLen
    while k < n {
      let x = q[k]
      if x & LangIDScorer.sepFlag == 0 {
        if k &- ws == LangIDScorer.maxTok {
          gh[nw] = h
          nw &+= 1
          h = seed1
          ws = k
        }
        h = LangIDModel.hashStep(h, x)
      } else {
        if k > ws {
          gh[nw] = h
          nw &+= 1
          h = seed1
        }
        ws = k &+ 1
      }
      k &+= 1
    }
    if k > ws {
      gh[nw] = h
      nw &+= 1
    }
    nGate = nw
  }

  /// Takes the letters of bytes [s, e) (a chunk skipped as a URL) back out of `scripts`.
  func uncount(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) {
    var i = s
    while i < e {
      var cp = UInt32(b[i])
      if cp < 0x80 {
        i += 1
      } else {
        let len: Int
        (cp, len) = LangIDScorer.multiByteScalar(b, i)
        i += len
      }
      let t = cp < LangIDModel.maxCP ? table[Int(cp)] : 0
      if t != 0 { scripts[Int(t >> 24)] -= 1 }
    }
  }

  /// The scalar of valid UTF-8 whose first, non-ASCII byte is at `i`, and its length. (StageKit's
  /// UTF8Scan does the same, but the stand-alone driver in tools/langid compiles this file without it.)
  @inline(__always)
  static func multiByteScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
    let c0 = b[i]
    if c0 < 0xE0 { return ((UInt32(c0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
    if c0 < 0xF0 {
      return ((UInt32(c0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
    }
    return (
      (UInt32(c0 & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
        | UInt32(b[i + 3] & 0x3F), 4
    )
  }

  static let sepFlag: UInt32 = 0x8000_0000
  static let sepNoCheck: UInt32 = 0x4000_0000

  /// Scores the entries [from, to) of `seq`, recorded by `scan` from bytes [s, e).
  func score(_ from: Int, _ to: Int, _ s: Int, _ e: Int) {
    let q = seq
    lookAhead = perToken && ordersTwoToFive
    findOn = groupOn[0] != groupOn[1]
    if lookAhead {
      aheadStart = -1
      aheadEnd = -1
      foundStart = -1
      foundEnd = -1
      prefetchWord(from, to)
      // (the first word is looked up at once: nothing was in flight before it)
      if findOn && aheadStart >= 0 {
        findAhead()
        prefetchWord(foundEnd, to)
      }
    }
    for k in from..<to {
      let x = q[k]
      if x & LangIDScorer.sepFlag == 0 {
        if tokLen >= LangIDScorer.maxTok { flushToken() }  // long unspaced runs (CJK, Thai) are cut
        tok[tokLen] = x
        tokLen += 1
        continue
      }
      if lookAhead { advance(k, to) }
      flushToken()
      // (only once at least half of the text is scored, so that a
      // different language in its second half can still win)
      if x & LangIDScorer.sepNoCheck == 0 && nTokens >= nextCheck && earlyStop {
        let half = 2 * (Int(x & 0x3FFF_FFFF) - s) >= e - s
        if !half && (stopEarlyMargin <= 0 || e - s > stopEarlyMaxBytes) { continue }
        nextCheck = nTokens + stopEvery
        if gateStats { traceCheck() }
        let ld = lead()
        if ld >= (half ? stopMargin : stopEarlyMargin) {
          stopped = true
          return
        }
        // the word gate named this leader on every word of the text (`gateTop`)
        if gateTop >= 0 && ld >= agreeMargin && leader() == gateTop {
          stopped = true
          // (the confidence in the units of the early stop, see `gateDecide`)
          confScale = max(1, stopEarlyMargin / agreeMargin)
          return
        }
      }
    }
    if lookAhead { takeAhead(to) }
    flushToken()
    processPending()
  }

  /// Per-word mode (orders 2...5) looks ahead: while a word is scored, the next word's n-grams
  /// are looked up (their home buckets were prefetched a word before) and its rows and lists
  /// prefetched (`findAhead`), and the word after it is hashed and its buckets prefetched
  /// (`prefetchWord`), so that the cache misses of each step overlap the scoring of the word
  /// before. `flushToken` takes a word's payloads (`curFound`) or hashes (`curN`) when the
  /// token it flushes is that word (the same entries of `seq`), else it hashes the token itself;
  /// words the word cache holds are skipped. With two script groups probed, only the hashes
  /// are made ahead and the buckets of both groups prefetched.
  @exclusivity(unchecked) var lookAhead = false
  /// the word hashed ahead: entries [aheadStart, aheadEnd) of `seq`, its hashes `aheadH[0..<aheadN]`
  @exclusivity(unchecked) var aheadStart = -1
  @exclusivity(unchecked) var aheadEnd = -1
  @exclusivity(unchecked) var aheadN = 0
  @exclusivity(unchecked) var aheadH: UnsafeMutablePointer<UInt32>
  /// the hashes of the word `flushToken` scores next (`curN` of them; -1: none, it hashes the word)
  @exclusivity(unchecked) var curH: UnsafeMutablePointer<UInt32>
  @exclusivity(unchecked) var curN = -1
  /// " word " of the word hashed ahead (the edge spaces at -1 and at its length)
  let aheadTok: UnsafeMutablePointer<UInt32>

  /// Before the token that ends at entry `k` is flushed: when it is the word hashed ahead,
  /// its hashes become the current ones; when it is the word found ahead, its payloads.
  @inline(__always)
  func takeAhead(_ k: Int) {
    if foundEnd == k && foundStart == k &- tokLen {
      swap(&foundF, &curF)
      curFN = foundFN
      curFound = true
      foundStart = -1
      foundEnd = -1
    } else if aheadEnd == k && aheadStart == k &- tokLen {
      swap(&aheadH, &curH)
      curN = aheadN
      aheadStart = -1
      aheadEnd = -1
    }
  }

  /// At the separator `k` (before the token that ends there is flushed), with one script group
  /// probed: the word hashed one word ago (its buckets prefetched then) is looked up and its
  /// rows and lists prefetched (`findAhead`), and the word after it hashed and its buckets
  /// prefetched: three words in flight, each step a word before its data is needed.
  @inline(__always)
  func advance(_ k: Int, _ to: Int) {
    if tokLen == 0 { return }  // (a separator after a separator: nothing moves)
    takeAhead(k)
    if !findOn {
      prefetchWord(k + 1, to)
      return
    }
    if foundStart > k { return }  // (the next word to score is found already)
    if aheadStart > k {
      findAhead()
      prefetchWord(foundEnd, to)
    } else {
      prefetchWord(max(k + 1, foundEnd), to)
    }
  }

  /// The word hashed ahead (`aheadH`) looked up in the n-gram table of the one probed group, its
  /// payloads sorted by kind into `foundF`, its rows and lists prefetched.
  @inline(never)
  func findAhead() {
    let g0 = groupOn[0]
    let t = g0 ? nt0 : nt1
    let dv = g0 ? dv0 : dv1
    let buf = foundF
    let fn = lookUpByKind(aheadN, aheadH, t, keep: nil, in: buf, LangIDScorer.wordCap)
    foundFN = fn
    foundStart = aheadStart
    foundEnd = aheadEnd
    aheadStart = -1
    aheadEnd = -1
    prefetchRowsAndLists(fn.1, fn.2, buf, LangIDScorer.wordCap, dv)
  }

  /// Prefetches the posting lists and dense rows (both lines of a 64-lane row) that
  /// `lookUpByKind` sorted into `buf`.
  @inline(__always)
  func prefetchRowsAndLists(_ nl: Int, _ nd: Int, _ buf: UnsafeMutablePointer<UInt32>, _ cap: Int, _ dv: DenseView) {
    let lst = buf + cap, den = buf + 2 * cap
    for j in 0..<nl { langid_prefetch(posts + Int(lst[j] & 0xFF_FFFF)) }
    let a = dv.gLo, b = dv.gHi - 1
    for j in 0..<nd {
      let r = dv.row(den[j])
      langid_prefetch(r + a)
      langid_prefetch(r + b)
    }
  }

  /// (found one word ahead) the word's entries [foundStart, foundEnd) and its payloads sorted by
  /// kind, as `lookUpByKind` sorts them (`wordCap` per kind); `curF` those of the word being flushed
  @exclusivity(unchecked) var findOn = false
  @exclusivity(unchecked) var foundStart = -1
  @exclusivity(unchecked) var foundEnd = -1
  @exclusivity(unchecked) var foundFN = (0, 0, 0)
  @exclusivity(unchecked) var foundF: UnsafeMutablePointer<UInt32>
  @exclusivity(unchecked) var curF: UnsafeMutablePointer<UInt32>
  @exclusivity(unchecked) var curFN = (0, 0, 0)
  @exclusivity(unchecked) var curFound = false
  @exclusivity(unchecked) var pendingFound = false
  /// the n-gram keys of one word, at most
  static let wordCap = 4 * (LangIDScorer.maxTok + 2)

  /// Hashes the n-grams of the first word at or after entry `p0` of `seq` (after any separators;
  /// at most `maxTok` letters, before `to`) that the word cache does not hold into `aheadH`, and
  /// prefetches their home buckets in the n-gram tables of the candidates' groups.
  @inline(never)
  func prefetchWord(_ p0: Int, _ to: Int) {
    let q = seq
    let at = aheadTok
    let seed1 = LangIDModel.hashStep(LangIDModel.hashSeed, 0x01)
    var p = p0
    var e = p
    var t = 0
    while true {
      while p < to && q[p] & LangIDScorer.sepFlag != 0 { p &+= 1 }
      if p == aheadStart { return }  // (already hashed: the word after several separators)
      let lim = min(to, p &+ LangIDScorer.maxTok)
      e = p
      var h = seed1
      while e < lim && q[e] & LangIDScorer.sepFlag == 0 {
        let x = q[e]
        at[e &- p] = x
        h = LangIDModel.hashStep(h, x)
        e &+= 1
      }
      t = e &- p
      if t == 0 { return }
      // a word the word cache holds now (as `flushToken` checks it) needs no lookups: the next one
      if !cached(h, at, t) { break }
      p = e
    }
    at[-1] = 0x20
    at[t] = 0x20
    let n = LangIDScorer.ngramHashes(at - 1, t &+ 2, aheadH)
    aheadStart = p
    aheadEnd = e
    aheadN = n
    if groupOn[0] {
      let b = nt0.buckets, sh = nt0.shift
      for j in 0..<n { langid_prefetch(b + Int(aheadH[j] &>> sh) &* 16) }
    }
    if groupOn[1] {
      let b = nt1.buckets, sh = nt1.shift
      for j in 0..<n { langid_prefetch(b + Int(aheadH[j] &>> sh) &* 16) }
    }
  }

  /// Whether the word cache holds the word `w[0..<t]` (key `h`) now (a hint for `prefetchWord`:
  /// `flushToken` checks again).
  @inline(__always)
  func cached(_ h: UInt32, _ w: UnsafeMutablePointer<UInt32>, _ t: Int) -> Bool {
    if cacheCtx == 0 || t > LangIDScorer.cacheMaxLen { return false }
    let ck = UnsafeMutableRawPointer(cacheKeys + Int(h &>> (32 - LangIDScorer.cacheBits))).assumingMemoryBound(to: UInt32.self)
    if ck[0] != UInt32(t) | cacheCtx << 8 { return false }
    var j = 0
    while j < t {
      if ck[j &+ 1] != w[j] { return false }
      j &+= 1
    }
    return true
  }

  /// The hashes of the n-grams of orders 2...5 of `cs[0..<nChars]` (a word with its edge spaces,
  /// nChars >= 3) into `hs`, position by position; returns their number. The positions with all
  /// four orders in one loop of fixed inner length, the last three (3, 2 and 1 orders) written
  /// out: an inner loop of varying length mispredicts its exit at the end of every word.
  @inline(__always)
  static func ngramHashes(_ cs: UnsafeMutablePointer<UInt32>, _ nChars: Int, _ hs: UnsafeMutablePointer<UInt32>) -> Int {
    var nh = 0
    let full = max(0, nChars - 4)
    var i = 0
    while i < full {
      let g1 = LangIDModel.hashStep(LangIDModel.hashSeed, cs[i])
      let g2 = LangIDModel.hashStep(g1, cs[i + 1])
      let g3 = LangIDModel.hashStep(g2, cs[i + 2])
      let g4 = LangIDModel.hashStep(g3, cs[i + 3])
      hs[nh] = g2
      hs[nh + 1] = g3
      hs[nh + 2] = g4
      hs[nh + 3] = LangIDModel.hashStep(g4, cs[i + 4])
      nh &+= 4
      i &+= 1
    }
    if nChars >= 4 {
      // position nChars - 4: orders 2...4
      let g1 = LangIDModel.hashStep(LangIDModel.hashSeed, cs[i])
      let g2 = LangIDModel.hashStep(g1, cs[i + 1])
      let g3 = LangIDModel.hashStep(g2, cs[i + 2])
      hs[nh] = g2
      hs[nh + 1] = g3
      hs[nh + 2] = LangIDModel.hashStep(g3, cs[i + 3])
      nh &+= 3
      i &+= 1
    }
    // positions nChars - 3 (orders 2, 3) and nChars - 2 (order 2); nChars >= 3
    let g1 = LangIDModel.hashStep(LangIDModel.hashSeed, cs[i])
    let g2 = LangIDModel.hashStep(g1, cs[i + 1])
    hs[nh] = g2
    hs[nh + 1] = LangIDModel.hashStep(g2, cs[i + 2])
    hs[nh + 2] = LangIDModel.hashStep(LangIDModel.hashStep(LangIDModel.hashSeed, cs[i + 1]), cs[i + 2])
    return nh &+ 3
  }

  /// Marks the candidates (dominant script, `only=`, `mask`); returns their number.
  func selectCandidates(_ mask: [Bool]?) -> Int {
    let m = model
    let sc = scripts  // (not needed after this)
    if sc[Int(LangIDModel.kana)] > 0 { sc[Int(LangIDModel.kana)] += sc[Int(LangIDModel.hani)] }
    // text in another script often quotes Latin names and brands, rarely the reverse
    sc[Int(LangIDModel.latin)] /= 3
    var best = 1
    for s in 1..<32 where sc[s] > sc[best] { best = s }
    curScript = best
    // the candidates of the previous text are still in place (a stream of one script)
    if mask == nil && best == candScript { return nCand }
    candScript = mask == nil ? best : -1
    let unrestricted = allowed == nil && mask == nil
    if unrestricted, let c = scriptCands[best] {
      // (the same set for every text of this script: copied, not recomputed)
      nCand = c.list.count
      for i in 0..<nCand { candList[i] = c.list[i] }
      for g in 0..<LangIDModel.nGroups { groupOn[g] = c.groups[g] }
      rowLo = c.rowLo
      rowHi = c.rowHi
      setLaneOff()
      donorIsCand = c.hasDonor
      return nCand
    }
    var n = 0
    for l in 0..<nLangs {
      var ok = (m.scriptMasks[l] >> UInt32(best)) & 1 == 1
      if let a = allowed { ok = ok && a[l] }
      if let r = mask { ok = ok && r[l] }
      cand[l] = ok
      if ok { n += 1 }
    }
    if n == 0 {
      // no language of that script is allowed: choose among every allowed one
      for l in 0..<nLangs {
        cand[l] = (allowed?[l] ?? true) && (mask?[l] ?? true)
        if cand[l] { n += 1 }
      }
    }
    var lo = nLangs, hi = 0
    for l in 0..<nLangs where cand[l] {
      lo = min(lo, l)
      hi = l + 1
    }
    for g in 0..<LangIDModel.nGroups { groupOn[g] = false }
    nCand = 0
    for l in 0..<nLangs where cand[l] {
      groupOn[m.group[l]] = true
      candList[nCand] = l
      nCand += 1
    }
    rowLo = lo / 16 * 16
    rowHi = min(stride, (hi + 15) / 16 * 16)
    setLaneOff()
    donorIsCand = m.donor >= 0 && cand[m.donor]
    if unrestricted {
      scriptCands[best] = CandidateSet(
        list: (0..<nCand).map { candList[$0] }, groups: (0..<LangIDModel.nGroups).map { groupOn[$0] },
        rowLo: rowLo, rowHi: rowHi, hasDonor: donorIsCand)
    }
    return n
  }

  /// 0 in the candidates' lanes, -inf in the others (see `foldedLead`)
  func setLaneOff() {
    for i in 0..<stride { laneOff[i] = -.infinity }
    for i in 0..<nCand { laneOff[candList[i]] = 0 }
    setDenseViews()
  }

  /// The candidates of a dominant script when neither `only=` nor a mask restricts them.
  struct CandidateSet {
    var list: [Int]
    var groups: [Bool]
    var rowLo: Int
    var rowHi: Int
    var hasDonor: Bool
  }
  /// the dominant script the current candidate state (`candList`, `groupOn`, rows, lanes)
  /// was selected for without a per-call mask (-1: none)
  @exclusivity(unchecked) var candScript = -1
  /// per script id, filled on first use
  @exclusivity(unchecked) var scriptCands = [CandidateSet?](repeating: nil, count: 32)

  /// Word gate: looks up every word of the text (their keys in `gateHashes`, see
  /// `hashWords`) in the word tables only and scores the candidates by that evidence
  /// alone (the word term and the bias of the full score, in its units; per-word mode's
  /// donor cap does not bind on it, see `gateApplies`). Returns the leader when its lead
  /// over every other candidate is at least `gateMargin` and over each of its close
  /// relatives at least `gateRelMargin`, else -1; the payloads are kept for the full
  /// scoring (`gateReuse`) when one script group is probed.
  func wordGate(_ ww: Float) -> Int {
    let nw = nGate
    let ga = UnsafeMutableRawPointer(gateAcc)
    var o = rowLo * 4
    let end = rowHi * 4
    typealias F8 = SIMD8<Float>
    typealias I8 = SIMD8<Int32>
    while o < end {
      ga.storeBytes(of: I8(), toByteOffset: o, as: I8.self)
      o += 32
    }
    let one = !(groupOn[0] && groupOn[1])
    if groupOn[0] { gateLookup(nw, wt0, dv0) }
    if groupOn[1] { gateLookup(nw, wt1, dv1) }
    gateReuse = one
    let f = F8(repeating: ww / model.gainScale)
    let nt = F8(repeating: Float(nw))
    let bp = UnsafeRawPointer(biasP), lo = UnsafeRawPointer(laneOff)
    let gs = UnsafeMutableRawPointer(gateScore)
    var mx = F8(repeating: -.infinity)
    o = rowLo * 4
    while o < end {
      let v = LangIDScorer.toFloat(ga.load(fromByteOffset: o, as: I8.self)) * f
        + bp.loadUnaligned(fromByteOffset: o, as: F8.self) * nt + lo.loadUnaligned(fromByteOffset: o, as: F8.self)
      gs.storeBytes(of: v, toByteOffset: o, as: F8.self)
      mx.replace(with: v, where: v .> mx)
      o += 32
    }
    let best = LangIDScorer.maxLane(mx)
    if gateStats { lastGateLeader = -1 }
    // (no decision: the best is tied, or every lane is -inf)
    if !best.isFinite { return -1 }
    var top = -1
    var n = 0
    var sx = F8(repeating: -.infinity)
    let bv = F8(repeating: best)
    o = rowLo * 4
    while o < end {
      let v = gs.load(fromByteOffset: o, as: F8.self)
      let eq = v .== bv
      n &+= Int(SIMD8<Int32>(repeating: 1).replacing(with: 0, where: .!eq).wrappedSum())
      sx.replace(with: v, where: v .> sx .& .!eq)
      o += 32
    }
    if n != 1 { return -1 }
    o = rowLo
    while gateScore[o] != best { o += 1 }
    top = o
    let lead = best - LangIDScorer.maxLane(sx)
    var rel: Float = .infinity
    var r = relStart[top]
    while r < relStart[top + 1] {
      rel = min(rel, best - gateScore[Int(relList[r])])
      r += 1
    }
    if gateStats {
      lastGateLeader = top
      lastGateLead = lead
      lastGateRelLead = rel
    }
    if gateMargin > 0 && lead >= gateMargin && rel >= gateRelMargin { return top }
    if agreeMargin > 0 && lead >= agreeGateLead { gateTop = top }
    return -1
  }

  /// (measurements) the check points of the early stop: tokens, leader, lead
  @exclusivity(unchecked) public var trace: [(Int, Int, Float)] = []
  func traceCheck() {
    let d = lead()
    trace.append((nTokens, leader(), d))
  }

  @inline(__always)
  func gateLookup(_ nw: Int, _ wt: LangIDTable, _ dv: DenseView) {
    let nb = wt.buckets, ns = wt.shift
    for k in 0..<nw { langid_prefetch(nb + Int(gateHashes[k] &>> ns) &* 16) }
    // the payloads sorted by kind without branches, each kind added in its own loop (as in `process`)
    let (ni, nl, nd) = lookUpByKind(nw, gateHashes, wt, keep: gateInfos, in: infos, LangIDScorer.pendingCap)
    prefetchRowsAndLists(nl, nd, infos, LangIDScorer.pendingCap, dv)
    addByKind(ni, nl, nd, into: gateAcc, dv, from: infos, LangIDScorer.pendingCap)
  }

  /// Looks up the `n` keys `hs` in `t` and sorts their payloads by kind without branches into
  /// the three lanes of `infos` (inline postings, posting lists, dense rows; `kinds`), the
  /// counts returned; `keep`, when given, also receives each payload in key order.
  @inline(__always)
  func lookUpByKind(_ n: Int, _ hs: UnsafeMutablePointer<UInt32>, _ t: LangIDTable, keep: UnsafeMutablePointer<UInt32>?,
    in buf: UnsafeMutablePointer<UInt32>, _ cap: Int) -> (Int, Int, Int)
  {
    let inl = buf, lst = buf + cap, den = buf + 2 * cap
    var ni = 0, nl = 0, nd = 0
    for k in 0..<n {
      let info = t.find(hs[k])
      keep?[k] = info
      inl[ni] = info
      lst[nl] = info
      den[nd] = info
      let (i1, l1, d1) = LangIDScorer.kinds(info)
      ni &+= i1
      nl &+= l1
      nd &+= d1
    }
    return (ni, nl, nd)
  }

  /// Adds the payloads that `lookUpByKind` sorted into `infos` to `sums`, each kind in its own loop.
  @inline(__always)
  func addByKind(_ ni: Int, _ nl: Int, _ nd: Int, into sums: UnsafeMutablePointer<Int32>, _ dv: DenseView,
    from buf: UnsafeMutablePointer<UInt32>, _ cap: Int)
  {
    let inl = buf, lst = buf + cap, den = buf + 2 * cap
    for k in 0..<ni { sums[Int(inl[k] >> 16)] &+= Int32(Int16(truncatingIfNeeded: inl[k])) }
    for k in 0..<nl { addList(lst[k], into: sums) }
    addDenseRows(nd, den, into: sums, dv)
  }

  /// The word gate's decision `top`; its confidence is the softmax of the gate's scores
  /// (`gateScore`) in the units of the early stop: word evidence is weaker per score unit
  /// than the full score, and the gate's margin plays the part of the early stop's margin,
  /// so the scores are scaled by `stopEarlyMargin / gateMargin` (a lead of exactly
  /// `gateMargin` counts as a lead of `stopEarlyMargin` would after an early stop).
  func gateDecide(_ top: Int) -> LangIDResult {
    typealias F8 = SIMD8<Float>
    let m = model
    let k = m.temp / m.scale * max(1, stopEarlyMargin / gateMargin)
    let t = gateScore[top]
    let gs = UnsafeRawPointer(gateScore)
    var z = F8()
    var o = rowLo * 4
    let end = rowHi * 4
    while o < end {
      z += LangIDScorer.exp8((gs.load(fromByteOffset: o, as: F8.self) - t) * k)
      o += 32
    }
    let a = z.lowHalf + z.highHalf
    return LangIDResult(lang: top, confidence: Double(1 / ((a[0] + a[2]) + (a[1] + a[3]))), letters: nLetters)
  }

  func decide() -> LangIDResult {
    let m = model
    let wwEff = nTokens <= 1 ? m.singleWW : nTokens == 2 ? m.shortWW : m.ww
    var top = -1
    var topS: Float = -.infinity
    let nt = Float(perToken ? nTokens - nFolded : max(nTokens, 1))
    let gsInv = 1 / m.gainScale
    let c0 = Float(counts[0]), c1 = Float(counts[1]), c2 = Float(counts[2]), c3 = Float(counts[3]),
      c4 = Float(counts[4])
    if perToken && nFolded == nTokens {
      // every word folded: the sums, counts and token term below are 0, the score is `total`
      for i in 0..<nCand {
        let l = candList[i]
        let s = total[l]
        scores[l] = s
        if s > topS {
          topS = s
          top = l
        }
      }
    } else {
      for i in 0..<nCand {
        let l = candList[i]
        let f = floorW + l * 5
        let s = total[l] + (Float(acc[l]) + wwEff * Float(wordAcc[l])) * gsInv + biasP[l] * nt
          - (c0 * f[0] + c1 * f[1] + c2 * f[2] + c3 * f[3] + c4 * f[4])
        scores[l] = s
        if s > topS {
          topS = s
          top = l
        }
      }
    }
    if top < 0 { return LangIDResult(lang: -1, confidence: 0, letters: nLetters) }
    // softmax denominator; a candidate more than 40 (in units of the exponent) below the
    // best adds less than 5e-18 each, below Double's resolution of z >= 1
    // (the best adds exp(0) = 1 without a call)
    var z: Double = 0
    let k = m.temp / m.scale * confScale
    if perToken && nFolded == nTokens {
      // every word folded: both denominators over the candidate lanes, 8 at a time
      return LangIDResult(lang: top, confidence: 1.0 / Double(foldedDenominator(topS, totalRaw[top], k)), letters: nLetters)
    }
    let reach = topS - 40 / k
    for i in 0..<nCand where scores[candList[i]] >= reach {
      z += candList[i] == top ? 1 : exp(Double(scores[candList[i]] - topS) * Double(k))
    }
    if perToken {
      // Capping lifts every language on English words, so an English text's capped softmax
      // is flat; the confidence is the larger of the decision's probability under the
      // capped and under the plain scores.
      // (its terms are positive: once the partial sum reaches z, the minimum is z)
      let r = totalRaw[top]
      var zr: Double = 0
      for i in 0..<nCand where totalRaw[candList[i]] >= r - 40 / k {
        zr += candList[i] == top ? 1 : exp(Double(totalRaw[candList[i]] - r) * Double(k))
        if zr >= z { break }
      }
      z = min(z, zr)
    }
    return LangIDResult(lang: top, confidence: 1.0 / z, letters: nLetters)
  }

  /// e^x for 8 lanes with x <= 0 (relative error below 3e-7; lanes below -87, such as
  /// -inf, give about 1e-38): e^x = 2^i x e^(x - i ln 2) with i = round(x / ln 2),
  /// the second factor by its Taylor polynomial of degree 6 on |x - i ln 2| <= ln 2 / 2.
  @inline(__always)
  static func exp8(_ x: SIMD8<Float>) -> SIMD8<Float> {
    typealias F8 = SIMD8<Float>
    let xc = x.replacing(with: -87, where: x .< -87)
    // round to nearest by adding 1.5 x 2^23: the integer is in the low mantissa bits
    let t = xc * 1.442_695_04 + 12_582_912
    let i = unsafeBitCast(t, to: SIMD8<Int32>.self) &- 0x4B40_0000
    let n = t - 12_582_912
    let f = xc - n * 0.693_145_75 - n * 1.428_606_8e-06
    var p = F8(repeating: 1.0 / 720)
    p = p * f + 1.0 / 120
    p = p * f + 1.0 / 24
    p = p * f + 1.0 / 6
    p = p * f + 0.5
    p = p * f + 1
    p = p * f + 1
    // p x 2^i: i added to the exponent bits
    return unsafeBitCast(unsafeBitCast(p, to: SIMD8<Int32>.self) &+ (i &<< 23), to: F8.self)
  }

  /// The confidence's denominator when every word is folded (per-word mode): the softmax
  /// sums of the capped scores (`total`, best `top`) and of the plain ones (`totalRaw`,
  /// the best's `raw`), the smaller of the two (see `decide`).
  @inline(__always)
  func foldedDenominator(_ top: Float, _ raw: Float, _ k: Float) -> Float {
    typealias F8 = SIMD8<Float>
    let tp = UnsafeRawPointer(total), rp = UnsafeRawPointer(totalRaw), lo = UnsafeRawPointer(laneOff)
    var z = F8(), zr = F8()
    var o = rowLo * 4
    let end = rowHi * 4
    while o < end {
      let off = lo.loadUnaligned(fromByteOffset: o, as: F8.self)
      z += LangIDScorer.exp8((tp.loadUnaligned(fromByteOffset: o, as: F8.self) + off - top) * k)
      zr += LangIDScorer.exp8((rp.loadUnaligned(fromByteOffset: o, as: F8.self) + off - raw) * k)
      o += 32
    }
    let a = z.lowHalf + z.highHalf, b = zr.lowHalf + zr.highHalf
    return min((a[0] + a[2]) + (a[1] + a[3]), (b[0] + b[2]) + (b[1] + b[3]))
  }

  /// The byte ranges scored for [s, e): everything when short, else `windows`
  /// windows of about `windowBytes` bytes spread evenly over the text.
  func ranges(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, sampleAbove: Int, windows: Int, windowBytes: Int)
    -> [(Int, Int)]
  {
    if e - s <= sampleAbove { return [(s, e)] }
    var out: [(Int, Int)] = []
    let step = (e - s) / windows
    for k in 0..<windows {
      var ws = s + k * step
      // start on a character boundary, after a space when one is near
      while ws < e && (b[ws] & 0xC0) == 0x80 { ws += 1 }
      if k > 0 {
        var j = ws
        while j < e && j - ws < 64 && !LangIDScorer.isSpace(b[j]) { j += 1 }
        if j < e && LangIDScorer.isSpace(b[j]) { ws = j }
      }
      var we = min(e, ws + windowBytes)
      var j = we
      while j < e && j - we < 64 && !LangIDScorer.isSpace(b[j]) { j += 1 }
      if j >= e || LangIDScorer.isSpace(b[j]) { we = j }
      while we > ws && we < e && (b[we] & 0xC0) == 0x80 { we -= 1 }
      if we > ws { out.append((ws, we)) }
    }
    return out
  }

  /// Classifies bytes [s, e) of `b` (valid UTF-8, on character boundaries).
  public func classify(
    _ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, restrictTo mask: [Bool]? = nil,
    sampleAbove: Int = 1024, windows: Int = 4, windowBytes: Int = 224
  ) -> LangIDResult {
    reset()
    if e - s <= sampleAbove {
      // scored whole (no range arrays)
      let gating = gateApplies(s, e)
      scan(b, s, e)
      if gating { hashWords() }
      for sc in 0..<32 { nLetters += scripts[sc] }
      if nLetters == 0 { return LangIDResult(lang: -1, confidence: 0, letters: 0) }
      if selectCandidates(mask) == 1 { return LangIDResult(lang: candList[0], confidence: 1, letters: nLetters) }
      earlyStop = stopMargin > 0
      setPerToken(words: gating ? nGate : -1)
      if gating && nGate >= 3 && (!perToken || gateWordSpan <= tokMargin) {
        let g = wordGate(model.ww)
        if g >= 0 { return gateDecide(g) }
      }
      setCacheContext(mask)
      score(0, seqLen, s, e)
      return decide()
    }
    var rs = ranges(b, s, e, sampleAbove: sampleAbove, windows: windows, windowBytes: windowBytes)
    // each range is decoded once; `ends[r]`: end of range r's entries in `seq`
    var ends: [Int] = []
    for (a, z) in rs {
      scan(b, a, z)
      ends.append(seqLen)
    }
    nLetters = 0
    for sc in 0..<32 { nLetters += scripts[sc] }
    if nLetters == 0 && rs.count > 1 {
      rs = [(s, e)]
      seqLen = 0
      scan(b, s, e)
      ends = [seqLen]
      for sc in 0..<32 { nLetters += scripts[sc] }
    }
    if nLetters == 0 { return LangIDResult(lang: -1, confidence: 0, letters: 0) }
    let n = selectCandidates(mask)
    if n == 1 { return LangIDResult(lang: candList[0], confidence: 1, letters: nLetters) }
    let letters = nLetters
    earlyStop = stopMargin > 0 && rs.count == 1
    // (sampled texts are long: their words are scored in batches, without the donor rule)
    perToken = false
    wordClassN = 0
    if rs.count == 1 { setPerToken() }
    setCacheContext(mask)
    var from = 0
    for (r, (a, z)) in rs.enumerated() where !stopped {
      score(from, ends[r], a, z)
      from = ends[r]
    }
    nLetters = letters
    return decide()
  }
}

/// The result of classifying one stretch of text.
public struct LangIDResult {
  /// Index into `LangIDModel.codes`, or -1 for `und`.
  public var lang: Int
  public var confidence: Double
  /// Letters seen (0 means no language signal).
  public var letters: Int
}
