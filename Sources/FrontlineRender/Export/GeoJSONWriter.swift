import FrontlineCore

/// Writes the map as an RFC 7946 GeoJSON FeatureCollection: regions as polygons, places or changes as points.
public struct GeoJSONWriter {
    let data: DataSet

    public init(data: DataSet) { self.data = data }

    /// One feature per region on `day`: its traced polygon (a MultiPolygon when in parts) and its control.
    public func regions(on day: Day) -> String {
        let outlines = Outline.trace(data.atlas.grid, regionCount: data.atlas.regions.count)
        let features = data.atlas.regions.ids.compactMap { r -> JSON? in
            let parts = outlines[region: r]
            guard !parts.isEmpty else { return nil }
            let polygons = parts.map { p in JSON.array(([p.exterior] + p.holes).map(Self.ring)) }
            let geometry: JSON =
                polygons.count == 1
                ? .object([("type", .string("Polygon")), ("coordinates", polygons[0])])
                : .object([("type", .string("MultiPolygon")), ("coordinates", .array(polygons))])
            return Self.feature(geometry, properties(region: r, on: day))
        }
        return Self.collection(features)
    }

    /// One point per region's place on `day`, with the same properties as ``regions(on:)``.
    public func places(on day: Day) -> String {
        Self.collection(
            data.atlas.regions.map { Self.feature(Self.point($0.point), properties(region: $0.index, on: day)) })
    }

    /// One point per region change on the days after `from` up to `to`, with its date and source.
    public func changes(after from: Day, through to: Day) -> String {
        let features = data.history.steps(after: from, through: to).map { s -> JSON in
            let r = data.atlas.regions[s.region]
            let c = data.timeline.changes[s.change]
            return Self.feature(
                Self.point(r.point),
                .object([
                    ("date", .text(s.day.description)), ("certainty", .text(c.certainty.rawValue)), ("id", .text(r.id)),
                    ("name", .text(r.english)), ("from", .text(data.code(data.history.controls[s.previous]))),
                    ("to", .text(data.code(data.history.controls[s.control]))), ("area_km2", .number(r.areaKm2)),
                    ("note", .text(c.note)), ("source", .text(c.source.title)), ("source_date", .text(c.source.date))
                ]))
        }
        return Self.collection(features)
    }

    /// A region's properties on `day`: names, kind, P-codes, controller, since when, certainty and source.
    func properties(region r: RegionID, on day: Day) -> JSON {
        let region = data.atlas.regions[r]
        let answer = data.history.answer(region: r, at: day)
        let change = answer.step.map { data.timeline.changes[$0.change] }
        let source = change?.source ?? answer.initial?.source
        return .object([
            ("id", .text(region.id)), ("name", .text(region.english)), ("local_name", .text(region.name)),
            ("kind", .text(region.kind.rawValue)), ("district", .text(data.atlas.district(of: region).pcode)),
            ("governorate", .text(data.atlas.governorate(of: region).pcode)),
            ("country", .text(data.atlas.country(of: region))),
            ("date", .text(day.description)), ("controller", .text(data.code(answer.control))),
            ("controller_name", .text(data.label(answer.control))), ("since", .text(answer.since?.description)),
            ("certainty", .text(change?.certainty.rawValue)), ("source", .text(source?.title)),
            ("source_date", .text(source?.date)),
            ("area_km2", .number(region.areaKm2))
        ])
    }

    static func ring(_ points: [GeoPoint]) -> JSON { .array(points.map { .array([.number($0.lon), .number($0.lat)]) }) }

    static func point(_ p: GeoPoint) -> JSON {
        .object([("type", .string("Point")), ("coordinates", .array([.number(p.lon), .number(p.lat)]))])
    }

    static func feature(_ geometry: JSON, _ properties: JSON) -> JSON {
        .object([("type", .string("Feature")), ("geometry", geometry), ("properties", properties)])
    }

    /// The collection, one feature a line so large files stay readable and diffable.
    static func collection(_ features: [JSON]) -> String {
        "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.map(\.rendered).joined(separator: ",\n")
            + "\n]}\n"
    }
}
