import FrontlineCore
import FrontlineRender

/// How far apart the frames of a time-lapse are.
public enum TimeStep: String, CaseIterable, Sendable {
    case day = "1d", week = "7d", month = "1m"

    /// The frame days from `first` to `last`: every step, and `last` itself so the film ends on it.
    public func days(from first: Day, to last: Day) -> [Day] {
        var out: [Day] = []
        var i = 0
        while true {
            let d: Day
            switch self {
            case .day: d = first.adding(days: i)
            case .week: d = first.adding(days: 7 * i)
            case .month: d = first.adding(months: i)
            }
            guard d <= last else { break }
            out.append(d)
            i += 1
        }
        if out.last != last { out.append(last) }
        return out
    }
}

/// The frames of a time-lapse: each exactly what `print` shows for its day, with an optional caption row below
/// naming the largest change since the previous frame.
public struct TimeLapse {
    var state: AppState
    let caption: Bool
    var last: Day?

    /// Frames of `state`'s view and size; with `caption`, one more row at the bottom.
    public init(state: AppState, caption: Bool) {
        self.state = state
        self.caption = caption
    }

    /// The rows each frame has.
    public var height: Int { state.height + (caption ? 1 : 0) }

    /// The frame for `day`, which must not be before the previous frame's.
    public mutating func frame(on day: Day) -> CellGrid {
        state.go(to: day)
        let grid = render(state.scene, width: state.width, height: state.height)
        defer { last = day }
        guard caption else { return grid }
        var out = CellGrid(width: grid.width, height: height)
        for y in 0..<grid.height { for x in 0..<grid.width { out[x, y] = grid[x, y] } }
        out.put(
            captionText(after: last, through: day), x: 1, y: grid.height, style: Style(fg: .dimText),
            maxWidth: grid.width - 2)
        if !state.options.unicode { out.foldToASCII() }
        return out
    }

    /// The largest change after `previous` up to `day`, or the day's own when there is no previous frame.
    func captionText(after previous: Day?, through day: Day) -> String {
        let data = state.data
        let from = previous ?? day.adding(days: -1)
        let steps = data.history.steps(after: from, through: day)
        guard let big = data.largestStep(in: steps) else { return "no change of control since \(from)" }
        // A region that changed hands more than once between frames is named from where it was to where it ended.
        let own = steps.filter { $0.region == big.region }
        let last = own.last ?? big
        let r = data.atlas.regions[big.region]
        let others = steps.count > 1 ? " (and \(steps.count - 1) more region\(steps.count == 2 ? "" : "s"))" : ""
        return
            "\(last.day)  \(r.displayName): \(data.label(data.history.controls[own.first?.previous ?? big.previous])) "
            + "→ "
            + "\(data.label(data.history.controls[last.control])), \(Int(r.areaKm2.rounded())) "
            + "km\(state.options.unicode ? "²" : "2")\(others)"
    }
}

extension TimeLapse {
    /// Records a frame for each of `days` as an asciicast at `fps` frames per second: the header, then one event
    /// line per frame, each handed to `emit`; `progress` hears the number of frames done.
    public mutating func record(
        days: [Day], fps: Double, title: String, emit: (String) throws -> Void,
        progress: (Int) -> Void = { _ in }
    ) rethrows {
        var writer = AsciicastWriter(width: state.width, height: height, palette: state.scene.palette)
        try emit(writer.header(title: title))
        for (i, day) in days.enumerated() {
            try emit(writer.frame(frame(on: day), time: Double(i) / fps))
            progress(i + 1)
        }
    }
}
