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
        var out: [UInt8] = []
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value's JSON text, as UTF-8, to `out`, with no intermediate strings for arrays and objects.
    func write(into out: inout [UInt8]) {
        switch self {
        case .string(let s): Self.quote(s, into: &out)
        case .number(let d):
            // Four decimals: coordinates keep their precision (about 10 m), areas their hectares.
            guard d.isFinite else { return out.append(contentsOf: "null".utf8) }
            let r = (d * 10_000).rounded() / 10_000
            out.append(contentsOf: (r == r.rounded() && abs(r) < 1e15 ? String(Int64(r)) : String(r)).utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            Self.writeObject(count: pairs.count, into: &out, key: { pairs[$0].0 }) { pairs[$0].1.write(into: &$1) }
        }
    }

    /// Appends an object of `count` members: member k keyed `key(k)`, its value appended by `value(k, &out)`.
    static func writeObject(
        count: Int, into out: inout [UInt8], key: (Int) -> String, value: (Int, inout [UInt8]) -> Void
    ) {
        out.append(UInt8(ascii: "{"))
        for k in 0..<count {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            quote(key(k), into: &out)
            out.append(UInt8(ascii: ":"))
            value(k, &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// The UTF-8 JSON text of `count` values, value k appended by `item(k, &out)`: one array, or one value per
    /// line (JSON Lines).
    static func bytes(count: Int, lines: Bool, item: (Int, inout [UInt8]) -> Void) -> [UInt8] {
        var out: [UInt8] = lines ? [] : [UInt8(ascii: "[")]
        for k in 0..<count {
            if k > 0 { out.append(lines ? UInt8(ascii: "\n") : UInt8(ascii: ",")) }
            item(k, &out)
        }
        if !lines { out.append(UInt8(ascii: "]")) }
        return out
    }

    /// Appends `s` as a JSON string: quotes, backslashes and control characters escaped.
    ///
    /// Only ASCII bytes need escaping, and no byte of a multi-byte UTF-8 sequence is ASCII: the bytes between
    /// two escapes (found eight at a time, ``ByteScan``) are copied in one piece.
    static func quote(_ s: String, into bytes: inout [UInt8]) {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        bytes.append(quote)
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            while case let i = ByteScan.firstJSONEscape(in: utf8, from: start), i < utf8.count {
                let b = utf8[i]
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                bytes.append(backslash)
                switch b {
                case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
                case ..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: "u00".utf8)
                    bytes.append(hex[Int(b >> 4)])
                    bytes.append(hex[Int(b & 15)])
                default: bytes.append(b)
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(quote)
    }
}
