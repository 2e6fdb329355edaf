import Testing
@testable import FrontlineCore

/// The parent rule (`parents.tsv`): a carved region follows its parent's history unless a row names it.
@Suite struct ParentRuleTests {
    /// The fixture with hajin carved out of abu-kamal, and these initial rows and changes.
    func fixture(
        initial: [String], changes: [String], parents: [String] = ["hajin\tabu-kamal"], campaigns: [String] = [],
        files: [String: String?] = [:]
    ) throws -> Fixture {
        try Fixture(
            [
                "atlas/parents.tsv": Fixture.table("parents", parents),
                "timeline/initial/a.tsv": Fixture.table("initial", initial),
                "timeline/changes/a.tsv": Fixture.table("changes", changes),
                "campaigns/a.tsv": Fixture.table("campaigns", campaigns)
            ].merging(files) { _, new in new })
    }

    let initial = ["abu-kamal\tsyria-gov\tHeld.\tSrc\t2014", "IQG01Q02\tiraq-gov\tHeld.\tSrc\t2014"]

    @Test func aCarvedRegionStartsWithAndFollowsItsParent() throws {
        let d = try fixture(initial: initial, changes: ["2014-03-01\texact\tabu-kamal\tis\tIS took it.\tSrc\t2014"])
            .load()
        #expect(d.atlas.regions[try d.region("hajin")].parent == (try d.region("abu-kamal")))
        #expect(try d.control("hajin", "2014-01-01") == .faction(try d.faction("syria-gov")))
        #expect(try d.control("hajin", "2014-03-01") == .faction(try d.faction("is")))
        #expect(try d.control("abu-kamal", "2014-03-01") == .faction(try d.faction("is")))
    }

    @Test func aRowNamingTheCarvedRegionBeatsItsParentsThatDay() throws {
        let d = try fixture(
            initial: initial,
            changes: [
                "2014-03-01\texact\tabu-kamal\tis\tIS took it.\tSrc\t2014",
                "2014-03-01\texact\thajin\tcontested:is+syria-gov\tFighting.\tSrc\t2014",
                "2014-05-01\texact\tabu-kamal\tsyria-gov\tArmy back.\tSrc\t2014"
            ]
        ).load()
        #expect(
            try d.control("hajin", "2014-03-02")
                == .contested([try d.faction("is"), try d.faction("syria-gov")].sorted()))
        #expect(try d.control("abu-kamal", "2014-03-02") == .faction(try d.faction("is")))
        // The parent's next change covers the carved region again.
        #expect(try d.control("hajin", "2014-05-01") == .faction(try d.faction("syria-gov")))
    }

    @Test func aParentAlreadyHeldStillMovesChildrenOfItsSide() throws {
        // hajin is contested between IS and the army, which also holds its parent: the army's row takes it.
        let d = try fixture(
            initial: initial + ["hajin\tcontested:is+syria-gov\tFought over.\tSrc\t2014"],
            changes: ["2014-03-01\texact\tabu-kamal\tsyria-gov\tArmy took Hajin too.\tSrc\t2014"]
        ).load()
        #expect(try d.control("hajin", "2014-03-01") == .faction(try d.faction("syria-gov")))
    }

    @Test func aChildHeldByAnotherSideStaysUntilARowNamesIt() throws {
        // hajin is IS-held inside the army's abu-kamal: the parent's later changes pass it by.
        let d = try fixture(
            initial: initial + ["hajin\tis\tHeld by IS.\tSrc\t2014"],
            changes: [
                "2014-03-01\texact\tabu-kamal\tiraq-gov\tA change of the parent.\tSrc\t2014",
                "2014-04-01\texact\thajin\tiraq-gov\tHajin taken.\tSrc\t2014",
                "2014-05-01\texact\tabu-kamal\tis\tThe parent and its side fall.\tSrc\t2014"
            ]
        ).load()
        #expect(try d.control("hajin", "2014-03-01") == .faction(try d.faction("is")))
        #expect(try d.control("hajin", "2014-04-01") == .faction(try d.faction("iraq-gov")))
        // Back on its parent's side, it follows the parent again.
        #expect(try d.control("hajin", "2014-05-01") == .faction(try d.faction("is")))
    }

    @Test func fightingInAParentReachesOnlyAChildWithoutAHistoryOfItsOwn() throws {
        let fighting = [
            "2014-04-01\texact\tabu-kamal\tcontested:is+syria-gov\tFighting in the town.\tSrc\t2014",
            "2014-05-01\texact\tabu-kamal\tis\tIS took the town.\tSrc\t2014"
        ]
        let named = [
            "2014-02-01\texact\thajin\tis\tIS took Hajin.\tSrc\t2014",
            "2014-03-01\texact\thajin\tsyria-gov\tThe army took Hajin back.\tSrc\t2014"
        ]
        // Hajin, named by rows of its own, keeps the army's side while its parent is fought over.
        let d = try fixture(initial: initial, changes: named + fighting).load()
        let fight = Control.contested([try d.faction("is"), try d.faction("syria-gov")].sorted())
        #expect(try d.control("abu-kamal", "2014-04-01") == fight)
        #expect(try d.control("hajin", "2014-04-01") == .faction(try d.faction("syria-gov")))
        // The town's fall still takes the ground of its sides.
        #expect(try d.control("hajin", "2014-05-01") == .faction(try d.faction("is")))
        // Never named, it has no history but its parent's, fighting included.
        let e = try fixture(initial: initial, changes: fighting).load()
        #expect(try e.control("hajin", "2014-04-01") == fight)
    }

    @Test func aPlacesFirstDayRowTellsOfThatPlaceAloneNotOfTheVillagesCarvedFromIt() throws {
        let town = "2014-01-01\texact\tAbu Kamal\t35.3\t40.3\twikimap-sy:1:Abu Kamal\tis\tHeld.\tSrc\t2015"
        let d = try fixture(initial: initial, changes: [], campaigns: [town]).load()
        #expect(try d.control("abu-kamal", "2014-01-01") == .faction(try d.faction("is")))
        #expect(try d.control("hajin", "2014-01-01") == .faction(try d.faction("syria-gov")))
    }

    @Test func aCarvedRegionContestedWithItsParentsFirstRowSharesItsParentsReason() throws {
        // The coarse row has abu-kamal's area divided; a row of its own then gives the town to the army, so only
        // hajin keeps the division, which the reason given for abu-kamal explains.
        let area = ["abu-kamal\tcontested:is+syria-gov\tDivided.\tSrc\t2014", initial[1]]
        let town = "2014-01-01\texact\tAbu Kamal\t35.3\t40.3\twikimap-sy:1:Abu Kamal\tsyria-gov\tHeld.\tSrc\t2015"
        let reason = Fixture.table("contested", ["abu-kamal\t2014-01-01\tThe area was divided.\tSrc\t2015"])
        func warnings(_ files: [String: String?]) throws -> [DataWarning] {
            try fixture(initial: area, changes: [], campaigns: [town], files: files).load().warnings
                .filter { $0.kind == .longContested }
        }
        #expect(try warnings(["timeline/contested.tsv": reason]).isEmpty)
        let unexplained = try warnings(["timeline/contested.tsv": nil])
        #expect(unexplained.count == 1)
        #expect(unexplained.first?.message.hasPrefix("hajin is contested") == true)
    }

    @Test func namingAParentWhoseFamilyHoldsItAlreadyIsAnError() throws {
        let errors = try fixture(
            initial: initial, changes: ["2014-03-01\texact\tabu-kamal\tsyria-gov\tNothing.\tSrc\t2014"]
        ).errors()
        #expect(
            errors.contains {
                $0.contains("changes/a.tsv:2:1:") && $0.contains("abu-kamal is already held by syria-gov")
            }, "\(errors)")
    }

    @Test func badParentRowsAreLocated() throws {
        let f = try fixture(
            initial: initial, changes: [], parents: ["hajin\tnowhere", "al-qaim\thajin", "abu-kamal\tabu-kamal"])
        let errors = f.errors()
        let file = f.path("atlas/parents.tsv")
        #expect(errors.contains("\(file):2:7: unknown parent region \"nowhere\""), "\(errors)")
        #expect(errors.contains("\(file):4:11: a region cannot be its own parent"), "\(errors)")
    }

    @Test func parentsMayNotChain() throws {
        let f = try fixture(initial: initial, changes: [], parents: ["hajin\tabu-kamal", "abu-kamal\tal-qaim"])
        #expect(f.errors().contains { $0.contains("parents.tsv:2:7: parent abu-kamal is itself carved from al-qaim") })
    }
}
