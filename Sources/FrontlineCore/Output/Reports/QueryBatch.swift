import FoundationEssentials

/// `query --batch`: many `lat,lon[,date]` questions answered in one run, as analysts geocode lists of places.
///
/// A line that is not `lat,lon[,date]` is bad input: every such line is reported as `file:line:column` and
/// nothing is answered (exit 65). A well-formed point with no region (the sea, a lake, a neighbouring country,
/// off the map) is answered with a row whose `error` says why.
public struct QueryBatch: Sendable {
    /// One question: the input line it came from, the point, and the day to answer for, if any.
    public struct Question: Sendable, Hashable {
        public let line: Int
        public let point: GeoPoint
        public let day: Day?
    }

    public let questions: [Question]

    /// The columns of CSV and JSON: the input line and point, the answer as `query` gives it, and the error.
    public static let columns = ["line", "query_lat", "query_lon"] + RegionReport.columns + ["error"]

    /// Parses `text` (named `file` in errors): blank lines, `#` comments and a first line starting `lat` are
    /// skipped; a row without a date takes `day`.
    public init(parsing text: String, file: String, day: Day?) throws(DataErrors) {
        var questions: [Question] = [], errors: [DataError] = []
        var seenRow = false
        // "\r\n" is one Character, so CRLF lines split as LF ones do.
        for (i, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            defer { seenRow = true }
            if !seenRow && trimmed.lowercased().hasPrefix("lat") { continue }
            func fail(_ column: Int, _ message: String) {
                errors.append(DataError(file: file, line: i + 1, column: column, message: message))
            }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard (2...3).contains(fields.count) else {
                fail(1, "expected lat,lon or lat,lon,date (YYYY-MM-DD); found \(fields.count) field(s)")
                continue
            }
            var column = 1
            var values: [String] = []
            var columns: [Int] = []
            for f in fields {
                columns.append(column)
                values.append(f.trimmingWhitespace())
                column += f.unicodeScalars.count + 1
            }
            guard let lat = Double(values[0]), lat.isFinite, (-90...90).contains(lat) else {
                fail(
                    columns[0],
                    "expected a latitude from -90 to 90; found \"\(Sanitizer.printable(values[0], limit: 30))\"")
                continue
            }
            guard let lon = Double(values[1]), lon.isFinite, (-180...180).contains(lon) else {
                fail(
                    columns[1],
                    "expected a longitude from -180 to 180; found \"\(Sanitizer.printable(values[1], limit: 30))\"")
                continue
            }
            var rowDay = day
            if values.count == 3 {
                guard let d = Day(iso: values[2]), Era.days.contains(d) else {
                    fail(
                        columns[2],
                        "expected a date YYYY-MM-DD from \(Era.first) to \(Era.last); found "
                            + "\"\(Sanitizer.printable(values[2], limit: 30))\""
                    )
                    continue
                }
                rowDay = d
            }
            questions.append(Question(line: i + 1, point: GeoPoint(lat: lat, lon: lon), day: rowDay))
        }
        guard errors.isEmpty else { throw DataErrors(errors) }
        self.questions = questions
    }

    /// One row per question, in input order.
    public func report(_ data: DataSet) -> Report {
        var report = Report(columns: Self.columns)
        let dateColumn = RegionReport.columns.firstIndex(of: "date") ?? 0
        for q in questions {
            let input: [Field] = [.int(q.line), .number(q.point.lat, decimals: 4), .number(q.point.lon, decimals: 4)]
            do {
                let region = try data.atlas.region(at: q.point)
                report.append(
                    input + RegionReport(data: data, region: region, day: q.day, arabic: false).fields + [.text(nil)])
            } catch {
                var empty = [Field](repeating: .text(nil), count: RegionReport.columns.count)
                empty[dateColumn] = .text(q.day?.description)
                report.append(input + empty + [.text(error.description)])
            }
        }
        return report
    }
}
