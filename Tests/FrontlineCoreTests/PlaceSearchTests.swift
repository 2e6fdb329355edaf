import Testing
@testable import FrontlineCore

@Suite struct PlaceSearchTests {
    func ids(_ indices: [RegionID]) throws -> [String] {
        let atlas = try RealData.data().atlas
        return indices.map { atlas.regions[$0].id }
    }

    func search() throws -> PlaceSearch { PlaceSearch(atlas: try RealData.data().atlas) }

    @Test(arguments: ["Palmyra", "Tadmur", "palmyra", "PALMYRA", "Tadmor"])
    func palmyraByAnyName(_ name: String) throws {
        #expect(try ids(search().resolve(name)).first == "palmyra")
    }

    @Test func husseibaIsAmbiguous() throws {
        let found = try ids(search().resolve("Husseiba"))
        #expect(found.count > 1)
        #expect(found.first == "husaybah-al-sharqiyah")
        #expect(found.contains("al-qaim"))
    }

    @Test(arguments: ["Ḩamāh", "Hama", "hamah", "HAMA"])
    func diacriticsAndCaseAreIgnored(_ name: String) throws {
        #expect(try ids(search().resolve(name)).first == "hama")
    }

    @Test(arguments: ["palmyra", "al-qaim", "al-qaim-crossing", "husaybah-al-sharqiyah", "al-tanf-crossing", "rabia"])
    func idsResolveExactly(_ id: String) throws {
        #expect(try ids(search().resolve(id)) == [id])
    }

    @Test func articleIsIgnored() throws {
        #expect(try ids(search().resolve("Qaim")).first == "al-qaim")
        #expect(try ids(search().resolve("Al Qa'im")).first == "al-qaim")
    }

    @Test func prefixesAreFoundWithoutAnExactName() throws {
        let found = try ids(search().resolve("Palmy"))
        #expect(found.contains("palmyra"))
        #expect(try search().resolve("Pa").isEmpty)
    }

    @Test func anyWordOfANameMatches() throws {
        let golan = try ids(search().resolve("Golan"))
        #expect(golan.contains("golan-quneitra") && golan.contains("golan-al-fiq"), "\(golan)")
        #expect(try ids(search().resolve("Sharqiyah")).contains("husaybah-al-sharqiyah"))
    }

    @Test func districtAndGovernorateNamesMatchTheirRegions() throws {
        let data = try RealData.data()
        let anbar = try search().resolve("Al-Anbar")
        let inAnbar = data.atlas.regions.filter { data.atlas.governorate(of: $0).name == "Al-Anbar" }.count
        #expect(anbar.count >= inAnbar && inAnbar > 5)
        #expect(
            anbar.prefix(inAnbar).allSatisfy { data.atlas.governorate(of: data.atlas.regions[$0]).name == "Al-Anbar" },
            "the governorate's regions come first")
        #expect(try ids(search().resolve("Al-Anbar")).first == "ramadi", "the governorate's capital first")
    }

    @Test func emptyOrUnknownQueriesFindNothing() throws {
        #expect(try search().resolve("").isEmpty)
        #expect(try search().resolve("   ").isEmpty)
        #expect(try search().resolve("Zzyzx").isEmpty)
    }

    /// Arabic names are listed among the alternative names, but ``PlaceSearch/fold(_:)`` keeps ASCII only, so they
    /// fold to nothing and cannot be found.
    @Test func arabicNamesAreSearchable() throws {
        let atlas = try Fixture().load().atlas
        #expect(atlas.regions[RegionID(2)].altNames.contains("القائم"))
        #expect(PlaceSearch(atlas: atlas).resolve("القائم") == [RegionID(2)])

    }

    @Test func folding() {
        #expect(PlaceSearch.fold("Al-Qā’im") == "qaim")
        #expect(PlaceSearch.fold("Ḩamāh") == "hamah")
        #expect(PlaceSearch.fold("Deir ez-Zor") == "deirezzor")
        #expect(PlaceSearch.fold("al") == "al")
        #expect(PlaceSearch.skeleton("husseiba") == "hsb")
        #expect(PlaceSearch.skeleton("husaybah") == "hsb")
    }

    @Test func fixtureSearchUsesAltNames() throws {
        let atlas = try Fixture().load().atlas
        let s = PlaceSearch(atlas: atlas)
        #expect(s.resolve("Al Kaim") == [RegionID(2)])
        #expect(s.resolve("Hajeen").first == RegionID(1))
    }
}

/// Inputs the `text` fuzzer found (Fuzz/crashes/text-1.bin, text-2.bin).
@Suite struct FoldFuzzRegressionTests {
    @Test func ayinAndHamzaMarksAreDropped() {
        #expect(PlaceSearch.fold("Maʿarrat al-Nuʿman") == "maarratalnuman")
        #expect(PlaceSearch.fold("ʾ") == "")
    }

    @Test func foldIsIdempotentEvenForStrayMarks() {
        let input = "r\u{FFFD}\u{065B}a"
        #expect(PlaceSearch.fold(PlaceSearch.fold(input)) == PlaceSearch.fold(input))
        #expect(PlaceSearch.fold(input) == "ra")
    }
}

/// Folding scalar by scalar (``NameFolder``) gives what folding each whole name through Foundation gave.
@Suite struct NameFolderTests {
    /// The fold as it was first written: Foundation folds the whole string, then letters and digits are kept.
    static func wholeStringFold(_ text: String) -> String {
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for ch in plain.unicodeScalars {
            if NameFolder.apostrophes.contains(ch) || ch.properties.generalCategory == .nonspacingMark { continue }
            if ch.properties.isAlphabetic || ("0"..."9").contains(ch) {
                word.unicodeScalars.append(ch)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.count > 1, NameFolder.articles.contains(words[0]) { words.removeFirst() }
        return words.joined().lowercased()
    }

    /// The words of a name as they were first split: by Character, each folded whole.
    static func wholeStringWords(_ name: String) -> [String] {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "(" || $0 == ")" || $0 == "," })
            .map { wholeStringFold(String($0)) }.filter { !$0.isEmpty }
        return words.count > 1 && NameFolder.articles.contains(words[0]) ? Array(words.dropFirst()) : words
    }

    @Test func everyAtlasNameFoldsAsAWholeString() throws {
        let atlas = try RealData.data().atlas
        var names = atlas.regions.flatMap { [$0.english, $0.name] + $0.altNames }
        names += atlas.places.flatMap { [$0.english, $0.name] + $0.altNames }
        names += atlas.districts.map(\.name) + atlas.governorates.map(\.name)
        var folder = NameFolder()
        var folds = 0, splits = 0
        for n in names {
            if folder.fold(n) != Self.wholeStringFold(n) { folds += 1 }
            if folder.words(n) != Self.wholeStringWords(n) { splits += 1 }
        }
        #expect(names.count > 20_000)
        #expect(folds == 0 && splits == 0, "\(folds) folds and \(splits) word lists differ")
    }

    @Test(arguments: [
        "Al-Qā’im", "ＡＢＣ", "Ḩamāh", "al", "Al Al", "Deir ez-Zor", "ʾ", "r\u{FFFD}\u{065B}a", "e\u{301}", "Straße",
        "ǅemal", "ﻻ", ""
    ])
    func oddNamesFoldAsAWholeString(_ name: String) {
        var folder = NameFolder()
        #expect(folder.fold(name) == Self.wholeStringFold(name))
        #expect(folder.words(name) == Self.wholeStringWords(name))
    }
}
