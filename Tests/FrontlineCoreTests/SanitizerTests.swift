import Testing
@testable import FrontlineCore

@Suite struct SanitizerTests {
    /// Whether a terminal would act on or hide this scalar rather than print it.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .privateUse, .surrogate, .unassigned: return true
        default: return false
        }
    }

    @Test(arguments: [
        "\u{1B}", "a\u{1B}b", "\u{1B}[2J", "\u{1B}[31mred\u{1B}[0m", "\u{1B}]0;title\u{07}",
        "\u{1B}]8;;http://x\u{1B}\\",
        "\u{9B}2J", "\u{85}", "abc\u{202E}fed", "\u{2066}iso\u{2069}", "\u{200B}zero", "nul\u{0}here", "\u{7F}",
        "\u{FEFF}bom",
        "\u{E000}private", "a\tb\nc\rd"
    ])
    func leavesNoControlScalar(_ text: String) {
        let out = Sanitizer.printable(text)
        #expect(
            !out.unicodeScalars.contains(where: Self.isUnsafe),
            "\(out.unicodeScalars.map { String($0.value, radix: 16) })")
        // Every scalar is kept or replaced one for one.
        #expect(out.unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func escapeSequencesBecomeVisibleReplacements() {
        #expect(Sanitizer.printable("\u{1B}[2J") == "\u{FFFD}[2J")
        #expect(Sanitizer.printable("\u{1B}]0;title\u{07}") == "\u{FFFD}]0;title\u{FFFD}")
        #expect(Sanitizer.printable("\u{9B}2J") == "\u{FFFD}2J")
        #expect(Sanitizer.printable("abc\u{202E}fed") == "abc\u{FFFD}fed")
        #expect(Sanitizer.printable("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test func whitespaceBecomesSpaces() {
        #expect(Sanitizer.printable("a\tb\nc\r\nd") == "a b c  d")
    }

    @Test(arguments: [
        "Palmyra", "Jisr ash Shughūr", "Ḩamāh", "Deir ez-Zor", "دير الزور", "الرقة", "تدمر",
        "عين العرب / Kobanî", "Al Qā’im", "Rabī‘ah", "Ālbū Kamāl", "Şanlıurfa", "A\u{304}lbu\u{304}", "费卢杰", "🇸🇾"
    ])
    func ordinaryTextIsUnchanged(_ text: String) {
        #expect(Sanitizer.printable(text) == text)
        #expect(Array(Sanitizer.printable(text).unicodeScalars) == Array(text.unicodeScalars))
    }

    @Test func arabicLetterMarkIsFormatAndReplaced() {
        // U+200F RIGHT-TO-LEFT MARK and U+061C ARABIC LETTER MARK are invisible bidi controls.
        #expect(Sanitizer.printable("a\u{200F}b") == "a\u{FFFD}b")
        #expect(Sanitizer.printable("a\u{061C}b") == "a\u{FFFD}b")
    }

    @Test func limitCutsWithAnEllipsis() {
        #expect(Sanitizer.printable("abcdef", limit: 3) == "abc…")
        #expect(Sanitizer.printable("abc", limit: 3) == "abc")
        #expect(Sanitizer.printable("", limit: 3) == "")
        #expect(Sanitizer.printable("\u{1B}\u{1B}\u{1B}\u{1B}", limit: 2) == "\u{FFFD}\u{FFFD}…")
    }

    @Test func errorMessagesSanitizeUntrustedFields() throws {
        let fx = try Fixture([
            "timeline/changes/b.tsv": Fixture.changes(
                "2017-01-01\texact\tevil\u{1B}]0;pwned\u{07}\tis\tNote.\tSrc\t2017")
        ])
        let e = fx.errors()
        #expect(
            e == [
                "\(fx.path("timeline/changes/b.tsv")):2:18: unknown target \"evil\u{FFFD}]0;pwned\u{FFFD}\": expected "
                    + "a region id or a district or governorate P-code"
            ])
        #expect(!e.joined().unicodeScalars.contains(where: Self.isUnsafe))
    }
}
