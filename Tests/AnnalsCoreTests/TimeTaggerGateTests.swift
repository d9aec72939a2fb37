import Testing
@testable import AnnalsCore

/// Sentences that between them start every scanner rule, in several phrasings.
private let gateSentences = [
    "On 3/14/2007 the board met, and again on 2009-08-21 and in the 2004/2005 season.",
    "Friday, Oct. 13, 2006 was cold; last November and the 9th of June, 2010 were not.",
    "The third-quarter results beat this year's second quarter and the year-ago quarter.",
    "Its fiscal first quarter of 2003 and the comparable year-earlier period were weak.",
    "In the 1970s, the early 1980s, the '60s and the nineteenth century the town grew.",
    "Last winter, the summer of 2001 and this spring brought floods.",
    "In fiscal 1998, calendar 2002 and the year 2011 prices rose; about 1850 people came.",
    "Christmas Day 2005, New Year's Eve and last Thanksgiving were quiet; Labor Day 2008 was not.",
    "Nineteen eighty-four, the year two thousand and mid-September 2003 were named.",
    "The current fiscal year and this present quarter end soon.",
    "Today's vote, yesterday morning, tonight and the day before yesterday were tense.",
    "Last Tuesday and next Sunday, and Wed. night, the council met; every Monday it sits.",
    "Earlier this month, this past week and the weekend saw protests; later in the year more.",
    "The following day, that night and the previous week were calm; the same day rain fell.",
    "Three weeks ago, a year earlier and 14 days later, several years ago, things changed.",
    "Now, recently and in the past the river flooded; in the near future it may again.",
    "For years, in recent months, the past 24 hours, a two-year term and a 10-day truce.",
    "The first nine months, the coming years and twenty-one days and a half passed.",
    "Twice a year, $5 a day, per week, daily and each other month the fee is paid.",
    "At 10:35 a.m. EDT Thursday, by 7 p.m., at noon, 5pm and 10 o'clock the sirens sounded.",
    "Midnight Saturday, 6 a.m. yesterday and 4 a.m. EDT, Nov. 9 were the deadlines.",
    "For the year, sales in the fiscal year ended June 30 rose by year-end, by year end, by year's end, yearend.",
    "Through the nineties and the early sixties, until then, in the first half of 2010 and the second half of the year.",
    "In July last year, on May 4 next year, at mid-afternoon yesterday and soon, that year and the following month.",
]

@Suite("Temporal tagger rule gates")
struct TimeTaggerGateTests {
    /// Every rule a token's gate leaves out finds nothing there: the gates change no output.
    @Test(arguments: [PartialDate(year: 2010, month: 11, day: 24), nil])
    func rulesLeftOutByAGateMatchNothing(dct: PartialDate?) {
        let lexicon = TemporalTagger.shared.lexicon
        let day = dct.flatMap { d in d.year.map { CalendarDay(year: $0, month: d.month ?? 1, day: d.day ?? 1) } }
        var skipped = 0
        for (n, sentence) in gateSentences.enumerated() {
            let tokens = Tokenizer.tokenize(sentence)
            let scanner = TimexScanner(lex: lexicon, tokens: tokens, dct: day, sentence: n, context: ScanContext())
            for i in tokens.indices {
                for rule in TimexRule.allCases where !scanner.gates[i].rules.intersection(scanner.sentenceRules).contains(TimexRuleMask([rule])) {
                    skipped += 1
                    let found = scanner.run(rule, at: i)
                    #expect(found == nil, "rule \(rule) matches at '\(tokens[i].text)' in: \(sentence)")
                }
            }
        }
        // The gates do leave rules out (else this test would check nothing).
        #expect(skipped > 1000)
    }

    /// The quarter rule is tried only in a sentence with a word that can name a quarter.
    @Test func quarterRuleOnlyWhereAWordCanNameAQuarter() {
        let lexicon = TemporalTagger.shared.lexicon
        func rules(_ sentence: String) -> TimexRuleMask {
            TimexScanner(lex: lexicon, tokens: Tokenizer.tokenize(sentence), dct: nil, sentence: 0, context: ScanContext()).sentenceRules
        }
        let quarter = TimexRuleMask([.quarter])
        #expect(!rules("Exports fell 9 percent in the last 12 months to 31 March.").contains(quarter))
        #expect(rules("Exports fell in the fourth quarter.").contains(quarter))
        #expect(rules("Exports fell in its fiscal-second-quarter report.").contains(quarter))
        #expect(rules("Exports fell from the year-earlier period.").contains(quarter))
        #expect(rules("Exports fell from the year-ago level.").contains(quarter))
        #expect(rules("Exports fell 9 percent in the first 12 months.").subtracting(quarter) == TimexRuleMask.all.subtracting(quarter))
    }

    /// The gates follow the word lists and the token kinds.
    @Test func gatesFollowTheListsAndKinds() {
        let lexicon = TemporalTagger.shared.lexicon
        let tokens = Tokenizer.tokenize("In March, 1,200 workers left the pro-union plant weekly.")
        let scanner = TimexScanner(lex: lexicon, tokens: tokens, dct: nil, sentence: 0, context: ScanContext())
        func rules(_ text: String) -> TimexRuleMask { scanner.gates[tokens.firstIndex { $0.text == text }!].rules }
        #expect(rules("March").contains(TimexRuleMask([.monthFirstDate])))
        #expect(!rules("March").contains(TimexRuleMask([.clockTime])))
        #expect(rules("1,200") == .number)
        #expect(rules("pro-union") == .hyphenated)
        #expect(rules(",").isEmpty)
        #expect(rules("workers").isEmpty)
        #expect(rules("weekly") == TimexRuleMask([.set]))
        #expect(!scanner.gates[tokens.firstIndex { $0.text == "workers" }!].startsAlone)
        #expect(scanner.gates[0].isWeak)
    }

    /// The per-token list facts follow the word lists, a possessive's bare form included.
    @Test func wordFactsFollowTheListsAndPossessives() {
        let lexicon = TemporalTagger.shared.lexicon
        let tokens = Tokenizer.tokenize("Three full days' work ended the decade's worst morning in May, on Labor Day, by tonight.")
        let scanner = TimexScanner(lex: lexicon, tokens: tokens, dct: nil, sentence: 0, context: ScanContext())
        func gate(_ text: String) -> TimexTokenGate { scanner.gates[tokens.firstIndex { $0.text == text }!] }
        #expect(gate("days").facts.contains(.unit))
        #expect(gate("Three").facts.contains(.number))
        #expect(gate("decade's").isPossessive)
        #expect(gate("decade's").facts.contains(.unit))
        #expect(!gate("work").isPossessive)
        #expect(gate("morning").facts.contains(.partOfDay))
        #expect(gate("May").facts.contains(.month))
        #expect(gate("Labor").facts.contains(.floatingHolidayStart))
        #expect(gate("tonight").facts.contains(.dayWord))
        #expect(gate("work").facts.isEmpty)
        #expect(gate("ended").facts.isEmpty)
    }

    /// Expressions whose listed word stands at the far end of a rule's first test are still
    /// found: the unit seven tokens on, the decade five, a part of the day after "the following".
    @Test func expressionsAtTheEdgeOfTheFirstTestsAreFound() {
        let lexicon = TemporalTagger.shared.lexicon
        func found(_ sentence: String) -> [String] {
            let tokens = Tokenizer.tokenize(sentence)
            var scanner = TimexScanner(lex: lexicon, tokens: tokens, dct: CalendarDay(year: 2012, month: 6, day: 15),
                                       sentence: 0, context: ScanContext())
            return scanner.scan().map { "\($0.value)@\(tokens[$0.first].text)" }
        }
        #expect(found("Repairs took the past a couple of full weeks, engineers said.") == ["P2W@the"])
        #expect(found("The mill dates from the late-'90s.") == ["199@the"])
        #expect(found("The ferry sank the following morning.") == ["2012-06-16TMO@the"])
        #expect(found("The dam held for the entire two-year drought.") == ["P2Y@entire"])
        #expect(found("They met on the 4th of July 1990 at 7 p.m.") == ["1990-07-04@the", "1990-07-04T19:00@7"])
        #expect(found("It ran for twenty - five years.") == ["P25Y@twenty"])
    }
}
