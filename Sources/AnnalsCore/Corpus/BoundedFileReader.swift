import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file's bytes with a ceiling: the size is taken from the open file (`fstat`) before any
/// byte is read, so a file over the limit costs no memory, and reading stops at the limit even if
/// the file grows meanwhile. Says precisely why a file could not be read (missing, no permission,
/// a folder, a device or pipe), which `FileManager.contents(atPath:)` folds into one nil.
///
/// Opened non-blocking, so a named pipe with no writer does not hang the loader; it is refused as
/// "not a regular file". Complexity: O(min(size, limit)) time and memory.
enum BoundedFileReader {
    enum Failure: Error, Equatable {
        /// The file does not exist (or a symbolic link points nowhere).
        case missing
        /// Permission denied (or another reason `open` gives, as its system message).
        case cannotOpen(reason: String, permission: Bool)
        /// A symbolic link chain that loops back on itself.
        case linkLoop
        /// A folder, device, socket or pipe: `kind` names which.
        case notRegular(kind: String)
        /// Larger than the limit; `size` in bytes. Nothing was read.
        case tooLarge(size: Int)
        /// A read error after opening.
        case readError(reason: String)
    }

    static func read(path: String, limit: Int) -> Result<Data, Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: return .failure(.missing)
            case ELOOP: return .failure(.linkLoop)
            default: return .failure(.cannotOpen(reason: String(cString: strerror(code)), permission: code == EACCES || code == EPERM))
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.readError(reason: String(cString: strerror(errno)))) }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else { return .failure(.notRegular(kind: kind(of: type))) }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(size: size)) }

        // Read up to limit + 1 bytes, so growth past the limit since fstat is noticed too.
        let capacity = min(limit, size) + 1
        var data = Data(count: capacity)
        var total = 0
        let failure: Int32? = data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            while total < capacity {
                let n = readBytes(fd, base + total, capacity - total)
                if n == 0 { break }
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                total += n
            }
            return nil
        }
        if let failure { return .failure(.readError(reason: String(cString: strerror(failure)))) }
        if total > limit { return .failure(.tooLarge(size: max(size, total))) }
        data.count = total
        return .success(data)
    }

    private static func kind(of type: mode_t) -> String {
        switch type {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "not a regular file"
        }
    }
}

/// `read(2)`, named apart from `BoundedFileReader.read(path:limit:)`, which would shadow it.
@inline(__always)
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
