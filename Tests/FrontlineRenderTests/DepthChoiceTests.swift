import Testing
@testable import FrontlineRender

/// How `--color`, `--depth`, the environment and curses together choose the colour depth, and the locale the glyphs.
@Suite struct DepthChoiceTests {
    let tmux = ["TERM": "tmux-256color"]

    @Test func autoColorsOnlyATerminal() {
        #expect(ColorDepth.choose(.auto, override: nil, isTerminal: true, environment: tmux) == .ansi256)
        #expect(ColorDepth.choose(.auto, override: nil, isTerminal: false, environment: tmux) == .mono)
        #expect(
            ColorDepth.choose(
                .auto, override: nil, isTerminal: true, environment: tmux.merging(["NO_COLOR": "1"]) { $1 }) == .mono)
    }

    @Test func alwaysBeatsNoColorAndADumbTerminalButNotColorterm() {
        #expect(
            ColorDepth.choose(.always, override: nil, isTerminal: false, environment: ["TERM": "dumb", "NO_COLOR": "1"])
                == .ansi256)
        #expect(
            ColorDepth.choose(.always, override: nil, isTerminal: false, environment: ["COLORTERM": "truecolor"])
                == .trueColor)
        #expect(
            ColorDepth.choose(.never, override: nil, isTerminal: true, environment: ["COLORTERM": "truecolor"]) == .mono
        )
    }

    @Test func depthOverridesEverything() {
        #expect(ColorDepth.choose(.auto, override: .ansi8, isTerminal: false, environment: [:]) == .ansi8)
    }

    @Test func aCursesScreenShowsWhatItsEntryHas() {
        #expect(ColorDepth.screen(wanted: .trueColor, colors: 256) == .ansi256)
        #expect(ColorDepth.screen(wanted: .trueColor, colors: 1 << 24) == .trueColor)
        #expect(ColorDepth.screen(wanted: .trueColor, colors: 8) == .ansi8)
        #expect(ColorDepth.screen(wanted: .ansi256, colors: 0) == .mono)
        #expect(ColorDepth.screen(wanted: .ansi16, colors: 256) == .ansi16)
    }

    @Test func theLocaleDecidesUnicode() {
        #expect(localeIsUTF8(environment: ["LANG": "C.UTF-8"]))
        #expect(localeIsUTF8(environment: ["LC_ALL": "", "LC_CTYPE": "en_US.utf8", "LANG": "C"]))
        #expect(!localeIsUTF8(environment: ["LC_ALL": "C", "LANG": "C.UTF-8"]), "LC_ALL wins")
        #expect(!localeIsUTF8(environment: [:]))
    }
}
