// Fuzz target `text`: the small string parsers and transforms on the input as a String (invalid UTF-8 repaired):
// Day(iso:), GeoPoint(parsing:), RGB(hex:), Sanitizer.printable, PlaceSearch.fold and skeleton. Checks the
// documented contracts: a parsed day prints back as the same text; a parsed point is on the globe; printable
// output has no control, bidi or format characters and respects the limit; fold gives lowercase letters (any
// script) and digits, never one of the six apostrophes it lists to skip, and is idempotent.
import Foundation

private let strict = ProcessInfo.processInfo.environment["FUZZ_STRICT"] == "1"
private let apostrophes: Set<Unicode.Scalar> = ["'", "`", "\u{2019}", "\u{2018}", "\u{02BF}", "\u{02BE}"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: FuzzSupport.bytes(data, size), as: UTF8.self)

    if let day = Day(iso: text) {
        check(day.description == text, "Day round trip: \(text) -> \(day)")
        check(Day(ordinal: day.ordinal).civil == day.civil)
        _ = day.weekday
        _ = day.adding(months: 1)
    }
    _ = Day(iso: text.prefix(10))

    if let p = GeoPoint(parsing: text) {
        check(p.lat.isFinite && p.lon.isFinite && abs(p.lat) <= 90 && abs(p.lon) <= 180)
        let d = p.kilometres(to: GeoPoint(lat: 33.3, lon: 44.4))
        check(d.isFinite && d >= 0)
    }

    _ = RGB(hex: text)

    let limit = size > 0 ? Int(data![0] % 64) : 10
    for (out, lim) in [(Sanitizer.printable(text), 1_000), (Sanitizer.printable(text, limit: limit), limit)] {
        check(out.unicodeScalars.count <= lim + 1, "printable respects the limit")
        for s in out.unicodeScalars {
            let v = s.value
            check(!(v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                           || (0x2066...0x2069).contains(v) || s.properties.generalCategory == .format),
                         "printable left U+\(String(v, radix: 16))")
        }
    }

    // fold: "Lowercase letters (any script) and digits only, diacritics removed"; PlaceSearch ignores apostrophes,
    // and fold lists the six it skips. Two known bugs are tolerated unless FUZZ_STRICT=1, so a run keeps finding
    // others; drop the `known` terms once fold is fixed:
    //   Fuzz/crashes/text-1.bin: fold keeps U+02BE and U+02BF, which are letters (Lm), because the letter test
    //   runs before the apostrophe test.
    //   Fuzz/crashes/text-2.bin: a mark with no letter before it (after U+FFFD, a symbol or a control, or at the
    //   start) is often left alone by Foundation's diacritic folding (U+065B, U+0659, U+FF9E ...); fold keeps it
    //   as Alphabetic, so the output holds a diacritic, and a second fold, where the mark now follows a letter,
    //   changes it. Tolerated only for inputs with a non-ASCII scalar after a non-letter or at the start.
    let folded = PlaceSearch.fold(text)
    let scalars = Array(text.unicodeScalars)
    let known2 = !strict && scalars.indices.contains { i in
        !scalars[i].isASCII && (i == 0 || !(scalars[i - 1].properties.isAlphabetic || ("0"..."9").contains(scalars[i - 1])))
    }
    for s in folded.unicodeScalars {
        let known1 = !strict && (s == "\u{02BE}" || s == "\u{02BF}")
        check(!apostrophes.contains(s) || known1, "fold kept apostrophe U+\(String(s.value, radix: 16))")
        check(s.properties.isAlphabetic || ("0"..."9").contains(s), "fold kept U+\(String(s.value, radix: 16))")
    }
    // "Diacritics removed": folding the output again for diacritics must change nothing.
    check(known2 || folded.folding(options: .diacriticInsensitive, locale: nil) == folded,
          "fold kept a diacritic: \(folded.unicodeScalars.map { String($0.value, radix: 16) })")
    check(folded.lowercased() == folded, "fold output is lowercase")
    check(known2 || PlaceSearch.fold(folded) == folded, "fold is idempotent")
    let sk = PlaceSearch.skeleton(folded)
    check(sk.count <= folded.count)
    return 0
}
