#if canImport(Glibc)
    import Glibc
#endif

/// The "C" locale's numbers, whatever locale the viewer set for ncurses: a decimal point, never a comma.
private nonisolated(unsafe) let numericC = newlocale(LC_NUMERIC_MASK, "C", nil)

extension String {
    /// `arguments` formatted by the C `printf` conventions of `format` (`%.1f`, `%+d`, `%04x`), in the "C"
    /// locale, as Foundation's `String(format:)` formats them.
    public init(cFormat format: String, _ arguments: any CVarArg...) {
        let previous = uselocale(numericC)
        defer { uselocale(previous) }
        var capacity = 64
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            let n = withVaList(arguments) { vsnprintf(&buffer, capacity, format, $0) }
            if n < 0 {
                self = ""
                return
            }
            if Int(n) < capacity {
                self = String(decoding: buffer.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                return
            }
            capacity = Int(n) + 1
        }
    }
}

extension StringProtocol {
    /// The text cut or padded with spaces to `length` UTF-16 code units, as `NSString`'s
    /// `padding(toLength:withPad:startingAt:)` counts them (a cut through a surrogate pair leaves U+FFFD).
    public func padded(to length: Int) -> String {
        let units = utf16.count
        if units < length { return String(self) + String(repeating: " ", count: length - units) }
        if units == length { return String(self) }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in unicodeScalars {
            used += UTF16.width(scalar)
            if used > length {
                if used - UTF16.width(scalar) < length { out.append("\u{FFFD}") }
                break
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// The text without leading and trailing spaces and tabs (`CharacterSet.whitespaces`: tab and the space
    /// separators).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
