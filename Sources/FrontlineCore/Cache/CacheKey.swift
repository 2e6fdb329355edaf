#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension DataCache {
    /// The key of `directory`'s inputs, or nil if one cannot be read or the binary cannot be identified.
    ///
    /// It hashes every input file's relative path, length and content (each file read a chunk at a time).
    public static func key(directory: String) -> UInt64? {
        var buffer = FileBuffer()
        return summary(of: directory) { full, _, summary in
            guard let (count, hash) = buffer.hash(full) else { return false }
            summary.int(count)
            summary.bytes(withUnsafeBytes(of: hash.littleEndian, Array.init))
            return true
        }
    }

    /// How many seconds a file must have been left alone before its metadata may stand for its content.
    ///
    /// Git's rule for "racy" files: a write in the same clock tick as the moment its metadata was read would leave
    /// size and times unchanged, so only a file changed at least this long ago can be trusted by its metadata.
    static let settledSeconds = 2

    /// The key of `directory`'s input files' metadata (relative path, size, device, inode, modification and
    /// change times), read without opening a file; nil if one cannot be read or changed too recently to be
    /// trusted (``settledSeconds``).
    ///
    /// A cache made for the content key is also filed under this one, so that a later load whose files carry the
    /// same metadata skips reading them. The change time cannot be set back by anyone but the clock: any write,
    /// rename into place, `touch` or change of mode moves it.
    public static func metadataKey(directory: String, now: Int = time(nil)) -> UInt64? {
        summary(of: directory) { _, info, summary in
            let changed = max(info.st_mtim.tv_sec, info.st_ctim.tv_sec)
            guard changed <= now - settledSeconds else { return false }
            for v in [
                Int(info.st_size), Int(info.st_dev), Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec,
                info.st_ctim.tv_sec, info.st_ctim.tv_nsec
            ] {
                summary.int(v)
            }
            return true
        }
    }

    /// The hash of the cache format, the binary, `directory`'s path and, for every input file in name order, its
    /// relative path and what `describe` appends (false: no key).
    private static func summary(
        of directory: String, describe: (String, stat, inout CacheWriter) -> Bool
    ) -> UInt64? {
        guard let build = buildIdentity() else { return nil }
        var summary = CacheWriter()
        summary.bytes(magic)
        summary.int(Int(formatVersion))
        summary.bytes(build)
        summary.bytes(Array(directory.utf8) + [0])
        for name in inputs {
            guard walk(directory + "/" + name, as: name, into: &summary, describe: describe, depth: 0) else {
                return nil
            }
        }
        return Hash64.hash(summary.body)
    }

    /// Appends each file under `path` to `summary`: its relative path, then what `describe` appends, in name
    /// order. False if a file cannot be read; a missing folder is written as missing.
    private static func walk(
        _ path: String, as relative: String, into summary: inout CacheWriter,
        describe: (String, stat, inout CacheWriter) -> Bool, depth: Int
    ) -> Bool {
        guard let dir = opendir(path) else {
            summary.bytes(Array(("missing " + relative).utf8) + [0])
            return true
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(dir)
        for name in names.sorted() {
            let full = path + "/" + name, rel = relative + "/" + name
            var info = stat()
            guard stat(full, &info) == 0 else { return false }
            if info.st_mode & S_IFMT == S_IFDIR {
                guard depth < 8, walk(full, as: rel, into: &summary, describe: describe, depth: depth + 1) else {
                    return false
                }
            } else if info.st_mode & S_IFMT == S_IFREG {
                summary.bytes(Array(rel.utf8) + [0])
                guard describe(full, info, &summary) else { return false }
            }
        }
        return true
    }
}

/// One small buffer reused to read and hash many files, a chunk at a time: hashing a folder touches 64 KB of fresh
/// memory, not the size of its largest file (each page first touched costs a fault).
private struct FileBuffer {
    private var bytes = [UInt8](repeating: 0, count: 1 << 16)

    /// The length and hash of the regular file at `path` (each chunk's hash seeded with the one before), or nil
    /// if it cannot be read.
    mutating func hash(_ path: String) -> (Int, UInt64)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var count = 0
        var hash: UInt64 = 0
        while true {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { return (count, hash) }
            count += n
            hash = bytes.withUnsafeBytes { Hash64.hash(UnsafeRawBufferPointer(rebasing: $0[..<n]), seed: hash) }
        }
    }
}
