import Foundation
import Testing
@testable import FrontlineCore

/// The package's own `Data/`, found from this file: Tests/FrontlineCoreTests/RealData.swift -> ../../Data.
enum RealData {
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Data").path
    }()

    /// Loaded once for every test.
    static let loaded: Result<DataSet, DataErrors> = {
        do throws(DataErrors) { return .success(try DataSet.load(directory: directory)) } catch {
            return .failure(error)
        }
    }()

    static func data() throws -> DataSet { try loaded.get() }
}

extension DataSet {
    /// Who held region `id` on `date`.
    func holder(_ id: String, on date: String) throws -> Control { try control(id, date) }

    /// Whether `control` is one of the factions `ids`, or contested among them only.
    func isAmong(_ control: Control, _ ids: [String]) throws -> Bool {
        let set = Set(try ids.map { try faction($0) })
        switch control {
        case .faction(let f): return set.contains(f)
        case .contested(let fs): return fs.allSatisfy(set.contains)
        case .unknown: return false
        }
    }

    func statistics(on date: String, country: String?) -> AreaStatistics {
        AreaStatistics(data: self, controls: history.snapshot(at: day(date)), country: country)
    }
}
