import Foundation
import Testing

/// Issue 7, command-line half: output faults, interruptions, paths, malformed events files, --strict, limits.
@Suite("annals output faults and bad input")
struct FaultsEndToEndTests {
    static func temporaries(_ dir: URL) -> [String] { TestCorpus.listing(dir).filter { $0.hasSuffix(".tmp") } }

    @Test("An output folder that cannot be made or written: one line naming it, exit 1, nothing written")
    func unwritable() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        let file = dir.appendingPathComponent("plain-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let intoFile = try CLIRunner.run(["report", corpus.path, "--out", file.path, "-q"])
        #expect(intoFile.status == 1)
        #expect(intoFile.stderr.contains(file.path) && intoFile.stderr.contains("not a folder"), "\(intoFile.stderr)")
        let under = try CLIRunner.run(["report", corpus.path, "--out", file.appendingPathComponent("reports").path, "-q"])
        #expect(under.status == 1)
        #expect(under.stderr.contains("cannot create the output folder"), "\(under.stderr)")
        #expect(under.stderr.split(separator: "\n").count == 1)
        let chart = try CLIRunner.run(["timeline", corpus.path, "--out", file.appendingPathComponent("t.svg").path, "-q"])
        #expect(chart.status == 1, "\(chart.stderr)")
        if getuid() != 0 {
            // Permissions bind everyone but root.
            let locked = dir.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            chmod(locked.path, 0o555)
            defer { chmod(locked.path, 0o755) }
            let r = try CLIRunner.run(["report", corpus.path, "--out", locked.path, "-q"])
            #expect(r.status == 1)
            #expect(r.stderr.contains("cannot write into \(locked.path)"), "\(r.stderr)")
            #expect(TestCorpus.listing(locked).isEmpty)
        }
    }

    @Test("A full disk (ulimit -f): exit 1 naming the file; the earlier report stays whole; no temporary file left")
    func fullDisk() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        let out = dir.appendingPathComponent("reports")
        let first = try CLIRunner.run(["report", corpus.path, "--out", out.path, "-q"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try ["timeline.png", "casualties.png", "report.pdf", "report.html"].map { try Data(contentsOf: out.appendingPathComponent($0)) }
        // 40 blocks of 512 bytes: far less than any of the outputs.
        let command = "ulimit -f 40 && exec \"$0\" report \"$1\" --out \"$2\" -q"
        let r = try CLIRunner.tool("sh", ["-c", command, CLIRunner.executable.path, corpus.path, out.path])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains(out.path), "\(r.stderr)")
        let after = try ["timeline.png", "casualties.png", "report.pdf", "report.html"].map { try Data(contentsOf: out.appendingPathComponent($0)) }
        #expect(before == after, "a failed run replaced an earlier output")
        #expect(Self.temporaries(out).isEmpty, "\(TestCorpus.listing(out))")
    }

    @Test("SIGTERM and SIGINT while writing: exit 143/130, earlier report unchanged, no temporary file or scratch folder left",
          arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func interrupted(signal sig: Int32, status: Int32) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        let out = dir.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let earlier = "<!DOCTYPE html><title>earlier report</title>\n"
        try earlier.write(to: out.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
        let scratch = dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)

        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["report", corpus.path, "--out", out.path, "--format", "html", "-q"]
        var env = ProcessInfo.processInfo.environment
        env["ANNALS_TEST_PAUSE_WRITING"] = "report.html"
        env["TMPDIR"] = scratch.path
        process.environment = env
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait for the run to say it holds a half-written temporary file (no timing involved).
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("test pause") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += chunk
        }
        #expect(Self.temporaries(out).count == 1, "the partial file exists while writing")
        kill(process.processIdentifier, sig)
        said += err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == status, "\(String(decoding: said, as: UTF8.self))")
        #expect(try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8) == earlier)
        #expect(Self.temporaries(out).isEmpty, "\(TestCorpus.listing(out))")
        #expect(TestCorpus.listing(scratch).isEmpty, "scratch charts removed: \(TestCorpus.listing(scratch))")
    }

    @Test("Nothing from an article, title or CSV cell becomes part of an output path")
    func paths() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hostile = "../../escaped/report.pdf"
        let corpus = try TestCorpus.make(in: dir, extraRows: "../outside.txt,../../x.pdf,/tmp/pub,,,\n", titles: (hostile, "/etc/passwd"))
        try "Storm at ../../escaped on 3 May 2010 killed 5 people.\n".write(to: corpus.appendingPathComponent("..weird name.txt"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let before = TestCorpus.listing(dir)
        let corpusBefore = TestCorpus.listing(corpus)
        let r = try CLIRunner.run(["report", corpus.path, "--out", out.path, "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(TestCorpus.listing(out) == ["casualties.png", "report.html", "report.pdf", "timeline.png"])
        #expect(TestCorpus.listing(dir) == (before + ["out"]).sorted(), "nothing written beside the output folder")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("escaped").path))
        // The one thing a run writes into a corpus is its extraction cache, under a fixed name.
        #expect(TestCorpus.listing(corpus).filter { $0 != ".annals" } == corpusBefore, "nothing but the cache written into the corpus")
        let cache = TestCorpus.listing(corpus.appendingPathComponent(".annals"))
        #expect(cache.contains("extractions.sqlite") && cache.allSatisfy { $0.hasPrefix("extractions.sqlite") }, "\(cache)")
    }

    @Test("Malformed events CSVs: each error names the file and line; no output is written",
          arguments: [
            ("start,end,label,group\n1999-01-01,,\"Unclosed quote,A\n", "events.csv:2"),
            ("when,label\n1999-01-01,Launch\n", "events.csv:1"),
            ("start,end,label,group\n2005-06-10,2005-06-01,Backwards,A\n", "events.csv:2"),
            ("start,end,label,group\n2010-01-01,,Fine,A\nnext tuesday,,Vague,B\n", "events.csv:3"),
            ("", "events.csv"),
          ])
    func malformedEvents(csv: String, location: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("events.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("t.png")
        let r = try CLIRunner.run(["timeline", "--events", file.path, "--out", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains(location), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(Self.temporaries(dir).isEmpty)
    }

    @Test("--strict means the same on every command that reads a corpus: a binary .txt is fatal, exit 1")
    func strictEverywhere() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        try Data([0x00, 0x01, 0xFE, 0x00, 0x00, 0x9C]).write(to: corpus.appendingPathComponent("scan.txt"))
        let commands: [[String]] = [
            ["summary", corpus.path], ["export", corpus.path], ["extract", corpus.path],
            ["report", corpus.path, "--out", dir.appendingPathComponent("r").path],
            ["timeline", corpus.path, "--out", dir.appendingPathComponent("t.svg").path],
        ]
        for c in commands {
            let lenient = try CLIRunner.run(c + ["-q"])
            #expect(lenient.status == 0, "\(c[0]): \(lenient.stderr)")
            let strict = try CLIRunner.run(c + ["--strict"])
            #expect(strict.status == 1, "\(c[0])")
            #expect(strict.stderr.contains("scan.txt"), "\(c[0]): \(strict.stderr)")
        }
    }

    @Test("Limits: --max-documents refuses a larger folder; --max-file-size skips larger files (fatal with --strict); bad sizes are usage errors")
    func limits() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        let many = try CLIRunner.run(["summary", corpus.path, "--max-documents", "1"])
        #expect(many.status == 1)
        #expect(many.stderr.contains("--max-documents"), "\(many.stderr)")
        func size(_ name: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: corpus.appendingPathComponent(name).path)[.size] as? Int) ?? 0
        }
        // A long flood article: larger than the quake article and than sources.csv (which the limit also bounds).
        let padding = String(repeating: "Volunteers cleared mud from the streets of the lower town for many days. ", count: 20)
        try (TestCorpus.flood + "\n\n" + padding).write(to: corpus.appendingPathComponent("flood.txt"), atomically: true, encoding: .utf8)
        let (flood, quake) = (try size("flood.txt"), max(try size("quake.txt"), try size("sources.csv")))
        #expect(flood > quake)
        // The smaller article is read, the larger one skipped with a warning naming the flag.
        let small = try CLIRunner.run(["summary", corpus.path, "--max-file-size", String(quake), "--format", "json"])
        #expect(small.status == 0, "\(small.stderr)")
        #expect(small.stderr.contains("flood.txt") && small.stderr.contains("--max-file-size"), "\(small.stderr)")
        #expect(!small.stderr.contains("quake.txt"), "\(small.stderr)")
        #expect(JSON(small.stdout)["sources"].array.compactMap { $0["file"].string } == ["quake.txt"])
        #expect(try CLIRunner.run(["summary", corpus.path, "--max-file-size", String(quake), "--strict"]).status == 1)
        #expect(try CLIRunner.run(["summary", corpus.path, "--max-file-size", "1KB"]).status == 0)
        #expect(try CLIRunner.run(["summary", corpus.path, "--max-file-size", "12XB"]).status == 64)
        #expect(try CLIRunner.run(["summary", corpus.path, "--max-documents", "0"]).status == 64)
    }

    @Test("A wrong corpus path names the folder tried; a sources.csv row for a missing file names both; an empty corpus is said to be empty")
    func corpusErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try CLIRunner.run(["summary", empty.path, "--format", "json"])
        #expect(none.status == 0)
        #expect(none.stderr.contains("no articles to read in") && none.stderr.contains("annals add"), "\(none.stderr)")
        #expect(JSON(none.stdout)["events"].array.isEmpty)
        #expect(try CLIRunner.run(["summary", empty.path, "--strict"]).status == 1)
        let missing = try CLIRunner.run(["summary", "no-such-corpus-here"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains(dir.appendingPathComponent("no-such-corpus-here").standardizedFileURL.path.replacingOccurrences(of: "/private", with: "")),
                "\(missing.stderr)")
        let corpus = try TestCorpus.make(in: dir, extraRows: "vanished-story.txt,Gone,Nobody,,,\n")
        let r = try CLIRunner.run(["summary", corpus.path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("sources.csv:4") && r.stderr.contains("vanished-story.txt"), "\(r.stderr)")
        let strict = try CLIRunner.run(["summary", corpus.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("sources.csv") && strict.stderr.contains("vanished-story.txt"))
    }
}
