import Testing
@testable import AnnalsCore

@Suite("NumberParser")
struct NumberParserTests {
    let parser = NumberParser.shared

    private func q(_ text: String) -> Quantity? { parser.parse(text) }

    @Test func digitsAndSeparators() {
        #expect(q("613") == Quantity(exactly: 613))
        #expect(q("1,200") == Quantity(exactly: 1200))
        #expect(q("12,345,678") == Quantity(exactly: 12_345_678))
        #expect(q("0") == Quantity(exactly: 0))
        #expect(q("12,00") == nil)      // misplaced separator
        #expect(q("1.5") == nil)        // people are counted in whole numbers
        #expect(q("10:30") == nil)      // clock time
        #expect(q("1992/93") == nil)    // slashed years
    }

    @Test func upAfterAVerbThatTakesItIsNoMaximum() {
        func numbers(_ text: String) -> [Quantity] { parser.numbers(in: Tokenizer.tokenize(text)).map(\.quantity) }
        #expect(numbers("The toll was revised up to 57 on Friday.") == [Quantity(exactly: 57)])
        #expect(numbers("The count went up to 1,900 overnight.") == [Quantity(exactly: 1900)])
        #expect(numbers("Up to 300 people may have drowned.") == [Quantity(low: nil, high: 300, approximate: true)])
        #expect(numbers("The ferry carried up to 300 people.") == [Quantity(low: nil, high: 300, approximate: true)])
    }

    @Test func scales() {
        #expect(q("1.2 million") == Quantity(exactly: 1_200_000))
        #expect(q("3.5m") == Quantity(exactly: 3_500_000))
        #expect(q("10k") == Quantity(exactly: 10_000))
        #expect(q("2bn") == Quantity(exactly: 2_000_000_000))
        #expect(q("5 thousand") == Quantity(exactly: 5000))
        #expect(q("25th") == nil)       // ordinal
        #expect(q("5pm") == nil)        // clock time
    }

    @Test func words() {
        #expect(q("sixty-three") == Quantity(exactly: 63))
        #expect(q("sixty three") == Quantity(exactly: 63))
        #expect(q("two hundred and five") == Quantity(exactly: 205))
        #expect(q("a dozen") == Quantity(exactly: 12))
        #expect(q("a hundred") == Quantity(exactly: 100))
        #expect(q("one thousand") == Quantity(exactly: 1000))
        #expect(q("three thousand four hundred and twelve") == Quantity(exactly: 3412))
        #expect(q("two dozen") == Quantity(exactly: 24))
        #expect(q("Eleven") == Quantity(exactly: 11))
        #expect(q("first") == nil)
        #expect(q("twenty-first") == nil)
        #expect(q("five three") == nil) // two numbers, not one phrase
    }

    @Test func vagueQuantities() {
        #expect(q("a dozen") == Quantity(exactly: 12))
        #expect(q("dozens") == Quantity(low: 24, high: nil, approximate: true))
        #expect(q("scores") == Quantity(low: 40, high: nil, approximate: true))
        #expect(q("hundreds") == Quantity(low: 200, high: nil, approximate: true))
        #expect(q("thousands") == Quantity(low: 2000, high: nil, approximate: true))
        #expect(q("tens of thousands") == Quantity(low: 20000, high: nil, approximate: true))
        #expect(q("hundreds of thousands") == Quantity(low: 200_000, high: nil, approximate: true))
        #expect(q("millions") == Quantity(low: 2_000_000, high: nil, approximate: true))
        #expect(q("several hundred") == Quantity(low: 200, high: nil, approximate: true))
    }

    @Test func modifiers() {
        #expect(q("at least 20") == Quantity(low: 20, high: nil))
        #expect(q("more than 20") == Quantity(low: 20, high: nil))
        #expect(q("over 1,000") == Quantity(low: 1000, high: nil))
        #expect(q("up to 50") == Quantity(low: nil, high: 50, approximate: true))
        #expect(q("as many as 50") == Quantity(low: nil, high: 50, approximate: true))
        #expect(q("nearly 100") == Quantity(low: nil, high: 100, approximate: true))
        #expect(q("almost a hundred") == Quantity(low: nil, high: 100, approximate: true))
        #expect(q("fewer than 10") == Quantity(low: nil, high: 10))
        #expect(q("about 40") == Quantity(low: 40, high: 40, approximate: true))
        #expect(q("some 40") == Quantity(low: 40, high: 40, approximate: true))
        #expect(q("roughly 3.5 million") == Quantity(low: 3_500_000, high: 3_500_000, approximate: true))
        #expect(q("an estimated 7,000") == Quantity(low: 7000, high: 7000, approximate: true))
        #expect(q("more than a dozen") == Quantity(low: 12, high: nil))
        #expect(q("at least dozens") == Quantity(low: 24, high: nil, approximate: true))
        #expect(q("50 or more") == Quantity(low: 50, high: nil))
        #expect(q("30 or so") == Quantity(low: 30, high: 30, approximate: true))
        #expect(q("40+") == Quantity(low: 40, high: nil))
    }

    @Test func ranges() {
        #expect(q("between 30 and 40") == Quantity(low: 30, high: 40))
        #expect(q("30 to 40") == Quantity(low: 30, high: 40))
        #expect(q("30-40") == Quantity(low: 30, high: 40))
        #expect(q("between thirty and forty") == Quantity(low: 30, high: 40))
        #expect(q("about 30 to 40") == Quantity(low: 30, high: 40, approximate: true))
        #expect(q("between 40 and 30") == nil) // reversed bounds are not a range
    }

    @Test func absurdInputDoesNotTrap() {
        #expect(q("99999999999999999999") == nil)
        #expect(q("9,999,999,999,999,999,999") == nil)
        #expect(q("99999999999999 billion") == nil)
        #expect(q("-5") == nil)
        let tokens = Tokenizer.tokenize("99999999999999999999 killed and -5 wounded")
        #expect(parser.numbers(in: tokens).isEmpty)
    }

    @Test func findsEveryNumberWithSpans() {
        let text = "At least 20 died, between 30 and 40 were hurt and dozens fled."
        let found = parser.numbers(in: Tokenizer.tokenize(text, offset: 100))
        #expect(found.map(\.text) == ["At least 20", "between 30 and 40", "dozens"])
        #expect(found[0].start == 100 && found[0].end == 111)
        #expect(found[0].coreRange == 2..<3)
        #expect(found[1].quantity == Quantity(low: 30, high: 40))
    }

    /// Property: every quantity the parser returns keeps low ≤ high and has a known end.
    @Test func everyParsedQuantityIsOrdered() {
        let heads = ["", "at least ", "more than ", "up to ", "nearly ", "about ", "between 5 and ", "fewer than "]
        let cores = ["0", "7", "12", "613", "1,200", "1.2 million", "3.5m", "sixty-three", "two hundred and five",
                     "a dozen", "dozens", "thousands", "tens of thousands", "30 to 40", "30-40", "9 to 3", "99999999999999999999"]
        let tails = ["", " or more", " or so"]
        for h in heads { for c in cores { for t in tails {
            let tokens = Tokenizer.tokenize(h + c + t)
            for m in parser.numbers(in: tokens) {
                #expect(m.quantity.low != nil || m.quantity.high != nil)
                if let lo = m.quantity.low, let hi = m.quantity.high { #expect(lo <= hi, "\(h + c + t)") }
            }
        } } }
    }

    // Issue 3, number readings: ranges of estimates, scales written once, bounds, changes.

    @Test func scaleWrittenOnceAppliesToBothEnds() {
        #expect(q("between 2.5 and 4 million") == Quantity(low: 2_500_000, high: 4_000_000, approximate: false))
        #expect(q("between 7 and 9 thousand") == Quantity(low: 7000, high: 9000, approximate: false))
        #expect(q("1.5 to 6 million") == Quantity(low: 1_500_000, high: 6_000_000, approximate: false))
        #expect(q("4-5 million") == Quantity(low: 4_000_000, high: 5_000_000, approximate: false))
        #expect(q("three to four hundred") == Quantity(low: 300, high: 400, approximate: false))
        #expect(q("roughly 6 to 8 million") == Quantity(low: 6_000_000, high: 8_000_000, approximate: true))
        // A lower end larger than the upper end's mantissa keeps its own value.
        #expect(q("between 700 and 1.5 million") == Quantity(low: 700, high: 1_500_000, approximate: false))
        #expect(q("600 to 2 million") == Quantity(low: 600, high: 2_000_000, approximate: false))
        // Both ends scaled: read as written.
        #expect(q("between 2 million and 3 million") == Quantity(low: 2_000_000, high: 3_000_000, approximate: false))
    }

    @Test func fromToIsARangeOnlyAfterARangeVerb() {
        func numbers(_ text: String) -> [Quantity] { parser.numbers(in: Tokenizer.tokenize(text)).map(\.quantity) }
        #expect(numbers("Estimates range from 1,800 to 2,600.") == [Quantity(low: 1800, high: 2600, approximate: false)])
        #expect(numbers("Counts varied from 35 to 60.") == [Quantity(low: 35, high: 60, approximate: false)])
        #expect(numbers("Guesses ranging from 1.2 to 2 million circulated.") == [Quantity(low: 1_200_000, high: 2_000_000, approximate: false)])
        // Elsewhere "from A to B" is an earlier and a later value.
        #expect(numbers("The toll rose from 31 to 47.") == [Quantity(exactly: 31), Quantity(exactly: 47)])
        #expect(numbers("Turnout went from 2 to 3 million.").count == 2)
    }

    @Test func byAfterAVerbOfChangeIsNoRange() {
        func numbers(_ text: String) -> [Quantity] { parser.numbers(in: Tokenizer.tokenize(text)).map(\.quantity) }
        #expect(numbers("The toll climbed by 17 to 233.") == [Quantity(exactly: 17), Quantity(exactly: 233)])
        #expect(numbers("The count went up by 4 to 52.") == [Quantity(exactly: 4), Quantity(exactly: 52)])
        // Without a verb of change, "by A to B" may be a range of agents.
        #expect(numbers("The post was overrun by 40 to 60 fighters.") == [Quantity(low: 40, high: 60, approximate: false)])
    }

    @Test func asHighAsAndAsLowAs() {
        #expect(q("as high as 9,000") == Quantity(low: nil, high: 9000, approximate: true))
        #expect(q("as low as 450") == Quantity(low: 450, high: nil, approximate: true))
        #expect(q("tens of thousands") == Quantity(low: 20_000, high: nil, approximate: true))
        #expect(q("hundreds of thousands") == Quantity(low: 200_000, high: nil, approximate: true))
    }
}
