import FrontlineCore
import FrontlineRender

/// What the viewer is doing besides showing the map.
public enum Mode: Hashable, Sendable {
    case normal
    case help(scroll: Int)
    /// A list panel, with its chosen row: Enter goes to that row's date and place.
    case panel(Panel, selection: Int)
    /// The faction menu, with the selected row.
    case factionMenu(selection: FactionID)
    case dateprompt(String)
    case searchPrompt(String)
}

/// The list panels.
public enum Panel: Hashable, Sendable {
    /// The timeline's events (`e`).
    case events
    /// The full history of a region (Enter).
    case history(region: RegionID)
    /// The fighting events near a region in the last 7 days (`i`).
    case nearbyEvents(region: RegionID)
    /// The changes of the day, in the panel beside the map (Tab).
    case changes
}

/// The viewer's whole state: a value, changed only by ``reduce(_:_:)``.
public struct AppState: Sendable {
    public let data: DataSet
    public let series: AreaSeries
    /// The order the map labels places in.
    public let labels: LabelRank
    public private(set) var cursorState: ControlCursor
    public var width: Int
    public var height: Int
    public var camera: Camera
    public var cursor: GeoPoint
    public var hidden: Set<FactionID>
    public var highlightChanges = false
    /// The marked reference day, if any: what changed since is outlined.
    public var mark: Reference?
    public var stripFaction = FactionID(0)
    /// The fighting events, read from `Data/events/` the first time the layer, the strip or a list needs them.
    public let fighting: LazyFightingLog
    /// Whether the events layer is on (`v`), and its window (`V`).
    public var eventsOn = false
    public var eventWindow: EventWindow = .week
    /// Whether the timeline strip plots deaths per week (the last `t` choice).
    public var stripDeaths = false
    public var mode: Mode = .normal
    public var searchResults: [RegionID] = []
    public var searchIndex = 0
    /// The region a search or a panel row took the cursor to: labelled beside the cursor while it stays there.
    public var focus: RegionID?
    public var playing = false
    /// Index into ``speeds``.
    public var speedIndex = 3
    public var message: String?
    public var options: RenderOptions
    /// Whether the view is still the fitted one: resizing refits it until the user pans or zooms.
    public var fitted = true
    /// Set when the user asked to quit.
    public var shouldQuit = false

    /// Play speeds, in days per second.
    public static let speeds = [1, 2, 4, 8, 16, 32, 64]

    public var day: Day { cursorState.day }
    public var speed: Int { Self.speeds[speedIndex] }

    /// A state on `day` for a `width` × `height` screen, fitted to Syria and Iraq unless `camera` is given.
    public init(
        data: DataSet, series: AreaSeries? = nil, day: Day, width: Int, height: Int, options: RenderOptions,
        hidden: Set<FactionID> = [], camera: Camera? = nil, fighting: LazyFightingLog? = nil
    ) {
        self.data = data
        self.fighting = fighting ?? LazyFightingLog(for: data)
        self.series = series ?? data.series
        labels = LabelRank(data: data)
        cursorState = ControlCursor(history: data.history, day: day)
        self.width = width
        self.height = height
        let layout = Layout(width: width, height: height)
        self.camera = camera ?? Camera.fit(width: max(1, layout.map.width), height: max(1, layout.map.height))
        fitted = camera == nil
        cursor = self.camera.centre
        self.hidden = hidden
        self.options = options
        stripFaction = data.timeline.faction(id: "is") ?? FactionID(0)
    }

    /// Moves to `target`, clamped to the era, applying only the changes in between.
    mutating func go(to target: Day) {
        let clamped = min(Era.last, max(Era.first, target))
        cursorState.move(to: clamped, in: data.history)
        if clamped == Era.last || clamped == Era.first { playing = playing && clamped != Era.last }
    }

    /// The scene the renderer draws.
    public var scene: Scene {
        var prompt: String?
        var overlay: Overlay?
        var changesRow: Int?
        let footer = KeyTable.footer(mode.keyMode)
        switch mode {
        case .normal: break
        case .dateprompt(let t): prompt = "Go to date (YYYY-MM-DD): " + t
        case .searchPrompt(let t): prompt = "Search places: " + t
        case .help(let s):
            overlay = Overlay(title: "Frontline keys", lines: KeyTable.helpLines, scroll: s, footer: footer)
            overlay?.textWidth = KeyTable.helpKeyWidth
        case .panel(.changes, let row): changesRow = row
        case .panel(let panel, let row): overlay = panelOverlay(panel, selection: row)
        case .factionMenu(let sel):
            overlay = Overlay(title: "Factions", lines: factionMenuLines(selection: sel), footer: footer)
        }
        var scene = Scene(
            data: data, series: series, day: day, regionControls: cursorState.controls, camera: camera, cursor: cursor,
            hidden: hidden, highlightChanges: highlightChanges, stripFaction: stripFaction, overlay: overlay,
            prompt: prompt, message: message, playing: playing, speed: speed, options: options,
            fighting: fightingLayer)
        if let focus, focus.index < data.atlas.regions.count, data.atlas.regions[focus].point == cursor {
            scene.focus = focus
        }
        scene.reference = mark
        scene.changesRow = changesRow
        scene.labels = labels
        scene.keyHint = overlay == nil && prompt == nil ? footer : ""
        return scene
    }

    /// The map's part of the screen.
    public var mapRect: Rect { Layout(width: width, height: height).map }

    func factionMenuLines(selection: FactionID) -> [String] {
        zip(data.timeline.factions.ids, data.timeline.factions).map { i, f in
            "\(i == selection ? ">" : " ") \(i.index + 1) [\(hidden.contains(i) ? " " : "x")] \(f.name)"
        }
    }
}

extension History {
    /// The day of the step of `region` after `day`, if any.
    func nextStepDay(region: RegionID, after day: Day) -> Day? {
        steps(region: region).first { $0.day > day }?.day
    }
}
