#if canImport(Glibc)
    import Glibc
#endif

/// File paths as strings: joining, taking the folder, and standardising, as `NSString`'s path methods did.
public enum Path {
    /// `base` and `component` joined by a slash (`Data` + `atlas` gives `Data/atlas`), none added when `base`
    /// ends with one; `component` alone when `base` is empty.
    public static func join(_ base: String, _ component: some StringProtocol) -> String {
        if base.isEmpty { return String(component) }
        if component.isEmpty { return base }
        return base.hasSuffix("/") ? base + component : base + "/" + component
    }

    /// The folder holding `path`: `/a/b` gives `/a`, `/a` gives `/`, `a` gives the empty string.
    public static func folder(_ path: String) -> String {
        let p = tidy(path)
        guard p != "/", let slash = p.utf8.lastIndex(of: UInt8(ascii: "/")) else { return p == "/" ? p : "" }
        return slash == p.utf8.startIndex ? "/" : String(p[..<slash])
    }

    /// The last component of `path`: `/a/b.tsv` gives `b.tsv`.
    public static func lastComponent(_ path: String) -> String {
        let p = tidy(path)
        guard p != "/", let slash = p.utf8.lastIndex(of: UInt8(ascii: "/")) else { return p }
        return String(p[p.utf8.index(after: slash)...])
    }

    /// `path` with `.` and `..` resolved and every symbolic link followed (the real path of a file that exists);
    /// a path that does not exist has its `.` and `..` resolved by its text alone.
    public static func standardized(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)
                }
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }

    /// Repeated slashes made one, and a trailing slash dropped (but `/` stays `/`).
    static func tidy(_ path: String) -> String {
        guard path.utf8.contains(UInt8(ascii: "/")) else { return path }
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for b in path.utf8 where !(b == UInt8(ascii: "/") && out.last == UInt8(ascii: "/")) { out.append(b) }
        if out.count > 1 && out.last == UInt8(ascii: "/") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
