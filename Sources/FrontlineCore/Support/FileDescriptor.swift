#if canImport(Glibc)
    import Glibc
#endif

/// Whole reads and writes on a POSIX file descriptor, through interrupted calls and partial writes.
public enum FileDescriptor {
    /// Writes all of `bytes` to `fd`, again after an interrupted call and on from a partial write; nil when every
    /// byte went, else the `errno` of the failure.
    @discardableResult
    public static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            // Nothing written for a non-empty request would loop for ever: report it as an I/O error.
            if n == 0 { return EIO }
            offset += n
        }
        return nil
    }

    /// Writes `text` as UTF-8 to `fd` (see ``write(_:_:)-(_,UnsafeRawBufferPointer)``).
    @discardableResult
    public static func write(_ fd: Int32, _ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { write(fd, UnsafeRawBufferPointer($0)) }
    }

    /// Writes `text` to standard error, ignoring a failure (there is nowhere left to report it).
    public static func printError(_ text: String) { write(STDERR_FILENO, text) }

    /// Everything `fd` gives until its end, again after an interrupted call; nil on a read error.
    public static func readAll(_ fd: Int32) -> [UInt8]? {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }
}
