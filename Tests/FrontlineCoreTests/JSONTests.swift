import Foundation
import Testing
@testable import FrontlineCore

/// The JSON writer: strings escaped byte by byte, read back by Foundation's parser as the same strings.
@Suite struct JSONTests {
    @Test func stringsAreEscapedAsJSONRequires() {
        #expect(JSON.string("plain").rendered == "\"plain\"")
        #expect(JSON.string("Wikipedia, \"Siege of Kobanî\"").rendered == "\"Wikipedia, \\\"Siege of Kobanî\\\"\"")
        #expect(JSON.string("a\\b\nc\td\u{1}e\u{1F}").rendered == "\"a\\\\b\\nc\\td\\u0001e\\u001f\"")
    }

    @Test func whatIsWrittenReadsBackAsTheSameValues() throws {
        let strings = ["", "\"", "\\", "حلب \"الجديدة\"", "tab\there", "line\nbreak\r", "\u{7}bell", "🗺 \"map\" é"]
        let value = JSON.object(strings.enumerated().map { ("k\($0.offset)", JSON.string($0.element)) })
        let values = [value, .array([.int(3), .number(1.25), .bool(false), .null])]
        let bytes = JSON.bytes(count: values.count, lines: false) { values[$0].write(into: &$1) }
        let text = String(decoding: bytes, as: UTF8.self)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])
        let object = try #require(parsed.first as? [String: String])
        for (i, s) in strings.enumerated() { #expect(object["k\(i)"] == s) }
        #expect(JSON.bytes(count: 2, lines: true) { JSON.int($0 + 1).write(into: &$1) } == Array("1\n2".utf8))
    }
}
