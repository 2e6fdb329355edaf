import ArgumentParser
import FrontlineCore
import FrontlineRender

extension DataOptions {
    /// Loads the data set and its fighting events, or prints the errors and exits 65.
    func loadWithEvents() throws -> (DataSet, FightingLog) {
        let data = try load()
        do { return (data, try FightingLoader.load(for: data)) } catch {
            for e in error.errors.prefix(200) { Console.error(Sanitizer.printable(e.description)) }
            throw ExitCode(65)
        }
    }
}

extension OutputFormat {
    /// The library's table format; `text` is not one.
    var table: TableOutput.Format? {
        switch self {
        case .table: return .table
        case .csv: return .csv
        case .json: return .json
        case .text: return nil
        }
    }
}
