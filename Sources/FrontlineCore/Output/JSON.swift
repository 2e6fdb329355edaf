import FoundationEssentials

/// A minimal JSON value, written in the order given so output is stable for scripts and tests.
public enum JSON: Sendable {
    case string(String)
    case number(Double)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    /// A string from data, sanitised so it cannot carry terminal controls.
    public static func text(_ s: String?) -> JSON { s.map { .string(Sanitizer.printable($0)) } ?? .null }

    public var rendered: String {
        switch self {
        case .string(let s): return Self.quote(s)
        case .number(let d):
            // Four decimals: coordinates keep their precision (about 10 m), areas their hectares.
            guard d.isFinite else { return "null" }
            let r = (d * 10_000).rounded() / 10_000
            return r == r.rounded() && abs(r) < 1e15 ? String(Int64(r)) : String(r)
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items): return "[" + items.map(\.rendered).joined(separator: ",") + "]"
        case .object(let pairs):
            return "{" + pairs.map { Self.quote($0.0) + ":" + $0.1.rendered }.joined(separator: ",") + "}"
        }
    }

    /// `s` as a JSON string: quotes, backslashes and control characters escaped.
    static func quote(_ s: String) -> String {
        // Nothing to escape (nearly every string): quoted as it is, with no scalar-by-scalar copy.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + s + "\""
        }
        let body = escaping(s) { u in
            switch u {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\t": return "\\t"
            default: return u.value < 0x20 ? String(cFormat: "\\u%04x", u.value) : nil
            }
        }
        return "\"" + body + "\""
    }
}
