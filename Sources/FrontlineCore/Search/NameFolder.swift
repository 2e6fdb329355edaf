/// Folds names for searching (``PlaceSearch/fold(_:)``), remembering how each non-ASCII scalar folds.
///
/// An all-ASCII name (four in five) folds from its bytes. Any other folds scalar by scalar: Foundation's
/// diacritic-, case- and width-insensitive folding acts on each scalar alone, so each distinct scalar is looked
/// up once in the table generated from that folding (``ScalarFold``). `PlaceSearchTests` checks every name of
/// the atlas against Foundation folding whole strings.
struct NameFolder {
    /// What each non-ASCII scalar met so far folds to: its search fold (``ScalarFold/search(_:)``), each scalar
    /// classified (see ``classify(_:)``).
    private var folded: [UInt32: [Token]] = [:]

    static let articles: Set<String> = ["al", "el", "ar", "as", "ash", "ad", "at", "az", "an"]
    static let apostrophes: Set<Unicode.Scalar> = [
        "'", "`", "\u{2019}", "\u{2018}", "\u{02BF}", "\u{02BE}", "\u{02BB}", "\u{02BC}"
    ]

    /// What a folded scalar contributes: nothing, a letter or digit, or the end of a word.
    enum Token {
        case skip, letter(Unicode.Scalar), wordBreak
    }

    /// Lowercase letters (any script) and digits only, diacritics removed, a leading article dropped.
    mutating func fold(_ text: some StringProtocol) -> String {
        // From the contiguous bytes when there are (native strings and their slices): no generic iteration.
        let ascii = text.utf8.withContiguousStorageIfAvailable { Self.foldASCII($0) } ?? Self.foldASCII(text.utf8)
        if let ascii { return ascii }
        // The words go straight into one buffer; only the first word's end is remembered, for the article.
        var out = String.UnicodeScalarView()
        var words = 0, firstEnd = 0
        var inWord = false
        func take(_ token: Token) {
            switch token {
            case .skip: break
            case .letter(let ch):
                if !inWord {
                    inWord = true
                    words += 1
                }
                out.append(ch)
            case .wordBreak:
                if inWord && words == 1 { firstEnd = out.count }
                inWord = false
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                take(Self.classify(scalar))
            } else {
                for token in tokens(scalar) { take(token) }
            }
        }
        if words == 1 { firstEnd = out.count }
        if words > 1, firstEnd <= 3, Self.articles.contains(String(String.UnicodeScalarView(out.prefix(firstEnd)))) {
            out.removeFirst(firstEnd)
        }
        return String(out).lowercased()
    }

    /// A scalar of folded text: apostrophes and marks are skipped (ayn and hamza marks, and accents folding left
    /// without a base letter), letters and digits kept (ASCII capitals lowercased, as Foundation's case folding
    /// does), anything else ends a word.
    static func classify(_ ch: Unicode.Scalar) -> Token {
        if ch.isASCII {
            switch ch {
            case "a"..."z", "0"..."9": return .letter(ch)
            case "A"..."Z": return .letter(Unicode.Scalar(UInt8(ch.value) | 0x20))
            case "'", "`": return .skip
            default: return .wordBreak
            }
        }
        if apostrophes.contains(ch) || ch.properties.generalCategory == .nonspacingMark { return .skip }
        return ch.properties.isAlphabetic ? .letter(ch) : .wordBreak
    }

    /// The words of a name, each folded, the leading article dropped: `Occupied Golan` gives occupied, golan.
    mutating func words(_ name: some StringProtocol) -> [String] {
        var words: [String] = []
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            for part in name.utf8.split(whereSeparator: Self.isWordBreak) {
                if let f = Self.foldASCII(part), !f.isEmpty { words.append(f) }
            }
        } else {
            for part in name.split(whereSeparator: { $0.isASCII && Self.isWordBreak($0.asciiValue!) }) {
                let f = fold(part)
                if !f.isEmpty { words.append(f) }
            }
        }
        return words.count > 1 && Self.articles.contains(words[0]) ? Array(words.dropFirst()) : words
    }

    /// Whether `b` separates the words of a name: a space, hyphen, parenthesis or comma.
    static func isWordBreak(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
            || b == UInt8(ascii: ",")
    }

    /// The search fold of one scalar, classified, remembered.
    private mutating func tokens(_ scalar: Unicode.Scalar) -> [Token] {
        if let f = folded[scalar.value] { return f }
        let f = ScalarFold.search(scalar).map(Self.classify)
        folded[scalar.value] = f
        return f
    }

    /// The fold of all-ASCII bytes, with no table (ASCII has no diacritics or widths to fold, and
    /// case folds to lowercase); nil when a byte is not ASCII.
    static func foldASCII<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { out -> String? in
            var length = 0
            var words = 0
            var firstEnd = 0
            var inWord = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b == UInt8(ascii: "'") || b == UInt8(ascii: "`") { continue }
                let lower = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
                if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                    || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9"))
                {
                    if !inWord {
                        inWord = true
                        words += 1
                    }
                    out[length] = lower
                    length += 1
                } else if inWord {
                    inWord = false
                    if words == 1 { firstEnd = length }
                }
            }
            if words == 1 { firstEnd = length }
            var start = 0
            if words > 1, firstEnd <= 3,
                articles.contains(String(decoding: UnsafeBufferPointer(rebasing: out[0..<firstEnd]), as: UTF8.self))
            {
                start = firstEnd
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[start..<length]), as: UTF8.self)
        }
    }
}
