// SPDX-License-Identifier: GPL-3.0-or-later

/// A number written with digits, as found by `DigitScanner`.
struct DigitNumber {
  var start: Int
  var end: Int
  var value: Double
  /// An integer without separators or suffixes: may join words ("4 thousand") or a fraction.
  var plain: Bool
  var ordinal = false
  /// True when the digits are glued to letters that are no suffix ("180ml").
  var glued = false
  /// True for parts of a digit chain such as an IP address or a date "17/5/2018".
  var chainPart = false
  var integerDigits = 0
  var hasSuffixMultiplier = false
  var isTime = false
  /// A fraction written "4/5" (may follow a whole number: "1 4/5").
  var isFraction = false
}

/// Reads digit numbers from UTF-8 bytes with the language's separators.
struct DigitScanner {
  let b: UnsafeBufferPointer<UInt8>
  let lang: NumberLanguage
  let common: CommonTables

  /// The value of an ASCII, Arabic-Indic or Eastern Arabic-Indic digit at `i`, and its length.
  @inline(__always)
  func digit(_ i: Int) -> (Int, Int)? {
    guard i < b.count else { return nil }
    let c = b[i]
    if c >= 0x30 && c <= 0x39 { return (Int(c - 0x30), 1) }
    if c == 0xD9, i + 1 < b.count, b[i + 1] >= 0xA0, b[i + 1] <= 0xA9 { return (Int(b[i + 1] - 0xA0), 2) }
    if c == 0xDB, i + 1 < b.count, b[i + 1] >= 0xB0, b[i + 1] <= 0xB9 { return (Int(b[i + 1] - 0xB0), 2) }
    return nil
  }

  /// Separator at `i`: kind ('.', ',', ' ' for space-like, 'a' Arabic decimal, 'g' Arabic grouping) and length.
  @inline(__always)
  func separator(_ i: Int) -> (UInt8, Int)? {
    guard i < b.count else { return nil }
    let c = b[i]
    if c == 0x2E || c == 0x2C { return (c, 1) }
    if c == 0x20 { return (0x20, 1) }
    if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return (0x20, 2) }
    if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xAF || b[i + 2] == 0x89 { return (0x20, 3) }
    if c == 0xD9, i + 1 < b.count, b[i + 1] == 0xAB { return (0x61, 2) }
    if c == 0xD9, i + 1 < b.count, b[i + 1] == 0xAC { return (0x67, 2) }
    return nil
  }

  struct Group {
    var start: Int
    var end: Int
    var digits: Int
    var sep: UInt8  // separator before the group (0 for the first)
    var sepStart: Int
  }

  /// Scans the digit chain starting at `p`; appends the numbers found and returns the end offset.
  func scan(_ p: Int, into out: inout [DigitNumber], groups: inout [Group]) -> Int {
    groups.removeAll(keepingCapacity: true)
    // A leading decimal separator (",08", ".5") when nothing precedes it.
    var i = p
    var leadingDecimal = false
    if digit(i) == nil {
      leadingDecimal = true
      i += 1
    }
    // Read groups.
    var gs = i
    var n = 0
    while let (_, l) = digit(i) {
      i += l
      n += 1
    }
    groups.append(Group(start: gs, end: i, digits: n, sep: leadingDecimal ? b[p] : 0, sepStart: p))
    while let (s, sl) = separator(i), digit(i + sl) != nil {
      // a space separator takes only three-digit groups and never after a decimal part
      let sepStart = i
      gs = i + sl
      var j = gs
      n = 0
      while let (_, l) = digit(j) {
        j += l
        n += 1
      }
      if s == 0x20 && (n != 3 || groups.count > 40) { break }
      groups.append(Group(start: gs, end: j, digits: n, sep: s, sepStart: sepStart))
      i = j
      if groups.count > 4000 { break }
    }
    // Decide the roles of '.' and ','.
    let dec = lang.decimalSeparator
    let grp = lang.groupingSeparator
    var dots = 0
    var commas = 0
    var lastPunct: UInt8 = 0
    for g in groups.dropFirst() where g.sep == 0x2E || g.sep == 0x2C {
      if g.sep == 0x2E { dots += 1 } else { commas += 1 }
      lastPunct = g.sep
    }
    var decimalChar: UInt8 = dec
    var groupChar: UInt8 = grp
    if leadingDecimal {
      decimalChar = groups[0].sep
    } else if dots > 0 && commas > 0 {
      decimalChar = lastPunct
      groupChar = lastPunct == 0x2E ? 0x2C : 0x2E
    } else if dots + commas == 1 {
      let g = groups.first(where: { $0.sep == 0x2E || $0.sep == 0x2C })!
      let c = g.sep
      let firstOK = groups[0].digits <= 3 && groups[0].digits >= 1
      if c == dec && lang.hasWords {
        decimalChar = c
        groupChar = c == 0x2E ? 0x2C : 0x2E
      } else if g.digits == 3 && firstOK && !(groups.last!.sep == c && groups.count > 2 && groups[groups.count - 2].sep == 0x20) {
        groupChar = c
        decimalChar = c == 0x2E ? 0x2C : 0x2E
      } else {
        decimalChar = c
        groupChar = c == 0x2E ? 0x2C : 0x2E
      }
    }
    // the rest of a chain that broke off ("192.168|.1.2") splits at every mark
    let continuation = p >= 2 && (b[p - 1] == 0x2E || b[p - 1] == 0x2C) && digit(p - 2) != nil
    if (dots + commas > 1 && (dots == 0 || commas == 0)) || (continuation && dots + commas > 0) {
      let c: UInt8 = dots > 0 ? 0x2E : 0x2C
      let all3 = groups.dropFirst().allSatisfy { $0.digits == 3 } && groups[0].digits <= 3
      if !continuation && (all3 || c == grp || !lang.hasWords) {
        groupChar = c
        decimalChar = c == 0x2E ? 0x2C : 0x2E
      } else {
        // "192.168.1.2" where '.' is the decimal mark: separate integers.
        for g in groups {
          var d = DigitNumber(start: g.start, end: g.end, value: integerValue(g.start, g.end), plain: true)
          d.chainPart = true
          d.integerDigits = g.digits
          out.append(d)
        }
        return i
      }
    }
    // Walk the groups with these roles.
    var intEnd = groups[0].end
    var fracStart = -1
    var fracEnd = -1
    var used = 1
    var groupSep: UInt8 = 0
    if leadingDecimal {
      fracStart = groups[0].start
      fracEnd = groups[0].end
    } else {
      var k = 1
      while k < groups.count {
        let g = groups[k]
        let s: UInt8 = g.sep == 0x61 ? decimalChar : (g.sep == 0x67 ? groupChar : g.sep)
        if fracStart < 0 && s == decimalChar && s != 0x20 {
          fracStart = g.start
          fracEnd = g.end
          used = k + 1
          break
        }
        if (s == groupChar || s == 0x20) && g.digits == 3 && groups[0].digits <= 3
          && (groupSep == 0 || groupSep == s)
        {
          groupSep = s
          intEnd = g.end
          used = k + 1
          k += 1
          continue
        }
        break
      }
    }
    var end = fracEnd >= 0 ? fracEnd : intEnd
    var value = leadingDecimal ? 0 : integerValue(p, intEnd)
    var intDigits = 0
    for g in groups.prefix(leadingDecimal ? 0 : used) where g.start < intEnd {
      if fracStart < 0 || g.start < fracStart { intDigits += g.digits }
    }
    if fracStart >= 0 { value += fractionValue(fracStart, fracEnd) }
    var num = DigitNumber(start: p, end: end, value: value, plain: used == 1 && !leadingDecimal)
    num.integerDigits = intDigits
    // Time "14:30" and chains like "5/17/2018" or "+1-222-2222/2222".
    if end < b.count, b[end] == 0x3A, digit(end + 1) != nil, used == 1 {
      num.isTime = true
      var j = end + 1
      while digit(j) != nil || (j < b.count && b[j] == 0x3A && digit(j + 1) != nil) { j += 1 }
      num.end = j
      out.append(num)
      return j
    }
    if p > 0, b[p - 1] == 0x3A, p > 1, digit(p - 2) != nil {
      num.isTime = true
    }
    // Exponent: "1e10", "12,32e+14", "-1,1^+23".
    if end < b.count && (b[end] == 0x65 || b[end] == 0x45 || b[end] == 0x5E) {
      var j = end + 1
      var neg = false
      if b[end] == 0x5E {
        while j < b.count && (b[j] == 0x2B || b[j] == 0x2D) {
          if b[j] == 0x2D { neg.toggle() }
          j += 1
        }
      } else if j < b.count && (b[j] == 0x2B || b[j] == 0x2D) {
        neg = b[j] == 0x2D
        j += 1
      }
      let es = j
      var e = 0
      while let (d, l) = digit(j), j - es < 6 {
        e = e * 10 + d
        j += l
      }
      if j > es && !isLetter(j) && digit(j) == nil {
        if b[end] == 0x5E {
          value = ipow(value, Double(neg ? -e : e))
        } else {
          value = neg ? value / ipow(10.0, Double(e)) : value * ipow(10.0, Double(e))
        }
        num.value = value
        num.plain = false
        num.end = j
        end = j
      }
    }
    // Fraction "3/4" (not inside a chain such as a date).
    if num.plain && intDigits <= 3 && end + 1 < b.count && b[end] == 0x2F, digit(end + 1) != nil,
      !(p > 1 && (b[p - 1] == 0x2F || b[p - 1] == 0x2D) && digit(p - 2) != nil)
    {
      var j = end + 1
      let ds = j
      while let (_, l) = digit(j) { j += l }
      let after = j < b.count ? b[j] : 0
      if after != 0x2F && after != 0x2D && !(after == 0x2E && digit(j + 1) != nil) {
        let den = integerValue(ds, j)
        if den != 0 {
          num.value = value / den
          num.plain = false
          num.isFraction = true
          num.end = j
          end = j
        }
      } else {
        num.chainPart = true
      }
    }
    // Vulgar fraction right after ("3½").
    if let (v, l) = vulgar(end) {
      num.value += v
      num.plain = false
      num.end = end + l
      end += l
    }
    // Letters glued to the digits: multiplier, ordinal ending or a unit.
    if end + 2 < b.count, b[end] == 0x2E, b[end + 1] == 0xC2, b[end + 2] == 0xAA || b[end + 2] == 0xBA, num.plain {
      // "23.ª edición", "3.º piso"
      num.ordinal = true
      num.plain = false
      num.end = end + 3
    } else if isLetter(end) {
      var j = end
      while isLetter(j) { j += letterLength(j) }
      let mi = common.suffixMultiplierTrie.terminal(raw: b, end, j)
      if let m = mi >= 0 ? common.suffixMultiplierValues[Int(mi)] : (j - end == 1 && b[end] == 0x6D && currencyBefore(p) ? 1e6 : nil) {
        num.value *= m
        num.plain = false
        num.hasSuffixMultiplier = true
        num.end = j
      } else if lang.ordinalDigitSuffixTrie.terminal(normalizing: b, end, j) >= 0 {
        num.ordinal = true
        num.plain = false
        num.end = j
      } else {
        num.glued = true
        num.end = j
      }
    } else if end < b.count, b[end] == 0x3A, end + 1 < b.count, isLetter(end + 1) {
      // Swedish "2:a"
      var j = end + 1
      while isLetter(j) { j += letterLength(j) }
      let word = Array(b[end..<j])
      if lang.ordinalDigitSuffixes.contains(word) {
        num.ordinal = true
        num.end = j
      }
    } else if end + 1 < b.count, b[end] == 0x20 || (end + 2 < b.count && b[end] == 0x20 && b[end + 1] == 0x20) {
      // A spaced one-letter multiplier: "2.33 k", "- 10  k".
      var j = end
      while j < b.count && b[j] == 0x20 && j - end < 2 { j += 1 }
      if j < b.count, common.spacedByte[Int(b[j])], !isLetter(j + 1), digit(j + 1) == nil {
        let mi = common.suffixMultiplierTrie.terminal(raw: b, j, j + 1)
        num.value *= mi >= 0 ? common.suffixMultiplierValues[Int(mi)] : 1
        num.plain = false
        num.hasSuffixMultiplier = true
        num.end = j + 1
      }
    }
    out.append(num)
    // The rest of the chain after an unused separator starts new numbers.
    return num.end
  }

  /// A currency symbol right before offset `p` ("£1.2m": the "m" means million).
  func currencyBefore(_ p: Int) -> Bool {
    var q = p
    if q > 0, b[q - 1] == 0x2D { q -= 1 }
    return common.currencySymbol(endingAt: q, in: b) != nil
  }

  @inline(__always)
  func isLetter(_ i: Int) -> Bool { letterAt(b, i) }

  func letterLength(_ i: Int) -> Int {
    let c = b[i]
    if c < 0x80 { return 1 }
    if c < 0xE0 { return 2 }
    if c < 0xF0 { return 3 }
    return 4
  }

  /// A vulgar fraction character at `i`: ½ ⅓ ¼ …
  func vulgar(_ i: Int) -> (Double, Int)? {
    guard i + 1 < b.count else { return nil }
    if b[i] == 0xC2 {
      switch b[i + 1] {
      case 0xBC: return (0.25, 2)
      case 0xBD: return (0.5, 2)
      case 0xBE: return (0.75, 2)
      default: return nil
      }
    }
    if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x85 {
      let t: [UInt8: Double] = [
        0x90: 1.0 / 7, 0x91: 1.0 / 9, 0x92: 0.1, 0x93: 1.0 / 3, 0x94: 2.0 / 3, 0x95: 0.2, 0x96: 0.4, 0x97: 0.6,
        0x98: 0.8, 0x99: 1.0 / 6, 0x9A: 5.0 / 6, 0x9B: 0.125, 0x9C: 0.375, 0x9D: 0.625, 0x9E: 0.875,
      ]
      if let v = t[b[i + 2]] { return (v, 3) }
    }
    return nil
  }

  /// The integer value of the digits in `s..<e`, skipping separators.
  func integerValue(_ s: Int, _ e: Int) -> Double {
    var v: UInt64 = 0
    var n = 0
    var i = s
    var big: Double = 0
    var useBig = false
    while i < e {
      if let (d, l) = digit(i) {
        if !useBig && n >= 18 {
          useBig = true
          big = Double(v)
        }
        if useBig { big = big * 10 + Double(d) } else { v = v * 10 + UInt64(d) }
        n += 1
        i += l
      } else {
        i += 1
      }
    }
    return useBig ? big : Double(v)
  }

  func fractionValue(_ s: Int, _ e: Int) -> Double {
    var v: UInt64 = 0
    var n = 0
    var i = s
    while i < e, n < 18, let (d, l) = digit(i) {
      v = v * 10 + UInt64(d)
      n += 1
      i += l
    }
    return Double(v) / ipow(10.0, Double(n))
  }
}

@inline(__always)
func ipow(_ x: Double, _ y: Double) -> Double {
  if y == 0 { return 1 }
  // integral powers by squaring; the stage only meets integral exponents
  guard y == y.rounded(), abs(y) < 100_000 else { return y > 0 ? (x == 0 ? 0 : .infinity) : 0 }
  var e = Int(abs(y))
  var base = x
  var r = 1.0
  while e > 0 {
    if e & 1 == 1 { r *= base }
    base *= base
    e >>= 1
  }
  return y < 0 ? 1 / r : r
}

/// True when a letter starts at `i` (Latin, Greek, Cyrillic, Arabic; not digits or marks).
func letterAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
  guard i < b.count else { return false }
  let c = b[i]
  if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
  if c == 0xC2 { return i + 1 < b.count && (b[i + 1] == 0xBA || b[i + 1] == 0xAA) }  // º ª
  if c == 0xC3 { return i + 1 < b.count && b[i + 1] != 0x97 && b[i + 1] != 0xB7 }
  if c >= 0xC4 && c <= 0xD4 { return true }  // Latin Extended, Greek, Cyrillic
  if c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB {  // Arabic letters, not digits or marks
    if c == 0xD9, i + 1 < b.count, b[i + 1] >= 0xA0, b[i + 1] <= 0xA9 { return false }
    if c == 0xDB, i + 1 < b.count, b[i + 1] >= 0xB0, b[i + 1] <= 0xB9 { return false }
    if c == 0xD9, i + 1 < b.count, b[i + 1] == 0xAB || b[i + 1] == 0xAC { return false }
    if c == 0xD8, i + 1 < b.count, b[i + 1] == 0x8C || b[i + 1] == 0x9B || b[i + 1] == 0x9F { return false }
    return true
  }
  return false
}
