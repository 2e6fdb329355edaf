import ArgumentParser
import FrontlineCore

/// `frontline print`: the viewer's frame, printed to stdout.
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a map frame to stdout, as ANSI or plain text.")

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        _ = try dataOptions.load()
    }
}
