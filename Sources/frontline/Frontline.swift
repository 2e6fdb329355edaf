import ArgumentParser
import FrontlineCore

#if canImport(Glibc)
    import Glibc
#endif

/// The `frontline` command: the map viewer by default, and the scriptable questions as subcommands.
@main
struct Frontline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontline",
        abstract: "Who controlled what in Iraq and Syria, day by day, 2014-2019.",
        discussion: """
            With no subcommand, opens the full-screen map on 2015-05-22. Every change of control cites a source.
            Exit codes: 0 success, 64 bad usage, 65 bad data, 66 data not found, 73 output not writable.
            The loaded data is kept as a derived cache in $XDG_CACHE_HOME/frontline (else ~/.cache/frontline), used \
            only while every data file is byte for byte the same; FRONTLINE_CACHE=off turns it off.
            """,
        subcommands: [
            View.self, Print.self, Query.self, Stats.self, Changes.self, Check.self, Events.self, Diff.self, Export.self
        ],
        defaultSubcommand: View.self
    )

    /// Parses and runs the command; a usage mistake found while running (an unknown faction, an ambiguous place)
    /// is reported, like one found while parsing, with the usage of the subcommand at fault, and exits 64.
    static func main() {
        var command: ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        do {
            try command.run()
        } catch {
            let message = (error as? ValidationError)?.message ?? (error as? UsageError)?.description
            guard let message else { exit(withError: error) }
            let type = Swift.type(of: command)
            let name = type == View.self ? "frontline" : "frontline \(type._commandName)"
            Console.error(
                "Error: \(message)\nUsage: \(usageString(for: type))\n  See '\(name) --help' for more information.")
            Glibc.exit(64)
        }
    }
}
