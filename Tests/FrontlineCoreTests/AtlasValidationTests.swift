import Testing
@testable import FrontlineCore

/// Checks of `atlas/`: regions.tsv fields and references, and the grid's shape.
@Suite struct AtlasValidationTests {
    static let regions = "atlas/regions.tsv"
    static let grid = "atlas/grid.txt"

    /// regions.tsv with the first two default rows and `third` (al-qaim, ASCII only so columns are easy to read):
    /// n 1, id 3, kind 11, name 16, english 24, lat 32, lon 40, population 48, district 54, priority 63,
    /// cells 65, source 67.
    func regionsErrors(third: String) throws -> (Fixture, [String]) {
        let fx = try Fixture([Self.regions: Fixture.table("regions", Array(Fixture.regionRows.prefix(2)) + [third])])
        return (fx, fx.errors())
    }

    func alQaim(
        lat: String = "35.3000", lon: String = "41.7000", population: String = "74100",
        district: String = "IQG01Q02", priority: String = "3", cells: String = "2"
    ) -> String {
        "3\tal-qaim\ttown\tAl "
            + "Qaim\tal-Qaim\t\(lat)\t\(lon)\t\(population)\t\(district)\t\(priority)\t\(cells)\tGeoNames 92138\tAl "
            + "Kaim"
    }

    @Test func defaultAltQaimRowLoads() throws {
        let fx = try Fixture([Self.regions: Fixture.table("regions", Array(Fixture.regionRows.prefix(2)) + [alQaim()])])
        #expect(try fx.load().atlas.regions.count == 3)
    }

    @Test func latitude91() throws {
        let (fx, e) = try regionsErrors(third: alQaim(lat: "91"))
        #expect(e == ["\(fx.path(Self.regions)):4:32: expected a latitude from -90 to 90"])
    }

    @Test(arguments: ["nan", "inf", "35,3", ""])
    func unparseableLatitude(_ lat: String) throws {
        let (fx, e) = try regionsErrors(third: alQaim(lat: lat))
        #expect(e == ["\(fx.path(Self.regions)):4:32: expected a latitude from -90 to 90"])
    }

    @Test func longitude181() throws {
        let (fx, e) = try regionsErrors(third: alQaim(lon: "181"))
        #expect(e == ["\(fx.path(Self.regions)):4:40: expected a longitude from -180 to 180"])
    }

    @Test func negativePopulation() throws {
        let (fx, e) = try regionsErrors(third: alQaim(population: "-1"))
        #expect(e == ["\(fx.path(Self.regions)):4:48: expected a population of 0 or more"])
    }

    @Test func unknownDistrictInRegions() throws {
        let (fx, e) = try regionsErrors(third: alQaim(district: "IQG99Q99"))
        #expect(e == ["\(fx.path(Self.regions)):4:54: unknown district \"IQG99Q99\""])
    }

    @Test func priorityOutOfRange() throws {
        let (fx, e) = try regionsErrors(third: alQaim(priority: "7"))
        #expect(e == ["\(fx.path(Self.regions)):4:63: expected a priority from 1 to 6"])
    }

    @Test func columnsAreCountedInUnicodeScalars() throws {
        // The name is 10 characters but 13 scalars (combining macrons) and 16 bytes: lat starts at column 40 (37 in
        // characters, 43 in bytes).
        let row = "3\tal-qaim\ttown\tA\u{304}lbu\u{304} Kama\u{304}l\tAbu Kamal\t91\t41.7000\t0\tIQG01Q02\t3\t2\tsrc\t"
        let (fx, e) = try regionsErrors(third: row)
        #expect(e == ["\(fx.path(Self.regions)):4:40: expected a latitude from -90 to 90"])
    }

    @Test func duplicateRegionID() throws {
        let fx = try Fixture([
            Self.regions: Fixture.table(
                "regions",
                Fixture.regionRows + [
                    "4\thajin\ttown\tHajin\tHajin\t35.2000\t41.2000\t0\tSY0902\t5\t0\tcurated\t"
                ])
        ])
        #expect(fx.errors() == ["\(fx.path(Self.regions)):5:3: duplicate region id hajin (first on line 3)"])
    }

    @Test func regionNumbersMustCount() throws {
        let fx = try Fixture([
            Self.regions: Fixture.table(
                "regions",
                Array(Fixture.regionRows.prefix(2)) + [
                    "4" + alQaim().dropFirst()
                ])
        ])
        #expect(fx.errors() == ["\(fx.path(Self.regions)):4:1: expected region number 3"])
    }

    /// One bad row in the middle should give one error; today the rows after it are also reported as misnumbered
    /// (AtlasLoader skips the bad row but still requires n == regions.count + 1).
    @Test func badMiddleRowGivesOneError() throws {
        let fx = try Fixture([
            Self.regions: Fixture.table(
                "regions",
                [
                    Fixture.regionRows[0],
                    "2\thajin\ttown\tHajin\tHajin\t91\t41.2000\t0\tSY0902\t5\t2\tcurated\tHajeen",
                    Fixture.regionRows[2]
                ])
        ])
        let e = fx.errors()
        #expect(e.first == "\(fx.path(Self.regions)):3:26: expected a latitude from -90 to 90")
        #expect(e == ["\(fx.path(Self.regions)):3:26: expected a latitude from -90 to 90"])

    }

    @Test func regionCellCountMismatch() throws {
        let (fx, e) = try regionsErrors(third: alQaim(cells: "3"))
        #expect(e == ["\(fx.path(Self.regions)):4:65: region al-qaim has 2 cells in grid.txt, expected 3"])
    }

    @Test func unknownCountryOfGovernorate() throws {
        let fx = try Fixture([
            "atlas/governorates.tsv": Fixture.table(
                "governorates",
                [
                    "SY09\tSY\tDeir-ez-Zor\tدير الزور", "IQG01\tTR\tAl-Anbar\tالانبار"
                ])
        ])
        // A neighbour is not a mapped country; the districts of the dropped governorate then fail too.
        #expect(
            fx.errors() == [
                "\(fx.path("atlas/governorates.tsv")):3:7: unknown mapped country \"TR\"",
                "\(fx.path("atlas/districts.tsv")):3:10: unknown governorate \"IQG01\"",
                "\(fx.path(Self.regions)):4:55: unknown district \"IQG01Q02\""
            ])
    }

    @Test func gridRowTooShort() throws {
        let fx = try Fixture([Self.grid: Fixture.grid(["@TR*4", "1*2 2", "~ L1 2 3"])])
        #expect(fx.errors() == ["\(fx.path(Self.grid)):8:6: row has 3 cells, expected 4"])
    }

    @Test func gridRowTooLong() throws {
        let fx = try Fixture([Self.grid: Fixture.grid(["@TR*4", "1*2 2 3 3", "~ L1 2 3"])])
        #expect(fx.errors() == ["\(fx.path(Self.grid)):8:9: row has more than 4 cells"])
    }

    @Test func gridRunTooLong() throws {
        let fx = try Fixture([Self.grid: Fixture.grid(["@TR*5", "1*2 2 3", "~ L1 2 3"])])
        #expect(fx.errors() == ["\(fx.path(Self.grid)):7:1: row has more than 4 cells"])
    }

    @Test func truncatedGrid() throws {
        let fx = try Fixture([Self.grid: Fixture.grid(["@TR*4", "1*2 2 3"])])
        #expect(fx.errors() == ["\(fx.path(Self.grid)):9:1: expected 3 grid rows, found 2: the file is truncated"])
    }

    @Test func gridWithExtraRows() throws {
        let fx = try Fixture([Self.grid: Fixture.grid(Fixture.gridRows + ["~*4"])])
        #expect(fx.errors() == ["\(fx.path(Self.grid)):10:1: expected the end of the file after 3 rows"])
    }

    @Test(arguments: ["4", "L2", "@XX", "@IQ", "1*0", "~~", "x", "1*"])
    func badCellCode(_ token: String) throws {
        // Region 4 and lake 2 do not exist; IQ is mapped, not a neighbour.
        let fx = try Fixture([Self.grid: Fixture.grid(["@TR*3 \(token)", "1*2 2 3", "~ L1 2 3"])])
        #expect(
            fx.errors() == [
                "\(fx.path(Self.grid)):7:7: expected a cell code (region number, ~, L<n> or @XX) with an optional "
                    + "*COUNT, found \"\(token)\""
            ])
    }

    @Test func doubledSpaceInAGridRow() throws {
        let fx = try Fixture([Self.grid: Fixture.grid(["@TR*2  @TR*2", "1*2 2 3", "~ L1 2 3"])])
        #expect(
            fx.errors() == [
                "\(fx.path(Self.grid)):7:7: expected a cell code (region number, ~, L<n> or @XX) with an optional "
                    + "*COUNT, found \"\""
            ])
    }

    @Test func gridMagicLine() throws {
        let fx = try Fixture([Self.grid: "frontline-atlas-grid 2\n"])
        #expect(fx.errors() == ["\(fx.path(Self.grid)):1:1: expected the first line \"frontline-atlas-grid 1\""])
    }

    @Test func gridHeaderKeysInOrder() throws {
        let fx = try Fixture([Self.grid: "frontline-atlas-grid 1\nrows 3\ncols 4\n"])
        #expect(fx.errors() == ["\(fx.path(Self.grid)):2:1: expected \"cols VALUE\""])
    }

    @Test func gridStepOutOfRange() throws {
        let text = Fixture.grid(Fixture.gridRows).replacingOccurrences(of: "step 0.5", with: "step 0")
        let fx = try Fixture([Self.grid: text])
        #expect(fx.errors() == ["\(fx.path(Self.grid)):6:6: expected a step above 0 and at most 1 degree"])
    }

    @Test func gridFractionalColumnCount() throws {
        let text = Fixture.grid(Fixture.gridRows).replacingOccurrences(of: "cols 4", with: "cols 4.5")
        let fx = try Fixture([Self.grid: text])
        #expect(fx.errors() == ["\(fx.path(Self.grid)):2:6: expected a column count from 1 to 20000"])
    }

    /// A column count too large for Int is reported, not a trap (run in a child process, so a trap fails only this).
    @Test func hugeColumnCountIsAnErrorNotACrash() async {
        await #expect(processExitsWith: .success) {
            let text = Fixture.grid(Fixture.gridRows).replacingOccurrences(of: "cols 4", with: "cols 1e300")
            let fx = try Fixture([AtlasValidationTests.grid: text])
            #expect(
                fx.errors() == ["\(fx.path(AtlasValidationTests.grid)):2:6: expected a column count from 1 to 20000"])
        }

    }

    @Test func gridWithCRLFAndBOM() throws {
        let text = Fixture.grid(Fixture.gridRows).replacingOccurrences(of: "\n", with: "\r\n")
        let fx = try Fixture(bytes: [Self.grid: [0xEF, 0xBB, 0xBF] + Array(text.utf8)])
        #expect(try fx.load().atlas.grid.cols == 4)
    }
}
