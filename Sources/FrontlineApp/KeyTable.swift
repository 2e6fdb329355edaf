/// One line of a key table: a key, its action, and what help says.
public struct KeyBinding: Sendable {
    public let key: Key
    public let action: Action
    /// Bindings in a row with the same help text are shown together, as in `← →  back or forward one day`.
    public let help: String
    public let group: String
    /// The word the mode's footer shows after this key (`toggle`, `close`), or nil to leave the key out of it.
    public let footer: String?
}

/// Where keys are read. Each has its own table; help, footers, `--list-keys` and the README come from them.
public enum KeyMode: String, CaseIterable, Sendable {
    case map
    case factionMenu = "faction menu"
    case prompt
    case panel
    case help

    /// The heading help gives the mode's keys (the map's own are grouped by subject instead).
    public var heading: String {
        switch self {
        case .map: return "In the map"
        case .factionMenu: return "In the faction menu (f)"
        case .prompt: return "In a prompt (g, /)"
        case .panel: return "In a panel (e, Enter, i, Tab)"
        case .help: return "In this help"
        }
    }
}

/// The keys of one mode, as data: the viewer dispatches through it.
public struct KeyMap: Sendable {
    public let mode: KeyMode
    public let bindings: [KeyBinding]
    /// Whether a printable character bound to nothing is typed (prompts).
    public let typesText: Bool

    /// The action for `key` here, or nil if the key does nothing.
    public func action(for key: Key) -> Action? {
        if let b = bindings.first(where: { $0.key == key }) { return b.action }
        if typesText, case .char(let c) = key, !c.isNewline { return .type(c) }
        return nil
    }
}

/// The key tables of every mode.
public enum KeyTable {
    /// The table of each mode, in the order help lists them.
    public static let maps: [KeyMap] = KeyMode.allCases.map { mode in
        KeyMap(mode: mode, bindings: bindings(mode), typesText: mode == .prompt)
    }

    /// The table for `mode`.
    public static func map(_ mode: KeyMode) -> KeyMap { maps.first { $0.mode == mode }! }

    /// The map's bindings (normal mode).
    public static var bindings: [KeyBinding] { map(.map).bindings }

    /// The action for `key` in the map, or nil if the key does nothing there.
    public static func action(for key: Key) -> Action? { map(.map).action(for: key) }
}

extension Mode {
    /// The key table this mode reads keys through.
    public var keyMode: KeyMode {
        switch self {
        case .normal: return .map
        case .help: return .help
        case .panel: return .panel
        case .factionMenu: return .factionMenu
        case .dateprompt, .searchPrompt: return .prompt
        }
    }
}
