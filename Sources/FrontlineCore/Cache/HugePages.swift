#if canImport(Glibc)
    import Glibc
#endif

/// Asking the kernel for 2 MB pages under a large buffer about to be filled.
///
/// Each 4 KB page first touched costs a fault (about 2 µs here): the atlas grid's 6 MB would take 1,500 of them, a
/// few milliseconds of a command that should take ten. Where transparent huge pages are enabled on request
/// (`madvise`, the usual default), the aligned middle of the buffer takes a handful instead. Only a hint: without
/// it, or on another system, nothing changes.
enum HugePages {
    static let size = 2 << 20

    /// Advises huge pages for the 2 MB-aligned part of `buffer`, which must not have been touched yet.
    static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
            guard let base = buffer.baseAddress, buffer.count >= 2 * size else { return }
            let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
            let end = (Int(bitPattern: base) + buffer.count) & ~(size - 1)
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, end - start, MADV_HUGEPAGE)
        #endif
    }
}
