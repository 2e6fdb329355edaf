import FoundationEssentials

/// Loads and checks `Data/events/`: `ucdp-actors.tsv`, `ucdp-sources.tsv` and `ucdp-ged.tsv`.
///
/// The folder is optional: without `ucdp-ged.tsv` the log is empty. With it, every row is checked (numbers and
/// their ranges, dates, coordinates, references to actors and sources, deaths by side adding up to the best estimate;
/// UCDP's low and high estimates do not always bracket the best one, so they are kept as written)
/// and every error is reported as `file:line:column`; nothing loads unless everything does.
public enum FightingLoader {
    public static let eventsFile = "ucdp-ged.tsv"
    public static let actorsFile = "ucdp-actors.tsv"
    public static let sourcesFile = "ucdp-sources.tsv"

    /// The `events/` folder of a data set's directory.
    public static func directory(of data: DataSet) -> String {
        Path.join(data.directory, "events")
    }

    /// Loads the events of `data`, checking actors' factions against its timeline.
    public static func load(for data: DataSet) throws(DataErrors) -> FightingLog {
        try load(directory: directory(of: data), factions: data.timeline.factions.map(\.id))
    }

    /// Loads the folder `directory`, checking actors' factions against the ids `factions`.
    public static func load(directory: String, factions: [String]) throws(DataErrors) -> FightingLog {
        let path = { (name: String) in Path.join(directory, name) }
        guard FileManager.default.fileExists(atPath: path(eventsFile)) else { return .empty }
        var errors: [DataError] = []
        func table(_ name: String, _ header: [String]) -> TextTable? {
            do { return try TextTable(path: path(name), header: header) } catch {
                errors += error.errors
                return nil
            }
        }
        var actors: [UCDPActor] = []
        if let t = table(actorsFile, DataFormat.ucdpActors) {
            for row in t.rows {
                do throws(DataError) {
                    try number(row, expected: actors.count + 1)
                    guard !row[1].isEmpty else { throw row.error(1, "expected the actor's name") }
                    let faction = row[2].isEmpty ? nil : row[2]
                    if let faction, !factions.contains(faction) {
                        throw row.error(
                            2,
                            "unknown faction \"\(Sanitizer.printable(faction, limit: 40))\"; expected empty or one "
                                + "of: \(factions.joined(separator: ", "))"
                        )
                    }
                    actors.append(UCDPActor(name: row[1], faction: faction))
                } catch { errors.append(error) }
            }
        }
        var sources: [EventSource] = []
        if let t = table(sourcesFile, DataFormat.ucdpSources) {
            for row in t.rows {
                do throws(DataError) {
                    try number(row, expected: sources.count + 1)
                    for i in 1...3 where row[i].isEmpty {
                        throw row.error(i, "expected the report's \(DataFormat.ucdpSources[i])")
                    }
                    sources.append(EventSource(office: row[1], date: row[2], headline: row[3]))
                } catch { errors.append(error) }
            }
        }
        guard errors.isEmpty else { throw DataErrors(errors) }
        var events: [FightingEvent] = []
        var ids = Set<Int>()
        if let t = table(eventsFile, DataFormat.ucdpEvents) {
            for row in t.rows {
                do throws(DataError) {
                    let e = try event(row, actors: actors.count, sources: sources.count)
                    guard ids.insert(e.id).inserted else { throw row.error(0, "duplicate event id \(e.id)") }
                    events.append(e)
                } catch { errors.append(error) }
                if errors.count >= 200 { break }
            }
        }
        guard errors.isEmpty else { throw DataErrors(errors) }
        return FightingLog(events: events, actors: actors, sources: sources)
    }

    /// One row of `ucdp-ged.tsv`.
    static func event(_ row: TextRow, actors: Int, sources: Int) throws(DataError) -> FightingEvent {
        let id = try integer(row, 0, 1...Int(Int32.max))
        let start = try day(row, 1), end = try day(row, 2)
        guard end >= start else { throw row.error(2, "end \(end) is before start \(start)") }
        let datePrecision = try integer(row, 3, 1...5)
        let lat = try coordinate(row, 4, limit: 90), lon = try coordinate(row, 5, limit: 180)
        let wherePrecision = try integer(row, 6, 1...7)
        guard row[7].unicodeScalars.count <= 200 else { throw row.error(7, "place is longer than 200 characters") }
        let violence = Violence(rawValue: try integer(row, 8, 1...3))!
        func actor(_ i: Int) throws(DataError) -> Int {
            guard let n = Int(row[i]), row[i].allSatisfy(\.isASCII), (1...actors).contains(n) else {
                throw row.error(
                    i,
                    "expected \(DataFormat.ucdpEvents[i]) as an actor number from 1 to \(actors) of \(actorsFile), "
                        + "found \"\(Sanitizer.printable(row[i], limit: 20))\""
                )
            }
            return n - 1
        }
        let sideA = try actor(9), sideB = try actor(10)
        let counts = try (11...17).map { (i: Int) throws(DataError) -> Int in try integer(row, i, 0...1_000_000) }
        guard counts[4] == counts[0] + counts[1] + counts[2] + counts[3] else {
            throw row.error(
                15,
                "best is \(counts[4]), but deaths_a + deaths_b + deaths_civilians + deaths_unknown is "
                    + "\(counts[0] + counts[1] + counts[2] + counts[3])"
            )
        }
        var refs: [Int] = []
        var column = row.columns[18]
        for part in row[18].split(separator: ",", omittingEmptySubsequences: false) {
            guard let n = Int(part), (1...sources).contains(n) else {
                throw DataError(
                    file: row.file, line: row.line, column: column,
                    message:
                        "expected a report number from 1 to \(sources) of \(sourcesFile), found "
                        + "\"\(Sanitizer.printable(String(part), limit: 20))\""
                )
            }
            refs.append(n - 1)
            column += part.unicodeScalars.count + 1
        }
        return FightingEvent(
            id: id, start: start, end: end, datePrecision: datePrecision, point: GeoPoint(lat: lat, lon: lon),
            wherePrecision: wherePrecision, place: row[7], violence: violence, sideA: sideA, sideB: sideB,
            deaths: Deaths(
                sideA: counts[0], sideB: counts[1], civilians: counts[2], unknown: counts[3],
                best: counts[4], low: counts[5], high: counts[6]),
            sources: refs)
    }

    /// Checks that the row's `n` is `expected`: tables are numbered from 1 without gaps.
    static func number(_ row: TextRow, expected: Int) throws(DataError) {
        guard Int(row[0]) == expected, row[0] == String(expected) else {
            throw row.error(0, "expected row number \(expected), found \"\(Sanitizer.printable(row[0], limit: 20))\"")
        }
    }

    static func integer(_ row: TextRow, _ i: Int, _ range: ClosedRange<Int>) throws(DataError) -> Int {
        guard let v = Int(row[i]), row[i].allSatisfy(\.isASCII), row[i].first != "+", range.contains(v) else {
            throw row.error(
                i,
                "expected \(DataFormat.ucdpEvents[i]) as a whole number from \(range.lowerBound) to "
                    + "\(range.upperBound), found \"\(Sanitizer.printable(row[i], limit: 20))\""
            )
        }
        return v
    }

    static func day(_ row: TextRow, _ i: Int) throws(DataError) -> Day {
        guard let d = Day(iso: row[i]) else {
            throw row.error(i, "expected a date YYYY-MM-DD, found \"\(Sanitizer.printable(row[i], limit: 40))\"")
        }
        guard Era.days.contains(d) else { throw row.error(i, "date \(d) is outside \(Era.first) to \(Era.last)") }
        return d
    }

    static func coordinate(_ row: TextRow, _ i: Int, limit: Double) throws(DataError) -> Double {
        guard let v = Double(row[i]), v.isFinite, abs(v) <= limit,
            row[i].allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
        else {
            throw row.error(
                i,
                "expected \(i == 4 ? "a latitude" : "a longitude") in decimal degrees from -\(Int(limit)) to "
                    + "\(Int(limit)), found \"\(Sanitizer.printable(row[i], limit: 20))\""
            )
        }
        return v
    }
}
