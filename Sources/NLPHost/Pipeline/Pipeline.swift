// SPDX-License-Identifier: GPL-3.0-or-later

/// A chain checked against the loaded stages, ready to run.
public final class Pipeline: @unchecked Sendable {
  public struct Step: @unchecked Sendable {
    public let plugin: Plugin
    public let options: [(String, String)]
    /// `stage@version#confighash`: what made an annotation, for caching and `why`.
    public let provenance: String
    public var name: String { plugin.info.name }
  }

  public let spec: ChainSpec
  public let steps: [Step]
  /// Things worth saying that do not stop the chain (a stage that reads
  /// something a later stage provides, an attribute that must come from input).
  public let notes: [String]

  init(spec: ChainSpec, steps: [Step], notes: [String]) {
    self.spec = spec
    self.steps = steps
    self.notes = notes
  }

  /// Checks stage names, options and requirements, before any document is touched.
  ///
  /// - Parameter available: annotation types and `@attributes` already on the
  ///   documents (from earlier runs in a session, or input metadata).
  public static func build(
    _ spec: ChainSpec, registry: StageRegistry, available: Set<String> = []
  ) throws -> Pipeline {
    var steps: [Step] = []
    var provided = available
    var notes: [String] = []
    var seen = Set<String>()
    for step in spec.steps {
      guard let plugin = registry.plugin(named: step.name) else {
        throw ChainError.unknownStage(
          step.name, suggestions: registry.suggestions(for: step.name), available: registry.names)
      }
      let info = plugin.info
      if !seen.insert(info.name).inserted {
        throw ChainError.badOption(stage: info.name, message: "appears twice in the chain")
      }
      var names = Set<String>()
      for (key, value) in step.options {
        guard let opt = info.option(key) else {
          let all = info.options.map(\.name)
          throw ChainError.unknownOption(
            stage: info.name, option: key, suggestions: closest(to: key, among: all), available: all)
        }
        if !names.insert(key).inserted {
          throw ChainError.badOption(stage: info.name, message: "option '\(key)' is given twice")
        }
        if let problem = opt.check(value) { throw ChainError.badOption(stage: info.name, message: problem) }
      }
      for req in info.requires where !provided.contains(req) {
        let providers = registry.plugins.filter { $0.info.provides.contains(req) }.map(\.info.name)
        if req.hasPrefix("@") {
          notes.append(
            "\(info.name) requires document attribute '\(req.dropFirst())': no earlier stage provides it, so each document must bring it")
        } else {
          throw ChainError.unmetRequirement(stage: info.name, requirement: req, providers: providers)
        }
      }
      for r in info.reads where !provided.contains(r) {
        if let later = spec.steps.drop(while: { $0.name != step.name }).dropFirst().first(where: {
          registry.plugin(named: $0.name)?.info.provides.contains(r) ?? false
        }) {
          notes.append("\(info.name) reads '\(r)', which \(later.name) provides later in the chain; put \(later.name) first to use it")
        }
      }
      provided.formUnion(info.provides)
      let hash = fnv1a(step.options.sorted { $0.0 < $1.0 }.map { "\($0.0)=\($0.1)" }.joined(separator: "\u{1f}"))
      steps.append(
        Step(plugin: plugin, options: step.options, provenance: "\(info.name)@\(info.version)#\(hash)"))
    }
    return Pipeline(spec: spec, steps: steps, notes: notes)
  }

  public var stageNames: [String] { steps.map(\.name) }
}

/// 32-bit FNV-1a as 8 hex digits: a short, stable configuration hash.
func fnv1a(_ s: String) -> String {
  var h: UInt32 = 0x811c_9dc5
  for b in s.utf8 {
    h ^= UInt32(b)
    h = h &* 0x0100_0193
  }
  let hex = String(h, radix: 16)
  return String(repeating: "0", count: 8 - hex.count) + hex
}
