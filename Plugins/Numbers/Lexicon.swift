// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import StageKit

/// What one word (or fixed phrase) can mean inside a number expression.
struct NumberWord {
  // The numbers a word stands for, NaN for none (read through the optional properties below): the
  // struct stays small enough to be copied without a call to memmove.
  private var cardValue = Double.nan  // a cardinal 0…999 ("seven", "treogtyve", "dreiundzwanzig")
  private var mulValue = Double.nan  // multiplies the last small part: hundred (100), dozen (12)
  private var scaleValue = Double.nan  // thousand and up: multiplies everything since the last larger scale
  private var ordinalValue = Double.nan  // "third", "anden", "zweite"
  private var denomValue = Double.nan  // a fraction's denominator: "fifths", "Drittel", "quarts"
  private var approxValue = Double.nan  // "thousands", "tusindvis"
  private var coupleValue = Double.nan  // "par" in "et par": a small approximate count after an article
  var unit: Int16 = -1  // "procent" → "%": an index into NumberLanguage.unitNames (keeps the struct free of references)
  var connector = false  // "and", "og", "und", "y"
  var minus = false
  var point = false  // "point", "komma", "virgule"
  var or = false
  var article = false  // "a": means 1 only before a multiplier or a denominator
  var oneArticle = false  // "en", "ein", "un": the number 1 and an article
  var half = false  // "half", "demi", "halbe": 0.5 as a prefix or a denominator
  var halfNoun = false  // "hälften", "mitad": one half on its own
  var addHalf = false  // "einhalb" inside "dreieinhalb"
  var over = false  // "over", "sur", "delat med": a fraction written as "a over b"
  var outOf = false  // "out of", "ud af": a part of a whole, never more than the whole
  var needsCount = false  // "score": a multiplier only after a count ("four score"), a noun on its own
  var denomAfter = false  // "avos": the preceding cardinal is a denominator
  var fractionAnd = false  // "con" in "cinco con un cuarto"
  var pronounBefore = false  // "which" in "which one": "one" is a pronoun
  var pronounBeforeAlone = false  // "that" in "that one.": a pronoun unless a word follows ("that one man")
  var multiword = false
  var spacedPhrase = false  // an ordinal of the spell-out rules written with a space ("الحادي والعشرون")
  var ambiguousOrdinal = false  // "anden", "andra": also "other"; an ordinal only after a determiner
  var ordinalContext = false  // "den", "for": a determiner before an ordinal
  var fractionWord = false  // "quarter", "Viertel", "tiers": a denominator that is no ordinal
  var elided = false  // "settant" in "settant'anni": a number only before an apostrophe
  var compoundOnly = false  // Swedish "et" in "ettusen": a number only inside a compound word
  var of = false  // "of", "de", "af": may close "a couple of" and join "hundreds of thousands"
  var collective = false  // "centaine", "centenar", "hundratal": a multiplier that makes the number approximate
  var comparative = false  // "than", "end", "als": "more than one" counts even where articles are not reported

  var card: Double? {
    get { cardValue.isNaN ? nil : cardValue }
    set { cardValue = newValue ?? .nan }
  }
  var mul: Double? {
    get { mulValue.isNaN ? nil : mulValue }
    set { mulValue = newValue ?? .nan }
  }
  var scale: Double? {
    get { scaleValue.isNaN ? nil : scaleValue }
    set { scaleValue = newValue ?? .nan }
  }
  var ordinal: Double? {
    get { ordinalValue.isNaN ? nil : ordinalValue }
    set { ordinalValue = newValue ?? .nan }
  }
  var denom: Double? {
    get { denomValue.isNaN ? nil : denomValue }
    set { denomValue = newValue ?? .nan }
  }
  var approx: Double? {
    get { approxValue.isNaN ? nil : approxValue }
    set { approxValue = newValue ?? .nan }
  }
  var couple: Double? {
    get { coupleValue.isNaN ? nil : coupleValue }
    set { coupleValue = newValue ?? .nan }
  }

  var isNumeric: Bool { !cardValue.isNaN || !mulValue.isNaN || !scaleValue.isNaN }
}

/// A byte trie over normalised word bytes, built once per language: each node's children form a linked
/// list (no array per node), sorted when the trie is frozen.
struct ByteTrie {
  private struct Node {
    var firstChild: Int32 = -1
    var nextSibling: Int32 = -1
    var label: UInt8 = 0
    var terminal: Int32 = -1
  }

  private var nodes = [Node()]
  /// The root's children by byte (the root has many).
  private var rootChild = [Int32](repeating: -1, count: 256)

  mutating func insert(_ key: [UInt8], _ value: Int32) {
    var node = 0
    for b in key {
      if let c = child(node, b) {
        node = c
      } else {
        let n = Int32(nodes.count)
        nodes.append(Node(firstChild: -1, nextSibling: nodes[node].firstChild, label: b, terminal: -1))
        nodes[node].firstChild = n
        if node == 0 { rootChild[Int(b)] = n }
        node = Int(n)
      }
    }
    nodes[node].terminal = value
  }

  func value(_ key: [UInt8]) -> Int32 {
    var node = 0
    for b in key {
      guard let c = child(node, b) else { return -1 }
      node = c
    }
    return nodes[node].terminal
  }

  /// Frozen form for the hot path: children sorted in one flat array.
  func frozen() -> FrozenTrie {
    let n = nodes.count
    var first = [Int32](repeating: 0, count: n)
    var count = [UInt8](repeating: 0, count: n)
    var bytes: [UInt8] = []
    var targets: [Int32] = []
    var root = [Int32](repeating: -1, count: 256)
    var letters = [UInt32](repeating: 0, count: n)
    var letterBase = [Int32](repeating: 0, count: n)
    bytes.reserveCapacity(n)
    targets.reserveCapacity(n)
    var children: [(UInt8, Int32)] = []
    for i in 0..<n {
      children.removeAll(keepingCapacity: true)
      var c = nodes[i].firstChild
      while c >= 0 {
        children.append((nodes[Int(c)].label, c))
        c = nodes[Int(c)].nextSibling
      }
      children.sort { $0.0 < $1.0 }
      first[i] = Int32(bytes.count)
      count[i] = UInt8(min(children.count, 255))
      letterBase[i] = Int32(bytes.count + children.filter { $0.0 < 0x61 }.count)
      for (b, c) in children {
        bytes.append(b)
        targets.append(c)
        if i == 0 { root[Int(b)] = c }
        if b &- 0x61 < 26 { letters[i] |= 1 << UInt32(b - 0x61) }
      }
    }
    return FrozenTrie(
      first: first, count: count, bytes: bytes, targets: targets, terminal: nodes.map(\.terminal), root: root,
      letters: letters, letterBase: letterBase)
  }

  private func child(_ node: Int, _ b: UInt8) -> Int? {
    if node == 0 { return rootChild[Int(b)] < 0 ? nil : Int(rootChild[Int(b)]) }
    var c = nodes[node].firstChild
    while c >= 0 {
      if nodes[Int(c)].label == b { return Int(c) }
      c = nodes[Int(c)].nextSibling
    }
    return nil
  }
}

/// A trie in flat tables for the hot path. The tables are built once per process (per language, and the
/// shared ones) and never freed, so they are kept as plain buffers: no reference counting and no bounds checks
/// on the path every word takes.
struct FrozenTrie: @unchecked Sendable {
  private(set) var first: UnsafeBufferPointer<Int32>
  private(set) var count: UnsafeBufferPointer<UInt8>
  private(set) var bytes: UnsafeBufferPointer<UInt8>
  private(set) var targets: UnsafeBufferPointer<Int32>
  private(set) var terminal: UnsafeBufferPointer<Int32>
  private(set) var root: UnsafeBufferPointer<Int32>
  /// Per node: bit k is set when the node has a child for the letter 0x61 + k ("a"…"z"), and the index in
  /// `bytes`/`targets` of its first such child: a lowercase letter steps without a search.
  private(set) var letters: UnsafeBufferPointer<UInt32>
  private(set) var letterBase: UnsafeBufferPointer<Int32>

  /// A trie that holds nothing.
  init() { self = Self.empty }

  private static let empty = FrozenTrie(
    first: [], count: [], bytes: [], targets: [], terminal: [], root: [Int32](repeating: -1, count: 256),
    letters: [], letterBase: [])

  init(
    first: [Int32], count: [UInt8], bytes: [UInt8], targets: [Int32], terminal: [Int32], root: [Int32],
    letters: [UInt32], letterBase: [Int32]
  ) {
    func permanent<T>(_ a: [T]) -> UnsafeBufferPointer<T> {
      let p = UnsafeMutableBufferPointer<T>.allocate(capacity: max(a.count, 1))
      _ = p.initialize(from: a)
      return UnsafeBufferPointer(rebasing: p[0..<a.count])
    }
    precondition(root.count == 256)
    self.first = permanent(first)
    self.count = permanent(count)
    self.bytes = permanent(bytes)
    self.targets = permanent(targets)
    self.terminal = permanent(terminal)
    self.root = permanent(root)
    self.letters = permanent(letters)
    self.letterBase = permanent(letterBase)
  }

  @inline(__always)
  func step(_ node: Int, _ b: UInt8) -> Int {
    if node == 0 { return Int(root[Int(b)]) }
    let k = b &- 0x61
    if k < 26 {
      let m = letters[node]
      let bit = UInt32(1) << UInt32(k)
      if m & bit == 0 { return -1 }
      return Int(targets[Int(letterBase[node]) + (m & (bit &- 1)).nonzeroBitCount])
    }
    let f = Int(first[node])
    let n = Int(count[node])
    var i = 0
    while i < n {
      let c = bytes[f + i]
      if c == b { return Int(targets[f + i]) }
      if c > b { return -1 }
      i += 1
    }
    return -1
  }
}

extension FrozenTrie {
  /// The terminal of the raw bytes `b[s..<e]`, or -1.
  func terminal(raw b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int32 {
    var node = 0
    for i in s..<e {
      node = step(node, b[i])
      if node < 0 { return -1 }
    }
    return terminal[node]
  }

  /// The terminal of the key `KeyNormalizer` makes of `b[s..<e]` (folded on the fly, nothing allocated), or -1.
  func terminal(normalizing b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int32 {
    var node = 0
    var i = s
    while i < e {
      let c = b[i]
      if c < 0x80 {
        i += 1
        if c == 0x2D || c == 0x20 || c == 0x27 || c == 0x09 || c == 0x0A { continue }
        node = step(node, c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
      } else if c == 0xC3, i + 1 < e {
        let f = KeyNormalizer.latin1Bytes[Int(b[i + 1] & 0x3F)]
        i += 2
        node = step(node, UInt8(truncatingIfNeeded: f))
        if node >= 0 && f >> 8 != 0 { node = step(node, UInt8(truncatingIfNeeded: f >> 8)) }
      } else if c == 0xC2, i + 1 < e, b[i + 1] == 0xAD {  // soft hyphen
        i += 2
        continue
      } else if c == 0xE2, i + 2 < e, b[i + 1] == 0x80, b[i + 2] == 0x90 || b[i + 2] == 0x91 || b[i + 2] == 0x99 {
        i += 3
        continue
      } else {
        node = step(node, c)
        i += 1
      }
      if node < 0 { return -1 }
    }
    return terminal[node]
  }
}

/// Lowercases and folds accents of UTF-8 text into ASCII-ish key bytes;
/// drops hyphens, spaces, apostrophes and soft hyphens.
enum KeyNormalizer {
  /// Folding of U+00C0…U+00FF (index = scalar - 0xC0); nil keeps the lowercase letter.
  static let latin1: [String?] = {
    var t = [String?](repeating: nil, count: 64)
    let pairs: [(String, String)] = [
      ("àáâãäÀÁÂÃÄ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"),
      ("òóôõöÒÓÔÕÖ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝ", "y"), ("ß", "ss"), ("ñÑ", "n"),
    ]
    for (chars, r) in pairs {
      for s in chars.unicodeScalars { t[Int(s.value) - 0xC0] = r }
    }
    return t
  }()

  /// The key bytes of the letter U+00C0…U+00FF written 0xC3 `c`: the first byte in the low half, the second (or 0)
  /// in the high half ("é" → "e", "ß" → "ss", "Å" → "å").
  static let latin1Bytes: [UInt16] = (0..<64).map { i in
    let c = UInt8(0x80 + i)
    if let r = latin1[i] {
      let u = Array(r.utf8)
      return UInt16(u[0]) | (u.count > 1 ? UInt16(u[1]) << 8 : 0)
    }
    let scalar = 0xC0 + i
    return UInt16(0xC3) | UInt16(scalar < 0xDF && scalar != 0xD7 ? c | 0x20 : c) << 8
  }

  static func key(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    if s.utf8.withContiguousStorageIfAvailable({ append($0, to: &out) }) == nil {
      append(Array(s.utf8), to: &out)
    }
    return out
  }

  /// Appends the normalised bytes of `src` to `out`.
  static func append<C: RandomAccessCollection>(_ src: C, to out: inout [UInt8]) where C.Element == UInt8, C.Index == Int {
    var i = src.startIndex
    while i < src.endIndex {
      let b = src[i]
      if b < 0x80 {
        if b >= 0x41 && b <= 0x5A {
          out.append(b | 0x20)
        } else if b == 0x2D || b == 0x20 || b == 0x27 || b == 0x09 || b == 0x0A {
          // separators vanish from keys
        } else {
          out.append(b)
        }
        i += 1
        continue
      }
      if b == 0xC3, i + 1 < src.endIndex {
        let f = latin1Bytes[Int(src[i + 1] & 0x3F)]
        out.append(UInt8(truncatingIfNeeded: f))
        if f >> 8 != 0 { out.append(UInt8(truncatingIfNeeded: f >> 8)) }
        i += 2
        continue
      }
      if b == 0xC2, i + 1 < src.endIndex, src[i + 1] == 0xAD {  // soft hyphen
        i += 2
        continue
      }
      if b == 0xE2, i + 2 < src.endIndex, src[i + 1] == 0x80,
        src[i + 2] == 0x90 || src[i + 2] == 0x91 || src[i + 2] == 0x99
      {  // hyphen, non-breaking hyphen, right single quote
        i += 3
        continue
      }
      out.append(b)
      i += 1
    }
  }
}

/// The language's data as read from Resources/languages.json.
struct LanguageRules: Decodable {
  struct OrdinalRules: Decodable {
    var irregular: [String: String]?
    var suffix: [[String]]?
    var suffixByValue: [[JSONScalar]]?
    var stripFinal: [String]?
    var plural: [String]?
    var minValue: Double?
  }
  var words: [String: Double]?
  var hundred: [String]?
  var smallMultipliers: [String: Double]?
  var scales: [String: Double]?
  var connectors: [String]?
  var minus: [String]?
  var point: [String]?
  var or: [String]?
  var articles: [String]?
  var oneArticles: [String]?
  var couple: [String: Double]?
  var half: [String]?
  var halfNouns: [String]?
  var atomsExtra: [String: Double]?
  var addHalf: [String]?
  var quarter: [String: Double]?
  var approx: [String: Double]?
  var fractionOver: [String]?
  var fractionAnd: [String]?
  var fractionOutOf: [String]?
  var multipliersNeedingCount: [String]?
  var ordinalWords: [String: Double]?
  var ordinalRules: OrdinalRules?
  var denominatorRules: OrdinalRules?
  var denominatorSuffixes: [String]?
  var denominatorAvos: [String]?
  var denominatorAvosWord: String?
  var noDenominator: [String]?
  var ordinalDigitSuffixes: [String]?
  var dotOrdinals: Bool?
  var units: [String: String]?
  /// Currency words → ISO 4217 code ("kroner" → "DKK", "norske kroner" → "NOK"); applied like `units`.
  var currencies: [String: String]?
  var pronounBefore: [String]?
  var pronounBeforeAlone: [String]?
  var transliterate: Bool?
  var grouping: String?
  var hundredConnector: Bool?
  var ambiguousOrdinals: [String]?
  var ordinalContext: [String]?
  var elision: Bool?
  var of: [String]?
  var nounsCapitalized: Bool?
  var hundredsJuxtaposed: Bool?
  var pluralDenominators: [String]?
  var unitsFirstTens: String?
  var collective: [String: Double]?
  var nameNouns: [String]?
  var comparatives: [String]?
  var clockBefore: [String]?
  var ordinalNouns: [String]?
  var numberSigns: [String]?
  var clockAfter: [String]?
  var compoundAtoms: [String: Double]?
  var endingVariants: [[String]]?
  var prefixConnector: String?
  var proclitics: [String]?
  var ordinalCompose: Bool?
  var cardinalRuleSets: [String]?
  var ordinalRuleSets: [String]?
}

enum JSONScalar: Decodable {
  case number(Double), string(String)
  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .string(try c.decode(String.self)) }
  }
  var double: Double { if case .number(let d) = self { return d } else { return 0 } }
  var string: String { if case .string(let s) = self { return s } else { return "" } }
}

struct CommonRules: Decodable {
  var suffixMultipliers: [String: Double]
  var spacedSuffixMultipliers: [String]
  var currencySymbols: [String: String]
  var currencyCodes: [String]
  var units: [String]
  /// Currency words shared by every language ("euro", "dollars", "yen") → ISO 4217 code.
  var currencies: [String: String]?
}

/// Everything the scanner needs for one language, built once per process.
final class NumberLanguage: @unchecked Sendable {
  let code: String
  let decimalSeparator: UInt8  // '.' or ','
  let groupingSeparator: UInt8
  let dotOrdinals: Bool
  /// "hundred and" joins a number even where the spell-out rules leave the connector out (en).
  let hundredConnector: Bool
  let transliterate: Bool
  let hasWords: Bool
  /// Nouns are capitalised ("Tausend", "Hundert"): a capital says nothing about names.
  let nounsCapitalized: Bool
  /// "one twenty two" reads as 122 (en).
  let hundredsJuxtaposed: Bool
  /// A numerator other than one takes a plural denominator: "two fifths", but "two millionth" is an ordinal (en).
  let pluralDenominators: [[UInt8]]
  var entries: [NumberWord] = []
  var unitNames: [String] = []
  var trie = FrozenTrie()
  /// Lowercased letters that mark a digit ordinal: "st", "e", "ème", ":a".
  var ordinalDigitSuffixes: Set<[UInt8]> = []
  /// The same suffixes as a trie over normalised keys.
  var ordinalDigitSuffixTrie = FrozenTrie()
  /// Lowercased month names and abbreviations: numbers next to them are dates.
  var months: Set<[UInt8]> = []
  /// Lowercased nouns after which a plain number is a name or label ("rute 11", "version 2.0").
  var nameNouns: Set<[UInt8]> = []
  /// Words before an hour ("kl. 14") and lowercase marks after it ("4 a.m.", "18 Uhr"): a time, not a number.
  var clockBefore: Set<[UInt8]> = []
  var clockAfter: [[UInt8]] = []
  /// Months, name nouns and clock words (flags `monthMark` …) as one trie over normalised keys.
  var markTrie = FrozenTrie()
  /// Name nouns of four letters or more, reversed: "Buslijn" ends in "lijn".
  var nameNounSuffixTrie = FrozenTrie()
  static let monthMark: Int32 = 1
  static let nameNounMark: Int32 = 2
  static let clockMark: Int32 = 4
  /// Singular nouns after which an ambiguous ordinal is one ("andra gången": the second time, not "other").
  static let ordinalNounMark: Int32 = 8
  /// Abbreviations of "number" ("nr."): digits after them are a label when a labelling noun comes before.
  static let numberSignMark: Int32 = 16
  /// Values whose spelled-out form joins its parts with a connector ("treinta y dos").
  var connectorValues: Set<Int> = []
  /// A connector written as a prefix of the next word (Arabic "و"): its key and its entry, or -1.
  var prefixConnector: [UInt8] = []
  var prefixConnectorTerm: Int32 = -1
  /// Particles written as a prefix of a number word that are no part of the number (Arabic "ب" in "بخمسة").
  var proclitics: [[UInt8]] = []
  /// Per entry: true when a word with this entry alone can start no number (a connector, "of", "than"): the
  /// scanner skips it without parsing.
  var inert: [Bool] = []
  /// Per entry: true when it can begin a compound word ("drei|hundert", "halv|…").
  var compoundStarts: [Bool] = []
  /// The keys of the entries that may end a compound word, reversed: a word none of them ends is no compound.
  var compoundEndTrie = FrozenTrie()

  init(code: String, rules: LanguageRules?) {
    self.code = code
    let loc = Locale(identifier: code)
    let f = NumberFormatter()
    f.locale = loc
    f.numberStyle = .decimal
    let dec = f.decimalSeparator ?? "."
    decimalSeparator = dec == "," ? 0x2C : 0x2E
    let g = f.groupingSeparator ?? ","
    if g == "." || g == "," {
      groupingSeparator = g == "." ? 0x2E : 0x2C
    } else if let r = rules?.grouping, r == "." || r == "," {
      groupingSeparator = r == "." ? 0x2E : 0x2C
    } else {
      groupingSeparator = rules == nil ? (decimalSeparator == 0x2C ? 0x2E : 0x2C) : 0x20
    }
    dotOrdinals = rules?.dotOrdinals ?? false
    hundredConnector = rules?.hundredConnector ?? false
    transliterate = rules?.transliterate ?? false
    nounsCapitalized = rules?.nounsCapitalized ?? false
    hundredsJuxtaposed = rules?.hundredsJuxtaposed ?? false
    pluralDenominators = (rules?.pluralDenominators ?? []).map { Array($0.utf8) }
    hasWords = rules != nil
    guard let rules else { return }
    var table: [[UInt8]: NumberWord] = [:]
    func key(_ s: String) -> [UInt8] { KeyNormalizer.key(s) }
    func edit(_ s: String, _ body: (inout NumberWord) -> Void) {
      func add(_ form: String) {
        let k = key(form)
        guard !k.isEmpty else { return }
        let multiword = form.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D })
        func update(_ e: inout NumberWord) {
          body(&e)
          if multiword { e.multiword = true }
        }
        update(&table[k, default: NumberWord()])
      }
      add(s)
      // "fünf" is also written "fuenf"
      if transliterate, s.contains(where: { $0 == "ü" || $0 == "ö" || $0 == "ä" }) {
        var alt = ""
        for ch in s {
          switch ch {
          case "ü": alt += "ue"
          case "ö": alt += "oe"
          case "ä": alt += "ae"
          default: alt.append(ch)
          }
        }
        add(alt)
      }
    }

    // Cardinals 0…999 from the locale's spell-out rules.
    let spell = NumberFormatter()
    spell.locale = loc
    spell.numberStyle = .spellOut
    var spelled: [Int: String] = [:]
    let connectorKeys = (rules.connectors ?? []).map { Array($0.utf8) }
    for n in 0...999 {
      guard var s = spell.string(from: NSNumber(value: n)) else { continue }
      if s.utf8.contains(0xAD), s.unicodeScalars.contains("\u{AD}") {
        s = String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != "\u{AD}" }))
      }
      // (most spell-outs are plain lowercase ASCII already)
      if s.utf8.contains(where: { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) }) { s = s.lowercased() }
      spelled[n] = s
      edit(s) { if $0.card == nil { $0.card = Double(n) } }
      if s.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D }),
        case let parts = s.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D }),
        parts.count > 1 && parts.contains(where: { p in connectorKeys.contains { $0.elementsEqual(p) } })
      {
        connectorValues.insert(n)
      }
    }
    // Other forms of 0…99 and the hundreds from the locale's named rule sets: "dwaj", "pięciu", "stu" (Polish
    // masculine personal); larger numbers are written with these parts as separate words
    let parts = Array(0...99) + stride(from: 100, through: 900, by: 100)
    for forms in RuleSetSpeller.spell(locale: code, ruleSets: rules.cardinalRuleSets ?? [], parts) {
      for (n, s) in forms.sorted(by: { $0.key < $1.key }) { edit(s) { if $0.card == nil { $0.card = Double(n) } } }
    }
    for (w, v) in rules.words ?? [:] { edit(w) { $0.card = v } }
    // Units before the tens, joined by a connector: "tre og tjue" (older Norwegian) next to "tjuetre".
    if let conn = rules.unitsFirstTens {
      var tens: [(String, Int)] = (2...9).compactMap { t in spelled[t * 10].map { ($0, t * 10) } }
      for (w, v) in rules.words ?? [:] where v >= 20 && v < 100 && v.truncatingRemainder(dividingBy: 10) == 0 {
        tens.append((w, Int(v)))
      }
      for (tw, tv) in tens {
        for u in 1...9 { if let uw = spelled[u] { edit(uw + conn + tw) { if $0.card == nil { $0.card = Double(tv + u) } } } }
      }
    }
    for (w, v) in rules.atomsExtra ?? [:] { edit(w) { $0.card = v } }
    // Other endings of the spelled-out forms (pairs of ending and variant): shortened before a noun or a scale
    // ("quarantun milioni", "sessantunmila"), feminine ("quatre-vingt-une", "trentuna").
    for pair in rules.endingVariants ?? [] where pair.count == 2 {
      for n in 20...999 {
        guard let s = spelled[n], s.hasSuffix(pair[0]) else { continue }
        let variant = String(s.dropLast(pair[0].count)) + pair[1]
        if table[key(variant)] == nil { edit(variant) { $0.card = Double(n) } }
      }
    }
    // Forms that are numbers only inside a compound word: Swedish "et" in "ettusen" (ett + tusen).
    for (w, v) in rules.compoundAtoms ?? [:] where table[key(w)] == nil { edit(w) { $0.card = v; $0.compoundOnly = true } }
    for w in rules.hundred ?? [] { edit(w) { $0.mul = 100; $0.card = nil } }
    for (w, v) in rules.smallMultipliers ?? [:] { edit(w) { $0.mul = v } }
    for (w, v) in rules.collective ?? [:] { edit(w) { $0.mul = v; $0.card = nil; $0.collective = true } }
    for (w, v) in rules.scales ?? [:] { edit(w) { $0.scale = v; $0.card = nil } }

    // Ordinals: explicit words, then words derived from the cardinals.
    var ordinalForms: [(String, Double)] = []
    for (w, v) in rules.ordinalWords ?? [:] { ordinalForms.append((w.lowercased(), v)) }
    // ordinals 1…100 from the locale's named rule sets ("الحادي والعشرون") and composed ones below:
    // ordinals only, no denominators
    var ruleSetOrdinals: Set<String> = []
    for forms in RuleSetSpeller.spell(locale: code, ruleSets: rules.ordinalRuleSets ?? [], 1...100) {
      for (n, s) in forms.sorted(by: { $0.key < $1.key }) {
        ordinalForms.append((s, Double(n)))
        ruleSetOrdinals.insert(s)
      }
    }
    // Tens and unit ordinals written as one word: "decimocuarto", "decimoprimera", "decimotercer",
    // "decimoctavo" (a vowel written once where the two meet).
    if rules.ordinalCompose == true {
      let words = (rules.ordinalWords ?? [:]).map { ($0.key.lowercased(), $0.value) }
      for (tw, tv) in words where tv >= 10 && tv <= 90 && tv.truncatingRemainder(dividingBy: 10) == 0 {
        for (uw, uv) in words where uv >= 1 && uv <= 9 {
          var forms = [tw + uw]
          if let a = tw.last, let b = uw.first, a == b, "aeiou".contains(a) { forms.append(tw + uw.dropFirst()) }
          for f in forms {
            ordinalForms.append((f, tv + uv))
            ruleSetOrdinals.insert(f)
          }
        }
      }
    }
    let scaleWords = (rules.scales ?? [:]).filter { $0.value >= 1000 && $0.key.count > 4 }
    if let r = rules.ordinalRules {
      for n in 1...100 where Double(n) >= (r.minValue ?? 1) {
        if let s = spelled[n], let o = Self.derive(s, Double(n), r) { ordinalForms.append((o, Double(n))) }
      }
      for (w, v) in (rules.hundred ?? []).map({ ($0, 100.0) }) + scaleWords.map({ ($0.key, $0.value) }) {
        if let o = Self.derive(w.lowercased(), v, r) { ordinalForms.append((o, v)) }
      }
    }
    for s in ruleSetOrdinals where s.utf8.contains(0x20) { edit(s) { $0.spacedPhrase = true } }
    let plurals = rules.ordinalRules?.plural ?? ["s"]
    let noDenom = Set((rules.noDenominator ?? []).map { key($0) })
    for (w, v) in ordinalForms {
      edit(w) { if $0.ordinal == nil { $0.ordinal = v } }
      for p in plurals {
        let base = (code == "it" && w.hasSuffix("o")) ? String(w.dropLast()) : w
        edit(base + p) { if $0.ordinal == nil { $0.ordinal = v } }
      }
    }
    // Denominators ("fifths", "femtedelar", "Viertel", "cincoavos").
    if rules.denominatorRules == nil && rules.denominatorSuffixes == nil {
      for (w, v) in ordinalForms where v >= 3 && !ruleSetOrdinals.contains(w) {
        for form in [w] + plurals.map({ (code == "it" && w.hasSuffix("o")) ? String(w.dropLast()) + $0 : w + $0 }) {
          if noDenom.contains(key(form)) { continue }
          edit(form) { if $0.denom == nil { $0.denom = v } }
        }
      }
    }
    if let suffixes = rules.denominatorSuffixes {
      var bases = ordinalForms
      for (w, v) in scaleWords { bases.append((w.lowercased(), v)) }
      for (w, v) in bases {
        for s in suffixes {
          edit(w + s) { if $0.denom == nil { $0.denom = v } }
          if w.hasSuffix("e") { edit(String(w.dropLast()) + s) { if $0.denom == nil { $0.denom = v } } }
          if w.hasSuffix("de") { edit(String(w.dropLast(2)) + s) { if $0.denom == nil { $0.denom = v } } }
        }
      }
    }
    if let r = rules.denominatorRules {
      for n in 3...100 {
        if let s = spelled[n], let o = Self.derive(s, Double(n), r) {
          for form in [o] + (r.plural ?? []).map({ o + $0 }) { edit(form) { $0.denom = Double(n) } }
        }
      }
      for (w, v) in (rules.hundred ?? []).map({ ($0, 100.0) }) + scaleWords.map({ ($0.key, $0.value) }) {
        if let o = Self.derive(w.lowercased(), v, r) { edit(o) { $0.denom = v } }
      }
    }
    // "onceavo", "veintavos", "doscientosavos": the cardinal and a suffix (not 100: "centavo" is a coin)
    for avos in rules.denominatorAvos ?? [] {
      for n in Array(2...99) + stride(from: 200, through: 900, by: 100) {
        guard let s = spelled[n] else { continue }
        edit(s + avos) { if $0.denom == nil { $0.denom = Double(n) } }
        if n > 10, let last = s.last, "aoe".contains(last) {
          edit(String(s.dropLast()) + avos) { if $0.denom == nil { $0.denom = Double(n) } }
        }
      }
    }
    if let w = rules.denominatorAvosWord { edit(w) { $0.denomAfter = true } }
    for (w, v) in rules.quarter ?? [:] { edit(w) { $0.denom = v; $0.fractionWord = true } }

    for w in rules.connectors ?? [] { edit(w) { $0.connector = true } }
    for w in rules.minus ?? [] { edit(w) { $0.minus = true } }
    for w in rules.point ?? [] { edit(w) { $0.point = true } }
    for w in rules.or ?? [] { edit(w) { $0.or = true } }
    for w in rules.comparatives ?? [] { edit(w) { $0.comparative = true } }
    for w in rules.articles ?? [] { edit(w) { $0.article = true } }
    for w in rules.oneArticles ?? [] { edit(w) { $0.oneArticle = true; if $0.card == nil { $0.card = 1 } } }
    for (w, v) in rules.couple ?? [:] { edit(w) { $0.couple = v } }
    for w in rules.half ?? [] { edit(w) { $0.half = true } }
    for w in rules.halfNouns ?? [] { edit(w) { $0.halfNoun = true } }
    for w in rules.addHalf ?? [] { edit(w) { $0.addHalf = true } }
    for (w, v) in rules.approx ?? [:] { edit(w) { $0.approx = v } }
    for w in rules.fractionOver ?? [] { edit(w) { $0.over = true } }
    for w in rules.fractionOutOf ?? [] { edit(w) { $0.outOf = true } }
    for w in rules.multipliersNeedingCount ?? [] { edit(w) { $0.needsCount = true } }
    for w in rules.fractionAnd ?? [] { edit(w) { $0.fractionAnd = true } }
    // shared currency words first; the language's own currencies and units override them
    var unitWords = NumberLanguage.sharedCurrencies
    for (w, u) in rules.currencies ?? [:] { unitWords[w] = u }
    for (w, u) in rules.units ?? [:] { unitWords[w] = u }
    for (w, u) in unitWords.sorted(by: { $0.key < $1.key }) {
      if !unitNames.contains(u) { unitNames.append(u) }
      let i = Int16(unitNames.firstIndex(of: u)!)
      edit(w) { $0.unit = i }
    }
    for w in rules.of ?? [] { edit(w) { $0.of = true } }
    for w in rules.pronounBefore ?? [] { edit(w) { $0.pronounBefore = true } }
    for w in rules.pronounBeforeAlone ?? [] { edit(w) { $0.pronounBeforeAlone = true } }
    for w in rules.ambiguousOrdinals ?? [] { edit(w) { $0.ambiguousOrdinal = true } }
    for w in rules.ordinalContext ?? [] { edit(w) { $0.ordinalContext = true } }
    for s in rules.ordinalDigitSuffixes ?? [] { ordinalDigitSuffixes.insert(key(s)) }
    var suffixTrie = ByteTrie()
    for k in ordinalDigitSuffixes { suffixTrie.insert(k, 1) }
    ordinalDigitSuffixTrie = suffixTrie.frozen()

    // Elided forms before an apostrophe: "settant'anni", "vent'anni" (only where no word has that spelling).
    if rules.elision == true {
      for n in 11...999 {
        guard let s = spelled[n], let last = s.last, "aeio".contains(last), !s.utf8.contains(0x20) else { continue }
        let e = String(s.dropLast())
        if table[key(e)] == nil { edit(e) { $0.card = Double(n); $0.elided = true } }
      }
    }

    var builder = ByteTrie()
    for (k, e) in table {
      entries.append(e)
      builder.insert(k, Int32(entries.count - 1))
    }
    trie = builder.frozen()
    compoundStarts = entries.map { w in (w.card != nil && !w.compoundOnly) || w.mul != nil || w.scale != nil || w.half }
    inert = entries.map { w in
      !(w.isNumeric || w.minus || w.article || w.oneArticle || w.half || w.point || w.approx != nil || w.halfNoun
        || w.ordinal != nil)
    }
    var ends = ByteTrie()
    for (k, w) in table where (w.isNumeric || w.connector || w.addHalf || w.denom != nil || w.ordinal != nil || w.half) && !w.elided {
      ends.insert(k.reversed(), 1)
    }
    compoundEndTrie = ends.frozen()
    if let p = rules.prefixConnector {
      prefixConnector = key(p)
      prefixConnectorTerm = builder.value(prefixConnector)
      if prefixConnectorTerm >= 0 && !entries[Int(prefixConnectorTerm)].connector { prefixConnectorTerm = -1 }
    }
    proclitics = (rules.proclitics ?? []).map { key($0) }

    let df = DateFormatter()
    df.locale = loc
    for m in df.monthSymbols + df.shortMonthSymbols + df.standaloneMonthSymbols {
      let k = KeyNormalizer.key(m.lowercased().replacingOccurrences(of: ".", with: ""))
      if k.count >= 3 { months.insert(k) }
    }
    for n in rules.nameNouns ?? [] { nameNouns.insert(KeyNormalizer.key(n)) }
    for w in rules.clockBefore ?? [] { clockBefore.insert(KeyNormalizer.key(w)) }
    // one trie for the scanner's word classes (months, name nouns, clock words), flags as values
    var flags: [[UInt8]: Int32] = [:]
    for k in months { flags[k, default: 0] |= Self.monthMark }
    for k in nameNouns { flags[k, default: 0] |= Self.nameNounMark }
    for k in clockBefore { flags[k, default: 0] |= Self.clockMark }
    for w in rules.ordinalNouns ?? [] { flags[KeyNormalizer.key(w), default: 0] |= Self.ordinalNounMark }
    for w in rules.numberSigns ?? [] { flags[KeyNormalizer.key(w), default: 0] |= Self.numberSignMark }
    var marks = ByteTrie()
    for (k, f) in flags { marks.insert(k, f) }
    markTrie = marks.frozen()
    var suffixes = ByteTrie()
    for k in nameNouns where k.count >= 4 { suffixes.insert(k.reversed(), 1) }
    nameNounSuffixTrie = suffixes.frozen()
    clockAfter = (rules.clockAfter ?? []).map { Array($0.lowercased().utf8) }
  }

  /// An ordinal (or denominator) form of the spelled-out number `s`.
  static func derive(_ s: String, _ value: Double, _ r: LanguageRules.OrdinalRules) -> String? {
    // The last word carries the ending: "twenty-one" → "twenty-first".
    var head = ""
    var last = s
    if let i = s.lastIndex(where: { $0 == " " || $0 == "-" }) {
      head = String(s[...i])
      last = String(s[s.index(after: i)...])
    }
    if let irr = r.irregular?[last] { return head + irr }
    if let irr = r.irregular?[s] { return irr }
    var stem = last
    if let strip = r.stripFinal, let c = stem.last, strip.contains(String(c)), stem.count > 3 {
      stem.removeLast()
    }
    if let rules = r.suffix {
      for rule in rules where rule.count == 2 {
        if rule[0].isEmpty { return head + stem + rule[1] }
        if last.hasSuffix(rule[0]) { return head + String(last.dropLast(rule[0].count)) + rule[1] }
      }
    }
    if let rules = r.suffixByValue {
      for rule in rules where rule.count == 2 && value >= rule[0].double {
        return head + stem + rule[1].string
      }
    }
    return nil
  }

  // MARK: - shared tables

  static let allRules: (common: CommonRules?, langs: [String: LanguageRules]) = {
    guard let path = StageResources.path(for: "Resources/languages.json", target: "Numbers"),
      let data = FileManager.default.contents(atPath: path),
      let file = try? JSONDecoder().decode(RulesFile.self, from: data)
    else { return (nil, [:]) }
    return (file.common, file.langs)
  }()

  /// languages.json in one decoding pass: "common", the languages by code, and "_…" comments skipped. A
  /// section that does not decode is left out.
  private struct RulesFile: Decodable {
    var common: CommonRules?
    var langs: [String: LanguageRules] = [:]

    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: Key.self)
      for k in c.allKeys where !k.stringValue.hasPrefix("_") {
        if k.stringValue == "common" {
          common = try? c.decode(CommonRules.self, forKey: k)
        } else if let r = try? c.decode(LanguageRules.self, forKey: k) {
          langs[k.stringValue] = r
        }
      }
    }
  }

  static let common: CommonTables = CommonTables(allRules.common)
  static let sharedCurrencies: [String: String] = allRules.common?.currencies ?? [:]

  private static let lock = NSLock()
  nonisolated(unsafe) private static var cache: [String: NumberLanguage] = [:]

  /// Builds the tables of every language in languages.json (and of no language) once per process, so that
  /// a stage instance is ready when created and documents are not billed for the setup.
  static let prepared: Bool = {
    for code in allRules.langs.keys.sorted() + [""] { _ = forCode(code) }
    return true
  }()

  /// The tables for `code` ("da", "en-GB" → "en"), built on first use.
  static func forCode(_ code: String?) -> NumberLanguage {
    var c = (code ?? "").lowercased()
    if let dash = c.firstIndex(where: { $0 == "-" || $0 == "_" }) { c = String(c[..<dash]) }
    if c == "no" || c == "nn" { c = "nb" }
    lock.lock()
    defer { lock.unlock() }
    if let l = cache[c] { return l }
    let l = NumberLanguage(code: c.isEmpty ? "und" : c, rules: allRules.langs[c])
    cache[c] = l
    return l
  }
}

/// Language-independent tables: suffix multipliers, currencies and units.
final class CommonTables: Sendable {
  let suffixMultipliers: [[UInt8]: Double]
  let spaced: Set<[UInt8]>
  /// Currency symbols and their codes, longest first (then by bytes), so that "A$" wins over "$".
  let currencySymbolsLongestFirst: [(symbol: [UInt8], code: String)]
  let currencyCodes: Set<[UInt8]>
  let units: Set<[UInt8]>
  let maxUnitLength: Int
  /// Units, currency codes and symbols: the terminal is an index into `unitTrieNames`.
  let unitTrie: FrozenTrie
  let unitTrieNames: [String]
  /// `suffixMultipliers` as a trie: the terminal is an index into `suffixMultiplierValues`.
  let suffixMultiplierTrie: FrozenTrie
  let suffixMultiplierValues: [Double]
  /// Per byte: a one-letter multiplier that may follow a space ("2.33 k").
  let spacedByte: [Bool]
  let currencyCodeTrie: FrozenTrie

  /// The code of the currency symbol that ends at byte `end` of `b`, or nil.
  func currencySymbol(endingAt end: Int, in b: UnsafeBufferPointer<UInt8>) -> String? {
    for (sym, code) in currencySymbolsLongestFirst where sym.count <= end {
      if b[(end - sym.count)..<end].elementsEqual(sym) { return code }
    }
    return nil
  }

  init(_ r: CommonRules?) {
    var suffixMultipliers: [[UInt8]: Double] = [:]
    var spaced: Set<[UInt8]> = []
    var currencySymbols: [[UInt8]: String] = [:]
    var currencyCodes: Set<[UInt8]> = []
    var units: Set<[UInt8]> = []
    var maxUnitLength = 0
    if let r {
      for (k, v) in r.suffixMultipliers { suffixMultipliers[Array(k.utf8)] = v }
      for k in r.spacedSuffixMultipliers { spaced.insert(Array(k.utf8)) }
      for (k, v) in r.currencySymbols { currencySymbols[Array(k.utf8)] = v }
      for k in r.currencyCodes { currencyCodes.insert(Array(k.utf8)) }
      for k in r.units {
        units.insert(Array(k.utf8))
        maxUnitLength = max(maxUnitLength, k.utf8.count)
      }
    }
    // units and currency codes name themselves; symbols map to a code ("€" → "EUR")
    var names: [String] = []
    var trie = ByteTrie()
    for (k, v) in currencySymbols {
      names.append(v)
      trie.insert(k, Int32(names.count - 1))
    }
    for k in units.union(currencyCodes) {
      names.append(String(decoding: k, as: UTF8.self))
      trie.insert(k, Int32(names.count - 1))
    }
    self.unitTrie = trie.frozen()
    var values: [Double] = []
    var mult = ByteTrie()
    for (k, v) in suffixMultipliers {
      values.append(v)
      mult.insert(k, Int32(values.count - 1))
    }
    suffixMultiplierTrie = mult.frozen()
    suffixMultiplierValues = values
    spacedByte = (0..<256).map { spaced.contains([UInt8($0)]) }
    var codes = ByteTrie()
    for k in currencyCodes { codes.insert(k, 1) }
    currencyCodeTrie = codes.frozen()
    self.unitTrieNames = names
    self.suffixMultipliers = suffixMultipliers
    self.spaced = spaced
    self.currencySymbolsLongestFirst = currencySymbols.map { (symbol: $0.key, code: $0.value) }.sorted {
      $0.symbol.count != $1.symbol.count ? $0.symbol.count > $1.symbol.count : $0.symbol.lexicographicallyPrecedes($1.symbol)
    }
    self.currencyCodes = currencyCodes
    self.units = units
    self.maxUnitLength = maxUnitLength
  }
}
