import Foundation
import Testing

/// The rule behind the release-build signal bug: a C header holds no mutable state.
///
/// A `static` variable in a header (even a function-local one inside a `static inline` function) is copied into
/// every module that inlines it, so under release optimisation a signal handler and the main loop can see two
/// different flags. Mutable C state belongs in a C target's `.c` file.
@Suite struct HeaderStateTests {
    static let sources = Tmux.root.appendingPathComponent("Sources")

    /// Every header below Sources/.
    static var headers: [URL] {
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "h" }.sorted { $0.path < $1.path }
    }

    /// The header's code with comments removed.
    static func code(_ url: URL) throws -> String {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
    }

    /// Code lines with a `static` that does not start a `static inline` function.
    static func statefulLines(_ code: String) -> [Substring] {
        code.split(separator: "\n").filter {
            $0.range(of: #"\bstatic\b(?!\s+inline\b)"#, options: .regularExpression) != nil
        }
    }

    @Test func headersDeclareNoStaticVariables() throws {
        #expect(Self.headers.count >= 2, "found the shim and the signals header")
        for header in Self.headers {
            let lines = Self.statefulLines(try Self.code(header))
            #expect(lines.isEmpty, "\(header.lastPathComponent) holds state: \(lines)")
        }
    }

    @Test func theRuleCatchesAFunctionLocalStatic() throws {
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-bad-\(UUID().uuidString).h")
        defer { try? FileManager.default.removeItem(at: bad) }
        try "static inline int *flag(void) { static int f = 0; return &f; } // static\n".write(
            to: bad, atomically: true, encoding: .utf8)
        #expect(Self.statefulLines(try Self.code(bad)).count == 1)
    }
}
