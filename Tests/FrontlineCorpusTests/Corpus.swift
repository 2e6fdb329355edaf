import Foundation
import Testing

/// The hostile-data corpus in `Tests/Corpus/`.
///
/// Each case folder holds only what differs from the valid data set in `Tests/Corpus/_base/`:
///
/// - files at their path inside the data folder (`atlas/grid.txt`, `timeline/changes/b.tsv`, ...), copied over
///   the base;
/// - `recipe.txt` (optional): edits applied after the copy, for inputs that are binary, huge or missing
///   (see ``Recipe``);
/// - `expected.txt`: the exact first error line, with the data folder written as `$DATA`, or `OK` for an input
///   that must load.
struct CorpusCase: Sendable, CustomTestStringConvertible, Codable {
    let name: String

    var testDescription: String { name }

    var folder: String { Corpus.root + "/" + name }

    /// The first line of `expected.txt`.
    func expected() throws -> String {
        let text = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
        return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }

    /// Whether the input must load without errors.
    var mustLoad: Bool { (try? expected()) == "OK" }

    /// Builds the case's data folder in a fresh temporary directory and returns its path.
    func materialise() throws -> String {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("frontline-corpus-\(name)-\(UUID().uuidString)").path
        try fm.copyItem(atPath: Corpus.root + "/_base", toPath: dir)
        for relative in try Corpus.files(under: folder) where !["expected.txt", "recipe.txt"].contains(relative) {
            let target = dir + "/" + relative
            try fm.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
            try fm.copyItem(atPath: folder + "/" + relative, toPath: target)
        }
        if fm.fileExists(atPath: folder + "/recipe.txt") {
            try Recipe(text: String(contentsOfFile: folder + "/recipe.txt", encoding: .utf8)).apply(in: dir)
        }
        return dir
    }
}

enum Corpus {
    /// `Tests/Corpus`, found from this file's path.
    static let root: String = {
        var dir = #filePath
        for _ in 0..<2 { dir = (dir as NSString).deletingLastPathComponent }
        return dir + "/Corpus"
    }()

    /// The package root.
    static let packageRoot: String = ((root as NSString).deletingLastPathComponent as NSString)
        .deletingLastPathComponent

    /// Every case folder (not starting with `_`), by name.
    static let cases: [CorpusCase] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }
            .filter {
                var d: ObjCBool = false
                return FileManager.default.fileExists(atPath: root + "/" + $0, isDirectory: &d) && d.boolValue
            }
            .sorted().map(CorpusCase.init(name:))
    }()

    /// Regular files under `dir`, as paths relative to it.
    static func files(under dir: String) throws -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        guard let e = fm.enumerator(atPath: dir) else { return [] }
        while let relative = e.nextObject() as? String {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: dir + "/" + relative, isDirectory: &isDir), !isDir.boolValue {
                out.append(relative)
            }
        }
        return out.sorted()
    }

    /// The `frontline` executable: `$FRONTLINE_CORPUS_BINARY`, else `.build/debug/frontline` (what CI builds),
    /// else `.build-corpus/debug/frontline`; nil with the places tried.
    static func binary() -> (path: String?, tried: [String]) {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["FRONTLINE_CORPUS_BINARY"], !env.isEmpty {
            candidates.append(env)
        }
        candidates += [packageRoot + "/.build/debug/frontline", packageRoot + "/.build-corpus/debug/frontline"]
        return (candidates.first { FileManager.default.isExecutableFile(atPath: $0) }, candidates)
    }

    /// Replaces the temporary data folder's path with `$DATA`.
    static func redact(_ text: String, root: String) -> String {
        text.replacingOccurrences(of: root, with: "$DATA")
    }
}

/// Edits applied to a materialised case: one per line, fields separated by TAB, `#` lines are comments.
///
/// Text arguments take the escapes `\t`, `\n`, `\r`, `\\` and `\xHH` (any byte, so NUL and invalid UTF-8 can be
/// written). `PATH` is relative to the data folder; `*` means every file of it.
///
///     delete   PATH                        remove a file or folder
///     mkdir    PATH                        create a folder
///     write    PATH  TEXT                  create or replace a file
///     replace  PATH  FIND  TEXT  [COUNT]   replace the first FIND with TEXT repeated COUNT times (default 1)
///     bom      PATH                        prepend a UTF-8 byte-order mark
///     crlf     PATH                        every LF becomes CRLF
///     mixed    PATH                        every other LF becomes CRLF
///     cr       PATH                        every LF becomes CR
struct Recipe {
    struct Failure: Error, CustomStringConvertible { let description: String }

    let steps: [[String]]

    init(text: String) {
        steps = text.split(separator: "\n").map(String.init)
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    func apply(in dir: String) throws {
        let fm = FileManager.default
        for step in steps {
            guard step.count >= 2 else { throw Failure(description: "recipe step without a path: \(step)") }
            let op = step[0]
            let paths = step[1] == "*" ? try Corpus.files(under: dir).map { dir + "/" + $0 } : [dir + "/" + step[1]]
            func arg(_ i: Int) throws -> [UInt8] {
                guard i < step.count else { throw Failure(description: "recipe step \(op) needs \(i) arguments") }
                return try Self.unescape(step[i])
            }
            for path in paths {
                switch op {
                case "delete": try fm.removeItem(atPath: path)
                case "mkdir": try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
                case "write": try write(try arg(2), to: path)
                case "replace":
                    let bytes = try read(path), find = try arg(2), text = try arg(3)
                    let count = step.count > 4 ? Int(step[4]) ?? 1 : 1
                    guard let at = Self.firstRange(of: find, in: bytes) else {
                        throw Failure(description: "recipe: \(step[2]) not found in \(step[1])")
                    }
                    var out = [UInt8](bytes[..<at.lowerBound])
                    out += Self.repeated(text, count)
                    out += bytes[at.upperBound...]
                    try write(out, to: path)
                case "bom": try write([0xEF, 0xBB, 0xBF] + read(path), to: path)
                case "crlf", "mixed", "cr":
                    var out: [UInt8] = []
                    var lf = 0
                    for b in try read(path) {
                        if b == 0x0A {
                            lf += 1
                            if op == "cr" {
                                out.append(0x0D)
                                continue
                            }
                            if op == "crlf" || lf % 2 == 1 { out.append(0x0D) }
                        }
                        out.append(b)
                    }
                    try write(out, to: path)
                default: throw Failure(description: "unknown recipe step \(op)")
                }
            }
        }
    }

    private func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "recipe: cannot read \(path)")
        }
        return [UInt8](data)
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// `text` repeated `count` times, by doubling (fast even for 50 MB in a debug build).
    static func repeated(_ text: [UInt8], _ count: Int) -> [UInt8] {
        guard count > 0, !text.isEmpty else { return [] }
        var out = text
        out.reserveCapacity(text.count * count)
        while out.count * 2 <= text.count * count { out += out }
        out += out[..<(text.count * count - out.count)]
        return out
    }

    static func firstRange(of needle: [UInt8], in hay: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count)
        where hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle {
            return i..<(i + needle.count)
        }
        return nil
    }

    static func unescape(_ s: String) throws -> [UInt8] {
        var out: [UInt8] = []
        var u = Array(s.utf8)[...]
        while let b = u.popFirst() {
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                continue
            }
            guard let e = u.popFirst() else { throw Failure(description: "recipe: trailing backslash in \(s)") }
            switch e {
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "x"):
                guard u.count >= 2, let v = UInt8(String(decoding: u.prefix(2), as: UTF8.self), radix: 16) else {
                    throw Failure(description: "recipe: bad \\x escape in \(s)")
                }
                out.append(v)
                u = u.dropFirst(2)
            default: throw Failure(description: "recipe: unknown escape \\\(Character(Unicode.Scalar(e))) in \(s)")
            }
        }
        return out
    }
}
