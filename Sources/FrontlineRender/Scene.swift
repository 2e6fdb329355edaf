import FrontlineCore

/// A box of text drawn over the map: help, a region's history, the events list, the faction menu.
public struct Overlay: Hashable, Sendable {
    public var title: String
    public var lines: [String]
    /// The first line shown, for scrolling.
    public var scroll: Int
    public var footer: String
    /// The lines of the chosen row, drawn lit and kept in view (centred when the list scrolls).
    public var selected: Range<Int>?
    /// The widest the text may be: longer lines wrap. Without it the box fits the longest line.
    public var textWidth: Int?

    public init(title: String, lines: [String], scroll: Int = 0, footer: String = "Esc closes, arrows scroll") {
        self.title = title
        self.lines = lines
        self.scroll = scroll
        self.footer = footer
    }
}

/// How frames are drawn: colour depth, palette and glyph set.
public struct RenderOptions: Hashable, Sendable {
    public var depth: ColorDepth
    public var scheme: Scheme
    /// False for terminals without Unicode: every glyph is ASCII.
    public var unicode: Bool
    /// The cursor and the status line's key hint, which only the interactive viewer needs (`print --cursor`).
    public var cursorAndHint: Bool

    public init(depth: ColorDepth, scheme: Scheme = .standard, unicode: Bool = true, cursorAndHint: Bool = true) {
        self.depth = depth
        self.scheme = scheme
        self.unicode = unicode
        self.cursorAndHint = cursorAndHint
    }
}

/// Everything a frame shows; the renderer is a pure function of a Scene and a size.
public struct Scene: Sendable {
    public var data: DataSet
    public var series: AreaSeries
    public var day: Day
    /// The control of every region on ``day``, by region index.
    public var regionControls: [ControlID]
    public var camera: Camera
    public var cursor: GeoPoint
    /// Factions drawn neutral, by index.
    public var hidden: Set<FactionID>
    /// Highlight the regions that changed since the previous day.
    public var highlightChanges: Bool
    /// The faction whose area the timeline strip plots.
    public var stripFaction: FactionID
    public var overlay: Overlay?
    /// A prompt being typed, such as `Go to date: 2015-0`.
    public var prompt: String?
    /// A one-line message for the status line.
    public var message: String?
    public var playing: Bool
    /// Days per second while playing.
    public var speed: Int
    public var options: RenderOptions
    /// The region a search jumped to: its name is labelled beside the cursor, never hidden under it.
    public var focus: RegionID?
    /// The marked day, whose differences are outlined and counted in the legend.
    public var reference: Reference?
    /// The fighting events layer and strip, or nil when neither is shown.
    public var fighting: FightingLayer?
    /// The chosen row of the changes panel, when the user is choosing one (Tab).
    public var changesRow: Int?
    /// The label order of ``data``, computed once; nil computes it for this frame.
    public var labels: LabelRank?
    /// The keys the status line names at its right end, such as `? help  q quit`; empty for none.
    public var keyHint = ""

    public init(
        data: DataSet, series: AreaSeries, day: Day, regionControls: [ControlID], camera: Camera, cursor: GeoPoint,
        hidden: Set<FactionID> = [], highlightChanges: Bool = false, stripFaction: FactionID = FactionID(0),
        overlay: Overlay? = nil,
        prompt: String? = nil, message: String? = nil, playing: Bool = false, speed: Int = 8, options: RenderOptions,
        fighting: FightingLayer? = nil
    ) {
        self.data = data
        self.series = series
        self.day = day
        self.regionControls = regionControls
        self.camera = camera
        self.cursor = cursor
        self.hidden = hidden
        self.highlightChanges = highlightChanges
        self.stripFaction = stripFaction
        self.overlay = overlay
        self.prompt = prompt
        self.message = message
        self.playing = playing
        self.speed = speed
        self.options = options
        self.fighting = fighting
    }
}
