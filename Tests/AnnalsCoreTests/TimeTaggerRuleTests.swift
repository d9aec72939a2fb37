import Testing
@testable import AnnalsCore

/// Tags one text split into sentences as the pipeline splits it.
private func tagged(_ text: String, dct: PartialDate?) -> [Timex] {
    TemporalTagger.shared.tag(sentences: SentenceSplitter.shared.split(text), documentDate: dct).timexes
}

private func values(_ text: String, dct: PartialDate?) -> [String] { tagged(text, dct: dct).map(\.value) }

/// 2011-06-15, a Wednesday.
private let wednesday = PartialDate(year: 2011, month: 6, day: 15)

@Suite("Temporal tagger rules: tense, quarters, event intervals, times with days")
struct TimeTaggerRuleTests {
    @Test func weekdayDirectionFollowsTheTense() {
        #expect(values("The envoy arrived in the capital Tuesday.", dct: wednesday) == ["2011-06-14"])
        #expect(values("Ministers said Friday that the bridge would stay shut.", dct: wednesday) == ["2011-06-10"])
        #expect(values("Talks will resume on Tuesday in the capital.", dct: wednesday) == ["2011-06-21"])
        #expect(values("The court is scheduled to rule Monday.", dct: wednesday) == ["2011-06-20"])
        #expect(values("The union plans to strike as soon as Friday.", dct: wednesday) == ["2011-06-17"])
        // The document's own weekday is the document date.
        #expect(values("The mayor resigned Wednesday.", dct: wednesday) == ["2011-06-15"])
    }

    @Test func yearlessMonthsFollowTheTense() {
        let march = PartialDate(year: 2011, month: 3, day: 10)
        // Past tense, a month eight months ahead of the DCT: last year's.
        let closed = tagged("The smelter closed in November after the strike.", dct: march)
        #expect(closed.map(\.value) == ["2010-11"])
        #expect(closed.first?.date?.certainty == .inferred)
        #expect(closed.first?.date?.note == TemporalTagger.documentYearNote)
        // Future tense, a month already past this year: next year's.
        #expect(values("Elections will be held in January.", dct: PartialDate(year: 2011, month: 11, day: 20)) == ["2012-01"])
        // Reported speech about a date two weeks ahead stays in the DCT's year.
        #expect(values("Officials said the port reopens Nov. 16.", dct: PartialDate(year: 2011, month: 11, day: 2)) == ["2011-11-16"])
        // No tense cue: the DCT's year unless the date lies more than half a year away.
        #expect(values("Budget talks in June.", dct: march) == ["2011-06"])
    }

    @Test func intervalsBetweenEventsAreDurations() {
        let t = tagged("The ceasefire collapsed a month after the talks began.", dct: wednesday)
        #expect(t.map(\.value) == ["P1M"])
        #expect(t.first?.type == .duration)
        #expect(t.first?.text == "a month")
        #expect(values("Ten days before the vote, the rebels withdrew.", dct: wednesday) == ["P10D"])
        // At the end of the clause the expression still names a date.
        #expect(values("The dam broke on May 2, 2009. Two days later the town was evacuated.", dct: wednesday) == ["2009-05-02", "2009-05-04"])
    }

    @Test func thePastNUnitsIsADuration() {
        #expect(values("Prices fell in the past two weeks.", dct: wednesday) == ["P2W"])
        #expect(values("In the past three months, exports doubled.", dct: wednesday) == ["P3M"])
        #expect(values("In the past, exports were small.", dct: wednesday) == ["PAST_REF"])
    }

    @Test func quartersOfFinancialReports() {
        let november = PartialDate(year: 2011, month: 11, day: 2)
        let text = "Profit rose in the third quarter, up from the year-ago quarter. Revenue was flat a year ago."
        #expect(values(text, dct: november) == ["2011-Q3", "2010-Q3", "2010-Q3"])
        #expect(values("Sales in this year's second quarter beat those of next year's first quarter.", dct: november) == ["2011-Q2", "2012-Q1"])
        #expect(values("The loss in the 2009 fourth quarter was large.", dct: november) == ["2009-Q4"])
        // Without a quarter named before, "the year-earlier period" is the last completed quarter a year before.
        #expect(values("Costs were lower than in the year-earlier period.", dct: november) == ["2010-Q3"])
    }

    @Test func timesTakeTheDayWrittenAfterThem() {
        let t = tagged("The vote will close at 8 p.m. Thursday.", dct: wednesday)
        #expect(t.map(\.value) == ["2011-06-16T20:00"])
        #expect(t.first?.text == "8 p.m. Thursday")
        #expect(t.first?.type == .time)
        let stated = tagged("The deadline passed at 9 a.m. EST, March 4, 2010.", dct: wednesday)
        #expect(stated.map(\.value) == ["2010-03-04T09:00"])
        #expect(stated.first?.date?.certainty == .stated)
        #expect(values("The shelling began at 6 a.m. yesterday.", dct: wednesday) == ["2011-06-14T06:00"])
    }

    @Test func spelledOutYears() {
        #expect(values("The dam was finished in nineteen eighty-two.", dct: wednesday) == ["1982"])
        #expect(values("Floods struck in March nineteen seventy-one.", dct: wednesday) == ["1971-03"])
        #expect(values("Nobody expected the year two thousand to pass quietly.", dct: wednesday) == ["2000"])
        #expect(values("The harvest of the autumn of nineteen sixty-eight was poor.", dct: wednesday) == ["1968-FA"])
        // Counts stay counts.
        #expect(values("Some twelve hundred miners joined two thousand farmers.", dct: wednesday).isEmpty)
    }

    @Test func monthsWithAGluedModifier() {
        let t = tagged("The bridge should reopen by mid-October.", dct: wednesday)
        #expect(t.map(\.value) == ["2011-10"])
        #expect(t.first?.text == "mid-October")
        #expect(t.first?.date?.certainty == .approximate)
        #expect(values("Shipments slowed in late-January 2004.", dct: wednesday) == ["2004-01"])
        // A lower-case month word is no month.
        #expect(values("The mid-march of the column was slow.", dct: wednesday).isEmpty)
    }

    @Test func theCurrentPeriodIsTheDocumentDatesPeriod() {
        #expect(values("Losses for the current fiscal year will narrow.", dct: wednesday) == ["2011"])
        #expect(values("Orders in the current quarter are weak.", dct: wednesday) == ["2011-Q2"])
        #expect(values("Orders in the current quarter are weak.", dct: nil) == ["XXXX-QX"])
    }

    @Test func holidaysOnAWeekdayOfAMonth() {
        // Thanksgiving 2011: the fourth Thursday of November.
        #expect(values("Shops will close on Thanksgiving.", dct: wednesday) == ["2011-11-24"])
        #expect(values("Labor Day 2009 was quiet.", dct: wednesday) == ["2009-09-07"])
        // The last one before the DCT.
        #expect(values("Turnout fell since last Election Day.", dct: wednesday) == ["2010-11-02"])
        #expect(values("Memorial Day 2010 fell late.", dct: wednesday) == ["2010-05-31"])
    }

    @Test func aPastYearStatedNearbyDoesNotDateTheFuture() {
        let t = "Admitted in June 2008, the clubs will compete on February 9 in the final."
        #expect(values(t, dct: wednesday) == ["2008-06", "2012-02-09"])
        #expect(values("Admitted in June 2008, the clubs played on April 9.", dct: wednesday) == ["2008-06", "2008-04-09"])
    }

    @Test func aWeekdayBeforeADateBelongsToIt() {
        let t = tagged("The museum reopened Saturday March 5 after repairs.", dct: wednesday)
        #expect(t.map(\.value) == ["2011-03-05"])
        #expect(t.first?.text == "Saturday March 5")
    }

    @Test func listedReferencePhrasesWinOverDurations() {
        #expect(values("Exports have doubled in recent years.", dct: wednesday) == ["PAST_REF"])
        #expect(values("Exports have doubled in recent months.", dct: wednesday) == ["PXM"])
    }

    @Test func nothingIsGuessedWithoutADocumentDate() {
        #expect(tagged("Talks will resume on Tuesday at 8 p.m. Thursday, a month after the talks.", dct: nil).allSatisfy { $0.date == nil || $0.date?.certainty != .inferred })
        #expect(values("The smelter closed in November.", dct: nil) == ["XXXX-11"])
    }
}
