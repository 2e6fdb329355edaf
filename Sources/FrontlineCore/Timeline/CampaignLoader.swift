import FoundationEssentials

/// The place a campaign row names and the point it gives: how a located change found its region.
public struct LocatedPlace: Hashable, Sendable {
    /// The place's name, as the row writes it.
    public let name: String
    /// The row's coordinate.
    public let point: GeoPoint
    /// Where the coordinate comes from, as written (`wikimap-sy:123:Tabqa`, `ucdp:1234`).
    public let coordinateSource: String
}

/// A change as read, before the timeline numbers the changes in date order.
struct PendingChange {
    let day: Day
    let certainty: Certainty
    let targets: [Target]
    let targetText: String
    let control: Control
    let note: String
    let source: Source
    let place: LocatedPlace?
    let origin: Origin

    /// The row as part of the initial state, for a row on the first day.
    var initialRow: InitialRow {
        InitialRow(targets: targets, control: control, note: note, source: source, place: place, origin: origin)
    }

    func change(index: Int) -> Change {
        Change(
            index: index, day: day, certainty: certainty, targets: targets, targetText: targetText,
            control: control, note: note, source: source, place: place, origin: origin)
    }
}

/// Reads the campaign files (`Data/campaigns/*.tsv`): dated changes that name a place and its coordinate.
///
/// A row dated on the first day (2014-01-01) is not a change: it says who held the place then, and joins the
/// initial state, where it outranks the rows of `initial/`.
/// Each row becomes a change of the region under its point (or, for a point that falls just off the coast or
/// in a lake or across a border line, the nearest region within ``CampaignLoader/reach`` cells). Rows of one day
/// whose points fall in one region and agree are kept once (the others are counted as ``merged``); when they
/// disagree, the row nearest the region's own place wins and the others are ``overruled``, with a warning.
struct CampaignLoader {
    /// How many cells (of 0.01°) a point off land may be from the region it names.
    static let reach = 3

    let resolver: Resolver
    var errors: [DataError] = []
    /// Rows folded into an earlier row for the same region and day.
    var merged: [Origin] = []
    /// Rows that lost to a row nearer their region's place, for the same region and day.
    var overruled: [DataWarning] = []

    init(resolver: Resolver) {
        self.resolver = resolver
    }

    /// The changes of every `.tsv` file in `folder`, in file order.
    mutating func load(folder: String) -> [PendingChange] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let files = names.filter { $0.hasSuffix(".tsv") && !$0.hasPrefix(".") }.sorted()
        var out: [PendingChange] = []
        var first: [RegionDay: (index: Int, change: PendingChange)] = [:]
        for name in files {
            let file = Path.join(folder, name)
            let table: TextTable
            do { table = try TextTable(path: file, header: DataFormat.campaigns) } catch {
                errors += error.errors
                continue
            }
            for row in table.rows {
                do throws(DataError) {
                    let change = try read(row)
                    guard case .region(let r) = change.targets[0] else { continue }
                    let key = RegionDay(region: r, day: change.day)
                    if let (at, earlier) = first[key] {
                        guard earlier.control != change.control else {
                            merged.append(change.origin)
                            continue
                        }
                        // Two places of one region disagree that day: the region stands for its own place, so
                        // the row nearer that place wins, and the other is reported.
                        let home = resolver.atlas.regions[r].point
                        let (winner, loser) =
                            distance(change, home) < distance(earlier, home) ? (change, earlier) : (earlier, change)
                        overruled.append(
                            DataWarning(
                                .overruled, file: loser.origin.file, line: loser.origin.line,
                                message:
                                    "\(loser.place?.name ?? "") shares region \(resolver.atlas.regions[r].id) with "
                                    + "\(winner.place?.name ?? "") (\(winner.origin)), which is nearer the "
                                    + "region's place and gives it to another controller on \(change.day)"
                            ))
                        out[at] = winner
                        first[key] = (at, winner)
                        continue
                    }
                    first[key] = (out.count, change)
                    out.append(change)
                } catch { errors.append(error) }
            }
        }
        return out
    }

    /// One row as a located change.
    func read(_ row: TextRow) throws(DataError) -> PendingChange {
        let day = try resolver.day(row, 0, from: Era.first)
        let certainty = try resolver.certainty(row, 1)
        let name = row[2]
        guard !name.isEmpty, name.unicodeScalars.count <= 120 else {
            throw row.error(2, "expected a place name of 1 to 120 characters")
        }
        let lat = try coordinate(row, 3, range: -90...90, what: "latitude")
        let lon = try coordinate(row, 4, range: -180...180, what: "longitude")
        let point = GeoPoint(lat: lat, lon: lon)
        guard !row[5].isEmpty else {
            throw row.error(5, "expected the coordinate's source, such as wikimap-sy:OFFSET:LABEL")
        }
        let region = try resolve(row, point)
        return PendingChange(
            day: day, certainty: certainty, targets: [.region(region)],
            targetText: resolver.atlas.regions[region].id, control: try resolver.control(row, 6),
            note: try resolver.note(row, 7), source: try resolver.source(row, 8, 9),
            place: LocatedPlace(name: name, point: point, coordinateSource: row[5]),
            origin: Origin(file: row.file, line: row.line))
    }

    func distance(_ change: PendingChange, _ home: GeoPoint) -> Double {
        change.place.map { $0.point.distanceKm(to: home) } ?? 0
    }

    func coordinate(_ row: TextRow, _ i: Int, range: ClosedRange<Double>, what: String) throws(DataError) -> Double {
        guard let v = Double(row[i]), range.contains(v) else {
            throw row.error(
                i, "expected a \(what) in decimal degrees, found \"\(Sanitizer.printable(row[i], limit: 40))\"")
        }
        return v
    }

    /// The region a row names: the region of an `atlas:ID` coordinate source, else the region under its point.
    ///
    /// A point from one country's map module (`wikimap-iq:`, `wikimap-sy:`) or from UCDP's Syria file must land
    /// in that country: a point just across the border line goes to the nearest region of the right side.
    func resolve(_ row: TextRow, _ point: GeoPoint) throws(DataError) -> RegionID {
        let coordinateSource = row[5]
        let atlas = resolver.atlas
        if coordinateSource.hasPrefix("atlas:") {
            let id = String(coordinateSource.dropFirst("atlas:".count))
            guard let r = resolver.regions[id] else {
                throw row.error(5, "unknown region \"\(Sanitizer.printable(id, limit: 60))\" in atlas:REGION")
            }
            return r
        }
        let country: String? =
            coordinateSource.hasPrefix("wikimap-iq:")
            ? "IQ"
            : coordinateSource.hasPrefix("wikimap-sy:") || coordinateSource.hasPrefix("ucdp:") ? "SY" : nil
        guard let r = region(near: point, country: country) else {
            throw row.error(
                3,
                "\(point.lat),\(point.lon) is not in a region of "
                    + "\(country.map { $0 == "IQ" ? "Iraq" : "Syria" } ?? "Iraq or Syria") (nor within \(Self.reach) "
                    + "cells of one)"
            )
        }
        return r
    }

    /// The region under `point`, or the nearest region cell within ``reach`` cells when the point is off land
    /// or, when `country` is given, on the other side of the border.
    func region(near point: GeoPoint, country: String?) -> RegionID? {
        let atlas = resolver.atlas
        let grid = atlas.grid
        guard let (row, col) = grid.position(of: point) else { return nil }
        for radius in 0...Self.reach {
            var best: (distance: Int, region: RegionID)?
            for r in max(0, row - radius)...min(grid.rows - 1, row + radius) {
                for c in max(0, col - radius)...min(grid.cols - 1, col + radius) {
                    guard let region = grid.regionIndex(row: r, col: c) else { continue }
                    if let country, atlas.country(of: atlas.regions[region]) != country { continue }
                    let d = (r - row) * (r - row) + (c - col) * (c - col)
                    if best == nil || d < best!.distance || (d == best!.distance && region < best!.region) {
                        best = (d, region)
                    }
                }
            }
            if let best { return best.region }
        }
        return nil
    }
}

/// A region on a day: the key under which campaign rows are merged.
struct RegionDay: Hashable {
    let region: RegionID
    let day: Day
}
