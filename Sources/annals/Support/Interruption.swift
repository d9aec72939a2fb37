#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// On SIGINT or SIGTERM, removes the temporary files of outputs being written, then exits with
/// 128 + the signal's number (130, 143), so an interrupted run leaves neither a partial report
/// (outputs are renamed into place only when complete) nor a stray temporary file.
///
/// The renderers write `DIR/.NAME.<uuid>.tmp` and rename it to `DIR/NAME`; registering `DIR/NAME`
/// makes those siblings removable. Scratch folders of the process itself are registered directly.
/// SIGXFSZ (a file-size limit, `ulimit -f`) is ignored so the write fails with an error the
/// renderer reports, instead of killing the process mid-file.
enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var outputs: [URL] = []
    nonisolated(unsafe) private static var scratch: [URL] = []
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        signal(SIGXFSZ, SIG_IGN)
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global(qos: .userInteractive))
            source.setEventHandler { terminate(sig) }
            source.resume()
            lock.lock(); sources.append(source); lock.unlock()
        }
    }

    /// An output the run is about to write.
    static func registerOutput(_ url: URL) {
        lock.lock(); defer { lock.unlock() }
        outputs.append(url.standardizedFileURL)
    }

    /// A file or folder of the run's own, removed on interruption (and by the caller when done).
    static func registerScratch(_ url: URL) {
        lock.lock(); defer { lock.unlock() }
        scratch.append(url)
    }

    static func unregisterScratch(_ url: URL) {
        lock.lock(); defer { lock.unlock() }
        scratch.removeAll { $0 == url }
    }

    /// Temporary siblings `.NAME.*.tmp` of a registered output.
    static func temporaries(of output: URL) -> [URL] {
        let dir = output.deletingLastPathComponent()
        let prefix = "." + output.lastPathComponent + "."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".tmp") }.map { dir.appendingPathComponent($0) }
    }

    static func removeTemporaries() {
        lock.lock()
        let outs = outputs, own = scratch
        lock.unlock()
        for url in own { try? FileManager.default.removeItem(at: url) }
        for output in outs { for t in temporaries(of: output) { try? FileManager.default.removeItem(at: t) } }
    }

    private static func terminate(_ sig: Int32) {
        ProgressMeter.clearLine()
        removeTemporaries()
        let name = sig == SIGINT ? "interrupted" : "terminated"
        FileHandle.standardError.write(Data("annals: \(name); outputs not finished were not written, earlier files are unchanged\n".utf8))
        // A file whose temporary was being written as we swept: remove once more, then leave at once.
        removeTemporaries()
        _exit(128 + sig)
    }
}

/// Writes a whole file through a temporary sibling and a rename, like the renderers do.
enum OutputFile {
    static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        Interruption.registerOutput(url)
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CLIError("cannot write \(url.path): cannot create a file in \(directory.path) (\(String(cString: strerror(errno))))")
            }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            let half = data.count / 2
            try handle.write(contentsOf: data.prefix(half))
            TestHook.pauseIfAsked(writing: url, temporary: temporary)
            try handle.write(contentsOf: data.dropFirst(half))
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else {
                throw CLIError("cannot write \(url.path): \(String(cString: strerror(errno)))")
            }
        } catch let error as CLIError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("cannot write \(url.path): \((error as NSError).localizedDescription)")
        }
    }
}

/// A pause for the end-to-end tests of interrupted runs: with `ANNALS_TEST_PAUSE_WRITING=NAME`,
/// writing the output file NAME stops half-way (the temporary file holds a partial output), says
/// so on stderr and waits for a signal. Not documented for users; does nothing otherwise.
enum TestHook {
    static func pauseIfAsked(writing url: URL, temporary: URL? = nil) {
        guard let name = ProcessInfo.processInfo.environment["ANNALS_TEST_PAUSE_WRITING"], name == url.lastPathComponent else { return }
        FileHandle.standardError.write(Data("annals: test pause while writing \((temporary ?? url).lastPathComponent)\n".utf8))
        while true { sleep(60) }
    }
}
