/// What `frontline check` says of a data folder that loaded: the census, the warnings by kind, and how far the
/// history agrees with the detailed-map snapshot.
public struct CheckReport: Sendable {
    /// The lines, in order, each sanitised for a terminal.
    public let lines: [String]

    /// The report on `data` and its fighting events `log`; `verbose` lists every warning and disagreement.
    public init(data: DataSet, log: FightingLog, snapshot: DetailedMapSnapshot?, verbose: Bool) {
        var out: [String] = []
        let atlas = data.atlas, t = data.timeline
        out.append(
            "atlas: \(atlas.regions.count) regions in \(atlas.districts.count) districts, \(atlas.governorates.count) "
                + "governorates; grid \(atlas.grid.cols)x\(atlas.grid.rows)"
        )
        out.append(
            "gazetteer: \(AtlasCensus.carved(atlas)) regions carved from older ones (parents.tsv), "
                + "\(atlas.places.count) places without a region of their own (places.tsv)"
        )
        if verbose {
            out.append("regions and places by kind and country:")
            for row in AtlasCensus(atlas: atlas).rows {
                out.append("  \(row.kind.rawValue) \(row.country): \(row.regions) regions, \(row.places) places")
            }
        }
        let approx = t.changes.filter { $0.certainty == .approx }.count
        out.append(
            "timeline: \(t.factions.count) factions, \(t.initial.count) initial rows, \(t.changes.count) changes "
                + "(\(approx) approximate), \(t.events.count) events"
        )
        let moved = Set(data.history.steps.map(\.change)).count
        out.append(
            "changes that moved a region: \(moved) (the other \(t.changes.count - moved) confirm who held a place, or "
                + "lost to a finer row)"
        )
        let census = ChangeCensus(data: data)
        out.append("changes by year: " + census.byYear.map { "\($0.year) \($0.changes)" }.joined(separator: ", "))
        out.append(
            "changes by country: " + census.byCountry.map { "\($0.country) \($0.changes)" }.joined(separator: ", "))
        if verbose {
            out.append("changes by file:")
            out += census.byFile.map { "  \($0.file): \($0.changes)" }
        }
        out.append(
            "events: \(log.events.count) fighting events, \(log.actors.count) sides, \(log.sources.count) reports")
        out.append("history: \(data.history.steps.count) region steps on \(data.history.days.count) days")
        for kind in DataWarning.Kind.allCases {
            let some = data.warnings.filter { $0.kind == kind }
            guard !some.isEmpty else { continue }
            out.append("\(some.count) warning(s): \(kind.rawValue)")
            out += (verbose ? some : Array(some.prefix(10))).map(\.description)
            if !verbose && some.count > 10 { out.append("... (--verbose lists all)") }
        }
        if let snapshot {
            for settlements in [true, false] {
                let a = SnapshotAgreement(data: data, snapshot: snapshot, settlements: settlements)
                out.append(a.summary(settlements ? "settlements" : "sites"))
                if verbose && settlements {
                    out += a.disagreements.filter { !$0.explained }.map { $0.description(data) }
                }
            }
        }
        out.append("ok: no errors")
        lines = out.map { Sanitizer.printable($0) }
    }
}
