import FrontlineApp
import FrontlineCore
import FrontlineRender
import Testing

/// The key tables per mode, through the reducer: what a key does depends on what is open.
@Suite struct KeyModeTests {
    /// A state in each mode, reached by keys.
    static let modes: [(String, [Key])] = [
        ("map", []), ("help", [.char("?")]), ("faction menu", [.char("f")]), ("date prompt", [.char("g")]),
        ("search prompt", [.char("/")]), ("events panel", [.char("e")]), ("history panel", [.enter]),
        ("changes panel", [.tab])
    ]

    @Test func noKeyIsBoundTwiceInAMode() {
        for map in KeyTable.maps {
            let keys = map.bindings.map(\.key)
            #expect(Set(keys).count == keys.count, "\(map.mode)")
        }
    }

    @Test(arguments: modes.map(\.0))
    func escClosesEveryModeAndNeverQuits(name: String) {
        let keys = Self.modes.first { $0.0 == name }!.1
        let open = press(keys, Fixture.state())
        if name != "map" { #expect(open.mode != .normal, "\(keys) opened nothing") }
        let closed = press([.escape], open)
        #expect(closed.mode == .normal)
        #expect(!closed.shouldQuit)
    }

    @Test(arguments: modes.map(\.0))
    func ctrlLRedrawsInEveryMode(name: String) {
        let open = press(Self.modes.first { $0.0 == name }!.1, Fixture.state())
        #expect(interpret(.ctrl("l"), in: open) == .redraw)
    }

    @Test func lettersAreTypedInPromptsNotObeyed() {
        let s = press([.char("/")] + type("qfe?"), Fixture.state())
        #expect(s.mode == .searchPrompt("qfe?"))
        #expect(!s.shouldQuit)
    }

    @Test func helpShowsEveryListOfKeysWhole() {
        let help = KeyTable.helpLines
        for mode in KeyMode.allCases {
            for row in KeyTable.helpRows(mode) {
                #expect(
                    help.contains { $0.hasPrefix("  " + row.keys + " ") && $0.hasSuffix(row.help) },
                    "\(row.keys) \(row.help)")
            }
        }
    }
}

/// The help box is as wide as its keys, not its notes, and the map beside it is drawn as it was.
@Suite struct HelpOverlayTests {
    @Test(arguments: [(120, 40), (200, 50)])
    func helpLeavesTheMapBesideIt(width: Int, height: Int) {
        let plain = Fixture.state(width: width, height: height)
        let help = press([.char("?")], plain)
        let before = render(plain.scene, width: width, height: height)
        let after = render(help.scene, width: width, height: height)
        let top = after.text.split(separator: "\n")[1...].firstIndex { $0.contains("┌") }!
        let row = Array(after.text.split(separator: "\n")[top].unicodeScalars)
        let left = row.firstIndex(of: "┌")!, right = row.firstIndex(of: "┐")!
        #expect(
            right - left + 1 <= KeyTable.helpKeyWidth + 4,
            "the box is \(right - left + 1) wide for \(KeyTable.helpKeyWidth) of keys")
        for y in 1..<(height - 2) {
            for x in 0..<width where x < left || x > right {
                #expect(before[x, y] == after[x, y], "(\(x), \(y)) changed beside the help")
            }
        }
    }
}
