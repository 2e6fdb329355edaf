import FrontlineCore
import FrontlineRender

extension AppState {
    /// The events layer of the scene, or nil when nothing on screen needs the events (nor loads them).
    var fightingLayer: FightingLayer? {
        let listing: Bool
        if case .panel(.nearbyEvents, _) = mode { listing = true } else { listing = false }
        guard eventsOn || stripDeaths || listing, let log = fighting.log else { return nil }
        return FightingLayer(log: log, window: eventWindow, markers: eventsOn, stripDeaths: stripDeaths)
    }

    /// The log, or nil with the reason in the status line: an invalid file, or no events in this data set.
    mutating func loadedFighting() -> FightingLog? {
        switch fighting.result {
        case .failure(let errors):
            message =
                "events not loaded: "
                + (errors.errors.first.map { Sanitizer.printable($0.description, limit: 160) } ?? "invalid")
            return nil
        case .success(let log) where log.isEmpty:
            message = "no fighting events in this data set (events/\(FightingLoader.eventsFile))"
            return nil
        case .success(let log): return log
        }
    }

    /// `v`: shows or hides the events of the window ending today.
    mutating func toggleEventLayer() {
        if eventsOn {
            eventsOn = false
        } else if let log = loadedFighting() {
            eventsOn = true
            if let first = log.first, let last = log.last, !(first...last).contains(day) {
                message = "events cover \(first) to \(last)"
            }
        }
    }

    /// `V`: the next window, 1, 7 or 30 days; it turns the layer on.
    mutating func cycleEventWindow() {
        if !eventsOn { toggleEventLayer() }
        guard eventsOn else { return }
        eventWindow = eventWindow.next
        message = "events of the last \(eventWindow.label)"
    }

    /// `t`: the next faction's area in the strip; after the last faction, deaths per week, then the first again.
    mutating func cycleStrip() {
        let n = data.timeline.factions.count
        if stripDeaths {
            stripDeaths = false
            stripFaction = FactionID(0)
        } else if stripFaction.index == n - 1, loadedFighting() != nil {
            stripDeaths = true
        } else {
            stripFaction = FactionID((stripFaction.index + 1) % n)
        }
    }

    /// `i`: lists the events counted in the region panel.
    mutating func openNearbyEvents() {
        guard case .region(let r)? = data.atlas.cell(at: cursor) else {
            message = "no region under the cursor"
            return
        }
        guard loadedFighting() != nil else { return }
        mode = .panel(.nearbyEvents(region: r), selection: 0)
    }

    /// The list of `i`: each event near the region with its date, place, sides, deaths and reports. Enter goes
    /// to the event's last day and, when UCDP places it within 25 km, to its place.
    func nearbyEventsList(region r: RegionID) -> PanelList {
        let region = data.atlas.regions[r]
        let title =
            "Events within \(Int(FightingLog.nearbyKm)) km of \(region.displayName), \(day.adding(days: -6)) to \(day)"
        guard let log = fighting.log else { return PanelList(title: title, items: [], empty: "No events loaded.") }
        let items = log.recent(near: region.point, endingOn: day).reversed().map { i in
            let e = log.events[i]
            let d = e.deaths
            let range = d.low == d.high ? "" : " (\(d.low)-\(d.high))"
            let lines =
                ["\(e.dateText)  \(e.place)  \(log.sides(e))  \(e.violence.name)  deaths \(d.best)\(range)"]
                + e.sources.map { "    \(log.sources[$0])" }
            return PanelItem(lines: lines, day: e.end, point: e.isPrecise ? e.point : nil)
        }
        return PanelList(
            title: title, items: items,
            trailer: [
                "", "UCDP GED Syria 19.1 (CC BY 4.0): Sundberg & Melander 2013; Högbladh 2019, UCDP GED Codebook 19.1."
            ],
            empty: "No events in these 7 days.")
    }
}
