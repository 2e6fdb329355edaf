/// When to use colour, as `--color` asks.
public enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}

extension ColorDepth {
    /// The depth for output: `override` (`--depth`) when given; else none with `never`; with `always`, what the
    /// environment offers even under `NO_COLOR` or a dumb or missing `TERM` (`COLORTERM` still picks 24-bit);
    /// with `auto`, what the environment offers on a terminal and none elsewhere. `colors` is what curses
    /// reports, when it was asked.
    public static func choose(
        _ choice: ColorChoice, override: ColorDepth?, isTerminal: Bool,
        environment: [String: String], colors: Int? = nil
    ) -> ColorDepth {
        if let override { return override }
        switch choice {
        case .never: return .mono
        case .always:
            var forced = environment
            forced["NO_COLOR"] = nil
            if forced["TERM"] == nil || forced["TERM"] == "dumb" { forced["TERM"] = "xterm-256color" }
            return detect(environment: forced, colors: colors)
        case .auto: return isTerminal ? detect(environment: environment, colors: colors) : .mono
        }
    }

    /// What a curses screen of `colors` colours shows of `wanted`: 24-bit colour only with a direct-colour
    /// terminfo entry (else the most the entry has), and none without colours.
    public static func screen(wanted: ColorDepth, colors: Int) -> ColorDepth {
        if wanted == .trueColor && colors < 1 << 24 {
            return colors >= 256 ? .ansi256 : colors >= 16 ? .ansi16 : .ansi8
        }
        if colors == 0 { return .mono }
        return wanted
    }
}

/// Whether the locale the environment names (`LC_ALL`, else `LC_CTYPE`, else `LANG`) is UTF-8.
public func localeIsUTF8(environment: [String: String]) -> Bool {
    func value(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
    let locale = (value("LC_ALL") ?? value("LC_CTYPE") ?? value("LANG") ?? "").uppercased()
    return locale.contains("UTF-8") || locale.contains("UTF8")
}
