import Foundation
import Testing
@testable import AnnalsCore

/// Runs the whole extraction stage on `text` and checks what must hold for any input: every
/// offset lies in the text and slices it to the stated words, no count is negative, every known
/// calendar day is a real one. Returns the extraction for the caller's own expectations.
@discardableResult
func extractChecked(_ text: String, published: PartialDate? = PartialDate(year: 2016, month: 8, day: 24),
                    sourceLocation: SourceLocation = #_sourceLocation) -> DocumentExtraction {
    let article = Article(file: "absurd.txt", text: text, metadata: SourceMetadata(file: "absurd.txt", published: published))
    let extraction = DocumentExtractor().extract(article)
    let scalars = ScalarText(text)
    let count = text.unicodeScalars.count
    func inText(_ start: Int, _ end: Int, _ stated: String, _ what: String) {
        #expect(0 <= start && start <= end && end <= count, "\(what) \(start)..<\(end) outside \(count) scalars", sourceLocation: sourceLocation)
        if 0 <= start && start <= end && end <= count {
            #expect(scalars.slice(start, end) == stated, "\(what) text differs from the file", sourceLocation: sourceLocation)
        }
    }
    for s in extraction.sentences { inText(s.start, s.end, s.text, "sentence") }
    for t in extraction.timexes { inText(t.start, t.end, t.text, "timex") }
    for f in extraction.figures {
        inText(f.start, f.end, f.text, "figure")
        #expect((f.quantity.low ?? 0) >= 0 && (f.quantity.high ?? 0) >= 0, "negative count \(f.quantity)", sourceLocation: sourceLocation)
    }
    for e in extraction.events { inText(e.start, e.end, e.text, "event") }
    let dates = extraction.timexes.compactMap(\.date) + extraction.ranges.map(\.span) + extraction.events.compactMap(\.date)
    for span in dates {
        for d in [span.start] + (span.end.map { [$0] } ?? []) {
            if let month = d.month { #expect((1...12).contains(month), "month \(month)", sourceLocation: sourceLocation) }
            if let month = d.month, let day = d.day, d.precision >= .day {
                #expect(PartialDate.isValid(year: d.year ?? 2000, month: month, day: day), "not a calendar day: \(d)", sourceLocation: sourceLocation)
            }
        }
    }
    return extraction
}

/// A reproducible generator (SplitMix64), so that a failure can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Robust extraction: absurd text neither traps nor becomes a figure")
struct RobustExtractionTests {
    @Test func aCountTooLargeForAnIntegerIsRejected() {
        let text = "Officials said 99999999999999999999 killed in the landslide, and 12 were injured."
        let extraction = extractChecked(text)
        #expect(!extraction.figures.contains { $0.text.contains("99999999999999999999") })
        #expect(NumberParser.shared.parse("99999999999999999999") == nil)
        #expect(NumberParser.shared.parse("9223372036854775807") == Quantity(exactly: Int.max))
        #expect(NumberParser.shared.parse("9223372036854775808") == nil)
        #expect(NumberParser.shared.parse("9,223,372,036,854,775,808") == nil)
        #expect(NumberParser.shared.parse("9.3 quintillion") == nil || NumberParser.shared.parse("9.3 quintillion")!.low! > 0)
    }

    @Test func aNegativeCountIsRejected() {
        let extraction = extractChecked("The report listed -5 killed and −7 injured after the tremor.")
        #expect(extraction.figures.allSatisfy { !$0.text.contains("5") && !$0.text.contains("7") })
        #expect(NumberParser.shared.parse("-5") == nil)
    }

    @Test func yearsBeyondFourDigitsAreNotDates() {
        let extraction = extractChecked("In the year 99999 the colony flooded; on 3 March 123456 a dam broke, killing 4 people.")
        for t in extraction.timexes {
            if let year = t.date?.start.year { #expect(year <= 9999, "\(t.text) read as year \(year)") }
        }
    }

    @Test func february30thIsNotACalendarDay() {
        let extraction = extractChecked("The shelling on February 30th, 2019 killed 6 people; on 31 April 2020 a bus crashed.")
        for t in extraction.timexes {
            guard let d = t.date?.start else { continue }
            #expect(!(d.month == 2 && d.day == 30) && !(d.month == 4 && d.day == 31), "\(t.text) read as \(d)")
        }
        #expect(PartialDate.isValid(year: 2019, month: 2, day: 30) == false)
        #expect(PartialDate.isValid(year: 2020, month: 2, day: 29))
        #expect(PartialDate.isValid(year: 2100, month: 2, day: 29) == false)
    }

    @Test func extremelyLongTokens() {
        let word = String(repeating: "flood", count: 40_000)
        let extraction = extractChecked("The \(word) killed 3 villagers. \(word)-\(word) 17 \(word)17\(word)")
        #expect(extraction.sentences.count >= 1)
    }

    @Test func aMegabyteOfDigits() {
        let digits = String(repeating: "8", count: 1_000_000)
        let extraction = extractChecked("A \(digits) killed in the blast, the agency said.")
        #expect(extraction.figures.allSatisfy { !$0.text.contains("888888888888888888888") })
        #expect(NumberParser.shared.parse(digits) == nil)
        // Grouped and decimal forms of huge numbers are refused the same way.
        let grouped = "1" + String(repeating: ",000", count: 10_000)
        #expect(NumberParser.shared.parse(grouped) == nil)
        #expect(NumberParser.shared.parse("1." + digits.prefix(5000) + " million") != nil)
    }

    /// Runs of 1 000 marks by default; 20 000 with ANNALS_LARGE_TESTS=1. (The time tagger and the
    /// quotation finder are super-linear in the length of one sentence, so the long runs take minutes.)
    @Test func deeplyRepeatedPunctuation() {
        let length = largeTestsEnabled ? 20_000 : 1_000
        for mark in ["!", ".", "?", "…", "\"", "(", ")", "-", ",", "'", "“", "*", "\n", "\u{2029}"] {
            let run = String(repeating: mark, count: length)
            extractChecked("Storm kills 3\(run) 40 hurt\(run)")
        }
        extractChecked(String(repeating: "((\"[", count: length / 4) + " 5 dead " + String(repeating: "]\"))", count: length / 4))
        extractChecked(String(repeating: "between 1 and ", count: length / 4) + "2 people died.")
        extractChecked(String(repeating: "at least ", count: length / 2) + "9 were killed.")
        extractChecked(String(repeating: "one hundred ", count: length / 2) + "people died.")
        extractChecked(String(repeating: "thousand ", count: length / 2) + "were killed.")
    }

    @Test func randomBytesReadAsLatin1() {
        var rng = SplitMix64(state: 0xA11A_15)
        for _ in 0..<(largeTestsEnabled ? 20 : 6) {
            let bytes = (0..<(largeTestsEnabled ? 20_000 : 3_000)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let text = ArticleTextDecoder.windows1252(bytes)
            extractChecked(text)
            extractChecked(text, published: nil)
        }
    }

    @Test func randomNewsWordSoup() {
        let words = ["killed", "at", "least", "between", "and", "to", "-", "1,200", "3.5m", "dozens", "of",
                     "February", "30th", "2019", "on", "Monday", "last", "week", "\"", ".", "\n", "hundred",
                     "thousand", "million", "injured", "wounded", "people", "children", "up", "more", "than",
                     "or", "nearly", "1990s", "10:30", "14/06/2011", "from", "until", "the", "attack", "in",
                     "Valmora", "said", "police", "+", "40+", "−", "a", "dozen", "tens", "no", "one", "none"]
        var rng = SplitMix64(state: 0x5EED)
        for _ in 0..<300 {
            let n = Int.random(in: 1...60, using: &rng)
            let text = (0..<n).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            extractChecked(text)
        }
    }
}
