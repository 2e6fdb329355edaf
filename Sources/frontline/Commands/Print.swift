import ArgumentParser
import Foundation
import FrontlineApp
import FrontlineCore
import FrontlineRender

/// `frontline print`: the viewer's frame, printed to stdout by the same renderer.
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a map frame to stdout, as ANSI colour or plain text.",
        discussion: "Example: frontline print --date 2015-05-21 --width 160 --height 50 --center 34.5,38.3 --zoom 4"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var view: ViewOptions

    @Option(help: "Frame width in columns.")
    var width: Int = 120

    @Option(help: "Frame height in rows.")
    var height: Int = 40

    func validate() throws {
        guard (1...1000).contains(width), (1...1000).contains(height) else { throw ValidationError("--width and --height expect 1 to 1000") }
    }

    func run() throws {
        let data = try dataOptions.load()
        let depth = view.depth(isTerminal: isatty(STDOUT_FILENO) == 1)
        let camera = view.camera(screenWidth: width, screenHeight: height)
        let state = AppState(data: data, day: try view.day(), width: width, height: height,
                             options: RenderOptions(depth: depth, scheme: Scheme(rawValue: view.palette) ?? .standard, unicode: view.unicode),
                             hidden: try view.hidden(in: data), camera: camera)
        let grid = render(state.scene, width: width, height: height)
        let palette = Palette(depth: depth, scheme: state.scene.options.scheme, factions: data.timeline.factions)
        FileHandle.standardOutput.write(Data(ANSIWriter.render(grid, palette: palette, color: depth != .mono).utf8))
    }
}
