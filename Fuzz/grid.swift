// Fuzz target `grid`: GridParser.parse on arbitrary bytes (grid.txt). The parser only reads a path, so each
// input is written to one fixed file per process in /tmp. The counts match the real atlas (550 regions, 13 lakes,
// the 8 neighbour codes of countries.tsv) so both the real grid and the fixture's grid are valid seeds.
import Foundation

private let path: String = {
    let p = "/tmp/frontline-fuzz-grid-\(getpid()).txt"
    FuzzSupport.removeAtExit(p)
    return p
}()
private let neighbours: [String: Int] = ["IL": 2, "IR": 3, "JO": 4, "KW": 5, "LB": 6, "PS": 7, "SA": 8, "TR": 9]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGrid(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzSupport.write(path, FuzzSupport.bytes(data, size))
    do {
        let grid = try GridParser.parse(path: path, regions: 550, lakes: 13, neighbours: neighbours)
        check(grid.cols >= 1 && grid.rows >= 1)
        for r in 0..<grid.rows {
            _ = grid.cellArea(row: r)
            for c in 0..<grid.cols {
                switch grid.cell(row: r, col: c) {
                case .region(let i): check((0..<550).contains(i))
                case .lake(let i): check((0..<13).contains(i))
                case .neighbour(let i): check(neighbours.values.contains(i))
                case .sea: break
                }
            }
        }
    } catch {
        for e in error.errors { check(e.line >= 1 && e.column >= 1) }
    }
    return 0
}
