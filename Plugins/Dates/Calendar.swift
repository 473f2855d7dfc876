// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

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

  /// A day of the n-th ISO week of year `y` (n < 0: counted from the end): the first week holds 4 January, the last
  /// 28 December. nil when the year has no such week ("week 54", "the 60th week").
  static func dayInWeek(_ n: Int, ofYear y: Int) -> Int? {
    guard n != 0 else { return nil }
    let z = n < 0 ? days(y, 12, 28) + 7 * (n + 1) : days(y, 1, 4) + 7 * (n - 1)
    // the year a week belongs to is the year of its Thursday
    return civil(z - (weekday(z) - 1) + 3).y == y ? z : nil
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

  /// Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar.
  static func orthodoxEaster(_ y: Int) -> Int {
    let a = y % 4, b = y % 7, c = y % 19
    let d = (19 * c + 15) % 30
    let e = (2 * a + 4 * b - d + 34) % 7
    let month = (d + e + 114) / 31
    let day = (d + e + 114) % 31 + 1
    // Julian day to Gregorian: the Julian calendar runs behind by (y/100 - y/400 - 2) days
    let lag = y / 100 - y / 400 - 2
    return days(y, month, day) + lag
  }

  nonisolated(unsafe) private static var calendars: [Calendar.Identifier: Calendar] = [:]
  private static let calendarLock = NSLock()
  private static let utc = TimeZone(identifier: "UTC")!

  private static func calendar(_ id: Calendar.Identifier) -> Calendar {
    calendarLock.lock()
    defer { calendarLock.unlock() }
    if let c = calendars[id] { return c }
    var c = Calendar(identifier: id)
    c.timeZone = utc
    calendars[id] = c
    return c
  }

  private struct OtherDayKey: Hashable {
    var id: Calendar.Identifier
    var m: Int
    var d: Int
    var y: Int
  }
  /// the answers of `otherCalendarDays` so far (ICU's calendars are slow to ask; the answers never change)
  nonisolated(unsafe) private static var otherDays: [OtherDayKey: [Int]] = [:]
  private static let otherDaysLock = NSLock()

  /// The first day in Gregorian year `y` that is day `d` of month `m` in another calendar (ICU's).
  static func otherCalendarDay(_ id: Calendar.Identifier, _ m: Int, _ d: Int, inGregorianYear y: Int) -> Int? {
    otherCalendarDays(id, m, d, inGregorianYear: y).first
  }

  /// Every day in Gregorian year `y` that is day `d` of month `m` in another calendar, in order (a lunar year is shorter
  /// than a Gregorian one: an Islamic day falls twice in some years).
  static func otherCalendarDays(_ id: Calendar.Identifier, _ m: Int, _ d: Int, inGregorianYear y: Int) -> [Int] {
    let key = OtherDayKey(id: id, m: m, d: d, y: y)
    otherDaysLock.lock()
    let known = otherDays[key]
    otherDaysLock.unlock()
    if let known { return known }
    let z = computeOtherCalendarDays(id, m, d, inGregorianYear: y)
    otherDaysLock.lock()
    otherDays[key] = z
    otherDaysLock.unlock()
    return z
  }

  private static func computeOtherCalendarDays(_ id: Calendar.Identifier, _ m: Int, _ d: Int, inGregorianYear y: Int) -> [Int] {
    // the Umm al-Qura tables are the official reckoning from 1420 AH (1999); before, the astronomical one
    let cal = calendar(id == .islamicUmmAlQura && y < 1999 ? .islamic : id)
    var seen = Set<[Int]>()
    var found: [Int] = []
    for probe in [days(y, 1, 1), days(y, 7, 1), days(y, 12, 31)] {
      let date = Date(timeIntervalSince1970: Double(probe) * 86400 + 43200)
      let c = cal.dateComponents([.era, .year], from: date)
      guard let era = c.era, let cy = c.year else { continue }
      for dy in [-1, 0] {
        let key = [era, cy + dy]
        guard !seen.contains(key) else { continue }
        seen.insert(key)
        var dc = DateComponents()
        dc.era = era
        dc.year = cy + dy
        dc.month = m
        dc.day = d
        dc.hour = 12
        guard let when = cal.date(from: dc) else { continue }
        // the calendar may clamp an impossible day to another month: check it round-trips
        let back = cal.dateComponents([.month, .day], from: when)
        guard back.month == m, back.day == d else { continue }
        let z = Int((when.timeIntervalSince1970 / 86400).rounded(.down))
        if civil(z).y == y { found.append(z) }
      }
    }
    return Array(Set(found)).sorted()
  }
}
