import ArgumentParser
import FrontlineApp
import FrontlineCore
import FrontlineRender

/// `--width` and `--height` of a printed or exported frame.
struct FrameOptions: ParsableArguments {
    @Option(name: .customLong("width"), help: "Frame width in columns (default 120).")
    var widthOption: Int?

    @Option(name: .customLong("height"), help: "Frame height in rows (default 40).")
    var heightOption: Int?

    var width: Int { widthOption ?? 120 }
    var height: Int { heightOption ?? 40 }

    /// The size options given, for commands that draw no frame.
    var given: [String] { [(widthOption != nil, "--width"), (heightOption != nil, "--height")].filter(\.0).map(\.1) }

    func validate() throws {
        guard (1...1000).contains(width), (1...1000).contains(height) else {
            throw ValidationError("--width and --height expect 1 to 1000")
        }
    }
}

extension ViewOptions {
    /// The state `print` and `export` draw: these view options on `day` (default `--date`) at the frame's size,
    /// without the viewer's cursor and key hint unless `cursorAndHint`.
    func state(data: DataSet, frame: FrameOptions, depth: ColorDepth, day: Day? = nil, cursorAndHint: Bool = false)
        throws -> AppState
    {
        AppState(
            data: data, day: day ?? self.day, width: frame.width, height: frame.height,
            options: RenderOptions(
                depth: depth, scheme: Scheme(rawValue: palette) ?? .standard, unicode: unicode,
                cursorAndHint: cursorAndHint),
            hidden: try hidden(in: data), camera: camera(screenWidth: frame.width, screenHeight: frame.height))
    }

    /// The colour depth of a file: 24-bit, or none with `--color never`.
    var fileDepth: ColorDepth { color == .never ? .mono : .trueColor }
}
