/// How many dated changes the timeline has, by year, by country and by file (one research area or campaign each).
public struct ChangeCensus: Sendable {
    public let byYear: [(year: Int, changes: Int)]
    public let byCountry: [(country: String, changes: Int)]
    /// File names relative to the data folder (`campaigns/kobani-2014-15.tsv`), in name order.
    public let byFile: [(file: String, changes: Int)]

    /// Counts the changes of `data`, naming files relative to `data.directory`.
    public init(data: DataSet) {
        var years: [Int: Int] = [:], countries: [String: Int] = [:], files: [String: Int] = [:]
        for change in data.timeline.changes {
            years[change.day.civil.year, default: 0] += 1
            files[data.fileName(change.origin.file), default: 0] += 1
            let country: String
            switch change.targets[0] {
            case .region(let r): country = data.atlas.country(of: data.atlas.regions[r])
            case .district(let d): country = data.atlas.governorates[data.atlas.districts[d].governorate].country
            case .governorate(let g): country = data.atlas.governorates[g].country
            }
            countries[country, default: 0] += 1
        }
        byYear = years.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        byCountry = countries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        byFile = files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
