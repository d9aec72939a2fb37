import Foundation
import Testing

/// A corpus of many short articles about many invented raids: more events than the PDF details.
enum ScaleCorpus {
    static let firstParts = ["Bel", "Cor", "Dun", "Esk", "Far", "Gal", "Hol", "Ist", "Jor", "Kel", "Lum", "Mor", "Nes", "Orl", "Pel", "Quin", "Ros", "Sar", "Tev", "Ulm"]
    static let secondParts = ["wick", "dale", "mere", "ford", "holt", "stead", "brae", "combe"]
    static let months = ["January", "March", "May", "July", "September", "November"]

    /// `villages` raids, each reported by 1–4 articles worded differently; returns the folder.
    static func make(in dir: URL, villages: Int = 48) throws -> URL {
        let corpus = dir.appendingPathComponent("raids")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        var csv = "file,title,publisher,url,published,note\n"
        var n = 0
        for v in 0..<villages {
            let village = firstParts[v % firstParts.count] + secondParts[(v / firstParts.count * 3 + v % 3) % secondParts.count]
            let date = "\(1 + v % 27) \(months[v % months.count]) \(1995 + v % 20)"
            let killed = 4 + v * 3
            let wordings = [
                "Gunmen attacked the village of \(village) on \(date), killing \(killed) people, local officials said.",
                "The attack on \(village) on \(date) left \(killed) villagers dead and dozens wounded.",
                "Residents of \(village) buried \(killed) people killed in the attack of \(date).",
                "Police said \(killed) people were killed when armed men raided \(village) on \(date).",
            ]
            for k in 0...(v % 4) {
                n += 1
                let file = String(format: "a%04d.txt", n)
                try (wordings[k] + "\n").write(to: corpus.appendingPathComponent(file), atomically: true, encoding: .utf8)
                csv += "\(file),Raid report \(n),Hill Post \(n % 7),https://example.com/raids/\(n),\(1995 + v % 20)-12-01,\n"
            }
        }
        try csv.write(to: corpus.appendingPathComponent("sources.csv"), atomically: true, encoding: .utf8)
        return corpus
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
}

@Suite("annals report on a corpus larger than the PDF's budget", .serialized)
struct ReportScaleEndToEndTests {
    static let epoch = ["SOURCE_DATE_EPOCH": "1400000000"]

    static func pdfText(_ url: URL) throws -> String? {
        guard let r = try? CLIRunner.tool("pdftotext", ["-layout", url.path, "-"]), r.status == 0 else { return nil }
        return r.stdout
    }

    @Test("The PDF details the budgeted events and says what it leaves out; report.html holds everything")
    func abridgedPDFCompleteHTML() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try ScaleCorpus.make(in: dir)
        let summary = try CLIRunner.run(["summary", corpus.path, "--format", "json"])
        #expect(summary.status == 0, "\(summary.stderr)")
        let events = JSON(summary.stdout)["events"].array.count
        #expect(events > 10, "the corpus must have more events than the detail limit")

        let out = dir.appendingPathComponent("out")
        let r = try CLIRunner.run(["report", corpus.path, "--out", out.path, "--detail-limit", "6", "-q"], environment: Self.epoch)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(TestCorpus.listing(out) == ["casualties.png", "report.html", "report.pdf", "timeline.png"])

        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(!html.contains("Abridged"))
        #expect(ScaleCorpus.count("<h3 id=\"e", in: html) == events, "every event detailed in the HTML")
        #expect(ScaleCorpus.count("<tr id=\"source-", in: html) + ScaleCorpus.count("<a id=\"source-", in: html) >= 1)

        guard let text = try Self.pdfText(out.appendingPathComponent("report.pdf")) else { return }
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Abridged. This PDF is abridged to stay readable."))
        #expect(flat.contains("Details of the 6 of \(events) events reported by the most sources"))
        #expect(flat.contains("The other \(events - 6) events and their source sentences are in report.html in the same folder."))
        // Only the budgeted events are detailed: their headings are the only "E<n> Attack on" lines opening a detail.
        let pdfQuotes = ScaleCorpus.count("According to", in: flat)
        let htmlQuotes = ScaleCorpus.count("According to", in: html)
        #expect(pdfQuotes > 0 && pdfQuotes < htmlQuotes)
        if let check = try? CLIRunner.tool("qpdf", ["--check", out.appendingPathComponent("report.pdf").path]) {
            #expect(check.status == 0, "\(check.stdout)")
        }

        // Same input, same bytes, although the outputs are rendered side by side.
        let again = dir.appendingPathComponent("again")
        #expect(try CLIRunner.run(["report", corpus.path, "--out", again.path, "--detail-limit", "6", "-q"], environment: Self.epoch).status == 0)
        for file in ["report.pdf", "report.html", "timeline.png", "casualties.png"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(file)) == Data(contentsOf: again.appendingPathComponent(file)), "\(file)")
        }

        // --detail-limit all: the complete PDF, every sentence the HTML quotes.
        let full = dir.appendingPathComponent("full")
        #expect(try CLIRunner.run(["report", corpus.path, "--out", full.path, "--detail-limit", "all", "-q"], environment: Self.epoch).status == 0)
        if let fullText = try Self.pdfText(full.appendingPathComponent("report.pdf")) {
            #expect(!fullText.contains("Abridged"))
            #expect(ScaleCorpus.count("According to", in: fullText) == htmlQuotes)
        }
    }

    @Test("Without the HTML, the abridged PDF says how to get the complete record; a bad limit is a usage error")
    func pdfOnlyAndUsage() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try ScaleCorpus.make(in: dir, villages: 16)
        let out = dir.appendingPathComponent("pdf-only")
        let r = try CLIRunner.run(["report", corpus.path, "--out", out.path, "--format", "pdf", "--detail-limit", "2", "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(TestCorpus.listing(out) == ["casualties.png", "report.pdf", "timeline.png"])
        if let text = try Self.pdfText(out.appendingPathComponent("report.pdf")) {
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("--format html"), "names the command that writes the complete record")
        }
        for bad in ["-3", "many"] {
            let u = try CLIRunner.run(["report", corpus.path, "--out", out.path, "--detail-limit", bad])
            #expect(u.status != 0)
            #expect(u.stderr.contains("detail-limit"), "\(u.stderr)")
        }
        let help = try CLIRunner.run(["report", "--help"])
        #expect(help.stdout.contains("--detail-limit"))
    }
}
