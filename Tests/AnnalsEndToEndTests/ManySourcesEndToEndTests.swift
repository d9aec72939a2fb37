import Foundation
import Testing

/// Many articles, phrased differently, on one happening: one event, figures reconciled.
@Suite("annals on many articles about one happening")
struct ManySourcesEndToEndTests {
    @Test("Twelve differently worded articles give one attack with all twelve sources")
    func oneEvent() throws {
        let dir = try Self.writeCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["summary", dir.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let s = JSON(r.stdout)
        let attacks = s["events"].array.filter { $0["type"].string == "attack" }
        #expect(attacks.count == 1, "\(attacks.map { $0["title"].string ?? "" })")
        let attack = try #require(attacks.first)
        #expect(attack["start"].string == "2016-05-04")
        #expect(attack["sources"].strings.count >= 11)
        let killed = try #require(s["figures"].array.first { $0["outcome"].string == "killed" && $0["category"].string == "all" })
        #expect(killed["best"].int == 31)
        #expect(killed["conflict"].bool == false)
        #expect(killed["low"].int == 30)
        let wounded = try #require(s["figures"].array.first { $0["outcome"].string == "wounded" && $0["category"].string == "all" })
        #expect(wounded["best"].int == 12)
    }

    /// The printed table names every source of a many-source figure in full, and other rows are
    /// not padded to that cell's width (which made the table grow with the square of the corpus).
    @Test("A long list of sources is printed whole without widening every other row")
    func longSourceListsStayWhole() throws {
        let dir = try Self.writeCorpus(extra: "Dozens of people were wounded in a fire at the Velm market on 2 June 2016.")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["summary", dir.path, "--format", "table"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let killed = try #require(lines.first { $0.contains(" killed ") && $0.contains("[1]") })
        // Ten of the twelve state the total killed (one gives civilians, one only the wounded).
        #expect(killed.components(separatedBy: "][").count == 10 && !killed.contains("…"), "\(killed)")
        let fire = try #require(lines.first { $0.contains("[13]") && $0.contains("approximate") })
        let gap = fire.components(separatedBy: "[13]")[1].prefix { $0 == " " }.count
        #expect(gap >= 2 && gap <= 24, "\(fire)")
    }

    static func writeCorpus(extra: String? = nil) throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        var sentences = [
            "Militants attacked the village of Tarkhan on 4 May 2016, killing 31 people.",
            "The attack on Tarkhan on May 4, 2016 left 31 dead.",
            "At least 30 people were killed when gunmen raided Tarkhan on 4 May 2016.",
            "Thirty-one villagers died in the raid on Tarkhan in May 2016.",
            "The Tarkhan attack of 2016 killed 31, including 9 children.",
            "Survivors of the attack on Tarkhan, on 4 May 2016, said 31 people were killed.",
            "In Tarkhan, gunmen attacked on May 4th, 2016; 12 people were wounded.",
            "The assault on Tarkhan in 2016 killed 31 civilians and wounded 12.",
            "Officials said 31 people were killed in the Tarkhan attack on 4 May 2016.",
            "Gunmen stormed Tarkhan on 4 May 2016. The death toll stood at 31.",
            "The May 2016 attack on Tarkhan killed more than 30 people.",
            "A raid on Tarkhan on 4 May 2016 killed 31 people and injured 12 others.",
        ]
        if let extra { sentences.append(extra) }
        var csv = "file,title,publisher,url,published,note\n"
        for (i, s) in sentences.enumerated() {
            let name = String(format: "art%02d.txt", i)
            try s.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
            csv += "\(name),,Outlet \(i),,2016-05-\(String(format: "%02d", 5 + i)),\n"
        }
        try csv.write(to: dir.appendingPathComponent("sources.csv"), atomically: true, encoding: .utf8)
        return dir
    }
}
