// SPDX-License-Identifier: GPL-3.0-or-later
import Testing
@testable import NLPHost

/// The C wrapper around Debian's libcld2 (needs the libcld2-0 package).
@Suite struct CLD2Tests {
  @Test func setsItsOwnAttributesAndLeavesLangAlone() throws {
    let doc = try runChain(
      "cld2", text: "Borgmesteren siger, at kommunen vil bygge flere boliger i de kommende år, og at arbejdet begynder til foråret.",
      attrs: ["lang": .string("xx")])
    #expect(doc.attrs["cld2_lang"] == .string("da"))
    #expect(doc.attrs["cld2_reliable"] == .bool(true))
    let confidence = try #require(doc.attrs["cld2_confidence"]?.doubleValue)
    #expect(confidence > 0.5 && confidence <= 1)
    #expect(doc.attrs["lang"] == .string("xx"))  // comparing two detectors overwrites nothing
  }

  @Test func unknownForTextWithoutLanguage() throws {
    let doc = try runChain("cld2", text: "12345 67 890")
    #expect(doc.attrs["cld2_lang"] == .string("und"))
    #expect(doc.attrs["cld2_confidence"] == .double(0))
  }

  @Test func metadataNamesWhatItProvides() throws {
    let info = try #require(sharedRegistry.plugin(named: "cld2")).info
    #expect(info.provides == ["@cld2_lang", "@cld2_confidence", "@cld2_reliable"])
  }
}
