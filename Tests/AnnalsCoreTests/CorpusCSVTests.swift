import Testing
@testable import AnnalsCore

@Suite("Corpus CSV reader and published dates")
struct CorpusCSVTests {
    @Test func quotedCellsWithCommasQuotesAndLineBreaks() throws {
        let records = try CSVReader.read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n")
        #expect(records.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func recordLinesCountLineBreaksInsideQuotes() throws {
        let records = try CSVReader.read("h\n\"1\n2\n3\"\nnext\n")
        #expect(records.last?.line == 5)
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: CSVReader.Failure.self) { try CSVReader.read("a,b\n\"x\"y,z\n") }
    }

    @Test func publishedDatePrecisions() throws {
        #expect(try PublishedDateParser.parse("2016-12-31") == PartialDate(year: 2016, month: 12, day: 31))
        #expect(try PublishedDateParser.parse("2016-04")?.precision == .month)
        #expect(try PublishedDateParser.parse("1998")?.precision == .year)
        #expect(try PublishedDateParser.parse("  ") == nil)
        #expect(throws: PublishedDateParser.Failure.notOnCalendar("2023-02-29")) { try PublishedDateParser.parse("2023-02-29") }
        #expect(throws: PublishedDateParser.Failure.notOnCalendar("2023-13")) { try PublishedDateParser.parse("2023-13") }
        #expect(throws: PublishedDateParser.Failure.malformed("2023-1-5")) { try PublishedDateParser.parse("2023-1-5") }
    }
}
