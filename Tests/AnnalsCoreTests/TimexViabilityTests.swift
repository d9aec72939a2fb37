import Testing
@testable import AnnalsCore

/// `TimexScanner.viableRules(at:)` may only drop a rule that would have returned nil there:
/// every rule left out at a token is run anyway here and must find nothing.
@Suite struct TimexViabilityTests {
    private static let sentences = [
        "On 7/22/2013 the dam at Kessel Ford gave way, and again on 2015-03-09 during the 2014/2015 rains.",
        "Saturday, Aug. 3, 2019 was hot; last October and the 12th of May, 2016 were mild.",
        "The second-quarter loss widened from this year's first quarter and the year-ago period.",
        "In the 1960s, the late 1970s, the '90s and the eighteenth century the harbour silted up.",
        "Last spring, the winter of 1998 and this autumn brought landslides near Orvel.",
        "In fiscal 2004 and the year 2012 tolls rose; about 1700 families moved that year.",
        "Easter Monday 2011, Memorial Day and next Thanksgiving were calm; Labor Day 2009 was not.",
        "Eighteen ninety-two, the year two thousand and five and late-April 2007 were recorded.",
        "The current calendar year and this present month close soon for the co-op.",
        "Tonight's hearing, tomorrow evening and the day after tomorrow were scheduled.",
        "Next Thursday and last Monday, and Fri. morning, the panel sat; every Tuesday it meets.",
        "Later this week, this past month and the weekend saw strikes; earlier in the decade fewer.",
        "The next day, that morning and the previous month were quiet; the same night snow fell.",
        "Five months ago, a decade earlier and 30 days later, many years ago, the border moved.",
        "Over years, in recent weeks, the past 48 hours, a three-year plan and a 90-day pause.",
        "The first six months, the coming decades and thirty-one days and a half elapsed.",
        "Three times a week, $8 an hour, per month, weekly and each other year the levy is due.",
        "At 6:15 p.m. CET Sunday, by 9 a.m., at midnight, 11pm and 4 o'clock the bells rang.",
        "By year-end, by year's end and yearend the fund closed; in the fiscal year ended March 31 it grew.",
        "Through the eighties and the early seventies, until then, in the second half of 2004 and the first half of the year.",
        "In June next year, on Oct. 2 last year, at mid-morning today and soon, that month and the following year.",
        "Now, recently, at 10:30 and 5 pm on 2004-05-06, in 1992/93, on 3/4/2001 and 11 o'clock, the previous Friday and the following Monday.",
        "The 9 - 12 range, 2011 - 12 season, noon, midday and 07:45 GMT Tuesday were noted; until now and for now nothing else.",
        "12 to 18 months, two or three weeks, between 10 and 20 minutes and 4 1/2 years passed; the 52 years old man left.",
    ]

    @Test func droppedRulesFindNothing() {
        let lexicon = TemporalTagger.shared.lexicon
        let day = CalendarDay(year: 2020, month: 6, day: 15)
        var tried = 0, dropped = 0
        for (n, sentence) in Self.sentences.enumerated() {
            let tokens = Tokenizer.tokenize(sentence)
            let scanner = TimexScanner(lex: lexicon, tokens: tokens, dct: day, sentence: n, context: ScanContext())
            for i in tokens.indices {
                let viable = scanner.viableRules(at: i)
                for rule in TimexRule.allCases {
                    tried += 1
                    guard !viable.contains(TimexRuleMask([rule])) else { continue }
                    dropped += 1
                    #expect(scanner.run(rule, at: i) == nil, "\(rule) at \(tokens[i].text) in: \(sentence)")
                }
            }
        }
        // The mask does drop rules (it is not `.all` everywhere), and not every rule everywhere.
        #expect(dropped > tried / 4)
        #expect(dropped < tried)
    }
}
