import Testing
@testable import AnnalsCore

@Suite("Corpus: published dates read from bytes as through Characters")
struct CorpusPublishedDateShortcutTests {
    private func outcome(_ value: String) -> String {
        do { return "\(String(describing: try PublishedDateParser.parse(value)))" } catch { return "\(error)" }
    }

    @Test func everyShapeAndEveryRefusal() throws {
        #expect(try PublishedDateParser.parse("2031-07-04") == PartialDate(year: 2031, month: 7, day: 4))
        #expect(try PublishedDateParser.parse("1987-11") == PartialDate(year: 1987, month: 11))
        #expect(try PublishedDateParser.parse("0999") == PartialDate(year: 999))
        #expect(try PublishedDateParser.parse(" 2031-07-04 ") == PartialDate(year: 2031, month: 7, day: 4))
        #expect(throws: PublishedDateParser.Failure.notOnCalendar("2031-13")) { try PublishedDateParser.parse("2031-13") }
        #expect(throws: PublishedDateParser.Failure.notOnCalendar("2030-02-29")) { try PublishedDateParser.parse("2030-02-29") }
        #expect(throws: PublishedDateParser.Failure.notOnCalendar("2031-00-10")) { try PublishedDateParser.parse("2031-00-10") }
        // Not the shapes: refused as malformed by the Character path, whatever the bytes look like.
        for value in ["2031-7-04", "2031/07/04", "31-07-04", "2031-07-04-01", "2031-0a-04", "20310704", "2031-", "-2031",
                      "２０３１-07-04", "2031-07-0４", "2031\u{301}-07-04", "2031-07-04x"] {
            #expect(throws: PublishedDateParser.Failure.malformed(value)) { try PublishedDateParser.parse(value) }
        }
    }
}

@Suite("Event shortcuts: sentence buckets and the trigger pre-check")
struct EventShortcutTests {
    @Test func bucketsHoldEachItemOnceInOrder() {
        // Items at sentences 2, 0, 2, -1 (none), 3, 0.
        let positions = [2, 0, 2, -1, 3, 0]
        let buckets = SentenceBuckets(count: positions.count, sentences: 4) { positions[$0] }
        #expect(buckets.items(0) == [1, 5])
        #expect(buckets.items(1) == [])
        #expect(buckets.isEmpty(1) && !buckets.isEmpty(0))
        #expect(buckets.items(2) == [0, 2])
        #expect(buckets.items(3) == [4])
        #expect(buckets.items(4) == [] && buckets.items(-1) == [])
        let none = SentenceBuckets(count: 0, sentences: 0) { _ in 0 }
        #expect(none.items(0) == [] && none.isEmpty(0))
    }

    @Test func triggerPreCheckAgreesWithTheTable() {
        let words = EventLexicon.shared.words
        var probes = Array(EventLexicon.shared.triggers.keys)
        // The listed words changed by a letter beyond ASCII, lengthened, shortened, capitalised.
        for first in EventLexicon.shared.triggers.keys {
            probes += [first + "é", "é" + first, String(first.dropLast()), first + "s", first.uppercased()]
        }
        probes += ["", "a", "ö", "naïve", "Ωmega", "the", "quarterly"]
        for word in probes {
            #expect(words.startsTrigger(word) == words.triggerFirstWords.contains(word), "\(word)")
        }
    }
}

@Suite("WordHash: the ASCII test alone")
struct WordHashASCIITests {
    @Test func aByteBeyondASCIIAnywhereIsSeen() {
        for length in 0...40 {
            let plain = [UInt8](repeating: UInt8(ascii: "w"), count: length)
            #expect(plain.withUnsafeBufferPointer(WordHash.isASCII))
            for position in 0..<length {
                var word = plain
                word[position] = 0x80
                #expect(!word.withUnsafeBufferPointer(WordHash.isASCII), "length \(length), byte \(position)")
                #expect(word.withUnsafeBufferPointer { WordHash.of($0).ascii } == word.withUnsafeBufferPointer(WordHash.isASCII))
            }
        }
    }
}
