import Testing
@testable import FrontlineCore

/// The place search's names as the cache keeps them: decoded on first use, and worked out again when the
/// cached section does not decode, so a bad section never gives a wrong answer.
@Suite struct SearchNameTableTests {
    static func folded(_ entries: [PlaceSearch.Entry]) -> [String] {
        entries.map { "\($0.region.index) \($0.folded) \($0.primary) \($0.name)" }
    }

    @Test func aSectionDecodesToTheNamesItWasWrittenFrom() throws {
        let atlas = try RealData.data().atlas
        let names = atlas.searchNames
        let table = SearchNameTable(encoded: SearchNameTable.encode(names), regionCount: atlas.regions.count)
        var rebuilt = 0
        let decoded = table.names {
            rebuilt += 1
            return []
        }
        #expect(rebuilt == 0)
        #expect(Self.folded(decoded) == Self.folded(names))
    }

    @Test func aDamagedSectionIsWorkedOutAgainOnce() throws {
        let atlas = try RealData.data().atlas
        let names = atlas.searchNames
        let encoded = SearchNameTable.encode(names)
        for damaged in [Array(encoded.prefix(encoded.count / 2)), encoded + [0]] {
            let table = SearchNameTable(encoded: damaged, regionCount: atlas.regions.count)
            var rebuilt = 0
            for _ in 0..<2 {
                let answer = table.names {
                    rebuilt += 1
                    return names
                }
                #expect(Self.folded(answer) == Self.folded(names))
            }
            #expect(rebuilt == 1)
        }
        // An entry naming a region the atlas does not have is damage too.
        let table = SearchNameTable(encoded: encoded, regionCount: 1)
        var rebuilt = 0
        _ = table.names {
            rebuilt += 1
            return names
        }
        #expect(rebuilt == 1)
    }
}
