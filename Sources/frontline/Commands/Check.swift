import ArgumentParser
import FrontlineCore

/// `frontline check`: validates the data folder and reports errors (exit 65) and warnings.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the atlas and timeline; errors exit 65 with file:line:column."
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(help: "List every warning, and count regions and places by kind and country.")
    var verbose = false

    func run() throws {
        let (data, log) = try dataOptions.loadWithEvents()
        let t = data.timeline
        print("atlas: \(data.atlas.regions.count) regions in \(data.atlas.districts.count) districts, \(data.atlas.governorates.count) governorates; grid \(data.atlas.grid.cols)x\(data.atlas.grid.rows)")
        print("gazetteer: \(AtlasCensus.carved(data.atlas)) regions carved from older ones (parents.tsv), \(data.atlas.places.count) places without a region of their own (places.tsv)")
        if verbose {
            print("regions and places by kind and country:")
            for row in AtlasCensus(atlas: data.atlas).rows {
                print("  \(row.kind.rawValue) \(row.country): \(row.regions) regions, \(row.places) places")
            }
        }
        print("timeline: \(t.factions.count) factions, \(t.initial.count) initial rows, \(t.changes.count) changes (\(t.changes.filter { $0.certainty == .approx }.count) approximate), \(t.events.count) events")
        let census = ChangeCensus(data: data)
        print("changes by year: " + census.byYear.map { "\($0.year) \($0.changes)" }.joined(separator: ", "))
        print("changes by country: " + census.byCountry.map { "\($0.country) \($0.changes)" }.joined(separator: ", "))
        if verbose {
            print("changes by file:")
            for row in census.byFile { print("  \(row.file): \(row.changes)") }
        }
        print("events: \(log.events.count) fighting events, \(log.actors.count) sides, \(log.sources.count) reports")
        print("history: \(data.history.steps.count) region steps on \(data.history.days.count) days")
        for kind in DataWarning.Kind.allCases {
            let some = data.warnings.filter { $0.kind == kind }
            guard !some.isEmpty else { continue }
            print("\(some.count) warning(s): \(kind.rawValue)")
            for w in verbose ? some : Array(some.prefix(10)) { print(Sanitizer.printable(w.description)) }
            if !verbose && some.count > 10 { print("... (--verbose lists all)") }
        }
        if let snapshot = try DetailedMapSnapshot.load(folder: data.directory + "/snapshot", resolver: t, atlas: data.atlas) {
            for settlements in [true, false] {
                let a = SnapshotAgreement(data: data, snapshot: snapshot, settlements: settlements)
                print(a.summary(settlements ? "settlements" : "sites"))
                if verbose && settlements {
                    for d in a.disagreements where !d.explained { print(Sanitizer.printable(d.description(data))) }
                }
            }
        }
        print("ok: no errors")
    }
}
