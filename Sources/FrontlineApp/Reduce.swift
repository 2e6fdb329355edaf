import FrontlineCore
import FrontlineRender

/// The action a key means in the state's current mode, through that mode's key table.
public func interpret(_ key: Key, in state: AppState) -> Action? {
    KeyTable.map(state.mode.keyMode).action(for: key)
}

/// The one place state changes: returns `state` after `action`. Pure: no I/O, no clock.
public func reduce(_ state: AppState, _ action: Action) -> AppState {
    var s = state
    if action != .tick { s.message = nil }
    switch action {
    case .stepDays(let n): s.go(to: s.day.adding(days: n))
    case .stepChangeDays(let n):
        let target =
            n > 0 ? s.data.history.nextChangeDay(after: s.day) : s.data.history.previousChangeDay(before: s.day)
        if let target { s.go(to: target) } else { s.message = n > 0 ? "no later changes" : "no earlier changes" }
    case .stepMonths(let n): s.go(to: s.day.adding(months: n))
    case .firstDay: s.go(to: Era.first)
    case .lastDay: s.go(to: Era.last)
    case .promptDate: s.mode = .dateprompt("")
    case .promptSearch: s.mode = .searchPrompt("")
    case .nextMatch:
        if s.searchResults.isEmpty {
            s.message = "no search; press / to search"
        } else {
            s.searchIndex = (s.searchIndex + 1) % s.searchResults.count
            s.jumpToMatch()
        }
    case .togglePlay:
        if s.day == Era.last && !s.playing { s.go(to: Era.first) }
        s.playing.toggle()
    case .faster: s.speedIndex = min(AppState.speeds.count - 1, s.speedIndex + 1)
    case .slower: s.speedIndex = max(0, s.speedIndex - 1)
    case .tick:
        if s.playing {
            s.go(to: s.day.adding(days: 1))
            if s.day == Era.last { s.playing = false }
        }
    case .moveCursor(let dx, let dy): s.moveCursor(dx: dx, dy: dy)
    case .zoomIn: s.zoom(by: 1 / 1.5)
    case .zoomOut: s.zoom(by: 1.5)
    case .fit: s.fit()
    case .toggleFaction(let f):
        guard f.index < s.data.timeline.factions.count else { break }
        s.toggle(faction: f)
        if case .factionMenu = s.mode { s.mode = .factionMenu(selection: f) }
    case .factionMenu: s.mode = .factionMenu(selection: FactionID(0))
    case .toggleSelected: if case .factionMenu(let f) = s.mode { s.toggle(faction: f) }
    case .solo:
        if case .factionMenu(let f) = s.mode { s.hidden = Set(s.data.timeline.factions.ids).subtracting([f]) }
    case .showAll: s.hidden = []
    case .invert: s.hidden = Set(s.data.timeline.factions.ids).subtracting(s.hidden)
    case .toggleHighlight: s.highlightChanges.toggle()
    case .setMark:
        s.mark = Reference(day: s.day, controls: s.cursorState.controls)
        s.message = "marked \(s.day); M clears"
    case .clearMark:
        s.message = s.mark == nil ? "no mark to clear" : "mark cleared"
        s.mark = nil
    case .events: s.open(.events)
    case .help: s.mode = .help(scroll: 0)
    case .regionHistory:
        if case .region(let r)? = s.data.atlas.cell(at: s.cursor) {
            s.open(.history(region: r))
        } else {
            s.message = "no region under the cursor"
        }
    case .focusChanges:
        if s.panelList(.changes).items.isEmpty { s.message = "no changes on \(s.day)" } else { s.open(.changes) }
    case .move(let n): s.moveSelection(by: n)
    case .top: s.moveSelection(by: -Int.max / 2)
    case .bottom: s.moveSelection(by: Int.max / 2)
    case .choose: s.chooseRow()
    case .type(let c):
        switch s.mode {
        case .dateprompt(let t) where t.count < 40: s.mode = .dateprompt(t + String(c))
        case .searchPrompt(let t) where t.count < 40: s.mode = .searchPrompt(t + String(c))
        default: break
        }
    case .deleteBack:
        switch s.mode {
        case .dateprompt(let t): s.mode = .dateprompt(String(t.dropLast()))
        case .searchPrompt(let t): s.mode = .searchPrompt(String(t.dropLast()))
        default: break
        }
    case .accept: s.accept()
    case .cycleStripFaction: s.cycleStrip()
    case .toggleEventLayer: s.toggleEventLayer()
    case .cycleEventWindow: s.cycleEventWindow()
    case .nearbyEvents: s.openNearbyEvents()
    case .togglePalette:
        s.options.scheme = s.options.scheme == .standard ? .colorBlind : .standard
        s.message = "palette: \(s.options.scheme.rawValue)"
    case .back: s.mode = .normal
    case .quit: s.shouldQuit = true
    case .redraw: break  // the loop repaints every cell (see update)
    case .resize(let w, let h):
        s.width = max(1, w)
        s.height = max(1, h)
        if s.fitted { s.fit() }
    case .mouse(let event): s.mouse(event)
    }
    return s
}

extension AppState {
    /// Shows all of Syria and Iraq, keeping the cursor where it is; resizing keeps the view fitted.
    mutating func fit() {
        camera = Camera.fit(width: max(1, mapRect.width), height: max(1, mapRect.height))
        fitted = true
        clampCursor()
    }

    /// Moves the cursor by screen cells, scrolling the map when it nears an edge.
    mutating func moveCursor(dx: Int, dy: Int) {
        let r = mapRect
        guard r.width > 0, r.height > 0 else { return }
        cursor = GeoPoint(
            lat: cursor.lat - Double(dy) * camera.latPerRow, lon: cursor.lon + Double(dx) * camera.lonPerColumn)
        let c = camera.cell(of: cursor, width: r.width, height: r.height)
        let margin = 3
        var shiftX = 0, shiftY = 0
        if c.x < margin {
            shiftX = c.x - margin
        } else if c.x >= r.width - margin {
            shiftX = c.x - (r.width - margin - 1)
        }
        if c.y < margin {
            shiftY = c.y - margin
        } else if c.y >= r.height - margin {
            shiftY = c.y - (r.height - margin - 1)
        }
        if shiftX != 0 || shiftY != 0 { fitted = false }
        camera.centre = GeoPoint(
            lat: camera.centre.lat - Double(shiftY) * camera.latPerRow,
            lon: camera.centre.lon + Double(shiftX) * camera.lonPerColumn)
        clampCursor()
    }

    /// Keeps the cursor and camera over the grid.
    mutating func clampCursor() {
        let g = data.atlas.grid
        let south = g.north - Double(g.rows) * g.step, east = g.west + Double(g.cols) * g.step
        cursor = GeoPoint(lat: min(g.north, max(south, cursor.lat)), lon: min(east, max(g.west, cursor.lon)))
        camera.centre = GeoPoint(
            lat: min(g.north, max(south, camera.centre.lat)), lon: min(east, max(g.west, camera.centre.lon)))
    }

    /// Zooms by `factor` (above 1 zooms out), keeping the cursor where it is on screen.
    mutating func zoom(by factor: Double) {
        fitted = false
        let old = camera.kmPerColumn
        let new = Camera(centre: camera.centre, kmPerColumn: old * factor)
        let ratio = new.kmPerColumn / old
        camera = Camera(
            centre: GeoPoint(
                lat: cursor.lat + (camera.centre.lat - cursor.lat) * ratio,
                lon: cursor.lon + (camera.centre.lon - cursor.lon) * ratio),
            kmPerColumn: new.kmPerColumn)
        clampCursor()
    }

    mutating func mouse(_ event: MouseEvent) {
        let r = mapRect
        switch event {
        case .click(let x, let y):
            guard r.contains(x: x, y: y) else { return }
            cursor = camera.point(x: x - r.x, y: y - r.y, width: r.width, height: r.height)
        case .wheel(let up, let x, let y):
            if r.contains(x: x, y: y) {
                cursor = camera.point(x: x - r.x, y: y - r.y, width: r.width, height: r.height)
            }
            zoom(by: up ? 1 / 1.5 : 1.5)
        case .drag(let fx, let fy, let tx, let ty):
            fitted = false
            camera.centre = GeoPoint(
                lat: camera.centre.lat + Double(ty - fy) * camera.latPerRow,
                lon: camera.centre.lon - Double(tx - fx) * camera.lonPerColumn)
            clampCursor()
        }
    }

    /// Centres the map on the current search match, and labels it.
    mutating func jumpToMatch() {
        let r = data.atlas.regions[searchResults[searchIndex]]
        show(r.point)
        focus = r.index
        message =
            "\(r.displayName), \(data.atlas.governorate(of: r).name): match \(searchIndex + 1)/\(searchResults.count)"
            + (searchResults.count > 1 ? " (n next)" : "")
    }

    /// Shows or hides faction `f`.
    mutating func toggle(faction f: FactionID) {
        if hidden.contains(f) { hidden.remove(f) } else { hidden.insert(f) }
    }

    /// Opens a list panel on its opening row.
    mutating func open(_ panel: Panel) {
        mode = .panel(panel, selection: openingRow(panel))
    }

    /// Enter in a prompt: goes to the typed date, or searches for the typed name.
    mutating func accept() {
        switch mode {
        case .dateprompt(let text):
            mode = .normal
            guard let d = Day(iso: text) else {
                message = "not a date: use YYYY-MM-DD"
                return
            }
            guard Era.days.contains(d) else {
                message = "outside \(Era.first) to \(Era.last)"
                return
            }
            go(to: d)
        case .searchPrompt(let text):
            mode = .normal
            searchResults = PlaceSearch(atlas: data.atlas).resolve(text)
            searchIndex = 0
            if searchResults.isEmpty { message = "no place matches \"\(text)\"" } else { jumpToMatch() }
        default: break
        }
    }
}
