// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import Testing
@testable import NLPHost

@Suite struct PluginLoadingTests {
  @Test func builtPluginsAreDiscoveredWithHonestMetadata() throws {
    let names = Set(sharedRegistry.names)
    #expect(names.isSuperset(of: ["langid", "quotes", "dates", "numbers", "sentences"]))
    let quotes = try #require(sharedRegistry.plugin(named: "quotes")).info
    #expect(quotes.path.hasSuffix("/libQuotes.so"))
    #expect(quotes.provides.contains("quote"))
    let langid = try #require(sharedRegistry.plugin(named: "langid")).info
    #expect(langid.provides.contains("@lang"))
    let dates = try #require(sharedRegistry.plugin(named: "dates")).info
    #expect(dates.provides.contains("date"))
    let sentences = try #require(sharedRegistry.plugin(named: "sentences")).info
    #expect(sentences.options.map(\.name) == ["min_chars"])
    #expect(sentences.options[0].kind == .int)
    #expect(sentences.options[0].defaultValue == "1")
  }

  @Test func missingFile() {
    #expect(throws: PluginLoadError.notFound("/nonexistent/libFoo.so")) {
      try Plugin.load(path: "/nonexistent/libFoo.so")
    }
  }

  @Test func notASharedObject() throws {
    let path = NSTemporaryDirectory() + "libText-\(getpid()).so"
    try "hello".write(toFile: path, atomically: true, encoding: .utf8)
    do {
      _ = try Plugin.load(path: path)
      Issue.record("a text file loaded as a plugin")
    } catch let e as PluginLoadError {
      guard case .cannotOpen(let p, let reason) = e else { Issue.record("wrong error \(e)"); return }
      #expect(p == path)
      #expect(reason.contains("file too short") || reason.contains("invalid ELF header"))
      #expect(!e.description.contains("\n"))
    }
  }

  @Test func noEntrySymbol() throws {
    let path = try fixturePlugin("noentry")
    #expect(throws: PluginLoadError.noEntrySymbol(path)) { try Plugin.load(path: path) }
    #expect(PluginLoadError.noEntrySymbol(path).description == "\(path) is not an nlpsh stage plugin (it has no symbol nlp_stage_entry)")
  }

  @Test func abiMismatch() throws {
    let path = try fixturePlugin("badabi")
    #expect(throws: PluginLoadError.abiMismatch(path, plugin: 99)) { try Plugin.load(path: path) }
  }

  @Test func secondStageWithTheSameName() throws {
    let registry = StageRegistry()
    let quotes = try #require(sharedRegistry.plugin(named: "quotes")).info.path
    try registry.load(quotes)
    #expect(throws: PluginLoadError.duplicate(name: "quotes", path: quotes, loadedFrom: quotes)) {
      try registry.load(quotes)
    }
    #expect(registry.names == ["quotes"])
  }

  @Test func loadByNameFromSearchPath() throws {
    let registry = StageRegistry()
    let dir = (try #require(sharedRegistry.plugin(named: "dates")).info.path as NSString).deletingLastPathComponent
    let info = try registry.load("Dates", searchPath: [dir])
    #expect(info.name == "dates")
  }

  @Test func rebuiltPluginIsReloadedIntoARunningSession() throws {
    // The plugin a user is working on, at a path of their own.
    let work = NSTemporaryDirectory() + "nlpsh-reload-test-\(getpid())"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let path = work + "/libfailer.so"
    try? FileManager.default.removeItem(atPath: path)
    try FileManager.default.copyItem(atPath: try fixturePlugin("failer"), toPath: path)

    var out: [String] = []
    let console = Console(out: { out.append($0) }, err: { out.append($0) })
    let session = Session(registry: StageRegistry(), console: console)
    try session.execute("plugin \(path)")
    try session.load(packageRoot + "/samples/wire.jsonl")
    try session.execute("run failer")
    #expect(session.registry.plugin(named: "failer")?.info.version == "1.0.0")
    #expect(throws: PluginLoadError.self) { try session.execute("plugin \(path)") }

    // "Rebuild" it, then reload it by stage name.
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.copyItem(atPath: try fixturePlugin("failer", version: "2.0.0"), toPath: path)
    try session.execute("plugin reload failer")
    #expect(out.last == "note: reloaded stage failer: 1.0.0 → 2.0.0 from \(path)")
    let info = try #require(session.registry.plugin(named: "failer")).info
    #expect(info.version == "2.0.0")
    #expect(info.path != path)  // a private copy was loaded
    #expect(session.corpus.count == 4)  // the corpus stays
    try session.execute("run failer")
    #expect(session.corpus[0].provenance.map(\.id) == ["failer@2.0.0#811c9dc5"])
  }

  @Test func perUserPluginFolder() throws {
    let data = NSTemporaryDirectory() + "nlpsh-xdg-data-\(getpid())"
    try FileManager.default.createDirectory(atPath: data + "/nlpsh/plugins", withIntermediateDirectories: true)
    let target = data + "/nlpsh/plugins/libfailer.so"
    try? FileManager.default.removeItem(atPath: target)
    try FileManager.default.copyItem(atPath: try fixturePlugin("failer"), toPath: target)
    let r = try nlpsh(["-c", "help failer"], env: ["XDG_DATA_HOME": data])
    #expect(r.status == 0)
    #expect(r.stdout.contains("from: \(target)"))
  }

  @Test func pluginPathFromTheEnvironment() throws {
    let failer = try fixturePlugin("failer")
    // (built before the run: other tests add fixtures to the same folder while this one runs)
    _ = try fixturePlugin("badabi")
    let dir = (failer as NSString).deletingLastPathComponent
    let r = try nlpsh(["-c", "stages"], env: ["NLPSH_PLUGIN_PATH": "/nonexistent:" + dir])
    #expect(r.status == 0)
    #expect(r.stdout.contains("failer"))
    // The ABI-mismatch fixture in the same folder is reported, not fatal.
    #expect(r.stderr.contains("was built for stage ABI 99"))
  }

  @Test func shellReportsEachFailureAndGoesOn() throws {
    let noentry = try fixturePlugin("noentry")
    let badabi = try fixturePlugin("badabi")
    let script = """
      plugin /nonexistent/libFoo.so
      plugin /etc/passwd
      plugin \(noentry)
      plugin \(badabi)
      plugin Quotes
      stages
      """
    let r = try nlpsh(["--keep-going"], stdin: script)
    let errors = r.stderr.split(separator: "\n").filter { $0.contains("error:") }
    #expect(errors.count == 5)
    #expect(errors[0].hasSuffix("plugin not found: /nonexistent/libFoo.so"))
    #expect(errors[1].contains("cannot load plugin /etc/passwd"))
    #expect(errors[2].contains("is not an nlpsh stage plugin"))
    #expect(errors[3].contains("was built for stage ABI 99"))
    #expect(errors[4].contains("stage 'quotes' from"))
    #expect(errors[4].contains("is already loaded from"))
    #expect(errors[0].hasPrefix("<stdin>:1: error: "))
    #expect(r.stdout.contains("quotes"))  // the session went on to `stages`
  }
}
