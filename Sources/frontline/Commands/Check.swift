import ArgumentParser
import FrontlineCore

/// `frontline check`: validates the data folder and reports errors (exit 65) and warnings.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the atlas and timeline; errors exit 65 with file:line:column."
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(help: "List every warning, and count regions and places by kind and country.")
    var verbose = false

    func run() throws {
        let (data, log) = try dataOptions.loadWithEvents()
        let snapshot = try DetailedMapSnapshot.load(
            folder: data.directory + "/snapshot", timeline: data.timeline,
            atlas: data.atlas)
        for line in CheckReport(data: data, log: log, snapshot: snapshot, verbose: verbose).lines { print(line) }
    }
}
