import ArgumentParser
import FrontlineApp
import FrontlineCore
import FrontlineRender

/// `--width` and `--height` of a printed or exported frame.
struct FrameOptions: ParsableArguments {
    @Option(help: "Frame width in columns.")
    var width: Int = 120

    @Option(help: "Frame height in rows.")
    var height: Int = 40

    func validate() throws {
        guard (1...1000).contains(width), (1...1000).contains(height) else { throw ValidationError("--width and --height expect 1 to 1000") }
    }
}

extension ViewOptions {
    /// The state `print` and `export` draw: these view options on `day` (default `--date`) at the frame's size.
    func state(data: DataSet, frame: FrameOptions, depth: ColorDepth, day: Day? = nil) throws -> AppState {
        AppState(data: data, day: try day ?? self.day(), width: frame.width, height: frame.height,
                 options: RenderOptions(depth: depth, scheme: Scheme(rawValue: palette) ?? .standard, unicode: unicode),
                 hidden: try hidden(in: data), camera: camera(screenWidth: frame.width, screenHeight: frame.height))
    }

    /// The colour depth of a file: 24-bit, or none with `--color never`.
    var fileDepth: ColorDepth { color == .never ? .mono : .trueColor }
}
