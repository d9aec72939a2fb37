import Foundation
import Testing

/// A corpus the team wrote about another event, with other numbers and phrasings.
@Suite("annals on a team-written corpus")
struct CorpusEndToEndTests {
    func makeCorpus() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        let articles = [
            "a.txt": """
            Floods in Derna: the toll rises

            The flood that struck the city of Derna on September 10, 2023 killed 4,352 people, including 600 children, according to officials.
            More than 40,000 residents were displaced from their homes.
            You have read 2 of 5 free articles this month.
            Subscribe to continue reading.
            """,
            "b.txt": """
            Two days after the dam collapse in Derna on 10 September 2023, rescuers said at least 3,000 people had died.
            A vigil was held in Benghazi today for the victims of the Derna floods.
            """,
            "c.md": """
            ---
            title: Derna one year on
            publisher: Coast Weekly
            ---
            Residents of Derna commemorated the first anniversary of the disaster with a ceremony in Derna today.
            """,
        ]
        for (name, text) in articles { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try """
        file,title,publisher,url,published,note
        a.txt,Floods in Derna,Daily Example,https://example.org/a,2023-09-14,
        b.txt,,Gazette Example,https://example.org/b,2023-09-12,
        c.md,,,,2024-09-10,
        """.write(to: dir.appendingPathComponent("sources.csv"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test("Figures from two sources are reconciled with their sources; the vigil and the anniversary stay separate")
    func reconciles() throws {
        let dir = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["summary", dir.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let s = JSON(r.stdout)
        let killed = try #require(s["figures"].array.first { $0["outcome"].string == "killed" && $0["category"].string == "all" })
        #expect(killed["best"].int == 4352)
        #expect(killed["low"].int == 3000)
        #expect(Set(killed["sources"].strings) == ["a.txt", "b.txt"])
        let displaced = try #require(s["figures"].array.first { $0["outcome"].string == "displaced" })
        #expect(displaced["high"].isNull)
        let commemorations = s["events"].array.filter { $0["type"].string == "commemoration" }
        #expect(commemorations.count == 2)
        #expect(Set(commemorations.compactMap { $0["start"].string }) == ["2023-09-12", "2024-09-10"])
        let csv = try CLIRunner.run(["summary", dir.path, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("event_id,event_date,date_precision,event_type,place,outcome,category,low,best,high"))
    }
}
