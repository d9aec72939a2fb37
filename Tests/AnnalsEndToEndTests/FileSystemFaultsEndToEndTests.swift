import Foundation
import Testing

/// A small tmpfs, when the tests may mount one (root with CAP_SYS_ADMIN, as in CI containers).
enum SmallFileSystem {
    static let available: Bool = {
        guard getuid() == 0, let dir = try? CLIRunner.temporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(at: dir) }
        guard (try? CLIRunner.tool("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.path]))?.status == 0 else { return false }
        _ = try? CLIRunner.tool("umount", [dir.path])
        return true
    }()

    /// Mounts a tmpfs with `options` at a new folder, runs `body`, unmounts.
    static func with(options: String, _ body: (URL) throws -> Void) throws {
        let dir = try CLIRunner.temporaryDirectory()
        let mounted = try CLIRunner.tool("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir.path])
        #expect(mounted.status == 0, "\(mounted.stderr)")
        defer {
            _ = try? CLIRunner.tool("umount", [dir.path])
            try? FileManager.default.removeItem(at: dir)
        }
        try body(dir)
    }
}

@Suite("annals on a full or read-only file system", .enabled(if: SmallFileSystem.available, "needs root and permission to mount a tmpfs; the ulimit -f and file-in-the-way tests cover the same paths"))
struct FileSystemFaultsEndToEndTests {
    @Test("A full disk (ENOSPC on a 2 MB tmpfs): exit 1 naming the file; the earlier report stays whole; no temporary file left")
    func diskFull() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        try SmallFileSystem.with(options: "size=2m") { disk in
            let out = disk.appendingPathComponent("reports")
            let first = try CLIRunner.run(["report", corpus.path, "--out", out.path, "-q"])
            #expect(first.status == 0, "\(first.stderr)")
            let names = TestCorpus.listing(out)
            let before = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
            // Fill what is left.
            let fillerPath = disk.appendingPathComponent("filler").path
            #expect(FileManager.default.createFile(atPath: fillerPath, contents: nil))
            let filler = try #require(FileHandle(forWritingAtPath: fillerPath))
            let block = Data(repeating: 0x41, count: 4096)
            while (try? filler.write(contentsOf: block)) != nil {}
            try? filler.close()
            let r = try CLIRunner.run(["report", corpus.path, "--out", out.path, "-q"])
            #expect(r.status == 1, "\(r.stderr)")
            #expect(r.stderr.contains("cannot write \(out.appendingPathComponent("timeline.png").path)"), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
            #expect(TestCorpus.listing(out) == names, "no temporary file left: \(TestCorpus.listing(out))")
            #expect(try names.map { try Data(contentsOf: out.appendingPathComponent($0)) } == before)
        }
    }

    @Test("A read-only output folder (even for root): exit 1 naming it, nothing written")
    func readOnly() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        try SmallFileSystem.with(options: "ro,size=64k") { disk in
            let r = try CLIRunner.run(["report", corpus.path, "--out", disk.path, "-q"])
            #expect(r.status == 1)
            #expect(r.stderr.contains("cannot write into \(disk.path)"), "\(r.stderr)")
            let sub = try CLIRunner.run(["report", corpus.path, "--out", disk.appendingPathComponent("reports").path, "-q"])
            #expect(sub.status == 1)
            #expect(sub.stderr.contains("cannot create the output folder"), "\(sub.stderr)")
            let chart = try CLIRunner.run(["timeline", corpus.path, "--out", disk.appendingPathComponent("t.png").path, "-q"])
            #expect(chart.status == 1)
            #expect(chart.stderr.contains(disk.path), "\(chart.stderr)")
            #expect(TestCorpus.listing(disk).isEmpty)
        }
    }
}
