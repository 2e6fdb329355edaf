import Foundation
import FrontlineApp
import Testing

/// The README's key table is the key table: it drifts from `--list-keys` no more.
@Suite struct ReadmeKeyTableTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func readmeShowsTheGeneratedTable() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        guard let start = text.range(of: "<!-- keys:begin -->\n"), let end = text.range(of: "\n<!-- keys:end -->")
        else {
            Issue.record("README.md lacks the <!-- keys:begin --> and <!-- keys:end --> markers")
            return
        }
        let shown = String(text[start.upperBound..<end.lowerBound])
        #expect(
            shown == KeyTable.markdownTable, "README.md's key table differs; it should read:\n\(KeyTable.markdownTable)"
        )
    }
}
