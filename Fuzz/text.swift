// Fuzz target `text`: the small string parsers and transforms on the input as a String (invalid UTF-8 repaired):
// Day(iso:), GeoPoint(parsing:), RGB(hex:), Sanitizer.printable, PlaceSearch.fold and skeleton. Checks the
// documented contracts: a parsed day prints back as the same text; a parsed point is on the globe; printable
// output has no control, bidi or format characters and respects the limit; fold gives lowercase letters (any
// script) and digits, never one of the six apostrophes it lists to skip, and is idempotent.
import Foundation

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

    // fold: "Lowercase letters (any script) and digits only, diacritics removed"; PlaceSearch ignores apostrophes.
    // Fuzz/crashes/text-1.bin (ayn/hamza marks kept) and text-2.bin (a stray mark kept, so fold was not
    // idempotent) were found here and are fixed; both are regression tests in FoldFuzzRegressionTests.
    let folded = PlaceSearch.fold(text)
    for s in folded.unicodeScalars {
        check(!apostrophes.contains(s), "fold kept apostrophe U+\(String(s.value, radix: 16))")
        check(s.properties.isAlphabetic || ("0"..."9").contains(s), "fold kept U+\(String(s.value, radix: 16))")
    }
    // "Diacritics removed": folding the output again for diacritics must change nothing.
    check(folded.folding(options: .diacriticInsensitive, locale: nil) == folded,
          "fold kept a diacritic: \(folded.unicodeScalars.map { String($0.value, radix: 16) })")
    check(folded.lowercased() == folded, "fold output is lowercase")
    check(PlaceSearch.fold(folded) == folded, "fold is idempotent")
    let sk = PlaceSearch.skeleton(folded)
    check(sk.count <= folded.count)
    return 0
}
