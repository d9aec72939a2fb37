import Testing
@testable import AnnalsCore

/// Tags one text split into sentences as the pipeline splits it: (text, value) of each timex.
private func tagged(_ text: String, dct: PartialDate?) -> [[String]] {
    TemporalTagger.shared.tag(sentences: SentenceSplitter.shared.split(text), documentDate: dct).timexes.map { [$0.text, $0.value] }
}

/// 2017-03-08, a Wednesday.
private let wednesday = PartialDate(year: 2017, month: 3, day: 8)

/// Count ranges before one unit, generic day words, and where a bare clock time takes its day.
@Suite("Temporal tagger ranges, generic day words and clock-time anchors")
struct TimeTaggerRangeTests {
    @Test func aCountRangeBeforeOneUnitIsOneDurationOfUnknownCount() {
        #expect(tagged("Repairs to the bridge will take 9 to 14 weeks.", dct: wednesday) == [["9 to 14 weeks", "PXW"]])
        #expect(tagged("The strike could go on for four or five days.", dct: wednesday) == [["four or five days", "PXD"]])
        #expect(tagged("Ferries sailed every hour for the next six to eight months.", dct: wednesday).contains(["the next six to eight months", "PXM"]))
    }

    @Test func betweenTwoCountsEachBoundIsItsOwnDuration() {
        #expect(tagged("Each test ran for between 20 and 25 minutes.", dct: wednesday) == [["20", "PT20M"], ["25 minutes", "PT25M"]])
        #expect(tagged("Shipping takes between three to seven days.", dct: wednesday) == [["three", "P3D"], ["seven days", "P7D"]])
    }

    @Test func aRangeNeedsALargerSecondCountAndAUnit() {
        // "and" without "between" joins two things, not two bounds.
        #expect(tagged("The trial heard 3 and 7 witnesses over two days.", dct: wednesday) == [["two days", "P2D"]])
        // A second count that is not larger is no range: the unit's own count is kept.
        #expect(tagged("Scores of 6 to 2 years ago were forgotten.", dct: wednesday).allSatisfy { $0[1] != "PXY" })
        // An age range is no time expression.
        #expect(tagged("Volunteers aged 30 to 45 years old were enrolled.", dct: wednesday).isEmpty)
        // "a year or two" keeps its first unit: "a" is no count of a range.
        #expect(tagged("The plant may close in a year or two.", dct: wednesday).allSatisfy { $0[1] != "PXY" })
    }

    @Test func aDayWordNamingAnEraIsNotTagged() {
        #expect(tagged("Tomorrow's voters care little for the old parties.", dct: wednesday).isEmpty)
        #expect(tagged("The museum shows how today's young musicians work.", dct: wednesday).isEmpty)
        #expect(tagged("Planners sketched the cities of tomorrow.", dct: wednesday).isEmpty)
        #expect(tagged("In today's world few letters are written by hand.", dct: wednesday).isEmpty)
        #expect(tagged("Today's farmers steer tractors by satellite.", dct: wednesday).isEmpty)
    }

    @Test func aDayWordNamingADayIsStillTagged() {
        #expect(tagged("Today's vote was postponed.", dct: wednesday) == [["Today", "2017-03-08"]])
        #expect(tagged("The agenda of tomorrow was published.", dct: wednesday) == [["tomorrow", "2017-03-09"]])
        #expect(tagged("Yesterday's talks with the unions failed.", dct: wednesday) == [["Yesterday", "2017-03-07"]])
    }

    @Test func aBareClockTimeSaysWhichDayItTook() {
        let named = TemporalTagger.shared.tag(sentences: SentenceSplitter.shared.split("On June 2, 2016, the ferry left at 6:40 p.m."), documentDate: wednesday).timexes
        #expect(named.map(\.value) == ["2016-06-02", "2016-06-02T18:40"])
        #expect(named.last?.date?.note == "day taken from the date named before in the sentence")
        let bare = TemporalTagger.shared.tag(sentences: SentenceSplitter.shared.split("The ferry left at 6:40 p.m."), documentDate: wednesday).timexes
        #expect(bare.map(\.value) == ["2017-03-08T18:40"])
        #expect(bare.last?.date?.note == "day taken from the document date")
    }
}
