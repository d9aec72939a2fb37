/// Every word that can matter to the boilerplate rules anywhere in a line, with the lists it
/// matters to: the first words of each list's unanchored cues, the reader-address words and the
/// speech markers.
///
/// Why: the cleaner asked each list in turn whether a cue starts at each word of a line, and the
/// reader-address and speech sets whether they hold it — about ten String hashes per word of
/// every news paragraph, for lines that almost never match. One lookup per word gives the lists
/// worth asking (`Lists`); the answers are the same. Complexity: O(words) per line.
struct LineVocabulary: Sendable {
    /// A set of the lists (and word sets) a line's words can match. A list's bit shifted by
    /// `anchoredShift` says its anchored cues can match (the line's first or last word is one
    /// they are indexed by, or the list has cues tried on every line).
    struct Lists: OptionSet, Sendable {
        let rawValue: UInt32
        static let anchoredShift: UInt32 = 16
        static let captions = Lists(rawValue: 1 << 0)
        static let paywall = Lists(rawValue: 1 << 1)
        static let registration = Lists(rawValue: 1 << 2)
        static let newsletter = Lists(rawValue: 1 << 3)
        static let navigation = Lists(rawValue: 1 << 4)
        static let bylines = Lists(rawValue: 1 << 5)
        static let donation = Lists(rawValue: 1 << 6)
        static let appealMarkers = Lists(rawValue: 1 << 7)
        /// A word of `reader-address.txt`: the line addresses the reader.
        static let readerAddress = Lists(rawValue: 1 << 8)
        /// A word of `speech-markers.txt`.
        static let speechMarker = Lists(rawValue: 1 << 9)

        /// Reported speech: a quotation mark and a speech marker ("said", "told").
        func isSpeech(_ line: TextLine) -> Bool { line.hasQuotation && contains(.speechMarker) }

        /// The bit saying this list's anchored cues can match the line.
        var anchored: Lists { Lists(rawValue: rawValue << Lists.anchoredShift) }
    }

    /// A word of a line that matters to some list anywhere in a line (`table`), and the lists.
    struct Hit: Sendable {
        var position: Int32
        var lists: Lists
    }

    /// Byte-hashed (`WordTable`): these are looked up for every word of every line.
    private let table: WordTable<Lists>
    private let firstWords: WordTable<Lists>
    private let lastWords: WordTable<Lists>
    /// Lists with cues tried on every line, as anchored bits.
    private var everyLine: Lists = []
    /// The three tables' words by length and first byte: most words of a line are turned away
    /// without a lookup (`WordFilter`).
    private let tableFilter: WordFilter
    private let firstFilter: WordFilter
    private let lastFilter: WordFilter

    init(_ rules: BoilerplateRules) {
        var table: [String: Lists] = [:]
        var firstWords: [String: Lists] = [:]
        var lastWords: [String: Lists] = [:]
        func add<S: Sequence>(_ words: S, _ list: Lists) where S.Element == String {
            for word in words { table[word, default: []].formUnion(list) }
        }
        add(rules.captions.anywhereFirstWords, .captions)
        add(rules.paywall.anywhereFirstWords, .paywall)
        add(rules.registration.anywhereFirstWords, .registration)
        add(rules.newsletter.anywhereFirstWords, .newsletter)
        add(rules.navigation.anywhereFirstWords, .navigation)
        add(rules.bylines.anywhereFirstWords, .bylines)
        add(rules.donation.anywhereFirstWords, .donation)
        add(rules.appealMarkers.anywhereFirstWords, .appealMarkers)
        add(rules.readerAddress, .readerAddress)
        add(rules.speechMarkers, .speechMarker)
        let lists: [(CueList, Lists)] = [
            (rules.captions, .captions), (rules.paywall, .paywall), (rules.registration, .registration),
            (rules.newsletter, .newsletter), (rules.navigation, .navigation), (rules.bylines, .bylines),
            (rules.donation, .donation), (rules.appealMarkers, .appealMarkers),
        ]
        for (list, bit) in lists {
            for word in list.anchoredFirstWords { firstWords[word, default: []].formUnion(bit.anchored) }
            for word in list.anchoredLastWords { lastWords[word, default: []].formUnion(bit.anchored) }
            if list.hasUnindexedCues { everyLine.formUnion(bit.anchored) }
        }
        self.table = WordTable(table)
        self.firstWords = WordTable(firstWords)
        self.lastWords = WordTable(lastWords)
        tableFilter = WordFilter(table.keys)
        firstFilter = WordFilter(firstWords.keys)
        lastFilter = WordFilter(lastWords.keys)
    }

    /// The lists some word of the line matters to, and the lists whose anchored cues can match it.
    func bits(of words: [String]) -> Lists {
        var bits = everyLine
        for word in words { if let b = table[word] { bits.formUnion(b) } }
        if let first = words.first, let b = firstWords[first] { bits.formUnion(b) }
        if let last = words.last, let b = lastWords[last] { bits.formUnion(b) }
        return bits
    }

    /// The same for a line, its words looked up by their bytes.
    func bits(of line: TextLine) -> Lists {
        var hits: [Hit] = []
        return bits(of: line, hits: &hits)
    }

    /// The same, and the words found in `table` (in word order) appended to `hits`: the cue
    /// lists then try their unanchored cues at those words only (`CueList.matches(_:includeAnywhere:hits:bit:)`).
    func bits(of line: TextLine, hits: inout [Hit]) -> Lists {
        var bits = everyLine
        let count = line.wordCount
        guard count > 0 else { return bits }
        // `line.passes(tableFilter, k)` then the lookup, for each word, read through pointers.
        let ascii = line.keyIsASCII
        line.withKeyAndStarts { key, starts in
            tableFilter.withBits { filter in
                for k in 0..<count {
                    let s = Int(starts[k])
                    let e = k + 1 < count ? Int(starts[k + 1]) - 1 : key.count
                    if ascii && e > s && !filter.mayContainASCII(first: key[s], last: key[e - 1], count: e - s) { continue }
                    if let b = table[utf8: UnsafeBufferPointer(rebasing: key[s..<e])] {
                        bits.formUnion(b)
                        hits.append(Hit(position: Int32(k), lists: b))
                    }
                }
            }
        }
        if line.passes(firstFilter, 0), let b = line.lookup(firstWords, 0) { bits.formUnion(b) }
        if line.passes(lastFilter, count - 1), let b = line.lookup(lastWords, count - 1) { bits.formUnion(b) }
        return bits
    }
}
