import Testing
@testable import AnnalsCore

@Suite("Event extraction")
struct EventExtractorTests {
    /// Runs sentence splitting, the tagger and event extraction (figures given by hand).
    func events(_ text: String, dct: PartialDate? = nil, figures: [FigureMention] = []) -> [EventMention] {
        let sentences = SentenceSplitter.shared.split(text)
        let time = TemporalTagger.shared.tag(sentences: sentences, documentDate: dct)
        var figs = figures
        return EventExtractor.shared.extract(sentences: sentences, timexes: time.timexes.map(DocumentExtractor.eventDate),
                                             ranges: time.ranges.map(DocumentExtractor.eventRange), figures: &figs)
    }

    @Test("An attack with a full date and a place")
    func attackWithDateAndPlace() throws {
        let found = events("On March 16, 1988, aircraft attacked the town of Halabja in northern Iraq.")
        let attack = try #require(found.first { $0.type == .attack })
        #expect(attack.date?.start == PartialDate(year: 1988, month: 3, day: 16))
        #expect(attack.places.contains("Halabja"))
    }

    @Test("A commemoration today is dated by the document date and remembers the named attack")
    func commemorationToday() throws {
        let found = events("Hundreds gathered in Sarajevo today for a vigil remembering the Markale attack.",
                           dct: PartialDate(year: 2024, month: 2, day: 5))
        let vigil = try #require(found.first { $0.type == .commemoration })
        #expect(vigil.date?.start == PartialDate(year: 2024, month: 2, day: 5))
        #expect(vigil.places == ["Sarajevo"])
        #expect(vigil.relation == .commemorates)
        let attack = try #require(found.first { $0.type == .attack })
        #expect(attack.names == ["Markale"])
        #expect(attack.places.isEmpty)
    }

    @Test("Without a document date, 'last week' leaves the happening undated, with the words kept")
    func unresolvedRelative() throws {
        let found = events("Veterans held a ceremony in Lisbon last week.")
        let ceremony = try #require(found.first)
        #expect(ceremony.date == nil)
        #expect(ceremony.dateText == "last week")
    }

    @Test("Trigger words inside quotation marks are a speaker's words, not a reported happening")
    func quotesIgnored() {
        #expect(events("“The bombing was a crime against all of us,” the mayor said.").isEmpty)
        #expect(events("\"This was a massacre,\" he told reporters.").isEmpty)
    }

    @Test("A ceasefire in a sentence about a war ends it; the war takes the stated range")
    func ceasefireEndsWar() throws {
        let found = events("The Bosnian War between 1992 and 1995 ended with a ceasefire.")
        let war = try #require(found.first { $0.type == .war })
        #expect(war.date?.start.year == 1992)
        #expect(war.date?.end?.year == 1995)
        #expect(war.names == ["Bosnian"])
        let truce = try #require(found.first { $0.type == .agreement })
        #expect(truce.relation == .ends)
        #expect(truce.date == nil)
    }

    @Test("A day and month with no year keep no year when the event is an old one")
    func yearlessDateNotInvented() throws {
        let found = events("Survivors recalled the shelling on August 4th.", dct: PartialDate(year: 2021, month: 1, day: 10))
        let shelling = try #require(found.first { $0.type == .attack })
        #expect(shelling.date?.start.year == nil)
        #expect(shelling.date?.start.month == 8)
        #expect(shelling.date?.start.day == 4)
    }

    @Test("An organisation of a city gives the city as the place")
    func organisationOfPlace() throws {
        let found = events("The Armenian Assembly of Boston held a vigil remembering the victims.")
        let vigil = try #require(found.first)
        #expect(vigil.places == ["Boston"])
    }

    @Test("Capitalised adjectives are not places")
    func adjectivesNotPlaces() throws {
        let found = events("At the Catholic school in Vukovar, a memorial service was held.")
        let service = try #require(found.first)
        #expect(service.places == ["Vukovar"])
    }
}
