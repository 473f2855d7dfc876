// SPDX-License-Identifier: GPL-3.0-or-later
import Testing
@testable import NLPHost

@Suite struct ChainSpecTests {
  @Test func parsesStagesAndOptions() throws {
    let c = try ChainSpec.parse(" langid | quotes|dates(dct=2021-09-02, direction=future) | langid2(only=da,sv,nb) ")
    #expect(c.steps.map(\.name) == ["langid", "quotes", "dates", "langid2"])
    #expect(c.steps[2].options.map { "\($0.0)=\($0.1)" } == ["dct=2021-09-02", "direction=future"])
    #expect(c.steps[3].options.map { "\($0.0)=\($0.1)" } == ["only=da,sv,nb"])
    #expect(c.description == "langid | quotes | dates(dct=2021-09-02,direction=future) | langid2(only=da,sv,nb)")
  }

  @Test func quotedValues() throws {
    let c = try ChainSpec.parse("x(a=\"1, 2\", b='|')")
    #expect(c.steps[0].options.map(\.1) == ["1, 2", "|"])
  }

  @Test func syntaxErrorsNameTheColumn() {
    #expect(throws: ChainError.syntax("the chain ends with '|': a stage name must follow", column: 9)) {
      try ChainSpec.parse("langid |")
    }
    #expect(throws: ChainError.syntax("unclosed '(' after dates", column: 15)) { try ChainSpec.parse("dates(dct=2021") }
    #expect(throws: ChainError.empty) { try ChainSpec.parse("   ") }
  }

  @Test func unknownStageSuggestsClosest() throws {
    do {
      _ = try Pipeline.build(ChainSpec.parse("langid | quotse"), registry: sharedRegistry)
      Issue.record("built a chain with an unknown stage")
    } catch let e as ChainError {
      #expect(e.description.hasPrefix("unknown stage 'quotse' — did you mean 'quotes'? (available: "))
    }
  }

  @Test func unknownOptionSuggestsClosest() throws {
    #expect(throws: ChainError.unknownOption(stage: "sentences", option: "min_char", suggestions: ["min_chars"], available: ["min_chars"])) {
      try Pipeline.build(ChainSpec.parse("sentences(min_char=3)"), registry: sharedRegistry)
    }
  }

  @Test func optionTypesAreChecked() throws {
    #expect(throws: ChainError.badOption(stage: "sentences", message: "option 'min_chars' takes an integer, not 'many'")) {
      try Pipeline.build(ChainSpec.parse("sentences(min_chars=many)"), registry: sharedRegistry)
    }
  }

  @Test func provenanceNamesVersionAndConfig() throws {
    let a = try Pipeline.build(ChainSpec.parse("sentences(min_chars=3)"), registry: sharedRegistry)
    let b = try Pipeline.build(ChainSpec.parse("sentences(min_chars=4)"), registry: sharedRegistry)
    #expect(a.steps[0].provenance.hasPrefix("sentences@1.0.0#"))
    #expect(a.steps[0].provenance != b.steps[0].provenance)
  }
}
