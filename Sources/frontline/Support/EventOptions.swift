import ArgumentParser
import FrontlineCore

extension DataOptions {
    /// Loads the data set and its fighting events, or prints the errors and exits 65.
    func loadWithEvents() throws -> (DataSet, FightingLog) {
        let data = try load()
        do { return (data, try FightingLoader.load(for: data)) } catch { throw Console.badData(error) }
    }
}
