import Foundation
import FrontlineCore

/// What `query` prints about one region: the atlas facts, and the control on a day if one was asked.
public struct RegionReport {
    let data: DataSet
    let region: Region
    let day: Day?
    let arabic: Bool

    public init(data: DataSet, region: Int, day: Day?, arabic: Bool) {
        self.data = data
        self.region = data.atlas.regions[region]
        self.day = day
        self.arabic = arabic
    }

    public var text: String {
        let atlas = data.atlas
        let d = atlas.district(of: region), g = atlas.governorate(of: region)
        let country = atlas.countries.first { $0.code == g.country }?.name ?? g.country
        var lines: [String] = []
        func add(_ k: String, _ v: String) { lines.append(k.padding(toLength: 13, withPad: " ", startingAt: 0) + Sanitizer.printable(v)) }
        add("region", "\(region.id)")
        add("place", "\(region.displayName) [\(region.kind.rawValue)]")
        add("district", "\(d.name) (\(d.pcode))" + (arabic ? " \(d.arabic)" : ""))
        add("governorate", "\(g.name) (\(g.pcode))" + (arabic ? " \(g.arabic)" : ""))
        add("country", "\(country) (\(g.country))")
        add("location", region.point.description)
        add("area", String(format: "%.0f km2", region.areaKm2))
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
                add("row", change.origin.description)
            } else if let row = a.initial {
                add("since", "at least \(Era.first) (start of the timeline)")
                add("note", row.note)
                add("source", row.source.description)
                add("row", row.origin.description)
            }
        }
        return lines.joined(separator: "\n")
    }

    public var json: JSON {
        let atlas = data.atlas
        let d = atlas.district(of: region), g = atlas.governorate(of: region)
        var pairs: [(String, JSON)] = [
            ("region", .text(region.id)), ("place", .text(region.english)), ("name", .text(region.name)),
            ("kind", .text(region.kind.rawValue)), ("lat", .number(region.point.lat)), ("lon", .number(region.point.lon)),
            ("district", .text(d.name)), ("district_pcode", .text(d.pcode)),
            ("governorate", .text(g.name)), ("governorate_pcode", .text(g.pcode)), ("country", .text(g.country)),
            ("area_km2", .number(region.areaKm2)), ("population", .int(region.population)),
            ("place_source", .text(region.source)),
        ]
        if let day {
            let a = data.history.answer(region: region.index, at: day)
            pairs.append(("date", .text(day.description)))
            pairs.append(("controller", .text(data.code(a.control))))
            pairs.append(("since", .text(a.since?.description)))
            pairs.append(("previous", .text(a.previous.map(data.code))))
            if let step = a.step {
                let c = data.timeline.changes[step.change]
                pairs += [("certainty", .text(c.certainty.rawValue)), ("note", .text(c.note)),
                          ("source", .text(c.source.title)), ("source_date", .text(c.source.date)),
                          ("row", .text(c.origin.description))]
            } else if let row = a.initial {
                pairs += [("certainty", .text("initial")), ("note", .text(row.note)), ("source", .text(row.source.title)),
                          ("source_date", .text(row.source.date)), ("row", .text(row.origin.description))]
            }
        }
        return .object(pairs)
    }
}
