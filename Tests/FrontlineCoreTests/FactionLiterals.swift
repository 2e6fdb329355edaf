@testable import FrontlineCore

/// In these tests a faction may be written as its position in the fixture's `factions.tsv` (`.faction(0)`,
/// `.contested([0, 1])`): the fixtures are small tables read by position. The library itself takes no literals.
extension FactionID: ExpressibleByIntegerLiteral {
    public init(integerLiteral index: Int) { self.init(index) }
}
