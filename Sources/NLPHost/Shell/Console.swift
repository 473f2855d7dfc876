// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation

/// Where the shell writes: results to `out`, diagnostics and progress to `err`.
public final class Console: @unchecked Sendable {
  public var color: Bool
  /// True when a person is watching: progress bars, truncated tables.
  public var interactive: Bool
  /// Terminal width for tables and wrapping.
  public var width: Int
  let out: (String) -> Void
  let err: (String) -> Void

  public init(
    color: Bool = false, interactive: Bool = false, width: Int = 100,
    out: @escaping (String) -> Void, err: @escaping (String) -> Void
  ) {
    self.color = color
    self.interactive = interactive
    self.width = width
    self.out = out
    self.err = err
  }

  /// A console on the process's stdout and stderr.
  public static func standard(color: Bool, interactive: Bool) -> Console {
    Console(
      color: color, interactive: interactive, width: terminalWidth(),
      out: { s in FileHandle.standardOutput.write(Data((s + "\n").utf8)) },
      err: { s in FileHandle.standardError.write(Data((s + "\n").utf8)) })
  }

  public func print(_ s: String) { out(s) }
  public func warn(_ s: String) { err(paint("warning: ", .yellow) + s) }
  public func note(_ s: String) { err(paint("note: ", .cyan) + s) }
  public func error(_ s: String) { err(paint("error: ", .red) + s) }
  /// An error in a script: `FILE:LINE: error: …`.
  public func error(_ s: String, at location: String) { err("\(location): " + paint("error: ", .red) + s) }

  public enum Style: String {
    case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    case bold = "1", dim = "2", underline = "4", inverse = "7"
    case bgYellow = "30;43", bgCyan = "30;46", bgGreen = "30;42", bgMagenta = "30;45"
    case bgBlue = "30;44", bgRed = "30;41", bgWhite = "30;47"
  }

  /// `s` in `style` when colour is on, else `s` as is.
  public func paint(_ s: String, _ style: Style) -> String {
    color ? "\u{1B}[\(style.rawValue)m\(s)\u{1B}[0m" : s
  }

  /// Writes a progress line in place (stderr, interactive only).
  func progress(_ s: String) {
    guard interactive else { return }
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + s).utf8))
  }

  func endProgress() {
    guard interactive else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}

func terminalWidth() -> Int {
  var w = winsize()
  if ioctl(1, UInt(TIOCGWINSZ), &w) == 0, w.ws_col > 20 { return Int(w.ws_col) }
  if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c), n > 20 { return n }
  return 100
}

/// Whether colour should be used on stdout: `auto` means a TTY, no NO_COLOR, TERM not dumb.
public func shouldUseColor(mode: String) -> Bool {
  switch mode {
  case "always": return true
  case "never": return false
  default:
    let env = ProcessInfo.processInfo.environment
    if let nc = env["NO_COLOR"], !nc.isEmpty { return false }
    if env["TERM"] == "dumb" { return false }
    return isatty(1) != 0
  }
}

/// Display width of a string: combining marks take none, wide East Asian characters two.
func displayWidth(_ s: String) -> Int {
  var w = 0
  for u in s.unicodeScalars {
    switch u.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: continue
    default: break
    }
    let v = u.value
    w += (v >= 0x1100 && (v <= 0x115F || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v))) ? 2 : 1
  }
  return w
}

/// `s` cut to `width` display columns, with an ellipsis when cut.
func truncate(_ s: String, _ width: Int) -> String {
  if displayWidth(s) <= width { return s }
  var out = ""
  var w = 0
  for ch in s {
    let cw = displayWidth(String(ch))
    if w + cw > width - 1 { break }
    out.append(ch)
    w += cw
  }
  return out + "…"
}

/// A plain text table with a header row.
func renderTable(_ header: [String], _ rows: [[String]], maxWidth: Int, rightAligned: Set<Int> = []) -> [String] {
  let n = header.count
  var widths = header.map(displayWidth)
  for r in rows { for i in 0..<n { widths[i] = max(widths[i], displayWidth(r[i])) } }
  // Shrink the widest columns until the table fits.
  var total = widths.reduce(0, +) + 2 * (n - 1)
  while total > maxWidth, let i = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[i] > 8 {
    widths[i] -= 1
    total -= 1
  }
  func line(_ cells: [String]) -> String {
    var parts: [String] = []
    for i in 0..<n {
      let c = truncate(cells[i], widths[i])
      let pad = String(repeating: " ", count: max(0, widths[i] - displayWidth(c)))
      parts.append(rightAligned.contains(i) ? pad + c : (i == n - 1 ? c : c + pad))
    }
    return parts.joined(separator: "  ")
  }
  var out = [line(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
  out += rows.map(line)
  return out
}
