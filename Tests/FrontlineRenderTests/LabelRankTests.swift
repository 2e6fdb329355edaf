import FrontlineCore
import FrontlineRender
import Testing

/// Labels follow what readers look for: capitals and the places in the news before raw population.
@Suite struct LabelRankTests {
    /// The words of the map's part of a frame.
    func mapText(_ scene: Scene, width: Int, height: Int) -> String {
        let map = Layout(width: width, height: height).map
        return render(scene, width: width, height: height).text.split(separator: "\n").dropFirst().prefix(map.height)
            .map { String($0.unicodeScalars.prefix(map.width).map(Character.init)) }.joined(separator: "\n")
    }

    @Test(arguments: [(80, 24), (100, 30), (120, 40), (160, 50), (200, 60)])
    func inTheWeekRamadiFellRamadiIsLabelledAndAbuGhraibIsNot(width: Int, height: Int) {
        let text = mapText(Fixture.scene(width: width, height: height), width: width, height: height)
        #expect(text.contains("Ramadi"))
        #expect(text.contains("Palmyra"), "IS took Palmyra on 2015-05-20, two days before")
        #expect(!text.contains("Abu Ghraib"), "Abu Ghraib's 900,000 people are its district's, from GeoNames")
    }

    @Test func placesFoughtOverOutrankMorePopulousOnesOfTheSamePriority() {
        let rank = LabelRank(data: Fixture.data)
        let position = Dictionary(uniqueKeysWithValues: rank.order.enumerated().map { ($1, $0) })
        let atlas = Fixture.data.atlas
        let fallujah = atlas.region(id: "fallujah")!, abuGhraib = atlas.region(id: "abu-ghraib")!
        #expect(fallujah.priority == abuGhraib.priority && fallujah.population < abuGhraib.population)
        #expect(rank.namedCount[region: fallujah.index] > rank.namedCount[region: abuGhraib.index])
        #expect(position[fallujah.index]! < position[abuGhraib.index]!)
    }

    @Test func governorateCapitalsOutrankOtherCities() throws {
        let rank = LabelRank(data: Fixture.data)
        let position = Dictionary(uniqueKeysWithValues: rank.order.enumerated().map { ($1, $0) })
        let atlas = Fixture.data.atlas
        let fallujah = try #require(atlas.region(id: "fallujah"))
        for id in ["aleppo", "homs", "tikrit", "tartus", "ramadi", "raqqa"] {
            let capital = try #require(atlas.region(id: id))
            #expect(capital.priority == 2, "\(id)")
            #expect(position[capital.index]! < position[fallujah.index]!, "\(id)")
        }
        for id in ["samarra", "abu-ghraib", "fallujah"] {
            #expect(atlas.region(id: id)?.priority == 3, "\(id) is a city, not a governorate capital")
        }
    }

    /// Capitals' labels are bold, other places' not: Ramadi, Anbar's capital, against Palmyra, a town.
    @Test func capitalsAreDrawnInBold() {
        let grid = render(Fixture.scene(width: 120, height: 40), width: 120, height: 40)
        func isBold(_ name: String) -> Bool? {
            let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (y, line) in rows.enumerated() {
                let scalars = Array(line.unicodeScalars)
                let target = Array(name.unicodeScalars)
                guard scalars.count >= target.count else { continue }
                for x in 0...(scalars.count - target.count) where Array(scalars[x..<x + target.count]) == target {
                    return grid[x, y].style.bold
                }
            }
            return nil
        }
        #expect(isBold("Ramadi") == true)
        #expect(isBold("Palmyra") == false)
    }

    @Test func theWeeksNewsIsTheRegionsItsChangesName() {
        let news = LabelRank(data: Fixture.data).inTheNews(Fixture.data, on: Era.seed).map {
            Fixture.data.atlas.regions[$0].id
        }
        #expect(news.contains("ramadi") && news.contains("palmyra"))
        let weekLater = LabelRank(data: Fixture.data).inTheNews(Fixture.data, on: Day(iso: "2015-05-24")!)
        #expect(!weekLater.contains(Fixture.data.atlas.region(id: "ramadi")!.index), "Ramadi fell on 2015-05-17")
    }
}
