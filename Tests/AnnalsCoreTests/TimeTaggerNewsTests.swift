import Testing
@testable import AnnalsCore

/// Tags one text split into sentences as the pipeline splits it.
private func tagged(_ text: String, dct: PartialDate?) -> [Timex] {
    TemporalTagger.shared.tag(sentences: SentenceSplitter.shared.split(text), documentDate: dct).timexes
}

private func values(_ text: String, dct: PartialDate?) -> [String] { tagged(text, dct: dct).map(\.value) }

/// 2011-06-15, a Wednesday.
private let wednesday = PartialDate(year: 2011, month: 6, day: 15)
/// 2011-11-02, a Wednesday early in a fourth quarter.
private let november = PartialDate(year: 2011, month: 11, day: 2)

@Suite("Temporal tagger: news and report phrasings")
struct TimeTaggerNewsTests {
    @Test func aPlanMadeInThePastNamesAPastDay() {
        #expect(values("The tender offer had been scheduled to expire Friday.", dct: wednesday) == ["2011-06-10"])
        #expect(values("The parade went ahead as previously planned Sunday night.", dct: wednesday) == ["2011-06-12TNI"])
        // A plan still ahead keeps the future.
        #expect(values("The vote has been scheduled for Friday.", dct: wednesday) == ["2011-06-17"])
    }

    @Test func effectiveDatesLookAhead() {
        #expect(values("The new tariff becomes effective March 1.", dct: PartialDate(year: 2011, month: 10, day: 5)) == ["2012-03-01"])
    }

    @Test func prefixedAdjectivesAreNoPastTense() {
        // "untouched" describes the market; "will" decides the tense.
        #expect(values("The ferry line will double its crossings by August in a search for markets untouched by the strike.",
                       dct: PartialDate(year: 2011, month: 2, day: 10)) == ["2011-08"])
        // A listed verb starting with "un" still is a past tense.
        #expect(values("The council unveiled the statue in November.", dct: PartialDate(year: 2011, month: 3, day: 10)) == ["2010-11"])
    }

    @Test func theYearOfAReport() {
        let t = tagged("Net income for the year rose 8%, the chain said.", dct: november)
        #expect(t.map(\.value) == ["2011"])
        #expect(t.first?.text == "the year")
        #expect(t.first?.date?.certainty == .inferred)
        #expect(values("Sales reached a high for the year of $14.50 a share.", dct: november) == ["2011"])
        // A year counted back from a date is a span of one year.
        let ended = tagged("In the fiscal year ended June 30, revenue was $4 million.", dct: november)
        #expect(ended.map(\.value) == ["P1Y", "2011-06-30"])
        #expect(ended.first?.type == .duration)
        #expect(ended.first?.text == "the fiscal year")
        // "the year" before a word of its clause is not the report's year.
        #expect(values("The dam burst in the year of the great flood.", dct: november).isEmpty)
        #expect(values("Growth slowed during the year before the crash.", dct: november).isEmpty)
    }

    @Test func yearEndIsTheEndOfTheDocumentYear() {
        let t = tagged("The merger should close by year-end.", dct: november)
        #expect(t.map(\.value) == ["2011"])
        #expect(t.first?.date?.certainty == .approximate)
        #expect(values("The index is up 12% since year-end.", dct: PartialDate(year: 2012, month: 2, day: 8)) == ["2011"])
        #expect(values("Cuts of 900 jobs are planned by year end.", dct: november) == ["2011"])
        let end = tagged("The mill will reach full output by the end of the year.", dct: november)
        #expect(end.map(\.text) == ["the end of the year"])
        #expect(end.map(\.value) == ["2011"])
        // "year-end" before its noun is an adjective.
        #expect(values("The bank paid its year-end bonus.", dct: november).isEmpty)
    }

    @Test func decadesInWords() {
        let may2013 = PartialDate(year: 2013, month: 5, day: 1)
        #expect(values("Crime fell steadily through the nineties.", dct: may2013) == ["199"])
        let early = tagged("The town grew fast in the early sixties.", dct: may2013)
        #expect(early.map(\.value) == ["196"])
        #expect(early.first?.date?.certainty == .approximate)
        #expect(values("Crime fell steadily through the nineties.", dct: nil) == ["XXX"])
    }

    @Test func aMonthInTheYearBeforeOrAfter() {
        let t = tagged("The plant opened in July last year and will expand in March next year.", dct: wednesday)
        #expect(t.map(\.text) == ["July last year", "March next year"])
        #expect(t.map(\.value) == ["2010-07", "2012-03"])
        #expect(t.first?.date?.certainty == .inferred)
        #expect(values("The strike began on October 4 last year.", dct: wednesday) == ["2010-10-04"])
    }

    @Test func periodsCountedFromTheOnesNamedBefore() {
        #expect(values("The dam was finished in 1974. The following year, the river flooded.", dct: wednesday) == ["1974", "1975"])
        #expect(values("Exports reached $3 million in 2003, a record for that year.", dct: wednesday) == ["2003", "2003"])
        #expect(values("The mine closed in April 2002. The following month, the miners marched on the capital.", dct: wednesday) == ["2002-04", "2002-05"])
        // Without an earlier date, the document date is the anchor.
        #expect(values("The following month, the miners marched on the capital.", dct: wednesday) == ["2011-07"])
    }

    @Test func countsWrittenApartAndHalves() {
        #expect(values("The curfew lasted twenty four hours.", dct: wednesday) == ["PT24H"])
        #expect(values("The hostages were held for 2 1/2 years.", dct: wednesday) == ["P2Y6M"])
        #expect(values("The shelling stopped for a minute and a half.", dct: wednesday) == ["PT1M30S"])
        // The age of a person written in digits is no time expression of the text.
        #expect(values("A 44-year-old teacher was arrested.", dct: wednesday).isEmpty)
    }

    @Test func aPartOfTheDayBeforeItsDay() {
        let t = tagged("In Lagos at mid-afternoon yesterday, the market was calm.", dct: wednesday)
        #expect(t.map(\.value) == ["2011-06-14TAF"])
        #expect(t.first?.type == .time)
        #expect(t.first?.text == "mid-afternoon yesterday")
    }

    @Test func soonPointsToTheFutureUnlessItRelatesEvents() {
        #expect(values("The ministry will soon publish the list.", dct: wednesday) == ["FUTURE_REF"])
        #expect(values("Repairs should start as soon as possible.", dct: wednesday) == ["FUTURE_REF"])
        #expect(values("The bridge collapsed soon after the quake.", dct: wednesday).isEmpty)
        #expect(values("The envoy was soon released.", dct: wednesday).isEmpty)
        #expect(values("Talks resume as soon as the envoys arrive.", dct: wednesday).isEmpty)
    }

    @Test func halvesOfAYear() {
        let t = tagged("Output should recover in the second half of 2012.", dct: wednesday)
        #expect(t.map(\.value) == ["2012-H2"])
        #expect(t.first?.date?.start == PartialDate(year: 2012, month: 7))
        #expect(t.first?.date?.end == PartialDate(year: 2012, month: 12))
        #expect(values("Sales fell in the first half of the year.", dct: wednesday) == ["2011-H1"])
        // A half of something else is no period.
        #expect(values("The rebels held the first half of the bridge.", dct: wednesday).isEmpty)
    }

    @Test func thenStandsForTheDateNamedBefore() {
        #expect(values("The permits run out on March 3, 2012. Until then, the mine stays open.", dct: wednesday) == ["2012-03-03", "2012-03-03"])
        // Without a date named before, "then" is left alone.
        #expect(values("Until then, the mine stays open.", dct: wednesday).isEmpty)
    }

    @Test func anApproximateCountBeforeAgo() {
        let t = tagged("The envoy left a week or so ago.", dct: wednesday)
        #expect(t.map(\.text) == ["a week or so ago"])
        #expect(t.map(\.value) == ["2011-W23"])
    }

    @Test func untensedMonthsLeanToThePast() {
        let october = PartialDate(year: 2011, month: 10, day: 20)
        // Seven months back is this year's; five months ahead is last year's.
        #expect(values("Shares rose to a peak in June from a low in March.", dct: october) == ["2011-06", "2011-03"])
        #expect(values("Budget talks in March.", dct: october) == ["2011-03"])
        #expect(values("Budget talks in February.", dct: PartialDate(year: 2011, month: 9, day: 20)) == ["2011-02"])
        #expect(values("Budget talks in January.", dct: PartialDate(year: 2011, month: 9, day: 20)) == ["2012-01"])
        // In the past tense a month seven months back is this year's.
        #expect(values("The chain changed its fiscal year in March.", dct: october) == ["2011-03"])
        #expect(values("Budget talks on Aug. 6.", dct: PartialDate(year: 2012, month: 2, day: 6)) == ["2011-08-06"])
        #expect(values("Budget talks on June 20.", dct: PartialDate(year: 2012, month: 2, day: 6)) == ["2012-06-20"])
    }

    @Test func quartersAsDurationsAreMonths() {
        #expect(values("The charge will be spread over the next three quarters.", dct: november) == ["P9M"])
        #expect(values("The mill lost money for several quarters.", dct: november) == ["PXQ"])
        // Fractions are no quarters of a year.
        #expect(values("Three quarters of the seats went to the opposition.", dct: november).isEmpty)
    }

    @Test func boundsAndApproximationsStayInADurationSpan() {
        #expect(tagged("The talks may take at least 30 days.", dct: wednesday).map(\.text) == ["at least 30 days"])
        #expect(tagged("Detainees can be held up to 90 days.", dct: wednesday).map(\.text) == ["up to 90 days"])
        #expect(tagged("Prices will stay high for the next two years or so.", dct: wednesday).map(\.text) == ["the next two years or so"])
    }

    @Test func agesOfPeopleAreNoDurations() {
        #expect(values("Ms. Okoro, 47 years old, will lead the agency.", dct: wednesday).isEmpty)
        #expect(values("The strike lasted 47 years in all.", dct: wednesday) == ["P47Y"])
    }

    @Test func countedDaysOfTradeAndCouples() {
        #expect(values("Shares fell for eight trading days.", dct: wednesday) == ["P8D"])
        let t = tagged("Exports should double over the next couple of years.", dct: wednesday)
        #expect(t.map(\.value) == ["P2Y"])
        #expect(t.map(\.text) == ["the next couple of years"])
    }

    @Test func possessivesKeepTheirDatesAndLeaveTheEndingOut() {
        let t = tagged("Analysts revised November's jobless figures and today's forecast.", dct: PartialDate(year: 2011, month: 12, day: 9))
        #expect(t.map(\.value) == ["2011-11", "2011-12-09"])
        #expect(t.map(\.text) == ["November", "today"])
        #expect(values("The latest quarter's profit doubled.", dct: november) == ["2011-Q3"])
    }

    @Test func aModifiedSeason() {
        let t = tagged("Orders recovered from the lows of the early summer.", dct: PartialDate(year: 2011, month: 10, day: 20))
        #expect(t.map(\.value) == ["2011-SU"])
        #expect(t.first?.date?.certainty == .approximate)
    }
}
