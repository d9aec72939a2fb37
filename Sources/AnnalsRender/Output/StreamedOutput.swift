import Foundation

/// Writes a text file piece by piece, atomically: the pieces go through a buffer into a temporary
/// sibling (`.NAME.<uuid>.tmp`, as every output of the renderers), renamed over `url` only when the
/// producer returns without error.
///
/// Why: a report of 100 000 articles is hundreds of megabytes of HTML; streamed, the memory it
/// needs is the buffer, not the page (nor the page's copies as a `String` and as `Data`).
public enum StreamedOutput {
    /// Bytes collected before a write to the file.
    static let bufferSize = 1 << 20

    /// Calls `produce` with a function that appends text to the file.
    public static func write(to url: URL, _ produce: (_ emit: (String) throws -> Void) throws -> Void) throws {
        try AtomicOutput.write(to: url) { path in
            guard let file = fopen(path, "wb") else {
                throw RenderError.fileWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
            var closed = false
            defer { if !closed { fclose(file) } }
            var buffer: [UInt8] = []
            buffer.reserveCapacity(bufferSize)
            func flush() throws {
                guard !buffer.isEmpty else { return }
                let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
                guard written == buffer.count else {
                    throw RenderError.fileWrite(path: url.path, reason: String(cString: strerror(errno)))
                }
                buffer.removeAll(keepingCapacity: true)
            }
            try produce { text in
                buffer.append(contentsOf: text.utf8)
                if buffer.count >= bufferSize { try flush() }
            }
            try flush()
            closed = true
            guard fclose(file) == 0 else {
                throw RenderError.fileWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
        }
    }
}
