import ArgumentParser
import FrontlineApp
import FrontlineCore
import FrontlineRender

/// What `frontline export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case svg, html, asciicast, geojson
}

extension TimeStep: ExpressibleByArgument {}

/// `frontline export`: the frame as a picture or page, a time-lapse, or the map as GeoJSON, written safely.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a frame as SVG or HTML, a time-lapse as asciicast, or the map as GeoJSON.",
        discussion: """
            Examples:
              frontline export --format svg --date 2015-05-22 --width 200 --height 60 -o may2015.svg
              frontline export --format html --date 2017-10-20 -o raqqa.html
              frontline export --format asciicast --from 2014-01-01 --to 2019-12-31 --step 7d --caption -o war.cast
              frontline export --format geojson --date 2015-05-22 -o control.geojson
            Files are in 24-bit color (--color never: none). An existing file is never overwritten without --force;
            the file appears only when complete.
            Exit 73 when the output cannot be written.
            """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var view: ViewOptions
    @OptionGroup var frame: FrameOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "svg, html, asciicast or geojson.")
    var format: ExportFormat

    @Option(help: ArgumentHelp("Time-lapse (and --changes) first day.", valueName: "yyyy-mm-dd"))
    var from: Day?

    @Option(help: ArgumentHelp("Time-lapse (and --changes) last day.", valueName: "yyyy-mm-dd"))
    var to: Day?

    @Option(help: "Time-lapse step: 1d, 7d or 1m (default 7d).")
    var step: TimeStep?

    @Option(help: "Time-lapse frames per second (default 4).")
    var fps: Double?

    @Flag(help: "Time-lapse: add a caption row naming the largest change of each step.")
    var caption = false

    @Flag(help: "GeoJSON: the places as points instead of the regions as polygons.")
    var points = false

    @Flag(help: "GeoJSON: the changes between --from and --to as points.")
    var changes = false

    func validate() throws {
        let period = format == .asciicast || changes
        if period {
            guard let from, let to else {
                throw ValidationError("--format \(format.rawValue)\(changes ? " --changes" : "") needs --from and --to")
            }
            try checkPeriod(from: from, to: to)
            if view.date != nil {
                throw ValidationError("--date does not go with --from and --to; the period is what is exported")
            }
        } else if from != nil || to != nil {
            throw ValidationError("--from and --to go with --format asciicast or --changes")
        }
        if format == .asciicast {
            guard output.output != nil else { throw ValidationError("--format asciicast needs -o FILE") }
            guard (fps ?? 4) > 0, (fps ?? 4) <= 60 else {
                throw ValidationError("--fps expects a number above 0, up to 60")
            }
        } else if let wrong = [(step != nil, "--step"), (fps != nil, "--fps"), (caption, "--caption")].first(where: \.0)
        {
            throw ValidationError("\(wrong.1) goes with --format asciicast")
        }
        if (points || changes) && format != .geojson {
            throw ValidationError("--points and --changes go with --format geojson")
        }
        if points && changes { throw ValidationError("--points and --changes cannot be combined") }
        if view.depthOverride != nil {
            throw ValidationError(
                "--depth does not go with export: files are 24-bit colour, or none with --color never")
        }
        if format == .geojson, let wrong = (view.lookOptions + frame.given).first {
            throw ValidationError("\(wrong) does not go with --format geojson, which has no frame to draw")
        }
    }

    /// The days of --from and --to (checked by ``validate()``).
    var range: (Day, Day) { (from ?? Era.first, to ?? Era.last) }

    func run() throws {
        let data = try dataOptions.load()
        switch format {
        case .svg, .html:
            let state = try view.state(data: data, frame: frame, depth: view.fileDepth)
            let grid = render(state.scene, width: frame.width, height: frame.height)
            let notes = ExportNotes(scene: state.scene)
            let text =
                format == .svg
                ? SVGWriter.render(grid, palette: state.scene.palette, notes: notes)
                : HTMLWriter.render(grid, palette: state.scene.palette, notes: notes)
            try output.write { try $0.write(text) }
        case .asciicast:
            let (a, b) = range
            let step = step ?? .week
            var lapse = TimeLapse(
                state: try view.state(data: data, frame: frame, depth: view.fileDepth, day: a), caption: caption)
            let days = step.days(from: a, to: b)
            var progress = ProgressLine(label: "frames", total: days.count)
            try output.write { out in
                try lapse.record(
                    days: days, fps: fps ?? 4, title: "Frontline: Syria and Iraq, \(a) to \(b), \(step.rawValue) steps",
                    emit: { try out.write($0) }, progress: { progress.update($0) })
            }
            progress.finish()
        case .geojson:
            let writer = GeoJSONWriter(data: data)
            let text: String
            if changes {
                let (a, b) = range
                text = writer.changes(after: a.adding(days: -1), through: b)
            } else {
                text = points ? writer.places(on: view.day) : writer.regions(on: view.day)
            }
            try output.write { try $0.write(text) }
        }
    }
}
