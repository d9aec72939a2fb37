import Foundation
import Testing

/// The seeds' facts as written, read end to end through the command line.
@Suite("annals on seeds/", .serialized)
struct SeedsEndToEndTests {
    let jpost = "000_ebf9f1d3ccc6968a.txt"
    let jns = "002_f1783546847f5275.txt"

    func summary() throws -> JSON {
        let r = try CLIRunner.run(["summary", "seeds", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return JSON(r.stdout)
    }

    @Test("The attack is dated 25–26 February 1992, its year from the source that states it, 613 killed per both sources")
    func attack() throws {
        let s = try summary()
        let attack = try #require(s["events"].array.first { $0["type"].string == "attack" && $0["place"].string != nil && $0["start"].string?.hasPrefix("1992") == true })
        #expect(attack["start"].string == "1992-02-25")
        #expect(attack["end"].string == "1992-02-26")
        #expect(Set(attack["sources"].strings) == [jpost, jns])
        let id = try #require(attack["id"].string)
        let figures = s["figures"].array.filter { $0["event"].string == id }
        let killed = try #require(figures.first { $0["outcome"].string == "killed" && $0["category"].string == "all" })
        #expect(killed["best"].int == 613)
        #expect(Set(killed["sources"].strings) == [jpost, jns])
        #expect(killed["conflict"].bool == false)
        for (category, value) in [("children", 63), ("women", 106), ("elderly", 70)] {
            let f = try #require(figures.first { $0["outcome"].string == "killed" && $0["category"].string == category })
            #expect(f["best"].int == value)
            #expect(f["sources"].strings == [jns])
        }
        let breakdown = try #require(s["breakdowns"].array.first { $0["event"].string == id && $0["outcome"].string == "killed" })
        #expect(breakdown["uncovered"].int == 374)
        let displaced = try #require(figures.first { $0["outcome"].string == "displaced" })
        #expect(displaced["approximate"].bool == true)
        #expect(displaced["high"].isNull)
        #expect(displaced["sources"].strings == [jpost])
    }

    @Test("The war is a period 1988–1994; the ceasefire and the New York event stay undated; October 7 keeps no year")
    func otherEvents() throws {
        let events = try summary()["events"].array
        let war = try #require(events.first { $0["type"].string == "war" })
        #expect(war["start"].string == "1988")
        #expect(war["end"].string == "1994")
        #expect(events.contains { $0["type"].string == "agreement" && $0["start"].value is NSNull })
        let newYork = try #require(events.first { $0["type"].string == "commemoration" && $0["places"].strings.contains("New York") })
        #expect(newYork["start"].isNull)
        #expect(newYork["sources"].strings == [jns])
        let october = try #require(events.first { $0["start"].string == "XXXX-10-07" })
        #expect(october["type"].string == "attack")
        let dated = events.filter { $0["type"].string == "commemoration" && $0["start"].string == "2025-02-26" }
        #expect(dated.count == 2, "the ceremonies in Baku and in Israel on the day of publication")
    }

    @Test("Titles use neutral words only")
    func neutralTitles() throws {
        let titles = try summary()["events"].array.compactMap { $0["title"].string?.lowercased() }
        for loaded in ["genocide", "massacre", "terrorist", "militant", "murder"] {
            #expect(!titles.contains { $0.contains(loaded) }, "\(loaded) in \(titles)")
        }
    }

    @Test("Boilerplate is removed and listed with reasons")
    func boilerplate() throws {
        let r = try CLIRunner.run(["extract", "seeds"])
        #expect(r.status == 0)
        let docs = JSON(r.stdout)["documents"].array
        let jnsDoc = try #require(docs.first { $0["file"].string == jns })
        let reasons = Set(jnsDoc["removed"].array.compactMap { $0["reason"].string })
        #expect(reasons.isSuperset(of: ["paywall", "caption", "donation-appeal", "repeated-line"]))
        #expect(!JSON(r.stdout)["figures"].array.contains { $0["text"].string?.contains("articles") == true })
    }

    @Test("report writes the PDF, the timeline and the casualty chart")
    func report() throws {
        let out = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLIRunner.run(["report", "seeds", "--out", out.path], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Attack on Khojaly"))
        let info = try CLIRunner.tool("pdfinfo", [out.appendingPathComponent("report.pdf").path])
        let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
        #expect((pages ?? 0) >= 3)
        let text = try CLIRunner.tool("pdftotext", [out.appendingPathComponent("report.pdf").path, "-"]).stdout
        for expected in ["Sources", "Methodology", "The Jerusalem Post", "JNS", "613", "374", "Not covered by a category", "undated"] {
            #expect(text.contains(expected), "report lacks \(expected)")
        }
        let png = try Data(contentsOf: out.appendingPathComponent("timeline.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // IHDR width and height, big-endian at bytes 16–23.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 2400 && (640...1200).contains(height))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("casualties.png").path))
    }
}
