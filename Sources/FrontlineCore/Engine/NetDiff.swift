/// A region whose controller on one day differs from another day's: the net result of the steps between.
public struct NetChange: Sendable, Hashable {
    /// Index into ``Atlas/regions``.
    public let region: RegionID
    /// The control index on the first day and on the last, into ``History/controls``.
    public let before: ControlID
    public let after: ControlID
    /// The region's last step up to the last day: the change that settled it.
    public let settled: RegionStep
}

/// Area that moved, net, from one controller to another.
public struct NetFlow: Sendable, Hashable {
    /// Control indices into ``History/controls``.
    public let from: ControlID
    public let to: ControlID
    public let km2: Double
}

/// What changed hands between two days, net: the regions whose controller differs and the area each side won
/// from each other, whatever happened in between.
public struct NetDiff: Sendable {
    public let from: Day
    public let to: Day
    /// The regions that ended under another controller, by the day they were settled, then by name.
    public let rows: [NetChange]
    /// Net km² from each controller to each other, largest first; only positive flows.
    public let flows: [NetFlow]

    /// The diff of `data` from `from` to `to` (`from` not after `to`), optionally only in `country` (`SY`, `IQ`)
    /// or only the regions that `faction` held on either day.
    public init(data: DataSet, from: Day, to: Day, country: String? = nil, faction: FactionID? = nil) {
        self.from = from
        self.to = to
        let h = data.history
        var before = ControlCursor(history: h, day: from)
        let start = before.controls
        before.move(to: to, in: h)
        var rows: [NetChange] = []
        var gross: [ControlID: [ControlID: Double]] = [:]
        for (i, (a, b)) in zip(start, before.controls).enumerated() where a != b {
            let r = RegionID(i)
            let region = data.atlas.regions[r]
            if let country, data.atlas.country(of: region) != country { continue }
            if let faction, !h.controls[a].involves(faction), !h.controls[b].involves(faction) { continue }
            guard let i = h.stepIndex(region: r, at: to) else { continue }
            rows.append(NetChange(region: r, before: a, after: b, settled: h.steps[i]))
            gross[a, default: [:]][b, default: 0] += region.areaKm2
        }
        self.rows = rows.sorted {
            ($0.settled.day, data.atlas.regions[$0.region].english) < (
                $1.settled.day, data.atlas.regions[$1.region].english
            )
        }
        var flows: [NetFlow] = []
        for (a, targets) in gross {
            for (b, km) in targets {
                let net = km - (gross[b]?[a] ?? 0)
                if net > 1e-6 { flows.append(NetFlow(from: a, to: b, km2: net)) }
            }
        }
        self.flows = flows.sorted { ($0.km2, $1.from, $1.to) > ($1.km2, $0.from, $0.to) }
    }
}
