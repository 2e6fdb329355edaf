import ArgumentParser
import FrontlineCore

/// `frontline` with no subcommand: the full-screen map.
struct View: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the full-screen map (the default).")

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("The day to open on (default 2015-05-22).", valueName: "yyyy-mm-dd"))
    var date: String?

    func run() throws {
        _ = try dataOptions.load()
        print("viewer not built yet")
    }
}
