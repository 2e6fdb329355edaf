/// `s` with every scalar that `replacement` maps written as the text it gives, the others as they are: the one
/// loop behind JSON's string quoting and XML's escaping.
public func escaping(_ s: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
        if let r = replacement(u) { out += r } else { out.unicodeScalars.append(u) }
    }
    return out
}
