// SPDX-License-Identifier: GPL-3.0-or-later
import Foundation
import Testing
@testable import NLPHost

@Suite struct JSONRecordTests {
  func parse(_ line: String) -> JSONRecord? {
    Array(line.utf8).withUnsafeBufferPointer { JSONRecord($0) }
  }

  @Test func escapesAndSurrogatePairsAreDecoded() throws {
    let r = try #require(parse(#"{"id":"a\"b","text":"line\none\ttab \u00e6\u00F8 \ud83d\ude00 \/ \\ end"}"#))
    #expect(r.id == "a\"b")
    #expect(String(decoding: r.text!, as: UTF8.self) == "line\none\ttab æø 😀 / \\ end")
  }

  @Test func aLoneSurrogateBecomesTheReplacementCharacter() throws {
    let r = try #require(parse(#"{"text":"x\ud800y"}"#))
    #expect(String(decoding: r.text!, as: UTF8.self) == "x\u{FFFD}y")
  }

  @Test func scalarsBecomeTypedAttributesSortedByKey() throws {
    let r = try #require(
      parse(#" { "text" : "t" , "z": -12, "a": 1.5e3, "m": true, "f": false, "n": null, "o": {"k": [1, {"x": null}]}, "l": [] } "#))
    #expect(r.attrs.map(\.0) == ["a", "f", "m", "z"])
    #expect(r.attrs.map(\.1) == [.double(1500), .bool(false), .bool(true), .int(-12)])
    #expect(r.id == nil)
  }

  @Test func numericIdsAndRepeatedKeys() throws {
    #expect(parse(#"{"id": 7, "text": ""}"#)?.id == "7")
    #expect(parse(#"{"id": 7.0, "text": ""}"#)?.id == "7")
    let r = try #require(parse(#"{"text": "a", "k": "1", "k": "2", "text": "b"}"#))
    #expect(r.attrs.map(\.1) == [.string("2")])
    #expect(r.text == Array("b".utf8))
    #expect(parse(#"{"text": 3}"#)?.text == nil)
    #expect(parse(#"{"big": 123456789012345678901234567890, "text": ""}"#)?.attrs.first?.1 == .double(123456789012345678901234567890))
  }

  /// Everything that is not one JSON object is rejected, as JSONSerialization rejects it
  /// (which also tolerates trailing commas; RFC 8259 and jq do not, nor do we).
  @Test func malformedLinesAreRejected() {
    let bad = [
      "", "not json", "[]", #""text""#, "{", "}", #"{"text": "a""#, #"{"text": "a",}"#, #"{"text" "a"}"#,
      #"{text: "a"}"#, #"{"text": 'a'}"#, #"{"text": "a"} x"#, #"{"text": "a\x"}"#, #"{"text": "\u12"}"#,
      "{\"text\": \"a\tb\"}", #"{"n": 01, "text": ""}"#, #"{"n": 1., "text": ""}"#, #"{"n": .5, "text": ""}"#,
      #"{"n": -, "text": ""}"#, #"{"n": 1e, "text": ""}"#, #"{"n": tru, "text": ""}"#, #"{"o": [1,], "text": ""}"#,
      #"{"o": {"a" 1}, "text": ""}"#, #"{"n": NaN, "text": ""}"#, #"{"a": 1 "text": ""}"#,
    ]
    for line in bad {
      #expect(parse(line) == nil, "accepted: \(line)")
      if !line.contains(",}") && !line.contains(",]") {
        #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] == nil, "reference accepts: \(line)")
      }
    }
  }

  @Test func deepNestingIsRejectedNotOverflowed() {
    let deep = #"{"text": "", "o": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
    #expect(parse(deep) == nil)
  }

  @Test func utf8Validation() {
    func valid(_ b: [UInt8]) -> Bool { b.withUnsafeBufferPointer(isValidUTF8) }
    #expect(valid(Array("plain ASCII text longer than eight bytes, æøå €, 😀".utf8)))
    #expect(!valid([0x61, 0xE9, 0x62]))  // Latin-1 é
    #expect(!valid([0xC0, 0xAF]))  // overlong
    #expect(!valid([0xED, 0xA0, 0x80]))  // surrogate
    #expect(!valid([0xF4, 0x90, 0x80, 0x80]))  // past U+10FFFF
    #expect(!valid([0xE2, 0x82]))  // cut short
    #expect(!valid(Array("abcdefgh".utf8) + [0xFF]))
  }
}
