import Testing
@testable import AnnalsCore

/// Whole news reports through extraction and aggregation: the happening a report is about, the
/// past ones it recalls, and which figures belong to which.
@Suite("News reports: the news and what it recalls")
struct NewsReportEventTests {
    func digest(_ articles: [(file: String, published: PartialDate?, text: String)]) -> Digest {
        let extracted = articles.map { a in
            DocumentExtractor().extract(Article(file: a.file, text: a.text, metadata: SourceMetadata(file: a.file, published: a.published)))
        }
        return Aggregator().aggregate(extracted, metadata: articles.map { SourceMetadata(file: $0.file, published: $0.published) })
    }

    func killed(_ d: Digest, _ event: Event?, _ category: CasualtyCategory = .all) -> Figure? {
        guard let event else { return nil }
        return d.figures(of: event.id).first { $0.outcome == .killed && $0.category == category }
    }

    static let shooting = """
        Gunmen kill 11 at Lorvan bus terminal

        LORVAN, Sept. 9 (Newswire) - Gunmen opened fire on passengers at the main bus terminal in Lorvan on Sunday, killing 11 people and wounding 30, police said.

        It was the worst attack in the city since 2016, when a car bomb killed 64 people near the central mosque.

        Police said the attackers fled on motorcycles. Local television showed ambulances outside the terminal.

        Three police officers were among the dead, a police spokesman said.
        """

    @Test("A wire report's lead dates its happening; the dateline's filing date and a recalled past attack do not")
    func leadDatesTheNews() throws {
        let d = digest([("lorvan.txt", PartialDate(year: 2031, month: 9, day: 9), Self.shooting)])
        let news = try #require(d.events.first { $0.type == .attack && $0.date?.start == PartialDate(year: 2031, month: 9, day: 7) })
        #expect(news.places.contains("Lorvan"))
        #expect(killed(d, news)?.best == 11)
        #expect(killed(d, news)?.high == 11)  // no value from 2016
        let past = try #require(d.events.first { $0.type == .attack && $0.date?.start.year == 2016 })
        #expect(killed(d, past)?.best == 64)
        #expect(killed(d, past)?.high == 64)
        #expect(!d.events.contains { $0.date?.start == PartialDate(year: 2031, month: 9, day: 9) })
    }

    @Test("A figure a few sentences after the recalled attack returns to the news")
    func figureAfterDigressionBelongsToTheNews() throws {
        let d = digest([("lorvan.txt", PartialDate(year: 2031, month: 9, day: 9), Self.shooting)])
        let news = try #require(d.events.first { $0.date?.start == PartialDate(year: 2031, month: 9, day: 7) })
        let drivers = d.figures.first { $0.outcome == .killed && $0.category != .all && $0.best == 3 }
        #expect(drivers?.event == news.id)
    }

    @Test("The undated happening of a headline does not take the date of a flood years earlier")
    func headlineIsNotTheRecalledDisaster() throws {
        let text = """
            Flood toll rises in Orme Valley

            Rescue teams said on Thursday that at least 19 people had died since the Brannock river rose overnight.

            The last flood of this size in the valley, in October 2009, killed 42 people.
            """
        let d = digest([("orme.txt", PartialDate(year: 2030, month: 3, day: 14), text)])
        let past = try #require(d.events.first { $0.date?.start == PartialDate(year: 2009, month: 10) })
        #expect(killed(d, past)?.best == 42)
        #expect(killed(d, past)?.low == 42)
        let news = try #require(d.events.first { $0.type == .other && $0.id != past.id && killed(d, $0) != nil })
        #expect(killed(d, news)?.low == 19)
        #expect(killed(d, news)?.values.count == 1)
    }

    @Test("A headline that remembers still takes the date the body gives the remembered attack")
    func commemorationHeadlineKeepsMerging() throws {
        let text = """
            Survivors remember the Keswald market bombing

            The bombing of the Keswald market in May 1987 killed 88 people. Relatives laid wreaths at the market on Saturday.
            """
        let d = digest([("keswald.txt", PartialDate(year: 2027, month: 5, day: 17), text)])
        let attacks = d.events.filter { $0.type == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.first?.date?.start == PartialDate(year: 1987, month: 5))
    }

    @Test("An anniversary piece whose headline names no commemoration still dates the attack it recalls")
    func anniversaryWithoutCommemorationHeadline() throws {
        let text = """
            Thirty years after Keswald, the survivors speak

            Survivors gathered at the site of the market bombing, where 88 people died. The bombing in May 1997 was the deadliest in the town's history.
            """
        let d = digest([("keswald.txt", PartialDate(year: 2027, month: 5, day: 17), text)])
        let attacks = d.events.filter { $0.type == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.first?.date?.start == PartialDate(year: 1997, month: 5))
        #expect(killed(d, attacks.first)?.best == 88)
    }

    @Test("Two reports of one shooting, the second naming it inside its toll, are one event")
    func tollSentenceNamesTheHappening() throws {
        let followUp = """
            Lorvan shooting toll climbs to 14

            The number of people killed in Sunday's shooting at the bus terminal in Lorvan has risen to 14, the health ministry said on Tuesday.
            """
        let d = digest([("lorvan.txt", PartialDate(year: 2031, month: 9, day: 9), Self.shooting),
                        ("lorvan-2.txt", PartialDate(year: 2031, month: 9, day: 10), followUp)])
        let news = d.events.filter { $0.date?.start == PartialDate(year: 2031, month: 9, day: 7) }
        #expect(news.count == 1)
        #expect(news.first?.sources == ["lorvan.txt", "lorvan-2.txt"])
        #expect(killed(d, news.first)?.low == 11)
        #expect(killed(d, news.first)?.high == 14)
    }
}

@Suite("Event triggers of wire reports")
struct WireTriggerTests {
    func events(_ text: String, dct: PartialDate? = nil) -> [EventMention] {
        DocumentExtractor().extract(Article(file: "x.txt", text: text, metadata: SourceMetadata(file: "x.txt", published: dct))).events
    }

    @Test("Who attacked and with what signal an attack when no noun for it follows")
    func agentsAndWeapons() {
        for sentence in ["A suicide bomber blew himself up outside the court in Pellam.",
                         "Gunmen opened fire on worshippers in Ostrava.",
                         "A car bomb exploded near the ministry in Tarsk.",
                         "A drone strike hit a wedding party in Valdeck."] {
            #expect(events(sentence).contains { $0.type == .attack }, "\(sentence)")
        }
    }

    @Test("Disasters and accidents news reports with tolls are happenings of their own kind")
    func disastersAndAccidents() {
        for sentence in ["A ferry capsized off the coast of Marrak.", "A tropical storm flattened villages in Ostend.",
                         "A derailment near Pibor injured dozens.", "A cholera outbreak spread through the camps."] {
            #expect(events(sentence).contains { $0.type == .other }, "\(sentence)")
        }
    }

    @Test("Words that also name no disaster stay quiet: 'a storm of criticism', 'the outbreak of war', 'fires rockets'")
    func figurativeWordsAreNoDisasters() {
        #expect(!events("The ruling drew a storm of criticism.").contains { $0.type == .other })
        #expect(!events("Since the outbreak of the war, prices have tripled.").contains { $0.type == .other })
        #expect(!events("The battery fires rockets at night.").contains { $0.type == .other })
        #expect(events("Riot police lined the avenue.").isEmpty)
        #expect(events("Detectives found a bomb factory in the flat.").isEmpty)
        #expect(events("A bomb exploded outside the court.").contains { $0.type == .attack })
    }

    @Test("A happening named inside a toll ('killed in the raid') is a mention; the toll's own verb is not")
    func triggersInsideFigures() {
        let inToll = events("The number of people killed in the raid on Corran has risen to 9.")
        #expect(inToll.contains { $0.type == .attack && $0.places == ["Corran"] })
        #expect(events("Forty villagers were massacred.").isEmpty)
    }

    @Test("Places at sea and inside a place: 'off Ruddock Island', 'inside Fort Amal'")
    func offshorePlaces() {
        #expect(events("A trawler capsized off Ruddock Island.").first?.places == ["Ruddock Island"])
        #expect(events("A blast inside Fort Amal wounded four guards.").first?.places == ["Fort Amal"])
    }

    @Test("A date of a statement or reaction about a happening does not date the happening")
    func statementDates() throws {
        let dct = PartialDate(year: 2032, month: 5, day: 14)  // a Friday
        func attack(_ sentence: String) -> EventMention? { events(sentence, dct: dct).first { $0.type == .attack } }
        #expect(try #require(attack("Officials said on Friday that the attack in Varna killed 12 people.")).date == nil)
        #expect(try #require(attack("The Security Council on Thursday condemned the bombing of the embassy in Varna.")).date == nil)
        #expect(try #require(attack("The Security Council condemned the bombing of the embassy in Varna on Thursday.")).date == nil)
        #expect(try #require(attack("The minister flew to Varna on Tuesday after the bombing.")).date == nil)
        #expect(try #require(attack("The Security Council condemned the May 3 bombing in Varna.")).date?.start.day == 3)
        #expect(try #require(attack("Police said the attack happened on Monday.")).date?.start == PartialDate(year: 2032, month: 5, day: 10))
    }

    @Test("Nationality words, possessors and initialisms are read as written, never as the place of a happening")
    func peopleAreNoPlaces() throws {
        let invasion = try #require(events("The Veldan invasion of Marrosk began in spring; Marroskan troops retreated.").first { $0.type == .attack })
        #expect(invasion.names == ["Veldan"])
        let byNationals = try #require(events("The Iraqi invasion of Kuwait began in August.").first { $0.type == .attack })
        #expect(byNationals.names.isEmpty && byNationals.places.isEmpty)
        let list = try #require(events("He is accused of planning the attack and is on the FBI's most wanted list.").first { $0.type == .attack })
        #expect(list.places.isEmpty)
        let embassy = try #require(events("Bombings at U.S. embassies in Kenya and Tanzania killed 200 people.").first { $0.type == .attack })
        #expect(embassy.places == ["Kenya"])
        let initials = try #require(events("The bombing of the J.F. Sorell School in Dunmore killed nine.").first { $0.type == .attack })
        #expect(initials.places == ["Dunmore"])
    }

    @Test("A dateline's date is the filing day, not the happening's")
    func datelineIsNotTheHappeningsDate() throws {
        let found = events("MERRIN, May 6 (Agency) - A bomb exploded at a bus stop in Merrin on Tuesday, officials said.",
                           dct: PartialDate(year: 2032, month: 5, day: 6))
        let attack = try #require(found.first { $0.type == .attack })
        #expect(attack.date?.start == PartialDate(year: 2032, month: 5, day: 4))
        #expect(attack.dateText == "Tuesday")
    }
}
