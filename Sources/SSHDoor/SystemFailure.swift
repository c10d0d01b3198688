#if canImport(Glibc)
import Glibc
#endif

/// A system call that failed, with what the door was doing and the C library's reason.
struct SystemFailure: Error, CustomStringConvertible {
    let description: String

    /// `doing` and the text of `code` (by default the current errno).
    init(_ doing: String, code: Int32 = errno) {
        description = "\(doing): \(String(cString: strerror(code)))"
    }
}
