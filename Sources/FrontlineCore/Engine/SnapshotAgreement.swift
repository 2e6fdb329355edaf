import FoundationEssentials

/// Wikipedia's detailed maps of about July-August 2017 (`snapshot/wikipedia-2017.tsv`): who held each place.
///
/// A snapshot says who held a place, never since when: nothing in the history is dated from it. It is the
/// yardstick the history is measured against on ``day``.
public struct DetailedMapSnapshot: Sendable {
    /// What a snapshot entry says of its place.
    public enum Side: Hashable, Sendable {
        /// Held by one faction.
        case held(FactionID)
        /// Shared by two factions that did not fight over it (`m.stable_opp_JaN`).
        case shared([FactionID])
        /// Fought over by two factions.
        case contested([FactionID])
    }

    /// One entry: a place of the map and its side.
    public struct Entry: Sendable {
        /// The row of the module transcription, `syria.csv:123`: the key of `snapshot/notes.tsv`.
        public let key: String
        public let label: String
        public let point: GeoPoint
        /// True for a settlement, false for a site (base, hill, oil field, airport...).
        public let isSettlement: Bool
        public let side: Side
        public let origin: Origin
    }

    /// A disagreement explained: who held the place on ``day`` by a cited source, and why the map differs.
    public struct Note: Sendable {
        public let key: String
        public let control: Control
        public let note: String
        public let source: Source
        public let origin: Origin
    }

    /// The day the history is compared on, inside the window the maps date from.
    public static let day = Day(iso: "2017-08-10")!

    public let entries: [Entry]
    public let notes: [String: Note]

    /// Loads `folder` (`Data/snapshot/`) against the timeline's factions; nil when the folder is absent.
    public static func load(folder: String, timeline: Timeline, atlas: Atlas) throws(DataErrors)
        -> DetailedMapSnapshot?
    {
        let file = Path.join(folder, "wikipedia-2017.tsv")
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        let resolver = Resolver(atlas: atlas, factions: timeline.factions)
        var errors: [DataError] = []
        var entries: [Entry] = []
        let table = try TextTable(path: file, header: DataFormat.snapshot)
        for row in table.rows {
            do throws(DataError) {
                guard let lat = Double(row[2]), let lon = Double(row[3]) else {
                    throw row.error(2, "expected a latitude and longitude")
                }
                guard row[4] == "settlement" || row[4] == "site" else {
                    throw row.error(4, "expected settlement or site")
                }
                entries.append(
                    Entry(
                        key: row[0], label: row[1], point: GeoPoint(lat: lat, lon: lon),
                        isSettlement: row[4] == "settlement", side: try side(row, 5, resolver),
                        origin: Origin(file: row.file, line: row.line)))
            } catch { errors.append(error) }
        }
        let keys = Set(entries.map(\.key))
        var notes: [String: Note] = [:]
        let notesFile = Path.join(folder, "notes.tsv")
        if FileManager.default.fileExists(atPath: notesFile) {
            for row in try TextTable(path: notesFile, header: DataFormat.snapshotNotes).rows {
                do throws(DataError) {
                    guard keys.contains(row[0]) else {
                        throw row.error(0, "expected the key of a row of wikipedia-2017.tsv, such as syria.csv:123")
                    }
                    guard notes[row[0]] == nil else { throw row.error(0, "\(row[0]) is explained twice") }
                    notes[row[0]] = Note(
                        key: row[0], control: try resolver.control(row, 1), note: try resolver.note(row, 2),
                        source: try resolver.source(row, 3, 4), origin: Origin(file: row.file, line: row.line))
                } catch { errors.append(error) }
            }
        }
        if !errors.isEmpty { throw DataErrors(errors) }
        return DetailedMapSnapshot(entries: entries, notes: notes)
    }

    static func side(_ row: TextRow, _ i: Int, _ resolver: Resolver) throws(DataError) -> Side {
        let text = row[i]
        if text.hasPrefix("stable:") {
            let ids = text.dropFirst("stable:".count).split(separator: "+").map(String.init)
            let fs = ids.compactMap { resolver.factions.id(for: $0) }
            guard fs.count == ids.count, fs.count >= 2 else {
                throw row.error(i, "expected stable:A+B with faction ids")
            }
            return .shared(fs)
        }
        switch try resolver.control(row, i) {
        case .faction(let f): return .held(f)
        case .contested(let fs): return .contested(fs)
        case .unknown: throw row.error(i, "expected a side, not unknown")
        }
    }
}

/// How far the history agrees with the detailed-map snapshot on ``DetailedMapSnapshot/day``.
public struct SnapshotAgreement: Sendable {
    /// An entry the history disagrees with, and the region's controller that day.
    public struct Disagreement: Sendable {
        public let entry: DetailedMapSnapshot.Entry
        public let region: RegionID
        public let control: Control
        /// Whether `snapshot/notes.tsv` explains it with a source giving our controller.
        public let explained: Bool
    }

    /// The share of settlements the history must agree with: issue 11's goal, 95%, which the history now meets.
    public static let floor = 0.95

    public let compared: Int
    public let agreeing: Int
    public let disagreements: [Disagreement]

    /// The share of compared places that agree, 0 to 1.
    public var share: Double { compared == 0 ? 1 : Double(agreeing) / Double(compared) }
    /// The share of compared places that agree or whose disagreement is explained by a source.
    public var shareWithNotes: Double {
        compared == 0 ? 1 : Double(agreeing + disagreements.filter(\.explained).count) / Double(compared)
    }

    /// Compares the settlements (or the sites) of `snapshot` with `data`'s history on the snapshot's day.
    public init(data: DataSet, snapshot: DetailedMapSnapshot, settlements: Bool = true) {
        let state = data.history.snapshot(at: DetailedMapSnapshot.day)
        let turkey = data.timeline.faction(id: "turkey"), rebels = data.timeline.faction(id: "rebels")
        var compared = 0, agreeing = 0
        var disagreements: [Disagreement] = []
        for entry in snapshot.entries where entry.isSettlement == settlements {
            guard let (row, col) = data.atlas.grid.position(of: entry.point),
                let region = data.atlas.grid.regionIndex(row: row, col: col)
            else { continue }
            compared += 1
            let control = data.history.controls[state[region: region]]
            if Self.agrees(entry.side, control, alike: [turkey, rebels].compactMap { $0 }) {
                agreeing += 1
            } else {
                let explained = snapshot.notes[entry.key].map { $0.control == control } ?? false
                disagreements.append(Disagreement(entry: entry, region: region, control: control, explained: explained))
            }
        }
        self.compared = compared
        self.agreeing = agreeing
        self.disagreements = disagreements
    }

    /// Whether `control` agrees with `side`. The maps draw the Turkish-backed Euphrates Shield groups as
    /// opposition, so the factions in `alike` (Turkey and the rebels) count as one.
    static func agrees(_ side: DetailedMapSnapshot.Side, _ control: Control, alike: [FactionID]) -> Bool {
        func same(_ a: FactionID, _ b: FactionID) -> Bool { a == b || (alike.contains(a) && alike.contains(b)) }
        let ours: [FactionID]
        switch control {
        case .faction(let f): ours = [f]
        case .contested(let fs): ours = fs
        case .unknown: return false
        }
        switch side {
        case .held(let f):
            return ours.contains { same($0, f) }
        case .shared(let fs), .contested(let fs):
            if case .contested = control, case .contested = side { return true }
            return ours.contains { o in fs.contains { same(o, $0) } }
        }
    }
}

extension SnapshotAgreement {
    /// One line for `check`: how many of `what` agree with the map, and how many more a note explains.
    public func summary(_ what: String) -> String {
        let explained = disagreements.filter(\.explained).count
        let percent = { (x: Double) in String(cFormat: "%.1f%%", x * 100) }
        return
            "snapshot: \(agreeing) of \(compared) \(what) agree with Wikipedia's detailed map on "
            + "\(DetailedMapSnapshot.day) (\(percent(share))); \(explained) more differ with a cited reason in "
            + "snapshot/notes.tsv (\(percent(shareWithNotes)))"
    }
}

extension SnapshotAgreement.Disagreement {
    /// `file:line: label: map side, history control (region)`, for `check --verbose`.
    public func description(_ data: DataSet) -> String {
        "\(entry.origin): \(entry.label.isEmpty ? entry.key : entry.label): the map has \(side(data)), the history "
            + "\(data.code(control)) (region \(data.atlas.regions[region].id))"
    }

    func side(_ data: DataSet) -> String {
        let ids = { (fs: [FactionID]) in fs.map { data.timeline.factions[$0].id }.joined(separator: "+") }
        switch entry.side {
        case .held(let f): return data.timeline.factions[f].id
        case .shared(let fs): return "stable:" + ids(fs)
        case .contested(let fs): return "contested:" + ids(fs)
        }
    }
}
