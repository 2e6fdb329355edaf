import FoundationEssentials

/// What `query` prints about one region: the atlas facts, and the control on a day if one was asked.
public struct RegionReport {
    let data: DataSet
    let region: Region
    let day: Day?
    let arabic: Bool

    public init(data: DataSet, region: RegionID, day: Day?, arabic: Bool) {
        self.data = data
        self.region = data.atlas.regions[region]
        self.day = day
        self.arabic = arabic
    }

    /// The report as labelled lines for people.
    public var text: String {
        let atlas = data.atlas
        let d = atlas.district(of: region), g = atlas.governorate(of: region)
        let country = atlas.countries.first { $0.code == g.country }?.name ?? g.country
        var lines: [String] = []
        func add(_ k: String, _ v: String) {
            lines.append(k.padded(to: 13) + Sanitizer.printable(v))
        }
        add("region", "\(region.id)")
        add("place", "\(region.displayName) [\(region.kind.rawValue)]")
        if let p = region.parent { add("parent", "\(atlas.regions[p].displayName) (carved from it)") }
        add("district", "\(d.name) (\(d.pcode))" + (arabic ? " \(d.arabic)" : ""))
        add("governorate", "\(g.name) (\(g.pcode))" + (arabic ? " \(g.arabic)" : ""))
        add("country", "\(country) (\(g.country))")
        add("location", region.point.description)
        add("area", String(cFormat: "%.0f km2", region.areaKm2))
        if region.population > 0 { add("population", "\(region.population)") }
        add("place source", region.source)
        if arabic {
            let ar = region.altNames.filter { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
            if !ar.isEmpty { add("arabic", ar.prefix(3).joined(separator: " / ")) }
        }
        if let day {
            let a = data.history.answer(region: region.index, at: day)
            add("date", "\(day) (\(day.weekday))")
            add("controller", data.label(a.control))
            if let since = a.since, let step = a.step {
                let change = data.timeline.changes[step.change]
                add("since", "\(since)" + (change.certainty == .approx ? " (approximate)" : ""))
                add("previous", a.previous.map(data.label) ?? "-")
                add("note", change.note)
                add("source", change.source.description)
                add("row", data.rowName(change.origin))
            } else if let row = a.initial {
                add("since", "at least \(Era.first) (start of the timeline)")
                add("note", row.note)
                add("source", row.source.description)
                add("row", data.rowName(row.origin))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The columns of CSV and JSON, in order: where the region is, what it is, and with a day, who held it.
    public static let columns =
        ReportFields.region + [
            "name", "kind", "district_pcode", "governorate_pcode", "area_km2",
            "population", "place_source", "date", "controller", "since", "previous"
        ]
        + ReportFields.source

    /// The fields of ``columns``; without a day the control fields are empty (null in JSON).
    public var fields: [Field] {
        let atlas = data.atlas
        var out = data.regionFields(region.index)
        out += [
            .text(region.name), .text(region.kind.rawValue), .text(atlas.district(of: region).pcode),
            .text(atlas.governorate(of: region).pcode), .km2(region.areaKm2), .int(region.population),
            .text(region.source)
        ]
        guard let day else { return out + Array(repeating: .text(nil), count: 4 + ReportFields.source.count) }
        let a = data.history.answer(region: region.index, at: day)
        out += [
            .text(day.description), .text(data.code(a.control)), .text(a.since?.description),
            .text(a.previous.map(data.code))
        ]
        if let step = a.step { return out + data.sourceFields(change: step.change) }
        if let row = a.initial { return out + data.sourceFields(initial: row) }
        return out + Array(repeating: .text(nil), count: ReportFields.source.count)
    }

    /// The report of this one region: one row.
    public var report: Report {
        var r = Report(columns: Self.columns)
        r.append(fields)
        return r
    }
}
