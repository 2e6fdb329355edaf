import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A compact binary copy of a loaded ``DataSet``, derived from the text of `Data/` and never the only copy.
///
/// The cache file lives in the user's cache folder (see ``folder(environment:)``), never in the data folder. It
/// is valid only for the exact bytes it was built from: its key hashes the content of every file under the data
/// folder's `atlas/`, `timeline/` and `campaigns/`, the folder's path, the cache format and the running binary.
/// Once the files have been left alone for two seconds it is also filed under their metadata (sizes, inodes,
/// modification and change times), so that later loads need not read them while it stays the same. A
/// missing, stale, truncated or damaged cache (its length and checksum are checked before a byte is decoded) is
/// ignored: the data is loaded from the text and the cache rewritten atomically (a unique temporary file in the
/// same folder, then a rename), so concurrent processes never see half a file.
public enum DataCache {
    /// How a load went.
    public enum Outcome: Sendable, Equatable {
        /// Decoded from a valid cache.
        case hit
        /// Loaded from the text; `written` tells whether a new cache was stored.
        case miss(written: Bool)
        /// No cache: disabled, no cache folder, or the inputs could not all be read.
        case unused
    }

    /// Bumped whenever the layout of the payload changes.
    static let formatVersion: UInt64 = 5
    static let magic = Array("FLCACHE\u{0}".utf8)
    /// Magic, version, content key, metadata key (0: none), payload length, payload checksum.
    static let headerSize = 48
    /// The folders of a data set whose files the loaders read.
    static let inputs = ["atlas", "timeline", "campaigns"]

    /// The cache folder: nil when `FRONTLINE_CACHE` is `off` (or `0`, `no`), else `$XDG_CACHE_HOME/frontline`, else
    /// `~/.cache/frontline`; nil when neither variable gives an absolute path.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let setting = environment["FRONTLINE_CACHE"]?.lowercased(), ["off", "0", "no"].contains(setting) {
            return nil
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/frontline" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/frontline" }
        return nil
    }

    /// Loads `directory` through the cache in `folder` (the text alone when nil), as ``DataSet/load(directory:)``
    /// would, with the same errors for bad data.
    ///
    /// `now` (seconds since 1970) decides which files have settled; tests move it forward.
    public static func load(
        directory: String, folder: String? = folder(), now: Int = time(nil)
    ) throws(DataErrors) -> (DataSet, Outcome) {
        guard let folder, let build = buildIdentity() else { return (try DataSet.load(directory: directory), .unused) }
        let path = folder + "/" + fileName(directory: directory, build: build)
        // Files whose metadata is the cache's need not be read (see ``metadataKey(directory:now:)``).
        let metadata = metadataKey(directory: directory, now: now) ?? 0
        if metadata != 0, let data = read(path, accepting: { $1 == metadata }) { return (data, .hit) }
        guard let key = key(directory: directory) else { return (try DataSet.load(directory: directory), .unused) }
        if let data = read(path, accepting: { k, _ in k == key }) {
            // The files settled since the cache was written: file it under their metadata too, for next time.
            if metadata != 0 { _ = write(data, key: key, metadata: metadata, to: path, folder: folder) }
            return (data, .hit)
        }
        let data = try DataSet.load(directory: directory)
        // Written only if the files did not change while they were read, so the key names what was loaded.
        guard Self.key(directory: directory) == key else { return (data, .miss(written: false)) }
        return (data, .miss(written: write(data, key: key, metadata: metadata, to: path, folder: folder)))
    }

    /// `data-<16 hex digits>.bin`, from the folder's path and the binary's identity: one cache per data folder
    /// and build, so that two builds used in turn (a debug and a release one) do not rewrite each other's.
    static func fileName(directory: String, build: [UInt8]) -> String {
        let hex = String(Hash64.hash(Array(directory.utf8) + [0] + build), radix: 16)
        return "data-" + String(repeating: "0", count: 16 - hex.count) + hex + ".bin"
    }

    /// How many cache files a folder keeps: the newest written; older ones (of other folders or builds) go.
    static let kept = 4

    /// Removes all but the ``kept`` newest cache files of `folder` (never another process's temporary file; a
    /// file removed while another process reads it stays readable to it).
    static func prune(_ folder: String) {
        let fm = FileManager.default
        let caches = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasPrefix("data-") && $0.hasSuffix(".bin")
        }
        guard caches.count > kept else { return }
        let dated = caches.map { name -> (String, Date) in
            let path = folder + "/" + name
            return (path, (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date ?? .distantPast)
        }
        for (path, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(kept) { unlink(path) }
    }

    /// The running binary's version, configuration, and its file's device, inode, size and modification time:
    /// a rebuild, which may load differently, never reads an older build's cache.
    static func buildIdentity() -> [UInt8]? {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        var w = CacheWriter()
        w.bytes(Array((BuildInfo.version + " " + BuildInfo.configuration).utf8) + [0])
        for v in [Int(info.st_dev), Int(info.st_ino), Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec] {
            w.int(v)
        }
        return w.body
    }

    /// The data set in the cache file at `path`, or nil unless it is whole, undamaged and its content and metadata
    /// keys are accepted.
    ///
    /// The file is mapped, not copied: the writer only ever replaces it by a rename, so its bytes stay put.
    static func read(_ path: String, accepting accepts: (UInt64, UInt64) -> Bool) -> DataSet? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size >= headerSize else { return nil }
        let size = Int(info.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), base != MAP_FAILED else {
            return nil
        }
        defer { munmap(base, size) }
        do {
            let raw = UnsafeRawBufferPointer(start: base, count: size)
            func word(_ i: Int) -> UInt64 {
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self))
            }
            guard raw.prefix(8).elementsEqual(magic), word(1) == formatVersion, accepts(word(2), word(3)),
                word(4) == UInt64(size - headerSize)
            else { return nil }
            let payload = UnsafeRawBufferPointer(rebasing: raw[headerSize...])
            guard Hash64.hash(payload) == word(5) else { return nil }
            return try decode(payload)
        } catch {
            return nil
        }
    }

    /// The data set in `payload`.
    static func decode(_ payload: UnsafeRawBufferPointer) throws(CacheReader.Damaged) -> DataSet {
        var r = try CacheReader(payload)
        let directory = try r.string()
        let atlas = try r.atlas()
        let timeline = try r.timeline()
        let history = try r.history(timeline: timeline)
        let warnings = try r.array { r throws(CacheReader.Damaged) in try r.warning() }
        let series = try r.series()
        let days = Era.last.ordinal - Era.first.ordinal + 1
        guard r.atEnd, series.factions == timeline.factions.count, series.days == days else {
            throw CacheReader.Damaged()
        }
        return DataSet(
            directory: directory, atlas: atlas, timeline: timeline, history: history, warnings: warnings,
            series: series)
    }

    /// The payload of `data`.
    static func encode(_ data: DataSet) -> [UInt8] {
        var w = CacheWriter()
        w.string(data.directory)
        w.atlas(data.atlas)
        w.timeline(data.timeline)
        w.history(data.history)
        w.array(data.warnings) { $0.warning($1) }
        w.series(data.series)
        return w.payload()
    }

    /// The whole cache file of `data` for `key` and `metadata`: header, then payload.
    static func file(_ data: DataSet, key: UInt64, metadata: UInt64) -> [UInt8] {
        let payload = encode(data)
        var header = CacheWriter()
        header.bytes(magic)
        for v in [formatVersion, key, metadata, UInt64(payload.count), Hash64.hash(payload)] {
            header.int(Int(bitPattern: UInt(v)))
        }
        return header.body + payload
    }

    /// Writes the cache of `data` to `path` atomically; false (and nothing left behind) if it cannot.
    static func write(_ data: DataSet, key: UInt64, metadata: UInt64, to path: String, folder: String) -> Bool {
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        // Opened before encoding: a folder that takes no file costs no encoding.
        guard fd >= 0 else { return false }
        let ok = file(data, key: key, metadata: metadata).withUnsafeBytes { FileDescriptor.write(fd, $0) == nil }
        guard close(fd) == 0, ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        prune(folder)
        return true
    }
}
