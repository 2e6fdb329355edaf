/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01.
///
/// Parsing is strict ISO 8601 `YYYY-MM-DD`: `2015-02-30` and `15/05/2015` are refused.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// The day `year`-`month`-`day`, or nil if there is no such day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD` exactly, or returns nil.
    public init?(iso text: some StringProtocol) {
        // Straight from the bytes, with no array of them: dates are parsed once per data row.
        guard text.utf8.count == 10 else { return nil }
        guard
            let day = text.utf8.withContiguousStorageIfAvailable({ Day(isoBytes: $0) })
                ?? Array(text.utf8).withUnsafeBufferPointer({ Day(isoBytes: $0) })
        else {
            return nil
        }
        self = day
    }

    /// The day that the UTF-8 bytes `YYYY-MM-DD` name, or nil: ``init(iso:)`` for a field read in place.
    init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, let parsed = Self.fields(iso: bytes) else { return nil }
        self.init(year: parsed.0, month: parsed.1, day: parsed.2)
    }

    /// The year, month and day of the ten bytes `YYYY-MM-DD`, or nil.
    private static func fields(iso bytes: some Collection<UInt8>) -> (Int, Int, Int)? {
        var fields = (0, 0, 0)
        for (i, b) in bytes.enumerated() {
            if i == 4 || i == 7 {
                guard b == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (48...57).contains(b) else { return nil }
            let digit = Int(b - 48)
            switch i {
            case 0..<4: fields.0 = fields.0 * 10 + digit
            case 5..<7: fields.1 = fields.1 * 10 + digit
            default: fields.2 = fields.2 * 10 + digit
            }
        }
        return fields
    }

    /// Year, month and day.
    public var civil: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The ISO form, `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = civil
        guard (0...9999).contains(y) else { return "\(Self.pad(y, 4))-\(Self.pad(m, 2))-\(Self.pad(d, 2))" }
        // The common case written as its ten bytes: a report prints a date on every row.
        return String(unsafeUninitializedCapacity: 10) { out in
            /// Writes `n` as `width` digits ending before `end`.
            func digits(_ n: Int, width: Int, end: Int) {
                var n = n
                for k in stride(from: end - 1, through: end - width, by: -1) {
                    out[k] = UInt8(ascii: "0") + UInt8(n % 10)
                    n /= 10
                }
            }
            digits(y, width: 4, end: 4)
            out[4] = UInt8(ascii: "-")
            digits(m, width: 2, end: 7)
            out[7] = UInt8(ascii: "-")
            digits(d, width: 2, end: 10)
            return 10
        }
    }

    /// The English weekday name, Monday to Sunday.
    public var weekday: String {
        ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"][((ordinal % 7) + 7) % 7]
    }

    /// The day `n` days later (earlier when negative).
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// The same day of the month `n` months later, clamped to the month's last day.
    public func adding(months n: Int) -> Day {
        let (y, m, d) = civil
        let total = y * 12 + (m - 1) + n
        let ny = total / 12, nm = total % 12 + 1
        return Day(year: ny, month: nm, day: min(d, Self.daysIn(month: nm, year: ny))) ?? self
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

/// The span of days the timeline covers: 2014-01-01 to 2019-12-31.
public enum Era {
    public static let first = Day(year: 2014, month: 1, day: 1)!
    public static let last = Day(year: 2019, month: 12, day: 31)!
    /// The day the story starts from: the report of 22 May 2015.
    public static let seed = Day(year: 2015, month: 5, day: 22)!
    /// Every day of the era.
    public static var days: ClosedRange<Day> { first...last }
}
