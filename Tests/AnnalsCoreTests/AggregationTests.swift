import Testing
@testable import AnnalsCore

@Suite("Aggregation across sources")
struct AggregationTests {
    @Test("Mentions of one attack in several articles, with spelling variants and other precisions, give one event")
    func mergesOneHappening() {
        var a = DocumentBuilder("a.txt", dct: PartialDate(year: 2001, month: 7, day: 12))
        let s = a.sentence("Gunmen stormed Srebrenitsa on 11 July 1995, killing 120 people.")
        let f = a.figure(.killed, .all, Quantity(exactly: 120), in: s)
        a.event(.attack, "stormed", in: s, date: day(1995, 7, 11), places: ["Srebrenitsa"], figures: [f])
        var b = DocumentBuilder("b.txt")
        let t = b.sentence("The attack on Srebrenica in 1995 left at least 100 dead.")
        let g = b.figure(.killed, .all, Quantity(low: 100, high: nil), in: t)
        b.event(.attack, "attack", in: t, date: year(1995), places: ["Srebrenica"], figures: [g])
        let digest = aggregate([a, b])
        let attacks = digest.events.filter { $0.type == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.first?.date?.start == PartialDate(year: 1995, month: 7, day: 11))
        #expect(attacks.first?.sources == ["a.txt", "b.txt"])
        let killed = digest.figures.first { $0.outcome == .killed && $0.category == .all }
        #expect(killed?.low == 100)
        #expect(killed?.best == 120)
        #expect(killed?.high == 120)
        #expect(killed?.conflict == false)
        #expect(killed?.values.count == 2)
    }

    @Test("Twenty articles on one happening give one event with twenty sources")
    func manyDocuments() {
        let docs = (0..<20).map { i -> DocumentBuilder in
            var d = DocumentBuilder("doc\(i).txt")
            let s = d.sentence("Report \(i) on the shelling of Mostar.")
            d.event(.attack, "shelling", in: s, date: i % 2 == 0 ? day(1993, 11, 9) : year(1993), places: [i % 3 == 0 ? "Mostar" : "MOSTAR"])
            return d
        }
        let digest = aggregate(docs)
        #expect(digest.events.count == 1)
        #expect(digest.events[0].sources.count == 20)
        #expect(digest.events[0].date?.start == PartialDate(year: 1993, month: 11, day: 9))
    }

    @Test("Figures whose intervals cannot both be true are a conflict, each value with its sources")
    func conflictingFigures() {
        var a = DocumentBuilder("a.txt")
        let s = a.sentence("The blast in Tikrit killed 485 people.")
        let f = a.figure(.killed, .all, Quantity(exactly: 485), in: s)
        a.event(.attack, "blast", in: s, date: day(2004, 5, 2), places: ["Tikrit"], figures: [f])
        var b = DocumentBuilder("b.txt")
        let t = b.sentence("More than 1,000 people died in the Tikrit blast.")
        let g = b.figure(.killed, .all, Quantity(low: 1001, high: nil), in: t)
        b.event(.attack, "blast", in: t, date: day(2004, 5, 2), names: ["Tikrit"], figures: [g])
        let killed = aggregate([a, b]).figures.first { $0.category == .all }
        #expect(killed?.conflict == true)
        #expect(killed?.low == 485)
        #expect(killed?.high == nil, "an open value above every stated upper bound leaves the high open")
        #expect(killed?.best == 485)
        #expect(Set(killed?.values.flatMap { $0.sources.map(\.file) } ?? []) == ["a.txt", "b.txt"])
    }

    @Test("Totals killed far apart are different happenings at one place; close ones one happening with a conflict")
    func figuresMustAgree() {
        func doc(_ name: String, _ killed: Int) -> DocumentBuilder {
            var d = DocumentBuilder(name)
            let s = d.sentence("A bombing in Quetta killed \(killed) people in 2013.")
            let f = d.figure(.killed, .all, Quantity(exactly: killed), in: s)
            d.event(.attack, "bombing", in: s, date: year(2013), places: ["Quetta"], figures: [f])
            return d
        }
        let apart = aggregate([doc("a.txt", 3), doc("b.txt", 3000)])
        #expect(apart.events.count == 2)
        let close = aggregate([doc("a.txt", 485), doc("b.txt", 613)])
        #expect(close.events.count == 1)
        #expect(close.figures.first?.conflict == true)
        var loose = MergeRules.standard
        loose.figureRatioLimit = 0
        #expect(Aggregator(rules: loose).aggregate([doc("a.txt", 3).extraction, doc("b.txt", 3000).extraction],
                                                    metadata: []).events.count == 1)
    }

    @Test("'At least 161' agrees with '613'")
    func openLowerBoundAgrees() {
        var a = DocumentBuilder("a.txt")
        let s = a.sentence("At least 161 people were killed in Ashkent.")
        let f = a.figure(.killed, .all, Quantity(low: 161, high: nil), in: s)
        a.event(.attack, "attack", in: s, date: year(2010), places: ["Ashkent"], figures: [f])
        var b = DocumentBuilder("b.txt")
        let t = b.sentence("The attack on Ashkent killed 613 people.")
        let g = b.figure(.killed, .all, Quantity(exactly: 613), in: t)
        b.event(.attack, "attack", in: t, date: year(2010), places: ["Ashkent"], figures: [g])
        let killed = aggregate([a, b]).figures.first
        #expect(killed?.conflict == false)
        #expect(killed?.best == 613)
        #expect(killed?.low == 161)
    }

    @Test("A breakdown shows the part no category covers, and flags categories above the total")
    func breakdowns() {
        var a = DocumentBuilder("a.txt")
        let s = a.sentence("The flood killed 250 people, including 40 children and 30 women.")
        let total = a.figure(.killed, .all, Quantity(exactly: 250), in: s)
        a.figure(.killed, .children, Quantity(exactly: 40), in: s, partOf: total)
        a.figure(.killed, .women, Quantity(exactly: 30), in: s, partOf: total)
        a.event(.attack, "flood", in: s, date: year(2022), places: ["Derna"], figures: [total])
        let s2 = a.sentence("The raid on Sabra wounded 10 people, among them 12 children.")
        let w = a.figure(.wounded, .all, Quantity(exactly: 10), in: s2)
        a.figure(.wounded, .children, Quantity(exactly: 12), in: s2, partOf: w)
        a.event(.attack, "raid", in: s2, date: year(1982), places: ["Sabra"], figures: [w])
        let digest = aggregate([a])
        let killed = digest.breakdowns.first { $0.outcome == .killed }
        #expect(killed?.uncovered == 180)
        #expect(killed?.exceedsTotal == false)
        let wounded = digest.breakdowns.first { $0.outcome == .wounded }
        #expect(wounded?.exceedsTotal == true)
        #expect(wounded?.uncovered == nil)
    }

    @Test("Yearly commemorations stay separate events, each linked to what it remembers")
    func commemorationsStaySeparate() {
        var a = DocumentBuilder("a.txt", dct: PartialDate(year: 2019, month: 4, day: 7))
        let s0 = a.sentence("The bombing of Guernica killed hundreds.")
        a.event(.attack, "bombing", in: s0, date: day(1937, 4, 26), places: ["Guernica"])
        let s1 = a.sentence("A vigil in Guernica today remembered the bombing of Guernica.")
        a.event(.commemoration, "vigil", in: s1, date: day(2019, 4, 26), places: ["Guernica"], relation: .commemorates, related: 0)
        var b = DocumentBuilder("b.txt", dct: PartialDate(year: 2020, month: 4, day: 26))
        let t = b.sentence("A ceremony in Guernica today remembered the 1937 bombing.")
        b.event(.attack, "bombing", in: t, date: year(1937), names: ["Guernica"])
        b.event(.commemoration, "ceremony", in: t, date: day(2020, 4, 26), places: ["Guernica"], relation: .commemorates, related: 0)
        let digest = aggregate([a, b])
        let commemorations = digest.events.filter { $0.type == .commemoration }
        let attacks = digest.events.filter { $0.type == .attack }
        #expect(attacks.count == 1)
        #expect(commemorations.count == 2)
        #expect(commemorations.allSatisfy { $0.commemorates == attacks.first?.id })
    }

    @Test("An event no source dates is kept and listed last as undated")
    func undatedKept() {
        var a = DocumentBuilder("a.txt")
        let s = a.sentence("Mourners held a vigil in Lviv.")
        a.event(.commemoration, "vigil", in: s, places: ["Lviv"])
        let s2 = a.sentence("The shelling of Kharkiv on 2 March 2022 was condemned.")
        a.event(.attack, "shelling", in: s2, date: day(2022, 3, 2), places: ["Kharkiv"])
        let digest = aggregate([a])
        #expect(digest.events.count == 2)
        #expect(digest.events.last?.date == nil)
        #expect(digest.events.last?.title == "Vigil in Lviv")
    }

    @Test("Dates that cannot both be true keep a range of claims with their sources")
    func dateConflict() throws {
        var a = DocumentBuilder("a.txt")
        let s = a.sentence("The ambush near Kunduz on 3 May 2011.")
        a.event(.attack, "ambush", in: s, date: day(2011, 5, 3), places: ["Kunduz"])
        var b = DocumentBuilder("b.txt")
        let t = b.sentence("The ambush near Kunduz on 6 May 2011.")
        b.event(.attack, "ambush", in: t, date: day(2011, 5, 6), places: ["Kunduz"])
        var c = DocumentBuilder("c.txt")
        let u = c.sentence("The ambush near Kunduz on 29 May 2011.")
        c.event(.attack, "ambush", in: u, date: day(2011, 5, 29), places: ["Kunduz"])
        let digest = aggregate([a, b, c])
        // A few days apart: one happening whose date the sources dispute; weeks apart: another one.
        #expect(digest.events.count == 2)
        let disputed = try #require(digest.events.first { $0.sources.count == 2 })
        #expect(disputed.date?.start == PartialDate(year: 2011, month: 5, day: 3))
        #expect(disputed.date?.end == PartialDate(year: 2011, month: 5, day: 6))
        #expect(disputed.date?.certainty == .approximate)
        #expect(disputed.dateConflict.count == 2)
        #expect(Set(disputed.dateConflict.flatMap { $0.sources.map(\.file) }) == ["a.txt", "b.txt"])
    }

    @Test("Titles use the tool's neutral words, never a source's loaded term")
    func neutralTitles() {
        var a = DocumentBuilder("a.txt")
        let s = a.sentence("The massacre in Dujail was condemned.")
        a.event(.attack, "massacre", in: s, date: year(1982), places: ["Dujail"])
        let t = a.sentence("The genocide of the villagers of Anfal.")
        a.event(.attack, "genocide", in: t, date: year(1988), names: ["Anfal"])
        let titles = aggregate([a]).events.map(\.title)
        // A place says where ("in"); a name the sources give the happening is what it was on.
        #expect(titles == ["Attack in Dujail", "Attack on Anfal"])
    }
}

@Suite("Name matching")
struct NameMatcherTests {
    @Test("Transliteration variants match", arguments: [("Khojaly", "Khojali"), ("Khojaly", "Xocalı"), ("Srebrenica", "Srebrenitsa"), ("New York", "New York City")])
    func variants(_ a: String, _ b: String) {
        #expect(NameMatcher().matches(a, b))
    }

    @Test("Different places do not match", arguments: [("Baku", "Basra"), ("Gaza", "Goma"), ("Israel", "Iran"), ("Homs", "Hama")])
    func different(_ a: String, _ b: String) {
        #expect(!NameMatcher().matches(a, b))
    }
}

@Suite("Date compatibility")
struct DateCompatibilityTests {
    @Test func dayInsideMonth() {
        #expect(day(1992, 2, 26).isCompatible(with: DateSpan(start: PartialDate(year: 1992, month: 2))))
        #expect(!day(1992, 3, 1).isCompatible(with: DateSpan(start: PartialDate(year: 1992, month: 2))))
    }

    @Test func yearlessDayAgainstYear() {
        let night = DateSpan(start: PartialDate(year: nil, month: 2, day: 25), end: PartialDate(year: nil, month: 2, day: 26))
        #expect(night.isCompatible(with: year(1992)))
        #expect(night.isCompatible(with: day(1992, 2, 26)))
        #expect(!night.isCompatible(with: day(1992, 10, 7)))
    }

    @Test func periodCoversPoints() {
        let war = DateSpan(start: PartialDate(year: 1988), end: PartialDate(year: 1994))
        #expect(war.isCompatible(with: day(1992, 2, 26)))
        #expect(!war.isCompatible(with: year(2020)))
    }
}
