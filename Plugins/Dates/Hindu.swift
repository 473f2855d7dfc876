// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation

/// The Hindu lunisolar calendar, computed from low-precision series for the
/// sun and the moon (errors of a few arcminutes, enough for lunar days).
/// Times are Julian days; civil days are taken in Indian Standard Time
/// (UT+5:30) and sunrise is reckoned for a fixed place in northern India.
enum Hindu {
  private static let rad = Double.pi / 180
  private static let ist = 5.5 / 24
  private static let latitude = 28.6, longitude = 77.2

  static func norm(_ x: Double) -> Double {
    let r = x.truncatingRemainder(dividingBy: 360)
    return r < 0 ? r + 360 : r
  }

  /// Julian day of 0h UT at the start of day number `z` (days since 1970-01-01).
  static func jd(_ z: Int) -> Double { Double(z) + 2440587.5 }

  /// Apparent tropical longitude of the sun (degrees).
  static func sun(_ jd: Double) -> Double {
    let t = (jd - 2451545) / 36525
    let l0 = 280.46646 + 36000.76983 * t
    let m = (357.52911 + 35999.05029 * t) * rad
    let c = (1.914602 - 0.004817 * t) * sin(m) + 0.019993 * sin(2 * m) + 0.000289 * sin(3 * m)
    let omega = (125.04 - 1934.136 * t) * rad
    return norm(l0 + c - 0.00569 - 0.00478 * sin(omega))
  }

  /// The main periodic terms of the moon's longitude: coefficients (1e-6 degree) of
  /// sin(d·D + m·M + m'·M' + f·F).
  private static let moonTerms: [(Double, Double, Double, Double, Double)] = [
    (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314), (0, 0, 2, 0, 213618),
    (0, 1, 0, 0, -185116), (0, 0, 0, 2, -114332), (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066),
    (2, 0, 1, 0, 53322), (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
    (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528), (0, 0, 1, -2, 10980),
    (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034), (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888),
    (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
    (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689),
  ]

  /// Apparent tropical longitude of the moon (degrees).
  static func moon(_ jd: Double) -> Double {
    let t = (jd - 2451545) / 36525
    let lp = 218.3164477 + 481267.88123421 * t
    let d = (297.8501921 + 445267.1114034 * t) * rad
    let m = (357.5291092 + 35999.0502909 * t) * rad
    let mp = (134.9633964 + 477198.8675055 * t) * rad
    let f = (93.2720950 + 483202.0175233 * t) * rad
    var sum = 0.0
    for (a, b, c, e, k) in moonTerms { sum += k * sin(a * d + b * m + c * mp + e * f) }
    let omega = (125.04 - 1934.136 * t) * rad
    return norm(lp + sum / 1e6 - 0.00478 * sin(omega))
  }

  /// Lahiri ayanamsa, linearly: 23°51' at J2000, precessing 50.29" a year.
  static func ayanamsa(_ jd: Double) -> Double { 23.853 + (jd - 2451545) / 365.25 * (50.29 / 3600) }

  static func siderealSun(_ jd: Double) -> Double { norm(sun(jd) - ayanamsa(jd)) }

  static func elongation(_ jd: Double) -> Double { norm(moon(jd) - sun(jd)) }

  /// The new moon nearest to `jd`.
  static func newMoon(near jd: Double) -> Double {
    var t = jd
    for _ in 0..<8 {
      var e = elongation(t)
      if e > 180 { e -= 360 }
      t -= e / 12.19
      if abs(e) < 1e-5 { break }
    }
    return t
  }

  /// The moment the sidereal sun enters sign `sign` (0 = Mesha) after `jd` (within a year).
  static func sankranti(_ sign: Int, after jd: Double) -> Double {
    var t = jd + norm(Double(sign) * 30 - siderealSun(jd)) / 0.9856
    for _ in 0..<6 {
      var e = siderealSun(t) - Double(sign) * 30
      e = norm(e + 180) - 180
      t -= e / 0.9856
      if abs(e) < 1e-6 { break }
    }
    return t
  }

  /// Sunrise, as a Julian day, on day number `z` (IST civil day).
  static func sunrise(_ z: Int) -> Double {
    let noon = jd(z) + (12 + (82.5 - longitude) / 15) / 24 - ist
    let eps = 23.44 * rad
    let dec = asin(sin(eps) * sin(sun(noon) * rad))
    let phi = latitude * rad
    let cosH = (sin(-0.833 * rad) - sin(phi) * sin(dec)) / (cos(phi) * cos(dec))
    let h = acos(max(-1, min(1, cosH))) / rad
    return noon - h / 360
  }

  /// The moment of day `z` at which a lunar day is taken: sunrise, or an IST hour of the day (may exceed 24).
  static func moment(_ z: Int, hour: Double?) -> Double {
    guard let hour else { return sunrise(z) }
    return jd(z) - ist + hour / 24
  }

  /// A lunar month: its new moon and its name (1 = Chaitra … 12 = Phalguna), amanta reckoning.
  struct Lunation { let start: Double; let end: Double; let month: Int; let leap: Bool }

  nonisolated(unsafe) private static var lunationCache: [Int: [Lunation]] = [:]
  nonisolated(unsafe) private static var sankrantiCache: [Int: Double] = [:]
  private static let lock = NSLock()

  /// The lunations that begin from December of the year before through January of the next.
  static func lunations(_ y: Int) -> [Lunation] {
    lock.lock()
    if let l = lunationCache[y] { lock.unlock(); return l }
    lock.unlock()
    var starts: [Double] = []
    var t = newMoon(near: jd(Cal.days(y - 1, 11, 20)))
    while t < jd(Cal.days(y + 1, 3, 1)) {
      starts.append(t)
      t = newMoon(near: t + 29.53)
    }
    // a month is named by the sign the sun is in at its new moon; a month with no sign change is a leap month
    let signs = starts.map { Int(siderealSun($0) / 30) }
    var out: [Lunation] = []
    for i in 0..<(starts.count - 1) {
      let leap = i + 1 < signs.count && signs[i + 1] == signs[i]
      out.append(Lunation(start: starts[i], end: starts[i + 1], month: (signs[i] + 1) % 12 + 1, leap: leap))
    }
    lock.lock()
    lunationCache[y] = out
    lock.unlock()
    return out
  }

  /// Lunar day (1…30) at `t` within lunation `l`; 31 past its end, 0 before its start.
  static func tithi(_ t: Double, in l: Lunation) -> Int {
    if t < l.start { return 0 }
    if t >= l.end { return 31 }
    return min(30, Int(elongation(t) / 12) + 1)
  }

  /// The day of lunar day `tithi` of month `month`, taken at `hour` (sunrise when nil), in Gregorian year `y`.
  static func lunarDay(month: Int, tithi target: Int, hour: Double?, year y: Int) -> Int? {
    for l in lunations(y) where l.month == month && !l.leap {
      let z0 = Int((l.start + ist - 2440587.5).rounded(.down)) - 1
      var found: Int?
      for z in z0...(z0 + 32) {
        let k = tithi(moment(z, hour: hour), in: l)
        if k == target { found = z; break }
        // the lunar day began and ended between two such moments: the day it ran
        if k > target { found = z - 1; break }
      }
      if let f = found, Cal.civil(f).y == y { return f }
    }
    return nil
  }

  /// The day the sidereal sun enters sign `sign` (0 = Mesha) in year `y`; a transit after 18h IST counts for the next day.
  static func sankrantiDay(_ sign: Int, year y: Int) -> Int {
    let key = y * 16 + sign
    lock.lock()
    if let t = sankrantiCache[key] { lock.unlock(); return Int((t + ist + 0.25 - 2440587.5).rounded(.down)) }
    lock.unlock()
    let t = sankranti(sign, after: jd(Cal.days(y, 1, 1)))
    lock.lock()
    sankrantiCache[key] = t
    lock.unlock()
    return Int((t + ist + 0.25 - 2440587.5).rounded(.down))
  }

  /// The day in the solar month of sign `sign` when the moon is, at `hour` (sunrise when nil), in lunar mansion `star` (1…27).
  static func starDay(sign: Int, star: Int, hour: Double?, year y: Int) -> Int? {
    let z0 = sankrantiDay(sign, year: y)
    for z in z0..<(z0 + 32) {
      let t = moment(z, hour: hour)
      let lon = norm(moon(t) - ayanamsa(t))
      if Int(lon / (360.0 / 27)) + 1 == star { return z }
    }
    return nil
  }
}
