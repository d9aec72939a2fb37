import Foundation
import Testing
@testable import AnnalsCore

@Suite("FigureScore")
struct FigureScoreTests {
    private func t(_ o: Outcome, _ c: CasualtyCategory, _ low: Int?, _ high: Int?) -> FigureTuple {
        FigureTuple(outcome: o, category: c, low: low, high: high)
    }

    @Test func setMatchingCountsEachTupleOnce() {
        let gold = [t(.killed, .all, 12, 12), t(.wounded, .all, 40, nil), t(.killed, .children, 3, 3)]
        let system = [t(.killed, .all, 12, 12), t(.killed, .all, 12, 12), t(.wounded, .all, 40, 40), t(.missing, .all, 5, 5)]
        let (score, errors) = FigureScorer.score(gold: gold, system: system, document: "doc")
        #expect(score.gold == 3)
        #expect(score.system == 3) // the repeated toll counts once
        #expect(score.matched == 1)
        #expect(abs(score.precision - 1.0 / 3) < 1e-9)
        #expect(abs(score.recall - 1.0 / 3) < 1e-9)
        // An open high end differs from a closed one: "at least 40" is not "40".
        #expect(errors.misses == [t(.killed, .children, 3, 3), t(.wounded, .all, 40, nil)])
        #expect(errors.spurious == [t(.wounded, .all, 40, 40), t(.missing, .all, 5, 5)])
    }

    @Test func microAveragingSumsCountsOverDocuments() {
        let (a, _) = FigureScorer.score(gold: [t(.killed, .all, 1, 1)], system: [t(.killed, .all, 1, 1)])
        let (b, _) = FigureScorer.score(gold: [t(.killed, .all, 2, 2), t(.wounded, .all, 3, 3), t(.missing, .all, 4, 4)], system: [])
        let total = a + b
        #expect(total.documents == 2)
        #expect(total.gold == 4 && total.system == 1 && total.matched == 1)
        #expect(total.precision == 1)
        #expect(total.recall == 0.25)
        #expect(abs(total.f1 - 0.4) < 1e-9)
    }

    @Test func emptyDocumentsScorePerfectlyOnlyWhenNothingIsStated() {
        let (none, _) = FigureScorer.score(gold: [], system: [])
        #expect(none.precision == 1 && none.recall == 1 && none.f1 == 1)
        let (spurious, errors) = FigureScorer.score(gold: [], system: [t(.killed, .all, 0, 0)])
        #expect(spurious.precision == 0 && spurious.f1 == 0)
        #expect(errors.spurious.count == 1)
    }

    @Test func annotationFilesParse() throws {
        let text = "# outcome category low high\nkilled\tall\t23\t-\nwounded children 5 5  # spaces work too\n\ndisplaced\tall\t-\t900\n"
        let tuples = try FigureAnnotationFile.parse(text)
        #expect(tuples == [t(.killed, .all, 23, nil), t(.wounded, .children, 5, 5), t(.displaced, .all, nil, 900)])
        #expect(try FigureAnnotationFile.parse("# nothing stated\n").isEmpty)
    }

    @Test func malformedAnnotationsNameTheirLine() {
        #expect(throws: FigureAnnotationFile.Failure(line: 2, message: "unknown outcome 'slain' (one of killed, wounded, displaced, missing, captured)")) {
            try FigureAnnotationFile.parse("killed all 1 1\nslain all 1 1\n")
        }
        #expect(throws: FigureAnnotationFile.Failure.self) { try FigureAnnotationFile.parse("killed all 9 3") }
        #expect(throws: FigureAnnotationFile.Failure.self) { try FigureAnnotationFile.parse("killed all - -") }
        #expect(throws: FigureAnnotationFile.Failure.self) { try FigureAnnotationFile.parse("killed all 4") }
        #expect(throws: FigureAnnotationFile.Failure.self) { try FigureAnnotationFile.parse("killed all many 4") }
    }

    @Test func loaderPairsArticlesWithAnnotationsAndRefusesUnannotatedOnes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("figure-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "A landslide killed 17 hikers on the pass.\n".write(to: dir.appendingPathComponent("sub/a.txt"), atomically: true, encoding: .utf8)
        try "killed\tall\t17\t17\n".write(to: dir.appendingPathComponent("sub/a.tsv"), atomically: true, encoding: .utf8)
        let docs = try FigureEvaluationDocument.load(directory: dir.path)
        #expect(docs.map(\.name) == ["sub/a"])
        #expect(docs.first?.gold == [t(.killed, .all, 17, 17)])
        let (score, _) = FigureEvaluation.run(docs)
        #expect(score.matched == 1 && score.system == 1)

        try "Nothing happened.\n".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        #expect(throws: FigureEvaluationDocument.LoadFailure.self) { try FigureEvaluationDocument.load(directory: dir.path) }
    }

    @Test("the system side runs the whole extraction stage on the article")
    func systemTuplesComeFromThePipeline() {
        let text = "Floods in the delta have killed 31 people and left 4,000 homeless, officials said on Monday.\n"
        #expect(Set(FigureEvaluation.systemTuples(text: text)) == [t(.killed, .all, 31, 31), t(.displaced, .all, 4000, 4000)])
    }
}
