import Foundation
import Testing
@testable import FrontlineCore

/// `frontline --version`'s data version and build description.
@Suite struct DataVersionTests {
    @Test func theDataVersionIsTheLastChangeAndTheCounts() throws {
        let version = DataVersion(try Fixture().load())
        #expect(version.latestChange == day("2016-01-01"))
        #expect(version.changeCount == 5)
        #expect(version.regionCount == 3)
        #expect(version.description.hasPrefix("latest change 2016-01-01, 5 changes, "))
    }

    @Test func aTimelineWithoutChangesSaysNone() throws {
        let fixture = try Fixture(["timeline/changes/a.tsv": Fixture.changes()])
        let version = DataVersion(try fixture.load())
        #expect(version.latestChange == nil)
        #expect(version.description.hasPrefix("latest change none, 0 changes"))
    }

    @Test func theVersionLinesNameTheFolderTheDataCameFrom() throws {
        let fixture = try Fixture()
        let lines = DataVersion.lines(try fixture.load())
        #expect(lines == ["data: \(DataVersion(try fixture.load()))", "data folder: \(fixture.root)"])
    }

    @Test func theProgramLinesGiveTheVersionThenTheBuild() {
        let lines = BuildInfo.programLines
        #expect(lines.first == "frontline \(BuildInfo.version)")
        // The Makefile reads the version with sed from its definition: it must stay a plain dotted number.
        #expect(BuildInfo.version.split(separator: ".").count == 3)
        #expect(BuildInfo.version.allSatisfy { $0.isNumber || $0 == "." })
        #expect(lines.last?.hasPrefix("build: \(BuildInfo.configuration), linux ") == true)
    }
}
