import ArgumentParser
import FrontlineApp
import FrontlineCore
import FrontlineRender

#if canImport(Glibc)
    import Glibc
#endif

/// `frontline print`: the viewer's frame, printed to stdout by the same renderer.
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print a map frame to stdout, as ANSI colour or plain text.",
        discussion: "Example: frontline print --date 2015-05-21 --width 160 --height 50 --center 34.5,38.3 --zoom 4"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var view: ViewOptions

    @OptionGroup var frame: FrameOptions

    @Flag(help: "Also draw the viewer's cursor and its \"? help q quit\" hint, exactly as the map shows the frame.")
    var cursor = false

    func run() throws {
        let data = try dataOptions.load()
        let depth = view.depth(isTerminal: Console.stdoutIsTerminal)
        let state = try view.state(data: data, frame: frame, depth: depth, cursorAndHint: cursor)
        let grid = render(state.scene, width: frame.width, height: frame.height)
        let text = ANSIWriter.render(grid, palette: state.scene.palette, color: depth != .mono)
        FileDescriptor.write(STDOUT_FILENO, text)
    }
}
