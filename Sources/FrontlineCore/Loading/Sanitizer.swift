/// Makes text from data files safe to show on a terminal.
///
/// Data files are untrusted: a place name could carry an escape sequence that retitles the window, moves the
/// cursor or hides text, or a bidi override that reorders what follows. Every string read from data passes
/// through ``printable(_:limit:)`` before it reaches a screen or stdout.
public enum Sanitizer {
    /// `text` with control characters (C0, DEL, C1), bidi controls and other invisible format characters
    /// replaced by U+FFFD, tabs and newlines by spaces, and cut to `limit` characters with an ellipsis.
    public static func printable(_ text: String, limit: Int = 1_000) -> String {
        // Printable ASCII within the limit (nearly every string) is already safe: returned as it is, with no
        // scalar-by-scalar rebuild and no Unicode property lookups.
        // So is text within the limit whose every scalar is safe as it is (a title with an en dash, an Arabic
        // name): checked in one pass, rebuilt only when a scalar must change.
        if text.utf8.count <= limit {
            var bytes = text
            if bytes.withUTF8(ByteScan.isPrintableASCII) { return text }
            if text.unicodeScalars.allSatisfy({ safe($0) == $0 }) { return text }
        }
        var out = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                out.append("…")
                break
            }
            out.append(safe(scalar))
            count += 1
        }
        return String(out)
    }

    /// One scalar made safe: see ``printable(_:limit:)``.
    static func safe(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return " "
        case 0x00...0x1F, 0x7F...0x9F: return "\u{FFFD}"
        case 0x20...0x7E: return scalar
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB: return "\u{FFFD}"
        default:
            switch scalar.properties.generalCategory {
            case .format, .unassigned, .privateUse, .surrogate: return "\u{FFFD}"
            default: return scalar
            }
        }
    }
}
