/// The header line of every table in a data folder: the one definition the loaders check against, and that
/// fixtures, fuzzers and the benchmark write.
public enum DataFormat {
    public static let countries = ["code", "name", "role"]
    public static let governorates = ["pcode", "country", "name", "name_ar"]
    public static let districts = ["pcode", "governorate", "name", "name_ar"]
    public static let regions = [
        "n", "id", "kind", "name", "english", "lat", "lon", "population", "district",
        "priority", "cells", "source", "altnames"
    ]
    public static let parents = ["region", "parent"]
    public static let places = ["id", "kind", "name", "english", "lat", "lon", "region", "source", "altnames"]
    public static let lakes = ["n", "name", "lat", "lon", "country", "source"]
    public static let rivers = ["name", "source", "points"]
    public static let factions = ["id", "name", "short", "colour", "colour_cb", "glyph", "ascii", "description"]
    public static let initial = ["target", "controller", "note", "source", "source_date"]
    public static let changes = ["date", "certainty", "targets", "controller", "note", "source", "source_date"]
    public static let campaigns = [
        "date", "certainty", "place", "lat", "lon", "coord_source", "controller", "note",
        "source", "source_date"
    ]
    public static let snapshot = ["source", "label", "lat", "lon", "kind", "side"]
    public static let snapshotNotes = ["place", "controller", "note", "source", "source_date"]
    public static let contested = ["region", "from", "note", "source", "source_date"]
    public static let events = ["date", "certainty", "targets", "title", "source", "source_date"]
    public static let ucdpEvents = [
        "id", "start", "end", "date_prec", "lat", "lon", "where_prec", "place", "type", "side_a",
        "side_b", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low",
        "high", "sources"
    ]
    public static let ucdpActors = ["n", "name", "faction"]
    public static let ucdpSources = ["n", "office", "date", "headline"]

    /// A table as text: the header line, then `rows`, each line ending in a newline.
    public static func table(_ header: [String], _ rows: [String]) -> String {
        ([header.joined(separator: "\t")] + rows).joined(separator: "\n") + "\n"
    }
}
