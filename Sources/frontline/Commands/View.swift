import ArgumentParser
import FoundationEssentials
import FrontlineApp
import FrontlineCore
import FrontlineRender
import FrontlineTerminal

/// `frontline` with no subcommand: the full-screen map.
struct View: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Open the full-screen map (the default). Press ? in the map for the keys.",
        discussion: "Example: frontline --date 2016-03-27 --palette colorblind"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var view: ViewOptions

    @Flag(help: "Print the key table and exit.")
    var listKeys = false

    @Flag(help: "Print the version, the data's version and the build configuration, and exit.")
    var version = false

    @Flag(help: .hidden)
    var crashTest = false

    func validate() throws {
        if listKeys && version { throw ValidationError("--list-keys and --version cannot be combined") }
        let viewing = (view.date != nil ? ["--date"] : []) + view.lookOptions + (crashTest ? ["--crash-test"] : [])
        if listKeys || version, let first = viewing.first {
            throw ValidationError(
                "\(first) does not go with \(listKeys ? "--list-keys" : "--version"), which opens no map")
        }
        if listKeys && dataOptions.data != nil { throw ValidationError("--data does not go with --list-keys") }
    }

    func run() throws {
        if listKeys {
            print(KeyTable.helpLines.joined(separator: "\n"))
            return
        }
        if version {
            print(BuildInfo.programLines.joined(separator: "\n"))
            print(DataVersion.lines(try dataOptions.load()).joined(separator: "\n"))
            return
        }
        let data = try dataOptions.load()
        let day = view.day
        let hidden = try view.hidden(in: data)
        let terminal: Terminal
        do {
            terminal = try Terminal(
                trueColor: view.depth(isTerminal: true) == .trueColor, crashAfterFirstDraw: crashTest)
        } catch {
            Console.error("\(error)")
            throw ExitCode(69)
        }
        let options = RenderOptions(
            depth: .screen(wanted: view.depth(isTerminal: true, colors: terminal.colors), colors: terminal.colors),
            scheme: Scheme(rawValue: view.palette) ?? .standard,
            unicode: view.unicode && terminal.utf8)
        let size = terminal.size
        let camera = view.camera(screenWidth: size.width, screenHeight: size.height)
        let state = AppState(
            data: data, day: day, width: size.width, height: size.height, options: options,
            hidden: hidden, camera: camera)
        let status = ViewerLoop.run(terminal, state: state)
        terminal.stop()
        if status != 0 { throw ExitCode(status) }
    }
}
