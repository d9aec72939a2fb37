import Foundation

/// Writes a file atomically: the producer writes a temporary file in the destination's
/// directory, which is renamed over the destination only on success. On any error the
/// temporary file is removed, so neither a partial output nor a stray temp file remains.
enum AtomicOutput {
    static func write(to url: URL, _ produce: (_ temporaryPath: String) throws -> Void) throws {
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RenderError.fileWrite(path: url.path, reason: "the directory \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try produce(temporary.path)
            guard rename(temporary.path, url.path) == 0 else {
                throw RenderError.fileWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
