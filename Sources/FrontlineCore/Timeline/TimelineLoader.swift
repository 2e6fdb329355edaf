import FoundationEssentials

/// Loads `Data/timeline/`: `factions.tsv`, `initial/*.tsv`, `changes/*.tsv` and the optional `events.tsv` and
/// `contested.tsv`.
///
/// This checks each row on its own (ids, dates, controllers, sources); ``History/build(atlas:timeline:)`` checks
/// the rows against each other.
public enum TimelineLoader {
    /// Loads the timeline in `directory` against `atlas`, with the located changes of `campaigns` when given.
    ///
    /// `campaigns` is a folder of campaign files (`Data/campaigns/`); it is optional, and a missing folder adds
    /// nothing.
    public static func load(directory: String, campaigns: String? = nil, atlas: Atlas) throws(DataErrors) -> Timeline {
        let fm = FileManager.default
        let path = { (name: String) in Path.join(directory, name) }
        var errors: [DataError] = []
        func table(_ file: String, _ header: [String]) -> TextTable? {
            do { return try TextTable(path: file, header: header) } catch {
                errors += error.errors
                return nil
            }
        }
        func files(in folder: String) -> [String] {
            let dir = path(folder)
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else {
                errors.append(DataError(file: dir, line: 1, column: 1, message: "expected a folder of .tsv files"))
                return []
            }
            let tsv = names.filter { $0.hasSuffix(".tsv") && !$0.hasPrefix(".") }.sorted()
            if tsv.isEmpty {
                errors.append(DataError(file: dir, line: 1, column: 1, message: "expected at least one .tsv file"))
            }
            return tsv.map { Path.join(dir, $0) }
        }

        var factions: [Faction] = []
        if let t = table(path("factions.tsv"), DataFormat.factions) {
            for row in t.rows {
                guard AtlasLoader.isID(row[0]) else {
                    errors.append(row.error(0, "expected an id of a-z, 0-9 and -"))
                    continue
                }
                if ["contested", "unknown"].contains(row[0]) {
                    errors.append(row.error(0, "\(row[0]) is a state, not a faction"))
                    continue
                }
                if factions.contains(where: { $0.id == row[0] }) {
                    errors.append(row.error(0, "duplicate faction \(row[0])"))
                    continue
                }
                guard let color = RGB(hex: row[3]) else {
                    errors.append(row.error(3, "expected a colour #rrggbb"))
                    continue
                }
                guard let cb = RGB(hex: row[4]) else {
                    errors.append(row.error(4, "expected a colour #rrggbb"))
                    continue
                }
                guard row[5].count == 1, let glyph = row[5].first, Sanitizer.printable(row[5]) == row[5] else {
                    errors.append(row.error(5, "expected one printable character"))
                    continue
                }
                guard row[6].count == 1, let ascii = row[6].first, ascii.isASCII, ascii != " ",
                    Sanitizer.printable(row[6]) == row[6]
                else {
                    errors.append(row.error(6, "expected one printable ASCII character"))
                    continue
                }
                guard (1...6).contains(row[2].count) else {
                    errors.append(row.error(2, "expected a short name of 1 to 6 characters"))
                    continue
                }
                factions.append(
                    Faction(
                        id: row[0], name: row[1], short: row[2], color: color, colorBlind: cb,
                        glyph: glyph, ascii: ascii, description: row[7]))
            }
            if factions.isEmpty && errors.isEmpty {
                errors.append(DataError(file: t.file, line: 1, column: 1, message: "expected at least one faction"))
            }
            if factions.count > 9 && errors.isEmpty {
                errors.append(
                    DataError(file: t.file, line: 1, column: 1, message: "at most 9 factions are supported (keys 1-9)"))
            }
        }
        if !errors.isEmpty { throw DataErrors(errors) }
        let resolver = Resolver(atlas: atlas, factions: factions)

        var initial: [InitialRow] = []
        for file in files(in: "initial") {
            guard let t = table(file, DataFormat.initial) else { continue }
            for row in t.rows {
                do throws(DataError) {
                    initial.append(
                        InitialRow(
                            targets: try resolver.targets(row, 0), control: try resolver.control(row, 1),
                            note: try resolver.note(row, 2), source: try resolver.source(row, 3, 4),
                            place: nil, origin: Origin(file: file, line: row.line)))
                } catch { errors.append(error) }
            }
        }
        // Rows go straight into the compact list as they are parsed (a file of a million rows is never held as
        // rows), file by file, then sort by day, file and line.
        var changes = ChangeList()
        for file in files(in: "changes") {
            // A file that fails to parse reports its parse errors only, as a table that fails does.
            var rowErrors: [DataError] = []
            do {
                // Read from the row's bytes: a date, certainty, faction or source builds no string, and a source
                // that repeats the row before's is matched in place.
                try TextTable.forEachByteRow(path: file, header: DataFormat.changes) { row in
                    do throws(DataError) {
                        let day = try resolver.day(row, 0, from: Era.first.adding(days: 1))
                        let certainty = try resolver.certainty(row, 1)
                        let targetText = row[2]
                        let targets = try resolver.targets(targetText, of: row, 2)
                        let control = try resolver.control(row, 3)
                        try resolver.checkNote(row, 4)
                        try resolver.checkSource(row, 5, 6)
                        let note = row.withBytes(4) { changes.notes.intern(bytes: $0) }
                        let title = row.withBytes(5) { changes.titles.intern(bytes: $0) }
                        let date = row.withBytes(6) { changes.dates.intern(bytes: $0) }
                        changes.append(
                            day: day, certainty: certainty, targets: targets, targetText: targetText,
                            control: control, note: note, title: title, date: date,
                            origin: Origin(file: row.file, line: row.line), place: nil)
                    } catch { rowErrors.append(error) }
                }
                errors += rowErrors
            } catch { errors += error.errors }
        }
        var merged: [Origin] = []
        var overruled: [DataWarning] = []
        if let campaigns, fm.fileExists(atPath: campaigns) {
            var loader = CampaignLoader(resolver: resolver)
            let located = loader.load(folder: campaigns)
            // A campaign row on the first day says who held its place then: part of the initial state.
            for p in located where p.day != Era.first { changes.append(p.change(index: changes.count)) }
            initial += located.filter { $0.day == Era.first }.map(\.initialRow)
            errors += loader.errors
            merged = loader.merged
            overruled = loader.overruled
        }
        // Campaign files come after the change files within a day: the list orders files as first appended.
        changes.sortByDayFileLine()
        var events: [Event] = []
        if fm.fileExists(atPath: path("events.tsv")), let t = table(path("events.tsv"), DataFormat.events) {
            for row in t.rows {
                do throws(DataError) {
                    let day = try resolver.day(row, 0, from: Era.first)
                    let targets = row[2].isEmpty ? [] : try resolver.targets(row, 2)
                    events.append(
                        Event(
                            day: day, certainty: try resolver.certainty(row, 1), targets: targets,
                            title: try resolver.note(row, 3), source: try resolver.source(row, 4, 5),
                            origin: Origin(file: row.file, line: row.line)))
                } catch { errors.append(error) }
            }
            events.sort { $0.day < $1.day }
        }
        var reasons: [ContestReason] = []
        if fm.fileExists(atPath: path("contested.tsv")), let t = table(path("contested.tsv"), DataFormat.contested) {
            for row in t.rows {
                do throws(DataError) {
                    guard let r = resolver.regions[row[0]] else { throw row.error(0, "expected a region id") }
                    reasons.append(
                        ContestReason(
                            region: r, from: try resolver.day(row, 1, from: Era.first),
                            note: try resolver.note(row, 2), source: try resolver.source(row, 3, 4),
                            origin: Origin(file: row.file, line: row.line)))
                } catch { errors.append(error) }
            }
        }
        if !errors.isEmpty { throw DataErrors(errors) }
        return Timeline(
            factions: factions, initial: initial, changes: changes, events: events, merged: merged,
            overruled: overruled,
            contestReasons: reasons)
    }
}

/// Turns fields into typed values, or into errors that point at the field.
struct Resolver {
    let atlas: Atlas
    let factions: [Faction]
    /// The atlas's regions by id, read once: every target of every row is looked up in it.
    let regions: [String: RegionID]
    let districts: [String: Int]
    let governorates: [String: Int]
    /// The controls a field names by one id (each faction, and `unknown`), with that id's bytes.
    let plain: [([UInt8], Control)]
    /// Each certainty, with its name's bytes.
    let certainties = Certainty.allCases.map { (Array($0.rawValue.utf8), $0) }

    init(atlas: Atlas, factions: [Faction]) {
        self.atlas = atlas
        self.factions = factions
        plain = [(Array("unknown".utf8), .unknown)] + factions.ids.map { (Array(factions[$0].id.utf8), .faction($0)) }
        regions = atlas.regionByID
        districts = Dictionary(uniqueKeysWithValues: atlas.districts.enumerated().map { ($1.pcode, $0) })
        governorates = Dictionary(uniqueKeysWithValues: atlas.governorates.enumerated().map { ($1.pcode, $0) })
    }

    /// Whether `bytes` are `name`'s bytes.
    static func equal(_ name: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        name.withUnsafeBufferPointer { $0.sameBytes(as: bytes) }
    }

    func day(_ row: some TableRow, _ i: Int, from first: Day) throws(DataError) -> Day {
        guard let d = row.withBytes(i, { Day(isoBytes: $0) }) else {
            throw row.error(i, "expected a date YYYY-MM-DD, found \"\(Sanitizer.printable(row[i], limit: 40))\"")
        }
        guard d >= first && d <= Era.last else {
            throw row.error(i, "date \(d) is outside \(first) to \(Era.last)")
        }
        return d
    }

    func certainty(_ row: some TableRow, _ i: Int) throws(DataError) -> Certainty {
        guard let c = row.withBytes(i, { b in certainties.first { Self.equal($0.0, b) }?.1 }) else {
            throw row.error(
                i, "expected a certainty: exact or approx, found \"\(Sanitizer.printable(row[i], limit: 40))\"")
        }
        return c
    }

    func targets(_ row: some TableRow, _ i: Int) throws(DataError) -> [Target] {
        try targets(row[i], of: row, i)
    }

    /// The targets that `text`, field `i` of `row`, names.
    func targets(_ text: String, of row: some TableRow, _ i: Int) throws(DataError) -> [Target] {
        // One target (nearly every row): looked up as the field is, with no split.
        if !text.utf8.contains(UInt8(ascii: ",")) { return [try target(text, row, column: row.columns[i])] }
        var out: [Target] = []
        var column = row.columns[i]
        for part in text.splitBytes(UInt8(ascii: ",")) {
            let name = String(part)
            let target = try target(name, row, column: column)
            if out.contains(target) {
                throw DataError(
                    file: row.file, line: row.line, column: column, message: "target \(name) is listed twice")
            }
            out.append(target)
            column += part.unicodeScalars.count + 1
        }
        return out
    }

    /// The region, district or governorate that `name` names, or an error at `column` of `row`.
    func target(_ name: String, _ row: some TableRow, column: Int) throws(DataError) -> Target {
        if let r = regions[name] { return .region(r) }
        if let d = districts[name] { return .district(d) }
        if let g = governorates[name] { return .governorate(g) }
        throw DataError(
            file: row.file, line: row.line, column: column,
            message:
                "unknown target \"\(Sanitizer.printable(name, limit: 60))\": expected a region id or a district or "
                + "governorate P-code"
        )
    }

    func control(_ row: some TableRow, _ i: Int) throws(DataError) -> Control {
        // A faction or `unknown` (nearly every row): matched on the bytes.
        if let c = row.withBytes(i, { b in plain.first { Self.equal($0.0, b) }?.1 }) { return c }
        let text = row[i]
        if text == "unknown" { return .unknown }
        if let f = factions.id(for: text) { return .faction(f) }
        if text.hasPrefix("contested:") {
            let ids = text.dropFirst("contested:".count).split(separator: "+", omittingEmptySubsequences: false)
            var fs: [FactionID] = []
            for id in ids {
                guard let f = factions.id(for: id) else {
                    throw row.error(
                        i,
                        "unknown faction \"\(Sanitizer.printable(String(id), limit: 40))\" in "
                            + "\(Sanitizer.printable(text, limit: 60))"
                    )
                }
                guard !fs.contains(f) else { throw row.error(i, "faction \(id) is listed twice") }
                fs.append(f)
            }
            guard fs.count >= 2 else {
                throw row.error(i, "expected two or more factions after contested:, such as contested:is+sdf")
            }
            return .contested(fs.sorted())
        }
        throw row.error(
            i,
            "expected a faction id (\(factions.map(\.id).joined(separator: ", "))), contested:A+B or unknown, found "
                + "\"\(Sanitizer.printable(text, limit: 40))\""
        )
    }

    func note(_ row: some TableRow, _ i: Int) throws(DataError) -> String {
        try checkNote(row, i)
        return row[i]
    }

    /// Checks the note at field `i` of `row` on its bytes: present, and at most 500 characters.
    func checkNote(_ row: some TableRow, _ i: Int) throws(DataError) {
        let count = row.withBytes(i) { b in b.count <= 500 ? b.count : b.scalarCount }
        guard count > 0 else { throw row.error(i, "expected a note") }
        guard count <= 500 else { throw row.error(i, "note is longer than 500 characters") }
    }

    func source(_ row: some TableRow, _ title: Int, _ date: Int) throws(DataError) -> Source {
        try checkSource(row, title, date)
        return Source(title: row[title], date: row[date])
    }

    /// Checks the source at fields `title` and `date` of `row` on their bytes: a title of at most 300 characters,
    /// and a date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    func checkSource(_ row: some TableRow, _ title: Int, _ date: Int) throws(DataError) {
        let count = row.withBytes(title) { b in b.count <= 300 ? b.count : b.scalarCount }
        guard count > 0 else { throw row.error(title, "expected a source: publication or article title") }
        guard count <= 300 else { throw row.error(title, "source is longer than 300 characters") }
        guard row.withBytes(date, Self.isSourceDate) else {
            throw row.error(
                date,
                "expected the source's date as YYYY, YYYY-MM or YYYY-MM-DD, found "
                    + "\"\(Sanitizer.printable(row[date], limit: 40))\""
            )
        }
    }

    /// Whether `bytes` are a source's date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real month and day.
    static func isSourceDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 4: return bytes.allSatisfy { (48...57).contains($0) }
        case 7: return (Array(bytes) + Array("-01".utf8)).withUnsafeBufferPointer { Day(isoBytes: $0) != nil }
        case 10: return Day(isoBytes: bytes) != nil
        default: return false
        }
    }
}
