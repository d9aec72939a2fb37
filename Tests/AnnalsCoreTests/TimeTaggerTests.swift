import Testing
@testable import AnnalsCore

/// Tags one sentence and returns its timexes.
private func tag(_ text: String, dct: PartialDate? = PartialDate(year: 2011, month: 6, day: 15)) -> [Timex] {
    TemporalTagger.shared.tag(sentences: [Sentence(index: 0, start: 0, end: text.unicodeScalars.count, text: text)], documentDate: dct).timexes
}

private func values(_ text: String, dct: PartialDate? = PartialDate(year: 2011, month: 6, day: 15)) -> [String] {
    tag(text, dct: dct).map(\.value)
}

@Suite("Temporal tagger")
struct TimeTaggerTests {
    @Test func absoluteDates() {
        #expect(values("The dam failed on March 3, 1971, after heavy rain.") == ["1971-03-03"])
        #expect(values("The treaty was signed 14 July 1983 in Geneva.") == ["1983-07-14"])
        #expect(values("Filed on 7/4/1976 and again on 1976-07-05.") == ["1976-07-04", "1976-07-05"])
        #expect(values("Talks resumed in September 1984.") == ["1984-09"])
        let t = tag("The dam failed on March 3, 1971.")[0]
        #expect(t.date?.certainty == .stated)
        #expect(t.date?.start == PartialDate(year: 1971, month: 3, day: 3))
    }

    @Test func offsetsSliceTheText() {
        let text = "Über 40 Häuser brannten am Sonntag; on Sept. 9, 2004 and two weeks later the fires stopped."
        let scalars = Array(text.unicodeScalars)
        let found = tag(text)
        #expect(!found.isEmpty)
        for t in found {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[t.start..<t.end])
            #expect(String(view) == t.text)
        }
    }

    @Test func relativeWithDocumentDate() {
        // 2011-06-15 is a Wednesday.
        #expect(values("Officials said today that the bridge reopened yesterday.") == ["2011-06-15", "2011-06-14"])
        #expect(values("The vote is tomorrow.") == ["2011-06-16"])
        #expect(values("Sales rose last week and will rise next month.") == ["2011-W23", "2011-07"])
        #expect(values("The storm hit the coast two days ago.") == ["2011-06-13"])
        #expect(values("The mill closed 40 years ago.") == ["1971"])
        #expect(values("Police arrested him on Monday.") == ["2011-06-13"])
        #expect(values("The council will meet on Friday.") == ["2011-06-17"])
        #expect(values("Output fell this year.") == ["2011"])
        #expect(values("It rained this morning.") == ["2011-06-15TMO"])
        #expect(values("Prices are now higher than they were recently.") == ["PRESENT_REF", "PAST_REF"])
        #expect(values("Nobody knows what the future holds.") == ["FUTURE_REF"])
        let t = tag("The storm hit the coast two days ago.")[0]
        #expect(t.date?.certainty == .inferred)
        #expect(t.date?.note != nil)
    }

    @Test func relativeWithoutDocumentDate() {
        #expect(values("Officials said today that the bridge reopened yesterday.", dct: nil) == ["PRESENT_REF", "XXXX-XX-XX"])
        #expect(values("Sales rose last year.", dct: nil) == ["XXXX"])
        #expect(tag("The storm hit two days ago.", dct: nil).allSatisfy { $0.date == nil })
    }

    @Test func followingDayAnchorsOnThePreviousDate() {
        let v = values("The flood peaked on April 2, 1998. The following day the river fell.")
        #expect(v == ["1998-04-02", "1998-04-03"])
    }

    @Test func durations() {
        #expect(values("The siege lasted three years.") == ["P3Y"])
        #expect(values("Rain fell for the past 24 hours.") == ["PT24H"])
        #expect(values("He waited a week.") == ["P1W"])
        #expect(values("She won a two-year contract.") == ["P2Y"])
        #expect(tag("The siege lasted three years.")[0].type == .duration)
    }

    @Test func sets() {
        let everyYear = tag("The festival is held every year.")
        #expect(everyYear.map(\.value) == ["P1Y"])
        #expect(everyYear.first?.type == .set)
        #expect(values("The paper is printed daily and mailed weekly.") == ["P1D", "P1W"])
    }

    @Test func yearlessDates() {
        // Within six months of the document date: the document's year, marked inferred.
        let t = tag("The ferry sank on April 12th.")[0]
        #expect(t.value == "2011-04-12")
        #expect(t.date?.certainty == .inferred)
        #expect(t.date?.note?.contains("document date") == true)
        // December read from a January document falls in the previous year.
        #expect(values("The ferry sank on December 28th.", dct: PartialDate(year: 2005, month: 1, day: 10)) == ["2004-12-28"])
        // A year written earlier in the sentence wins.
        #expect(values("In 1977 the strike began on October 3rd.") == ["1977", "1977-10-03"])
        // No document date and no year nearby: the year stays unknown.
        let u = tag("The ferry sank on April 12th.", dct: nil)[0]
        #expect(u.value == "XXXX-04-12")
        #expect(u.date?.start.year == nil)
    }

    @Test func yearsInNamesAndDecadesCenturiesSeasons() {
        #expect(values("Survivors of the 1985 Mexico City earthquake gathered.") == ["1985"])
        #expect(values("Prices soared in the 1970s.") == ["197"])
        #expect(values("The fort dates from the 18th century.") == ["17"])
        #expect(values("Harvests failed in summer 1976.") == ["1976-SU"])
        let early = tag("Prices soared in the early 1970s.")[0]
        #expect(early.value == "197")
        #expect(early.date?.certainty == .approximate)
    }

    @Test func clockTimes() {
        let t = tag("The blast came at 10:35 a.m. local time.")
        #expect(t.first?.value == "2011-06-15T10:35")
        #expect(t.first?.type == .time)
        #expect(values("Polls close at 8 p.m.") == ["2011-06-15T20:00"])
        #expect(values("They met at noon.") == ["2011-06-15T12:00"])
    }

    @Test func ranges() {
        func ranges(_ text: String) -> [TimeRange] {
            TemporalTagger.shared.tag(sentences: [Sentence(index: 0, start: 0, end: text.unicodeScalars.count, text: text)], documentDate: nil).ranges
        }
        let between = ranges("The drought lasted between 1931 and 1936.")
        #expect(between.count == 1)
        #expect(between.first?.text == "between 1931 and 1936")
        #expect(between.first?.span.start == PartialDate(year: 1931))
        #expect(between.first?.span.end == PartialDate(year: 1936))
        #expect(ranges("He ruled from 1969 to 1974.").first?.text == "from 1969 to 1974")
        #expect(ranges("The 1950-1953 war.").first?.span.end == PartialDate(year: 1953))
        #expect(ranges("The 1950–1953 war.").count == 1)
        let slash = ranges("The 1981/1982 season.")
        #expect(slash.first?.span.start == PartialDate(year: 1981))
        #expect(slash.first?.span.end == PartialDate(year: 1982))
        let night = ranges("Shelling went on the night between May 9th and 10th.")
        #expect(night.first?.text == "the night between May 9th and 10th")
        #expect(night.first?.span.start == PartialDate(year: nil, month: 5, day: 9))
        #expect(night.first?.span.end == PartialDate(year: nil, month: 5, day: 10))
        let circa = ranges("The chapel was built circa 1420.")
        #expect(circa.first?.span.certainty == .approximate)
        #expect(circa.first?.span.start == PartialDate(year: 1420))
    }

    @Test("A weekday written before a date belongs to it: 'Friday Oct. 13', 'Friday, 13 October 1989'")
    func weekdayBeforeADate() {
        let dct = PartialDate(year: 1989, month: 10, day: 30)
        #expect(tag("The fund lost money Friday Oct. 13 alone.", dct: dct).map(\.value) == ["1989-10-13"])
        #expect(tag("The fund lost money on Friday, 13 October 1989.", dct: dct).map(\.text) == ["Friday, 13 October 1989"])
        #expect(tag("He left Friday, 13 days later.", dct: dct).first?.text == "Friday")
    }

    @Test("'next to' is a place, not a cue that a weekday lies ahead")
    func nextToIsNoFutureCue() {
        let v = values("A bomb ripped through a shop next to the embassy Friday morning.", dct: PartialDate(year: 1998, month: 8, day: 8))
        #expect(v == ["1998-08-07TMO"])
    }

    @Test("A full month name ends before the sentence's period; an abbreviation keeps its own")
    func monthPeriods() {
        let full = tag("The vote was postponed until September.", dct: PartialDate(year: 2024, month: 5, day: 15))
        #expect(full.map(\.text) == ["September"])
        let short = tag("The talks resume on Sept. 9 in Vienna.", dct: PartialDate(year: 2024, month: 5, day: 15))
        #expect(short.map(\.text) == ["Sept. 9"])
    }

    @Test("A range states its year once, at its end: the start takes it, a year earlier across New Year")
    func rangeYearStatedOnce() {
        func range(_ text: String, dct: PartialDate? = nil) -> TimeRange? {
            TemporalTagger.shared.tag(sentences: [Sentence(index: 0, start: 0, end: text.unicodeScalars.count, text: text)], documentDate: dct).ranges.first
        }
        let siege = range("The garrison held out from 3 March to 19 July 1871.")
        #expect(siege?.span.start == PartialDate(year: 1871, month: 3, day: 3))
        #expect(siege?.span.end == PartialDate(year: 1871, month: 7, day: 19))
        #expect(siege?.span.certainty == .stated)
        let winter = range("The blockade lasted from 28 December to 3 January 1942.", dct: PartialDate(year: 2030, month: 1, day: 5))
        #expect(winter?.span.start == PartialDate(year: 1941, month: 12, day: 28))
        #expect(winter?.span.end == PartialDate(year: 1942, month: 1, day: 3))
    }

    @Test func listedDaysGiveTwoDates() {
        let v = tag("Shelling went on the night between May 9th and 10th.", dct: PartialDate(year: 2003, month: 5, day: 20))
        #expect(v.map(\.value) == ["2003-05-09", "2003-05-10"])
        #expect(v.map(\.text) == ["May 9th", "10th"])
    }

    @Test func ordinaryNumbersAndWordsAreNotTimes() {
        #expect(values("The company paid $1995 for 2000 shares.").isEmpty)
        #expect(values("You may march to the square.").isEmpty)
    }
}
