// SPDX-License-Identifier: GPL-3.0-or-later

/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).
enum Cal {
  static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
    let yy = m <= 2 ? y - 1 : y
    let era = (yy >= 0 ? yy : yy - 399) / 400
    let yoe = yy - era * 400
    let mp = (m + 9) % 12
    let doy = (153 * mp + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civil(_ z0: Int) -> (y: Int, m: Int, d: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  static func monthLength(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: return isLeap(y) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// 1 = Monday … 7 = Sunday.
  static func weekday(_ z: Int) -> Int { ((z % 7 + 7 + 3) % 7) + 1 }

  static func valid(_ y: Int?, _ m: Int, _ d: Int) -> Bool {
    guard m >= 1, m <= 12, d >= 1 else { return false }
    return d <= (y.map { monthLength($0, m) } ?? (m == 2 ? 29 : monthLength(2001, m)))
  }

  static func iso(_ z: Int) -> String {
    let c = civil(z)
    return ymd(c.y, c.m, c.d)
  }

  static func ymd(_ y: Int, _ m: Int, _ d: Int) -> String { "\(pad4(y))-\(pad2(m))-\(pad2(d))" }
  static func ym(_ y: Int, _ m: Int) -> String { "\(pad4(y))-\(pad2(m))" }
  static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  static func pad4(_ n: Int) -> String {
    n >= 1000 ? "\(n)" : n >= 100 ? "0\(n)" : n >= 10 ? "00\(n)" : "000\(n)"
  }

  /// ISO 8601 week of a day: "2021-W34".
  static func isoWeek(_ z: Int) -> String {
    let thursday = z - (weekday(z) - 1) + 3
    let y = civil(thursday).y
    let week = (thursday - days(y, 1, 1)) / 7 + 1
    return "\(pad4(y))-W\(pad2(week))"
  }

  /// Adds months, clamping the day to the target month's length.
  static func addMonths(_ y: Int, _ m: Int, _ d: Int, _ k: Int) -> (y: Int, m: Int, d: Int) {
    let t = y * 12 + (m - 1) + k
    let ny = t >= 0 ? t / 12 : (t - 11) / 12
    let nm = t - ny * 12 + 1
    return (ny, nm, min(d, monthLength(ny, nm)))
  }

  /// Easter Sunday (Gregorian computus).
  static func easter(_ y: Int) -> Int {
    let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
    let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
    let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return days(y, month, day)
  }

  /// The n-th (1…5, or -1 for the last) weekday `wd` (1 = Monday) of a month.
  static func nthWeekday(_ y: Int, _ m: Int, _ n: Int, _ wd: Int) -> Int {
    if n < 0 {
      let last = days(y, m, monthLength(y, m))
      return last - ((weekday(last) - wd + 7) % 7)
    }
    let first = days(y, m, 1)
    return first + (wd - weekday(first) + 7) % 7 + 7 * (n - 1)
  }
}
