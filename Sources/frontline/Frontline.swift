import ArgumentParser

/// The `frontline` command: the map viewer by default, and the scriptable questions as subcommands.
@main
struct Frontline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontline",
        abstract: "Who controlled what in Iraq and Syria, day by day, 2014-2019.",
        discussion: """
        With no subcommand, opens the full-screen map on 2015-05-22. Every change of control cites a source.
        Exit codes: 0 success, 64 bad usage, 65 bad data, 66 data not found, 73 output not writable.
        """,
        subcommands: [View.self, Print.self, Query.self, Stats.self, Changes.self, Check.self, Events.self, Diff.self, Export.self],
        defaultSubcommand: View.self
    )
}
