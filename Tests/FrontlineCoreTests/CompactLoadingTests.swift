import Foundation
import Testing
@testable import FrontlineCore

/// The fast paths of loading give what the general code gave: numbers, UTF-8 checks, compact changes, files.
@Suite struct CompactLoadingTests {
    @Test(arguments: [
        "36.2520", "-0.5", "0", "-0", "180", "35.000000000001", "1234567890.12345", "1234567890.123456",
        "1.", ".5", "+5", "1e5", "-", "", "1.2.3", "00012.50", "36.25201234567890123", "nan", "inf", "12a"
    ])
    func decimalsParseAsDoubleDoes(_ text: String) {
        let fast = DecimalParser.double(text), slow = Double(text)
        #expect(
            fast?.bitPattern == slow?.bitPattern, "\(text): \(String(describing: fast)) vs \(String(describing: slow))")
    }

    @Test func everyCoordinateOfTheAtlasParsesAsDoubleDoes() throws {
        let text = try String(contentsOfFile: RealData.directory + "/atlas/regions.tsv", encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            for f in fields[5...6] {
                #expect(DecimalParser.double(f)?.bitPattern == Double(f)?.bitPattern, "\(f)")
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    @Test(
        arguments: [
            [0x41, 0x42], [0xC3, 0xA9], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
            [0xF0, 0x9F, 0x98, 0x80], [0xFF], [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xC3], [0xEF, 0xBB, 0xBF]
        ] as [[UInt8]])
    func utf8CheckAgreesWithString(_ bytes: [UInt8]) {
        let fast = bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }
        #expect(fast == (String(validating: bytes, as: UTF8.self) != nil))
    }

    @Test func changeListGivesBackWhatWasAppended() throws {
        let data = try RealData.data()
        let list = ChangeList(data.timeline.changes)
        #expect(list.count == data.timeline.changes.count && list.count > 100)
        for (a, b) in zip(list, data.timeline.changes) {
            #expect(a.index == b.index && a.day == b.day && a.certainty == b.certainty && a.targets == b.targets)
            #expect(a.targetText == b.targetText && a.control == b.control && a.note == b.note && a.source == b.source)
            #expect(a.origin == b.origin && a.place == b.place)
        }
    }

    @Test func changeListSortsByDayThenFileThenLine() {
        func change(_ day: String, _ file: String, _ line: Int) -> Change {
            Change(
                index: 0, day: Day(iso: day)!, certainty: .exact, targets: [.region(RegionID(line))], targetText: "r",
                control: .unknown,
                note: "n", source: Source(title: "t", date: "2015"), place: nil, origin: Origin(file: file, line: line))
        }
        var list = ChangeList([
            change("2015-02-01", "b", 3), change("2015-01-01", "b", 9), change("2015-02-01", "a", 7),
            change("2015-02-01", "b", 2)
        ])
        list.sortByDayFileLine()
        #expect(
            list.map { "\($0.day) \($0.origin)" } == [
                "2015-01-01 b:9", "2015-02-01 b:2", "2015-02-01 b:3", "2015-02-01 a:7"
            ])
        #expect(list.map(\.index) == [0, 1, 2, 3])
    }

    @Test func byteFileReadsWholeFilesAndRefusesFolders() throws {
        let path = NSTemporaryDirectory() + "bytefile-\(UUID().uuidString)"
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(ByteFile.contents(path) == bytes)
        #expect(ByteFile.contents(NSTemporaryDirectory()) == nil)
        #expect(ByteFile.contents(path + "-missing") == nil)
    }
}
