import Foundation
import Testing

@testable import FrontlineCore

/// The small replacements for Foundation's string and path methods behave as those methods did.
@Suite struct TextSupportTests {
    @Test func csvQuotesOnlyWhatNeedsIt() {
        var csv = CSVText()
        csv.append(row: ["a", "b,c", "say \"hi\"", "two\nlines", "cr\rhere", "", "Ḩamāh"])
        csv.append(row: ["1", "2"])
        #expect(csv.text == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,Ḩamāh\n1,2")
        #expect(CSVText().text == "")
    }

    @Test(arguments: [
        ("%.1f", 3.14159), ("%+.0f", -0.4), ("%+.0f", 12.5), ("%5.1f", 7.25), ("%.4f", 33.42064), ("%.0f km2", 1e7)
    ])
    func cFormatIsFoundationsFormat(format: String, value: Double) {
        #expect(String(cFormat: format, value) == String(format: format, value))
    }

    @Test func cFormatIntegers() {
        #expect(String(cFormat: "%04d-%02d", 2015, 5) == "2015-05")
        #expect(String(cFormat: "#%02x%02x%02x", 255, 0, 16) == "#ff0010")
        #expect(String(cFormat: "%+d", -3) == "-3")
        #expect(String(cFormat: "%.1f%%", 93.51) == "93.5%")
    }

    @Test(arguments: ["ab", "abcdefgh", "", "Ḩalab", "e\u{301}tat", "🙂x"])
    func paddedIsFoundationsPadding(text: String) {
        for length in [0, 1, 3, 5, 9] {
            #expect(text.padded(to: length) == text.padding(toLength: length, withPad: " ", startingAt: 0))
        }
    }

    @Test(arguments: ["  a b \t", "\u{00A0}x\u{2003}", "", " \t ", "none", "\n keep \n"])
    func trimmingIsFoundations(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func pathsJoinAndSplitAsNSString() {
        for (base, component) in [("Data", "atlas"), ("Data/", "atlas"), ("/", "x"), ("", "x"), ("a//b", "c/")] {
            #expect(Path.join(base, component) == (base as NSString).appendingPathComponent(component))
        }
        for path in ["/a/b", "/a", "/", "a/b/", "/x/y.tsv"] {
            #expect(Path.folder(path) == (path as NSString).deletingLastPathComponent)
            #expect(Path.lastComponent(path) == (path as NSString).lastPathComponent)
        }
    }

    @Test func standardizedResolvesDotsAndLinks() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("frontline-path-\(UUID().uuidString)").path
        defer { try? fm.removeItem(atPath: root) }
        try fm.createDirectory(atPath: root + "/real/sub", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/real")
        let real = Path.standardized(root + "/real")
        #expect(Path.standardized(root + "/link/sub/../sub/.") == real + "/sub")
        #expect(Path.standardized(root + "/link") == real)
        #expect(Path.standardized("/no/such/./dir/../file") == "/no/such/file")
        #expect(Path.standardized("no/../such/./x") == "such/x")
    }
}
