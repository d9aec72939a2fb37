import Testing
@testable import AnnalsCore

/// Tags one text split into sentences as the pipeline splits it.
private func values(_ text: String, dct: PartialDate?) -> [String] {
    TemporalTagger.shared.tag(sentences: SentenceSplitter.shared.split(text), documentDate: dct).timexes.map(\.value)
}

/// 2014-09-10, a Wednesday.
private let wednesday = PartialDate(year: 2014, month: 9, day: 10)

/// The tense cues that decide whether a bare weekday or month lies before or after the document date.
@Suite("Temporal tagger tense cues: names, modals, plans, verb groups, sentence openers")
struct TimeTaggerTenseTests {
    @Test func aCapitalizedEdWordInsideTheSentenceIsANameNotAPastTense() {
        // "United" stands nearer to "Friday" than "will": it must not make the clause past.
        #expect(values("The envoys will board a plane for the United States Friday.", dct: wednesday) == ["2014-09-12"])
        // A lower-case "-ed" verb still does.
        #expect(values("The envoys boarded a plane for the capital Friday.", dct: wednesday) == ["2014-09-05"])
    }

    @Test func modalsPutTheClauseAfterTheReport() {
        #expect(values("The mayor said the ferry service would resume on Monday.", dct: wednesday) == ["2014-09-15"])
        #expect(values("Engineers warned the dam might fail by Saturday.", dct: wednesday) == ["2014-09-13"])
        // A refusal is reported in the past.
        #expect(values("The spokesman would not comment Tuesday.", dct: wednesday) == ["2014-09-09"])
        // "would have" looks back: the verb before decides.
        #expect(values("The club would have won the cup Sunday.", dct: wednesday) == ["2014-09-07"])
    }

    @Test func aPlanReportedInThePastIsStillToCome() {
        #expect(values("On Saturday, crowds were expected outside the stadium.", dct: wednesday) == ["2014-09-13"])
        #expect(values("Nurses were planning a walkout Thursday.", dct: wednesday) == ["2014-09-11"])
        // Without a plan word the past auxiliary keeps its tense.
        #expect(values("On Saturday, crowds were outside the stadium.", dct: wednesday) == ["2014-09-06"])
    }

    @Test func theFirstWordOfAVerbGroupDecidesItsTense() {
        // "will" stands thirteen tokens before the month, beyond the cue window; "appointed" (eleven) leads back to it.
        let june = PartialDate(year: 2014, month: 6, day: 20)
        #expect(values("The veteran diplomat will be appointed head of the new joint commission on water rights in January.", dct: june) == ["2015-01"])
        #expect(values("The old bridge had been closed to heavy lorries and buses for repairs on Monday.", dct: wednesday) == ["2014-09-08"])
    }

    @Test func anOpeningExpressionLooksFurtherAheadForItsVerb() {
        #expect(values("On Friday, the national federation of dock and rail workers plans to strike.", dct: wednesday) == ["2014-09-12"])
        #expect(values("In May, a landslide on the coastal road near the old fishing harbour buried two cars.", dct: PartialDate(year: 2014, month: 3, day: 5)) == ["2013-05"])
    }

    @Test func untilSetsADeadlineUnlessItOpensTheSentence() {
        #expect(values("Until Monday, the ministry had refused to comment.", dct: wednesday) == ["2014-09-08"])
        // A deadline set in the past tense is still to come.
        #expect(values("The council postponed the vote until Monday.", dct: wednesday) == ["2014-09-15"])
    }

    @Test func sincePlacesThePointBeforeTheReport() {
        let july = PartialDate(year: 2014, month: 7, day: 2)
        // The nearest cue ("scheduled") speaks of a plan; "since" still puts March in the past.
        #expect(values("The frigate has patrolled the strait since March and was scheduled to sail home.", dct: july) == ["2014-03"])
        #expect(values("The frigate has patrolled the strait since Monday and will sail home soon.", dct: wednesday).first == "2014-09-08")
    }

    @Test func aMonthAfterTheDocumentDateInThePastTenseIsLastYears() {
        let october = PartialDate(year: 2014, month: 10, day: 15)
        #expect(values("The plant switched to night shifts in December.", dct: october) == ["2013-12"])
        // The next month stays this year's: the report may predate its own date by days.
        #expect(values("The plant switched to night shifts in November.", dct: october) == ["2014-11"])
        #expect(values("The plant will switch to night shifts in December.", dct: october) == ["2014-12"])
    }
}

@Suite("Temporal tagger: month names that are first names")
struct TimeTaggerMonthNameTests {
    @Test func aMonthFollowedByACapitalizedWordIsAFirstName() {
        let dct = PartialDate(year: 2016, month: 4, day: 12)
        #expect(values("The treaty was signed by Oskar Lind and Jan Novak of the trade council.", dct: dct) == [])
        #expect(values("Delegates met with June Okafor in the capital.", dct: dct) == [])
        // After a temporal preposition a capitalized word may follow the month.
        #expect(values("In January President Okoro dissolved parliament.", dct: dct) == ["2016-01"])
        // A month followed by lower-case words, a number or another month stays a month.
        #expect(values("The treaty was signed in June by both councils.", dct: dct) == ["2015-06"])
        #expect(values("Prices rose in January and February.", dct: dct) == ["2016-01", "2016-02"])
    }
}

@Suite("Temporal tagger: weekdays counted from the previous date")
struct TimeTaggerPreviousWeekdayTests {
    @Test func thePreviousOrFollowingWeekdayCountsFromTheLastDayNamed() {
        #expect(values("The ferry sank on Sept. 3, 2014. Divers found the wreck the following Monday.", dct: wednesday) == ["2014-09-03", "2014-09-08"])
        #expect(values("The ferry sank on Sept. 3, 2014, after a storm on the preceding Monday.", dct: wednesday) == ["2014-09-03", "2014-09-01"])
        // Without a day named before, the document date is the anchor.
        #expect(values("The index closed 2% below the previous Friday.", dct: wednesday) == ["2014-09-05"])
        // A following weekday on the anchor's own weekday is a week later.
        #expect(values("The ferry sank on Sept. 3, 2014. The inquiry opened the following Wednesday.", dct: wednesday) == ["2014-09-03", "2014-09-10"])
    }
}

@Suite("Temporal tagger: titles in title case")
struct TimeTaggerTitleTests {
    @Test func capitalizedUnitWordsInsideASentenceNameATitle() {
        #expect(values("The senator said on NBC's \"Next Week Live\" that the bill would pass.", dct: wednesday) == [])
        #expect(values("She told the radio show \"90 Minutes\" that she would run.", dct: wednesday) == [])
        // Ordinary running text keeps its lower-case units.
        #expect(values("The senator said next week that the bill would pass.", dct: wednesday) == ["2014-W38"])
        // A title-case headline keeps its expressions.
        #expect(values("Senate Leaders Expect Vote Next Week", dct: wednesday) == ["2014-W38"])
        // Holidays keep their capitals.
        #expect(values("Shops closed on Labor Day.", dct: wednesday) == ["2014-09-01"])
    }
}

@Suite("Temporal tagger: possessive weekdays")
struct TimeTaggerPossessiveWeekdayTests {
    @Test func aPossessiveWeekdayNamesAnEventAlreadyReported() {
        // "would" makes the clause future, but "Monday's verdict" is the verdict already given.
        #expect(values("Lawyers said they would appeal Monday's verdict.", dct: wednesday) == ["2014-09-08"])
        // "ahead of" looks forward.
        #expect(values("Lawyers will meet ahead of Friday's hearing.", dct: wednesday) == ["2014-09-12"])
    }
}

@Suite("Temporal tagger: reported speech and intentions")
struct TimeTaggerReportTests {
    @Test func aDistantReportingVerbDatesTheReportNotTheEvent() {
        // "will" is farther from Thursday than "said", but "said" dates the quotation only.
        #expect(values("\"The convoy will cross the border on Thursday,\" the general said.", dct: wednesday) == ["2014-09-11"])
        // Next to the expression the reporting verb is its verb.
        #expect(values("The convoy will cross the border, the general said Thursday.", dct: wednesday) == ["2014-09-04"])
        // Before the expression it is the expression's verb; the clause after "that" does not
        // date the expression before it, though its "might" stands nearer.
        #expect(values("The minister told a news conference on Tuesday that the port might reopen.", dct: wednesday) == ["2014-09-09"])
        #expect(values("The port might reopen on Tuesday.", dct: wednesday) == ["2014-09-16"])
        // Alone in the window it still decides.
        #expect(values("The general said in a long interview with state radio on Thursday that the convoy is safe.", dct: wednesday) == ["2014-09-04"])
    }

    @Test func intentionsBeforeToLookForward() {
        #expect(values("Officials did not plan to reopen the border crossing on Friday.", dct: wednesday) == ["2014-09-12"])
        // "plan" as a noun is no cue: the verb decides.
        #expect(values("The plan collapsed on Friday.", dct: wednesday) == ["2014-09-05"])
    }
}

@Suite("Temporal tagger: vague references to the future")
struct TimeTaggerFutureReferenceTests {
    @Test func termPhrasesAndALaterDateLookForward() {
        #expect(values("Analysts expect little change in the near term.", dct: wednesday) == ["FUTURE_REF"])
        #expect(values("The hearing was put off to a later date.", dct: wednesday) == ["FUTURE_REF"])
        // The adjective is no expression.
        #expect(values("The bank raised short-term rates.", dct: wednesday) == [])
    }
}

@Suite("Temporal tagger: recurring weekdays")
struct TimeTaggerRecurringWeekdayTests {
    @Test func pluralWeekdaysAndPluralPartsOfDayAreSets() {
        let t = TemporalTagger.shared.tag(sentences: SentenceSplitter.shared.split("The ferry sails on Mondays and Thursday evenings."), documentDate: wednesday).timexes
        #expect(t.map(\.value) == ["XXXX-WXX-1", "XXXX-WXX-4TEV"])
        #expect(t.map(\.type) == [.set, .set])
        #expect(t.map(\.text) == ["Mondays", "Thursday evenings"])
        // A single weekday stays a date.
        #expect(values("The ferry sailed on Monday.", dct: wednesday) == ["2014-09-08"])
    }
}

@Suite("Temporal tagger: the past year")
struct TimeTaggerPastPeriodTests {
    @Test func thePastOrLastSingleUnitIsTheLastCalendarPeriod() {
        let t = TemporalTagger.shared.tag(sentences: SentenceSplitter.shared.split("Exports fell sharply over the past year."), documentDate: wednesday).timexes
        #expect(t.map(\.value) == ["2013"])
        #expect(t.map(\.type) == [.date])
        #expect(values("Rents doubled in the last decade.", dct: wednesday) == ["200"])
        // A count keeps the duration.
        #expect(values("Rents doubled in the past two years.", dct: wednesday) == ["P2Y"])
        // A possessive part of the day is no plural: "Saturday night's" is one night.
        #expect(values("Voters watched Saturday night's debate.", dct: wednesday) == ["2014-09-06"])
    }
}

@Suite("Temporal tagger: the week of a date")
struct TimeTaggerWeekOfTests {
    @Test func theWeekOfADateIsItsIsoWeek() {
        let february = PartialDate(year: 2014, month: 2, day: 20)
        #expect(values("Talks are planned for the week of March 9.", dct: february) == ["2014-W10"])
        #expect(values("The fair returns the weekend of 14 June 2015.", dct: february) == ["2015-W24-WE"])
        // Without a date after "of" the words are no expression of that kind.
        #expect(values("The week of talks ended.", dct: february) == [])
    }
}

@Suite("Temporal tagger: a clock time before a parenthesis and its day")
struct TimeTaggerClockParenthesisTests {
    @Test func theDayAfterAParenthesisIsTheTimesDay() {
        let t = TemporalTagger.shared.tag(sentences: SentenceSplitter.shared.split("The dam gave way at 6:20 a.m. (0420 GMT) Monday, officials said."), documentDate: wednesday).timexes
        #expect(t.map(\.value) == ["2014-09-08T06:20", "2014-09-08"])
        #expect(t.map(\.text) == ["6:20 a.m.", "Monday"])
    }
}
