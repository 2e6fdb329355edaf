import FoundationEssentials

/// The fields every report about a region or a change shares, written once so that `query`, `changes` and `diff`
/// name them alike.
public enum ReportFields {
    /// Where a region is: its id, name, point, the city it was carved from (else its district), and its
    /// district, governorate and country.
    public static let region = ["region", "place", "lat", "lon", "parent", "district", "governorate", "country"]

    /// Who says so: the change's note, the source's title and date, and the data row, relative to the data folder.
    public static let source = ["certainty", "note", "source", "source_date", "row"]
}

extension DataSet {
    /// The ``ReportFields/region`` fields of region `r`.
    public func regionFields(_ r: RegionID) -> [Field] {
        let region = atlas.regions[r]
        return [
            .text(region.id), .text(region.english), .degrees(region.point.lat), .degrees(region.point.lon),
            .text(parentName(of: region)), .text(atlas.district(of: region).name),
            .text(atlas.governorate(of: region).name), .text(atlas.country(of: region))
        ]
    }

    /// The ``ReportFields/source`` fields of change `c`.
    public func sourceFields(change c: Int) -> [Field] {
        let change = timeline.changes.citation(at: c)
        return [
            .text(change.certainty.rawValue), .text(change.note), .text(change.source.title),
            .text(change.source.date), .text(rowName(change.origin))
        ]
    }

    /// The ``ReportFields/source`` fields of an initial row.
    public func sourceFields(initial row: InitialRow) -> [Field] {
        [.text("initial"), .text(row.note), .text(row.source.title), .text(row.source.date), .text(rowName(row.origin))]
    }

    /// The city or town a region was carved from (`parents.tsv`), else its district: where a reader looks for it.
    public func parentName(of region: Region) -> String {
        region.parent.map { atlas.regions[$0].english } ?? atlas.district(of: region).name
    }

    /// `timeline/changes/iraq-north.tsv:12`: a data row named relative to the data folder, never as a path on
    /// the machine that loaded it.
    public func rowName(_ origin: Origin) -> String { "\(fileName(origin.file)):\(origin.line)" }

    /// `campaigns/kobani-2014-15.tsv`: a data file named relative to the data folder when it lies inside it.
    public func fileName(_ path: String) -> String {
        fileNames.name(path) {
            let base = Path.standardized(directory)
            let file = Path.standardized(path)
            return file.hasPrefix(base + "/") ? String(file.dropFirst(base.count + 1)) : path
        }
    }
}
