#if canImport(Glibc)
    import Glibc
#endif

/// Why an output file could not be written.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    /// The file exists and `--force` was not given.
    case exists(path: String)
    /// The file cannot be created or written: the path and the system's reason.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let p): return "frontline: \(Sanitizer.printable(p)) already exists; pass --force to overwrite it"
        case .unwritable(let p, let reason): return "frontline: cannot write \(Sanitizer.printable(p)): \(reason)"
        }
    }
}

/// A file written safely: never over an existing file unless forced, and never half-written.
///
/// Bytes go to a temporary file in the destination's folder, which is renamed onto the destination by ``commit()``.
/// Until then the destination is untouched; an interrupted process (SIGINT, SIGTERM, SIGHUP) removes the temporary
/// file before it dies. With no path the output is standard output, written as it comes.
public final class SafeOutput {
    /// The destination, or nil for standard output.
    public let path: String?
    let force: Bool
    let tempPath: String?
    let fd: Int32
    var buffer: [UInt8] = []
    var finished = false

    /// Opens `path` for writing (standard output when nil or `-`), failing now if it exists without `force` or
    /// its folder cannot take a new file.
    public init(path: String?, force: Bool) throws(OutputError) {
        guard let path, path != "-" else {
            self.path = nil
            self.force = force
            tempPath = nil
            fd = STDOUT_FILENO
            return
        }
        self.force = force
        var st = stat()
        var target = path
        if lstat(path, &st) == 0 {
            // Through a symbolic link, the file it names is the one replaced; devices and pipes are not files to
            // replace.
            if st.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
                target = String(cString: resolved)
                free(resolved)
            }
            if stat(target, &st) == 0 {
                if st.st_mode & S_IFMT == S_IFDIR { throw .unwritable(path: path, reason: "it is a directory") }
                if st.st_mode & S_IFMT != S_IFREG { throw .unwritable(path: path, reason: "it is not a regular file") }
            }
            if !force { throw .exists(path: path) }
        }
        self.path = target
        var template = Array(
            Path.join(Path.folder(target), "." + Path.lastComponent(target) + ".tmp-XXXXXX").utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard opened >= 0 else { throw .unwritable(path: target, reason: Self.reason(errno)) }
        fd = opened
        let temp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        tempPath = temp
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        InterruptCleanup.register(temp)
    }

    deinit { if !finished { discard() } }

    /// Appends `text` as UTF-8.
    public func write(_ text: String) throws(OutputError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes out what is buffered.
    func flush() throws(OutputError) {
        if let e = buffer.withUnsafeBytes({ FileDescriptor.write(fd, $0) }) {
            discard()
            throw .unwritable(path: path ?? "standard output", reason: Self.reason(e))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Finishes the file: flushes it to disk and renames it onto the destination (standard output: flushes only).
    public func commit() throws(OutputError) {
        try flush()
        guard let path, let tempPath else {
            finished = true
            return
        }
        let failed = { (e: Int32) -> OutputError in
            self.discard()
            return .unwritable(path: path, reason: Self.reason(e))
        }
        if fsync(fd) != 0 { throw failed(errno) }
        if close(fd) != 0 { throw failed(errno) }
        if force {
            if rename(tempPath, path) != 0 { throw failed(errno) }
        } else {
            // link fails if the destination appeared meanwhile, so nothing is ever overwritten without --force.
            if link(tempPath, path) != 0 {
                let e = errno
                discard()
                throw e == EEXIST ? .exists(path: path) : .unwritable(path: path, reason: Self.reason(e))
            }
            unlink(tempPath)
        }
        InterruptCleanup.unregister()
        finished = true
    }

    /// Abandons the file: the temporary file is removed and the destination left as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        guard let tempPath else { return }
        close(fd)
        unlink(tempPath)
        InterruptCleanup.unregister()
    }

    static func reason(_ e: Int32) -> String { String(cString: strerror(e)) }
}

/// Removes the pending temporary file when the process is interrupted, then dies of the same signal.
enum InterruptCleanup {
    /// The temporary file to remove, as a C string a signal handler may read.
    nonisolated(unsafe) static var pending: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var installed = false

    static func register(_ path: String) {
        unregister()
        pending = strdup(path)
        guard !installed else { return }
        installed = true
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { sig in
                if let p = InterruptCleanup.pending { unlink(p) }
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    static func unregister() {
        let p = pending
        pending = nil
        free(p)
    }
}
