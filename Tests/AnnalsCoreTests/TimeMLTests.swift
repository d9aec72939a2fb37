import Testing
@testable import AnnalsCore

@Suite("TimeML reader and scorer")
struct TimeMLTests {
    static let sample = """
    <?xml version="1.0" ?>
    <TimeML>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2004-03-09" functionInDocument="CREATION_TIME">March 9, 2004</TIMEX3></DCT>
    <TEXT>Fire &amp; smoke filled the mine <TIMEX3 tid="t1" type="DATE" value="2004-03-08">Monday</TIMEX3>; \
    rescuers <EVENT eid="e1">worked</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT>
    </TimeML>
    """

    @Test func readsDctTextAndGold() throws {
        let doc = try TimeMLDocument(parsing: Self.sample)
        #expect(doc.dctValue == "2004-03-09")
        #expect(doc.dct == PartialDate(year: 2004, month: 3, day: 9))
        #expect(doc.text.hasPrefix("Fire & smoke"))
        #expect(!doc.text.contains("<"))
        #expect(doc.timexes.map(\.value) == ["2004-03-08", "P2D"])
        #expect(doc.timexes.map(\.type) == ["DATE", "DURATION"])
        let scalars = Array(doc.text.unicodeScalars)
        for t in doc.timexes {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[t.start..<t.end])
            #expect(String(view) == t.text)
        }
    }

    @Test func missingTextIsAnError() {
        #expect(throws: TimeMLDocument.Failure.self) { try TimeMLDocument(parsing: "<TimeML><DCT></DCT></TimeML>") }
    }

    @Test func scoresStrictRelaxedAndAttributes() {
        typealias A = TimeMLDocument.Annotation
        let gold = [A(start: 0, end: 6, text: "Monday", type: "DATE", value: "2004-03-08"),
                    A(start: 20, end: 28, text: "two days", type: "DURATION", value: "P2D"),
                    A(start: 40, end: 44, text: "1990", type: "DATE", value: "1990")]
        let system = [A(start: 0, end: 6, text: "Monday", type: "DATE", value: "2004-03-08"),
                      A(start: 16, end: 28, text: "for two days", type: "DURATION", value: "P3D"),
                      A(start: 60, end: 63, text: "now", type: "DATE", value: "PRESENT_REF")]
        let (s, errors) = TimexScorer.score(gold: gold, system: system)
        #expect(s.strictMatches == 1)
        #expect(s.relaxedMatches == 2)
        #expect(s.typeCorrect == 2)
        #expect(s.valueCorrect == 1)
        #expect(abs(s.relaxed.precision - 2.0 / 3) < 1e-9)
        #expect(abs(s.value.recall - 1.0 / 3) < 1e-9)
        #expect(s.valueAccuracy == 0.5)
        #expect(errors.misses.map(\.text) == ["1990"])
        #expect(errors.spurious.map(\.text) == ["now"])
        #expect(errors.wrongValues.count == 1)
    }

    @Test func taggerRunsOnReaderText() throws {
        let doc = try TimeMLDocument(parsing: Self.sample)
        let analysis = TemporalTagger.shared.tag(sentences: [Sentence(index: 0, start: 0, end: doc.text.unicodeScalars.count, text: doc.text)], documentDate: doc.dct)
        let (s, _) = TimexScorer.score(gold: doc.timexes, system: analysis.timexes.map(TimeMLDocument.Annotation.init))
        #expect(s.valueCorrect == 2)
    }
}
