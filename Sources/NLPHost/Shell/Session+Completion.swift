// SPDX-License-Identifier: GPL-3.0-or-later

extension Session {
  /// What tab completion offers for the word that starts at `wordStart` in `line`.
  ///
  /// Returns nil when the word is a file path (the line editor completes those).
  public func completions(line: String, wordStart: Int) -> [String]? {
    let chars = Array(line)
    let start = min(wordStart, chars.count)
    let before = String(chars[..<start])
    let word = String(chars[start...]).components(separatedBy: " ").first ?? ""
    func matching(_ options: [String]) -> [String] {
      Array(Set(options.filter { $0.hasPrefix(word) })).sorted()
    }
    let trimmed = before.trimmed()
    let commandNames = Session.commands.map(\.name)
    if trimmed.isEmpty { return matching(commandNames + registry.names) }

    var first = String(trimmed.prefix { $0 != " " && $0 != "(" && $0 != "|" })
    if first.hasPrefix(".") { first.removeFirst() }
    let spec = Session.commands.first { $0.name == first || $0.aliases.contains(first) }
    let isChain = spec?.arguments == .chain || registry.plugin(named: first) != nil || trimmed.contains("|")
    if isChain {
      // Inside stage( … ): the stage's options.
      if let open = before.lastIndex(of: "("), !before[open...].contains(")") {
        let stageName = before[..<open].split(whereSeparator: { $0 == "|" || $0 == " " }).last.map(String.init) ?? ""
        guard let p = registry.plugin(named: stageName) else { return [] }
        return matching(p.info.options.map { $0.name + "=" })
      }
      return matching(registry.names)
    }
    switch spec?.arguments ?? .none {
    case .paths, .path: return nil
    case .documents:
      if trimmed == first { return matching(corpus.map(\.id)) }
      return matching(Array(Set(corpus.flatMap { $0.annotations.map(\.type) })))
    case .types:
      if trimmed == first { return matching(Array(Set(workingSet.flatMap { $0.annotations.map(\.type) }))) }
      let keys = Set(workingSet.flatMap { $0.annotations.flatMap { $0.attrs.pairs.map(\.key) } })
      return matching(keys.map { $0 + "~" } + ["text~"])
    case .stagesAndCommands: return matching(commandNames + registry.names)
    case .filter:
      let keys = Set(corpus.flatMap { $0.attrs.pairs.map(\.key) })
      return matching(["clear", "has=", "id~", "stage=", "failed="] + keys.map { $0 + "=" })
    case .settings: return matching(["color", "maxrows", "workers"])
    case .chain, .none: return []
    }
  }
}
