/// Everything that can happen to the viewer: key actions, mouse, resize and the play clock.
public enum Action: Hashable, Sendable {
    case stepDays(Int)
    case stepChangeDays(Int)
    case stepMonths(Int)
    case firstDay, lastDay
    case promptDate, promptSearch, nextMatch
    case togglePlay, faster, slower
    /// The play clock: advance one day if playing.
    case tick
    /// Move the cursor by cells.
    case moveCursor(dx: Int, dy: Int)
    case zoomIn, zoomOut, fit
    case toggleFaction(Int)
    case factionMenu
    /// Mark the current day as the reference, or clear the mark.
    case setMark, clearMark
    case toggleHighlight, events, help, regionHistory, cycleStripFaction, togglePalette
    /// The fighting events layer: on or off, its window of days, the list of events near the cursor's region.
    case toggleEventLayer, cycleEventWindow, nearbyEvents
    /// Esc: close what is open; in the plain map, only clear the message.
    case back
    case quit
    case redraw
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// A key while a prompt or menu is open.
    case input(Key)
}
