import Testing
@testable import FrontlineCore

/// The encoding and shape rules every tab-separated file follows, checked through the changes file b.tsv.
@Suite struct TextTableTests {
    static let b = "timeline/changes/b.tsv"
    static let header = Fixture.header["changes"]!
    static let row = "2017-01-01\texact\tal-qaim\tis\tNote.\tSrc\t2017"

    func withBytes(_ bytes: [UInt8]) throws -> Fixture { try Fixture(bytes: [Self.b: bytes]) }

    @Test func tooFewColumnsPointsPastTheLastField() throws {
        let fx = try Fixture([Self.b: Fixture.changes("2017-01-01\texact\tal-qaim\tis\tNote.\tSrc")])
        #expect(
            fx.errors() == [
                "\(fx.path(Self.b)):2:38: expected 7 tab-separated fields (date, certainty, targets, controller, "
                    + "note, source, source_date), found 6"
            ])
    }

    @Test func tooManyColumnsPointsAtTheFirstExtraField() throws {
        let fx = try Fixture([Self.b: Fixture.changes(Self.row + "\textra")])
        #expect(
            fx.errors() == [
                "\(fx.path(Self.b)):2:44: expected 7 tab-separated fields (date, certainty, targets, controller, "
                    + "note, source, source_date), found 8"
            ])
    }

    @Test func wrongHeader() throws {
        let fx = try Fixture([
            Self.b: "date\tcertainty\ttarget\tcontroller\tnote\tsource\tsource_date\n" + Self.row + "\n"
        ])
        #expect(
            fx.errors() == [
                "\(fx.path(Self.b)):1:1: expected the header "
                    + "\"date\\tcertainty\\ttargets\\tcontroller\\tnote\\tsource\\tsource_date\", found \"date "
                    + "certainty target controller note source source_date\""
            ])
    }

    @Test func emptyFile() throws {
        let fx = try Fixture([Self.b: ""])
        #expect(
            fx.errors() == [
                "\(fx.path(Self.b)):1:1: empty file: expected the header line "
                    + "\"date\\tcertainty\\ttargets\\tcontroller\\tnote\\tsource\\tsource_date\""
            ])
    }

    @Test func fileOfOnlyAByteOrderMarkIsEmpty() throws {
        let fx = try withBytes([0xEF, 0xBB, 0xBF])
        #expect(
            fx.errors() == [
                "\(fx.path(Self.b)):1:1: empty file: expected the header line "
                    + "\"date\\tcertainty\\ttargets\\tcontroller\\tnote\\tsource\\tsource_date\""
            ])
    }

    @Test func headerOnlyIsAccepted() throws {
        let fx = try Fixture([Self.b: Self.header + "\n"])
        #expect(try fx.load().timeline.changes.count == Fixture.changeRows.count)
    }

    @Test func invalidUTF8IsRejectedWithItsColumn() throws {
        // Column counted in scalars: the Arabic letters before the bad byte are one column each.
        let fx = try withBytes(
            Array((Self.header + "\n2017-01-01\texact\tal-qaim\tis\tال").utf8) + [0xFF]
                + Array("note\tSrc\t2017\n".utf8))
        #expect(fx.errors() == ["\(fx.path(Self.b)):2:31: invalid UTF-8: expected UTF-8 text"])
    }

    @Test func truncatedMultibyteSequenceIsRejected() throws {
        let fx = try withBytes(Array((Self.header + "\n" + Self.row).utf8) + [0xC3, 0x0A])
        #expect(fx.errors() == ["\(fx.path(Self.b)):2:43: invalid UTF-8: expected UTF-8 text"])
    }

    @Test func overlongEncodingIsRejected() throws {
        // C0 AF is an overlong "/", which UTF-8 forbids.
        let fx = try withBytes(
            Array((Self.header + "\n2017-01-01\texact\tal-qaim\tis\tN").utf8) + [0xC0, 0xAF]
                + Array("\tSrc\t2017\n".utf8))
        #expect(fx.errors() == ["\(fx.path(Self.b)):2:30: invalid UTF-8: expected UTF-8 text"])
    }

    @Test func nulByteIsRejectedWithItsColumn() throws {
        let fx = try withBytes(
            Array((Self.header + "\n2017-01-01\texact\tal-qaim\tis\tNo").utf8) + [0]
                + Array("te.\tSrc\t2017\n".utf8))
        #expect(fx.errors() == ["\(fx.path(Self.b)):2:31: NUL byte: expected UTF-8 text"])
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let fx = try withBytes([0xEF, 0xBB, 0xBF] + Array((Self.header + "\n" + Self.row + "\n").utf8))
        let data = try fx.load()
        let last = try #require(data.timeline.changes.last)
        #expect(last.day == day("2017-01-01"))
        #expect(last.origin == Origin(file: fx.path(Self.b), line: 2))
    }

    @Test func crlfLineEndsAreAccepted() throws {
        let fx = try Fixture([Self.b: Self.header + "\r\n" + Self.row + "\r\n"])
        let data = try fx.load()
        let last = try #require(data.timeline.changes.last)
        #expect(last.source.date == "2017")
        #expect(last.note == "Note.")
        #expect(try data.control("al-qaim", "2017-01-01") == .faction(data.faction("is")))
    }

    @Test func crlfThroughoutTheAtlasIsAccepted() throws {
        var files: [String: String?] = [:]
        for (name, text) in Fixture.defaultFiles() {
            files[name] = text.replacingOccurrences(of: "\n", with: "\r\n")
        }
        let fx = try Fixture(files)
        let data = try fx.load()
        #expect(data.atlas.regions.map(\.cellCount) == [2, 2, 2])
        #expect(data.atlas.regions[2].altNames == ["Al Kaim", "القائم"])
    }

    @Test func commentsAndBlankLinesAreSkipped() throws {
        let fx = try Fixture([Self.b: Fixture.changes("# a comment", "", "   ", Self.row)])
        let last = try #require(try fx.load().timeline.changes.last)
        #expect(last.origin.line == 5)
    }

    @Test func trailingSpaceInAField() throws {
        let fx = try Fixture([Self.b: Fixture.changes("2017-01-01\texact\tal-qaim\tis\tNote. \tSrc\t2017")])
        #expect(fx.errors() == ["\(fx.path(Self.b)):2:29: field note has leading or trailing spaces"])
    }

    @Test func leadingSpaceInAField() throws {
        let fx = try Fixture([Self.b: Fixture.changes("2017-01-01\texact\t al-qaim\tis\tNote.\tSrc\t2017")])
        #expect(fx.errors() == ["\(fx.path(Self.b)):2:18: field targets has leading or trailing spaces"])
    }

    @Test func lineOverTheLimitIsRefused() throws {
        let long = "2017-01-01\texact\tal-qaim\tis\t" + String(repeating: "x", count: 70_000) + "\tSrc\t2017"
        let fx = try Fixture([Self.b: Fixture.changes(long)])
        #expect(
            fx.errors() == ["\(fx.path(Self.b)):2:1: line is \(long.utf8.count) bytes long; at most 65536 are allowed"])
    }

    @Test func lineOfExactlyTheLimitIsRead() throws {
        // A comment line is read (and skipped), so the limit itself is what is tested.
        let atLimit = "#" + String(repeating: "x", count: 65_535)
        let over = atLimit + "x"
        let ok = try Fixture([Self.b: Fixture.changes(atLimit, Self.row)])
        #expect(try ok.load().timeline.changes.count == Fixture.changeRows.count + 1)
        let bad = try Fixture([Self.b: Fixture.changes(over, Self.row)])
        #expect(bad.errors() == ["\(bad.path(Self.b)):2:1: line is 65537 bytes long; at most 65536 are allowed"])
    }

    @Test func limitCountsBytesNotCharacters() throws {
        // 40,000 Arabic letters are 80,000 bytes.
        let long = "2017-01-01\texact\tal-qaim\tis\t" + String(repeating: "ب", count: 40_000) + "\tSrc\t2017"
        let fx = try Fixture([Self.b: Fixture.changes(long)])
        #expect(
            fx.errors() == ["\(fx.path(Self.b)):2:1: line is \(long.utf8.count) bytes long; at most 65536 are allowed"])
    }

    @Test func parsesRowsDirectly() throws {
        let t = try TextTable(file: "t.tsv", bytes: Array("a\tb\nx\t\ny\tz\n".utf8), header: ["a", "b"])
        #expect(t.rows.map(\.fields) == [["x", ""], ["y", "z"]])
        #expect(t.rows.map(\.line) == [2, 3])
        #expect(t.rows[1].columns == [1, 3])
        #expect(t.rows[1].error(1, "m").description == "t.tsv:3:3: m")
    }

    @Test func missingFileCannotBeRead() throws {
        #expect(throws: DataErrors.self) { try TextTable(path: "/nonexistent/frontline/x.tsv", header: ["a"]) }
        do {
            _ = try TextTable(path: "/nonexistent/frontline/x.tsv", header: ["a"])
        } catch {
            #expect(error.description == "/nonexistent/frontline/x.tsv:1:1: cannot read the file")
        }
    }
}
