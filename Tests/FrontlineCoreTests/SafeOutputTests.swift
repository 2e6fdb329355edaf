import Foundation
import Testing
@testable import FrontlineCore

/// The safe-output writer: no overwrite without force, no half-files, clear errors.
@Suite struct SafeOutputTests {
    let folder: String

    init() throws {
        folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("frontline-out-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    @Test func writesThroughATemporaryFileRenamedAtTheEnd() throws {
        let path = folder + "/map.svg"
        let out = try SafeOutput(path: path, force: false)
        try out.write(String(repeating: "x", count: 100_000))
        #expect(!FileManager.default.fileExists(atPath: path), "nothing at the destination before commit")
        #expect(try contents().count == 1 && contents()[0].hasPrefix(".map.svg.tmp-"))
        try out.commit()
        #expect(try contents() == ["map.svg"])
        #expect(try String(contentsOfFile: path, encoding: .utf8).count == 100_000)
    }

    @Test func neverOverwritesWithoutForce() throws {
        let path = folder + "/map.svg"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: OutputError.exists(path: path)) { try SafeOutput(path: path, force: false) }
        let forced = try SafeOutput(path: path, force: true)
        try forced.write("new")
        try forced.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try contents() == ["map.svg"])
    }

    @Test func aFileAppearingMeanwhileIsNotOverwritten() throws {
        let path = folder + "/map.svg"
        let out = try SafeOutput(path: path, force: false)
        try out.write("new")
        try "theirs".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: OutputError.exists(path: path)) { try out.commit() }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "theirs")
        #expect(try contents() == ["map.svg"])
    }

    @Test func unwritablePathsSayWhy() throws {
        #expect(throws: OutputError.unwritable(path: folder + "/no/such/map.svg", reason: "No such file or directory"))
        {
            try SafeOutput(path: folder + "/no/such/map.svg", force: false)
        }
        try "x".write(toFile: folder + "/file", atomically: false, encoding: .utf8)
        #expect(throws: OutputError.unwritable(path: folder + "/file/map.svg", reason: "Not a directory")) {
            try SafeOutput(path: folder + "/file/map.svg", force: true)
        }
        #expect(throws: OutputError.unwritable(path: folder, reason: "it is a directory")) {
            try SafeOutput(path: folder, force: true)
        }
        #expect(throws: OutputError.unwritable(path: "/dev/null", reason: "it is not a regular file")) {
            try SafeOutput(path: "/dev/null", force: true)
        }
        #expect(OutputError.exists(path: "a.svg").description.contains("--force"))
    }

    @Test func throughALinkTheLinkedFileIsReplaced() throws {
        let real = folder + "/real.svg", link = folder + "/link.svg"
        try "old".write(toFile: real, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        #expect(throws: OutputError.exists(path: link)) { try SafeOutput(path: link, force: false) }
        let out = try SafeOutput(path: link, force: true)
        try out.write("new")
        try out.commit()
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
    }

    @Test func discardLeavesNothing() throws {
        let out = try SafeOutput(path: folder + "/map.svg", force: false)
        try out.write("half")
        out.discard()
        #expect(try contents().isEmpty)
        do { _ = try SafeOutput(path: folder + "/gone.svg", force: false) }
        #expect(try contents().isEmpty, "an output dropped without commit is removed")
    }
}
