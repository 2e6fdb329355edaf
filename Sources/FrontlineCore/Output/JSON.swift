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

    /// The value as JSON text.
    public var rendered: String {
        var out = ""
        write(into: &out)
        return out
    }

    /// Appends the value as JSON text to `out`, with no intermediate strings for arrays and objects.
    public func write(into out: inout String) {
        switch self {
        case .string(let s): Self.quote(s, into: &out)
        case .number(let d):
            // Four decimals: coordinates keep their precision (about 10 m), areas their hectares.
            guard d.isFinite else { return out += "null" }
            let r = (d * 10_000).rounded() / 10_000
            out += r == r.rounded() && abs(r) < 1e15 ? String(Int64(r)) : String(r)
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (k, (key, value)) in pairs.enumerated() {
                if k > 0 { out += "," }
                Self.quote(key, into: &out)
                out += ":"
                value.write(into: &out)
            }
            out += "}"
        }
    }

    /// The JSON text of `items`: one array, or one value per line (JSON Lines).
    static func write(_ items: some Collection<JSON>, lines: Bool) -> String {
        var out = lines ? "" : "["
        for (k, item) in items.enumerated() {
            if k > 0 { out += lines ? "\n" : "," }
            item.write(into: &out)
        }
        if !lines { out += "]" }
        return out
    }

    /// Appends `s` as a JSON string: quotes, backslashes and control characters escaped.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        defer { out += "\"" }
        // Nothing to escape: appended as it is.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return out += s
        }
        // Only ASCII bytes need escaping, and no byte of a multi-byte UTF-8 sequence is ASCII: escaped byte by
        // byte (a source's quoted title is the common case).
        let hex = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 8)
        let backslash = UInt8(ascii: "\\")
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""), backslash:
                bytes.append(backslash)
                bytes.append(b)
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                bytes.append(backslash)
                bytes.append(b == UInt8(ascii: "\n") ? UInt8(ascii: "n") : UInt8(ascii: "t"))
            case ..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(b >> 4)])
                bytes.append(hex[Int(b & 15)])
            default: bytes.append(b)
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
    }
}
