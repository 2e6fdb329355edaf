import Foundation
import Testing
@testable import FrontlineCore

/// The cache's metadata key: files left alone long enough are trusted by their sizes, inodes and times, so a load
/// need not read them, and any edit still gives way to the text.
@Suite struct DataCacheMetadataTests {
    typealias Folder = DataCacheTests.Folder

    /// Ten seconds from now: every file the fixture wrote has settled by then.
    let later = Int(Date().timeIntervalSince1970) + 10

    /// The metadata key filed in the cache's header (0: none).
    func filedMetadataKey(_ folder: Folder) throws -> UInt64 {
        let bytes = try #require(ByteFile.contents(folder.file))
        return bytes[24..<32].reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    @Test func filesJustWrittenAreNotTrustedByTheirMetadata() throws {
        let fixture = try Fixture()
        #expect(DataCache.metadataKey(directory: fixture.root) == nil)
        let key = try #require(DataCache.metadataKey(directory: fixture.root, now: later))
        #expect(DataCache.metadataKey(directory: fixture.root, now: later) == key)
    }

    @Test func aCacheIsFiledUnderTheMetadataOnceTheFilesHaveSettled() throws {
        let fixture = try Fixture(), folder = Folder()
        #expect(try DataCache.load(directory: fixture.root, folder: folder.path).1 == .miss(written: true))
        #expect(try filedMetadataKey(folder) == 0, "files just written: no metadata key")
        // Settled: the content key still finds the cache, which is then filed under the metadata as well.
        #expect(try DataCache.load(directory: fixture.root, folder: folder.path, now: later).1 == .hit)
        let metadata = try #require(DataCache.metadataKey(directory: fixture.root, now: later))
        #expect(try filedMetadataKey(folder) == metadata)
        let (data, outcome) = try DataCache.load(directory: fixture.root, folder: folder.path, now: later)
        #expect(outcome == .hit)
        DataCacheTests.expectSame(try fixture.load(), data)
    }

    @Test func anEditOfTheSameSizeGivesWayToTheText() throws {
        let fixture = try Fixture(), folder = Folder()
        _ = try DataCache.load(directory: fixture.root, folder: folder.path, now: later)
        let metadata = try #require(DataCache.metadataKey(directory: fixture.root, now: later))
        #expect(try filedMetadataKey(folder) == metadata)
        // "is" becomes "sy" in place: same length, same name, new content.
        let path = fixture.path("timeline/changes/a.tsv")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "exact\tal-qaim\tis\t", with: "exact\tal-qaim\tsy\t")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        try edited.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(DataCache.metadataKey(directory: fixture.root, now: later) != metadata)
        #expect(throws: DataErrors.self) {
            try DataCache.load(directory: fixture.root, folder: folder.path, now: later)
        }
    }
}
