import Synchronization

/// The names of data files relative to their data folder, each worked out once per data set: standardising a
/// path resolves its symbolic links, a system call per component, which `changes` over the whole war would
/// otherwise pay on every row.
final class FileNames: Sendable {
    private let names = Mutex<[String: String]>([:])

    /// The name of `path`, from `make` the first time it is asked for.
    func name(_ path: String, _ make: () -> String) -> String {
        names.withLock { names in
            if let known = names[path] { return known }
            let name = make()
            names[path] = name
            return name
        }
    }
}
