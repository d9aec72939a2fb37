import Foundation
import Testing

@Suite("annals errors")
struct ErrorsEndToEndTests {
    @Test("A missing corpus folder: one line naming it, exit status 1")
    func missingCorpus() throws {
        let r = try CLIRunner.run(["summary", "no-such-folder"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no-such-folder"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test("A usage error gets the usage message and exit status 64")
    func usage() throws {
        let r = try CLIRunner.run(["summary", "--format", "yaml"])
        #expect(r.status == 64)
        let r2 = try CLIRunner.run(["timeline", "--out", "chart.gif"])
        #expect(r2.status == 64)
    }

    @Test("A malformed events CSV names the file and line")
    func malformedEvents() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("events.csv")
        try "start,end,label,group\n2001-09-11,,First,A\n2001-02-30,,Bad day,B\n".write(to: csv, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["timeline", "--events", csv.path, "--out", dir.appendingPathComponent("t.svg").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("events.csv:3"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("t.svg").path))
    }

    @Test("timeline draws an events CSV to SVG")
    func timelineFromCSV() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("events.csv")
        try "start,end,label,group\n1914-07-28,1918-11-11,\"War, first\",War\n1916-07-01,,Somme begins,Battle\n".write(to: csv, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("t.svg")
        let r = try CLIRunner.run(["timeline", "--events", csv.path, "--out", out.path, "--width", "800", "--height", "400"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.contains("<svg"))
    }
}

@Suite("annals init and add")
struct ScaffoldingEndToEndTests {
    @Test("init makes a corpus; add copies articles, appends rows and refuses duplicates")
    func initAndAdd() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus")
        #expect(try CLIRunner.run(["init", corpus.path]).status == 0)
        #expect(try CLIRunner.run(["init", corpus.path]).status == 1, "a second init must not overwrite sources.csv")
        let article = dir.appendingPathComponent("quake.txt")
        try "An earthquake struck Van on 23 October 2011, killing 604 people.\n".write(to: article, atomically: true, encoding: .utf8)
        let copy = dir.appendingPathComponent("quake-copy.txt")
        try FileManager.default.copyItem(at: article, to: copy)
        let add = try CLIRunner.run(["add", article.path, "--to", corpus.path, "--publisher", "Daily, Example", "--published", "2011-10-24"])
        #expect(add.status == 0, "\(add.stderr)")
        let dup = try CLIRunner.run(["add", copy.path, "--to", corpus.path])
        #expect(dup.status == 0)
        #expect(dup.stderr.contains("same text"))
        let csv = try String(contentsOf: corpus.appendingPathComponent("sources.csv"), encoding: .utf8)
        #expect(csv == "file,title,publisher,url,published,note\nquake.txt,,\"Daily, Example\",,2011-10-24,\n")
        let summary = JSON(try CLIRunner.run(["summary", corpus.path, "--format", "json"]).stdout)
        #expect(summary["figures"].array.first?["best"].int == 604)
        #expect(try CLIRunner.run(["add", article.path, "--to", corpus.path, "--published", "2011-02-30"]).status == 64)
    }
}

@Suite("annals add: duplicates anywhere in the corpus")
struct AddDuplicatesEndToEndTests {
    @Test("A text already in a sub-folder of the corpus is skipped, naming where it is; a different file of the same name is refused")
    func duplicateInSubfolder() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus")
        #expect(try CLIRunner.run(["init", corpus.path]).status == 0)
        let sub = corpus.appendingPathComponent("2019")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try TestCorpus.flood.write(to: sub.appendingPathComponent("flood.txt"), atomically: true, encoding: .utf8)
        let incoming = dir.appendingPathComponent("flood-again.txt")
        try TestCorpus.flood.write(to: incoming, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["add", incoming.path, "--to", corpus.path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("same text as 2019/flood.txt"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: corpus.appendingPathComponent("flood-again.txt").path))
        // Same name, other text: refused, nothing copied, no row added.
        let clash = dir.appendingPathComponent("other/flood-again.txt")
        try FileManager.default.createDirectory(at: clash.deletingLastPathComponent(), withIntermediateDirectories: true)
        try TestCorpus.quake.write(to: corpus.appendingPathComponent("flood-again.txt"), atomically: true, encoding: .utf8)
        try "Different words entirely, about a harbour fire.\n".write(to: clash, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["add", clash.path, "--to", corpus.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("rename"), "\(refused.stderr)")
        #expect(try String(contentsOf: corpus.appendingPathComponent("sources.csv"), encoding: .utf8) == "file,title,publisher,url,published,note\n")
    }
}

@Suite("annals timex errors")
struct TimexErrorsEndToEndTests {
    @Test("An unreadable or binary file: one line naming it, exit status 1")
    func badFiles() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try CLIRunner.run(["timex", dir.appendingPathComponent("none.txt").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.txt"))
        let binary = dir.appendingPathComponent("bin.txt")
        try Data([0x42, 0x00, 0x43]).write(to: binary)
        let r = try CLIRunner.run(["timex", binary.path])
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}

@Suite("annals report --dpi")
struct ReportPagesEndToEndTests {
    @Test("--dpi writes every page of the PDF as a PNG at that resolution")
    func pagesAsPNG() throws {
        let out = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLIRunner.run(["report", "seeds", "--out", out.path, "--dpi", "36", "--format", "pdf", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let info = try CLIRunner.tool("pdfinfo", [out.appendingPathComponent("report.pdf").path]).stdout
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        let pngs = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix("page-") && $0.hasSuffix(".png") }
        #expect(pages > 0 && pngs.count == pages)
        let first = try Data(contentsOf: out.appendingPathComponent("page-1.png"))
        let width = first[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(abs(width - Int((595.276 * 36 / 72).rounded())) <= 1, "A4 width at 36 dpi, got \(width)")
        #expect(try CLIRunner.run(["report", "seeds", "--out", out.path, "--dpi", "5"]).status == 64)
    }
}
