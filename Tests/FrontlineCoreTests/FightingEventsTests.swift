import Foundation
import Testing
@testable import FrontlineCore

/// The bundled UCDP events: loaded once, checked against the shared CSV they come from, and queried.
enum RealEvents {
    static let loaded: Result<FightingLog, DataErrors> = {
        do throws(DataErrors) { return .success(try FightingLoader.load(for: try RealData.loaded.get())) } catch {
            return .failure(error)
        }
    }()

    static func log() throws -> FightingLog { try loaded.get() }

    /// `../shared/reference/ucdp/ged_syria_2016-2019.csv` beside the checkout, if present.
    static let sharedCSV: String = {
        var url = URL(fileURLWithPath: RealData.directory)
        for _ in 0..<2 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/reference/ucdp/ged_syria_2016-2019.csv").path
    }()

    /// Rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes doubled and line breaks).
    static func csvRows(_ path: String) throws -> [[String]] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var rows: [[String]] = [], row: [String] = [], field: [UInt8] = []
        var quoted = false, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == 0x22 {
                quoted = true
            } else if b == 0x2C {
                row.append(String(decoding: field, as: UTF8.self))
                field = []
            } else if b == 0x0A {
                row.append(String(decoding: field, as: UTF8.self))
                field = []
                rows.append(row)
                row = []
            } else if b != 0x0D {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(String(decoding: field, as: UTF8.self))
            rows.append(row)
        }
        return rows
    }
}

@Suite struct FightingEventsTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: RealEvents.sharedCSV), "needs ../shared/reference/ucdp"))
    func roundTripsAgainstTheSharedCSV() throws {
        let log = try RealEvents.log()
        let rows = try RealEvents.csvRows(RealEvents.sharedCSV)
        let header = rows[0]
        func col(_ name: String) throws -> Int { try #require(header.firstIndex(of: name), "\(name)") }
        let id = try col("id"), start = try col("date_start"), end = try col("date_end")
        let lat = try col("latitude"), lon = try col("longitude")
        let deaths = try ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low", "high"].map(col)
        let body = rows.dropFirst()
        #expect(body.count == 16_566)
        #expect(log.events.count == body.count)
        let byID = Dictionary(uniqueKeysWithValues: log.events.map { ($0.id, $0) })
        var mismatches: [String] = []
        for r in body {
            guard let e = byID[Int(r[id]) ?? -1] else {
                mismatches.append("missing \(r[id])")
                continue
            }
            let d = e.deaths
            if e.start.description != r[start] || e.end.description != r[end] { mismatches.append("\(r[id]) dates") }
            if e.point.lat != Double(r[lat]) || e.point.lon != Double(r[lon]) { mismatches.append("\(r[id]) point") }
            if [d.sideA, d.sideB, d.civilians, d.unknown, d.best, d.low, d.high] != deaths.map({ Int(r[$0]) ?? -1 }) {
                mismatches.append("\(r[id]) deaths")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func theBundledFileLoadsWithSidesAndSources() throws {
        let log = try RealEvents.log()
        #expect(log.events.count == 16_566)
        #expect(log.first == Day(iso: "2016-01-01") && log.last == Day(iso: "2019-12-01"))
        #expect(log.actors.first { $0.name == "Government of Syria" }?.faction == "syria-gov")
        #expect(log.actors.first { $0.name == "IS" }?.faction == "is")
        #expect(log.actors.first { $0.name == "SDF" }?.faction == "sdf")
        #expect(log.actors.first { $0.name == "Syrian insurgents" }?.faction == nil, "a catch-all keeps UCDP's name")
        #expect(log.events.allSatisfy { !$0.sources.isEmpty })
        #expect(
            log.events.allSatisfy {
                $0.deaths.best == $0.deaths.sideA + $0.deaths.sideB + $0.deaths.civilians + $0.deaths.unknown
            })
    }

    @Test func theEastAleppoWindowListsEventsNearAleppoWithSources() throws {
        let data = try RealData.data(), log = try RealEvents.log()
        let filter = try EventFilter(
            log: log, atlas: data.atlas, from: Day(iso: "2016-11-15")!, to: Day(iso: "2016-12-22")!, near: "Aleppo",
            radius: 10, faction: nil, type: nil, minDeaths: nil)
        let found = filter.apply(to: log)
        #expect(found.count > 50, "the siege's last weeks are densely reported")
        let aleppo = try #require(data.atlas.region(id: "aleppo")).point
        for i in found {
            let e = log.events[i]
            #expect(e.point.distanceKm(to: aleppo) <= 10)
            #expect(e.overlaps(Day(iso: "2016-11-15")!, Day(iso: "2016-12-22")!))
            #expect(!log.firstSource(e).headline.isEmpty)
        }
        #expect(
            found.contains {
                log.events[$0].place.contains("Aleppo") && log.sides(log.events[$0]).contains("syria-gov")
            })
    }

    @Test func windowsMatchABruteForceScan() throws {
        let log = try RealEvents.log()
        for (from, to) in [
            ("2016-01-01", "2016-01-01"), ("2016-12-10", "2016-12-16"), ("2018-02-01", "2018-03-02"),
            ("2019-11-30", "2019-12-31")
        ] {
            let a = Day(iso: from)!, b = Day(iso: to)!
            let brute = log.events.indices.filter { log.events[$0].overlaps(a, b) }
            #expect(log.indices(overlapping: a, b) == brute, "\(from)..\(to)")
        }
        #expect(
            log.indices(window: .week, endingOn: Day(iso: "2016-12-16")!)
                == log.indices(overlapping: Day(iso: "2016-12-10")!, Day(iso: "2016-12-16")!))
    }

    @Test func deathsPerWeekSpreadSpansAndAddUp() throws {
        let log = try RealEvents.log()
        let total = log.events.reduce(0) { $0 + $1.deaths.best }
        #expect(abs(log.deathsPerWeek.reduce(0, +) - Double(total)) < 1, "every death is counted once")
        #expect(log.deaths(weekOf: Day(iso: "2015-06-01")!) == 0, "no events before 2016")
    }

    @Test(
        arguments: [
            ("2015-12-31", "2016-01-02", nil, nil, nil, nil, "outside the events data"),
            ("2016-01-01", "2020-01-01", nil, nil, nil, nil, "outside the events data"),
            ("2016-02-01", "2016-01-01", nil, nil, nil, nil, "is after --to"),
            ("2016-01-01", "2016-01-31", "Nowhereville", nil, nil, nil, "no place matches"),
            ("2016-01-01", "2016-01-31", "Aleppo", 0.0, nil, nil, "--radius expects"),
            ("2016-01-01", "2016-01-31", "Aleppo", 500.5, nil, nil, "--radius expects"),
            ("2016-01-01", "2016-01-31", nil, nil, "daesh", nil, "--faction: no side"),
            ("2016-01-01", "2016-01-31", nil, nil, nil, "war", "--type expects")
        ] as [(String, String, String?, Double?, String?, String?, String)])
    func badRequestsAreUsageErrors(
        from: String, to: String, near: String?, radius: Double?, faction: String?, type: String?, message: String
    ) throws {
        let data = try RealData.data(), log = try RealEvents.log()
        do {
            _ = try EventFilter(
                log: log, atlas: data.atlas, from: Day(iso: from)!, to: Day(iso: to)!, near: near, radius: radius,
                faction: faction, type: type, minDeaths: nil)
            Issue.record("expected a usage error containing \(message)")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test func filtersBySideTypeAndDeaths() throws {
        let data = try RealData.data(), log = try RealEvents.log()
        let f = try EventFilter(
            log: log, atlas: data.atlas, from: Day(iso: "2017-06-01")!, to: Day(iso: "2017-06-30")!,
            near: "35.95,39.01", radius: 50,
            faction: "sdf", type: "non-state", minDeaths: 5)
        let found = f.apply(to: log)
        #expect(!found.isEmpty, "Raqqa, June 2017")
        for i in found {
            let e = log.events[i]
            #expect(e.violence == .nonState && e.deaths.best >= 5)
            #expect(log.actors[e.sideA].faction == "sdf" || log.actors[e.sideB].faction == "sdf")
        }
        let coalition = try EventFilter(
            log: log, atlas: data.atlas, from: Day(iso: "2016-01-01")!, to: Day(iso: "2019-12-01")!, near: nil,
            radius: nil,
            faction: "jabhat fateh al-sham", type: nil, minDeaths: nil)
        #expect(coalition.actors!.count > 1, "a UCDP name also finds the coalitions that include it")
    }

    @Test func monthlyPairsAddUpToTheLog() throws {
        let log = try RealEvents.log()
        let pairs = log.monthlyPairs()
        #expect(pairs.reduce(0) { $0 + $1.events } == log.events.count)
        #expect(pairs.reduce(0) { $0 + $1.deaths } == log.events.reduce(0) { $0 + $1.deaths.best })
        #expect(pairs.first?.month == "2016-01" && pairs.last?.month == "2019-11")
    }

    @Test func loadingIsLazyAndTheControlTimelineIgnoresEvents() throws {
        let data = try RealData.data()
        let lazy = LazyFightingLog(for: data)
        #expect(!lazy.isLoaded, "creating the holder reads nothing")
        #expect(lazy.log?.events.count == 16_566)
        #expect(lazy.isLoaded)
        // The same data without events/ builds the same history: nothing of control comes from events.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
            "frontline-noevents-\(UUID().uuidString)"
        ).path
        try FileManager.default.copyItem(atPath: RealData.directory, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.removeItem(atPath: copy + "/events")
        let without = try DataSet.load(directory: copy)
        #expect(without.history.steps.count == data.history.steps.count)
        #expect(
            without.history.snapshot(at: Day(iso: "2016-12-22")!) == data.history.snapshot(at: Day(iso: "2016-12-22")!))
        #expect(try FightingLoader.load(for: without).isEmpty, "events/ is optional")
    }

    @Test func distanceIsGreatCircle() {
        let damascus = GeoPoint(lat: 33.5138, lon: 36.2765), aleppo = GeoPoint(lat: 36.2021, lon: 37.1343)
        #expect(abs(damascus.distanceKm(to: aleppo) - 310) < 5)
        #expect(aleppo.distanceKm(to: aleppo) == 0)
    }
}
