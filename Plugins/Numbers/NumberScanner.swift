// SPDX-License-Identifier: GPL-3.0-or-later

/// One number found in a document (UTF-8 byte offsets).
struct FoundNumber {
  var start: Int
  var end: Int
  var value: Double
  var unit: String? = nil
  var ordinal = false
  var approx = false
}

/// A token of the text: a word (letters) or a number in digits.
struct Token {
  var start: Int
  var end: Int
  /// -1 for a word, else the index into `digits`.
  var num: Int
  /// What separates this token from the previous one: 0 nothing, 1 spaces, 2 a hyphen, 3 anything else.
  var sep: UInt8
}

/// What a word or phrase at a token means: entries (several when a compound
/// word was split: "tre|mila|duecento") and the token after it.
struct Group {
  var pieces: Pieces
  var next: Int
  /// Bytes of a proclitic before the number word ("ب" in "بخمسة"), left out of the span.
  var skip = 0
}

/// The entries of a word, stored inline (no allocation per token): at most 16.
struct Pieces: RandomAccessCollection, ExpressibleByArrayLiteral {
  private var items = SIMD16<Int32>()
  private(set) var count = 0

  init() {}

  init(arrayLiteral elements: Int32...) {
    for e in elements { append(e) }
  }

  /// One entry (no variadic array on the lookup path).
  init(_ e: Int32) {
    items[0] = e
    count = 1
  }

  /// Two entries.
  init(_ a: Int32, _ b: Int32) {
    items[0] = a
    items[1] = b
    count = 2
  }

  var startIndex: Int { 0 }
  var endIndex: Int { count }
  subscript(i: Int) -> Int32 { items[i] }

  /// False when full.
  @discardableResult
  mutating func append(_ e: Int32) -> Bool {
    guard count < 16 else { return false }
    items[count] = e
    count += 1
    return true
  }

  mutating func removeLast() { count -= 1 }
}

/// The parts of a cardinal closed by a scale word ("three million | two thousand"), with strictly
/// decreasing scales; stored inline so that copying an accumulator allocates nothing. A scale is kept as its
/// index in `ScaleStack.scales` (which is sorted), so that an accumulator fits in 128 bytes and copies cheaply.
struct ScaleStack {
  private var values = SIMD8<Double>()
  private var scaleIndices = SIMD8<UInt8>()
  private var size: UInt8 = 0

  /// Every scale of every language, ascending.
  static let scales: [Double] = {
    var all = Set<Double>()
    for rules in NumberLanguage.allRules.langs.values { all.formUnion((rules.scales ?? [:]).values) }
    return all.sorted()
  }()

  /// The index of the scale `s` in `scales`, or nil for a value that is no scale.
  static func index(of s: Double) -> UInt8? {
    guard let i = scales.firstIndex(of: s), i < 255 else { return nil }
    return UInt8(i)
  }

  var count: Int { Int(size) }
  var isEmpty: Bool { size == 0 }
  var isFull: Bool { size == 8 }
  var last: (value: Double, scale: Double)? {
    size == 0 ? nil : (values[count - 1], Self.scales[Int(scaleIndices[count - 1])])
  }
  /// `base` plus the parts, added in order.
  func total(_ base: Double) -> Double {
    var t = base
    for i in 0..<count { t += values[i] }
    return t
  }

  /// Appends a part and its scale, which must be one of `scales`.
  mutating func append(_ e: (Double, Double)) {
    values[count] = e.0
    scaleIndices[count] = Self.index(of: e.1) ?? 0
    size += 1
  }

  mutating func removeLast() { size -= 1 }
}

/// The accumulator of a spelled-out (or mixed) cardinal (128 bytes: fields ordered to pack).
struct Accumulator {
  var stack = ScaleStack()
  var lastAtomDigit = false
  var started = false
  var lastKind: Int8 = 0  // 1 atom, 2 multiplier, 3 scale, 4 connector
  var kindBeforeConnector: Int8 = 0
  var current: Double = 0
  var lastAtom: Double = 0
  /// `firstScale`, NaN for none.
  private var firstScaleValue = Double.nan
  var maxScale: Double = 0
  var lastScale: Double = 0
  var words: Int32 = 0
  var digits: Int32 = 0

  var firstScale: Double? {
    get { firstScaleValue.isNaN ? nil : firstScaleValue }
    set { firstScaleValue = newValue ?? .nan }
  }

  var value: Double { stack.total(current) }

  /// The smallest power of ten that `x` is a multiple of (place of its last non-zero digit).
  static func place(_ x: Double) -> Double {
    guard x >= 1, x == x.rounded() else { return 0 }
    var p = 1.0
    while p < 1e18, (x / (p * 10)).rounded() == x / (p * 10) { p *= 10 }
    return p
  }

  mutating func atom(_ v: Double, digit: Bool) -> Bool {
    if !started {
      started = true
      current = v
      lastAtom = v
      lastAtomDigit = digit
      lastKind = 1
      if digit { digits += 1 } else { words += 1 }
      return true
    }
    if v <= 0 || v != v.rounded() { return false }
    if current == 0 && stack.isEmpty { return false }
    if digit && lastKind != 3 && lastKind != 2 && lastKind != 4 { return false }
    if lastKind == 1 && (digit || lastAtomDigit) { return false }
    if lastKind == 4 && digit && lastAtomDigit { return false }
    if current == 0 {
      if !stack.isEmpty && v >= stack.last!.scale { return false }
    } else {
      if Self.place(current) <= v { return false }
    }
    current += v
    lastAtom = v
    lastAtomDigit = digit
    lastKind = 1
    if digit { digits += 1 } else { words += 1 }
    return true
  }

  mutating func multiplier(_ m: Double) -> Bool {
    if !started {
      started = true
      current = m
      lastAtom = m
      lastKind = 2
      firstScale = m
      words += 1
      return true
    }
    // a bare hundred after a scale: "mille cent", "tusind hundrede", "mil e cem" (one hundred)
    if m == 100, current == 0, lastKind == 3 || (lastKind == 4 && kindBeforeConnector == 3),
      let top = stack.last, top.scale > 100
    {
      current = 100
      lastAtom = 100
      lastAtomDigit = false
      lastKind = 2
      words += 1
      return true
    }
    if lastKind == 1 {
      let rest = current - lastAtom
      let now = lastAtom * m
      if m == 100 && lastAtom >= 100 && !lastAtomDigit { return false }
      if rest != 0 && Self.place(rest) <= now { return false }
      if !stack.isEmpty && rest + now >= stack.last!.scale { return false }
      if m < 100 && lastAtom >= 100 && !lastAtomDigit && lastAtom.truncatingRemainder(dividingBy: 100) != 0 {
        // "trehundratvå dussin": the dozen takes the units only
        let units = lastAtom.truncatingRemainder(dividingBy: 100)
        current = current - units + units * m
        lastAtom = current
        lastKind = 2
        words += 1
        return true
      }
      current = rest + now
      lastAtomDigit = false
      lastAtom = current
      if firstScale == nil { firstScale = m }
      lastKind = 2
      words += 1
      return true
    }
    if lastKind == 2 && m != 100 && current > 0 {
      current *= m
      lastAtom = current
      words += 1
      return true
    }
    return false
  }

  mutating func scale(_ s: Double) -> Bool {
    guard ScaleStack.index(of: s) != nil else { return false }
    if !started {
      started = true
      stack = ScaleStack()
      stack.append((s, s))
      lastKind = 3
      firstScale = s
      maxScale = s
      lastScale = s
      words += 1
      return true
    }
    if lastKind == 4 { return false }
    var x = current
    if lastKind == 3 {
      if s <= lastScale { return false }
    }
    while let top = stack.last, top.scale < s {
      x += top.value
      stack.removeLast()
    }
    if let top = stack.last, top.scale == s { return false }
    if x == 0 || stack.isFull { return false }
    stack.append((x * s, s))
    current = 0
    lastAtom = 0
    lastAtomDigit = false
    lastKind = 3
    if firstScale == nil { firstScale = s }
    maxScale = max(maxScale, s)
    lastScale = s
    words += 1
    return true
  }

  mutating func connector() -> Bool {
    guard started, lastKind != 4 else { return false }
    kindBeforeConnector = lastKind
    lastKind = 4
    return true
  }
}

/// Finds numbers in a UTF-8 buffer; one instance per stage instance (buffers reused).
///
/// Every method is `mutating`, also those that only read: a non-mutating call from a mutating one copies the
/// whole scanner (some 300 bytes) and retains each of its arrays, on every call of the hot path.
struct NumberScanner {
  var options: (articles: Bool, ordinals: Bool) = (true, true)
  /// Numeric dates are skipped even where the dates stage left them: set when it ran on the document.
  var skipNumericDates = false
  private var tokens: [Token] = []
  private var digits: [DigitNumber] = []
  private var groups: [DigitScanner.Group] = []
  private var key: [UInt8] = []
  private var found: [FoundNumber] = []
  /// The token after a unit word that `finish` attached ("pour cent").
  private var skipUntil = 0

  // Per run
  private var b = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  private var lang: NumberLanguage! = nil
  private var trie = FrozenTrie()
  private var markTrie = FrozenTrie()
  private var markSuffixTrie = FrozenTrie()
  private var unitTrie = FrozenTrie()
  /// The language's entries, copied once per language change (no class access in the hot path).
  private var entries: [NumberWord] = []
  private var inert: [Bool] = []
  private var compoundStarts: [Bool] = []
  private var compoundEndTrie = FrozenTrie()
  private let common = NumberLanguage.common
  private var hasWords = false
  /// The entry of a connector written as a word prefix (Arabic "و"), or -1.
  private var prefixTerm: Int32 = -1
  /// Memoised lookups per token: 0 not yet, 1 nothing, 2 `lookupGroup[t]`.
  private var lookupState: [UInt8] = []
  private var lookupGroup: [Group] = []

  mutating func run(_ buf: UnsafeBufferPointer<UInt8>, _ lang: NumberLanguage, emit: (FoundNumber) -> Void) {
    b = buf
    if self.lang !== lang {
      self.lang = lang
      trie = lang.trie
      entries = lang.entries
      inert = lang.inert
      compoundStarts = lang.compoundStarts
      compoundEndTrie = lang.compoundEndTrie
      markTrie = lang.markTrie
      markSuffixTrie = lang.nameNounSuffixTrie
      unitTrie = common.unitTrie
      prefixTerm = lang.prefixConnectorTerm
    }
    tokenize()
    hasWords = lang.hasWords
    lookupState.removeAll(keepingCapacity: true)
    lookupState.append(contentsOf: repeatElement(0, count: tokens.count))
    if lookupGroup.count < tokens.count {
      lookupGroup.append(contentsOf: repeatElement(Group(pieces: Pieces(), next: 0), count: tokens.count - lookupGroup.count))
    }
    found.removeAll(keepingCapacity: true)
    skipUntil = 0
    var i = 0
    while i < tokens.count {
      // most words are no number word, or one that starts nothing ("and", "of"): no parse
      if tokens[i].num < 0 {
        guard hasWords, !cannotStartEntry(tokens[i]), let g = lookup(i) else {
          i += 1
          continue
        }
        if g.pieces.count == 1 && inert[Int(g.pieces[0])] {
          i += 1
          continue
        }
      }
      if let (f, next) = parse(at: i) {
        if let x = f, options.articles || !bareArticle(x, at: i) { found.append(x) }
        i = max(next, i + 1, skipUntil)
      } else {
        i += 1
      }
    }
    // "45 (forty five)", "forty-five (45)": one number written twice
    var k = 0
    while k + 1 < found.count {
      let a = found[k]
      let c = found[k + 1]
      let aDigit = b[a.start] >= 0x30 && b[a.start] <= 0x39
      let cDigit = b[c.start] >= 0x30 && b[c.start] <= 0x39
      if a.value == c.value, !a.ordinal, !c.ordinal, aDigit != cDigit, c.end < b.count, b[c.end] == 0x29,
        c.start >= a.end + 1,
        b[c.start - 1] == 0x28, b[a.end..<(c.start - 1)].allSatisfy({ $0 == 0x20 })
      {
        found[k].end = c.end + 1
        if found[k].unit == nil { found[k].unit = c.unit }
        found.remove(at: k + 1)
      }
      k += 1
    }
    // a range shares the unit written after its second number: "10-15 procent", "5–7 km"
    k = 0
    while k + 1 < found.count {
      let a = found[k]
      let c = found[k + 1]
      if a.unit == nil, let u = c.unit, !a.ordinal, !c.ordinal, rangeMark(a.end, c.start) { found[k].unit = u }
      k += 1
    }
    for f in found { emit(f) }
  }

  // MARK: - tokens

  private mutating func tokenize() {
    tokens.removeAll(keepingCapacity: true)
    digits.removeAll(keepingCapacity: true)
    let ds = DigitScanner(b: b, lang: lang, common: common)
    var i = 0
    var sep: UInt8 = 3
    let n = b.count
    while i < n {
      let c = b[i]
      // an ASCII letter starts a word (the commonest case first; no earlier case takes a letter)
      let asciiLetter = (c | 0x20) &- 0x61 < 26
      if !asciiLetter, c == 0x20 || c == 0x09 {
        if sep == 0 { sep = 1 }
        i += 1
        continue
      }
      if !asciiLetter, c == 0x0A || c == 0x0D {
        sep = 3
        i += 1
        continue
      }
      if c == 0x2D {
        sep = sep == 3 ? 3 : 2
        i += 1
        continue
      }
      let isDigit = !asciiLetter && ds.digit(i) != nil
      var leading = false
      if !isDigit, c == 0x2E || c == 0x2C, ds.digit(i + 1) != nil,
        i == 0 || !(ds.digit(i - 1) != nil || ds.isLetter(i - 1))
      {
        leading = lang.hasWords ? c == lang.decimalSeparator : true
      }
      if isDigit || leading {
        let before = digits.count
        i = ds.scan(i, into: &digits, groups: &groups)
        for k in before..<digits.count {
          tokens.append(Token(start: digits[k].start, end: digits[k].end, num: k, sep: k == before ? sep : 3))
        }
        sep = 0
        continue
      }
      if asciiLetter || c >= 0x80 && ds.isLetter(i) {
        let s = i
        while i < n {
          let l = b[i]
          if l < 0x80 {
            if (l | 0x20) &- 0x61 < 26 {
              i &+= 1
              continue
            }
            break
          }
          guard ds.isLetter(i) else { break }
          i += ds.letterLength(i)
        }
        // a soft hyphen inside a word
        while i + 1 < n && b[i] == 0xC2 && b[i + 1] == 0xAD && ds.isLetter(i + 2) {
          i += 2
          while i < n && ds.isLetter(i) { i += ds.letterLength(i) }
        }
        tokens.append(Token(start: s, end: i, num: -1, sep: sep))
        sep = 0
        continue
      }
      if let (v, l) = ds.vulgar(i) {
        digits.append(DigitNumber(start: i, end: i + l, value: v, plain: false))
        tokens.append(Token(start: i, end: i + l, num: digits.count - 1, sep: sep))
        i += l
        sep = 0
        continue
      }
      // U+2212 minus and dashes behave as hyphens between words
      if c == 0xE2, i + 2 < n, b[i + 1] == 0x88 && b[i + 2] == 0x92 || b[i + 1] == 0x80 && (b[i + 2] == 0x93) {
        sep = sep == 3 ? 3 : 2
        i += 3
        continue
      }
      if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 {
        if sep == 0 { sep = 1 }
        i += 2
        continue
      }
      if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xAF || b[i + 2] == 0x89 {
        if sep == 0 { sep = 1 }
        i += 3
        continue
      }
      sep = 3
      i += c < 0x80 ? 1 : (c < 0xE0 ? 2 : (c < 0xF0 ? 3 : 4))
    }
  }

  // MARK: - word lookup

  /// The longest word or phrase entry starting at token `t`.
  private mutating func lookup(_ t: Int) -> Group? {
    guard hasWords, t < tokens.count, tokens[t].num < 0 else { return nil }
    switch lookupState[t] {
    case 1: return nil
    case 2: return lookupGroup[t]
    default: break
    }
    let g = computeLookup(t)
    lookupState[t] = g == nil ? 1 : 2
    if let g { lookupGroup[t] = g }
    return g
  }

  private mutating func computeLookup(_ t: Int) -> Group? {
    var node = 0
    var best: Group? = nil
    var k = t
    var sawPrefix = false
    var spaced = false
    while k < tokens.count && k - t < 5 {
      let tok = tokens[k]
      if tok.num >= 0 { break }
      if k > t && !(tok.sep == 1 || tok.sep == 2) { break }
      if k > t && tok.sep == 1 && tok.start - tokens[k - 1].end > 4 { break }
      if k > t && tok.sep == 1 { spaced = true }
      node = walk(node, tok, &sawPrefix)
      if node < 0 { break }
      let term = trie.terminal[node]
      if term >= 0 {
        let e = entries[Int(term)]
        if e.elided && !apostropheAt(tok.end) || e.compoundOnly {
          // "vent" is a number only in "vent'anni", Swedish "et" only inside "ettusen"
        } else if k > t && k + 1 < tokens.count && tokens[k + 1].sep == 2 {
          // a phrase does not end inside a hyphenated word: "one hundred | thirty-fifths"
        } else if k > t && spaced && e.card == nil && (e.ordinal != nil || e.denom != nil) && !e.spacedPhrase
          && !(singleLookup(k - 1).map { entries[Int($0.pieces[0])].connector } ?? false)
        {
          // "thirty fifths" with a space is "thirty" and "fifths"; "thirty-fifths" is one word
        } else if k == t || e.multiword || e.card != nil {
          best = Group(pieces: Pieces(term), next: k + 1)
        }
      }
      k += 1
    }
    if best == nil && sawPrefix {
      // A compound word: split it into known pieces.
      let tok = tokens[t]
      key.removeAll(keepingCapacity: true)
      KeyNormalizer.append(b[tok.start..<tok.end], to: &key)
      if key.count >= 4 && key.count <= 80 && endsLikeCompound() {
        var pieces = Pieces()
        if segment(key, 0, &pieces, depth: 0) { best = Group(pieces: pieces, next: t + 1) }
      }
    }
    if best == nil, prefixTerm >= 0 {
      // a connector written as a prefix: Arabic "وثلاثة" ("and three") after a scale
      let tok = tokens[t]
      key.removeAll(keepingCapacity: true)
      KeyNormalizer.append(b[tok.start..<tok.end], to: &key)
      let p = lang.prefixConnector
      if key.count > p.count, key.starts(with: p) {
        // the longest number word or phrase after the prefix: "وتسعة وثلاثون" ("and nine and thirty")
        let (ents, connector) = (entries, prefixTerm)
        walkAfterPrefix(t, skipping: p.count) { term, k in
          if ents[Int(term)].isNumeric { best = Group(pieces: Pieces(connector, term), next: k) }
        }
      }
    }
    if best == nil, !lang.proclitics.isEmpty {
      // a particle written as a prefix: Arabic "بخمسة عشر" ("for fifteen"); the number starts after it
      let tok = tokens[t]
      key.removeAll(keepingCapacity: true)
      KeyNormalizer.append(b[tok.start..<tok.end], to: &key)
      // at least three letters after the particle: "لست" is "I am not", not "for six"
      let letters = key.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
      for p in lang.proclitics where key.starts(with: p) && letters - p.reduce(0, { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }) >= 3 {
        let ents = entries
        walkAfterPrefix(t, skipping: p.count) { term, k in
          if ents[Int(term)].card != nil, k == t + 1 || ents[Int(term)].multiword {
            best = Group(pieces: Pieces(term), next: k, skip: p.count)
          }
        }
        if best != nil { break }
      }
    }
    return best
  }

  /// Walks the trie over the word `t` (its normalised bytes in `key`) from byte `skip` on, a prefix written
  /// onto it left out, and on over the words that follow it closely (at most four), calling `found` with
  /// each entry reached and the token after it.
  @inline(__always)
  private mutating func walkAfterPrefix(_ t: Int, skipping skip: Int, _ found: (Int32, Int) -> Void) {
    var node = 0
    var i = skip
    while i < key.count && node >= 0 {
      node = trie.step(node, key[i])
      i += 1
    }
    var k = t + 1
    while node >= 0 {
      let term = trie.terminal[node]
      if term >= 0 { found(term, k) }
      guard k < tokens.count, k - t < 5, tokens[k].num < 0, tokens[k].sep == 1, tokens[k].start - tokens[k - 1].end <= 4
      else { break }
      var unused = false
      node = walk(node, tokens[k], &unused)
      k += 1
    }
  }

  /// True when the word cannot begin any entry: its first (two) ASCII letters leave the trie and no
  /// compound can start at its first letter. Most words of a text stop here, before any lookup.
  @inline(__always)
  private mutating func cannotStartEntry(_ tok: Token) -> Bool {
    guard prefixTerm < 0 else { return false }
    let c0 = b[tok.start]
    guard c0 < 0x80 else { return false }
    let n1 = trie.step(0, c0 | 0x20)
    if n1 < 0 { return true }
    guard tok.end > tok.start + 1 else { return false }
    let c1 = b[tok.start + 1]
    guard c1 < 0x80 else { return false }
    if trie.step(n1, c1 | 0x20) >= 0 { return false }
    let term = trie.terminal[n1]
    return term < 0 || !compoundStarts[Int(term)]
  }

  /// True when some entry that may end a compound word is a suffix of `key`.
  private mutating func endsLikeCompound() -> Bool {
    var node = 0
    var k = key.count - 1
    while k >= 0 {
      node = compoundEndTrie.step(node, key[k])
      if node < 0 { return false }
      if compoundEndTrie.terminal[node] >= 0 { return true }
      k -= 1
    }
    return false
  }

  /// True when the entry can begin a compound word ("drei|hundert", "halv|…").
  @inline(__always)
  private mutating func compoundStart(_ term: Int32) -> Bool {
    compoundStarts[Int(term)]
  }

  private mutating func apostropheAt(_ i: Int) -> Bool {
    i < b.count && (b[i] == 0x27 || (b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x99))
  }

  /// The entry of token `t` on its own (not the longest phrase starting there).
  private mutating func singleLookup(_ t: Int) -> Group? {
    guard hasWords, t < tokens.count, tokens[t].num < 0 else { return nil }
    var sawPrefix = false
    let node = walk(0, tokens[t], &sawPrefix)
    guard node >= 0, trie.terminal[node] >= 0 else { return nil }
    return Group(pieces: Pieces(trie.terminal[node]), next: t + 1)
  }

  /// The word-class flags of token `t` (month, name noun, clock word) or 0.
  private mutating func marks(_ t: Int) -> Int32 {
    max(markTrie.terminal(normalizing: b, tokens[t].start, tokens[t].end), 0)
  }


  /// Walks the trie from `node0` over the normalised bytes of `tok` (as `KeyNormalizer` makes them, folded on
  /// the fly); -1 when it falls off. `sawPrefix` records a known word ending inside the first token (a compound
  /// may start there).
  private mutating func walk(_ node0: Int, _ tok: Token, _ sawPrefix: inout Bool) -> Int {
    var node = node0
    let track = node0 == 0
    var i = tok.start
    let end = tok.end
    while i < end {
      var c = b[i]
      if c < 0x80 {
        i += 1
        if c == 0x2D || c == 0x27 || c == 0x20 || c == 0x09 || c == 0x0A { continue }
        if c >= 0x41 && c <= 0x5A { c |= 0x20 }
        node = trie.step(node, c)
        if node < 0 { return -1 }
        if track && i < end && trie.terminal[node] >= 0 && compoundStart(trie.terminal[node]) { sawPrefix = true }
        continue
      }
      if c == 0xC3, i + 1 < end {
        let f = KeyNormalizer.latin1Bytes[Int(b[i + 1] & 0x3F)]
        i += 2
        node = trie.step(node, UInt8(truncatingIfNeeded: f))
        if node < 0 { return -1 }
        let second = UInt8(truncatingIfNeeded: f >> 8)
        if track && (second != 0 || i < end) && trie.terminal[node] >= 0 && compoundStart(trie.terminal[node]) {
          sawPrefix = true
        }
        if second != 0 {
          node = trie.step(node, second)
          if node < 0 { return -1 }
          if track && i < end && trie.terminal[node] >= 0 && compoundStart(trie.terminal[node]) { sawPrefix = true }
        }
        continue
      }
      if c == 0xC2, i + 1 < end, b[i + 1] == 0xAD {  // soft hyphen
        i += 2
        continue
      }
      if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x90 || b[i + 2] == 0x91 || b[i + 2] == 0x99 {
        i += 3
        continue
      }
      i += 1
      node = trie.step(node, c)
      if node < 0 { return -1 }
      if track && i < end && trie.terminal[node] >= 0 && compoundStart(trie.terminal[node]) { sawPrefix = true }
    }
    return node
  }

  /// Splits `key[from...]` into pieces that form one number.
  private mutating func segment(_ key: [UInt8], _ from: Int, _ pieces: inout Pieces, depth: Int) -> Bool {
    if from == key.count { return pieces.count >= 2 && validCompound(pieces) }
    if depth > 10 { return false }
    var node = 0
    // the known words that start here (end offsets and entries), inline
    var endAt = Pieces()
    var endTerm = Pieces()
    var i = from
    while i < key.count {
      node = trie.step(node, key[i])
      if node < 0 { break }
      i += 1
      let term = trie.terminal[node]
      if term >= 0, endAt.append(Int32(i)) { endTerm.append(term) }
    }
    for k in stride(from: endAt.count - 1, through: 0, by: -1) {
      let e = Int(endAt[k])
      let term = endTerm[k]
      let w = entries[Int(term)]
      guard (w.isNumeric || w.connector || w.addHalf || w.denom != nil || w.ordinal != nil || w.half) && !w.elided else {
        continue
      }
      pieces.append(term)
      if segment(key, e, &pieces, depth: depth + 1) { return true }
      pieces.removeLast()
    }
    return false
  }

  private mutating func validCompound(_ pieces: Pieces) -> Bool {
    var acc = Accumulator()
    for (k, p) in pieces.enumerated() {
      let w = entries[Int(p)]
      let last = k == pieces.count - 1
      if last && (w.denom != nil || w.ordinal != nil || w.half || w.addHalf) && !w.isNumeric {
        // a tens ordinal adds to hundreds ("hundred|twentieth") or follows units and "and" ("en|og|tyvende"),
        // never to a finished tens number ("femogfyrre|tyvende" is "fem|og|fyrretyvende")
        if acc.started, let o = w.ordinal ?? w.denom, o >= 20, o < 100, o.truncatingRemainder(dividingBy: 10) == 0,
          !w.half, !w.addHalf, !w.fractionWord
        {
          let afterConnector = k > 0 && entries[Int(pieces[k - 1])].connector
          let units = acc.current.truncatingRemainder(dividingBy: 100)
          if afterConnector ? units >= 10 : (acc.current != 0 && Accumulator.place(acc.current) <= o) { return false }
        }
        return acc.started
      }
      if !apply(w, &acc) { return false }
    }
    return acc.started && acc.lastKind != 4
  }

  /// Applies one word to the accumulator.
  private mutating func apply(_ w: NumberWord, _ acc: inout Accumulator) -> Bool {
    if w.addHalf {
      guard acc.started, acc.lastKind == 1 else { return false }
      acc.current += 0.5
      acc.lastAtom += 0.5
      return true
    }
    if let s = w.scale { return acc.scale(s) }
    if let m = w.mul { return acc.multiplier(m) }
    if let c = w.card { return acc.atom(c, digit: false) }
    if w.connector { return acc.connector() }
    return false
  }

  // MARK: - parsing

  private mutating func word(_ g: Group) -> NumberWord? {
    g.pieces.count == 1 ? entries[Int(g.pieces[0])] : nil
  }

  /// The entry of the single word at token `t`, if it is one.
  private mutating func lookupWord(_ t: Int) -> NumberWord? {
    guard let g = lookup(t), g.pieces.count == 1 else { return nil }
    return entries[Int(g.pieces[0])]
  }

  /// True when token `t` directly follows token `t-1` inside one expression.
  private mutating func joined(_ t: Int) -> Bool {
    t < tokens.count && (tokens[t].sep == 1 || tokens[t].sep == 2)
      && tokens[t].start - tokens[t - 1].end <= 4
  }

  /// A cardinal (words, digits or both) starting at token `t`.
  /// Leaves the accumulator in `acc` and returns the token after the cardinal.
  private mutating func cardinal(at t: Int, _ acc: inout Accumulator) -> Int? {
    acc = Accumulator()
    // most tokens after a number are no number word: nothing can start there
    if t >= tokens.count || tokens[t].num < 0 && lookup(t) == nil { return nil }
    var j = t
    // the number before a pending connector and the connector's token (-1 for none): kept apart from an
    // optional tuple, which would be copied with memmove
    var pendingAcc = Accumulator()
    var pendingAt = -1
    // "a hundred", "half a dozen", "ein halbes Dutzend", "mezzo milione"
    if let (v, k) = prefixAtom(t) {
      _ = acc.atom(v, digit: false)
      j = k
    }
    while j < tokens.count {
      if j > t && !joined(j) { break }
      let tok = tokens[j]
      if tok.num >= 0 {
        let d = digits[tok.num]
        if d.glued || d.ordinal || d.chainPart || d.isTime || d.isFraction && acc.started { break }
        if acc.started {
          if acc.lastKind == 1 || acc.lastKind == 4, followedByDenominator(j + 1) { break }
          var copy = acc
          guard d.plain, copy.atom(d.value, digit: true) else { break }
          if acc.lastKind == 4, pendingAt >= 0, !takesNextMultiplier(copy, j + 1) {
            acc = pendingAcc
            j = pendingAt
            pendingAt = -1
            break
          }
          acc = copy
        } else {
          acc.started = true
          acc.current = d.value
          acc.lastAtom = d.value
          acc.lastAtomDigit = true
          acc.lastKind = 1
          acc.digits = 1
          if d.hasSuffixMultiplier || d.isFraction { return j + 1 }
        }
        j += 1
        pendingAt = -1
        continue
      }
      guard var g = lookup(j) else { break }
      if g.skip > 0 && j > t { break }
      var copy = acc
      var ok = true
      // a prefixed connector opening the number ("وثلاثة أرباع", "and three quarters") is left out
      var k = !acc.started && g.pieces.count == 2 && g.pieces[0] == prefixTerm ? 1 : 0
      while k < g.pieces.count && ok {
        ok = apply(entries[Int(g.pieces[k])], &copy)
        k += 1
      }
      // a phrase entry that does not fit ("et | hundrede og tre"): the word on its own
      if !ok || !copy.started, g.next > j + 1, word(g)?.card != nil, let single = singleLookup(j) {
        g = single
        copy = acc
        ok = true
        for p in g.pieces where ok { ok = apply(entries[Int(p)], &copy) }
      }
      // "one twenty two" = 122
      if !ok, lang.hundredsJuxtaposed, acc.words == 1, acc.digits == 0, acc.stack.isEmpty, acc.lastKind == 1,
        acc.current >= 1, acc.current <= 9, let w = word(g), let c = w.card, c >= 10, c <= 99, !w.oneArticle,
        !followedByDenominator(g.next), !(g.next < tokens.count && joined(g.next) && lookupWord(g.next)?.ordinal != nil)
      {
        copy = acc
        copy.current = acc.current * 100
        copy.lastAtom = copy.current
        copy.lastKind = 2
        ok = copy.atom(c, digit: false)
      }
      if !ok || !copy.started { break }
      if copy.lastKind == 4 && g.pieces.count == 1 {
        pendingAcc = acc
        pendingAt = j
        acc = copy
        j = g.next
        continue
      }
      // a part followed by a denominator may be a fraction of its own: "twintig drie vijfde"
      if acc.started, acc.lastKind == 1 || acc.lastKind == 4, copy.lastKind == 1,
        entries[Int(g.pieces[0])].card != nil, followedByDenominator(g.next)
      {
        let v = copy.current
        var grammatical = acc.stack.isEmpty && v == v.rounded() && lang.connectorValues.contains(Int(v))
        // "one hundred and thirty fifths": "hundred and" belongs to the number (not before "quarters")
        if lang.hundredConnector, pendingAt >= 0,
          pendingAcc.lastKind == 2 || pendingAcc.lastKind == 1 && Accumulator.place(pendingAcc.current) >= 100, !fractionWordAt(g.next)
        {
          grammatical = true
        }
        if acc.lastKind == 1 || !grammatical { break }
      }
      // after a connector, a part that cannot take the multiplier after it stands alone:
      // "3 hundred and 2 hundred"
      if acc.lastKind == 4, pendingAt >= 0, !takesNextMultiplier(copy, g.next) {
        acc = pendingAcc
        j = pendingAt
        pendingAt = -1
        break
      }
      acc = copy
      j = g.next
      pendingAt = -1
    }
    if pendingAt >= 0 {
      acc = pendingAcc
      j = pendingAt
    }
    guard acc.started else { return nil }
    return j
  }

  /// False when a multiplier follows at `t` but cannot apply to `acc`.
  private mutating func takesNextMultiplier(_ acc: Accumulator, _ t: Int) -> Bool {
    guard t < tokens.count, joined(t), let g = lookup(t), let w = word(g), w.mul != nil || w.scale != nil else { return true }
    var copy = acc
    return apply(w, &copy)
  }

  /// True when token `t` ends in a plural letter of the language ("fifths", "quintos", "quinti").
  private mutating func pluralEnding(_ t: Int) -> Bool {
    let e = tokens[t].end
    guard e > tokens[t].start else { return false }
    let last = b[e - 1] | 0x20
    return lang.pluralDenominators.contains { $0.count == 1 && $0[0] == last }
  }

  /// True when a fraction word that is no ordinal ("quarters", "half") is at `t`.
  private mutating func fractionWordAt(_ t: Int) -> Bool {
    guard let w = lookupWord(t) else { return false }
    return w.fractionWord || w.half
  }

  private mutating func followedByDenominator(_ t: Int) -> Bool {
    guard t < tokens.count && joined(t) else { return false }
    if lookupWord(t)?.halfNoun == true { return true }  // "und eine Hälfte"
    return denominator(at: t) != nil
  }

  /// A leading "a"/"half" before a multiplier: its value and the token of the multiplier.
  private mutating func prefixAtom(_ t: Int) -> (Double, Int)? {
    guard t < tokens.count, tokens[t].num < 0, let g = lookup(t), let w = word(g) else { return nil }
    func multiplierAt(_ k: Int) -> Bool {
      guard k < tokens.count, joined(k), let g = lookup(k), let w = word(g) else { return false }
      return w.mul != nil || w.scale != nil
    }
    func halfAt(_ k: Int) -> Int? {
      guard k < tokens.count, joined(k), let g = lookup(k), let w = word(g), w.half, !w.isNumeric else { return nil }
      return g.next
    }
    func articleAt(_ k: Int) -> Int? {
      guard k < tokens.count, joined(k), let g = lookup(k), let w = word(g), w.article || w.oneArticle else { return nil }
      return g.next
    }
    if w.article || w.oneArticle {
      if let k = halfAt(g.next), multiplierAt(k) { return (0.5, k) }
      if w.article && !w.oneArticle && w.card == nil, multiplierAt(g.next) { return (1, g.next) }
    }
    if w.half && !w.isNumeric {
      if multiplierAt(g.next) { return (0.5, g.next) }
      if let k = articleAt(g.next), multiplierAt(k) { return (0.5, k) }
    }
    return nil
  }

  /// A single word that is a whole fraction: "dreiviertel", "Driekwart", "twaalfenhalve".
  private mutating func compoundFraction(at t: Int) -> (Double, Int)? {
    guard t < tokens.count, tokens[t].num < 0, let g = lookup(t), g.pieces.count >= 2 else { return nil }
    let lw = entries[Int(g.pieces.last!)]
    guard !lw.isNumeric else { return nil }
    let den: Double
    // "dreiviertel", "twaalfenhalve"; "zweidrittel", "totredjedele" (a denominator that is no ordinal)
    let plainDenominator = !lw.fractionWord && !lw.half && lw.ordinal == nil
    if lw.half { den = 2 } else if let d = lw.denom, lw.fractionWord || (plainDenominator && d < 100) { den = d } else { return nil }
    var acc = Accumulator()
    var body = g.pieces.dropLast()
    var conn = false
    if let l = body.last, entries[Int(l)].connector {
      if plainDenominator { return nil }
      body = body.dropLast()
      conn = true
    }
    for p in body where !apply(entries[Int(p)], &acc) { return nil }
    guard acc.started else { return nil }
    if plainDenominator && acc.value >= den { return nil }
    return (conn ? acc.value + 1 / den : acc.value / den, g.next)
  }

  /// A fraction value after a numerator: "fifths", "Drittel", "halbe".
  private mutating func denominator(at t: Int) -> (Double, Int)? {
    guard t < tokens.count, let g = lookup(t) else { return nil }
    if let w = word(g) {
      if w.half { return (2, g.next) }
      if let d = w.denom { return (d, g.next) }
      // tens and a unit ordinal written apart: "twenty firsts"
      if let c = w.card, c >= 20, c <= 90, c.truncatingRemainder(dividingBy: 10) == 0, !w.isNumeric || w.mul == nil,
        g.next < tokens.count, joined(g.next), let ug = lookup(g.next), let uw = word(ug), uw.card == nil,
        let u = uw.denom ?? uw.ordinal, u >= 1, u <= 9
      {
        return (c + u, ug.next)
      }
      return nil
    }
    // a compound ordinal: "vijfentwintigste", "cientocincoavos", "tjugoförstedelarna"
    guard let lastPiece = g.pieces.last else { return nil }
    let lw = entries[Int(lastPiece)]
    guard let d = lw.denom ?? lw.ordinal, !lw.isNumeric, !lw.fractionWord, !lw.half else { return nil }
    var acc = Accumulator()
    for p in g.pieces.dropLast() where !apply(entries[Int(p)], &acc) { return nil }
    if d >= 1000 || (d == 100 && acc.current < 100) {
      return (acc.value * d, g.next)
    }
    return (acc.value + d, g.next)
  }

  /// Parses a number expression at token `t`; returns the numbers found and the next token.
  private mutating func parse(at t: Int) -> (FoundNumber?, Int)? {
    let tok = tokens[t]
    if tok.num >= 0 {
      let d = digits[tok.num]
      if d.glued || d.isTime || labelled(t) || dateOrClock(d.start, d.end) || hour(t) { return nil }
      if d.ordinal || d.chainPart || !d.plain && d.hasSuffixMultiplier {
        guard options.ordinals || !d.ordinal else { return nil }
        var f = FoundNumber(start: d.start, end: d.end, value: signed(d.value, at: d.start).0, ordinal: d.ordinal)
        f.start = signed(d.value, at: d.start).1
        if d.ordinal && nextToMonth(t) { return nil }
        return (finish(f, t), t + 1)
      }
    }
    guard lang.hasWords || tok.num >= 0 else { return nil }
    if tok.num >= 0, options.ordinals, let end = dotOrdinalEnd(t) {
      return (finish(FoundNumber(start: tok.start, end: end, value: digits[tok.num].value, ordinal: true), t + 1), t + 1)
    }
    var start = tok.start
    var j = t
    var negative = false
    var lead: NumberWord? = nil
    if tok.num < 0 {
      guard let g = lookup(t), g.pieces.count >= 1 else { return nil }
      lead = word(g)
      if g.pieces.count == 2 && g.pieces[0] == prefixTerm { start += lang.prefixConnector.count }
      start += g.skip
      if let w = lead, w.minus, joined(g.next), cardinalStart(g.next) {
        negative = true
        j = g.next
      }
    }
    // "half a dozen", "a hundred", "et par", "a trillionth"
    if let w = lead, !negative, w.article || w.oneArticle || w.half {
      if let r = articlePhrase(t) {
        return (finish(FoundNumber(start: start, end: r.end, value: r.value, approx: r.approx), r.next), r.next)
      }
    }
    // "punto cinco", "coma 5"
    if let w = lead, w.point, !w.isNumeric, let g = lookup(t), let (decimals, k) = decimalsAfter(g.next),
      let v = Double("0." + decimals)
    {
      return (finish(FoundNumber(start: start, end: tokens[k - 1].end, value: v), k), k)
    }
    var acc = Accumulator()
    guard let afterCard = cardinal(at: j, &acc) else {
      return standalone(t)
    }
    // a capitalised number word after a capitalised word names something: "Claudia Tausend"
    if afterCard == j + 1, acc.digits == 0, t > 0, tokens[t].sep == 1, tokens[t - 1].num < 0,
      capitalizedMidSentence(t),
      capitalizedMidSentence(t - 1) && lookup(t - 1) == nil
        || (t == 1 && isUpper(tokens[0].start) && !(lang.nounsCapitalized && capitalizedNounAt(afterCard)))
    {
      return nil
    }
    var next = afterCard
    var value = acc.value
    // the entry of a number that is one word ("thousands", "one", "en"), looked up once
    let oneWord = acc.words == 1 && acc.digits == 0 && next == j + 1 ? lookupWord(j) : nil
    // "thousands", "Tausende", "tusentals" on their own are approximate
    var approx = false
    if let w = oneWord, let a = w.approx, !negative {
      value = a
      approx = true
      if let (v, n2) = approxOf(a, next) {
        value = v
        next = n2
      }
    }
    // a bare "score" with no count before it counts nothing ("the score was")
    if !approx, let w = oneWord, w.needsCount {
      return nil
    }
    // "une centaine", "ett hundratal": about a hundred
    if !approx {
      for k in j..<next where tokens[k].num < 0 {
        if let w = lookupWord(k), w.collective {
          approx = true
          break
        }
      }
    }
    // "one" as a pronoun ("which one"), bare articles when not wanted
    if next == j + 1, let w = oneWord, w.card == 1 {
      if t > 0, joined(t), let pw = lookupWord(t - 1) {
        let wordFollows = j + 1 < tokens.count && tokens[j + 1].num < 0 && tokens[j + 1].sep == 1
        if pw.pronounBefore || pw.pronounBeforeAlone && !wordFollows || pw.ordinal != nil && !pw.isNumeric {
          return nil
        }
      }
      if w.oneArticle, let r = articlePhrase(j) {
        let v = negative ? -r.value : r.value
        return (finish(FoundNumber(start: start, end: r.end, value: v, approx: r.approx), r.next), r.next)
      }
    }
    // a spelled-out hour after a clock word: "klokken fem om morgenen"
    if acc.words > 0 && acc.digits == 0 && value >= 0 && value <= 24 && value == value.rounded() && t > 0,
      tokens[t - 1].num < 0, tokens[t].start - tokens[t - 1].end <= 2, marks(t - 1) & NumberLanguage.clockMark != 0
    {
      return nil
    }
    if acc.words == 0 && acc.digits == 1 && tok.num >= 0 {
      let d = digits[tok.num]
      if d.plain && next == t + 1 {
        if isName(t) || nextToMonth(t) { return nil }
      }
    }
    var end = tokens[next - 1].end
    var fractionDone = false
    // what may extend the number (decimals, a fraction, "and a half") starts with a joined number word or
    // digits; after any other word (most numbers) none of it applies
    let extendable = next < tokens.count && joined(next) && (tokens[next].num >= 0 || lookup(next) != nil)
    if extendable {
      // digits read one by one after a zero: "cero seis", "zero uno"
      if acc.words == 1, acc.digits == 0, value == 0, next == j + 1 {
        var k = next
        var text = ""
        while k < tokens.count, joined(k), let g = lookup(k), g.next == k + 1, let w = word(g), let c = w.card,
          c >= 1, c <= 9, c == c.rounded(), !w.oneArticle
        {
          text += String(Int(c))
          k += 1
        }
        if let v = Double(text) {
          value = v
          next = k
          end = tokens[k - 1].end
        }
      }
      // decimals in words: "two point two million", "1 komma 1"
      if next < tokens.count, joined(next), let pg = lookup(next), let pw = word(pg), pw.point,
        let (decimals, k) = decimalsAfter(pg.next), let frac = Double("0." + decimals)
      {
        value += frac
        end = tokens[k - 1].end
        next = k
        acc.current += frac
        // a scale after the decimals: "two point two million"
        if acc.stack.isEmpty, next < tokens.count, joined(next), let g = lookup(next), let w = word(g), let s = w.scale ?? w.mul {
          value *= s
          end = tokens[g.next - 1].end
          next = g.next
        }
      }
      // a fraction: "three quarters", "zwei drittel", "vinte quintos"
      if next < tokens.count, joined(next), let (den, n2) = denominator(at: next),
        (acc.words > 0 || den < 100) && (lang.pluralDenominators.isEmpty || value == 1 || pluralEnding(n2 - 1)) || {
          // "two millionth", "100 millonésimo": the ordinal of a large number, whose digits are not reported apart
          skipUntil = max(skipUntil, n2)
          return false
        }()
      {
        value /= den
        end = tokens[n2 - 1].end
        next = n2
        fractionDone = true
        if acc.stack.isEmpty, acc.lastKind == 1, let (s, n3) = scaleAfter(next, allowOf: true), s >= 1000 {
          value *= s
          next = n3
          end = tokens[n3 - 1].end
        }
      }
      // "X avos": the cardinal after the numerator is the denominator
      var dacc = Accumulator()
      if !fractionDone, next < tokens.count, joined(next), let n2 = cardinal(at: next, &dacc), n2 < tokens.count, joined(n2),
        let w = lookupWord(n2), w.denomAfter, dacc.value != 0
      {
        value /= dacc.value
        next = n2 + 1
        end = tokens[n2].end
        fractionDone = true
      }
      // "one over 20", "1 sur 3", "ett delat med 3"
      if !fractionDone, next < tokens.count, joined(next), let g = lookup(next), let w = word(g), w.over,
        value == 1 || g.next == next + 1 || acc.words > 0 || w.outOf
      {
        if g.next < tokens.count, joined(g.next), let n2 = cardinal(at: g.next, &dacc), dacc.value != 0,
          !w.outOf || abs(value) <= abs(dacc.value),
          value == 1 || acc.words > 0 || n2 >= tokens.count || !joined(n2) || w.outOf,
          // "3 in 2019": a year is no whole
          !w.outOf || dacc.words > 0 || !(1900...2100).contains(dacc.value)
        {
          value /= dacc.value
          next = n2
          end = tokens[n2 - 1].end
          fractionDone = true
        }
      }
      // a mixed fraction: "drie een vijfde", "1 4/5"
      if !fractionDone, next < tokens.count, joined(next), let (frac, n2) = fractionAfter(next) {
        value += frac
        next = n2
        end = tokens[n2 - 1].end
        fractionDone = true
        // "1 1/2 million"
        if acc.stack.isEmpty, next < tokens.count, joined(next), let g = lookup(next), let w = word(g), let s = w.scale {
          value *= s
          next = g.next
          end = tokens[next - 1].end
        }
      }
      // "and a half", "y medio", "et trois quarts", "und drei Viertel"
      if !fractionDone, next < tokens.count, joined(next), let g = lookup(next), let w = word(g), w.connector || w.fractionAnd {
        if let (frac, n2) = fractionAfter(g.next) {
          var v = value
          var e = n2
          if n2 < tokens.count, joined(n2), let sg = lookup(n2), let sw = word(sg), let s = sw.scale ?? sw.mul, sw.card == nil {
            // "two and a half million", "one and a half dozen"
            if acc.maxScale > s { v += frac * s } else { v = (v + frac) * s }
            e = sg.next
          } else if acc.lastScale >= 1e6 && acc.lastKind == 3 {
            v += frac * acc.lastScale
          } else if acc.lastKind == 2, acc.stack.isEmpty, let m = acc.firstScale, m != 100 {
            // "a dozen and a half"
            v += frac * m
          } else {
            v += frac
          }
          value = v
          next = e
          end = tokens[e - 1].end
        } else if w.fractionAnd, acc.stack.isEmpty, value == value.rounded(), let (decimals, k) = decimalsAfter(g.next),
          decimals.count == 2, let frac = Double("0." + decimals)
        {
          // "siete con cincuenta" = 7.50
          value += frac
          next = k
          end = tokens[k - 1].end
        }
      }
    }
    if negative { value = -value }
    var f = FoundNumber(start: start, end: end, value: value, approx: approx)
    if tok.num >= 0 {
      let (_, s) = signed(value, at: tok.start)
      if s != tok.start {
        f.value = -value
        f.start = s
        start = s
      }
    }
    var out = f
    // "sju eller åtta tusen": the scale is shared
    var bacc = Accumulator()
    if acc.stack.isEmpty, acc.lastKind == 1, !fractionDone, next + 1 < tokens.count, joined(next),
      let ow = lookupWord(next), ow.or, joined(next + 1), cardinal(at: next + 1, &bacc) != nil,
      let s = bacc.firstScale, s > out.value, bacc.stack.count <= 1 || bacc.lastKind != 1
    {
      out.value *= s
    }
    return (finish(out, next), next)
  }

  /// The digits written after a decimal word: "nought four" → "04", "vinte e dois" → "22".
  private mutating func decimalsAfter(_ start: Int) -> (String, Int)? {
    var k = start
    var decimals = ""
    while k < tokens.count, joined(k) {
      if tokens[k].num >= 0 {
        let d = digits[tokens[k].num]
        guard d.plain else { break }
        decimals += String(b[d.start..<d.end].map { Character(Unicode.Scalar($0)) })
        k += 1
        continue
      }
      guard let g = lookup(k), let w = word(g), let c = w.card, c >= 0, c < 1000, c == c.rounded(),
        !w.oneArticle || decimals.isEmpty
      else { break }
      // a compound such as "seventy-one" reads as one group
      var a = Accumulator()
      if let n2 = cardinal(at: k, &a), a.stack.isEmpty, a.value < 1000, a.value == a.value.rounded(), a.words >= 1 {
        decimals += String(Int(a.value))
        k = n2
      } else {
        decimals += String(Int(c))
        k = g.next
      }
    }
    return decimals.isEmpty || decimals.count > 30 ? nil : (decimals, k)
  }

  /// True when token `t` is capitalised inside a sentence (a name or a noun, not a sentence start).
  private mutating func capitalizedMidSentence(_ t: Int) -> Bool {
    let s = tokens[t].start
    let c = b[s]
    let upper = (c >= 0x41 && c <= 0x5A) || (c == 0xC3 && s + 1 < b.count && b[s + 1] < 0x9F)
    guard upper else { return false }
    var i = s - 1
    while i >= 0 && (b[i] == 0x20 || b[i] == 0x22 || b[i] == 0x27 || b[i] == 0x28) { i -= 1 }
    if i < 0 { return false }
    let q = b[i]
    return !(q == 0x2E || q == 0x21 || q == 0x3F || q == 0x0A || q == 0x3A || q == 0xBB || q == 0xAB || q == 0x9C || q == 0x9D
      || q == 0x93 || q == 0x94 || q == 0x2D)
  }

  /// A capitalised word at `t` right after the previous token ("Hundert Menschen" in German).
  private mutating func capitalizedNounAt(_ t: Int) -> Bool {
    t < tokens.count && tokens[t].num < 0 && joined(t) && isUpper(tokens[t].start)
  }

  private mutating func isUpper(_ s: Int) -> Bool {
    let c = b[s]
    return (c >= 0x41 && c <= 0x5A) || (c == 0xC3 && s + 1 < b.count && b[s + 1] < 0x9F)
  }

  /// True when a cardinal can start at token `t`.
  private mutating func cardinalStart(_ t: Int) -> Bool {
    guard t < tokens.count else { return false }
    if tokens[t].num >= 0 { return !digits[tokens[t].num].glued }
    guard let g = lookup(t) else { return false }
    if let w = word(g) { return w.isNumeric || w.article || w.half }
    return true
  }

  /// "a half", "a quarter", "three quarters", "one fourth" after a connector.
  private mutating func fractionAfter(_ t: Int) -> (Double, Int)? {
    guard t < tokens.count, joined(t) else { return nil }
    if tokens[t].num >= 0 {
      let d = digits[tokens[t].num]
      if d.isFraction && tokens[t].sep == 1 && d.value < 1 { return (d.value, t + 1) }
      return nil
    }
    if let r = compoundFraction(at: t) { return r }
    guard let g = lookup(t) else { return nil }
    if let w = word(g) {
      if w.half && !w.isNumeric { return (0.5, g.next) }
      if w.article || w.oneArticle {
        if let (d, n2) = denominator(at: g.next), joined(g.next) { return (1 / d, n2) }
        // "und eine Hälfte"
        if g.next < tokens.count, joined(g.next), let hg = lookup(g.next), let hw = word(hg), hw.halfNoun { return (0.5, hg.next) }
        return nil
      }
    }
    var acc = Accumulator()
    guard let n1 = cardinal(at: t, &acc), n1 < tokens.count, joined(n1), let (d, n2) = denominator(at: n1) else {
      return nil
    }
    return (acc.value / d, n2)
  }

  /// Numbers that start with an article or "half": "et par", "a half", "a fifth".
  private mutating func articlePhrase(_ t: Int) -> (value: Double, end: Int, next: Int, approx: Bool)? {
    guard let g = lookup(t), let w = word(g), w.article || w.oneArticle else { return nil }
    let k = g.next
    guard k < tokens.count, joined(k), let g2 = lookup(k) else { return nil }
    if let w2 = word(g2) {
      if let c = w2.couple {
        // "a couple hundred", "ein paar tausend": an approximate multiple
        if let (s, n3) = scaleAfter(g2.next, allowOf: false) {
          return (c * s, tokens[n3 - 1].end, n3, true)
        }
        // "a couple of", "um par de"
        if g2.next < tokens.count, joined(g2.next), let g3 = lookup(g2.next), let w3 = word(g3), w3.of {
          return (c, tokens[g3.next - 1].end, g3.next, false)
        }
        return (c, tokens[g2.next - 1].end, g2.next, false)
      }
      if w2.half && !w2.isNumeric {
        if g2.next < tokens.count, joined(g2.next), let w3 = lookupWord(g2.next), w3.mul != nil || w3.scale != nil {
          return nil
        }
        return (0.5, tokens[g2.next - 1].end, g2.next, false)
      }
    }
    if let (d, n2) = denominator(at: k) {
      // "a quarter million", "a third of a billion"
      if let (s, n3) = scaleAfter(n2, allowOf: true) { return (s / d, tokens[n3 - 1].end, n3, false) }
      return (1 / d, tokens[n2 - 1].end, n2, false)
    }
    if let (v, n2) = compoundFraction(at: k) { return (v, tokens[n2 - 1].end, n2, false) }
    return nil
  }

  /// A scale word after a fraction or "a couple": "million" or, with `allowOf`, "of a million".
  private mutating func scaleAfter(_ t: Int, allowOf: Bool) -> (Double, Int)? {
    guard t < tokens.count, joined(t), let g = lookup(t), let w = word(g) else { return nil }
    if let s = w.scale ?? w.mul, w.card == nil, w.approx == nil || s >= 1000 { return (s, g.next) }
    guard allowOf, w.of, g.next < tokens.count, joined(g.next), let ag = lookup(g.next), let aw = word(ag),
      aw.article || aw.oneArticle, ag.next < tokens.count, joined(ag.next), let sg = lookup(ag.next), let sw = word(sg),
      let s = sw.scale, s >= 1000
    else { return nil }
    return (s, sg.next)
  }

  /// "of thousands" after an approximate word of value `a` ("hundreds of thousands"): the product and the next token.
  private mutating func approxOf(_ a: Double, _ t: Int) -> (Double, Int)? {
    guard t + 1 < tokens.count, joined(t), let og = lookup(t), let ow = word(og), ow.of,
      joined(og.next), let bg = lookup(og.next), let bw = word(bg), let b = bw.approx, b > a
    else { return nil }
    return (a * b, bg.next)
  }

  /// Words that are numbers on their own: "thousands", "third", "hälften".
  private mutating func standalone(_ t: Int) -> (FoundNumber?, Int)? {
    if let (v, n2) = compoundFraction(at: t) {
      return (FoundNumber(start: tokens[t].start, end: tokens[n2 - 1].end, value: v), n2)
    }
    guard let g = lookup(t) else { return nil }
    let tok = tokens[t]
    let end = tokens[g.next - 1].end
    if let w = word(g) {
      if let a = w.approx {
        // "hundreds of thousands", "des dizaines de milliers", "decine di migliaia"
        if let (v, n2) = approxOf(a, g.next) {
          return (finish(FoundNumber(start: tok.start, end: tokens[n2 - 1].end, value: v, approx: true), n2), n2)
        }
        return (finish(FoundNumber(start: tok.start, end: end, value: a, approx: true), g.next), g.next)
      }
      if w.halfNoun {
        // "de tweede helft", "die zweite Hälfte": which half, not how much
        if t > 0, joined(t), let pw = lookupWord(t - 1), pw.ordinal != nil, !pw.isNumeric { return nil }
        return (FoundNumber(start: tok.start, end: end, value: 0.5), g.next)
      }
      if let o = w.ordinal, options.ordinals, !capitalizedMidSentence(t) {
        let before = t > 0 && joined(t) ? lookupWord(t - 1) : nil
        if let pw = before, pw.article || pw.oneArticle { return nil }
        if w.ambiguousOrdinal && tokens.count > 1 && !(before?.ordinalContext ?? false)
          && !(g.next < tokens.count && joined(g.next) && marks(g.next) & NumberLanguage.ordinalNounMark != 0)
        {
          return nil
        }
        // a tens ordinal and a unit ordinal written apart: "vigésimo primeiro", "décimo quinto"
        if o >= 10, o < 100, o.truncatingRemainder(dividingBy: 10) == 0, g.next < tokens.count, joined(g.next),
          let ug = lookup(g.next), let uw = word(ug), !uw.isNumeric, let u = uw.ordinal, u >= 1, u <= 9
        {
          return (FoundNumber(start: tok.start, end: tokens[ug.next - 1].end, value: o + u, ordinal: true), ug.next)
        }
        return (FoundNumber(start: tok.start, end: end, value: o, ordinal: true), g.next)
      }
      return nil
    }
    // a compound ordinal word: "tjugoförsta", "einundzwanzigste"
    if options.ordinals, let last = g.pieces.last, let o = entries[Int(last)].ordinal,
      !entries[Int(last)].isNumeric
    {
      var acc = Accumulator()
      for p in g.pieces.dropLast() where !apply(entries[Int(p)], &acc) { return nil }
      let v = o >= 100 ? acc.value * o : acc.value + o
      return (FoundNumber(start: tok.start, end: end, value: v, ordinal: true), g.next)
    }
    return nil
  }

  /// A minus sign before the digits at `s`: the signed value and the new start.
  private mutating func signed(_ v: Double, at s: Int) -> (Double, Int) {
    var i = s - 1
    var spaced = false
    while i >= 0 && b[i] == 0x20 && s - i <= 2 {
      i -= 1
      spaced = true
    }
    guard i >= 0 else { return (v, s) }
    var m = -1
    if b[i] == 0x2D {
      m = i
    } else if i >= 2 && b[i] == 0x92 && b[i - 1] == 0x88 && b[i - 2] == 0xE2 {
      m = i - 2
    }
    guard m >= 0 else { return (v, s) }
    // what precedes the sign must not be a word or a number ("SCP-173", "5-7")
    var p = m - 1
    if spaced {
      while p >= 0 && (b[p] == 0x20 || b[p] == 0x0A) { p -= 1 }
    }
    if p >= 0 {
      let c = b[p]
      let alnum = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || c >= 0x80
      if alnum || c == 0x2D || c == 0x2F || c == 0x2E || c == 0x2C { return (v, s) }
      if !spaced && c != 0x20 && c != 0x28 && c != 0x0A && c != 0x09 && c != 0x5B { return (v, s) }
    }
    return (-v, m)
  }

  /// A hyphen or en dash alone between two numbers, spaced on both sides or on neither.
  private mutating func rangeMark(_ e: Int, _ s: Int) -> Bool {
    var i = e
    var j = s
    if j - i >= 3, b[i] == 0x20, b[j - 1] == 0x20 {
      i += 1
      j -= 1
    }
    return (j - i == 1 && b[i] == 0x2D) || (j - i == 3 && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x93)
  }

  /// An indefinite article read as one ("en lokal ejendomsmægler", "un format") that does not count
  /// anything: it is not the whole text, not stressed ("én"), not coordinated with a number ("en eller to"), not compared
  /// ("mere end en") and not followed by "of" ("en af dem"). Used when the option `articles` is off.
  private mutating func bareArticle(_ f: FoundNumber, at t: Int) -> Bool {
    guard f.value == 1, !f.ordinal, !f.approx, f.unit == nil, tokens[t].num < 0, f.start == tokens[t].start,
      f.end == tokens[t].end, let w = lookupWord(t), w.oneArticle
    else { return false }
    // a stressed spelling is the numeral: "én uge", "één keer"
    if tokens.count == 1 || b[tokens[t].start..<tokens[t].end].contains(where: { $0 >= 0x80 }) { return false }
    func numeric(_ k: Int) -> Bool {
      guard k >= 0, k < tokens.count else { return false }
      if tokens[k].num >= 0 { return true }
      guard let w = lookupWord(k) else { return false }
      return w.isNumeric && !w.oneArticle
    }
    if t + 2 < tokens.count, joined(t + 1), let nw = lookupWord(t + 1) {
      if nw.or && numeric(t + 2) { return false }
      if nw.of { return false }
    }
    if t >= 1, joined(t), let pw = lookupWord(t - 1) {
      if pw.comparative { return false }
      if pw.or && numeric(t - 2) { return false }
    }
    return true
  }

  /// Digits inside a numeric date or a clock time written with a dot: "2021-09-02", "02.09.2021",
  /// "2/9/2021", "2021-08", "2019/20" (only when the dates stage ran: it may leave a header line unclaimed), "06.15".
  private mutating func dateOrClock(_ s: Int, _ e: Int) -> Bool {
    func isDigit(_ i: Int) -> Bool { b[i] >= 0x30 && b[i] <= 0x39 }
    func isMark(_ i: Int) -> Bool { b[i] == 0x2D || b[i] == 0x2E || b[i] == 0x2F }
    guard isDigit(s) else { return false }
    // the walks stop one byte past the longest date (ten bytes): a long run such as "1.1.1.1…" is no date, and
    // walking all of it for each of its numbers took time quadratic in its length
    var lo = s
    while lo > 0, e - lo <= 10, isDigit(lo - 1) || (isMark(lo - 1) && lo >= 2 && isDigit(lo - 2)) { lo -= 1 }
    var hi = e
    while hi < b.count, hi - lo <= 10, isDigit(hi) || (isMark(hi) && hi + 1 < b.count && isDigit(hi + 1)) { hi += 1 }
    guard hi - lo <= 10 else { return false }
    // up to three parts: their digit counts and values
    var lens = (0, 0, 0)
    var vals = (0, 0, 0)
    var count = 1
    var mark: UInt8 = 0
    var v = 0
    var n = 0
    var i = lo
    while i <= hi {
      if i < hi && isDigit(i) {
        v = v * 10 + Int(b[i] - 0x30)
        n += 1
      } else {
        switch count {
        case 1: (lens.0, vals.0) = (n, v)
        case 2: (lens.1, vals.1) = (n, v)
        default: (lens.2, vals.2) = (n, v)
        }
        if i == hi { break }
        if (mark != 0 && b[i] != mark) || count == 3 { return false }
        mark = b[i]
        count += 1
        v = 0
        n = 0
      }
      i += 1
    }
    let parts = (count: count, a: (len: lens.0, value: vals.0), m: (len: lens.1, value: vals.1), c: (len: lens.2, value: vals.2))
    if parts.count == 3 && skipNumericDates {
      let (a, m, c) = (parts.a, parts.m, parts.c)
      if a.len == 4, m.len <= 2, c.len <= 2 { return (1...12).contains(m.value) && (1...31).contains(c.value) }
      if a.len <= 2, m.len <= 2, c.len == 4 || (c.len == 2 && mark == 0x2F) {
        return (1...31).contains(a.value) && (1...31).contains(m.value) && (a.value <= 12 || m.value <= 12)
      }
      return false
    }
    // "2021-08": a year and a month; "2019/20", "2010-11": a season or school year
    if parts.count == 2 && skipNumericDates, parts.a.len == 4, parts.m.len == 2 {
      if mark == 0x2D && (1...12).contains(parts.m.value) { return true }
      if mark == 0x2F || mark == 0x2D, parts.m.value == (parts.a.value + 1) % 100 { return true }
    }
    // "06.15": an hour with a leading zero (where "." is no decimal mark: "01.10" is 1.1 in English)
    if parts.count == 2, mark == 0x2E, lang.decimalSeparator != 0x2E, parts.a.len == 2, parts.m.len == 2, b[lo] == 0x30, parts.m.value <= 59 {
      return lo == 0 || !isMark(lo - 1)
    }
    return false
  }

  /// An hour: "kl. 14", "4 a.m.", "18 Uhr".
  private mutating func hour(_ t: Int) -> Bool {
    let d = digits[tokens[t].num]
    guard d.plain, d.value <= 24 else { return false }
    var i = d.end
    // a space, no-break space or narrow no-break space ("4\u{A0}h du matin")
    if i < b.count && b[i] == 0x20 {
      i += 1
    } else if i + 1 < b.count && b[i] == 0xC2 && b[i + 1] == 0xA0 {
      i += 2
    } else if i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0xAF {
      i += 3
    }
    for suffix in lang.clockAfter where i + suffix.count <= b.count {
      var same = true
      for (k, c) in suffix.enumerated() where b[i + k] | 0x20 != c {
        same = false
        break
      }
      let e = i + suffix.count
      if same && (e == b.count || !letterAt(b, e)) { return true }
    }
    guard t > 0, tokens[t - 1].num < 0, tokens[t].start - tokens[t - 1].end <= 2 else { return false }
    return marks(t - 1) & NumberLanguage.clockMark != 0
  }

  /// Digits that are part of a name or label: glued to letters before them ("E45", "G7", "x86"),
  /// joined by a hyphen to a lowercase word ("covid-19"; capitalised ones are left to `isName`) or after a labelling noun ("rute 11", "version 2.0").
  private mutating func labelled(_ t: Int) -> Bool {
    guard t > 0, tokens[t - 1].num < 0 else { return false }
    let p = tokens[t - 1]
    let s = tokens[t].start
    if p.end == s {
      return common.currencyCodeTrie.terminal(raw: b, p.start, p.end) < 0
    }
    if p.end + 1 == s, b[p.end] == 0x2D, !isUpper(p.start) {
      return lookup(t - 1) == nil
    }
    if tokens[t].sep == 1 || (s - p.end == 2 && b[p.end] == 0x2E), s - p.end <= 3 {
      let m = marks(t - 1)
      if m & NumberLanguage.nameNounMark != 0 { return true }
      // a number sign after a labelling noun: "bus nr. 43" (but "Han kom som nr. 3" ranks)
      if m & NumberLanguage.numberSignMark != 0, t > 1, tokens[t - 2].num < 0, p.start - tokens[t - 2].end == 1,
        marks(t - 2) & NumberLanguage.nameNounMark != 0
      {
        return true
      }
      // the end of a compound: "Buslijn 41", "buslinje 5"
      if p.end - p.start > 6 {
        key.removeAll(keepingCapacity: true)
        KeyNormalizer.append(b[p.start..<p.end], to: &key)
        if key.count > 6 {
          var node = 0
          var k = key.count - 1
          while k > 0 {
            node = markSuffixTrie.step(node, key[k])
            if node < 0 { break }
            if markSuffixTrie.terminal[node] >= 0 { return true }
            k -= 1
          }
        }
      }
    }
    return false
  }

  /// A capitalised word right before a plain number names something: "Radio 4", "Boeing 747".
  private mutating func isName(_ t: Int) -> Bool {
    guard t > 0, tokens[t].sep == 1 || tokens[t].sep == 2, tokens[t - 1].num < 0 else { return false }
    let p = tokens[t - 1]
    guard tokens[t].start - p.end <= 1 else { return false }
    let c = b[p.start]
    let upper = (c >= 0x41 && c <= 0x5A) || (c == 0xC3 && p.start + 1 < b.count && b[p.start + 1] < 0x9F)
    guard upper else { return false }
    if lookup(t - 1) != nil { return false }
    if common.currencyCodeTrie.terminal(raw: b, p.start, p.end) >= 0 { return false }
    // sentence-initial capitals are not names
    var i = p.start - 1
    while i >= 0 && (b[i] == 0x20 || b[i] == 0x22 || b[i] == 0x27) { i -= 1 }
    if i < 0 { return false }
    let q = b[i]
    // right after an opening quote: a name when the quote closes after the number and at most one
    // capitalised word ("« Clos 17 »", "»Hollbacher 1872 Dunkel«"), a quoted sentence otherwise
    if q == 0xBB || q == 0xAB || q == 0x9C || q == 0x22 { return quoteClosesAfter(t) }
    if q == 0x2E || q == 0x21 || q == 0x3F || q == 0x0A || q == 0x3A || q == 0xBB || q == 0xAB || q == 0x9C || q == 0x9D
      || q == 0x93 || q == 0x94 || q == 0x2D
    {
      return false
    }
    return true
  }

  /// True when a closing quote follows the number at `t`, or the one capitalised word after it.
  private mutating func quoteClosesAfter(_ t: Int) -> Bool {
    var i = tokens[t].end
    if t + 1 < tokens.count, tokens[t + 1].num < 0, tokens[t + 1].start - i <= 2, isUpper(tokens[t + 1].start) {
      i = tokens[t + 1].end
    }
    if i < b.count && b[i] == 0x20 {
      i += 1
    } else if i + 1 < b.count && b[i] == 0xC2 && b[i + 1] == 0xA0 {
      i += 2
    }
    guard i < b.count else { return false }
    if b[i] == 0x22 { return true }
    if i + 1 < b.count, b[i] == 0xC2, b[i + 1] == 0xAB || b[i + 1] == 0xBB { return true }
    return i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x9D)
  }

  /// "2." written as an ordinal ("den 2. verdenskrig", "zum 2. Mal"): the end offset after the dot.
  /// The dot must be followed by a lowercase word, or a determiner must come before the number.
  private mutating func dotOrdinalEnd(_ t: Int) -> Int? {
    guard lang.dotOrdinals else { return nil }
    let d = digits[tokens[t].num]
    guard d.plain, d.integerDigits <= 3, d.end + 2 < b.count, b[d.end] == 0x2E else { return nil }
    // the first of a range of ordinals ("0.-6. klasse", "der 5.–7. Klasse") when the second is one
    let dash = dashLength(d.end + 1)
    if dash > 0, t + 1 < tokens.count, tokens[t + 1].num >= 0, tokens[t + 1].start == d.end + 1 + dash {
      return d.start == 0 || b[d.start - 1] == 0x20 ? dotOrdinalEnd(t + 1).map { _ in d.end + 1 } : nil
    }
    guard d.value >= 1 || t > 0 && tokens[t - 1].num >= 0, b[d.end + 1] == 0x20,
      t + 1 < tokens.count, tokens[t + 1].num < 0, tokens[t + 1].start == d.end + 2
    else { return nil }
    // the second of a range: what comes before the first number counts
    var first = t
    if d.start > 0, b[d.start - 1] != 0x20 {
      guard t > 0, tokens[t - 1].num >= 0 else { return nil }
      let p = digits[tokens[t - 1].num]
      guard p.plain, p.integerDigits <= 3, p.end + 1 < d.start, b[p.end] == 0x2E, p.end + 1 + dashLength(p.end + 1) == d.start
      else { return nil }
      first = t - 1
    }
    if nextToMonth(t) { return nil }
    let lower = !isUpper(tokens[t + 1].start) && ((b[tokens[t + 1].start] | 0x20) >= 0x61 || b[tokens[t + 1].start] >= 0xC3)
    var determiner = false
    if first > 0, tokens[first].sep == 1, let w = lookupWord(first - 1), w.ordinalContext { determiner = true }
    return lower || determiner ? d.end + 1 : nil
  }

  /// The length of a range dash at `i` ("-" or "–"), or 0.
  private func dashLength(_ i: Int) -> Int {
    guard i < b.count else { return 0 }
    if b[i] == 0x2D { return 1 }
    return i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x93 ? 3 : 0
  }

  /// A day number right next to a month name ("May 4th", "4. maj") belongs to a date.
  private mutating func nextToMonth(_ t: Int) -> Bool {
    let d = digits[tokens[t].num]
    guard d.value >= 1, d.value <= 31, d.integerDigits <= 2 || d.ordinal else { return false }
    func isMonth(_ k: Int) -> Bool {
      guard k >= 0, k < tokens.count, tokens[k].num < 0 else { return false }
      return marks(k) & NumberLanguage.monthMark != 0
    }
    if t > 0 && (tokens[t].sep == 1) && isMonth(t - 1) && d.ordinal { return true }
    // "the 4th of May"
    if d.ordinal, t + 2 < tokens.count, joined(t + 1), joined(t + 2), lookupWord(t + 1)?.of == true, isMonth(t + 2) {
      return true
    }
    if t + 1 < tokens.count && tokens[t + 1].sep <= 3 {
      var i = d.end
      if i < b.count && b[i] == 0x2E { i += 1 }
      if tokens[t + 1].start - i <= 1 && isMonth(t + 1) && (d.ordinal || lang.dotOrdinals) { return true }
    }
    if t > 0, tokens[t].sep == 1, isMonth(t - 1), d.ordinal || lang.code == "en" { return true }
    return false
  }

  /// Adds units and currencies around the numbers.
  private mutating func finish(_ f0: FoundNumber, _ next: Int) -> FoundNumber? {
    var f = f0
    if !f.value.isFinite { return nil }
    // after: "%", "km", "°C", "EUR", "procent"
    var i = f.end
    // the dot of an abbreviated multiplier: "14,5 mio. kr.", "3 Mrd. Euro"
    if i + 1 < b.count, b[i] == 0x2E, b[i + 1] == 0x20, f.end > f.start, letterAt(b, f.end - 1) {
      i += 1
    }
    if i + 1 < b.count && b[i] == 0x2D && i == f.end && next < tokens.count && tokens[next].start == i + 1 {
      i += 1  // "a 9-mile detour", "a 290-metre ship"
    } else if i < b.count && b[i] == 0x20 { i += 1 } else if i + 1 < b.count && b[i] == 0xC2 && b[i + 1] == 0xA0 { i += 2 } else if i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0xAF { i += 3 }
    if i < b.count {
      if b[i] == 0x25 {
        f.unit = "%"
      } else {
        var j = i
        let limit = min(b.count, i + common.maxUnitLength + 2)
        while j < limit && b[j] != 0x20 && b[j] != 0x0A && b[j] != 0x2C
          && b[j] != 0x2E && b[j] != 0x29 && b[j] != 0x3B && b[j] != 0x3A
        { j += 1 }
        var node = j > i ? 0 : -1
        var k = i
        while k < j && node >= 0 {
          node = unitTrie.step(node, b[k])
          k += 1
        }
        if node >= 0, unitTrie.terminal[node] >= 0 {
          f.unit = common.unitTrieNames[Int(unitTrie.terminal[node])]
        } else if next < tokens.count, tokens[next].num < 0, tokens[next].start == i, let g = lookup(next), let w = word(g),
          let u = w.unit >= 0 ? lang.unitNames[Int(w.unit)] : nil
        {
          f.unit = u
          skipUntil = g.next
        } else if next + 1 < tokens.count, tokens[next].num < 0, tokens[next].start == i, f.end > f.start,
          letterAt(b, f.end - 1),
          lookupWord(next)?.of == true, tokens[next + 1].num < 0, tokens[next + 1].start - tokens[next].end <= 3,
          let g = lookup(next + 1), let w = word(g), let u = w.unit >= 0 ? lang.unitNames[Int(w.unit)] : nil
        {
          // after a multiplier word: "4,8 millions d'euros", "2,5 millones de euros"
          f.unit = u
          skipUntil = g.next
        }
      }
    }
    if f.unit == nil {
      // before: "$20", "€2.3bn", "EUR 100", "$ 1.234"
      var s = f.start
      if s > 0 && b[s - 1] == 0x20 { s -= 1 }
      let last = s > 0 ? b[s - 1] : 0
      let symbolEnd = last == 0x24 || last == 0xAC || last == 0xA3 || last == 0xA5 || last == 0xB9 || last == 0xBD
      if symbolEnd {
        f.unit = common.currencySymbol(endingAt: s, in: b)
      }
      if f.unit == nil, f.start >= 4, b[f.start - 1] == 0x20, b[f.start - 2] >= 0x41, b[f.start - 2] <= 0x5A {
        let w = Array(b[(f.start - 4)..<(f.start - 1)])
        if common.currencyCodes.contains(w) && (f.start == 4 || !letterAt(b, f.start - 5)) {
          f.unit = String(decoding: w, as: UTF8.self)
        }
      }
    }
    return f
  }
}
