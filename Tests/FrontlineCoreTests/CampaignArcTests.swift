import Foundation
import Testing
@testable import FrontlineCore

/// Every campaign of the history issue at the resolution of its villages and neighbourhoods: for each, a few
/// places the campaign files date, each with who held it the day before its row and who took it that day, as the
/// row's source gives. The steps are `Tests/Fixtures/campaign-arcs.tsv`, written by
/// `Tools/history/campaign_arcs.py` from the rows, and checked by the same rule as ``ArcTests``; a change of date
/// or controller in Data/campaigns must be deliberate to pass.
@Suite struct CampaignArcTests {
    /// (region, day before, holder before, day of the change, holder after), one per line of the file after its
    /// header; the campaign, place and source columns are for the reader.
    static let steps: [(String, String, String, String, String)] = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<2 { url.deleteLastPathComponent() }
        let text = (try? String(contentsOf: url.appendingPathComponent("Fixtures/campaign-arcs.tsv"), encoding: .utf8))
        return (text ?? "").split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (f[0], f[1], f[2], f[3], f[4])
        }
    }()

    /// The file is there and covers the campaigns (two steps each for most).
    @Test func everyCampaignHasItsSteps() { #expect(Self.steps.count >= 80) }

    @Test(arguments: steps.indices)
    func step(_ i: Int) throws { try ArcTests.check(Self.steps[i]) }
}
