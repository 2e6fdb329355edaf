import FrontlineCore

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
    /// Show or hide a faction by index; in the faction menu it also selects that row.
    case toggleFaction(FactionID)
    case factionMenu
    /// Mark the current day as the reference, or clear the mark.
    case setMark, clearMark
    case toggleHighlight, events, help, regionHistory, cycleStripFaction, togglePalette
    /// Choose rows of the changes panel beside the map (Tab).
    case focusChanges
    /// The fighting events layer: on or off, its window of days, the list of events near the cursor's region.
    case toggleEventLayer, cycleEventWindow, nearbyEvents
    /// In a menu, a panel or the help: move the selection (or scroll) by rows, or to the first or last row.
    case move(Int)
    case top, bottom
    /// In a panel: go to the chosen row's date and place, and close the panel.
    case choose
    /// In the faction menu: toggle the selected faction, show only it, show all, or swap shown and hidden.
    case toggleSelected, solo, showAll, invert
    /// In a prompt: type a character, delete the last one, or act on what was typed.
    case type(Character)
    case deleteBack
    case accept
    /// Esc: close what is open; in the plain map, only clear the message.
    case back
    case quit
    case redraw
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}
