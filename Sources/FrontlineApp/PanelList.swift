import FrontlineCore
import FrontlineRender

/// A row of a list panel: its lines, and where Enter takes the viewer.
struct PanelItem {
    var lines: [String]
    /// The day to go to, if the row has one.
    var day: Day?
    /// The region to put the cursor on and label, if the row names one.
    var region: RegionID?
    /// Where to put the cursor when the row has a place but no region of its own (a fighting event).
    var point: GeoPoint?
}

/// A list panel's text: lines before the rows, the rows, and lines after them.
struct PanelList {
    var title: String
    var header: [String] = []
    var items: [PanelItem]
    var trailer: [String] = []
    /// The line shown when there are no rows.
    var empty: String
}

extension AppState {
    /// The rows and text of `panel`.
    func panelList(_ panel: Panel) -> PanelList {
        switch panel {
        case .events: return eventList
        case .history(let r): return historyList(r)
        case .nearbyEvents(let r): return nearbyEventsList(region: r)
        case .changes:
            let items = ChangesPanel.steps(data: data, day: day, hidden: hidden).map { s in
                PanelItem(lines: [data.atlas.regions[s.region].english], day: nil, region: s.region)
            }
            return PanelList(title: "Changes", items: items, empty: "no changes on \(day)")
        }
    }

    /// The row a panel opens on: today's event, the region's current step, or the first.
    func openingRow(_ panel: Panel) -> Int {
        let items = panelList(panel).items
        switch panel {
        case .events: return items.firstIndex { ($0.day ?? Era.last) >= day } ?? 0
        case .history: return items.lastIndex { ($0.day ?? Era.first) <= day } ?? 0
        case .nearbyEvents, .changes: return 0
        }
    }

    /// The overlay of a list panel, its chosen row lit.
    func panelOverlay(_ panel: Panel, selection: Int) -> Overlay {
        let list = panelList(panel)
        var lines = list.header
        var chosen: Range<Int>?
        if list.items.isEmpty { lines.append(list.empty) }
        for (i, item) in list.items.enumerated() {
            if i == selection { chosen = lines.count..<(lines.count + item.lines.count) }
            lines += item.lines
        }
        var overlay = Overlay(title: list.title, lines: lines + list.trailer, footer: KeyTable.footer(.panel))
        overlay.selected = chosen
        return overlay
    }

    /// Moves the chosen row of the open panel (or the help's scroll, or the menu's row) by `n`, within bounds.
    mutating func moveSelection(by n: Int) {
        switch mode {
        case .help(let s): mode = .help(scroll: max(0, min(KeyTable.helpLines.count - 1, s + n)))
        case .panel(let p, let row):
            let count = panelList(p).items.count
            mode = .panel(p, selection: max(0, min(count - 1, row + n)))
        case .factionMenu(let sel):
            let n0 = data.timeline.factions.count
            mode = .factionMenu(selection: FactionID(((sel.index + n) % n0 + n0) % n0))
        default: break
        }
    }

    /// Enter in a panel: goes to the chosen row's date and place, and closes the panel.
    mutating func chooseRow() {
        guard case .panel(let p, let row) = mode else { return }
        let items = panelList(p).items
        mode = .normal
        guard items.indices.contains(row) else { return }
        let item = items[row]
        if let d = item.day { go(to: d) }
        if let r = item.region {
            show(data.atlas.regions[r].point)
            focus = r
            message = "\(data.atlas.regions[r].displayName), \(data.atlas.governorate(of: data.atlas.regions[r]).name)"
        } else if let p = item.point {
            show(p)
        }
        if let d = item.day, item.region == nil { message = "went to \(d)" }
    }

    /// Puts the cursor on `point`, centring the map there.
    mutating func show(_ point: GeoPoint) {
        cursor = point
        camera.centre = point
        fitted = false
        clampCursor()
    }

    /// The events, each with its date and source; Enter goes to the date and the region the event names.
    var eventList: PanelList {
        let items = data.timeline.events.map { e in
            var region: RegionID?
            if case .region(let r)? = e.targets.first { region = r }
            let lines = ["\(e.day)\(e.day == day ? " ◀" : "")  \(e.title)", "    source: \(e.source)"]
            return PanelItem(lines: lines, day: e.day, region: region)
        }
        return PanelList(title: "Events", items: items, empty: "No events in this data set.")
    }

    /// Every change of a region, with its source, oldest first; the current one marked.
    func historyList(_ r: RegionID) -> PanelList {
        let region = data.atlas.regions[r]
        let units = "\(data.atlas.district(of: region).name), \(data.atlas.governorate(of: region).name)"
        let header = ["\(region.id): \(units); \(Int(region.areaKm2.rounded())) km²", ""]
        let initial = data.timeline.initial[data.history.initialRow[region: r]]
        let first =
            "\(Era.first)  \(data.label(data.history.controls[data.history.initial[region: r]]))  (initial state)"
        var items = [PanelItem(lines: [first, "    \(initial.note)", "    source: \(initial.source)"], day: Era.first)]
        for s in data.history.steps(region: r) {
            let c = data.timeline.changes[s.change]
            let current = s.day <= day && (data.history.nextStepDay(region: r, after: s.day).map { $0 > day } ?? true)
            let from = data.label(data.history.controls[s.previous]), to = data.label(data.history.controls[s.control])
            let approx = c.certainty == .approx ? " (approx.)" : ""
            let line = "\(s.day)  \(from) → \(to)\(approx)\(current ? " ◀ now" : "")"
            items.append(PanelItem(lines: [line, "    \(c.note)", "    source: \(c.source)"], day: s.day))
        }
        return PanelList(title: "History: " + region.displayName, header: header, items: items, empty: "")
    }
}
