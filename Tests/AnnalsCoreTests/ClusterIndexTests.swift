import Testing
@testable import AnnalsCore

/// The candidate index must never change what merges: an aggregation through `ClusterIndex` must
/// equal one that compares every cluster with every merged event.
@Suite("Cluster index")
struct ClusterIndexTests {
    /// SplitMix64: a small seeded generator, so every run builds the same corpora.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Invented places with spelling variants, a name containing another word for word, and
    /// short names the edit distance leaves apart.
    static let places = ["Velmora", "Velmorra", "Welmora", "Port Aster", "Aster", "Qirvan", "Kirvan", "Dunholt", "Ostrel",
                         "Ostrel Bay", "Lim", "Lum", "Harrowgate", "Carsk", "Karsk"]
    static let names = ["Operation Tidewall", "Operation Tidewal", "the Grey March"]
    static let types: [EventType] = [.attack, .battle, .commemoration, .displacement]

    /// `dense` puts every year and month on one month, so day points a few days apart (the date
    /// tolerance) and day windows that cross a month's end are common.
    static func date(_ rng: inout Seeded, dense: Bool = false) -> DateSpan? {
        let y = dense ? 2003 : 2003 + Int.random(in: 0...1, using: &rng)
        let m = dense ? 5 + Int.random(in: 0...1, using: &rng) : Int.random(in: 1...12, using: &rng)
        let d = dense ? [1, 2, 4, 27, 29, 30, 31][Int.random(in: 0..<7, using: &rng)] : Int.random(in: 1...28, using: &rng)
        switch Int.random(in: 0..<9, using: &rng) {
        case 0, 1, 2: return nil
        case 3, 4: return day(y, m, d)
        case 5: return DateSpan(start: PartialDate(year: y, month: m))
        case 6: return year(y)
        case 7: return day(nil, m, d)
        default: return DateSpan(start: PartialDate(year: y, month: m, day: d), end: PartialDate(year: y, month: min(12, m + 1), day: d))
        }
    }

    static func corpus(seed: UInt64, documents: Int, dense: Bool = false) -> [DocumentBuilder] {
        var rng = Seeded(state: seed)
        return (0..<documents).map { i in
            var doc = DocumentBuilder("report-\(i).txt", dct: PartialDate(year: 2004, month: 6, day: 1))
            for k in 0..<Int.random(in: 1...4, using: &rng) {
                let s = doc.sentence("Sentence \(k) of report \(i) on the fighting near the river.")
                var figures: [Int] = []
                if Int.random(in: 0..<3, using: &rng) == 0 {
                    let n = [0, 2, 7, 30, 45, 300, 2_900][Int.random(in: 0..<7, using: &rng)]
                    figures.append(doc.figure(.killed, .all, Quantity(exactly: n), in: s))
                }
                var chosen: [String] = []
                for _ in 0..<Int.random(in: 0...2, using: &rng) { chosen.append(Self.places.randomElement(using: &rng)!) }
                let named = Int.random(in: 0..<5, using: &rng) == 0 ? [Self.names.randomElement(using: &rng)!] : []
                let type = Self.types.randomElement(using: &rng)!
                doc.event(type, "fighting", in: s, date: date(&rng, dense: dense), places: chosen, names: named, figures: figures)
            }
            return doc
        }
    }

    @Test("Merging through the index equals merging by comparing every pair", arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func indexEqualsExhaustive(seed: UInt64) {
        let docs = Self.corpus(seed: seed, documents: 120)
        let aggregator = Aggregator()
        let indexed = aggregator.aggregate(docs.map(\.extraction), metadata: docs.map(\.metadata), exhaustive: false)
        let exhaustive = aggregator.aggregate(docs.map(\.extraction), metadata: docs.map(\.metadata), exhaustive: true)
        #expect(indexed == exhaustive)
        // The corpus does exercise merging: some events have several sources, not every mention merged.
        #expect(indexed.events.contains { $0.sources.count > 1 })
        #expect(indexed.events.count > 20)
    }

    @Test("Day points a few days apart, across a month's end, merge as comparing every pair merges them",
          arguments: [UInt64(11), 12, 13, 14])
    func denseDaysEqualExhaustive(seed: UInt64) {
        let docs = Self.corpus(seed: seed, documents: 120, dense: true)
        let aggregator = Aggregator()
        let indexed = aggregator.aggregate(docs.map(\.extraction), metadata: docs.map(\.metadata), exhaustive: false)
        let exhaustive = aggregator.aggregate(docs.map(\.extraction), metadata: docs.map(\.metadata), exhaustive: true)
        #expect(indexed == exhaustive)
        // Some event has sources whose days differ: the tolerance branch was taken.
        #expect(indexed.events.contains { !$0.dateConflict.isEmpty })
    }

    @Test("An undated commemoration never merges, so it has no candidate; a dated one may")
    func commemorationsNeedDates() {
        var index = ClusterIndex()
        var dated = EventCluster(type: .commemoration)
        dated.places = ["Ostrel"]
        dated.dates = [DatedClaim(date: day(2010, 4, 2), sources: [])]
        index.add(0, dated)
        var undated = EventCluster(type: .commemoration)
        undated.places = ["Ostrel"]
        #expect(index.candidates(for: undated).isEmpty)
        #expect(index.candidates(for: dated) == [0])
    }

    @Test("A keyed cluster's candidates share a matching name: a variant spelling is found, another place is not")
    func candidatesShareAName() {
        var index = ClusterIndex()
        var first = EventCluster(type: .attack)
        first.places = ["Dunholt"]
        index.add(0, first)
        var second = EventCluster(type: .attack)
        second.places = ["Harrowgate"]
        index.add(1, second)
        var probe = EventCluster(type: .attack)
        probe.places = ["Dunholtt"]
        #expect(index.candidates(for: probe) == [0])
        // A name gained while merging is filed too.
        first.names = ["Operation Tidewall"]
        index.update(0, first)
        var named = EventCluster(type: .attack)
        named.names = ["operation tidewal"]
        #expect(index.candidates(for: named) == [0])
    }

    @Test("Name keys find exactly the names NameMatcher matches")
    func nameKeysMatchTheMatcher() {
        let matcher = NameMatcher()
        var keys = NameKeys(matcher: matcher)
        let all = (Self.places + Self.names + ["", "—"]).map(FoldedName.init)
        let ids = all.map { keys.id($0) }
        for (i, a) in all.enumerated() {
            let expected = Set(all.indices.filter { matcher.matches(a, all[$0]) }.map { ids[$0] })
            #expect(Set(keys.neighbours[ids[i]]) == expected, "\(a.folded)")
        }
    }

    /// Dates over several years, so that clusters of one name fall in many months and the
    /// (name, month) buckets, the unfiled lists and the undated lazy search all come into play.
    static func spreadDate(_ rng: inout Seeded) -> DateSpan? {
        let y = 2001 + Int.random(in: 0...2, using: &rng)
        let m = Int.random(in: 1...12, using: &rng)
        // Days near the turn of a month, where dates a few days apart fall in neighbouring months.
        let d = [1, 2, 3, 15, 26, 27, 28].randomElement(using: &rng)!
        switch Int.random(in: 0..<10, using: &rng) {
        case 0, 1: return nil
        case 2, 3, 4: return day(y, m, d)
        case 5: return DateSpan(start: PartialDate(year: y, month: m))
        case 6: return year(y)
        case 7: return day(nil, m, d)
        case 8: return DateSpan(start: PartialDate(year: 1900 + Int.random(in: 0...50, using: &rng)), end: PartialDate(year: y))
        default: return DateSpan(start: PartialDate(year: y, month: m, day: d), end: PartialDate(year: y, month: min(12, m + 2), day: d))
        }
    }

    @Test("Merging through the month-bucketed index equals exhaustive merging over years of coverage",
          arguments: [UInt64(11), 12, 13, 14])
    func bucketedIndexEqualsExhaustive(seed: UInt64) {
        var rng = Seeded(state: seed)
        let docs: [DocumentBuilder] = (0..<110).map { i in
            var doc = DocumentBuilder("dispatch-\(i).txt", dct: PartialDate(year: 2006, month: 1, day: 1))
            for k in 0..<Int.random(in: 1...3, using: &rng) {
                let s = doc.sentence("Dispatch \(i), item \(k), on the shelling of the district.")
                var figures: [Int] = []
                if Int.random(in: 0..<4, using: &rng) == 0 {
                    figures.append(doc.figure(.killed, .all, Quantity(exactly: [1, 4, 12, 80, 900][Int.random(in: 0..<5, using: &rng)]), in: s))
                }
                var chosen: [String] = []
                for _ in 0..<Int.random(in: 0...2, using: &rng) { chosen.append(Self.places.prefix(6).randomElement(using: &rng)!) }
                let type = Self.types.prefix(2).randomElement(using: &rng)!
                doc.event(type, "shelling", in: s, date: Self.spreadDate(&rng), places: chosen, names: [], figures: figures)
            }
            return doc
        }
        let aggregator = Aggregator()
        let indexed = aggregator.aggregate(docs.map(\.extraction), metadata: docs.map(\.metadata), exhaustive: false)
        let exhaustive = aggregator.aggregate(docs.map(\.extraction), metadata: docs.map(\.metadata), exhaustive: true)
        #expect(indexed == exhaustive)
        #expect(indexed.events.contains { $0.sources.count > 2 })
    }

    @Test("The lazy merge of ascending lists yields their sorted union, each number once")
    func sortedMergeIsTheUnion() {
        var rng = Seeded(state: 99)
        for _ in 0..<200 {
            let lists: [[Int]] = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
                var list: [Int] = []
                for _ in 0..<Int.random(in: 0...12, using: &rng) { list.insertAscending(Int.random(in: 0..<40, using: &rng)) }
                return list
            }
            for list in lists { #expect(list == Array(Set(list)).sorted()) }
            var merge = SortedIDMerge(lists)
            var out: [Int] = []
            while let n = merge.next() { out.append(n) }
            #expect(out == Array(Set(lists.flatMap { $0 })).sorted())
        }
    }

    @Test("Name keys' blocking finds exactly the pairs comparing every pair finds", arguments: [0.25, 0.34, 0.5, 0.8])
    func nameKeysBlockingIsExact(ratio: Double) {
        var rng = Seeded(state: 7)
        let letters = Array("aeioubdklmnrstvz")
        var written: [String] = Self.places + Self.names + ["", "ab", "abc", "abcd", "x y", "x y z", "y x"]
        for _ in 0..<150 {
            var words: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                words.append(String((0..<Int.random(in: 1...9, using: &rng)).map { _ in letters.randomElement(using: &rng)! }))
            }
            written.append(words.joined(separator: " "))
            // A near spelling and a longer name containing it, so that every rule has matches.
            var variant = Array(written.last!)
            variant[Int.random(in: 0..<variant.count, using: &rng)] = letters.randomElement(using: &rng)!
            written.append(String(variant))
            if Int.random(in: 0..<4, using: &rng) == 0 { written.append(written.last! + " basin") }
        }
        written.append((1...12).map { "w\($0)" }.joined(separator: " "))
        written.append("w3 w7")
        let matcher = NameMatcher(maximumDistanceRatio: ratio)
        var keys = NameKeys(matcher: matcher)
        let all = written.map(FoldedName.init)
        let ids = all.map { keys.id($0) }
        for (i, a) in all.enumerated() {
            let expected = Set(all.indices.filter { matcher.matches(a, all[$0]) }.map { ids[$0] })
            #expect(Set(keys.neighbours[ids[i]]) == expected, "\(a.folded)")
            #expect(keys.neighbours[ids[i]] == keys.neighbours[ids[i]].sorted())
        }
    }
}
