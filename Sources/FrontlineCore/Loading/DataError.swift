/// A problem in a data file, located to the character.
///
/// Its description is `file:line:column: message`, the form editors and compilers use, so a user can jump to it.
public struct DataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's path as the user gave it or as it was found.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int
    /// What was expected, and what was found.
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Every error found in one load, in file and line order; loading stops only when all are collected.
public struct DataErrors: Error, Sendable, CustomStringConvertible {
    /// The errors, at least one.
    public var errors: [DataError]

    public init(_ errors: [DataError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// A finding that does not stop loading, such as a region that never changes hands.
public struct DataWarning: Equatable, Sendable, CustomStringConvertible {
    /// What a warning is about, so that `check` can count and group them.
    public enum Kind: String, Sendable, CaseIterable {
        /// A region that never changes hands while other regions of its district do.
        case neverChanges = "never changes hands"
        /// A campaign row whose region already had that controller: evidence, not a change.
        case restated = "restates its region's controller"
        /// A campaign row that lost to a row nearer its region's place, on the same day.
        case overruled = "finer than the atlas (another place of its region wins that day)"
        /// A contested period longer than three months with no entry in `timeline/contested.tsv`.
        case longContested = "long contested period without a reason"
    }

    public var kind: Kind
    public var file: String
    public var line: Int
    public var message: String

    public init(_ kind: Kind, file: String, line: Int, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): warning: \(message)" }
}
