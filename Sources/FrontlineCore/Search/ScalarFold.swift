/// How Foundation folded one scalar, read from the generated ``FoldTable`` rather than computed by Foundation.
public enum ScalarFold {
    /// The search fold of `scalar` (diacritic-, case- and width-insensitive): usually one scalar, sometimes
    /// two or three (`ß` gives `ss`), or none.
    static func search(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let i = FoldTable.keys.partitionPoint { $0 < scalar.value }
        guard i < FoldTable.keys.count, FoldTable.keys[i] == scalar.value else { return [scalar] }
        var packed = FoldTable.folds[i]
        var out: [Unicode.Scalar] = []
        while packed != 0 {
            out.append(Unicode.Scalar(UInt32(packed & 0x1F_FFFF))!)
            packed >>= 21
        }
        return out
    }

    /// The ASCII character a letter with diacritics stands for (`Ḩ` gives `H`), as Foundation's
    /// diacritic-insensitive fold gave it; `scalar` itself when it is ASCII, nil when there is none.
    public static func asciiBase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.isASCII { return scalar }
        let i = FoldTable.asciiKeys.partitionPoint { $0 < scalar.value }
        guard i < FoldTable.asciiKeys.count, FoldTable.asciiKeys[i] == scalar.value else { return nil }
        return Unicode.Scalar(FoldTable.asciiBases[i])
    }
}
