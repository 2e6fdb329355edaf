import Foundation
import Testing

@testable import FrontlineCore

/// The generated fold table (`Tools/fold/make_fold_table.swift`) gives what Foundation's folding gives, for every
/// scalar of the Basic Multilingual Plane.
@Suite struct FoldTableTests {
    static let scalars = (UInt32(0x80)...0xFFFF).compactMap(Unicode.Scalar.init)

    @Test func searchFoldIsFoundations() {
        var differ: [String] = []
        for s in Self.scalars {
            let foundation = String(s).folding(
                options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            if ScalarFold.search(s) != Array(foundation.unicodeScalars) { differ.append(String(s.value, radix: 16)) }
        }
        #expect(differ.isEmpty, "U+\(differ.prefix(10).joined(separator: ", U+"))")
        #expect(ScalarFold.search("\u{00DF}") == ["s", "s"])
        #expect(ScalarFold.search("\u{1E28}") == ["h"])
    }

    @Test func asciiBaseIsFoundationsDiacriticFold() {
        var differ: [String] = []
        for s in Self.scalars {
            let plain = Array(String(s).folding(options: [.diacriticInsensitive], locale: nil).unicodeScalars)
            let expected =
                plain.first.map { $0.isASCII } == true
                    && plain.dropFirst().allSatisfy { $0.properties.generalCategory == .nonspacingMark }
                ? plain.first : nil
            if ScalarFold.asciiBase(s) != expected { differ.append(String(s.value, radix: 16)) }
        }
        #expect(differ.isEmpty, "U+\(differ.prefix(10).joined(separator: ", U+"))")
        #expect(ScalarFold.asciiBase("\u{1E28}") == "H")
        #expect(ScalarFold.asciiBase("\u{0645}") == nil)
        #expect(ScalarFold.asciiBase("q") == "q")
    }
}
