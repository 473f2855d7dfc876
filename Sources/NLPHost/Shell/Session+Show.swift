// SPDX-License-Identifier: GPL-3.0-or-later

extension Session {
  /// Background colours for annotation types, assigned in order of first use.
  static let palette: [Console.Style] = [.bgYellow, .bgCyan, .bgGreen, .bgMagenta, .bgBlue, .bgRed, .bgWhite]

  func showDocument(_ arg: String) throws {
    let args = splitArguments(arg)
    guard let which = args.first else { throw ShellError("show needs a document: show 1, or show da-havn") }
    let doc = try document(which)
    let only = Set(args.dropFirst())
    let anns = doc.annotations.filter { only.isEmpty || only.contains($0.type) }
    let types = Array(Set(anns.map(\.type))).sorted()
    var style: [String: Console.Style] = [:]
    for (i, t) in types.enumerated() { style[t] = Session.palette[i % Session.palette.count] }

    var header = console.paint(doc.id, .bold)
    let meta = doc.attrs.pairs.map { "\($0.key)=\($0.value)" }.joined(separator: "  ")
    if !meta.isEmpty { header += "  " + console.paint(meta, .dim) }
    console.print(header)
    if !doc.provenance.isEmpty {
      console.print(console.paint("made by: " + doc.provenance.map(\.id).joined(separator: ", "), .dim))
    }
    if !types.isEmpty {
      let legend = types.map { t in
        console.color ? console.paint(" \(t) ", style[t]!) : "[…]\(t)"
      }.joined(separator: " ")
      console.print("legend: " + legend)
    }
    console.print("")
    console.print(console.color ? highlighted(doc, anns, style) : bracketed(doc, anns))
    if !doc.failures.isEmpty {
      console.print("")
      for f in doc.failures { console.error("\(f.stage): \(f.message)") }
    }
    if !anns.isEmpty {
      console.print("")
      var rows: [[String]] = []
      for a in anns {
        rows.append([a.type, doc.text(a.start, a.end).replacingOccurrences(of: "\n", with: " "),
                     a.attrs.pairs.map { "\($0.key)=\($0.value)" }.joined(separator: " "), a.stage])
      }
      for l in renderTable(["type", "text", "attributes", "stage"], rows, maxWidth: console.width) { console.print(l) }
    }
  }

  /// The text with each stretch painted in the colour of its innermost annotation.
  func highlighted(_ doc: Document, _ anns: [Annotation], _ style: [String: Console.Style]) -> String {
    var cuts = Set([0, doc.utf8.count])
    for a in anns {
      cuts.insert(a.start)
      cuts.insert(a.end)
    }
    let points = cuts.sorted()
    var out = ""
    for (s, e) in zip(points, points.dropFirst()) where s < e {
      let piece = doc.text(s, e)
      // The innermost covering annotation: the one that starts last (then ends first).
      let cover = anns.filter { $0.start <= s && $0.end >= e && $0.start < $0.end }
        .max { ($0.start, -$0.end) < ($1.start, -$1.end) }
      if let c = cover, let st = style[c.type] {
        // Paint line by line so colour does not bleed across line ends.
        out += piece.split(separator: "\n", omittingEmptySubsequences: false)
          .map { $0.isEmpty ? "" : console.paint(String($0), st) }.joined(separator: "\n")
      } else {
        out += piece
      }
    }
    return out
  }

  /// The text with `[` … `]type` around each annotation, for output without colour.
  func bracketed(_ doc: Document, _ anns: [Annotation]) -> String {
    var opens: [Int: Int] = [:]
    var closes: [Int: [String]] = [:]
    for a in anns {
      opens[a.start, default: 0] += 1
      closes[a.end, default: []].append(a.type)
    }
    var cuts = Set([0, doc.utf8.count])
    cuts.formUnion(opens.keys)
    cuts.formUnion(closes.keys)
    let points = cuts.sorted()
    var out = ""
    for (i, p) in points.enumerated() {
      // Inner spans close first: annotations are sorted outer-first, so reverse.
      if let c = closes[p] { out += c.reversed().map { "]\($0)" }.joined() }
      if let n = opens[p] { out += String(repeating: "[", count: n) }
      if i + 1 < points.count { out += doc.text(p, points[i + 1]) }
    }
    return out
  }
}
