import Testing
@testable import AnnalsCore

@Suite("Corrections file")
struct CorrectionsTests {
    func digest() -> Digest {
        var a = DocumentBuilder("a.txt")
        let s = a.sentence("Shelling of Grozny on 3 January 1995 killed 120 civilians.")
        let f = a.figure(.killed, .all, Quantity(exactly: 120), in: s)
        a.event(.attack, "shelling", in: s, date: day(1995, 1, 3), places: ["Grozny"], figures: [f])
        let t = a.sentence("A vigil was held in Moscow.")
        a.event(.commemoration, "vigil", in: t, places: ["Moscow"])
        var b = DocumentBuilder("b.txt")
        let u = b.sentence("The shelling of Grozny in January 1995 killed 150 people.")
        let g = b.figure(.killed, .all, Quantity(exactly: 150), in: u)
        b.event(.attack, "shelling", in: u, date: DateSpan(start: PartialDate(year: 1995, month: 1)), places: ["Grozny"], figures: [g])
        let v = b.sentence("Mourners gathered in Moskva.")
        b.event(.commemoration, "gathered", in: v, places: ["Moskva"])
        return aggregate([a, b])
    }

    @Test("Errors name the line and what to fix")
    func errorsHaveLines() {
        let cases: [(String, Int, String)] = [
            ("- set-date: E1\n  date: 1995-02-30\n  reason: typo\n", 2, "calendar date"),
            ("- merge: [E1, E2]\n", 1, "reason"),
            ("- set-date: E1\n  date: 1995\n  reason: x\n- frobnicate: E2\n  reason: y\n", 4, "no action"),
            ("- set-date: E1\n  reason: x\n", 1, "date"),
            ("- add-figure: E1\n  outcome: exploded\n  reason: z\n", 2, "outcome"),
            ("- merge: [E1, E2\n  reason: unbalanced\n", 2, "YAML"),
            ("set-date: E1\n", 1, "list"),
        ]
        for (text, line, fragment) in cases {
            do {
                _ = try CorrectionsFile.parse(text)
                Issue.record("no error for \(text)")
            } catch let error as CorrectionError {
                #expect(error.line == line, "\(error)")
                #expect(error.message.contains(fragment), "\(error)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test("Set a date, with the correction listed and its source cited")
    func setDate() throws {
        let corrections = try CorrectionsFile.parse("""
        - set-date: Shelling in Grozny
          date: 1995-01-04
          reason: Court records give the 4th.
          source: {publisher: Memorial, url: https://example.org/memorial, date: 1996-05-01}
        """)
        let d = try CorrectionApplier(corrections).apply(to: digest())
        let e = try #require(d.events.first { $0.type == .attack })
        #expect(e.date?.start == PartialDate(year: 1995, month: 1, day: 4))
        #expect(e.dateConflict.count == 1)
        #expect(d.corrections.count == 1)
        #expect(d.sources.last?.publisher == "Memorial")
        #expect(e.dateSources.first?.file == "corrections.yaml:1")
    }

    @Test("Merge two events; figures are reconciled again")
    func merge() throws {
        let before = digest()
        let vigils = before.events.filter { $0.type == .commemoration }
        #expect(vigils.count == 2)
        let corrections = try CorrectionsFile.parse("- merge: [\(vigils[0].id), \(vigils[1].id)]\n  reason: Same gathering.\n")
        let d = try CorrectionApplier(corrections).apply(to: before)
        #expect(d.events.filter { $0.type == .commemoration }.count == 1)
        #expect(d.events.first { $0.type == .commemoration }?.sources.count == 2)
    }

    @Test("Split one file's mentions into an event of their own, figures following them")
    func split() throws {
        let before = digest()
        let attack = try #require(before.events.first { $0.type == .attack })
        #expect(before.figures.first { $0.event == attack.id }?.conflict == true)
        let d = try CorrectionApplier(try CorrectionsFile.parse("- split: \(attack.id)\n  file: b.txt\n  reason: Another day.\n")).apply(to: before)
        let attacks = d.events.filter { $0.type == .attack }
        #expect(attacks.count == 2)
        let figures = d.figures.filter { $0.category == .all }
        #expect(Set(figures.compactMap(\.best)) == [120, 150])
        #expect(figures.allSatisfy { !$0.conflict })
    }

    @Test("Add a figure from outside the corpus; it needs a source")
    func addFigure() throws {
        let ok = try CorrectionsFile.parse("""
        - add-figure: E1
          outcome: wounded
          value: 300
          reason: Hospital count.
          source: {publisher: Hospital, date: 1995-01-10}
        """)
        let d = try CorrectionApplier(ok).apply(to: digest())
        let w = try #require(d.figures.first { $0.outcome == .wounded })
        #expect(w.best == 300)
        #expect(w.sources == ["corrections.yaml:1"])
        let missing = try CorrectionsFile.parse("- add-figure: E1\n  outcome: wounded\n  value: 3\n  reason: x\n")
        #expect(throws: CorrectionError.self) { try CorrectionApplier(missing).apply(to: digest()) }
    }

    @Test("Suppress a sentence's mentions before aggregation")
    func suppress() throws {
        var a = DocumentBuilder("a.txt")
        let s = a.sentence("Rumours said 900 were killed in Grozny.")
        a.figure(.killed, .all, Quantity(exactly: 900), in: s)
        a.event(.attack, "killed", in: s, date: year(1995), places: ["Grozny"], figures: [0])
        let applier = CorrectionApplier(try CorrectionsFile.parse("- suppress: {file: a.txt, sentence: 1}\n  reason: Retracted.\n"))
        let docs = try applier.applySuppressions([a.extraction])
        #expect(docs[0].figures.isEmpty)
        #expect(docs[0].events.isEmpty)
        #expect(throws: CorrectionError.self) {
            try CorrectionApplier(try CorrectionsFile.parse("- suppress: {file: zz.txt, sentence: 1}\n  reason: x\n")).applySuppressions([a.extraction])
        }
    }

    @Test("An unknown event is an error naming the line")
    func unknownEvent() throws {
        let c = try CorrectionsFile.parse("- set-date: E1\n  date: 1995\n  reason: ok\n- set-date: Nothing like this\n  date: 1995\n  reason: x\n")
        #expect {
            try CorrectionApplier(c).apply(to: digest())
        } throws: { ($0 as? CorrectionError)?.line == 4 }
    }
}
