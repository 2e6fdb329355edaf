import Foundation
import Testing
@testable import FrontlineCore

/// A tiny data folder written to a fresh temporary directory: 3 regions in 2 districts of 2 governorates,
/// one lake, sea and one neighbour on a 4x3 grid, and a timeline of 3 factions.
///
/// Grid (west 40, north 36, step 0.5):
///
///     @TR @TR @TR @TR
///      1   1   2   3        1 abu-kamal, 2 hajin (SY0902); 3 al-qaim (IQG01Q02)
///      ~  L1   2   3
///
/// Timeline: abu-kamal and hajin start syria-gov through district SY0902 except hajin, set to is by its own row;
/// al-qaim starts iraq-gov through IQG01Q02.
///
///     2014-03-01  al-qaim            iraq-gov -> is
///     2014-06-01  SY0902 (district)  abu-kamal syria-gov -> is (hajin is already is)
///     2015-01-10  SY0902 syria-gov + hajin contested:is+syria-gov on the same day:
///                 abu-kamal -> syria-gov, hajin -> contested
///     2016-01-01  al-qaim            is -> iraq-gov
final class Fixture {
    let root: String

    static let header = [
        "countries": DataFormat.countries, "governorates": DataFormat.governorates, "districts": DataFormat.districts,
        "regions": DataFormat.regions, "lakes": DataFormat.lakes, "rivers": DataFormat.rivers,
        "parents": DataFormat.parents, "places": DataFormat.places,
        "factions": DataFormat.factions, "initial": DataFormat.initial, "changes": DataFormat.changes,
        "events": DataFormat.events, "campaigns": DataFormat.campaigns, "contested": DataFormat.contested
    ].mapValues { $0.joined(separator: "\t") }

    static let regionRows = [
        "1\tabu-kamal\ttown\tĀlbū Kamāl\tAbu Kamal\t35.3000\t40.3000\t57572\tSY0902\t3\t2\tGeoNames 174448\tAbu "
            + "Kemal|البوكمال",
        "2\thajin\ttown\tHajin\tHajin\t35.2000\t41.2000\t0\tSY0902\t5\t2\tcurated\tHajeen",
        "3\tal-qaim\ttown\tAl Qā’im\tal-Qaim\t35.3000\t41.7000\t74100\tIQG01Q02\t3\t2\tGeoNames 92138\tAl Kaim|القائم"
    ]

    static let gridRows = ["@TR*4", "1*2 2 3", "~ L1 2 3"]

    static let initialRows = [
        "SY0902\tsyria-gov\tGovernment held the district.\tSrc\t2014",
        "hajin\tis\tHajin was held by IS.\tSrc\t2014-01",
        "IQG01Q02\tiraq-gov\tIraqi army held al-Qaim district.\tSrc\t2014-01-01"
    ]

    static let changeRows = [
        "2014-03-01\texact\tal-qaim\tis\tIS took al-Qaim.\tSrc\t2014",
        "2014-06-01\texact\tSY0902\tis\tIS took the district.\tSrc\t2014",
        "2015-01-10\tapprox\tSY0902\tsyria-gov\tArmy back in the district.\tSrc\t2015",
        "2015-01-10\texact\thajin\tcontested:is+syria-gov\tFighting in Hajin.\tSrc\t2015",
        "2016-01-01\texact\tal-qaim\tiraq-gov\tArmy retook al-Qaim.\tSrc\t2016"
    ]

    /// The default files, relative path -> text.
    static func defaultFiles() -> [String: String] {
        func table(_ h: String, _ rows: [String]) -> String { ([header[h]!] + rows).joined(separator: "\n") + "\n" }
        return [
            "atlas/countries.tsv": table(
                "countries", ["SY\tSyria\tmapped", "IQ\tIraq\tmapped", "TR\tTurkey\tneighbour"]),
            "atlas/governorates.tsv": table(
                "governorates", ["SY09\tSY\tDeir-ez-Zor\tدير الزور", "IQG01\tIQ\tAl-Anbar\tالانبار"]),
            "atlas/districts.tsv": table(
                "districts", ["SY0902\tSY09\tAbu Kamal\tالبوكمال", "IQG01Q02\tIQG01\tAl-Kaim\tالقائم"]),
            "atlas/regions.tsv": table("regions", regionRows),
            "atlas/lakes.tsv": table("lakes", ["1\tTest Lake\t34.7500\t40.7500\tSY\tinvented"]),
            "atlas/rivers.tsv": table("rivers", ["Euphrates\tinvented\t40.100,35.600 41.900,35.100"]),
            "atlas/grid.txt":
                (["frontline-atlas-grid 1", "cols 4", "rows 3", "west 40.00", "north 36.00", "step 0.5"]
                + gridRows).joined(separator: "\n") + "\n",
            "timeline/factions.tsv": table(
                "factions",
                [
                    "is\tIslamic State\tIS\t#3c3c3c\t#5a5a5a\t█\t#\tIslamic State",
                    "syria-gov\tSyrian government\tSyGov\t#d62828\t#d55e00\t·\t.\tSyrian Arab Army",
                    "iraq-gov\tIraqi government\tIqGov\t#b5557a\t#cc79a7\t:\t:\tIraqi Security Forces"
                ]),
            "timeline/initial/a.tsv": table("initial", initialRows),
            "timeline/changes/a.tsv": table("changes", changeRows),
            "timeline/contested.tsv": table("contested", ["hajin\t2015-01-10\tThe town stays divided.\tSrc\t2015"])
        ]
    }

    /// Writes the default files, with `text` replacing or adding files and `bytes` adding raw ones; a nil text
    /// removes the file.
    init(_ text: [String: String?] = [:], bytes: [String: [UInt8]] = [:]) throws {
        root =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("frontline-core-\(UUID().uuidString)").path
        var files: [String: String?] = Self.defaultFiles()
        for (k, v) in text { files[k] = .some(v) }
        for (name, content) in files {
            guard let content else { continue }
            try write(name, Array(content.utf8))
        }
        for (name, content) in bytes { try write(name, content) }
    }

    private func write(_ name: String, _ content: [UInt8]) throws {
        let path = self.path(name)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(content)) else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// The absolute path of `name` inside the fixture, as the loaders report it.
    func path(_ name: String) -> String { root + "/" + name }

    func load() throws(DataErrors) -> DataSet { try DataSet.load(directory: root) }

    /// The error descriptions of a load that must fail.
    func errors(sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        do {
            _ = try load()
            Issue.record("expected the load to fail", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// A changes table: the header then `rows`.
    static func changes(_ rows: String...) -> String { ([header["changes"]!] + rows).joined(separator: "\n") + "\n" }

    /// A table with the default header of `kind` then `rows`.
    static func table(_ kind: String, _ rows: [String]) -> String {
        ([header[kind]!] + rows).joined(separator: "\n") + "\n"
    }

    static func grid(_ rows: [String], cols: Int = 4, rowCount: Int = 3) -> String {
        (["frontline-atlas-grid 1", "cols \(cols)", "rows \(rowCount)", "west 40.00", "north 36.00", "step 0.5"] + rows)
            .joined(separator: "\n") + "\n"
    }
}

/// Fixture-wide lookups.
extension DataSet {
    func region(_ id: String) throws -> RegionID { try #require(atlas.region(id: id)).index }
    func faction(_ id: String) throws -> FactionID { try #require(timeline.faction(id: id)) }
    func control(_ region: String, _ day: String) throws -> Control {
        history.controls[history.controlIndex(region: try self.region(region), at: try #require(Day(iso: day)))]
    }
}

func day(_ s: String) -> Day { Day(iso: s)! }
