/// A list of cue phrases read from a resource file, matched word by word against `TextLine.words`.
///
/// Entry syntax (one a line, `#` comments):
///
///     phrase            the line contains the phrase (as whole words)
///     ^ phrase          the line starts with the phrase
///     $ phrase          the line ends with the phrase
///     = phrase          the line is exactly the phrase
///     <entry> => N      only on lines of at most N words
///
/// Phrases are normalised like lines (lower case, digits → `#`, punctuation dropped); the word `*`
/// matches any one word. Lookup of `contains` entries is indexed by first word, so a line is checked
/// in O(words × entries sharing a first word) rather than against the whole list.
public struct CueList: Sendable {
    public enum Anchor: Sendable, Hashable { case anywhere, start, end, whole }

    public struct Cue: Sendable, Hashable {
        public var anchor: Anchor
        public var words: [String]
        public var maxWords: Int?
        /// The entry as written, for explanations.
        public var source: String
    }

    public struct Match: Sendable, Hashable {
        public var cue: Cue
        /// Word index where the cue starts in the line.
        public var position: Int
    }

    public private(set) var cues: [Cue] = []
    private var anywhereByFirstWord: [String: [Int]] = [:]
    /// Anchored cues indexed by the word they must have at the anchor; cues starting (or, for `$`,
    /// ending) with `*` go to `unindexed`.
    private var startByFirstWord: [String: [Int]] = [:]
    private var endByLastWord: [String: [Int]] = [:]
    private var unindexed: [Int] = []
    /// Each cue's words as `CueWord`s, by cue index.
    private var normalisedWords: [[CueWord]] = []
    /// The three indexes as byte-hashed tables (`WordTable`), for the lookups per word of a line.
    private var anywhereTable = WordTable<[Int]>()
    private var startTable = WordTable<[Int]>()
    private var endTable = WordTable<[Int]>()
    /// The unanchored cues' first words by length and first byte, asked before `anywhereTable`
    /// at every word of a line.
    private var anywhereFilter = WordFilter([String]())

    public init(entries: [(key: String, value: String)]) {
        for (key, value) in entries {
            var text = Substring(key)
            var anchor = Anchor.anywhere
            if let first = text.first, "^$=".contains(first), text.dropFirst().first == " " {
                anchor = first == "^" ? .start : first == "$" ? .end : .whole
                text = text.dropFirst(2)
            }
            let words = Self.normalise(String(text))
            guard !words.isEmpty else { continue }
            let limit = value == key ? nil : Int(value)
            let cue = Cue(anchor: anchor, words: words, maxWords: limit, source: key)
            let index = cues.count
            cues.append(cue)
            normalisedWords.append(words.map(CueWord.init))
            switch anchor {
            case .anywhere where words[0] != "*": anywhereByFirstWord[words[0], default: []].append(index)
            case .start where words[0] != "*", .whole where words[0] != "*": startByFirstWord[words[0], default: []].append(index)
            case .end where words[words.count - 1] != "*": endByLastWord[words[words.count - 1], default: []].append(index)
            default: unindexed.append(index)
            }
        }
        anywhereTable = WordTable(anywhereByFirstWord)
        anywhereFilter = WordFilter(anywhereByFirstWord.keys)
        startTable = WordTable(startByFirstWord)
        endTable = WordTable(endByLastWord)
    }

    /// Loads `english/boilerplate/<name>`; a missing file gives an empty list (the cleaner then
    /// simply finds nothing of that kind).
    public static func resource(_ relativePath: String) -> CueList {
        CueList(entries: (try? ResourceFile.pairs(relativePath)) ?? [])
    }

    /// Words of a phrase, normalised like `TextLine.words`.
    ///
    /// A phrase without `*` is read as one line: spaces and tabs separate words in a line as they
    /// do between tokens (the line's word state starts afresh after each), so the words are the
    /// same, from one `TextLine` instead of one per token (the cleaner normalises every headline).
    public static func normalise(_ phrase: String) -> [String] {
        if !phrase.unicodeScalars.contains("*") {
            let scalars = ScalarText.scalars(of: phrase)
            return TextLine(scalars, 0, scalars.count).words
        }
        return phrase.split(whereSeparator: { $0 == " " || $0 == "\t" }).flatMap { token -> [String] in
            if token == "*" { return ["*"] }
            let scalars = Array(token.unicodeScalars)
            return TextLine(scalars, 0, scalars.count).words
        }
    }

    /// All cues that match `words`, earliest position first. With `includeAnywhere` false only
    /// anchored cues (`^`, `$`, `=`) are tried: a caller that would discard unanchored matches on
    /// this line skips the per-word lookups, which are most of the cost on long paragraphs.
    public func matches(_ words: [String], includeAnywhere: Bool = true) -> [Match] {
        matches(StringWords(words: words), includeAnywhere: includeAnywhere)
    }

    /// The same for a line's words, looked up and compared by their bytes (no String per word).
    public func matches(_ line: TextLine, includeAnywhere: Bool = true) -> [Match] {
        matches(LineWords(line: line), includeAnywhere: includeAnywhere)
    }

    /// The same, the unanchored cues tried only at the words `hits` gives with `bit`: the words of
    /// the line `LineVocabulary` found to be a first word of one of this list's unanchored cues
    /// (the vocabulary's lookup of every word, made once a line, spares this list its own).
    /// Same matches as `matches(line, includeAnywhere:)` when `hits` are `LineVocabulary`'s for
    /// the line and this list's words are entered under `bit`.
    func matches(_ line: TextLine, includeAnywhere: Bool, hits: [LineVocabulary.Hit], bit: LineVocabulary.Lists) -> [Match] {
        matches(LineWords(line: line), includeAnywhere: includeAnywhere, hits: hits, bit: bit)
    }

    private func matches<W: MatchableWords>(_ words: W, includeAnywhere: Bool,
                                            hits: [LineVocabulary.Hit]? = nil, bit: LineVocabulary.Lists = []) -> [Match] {
        var found: [Match] = []
        let count = words.count
        guard count > 0 else { return found }
        func tryGroup(_ group: [Int]) {
          for index in group {
            let cue = cues[index]
            if let limit = cue.maxWords, count > limit { continue }
            let cueWords = normalisedWords[index]
            switch cue.anchor {
            case .start: if Self.equal(cueWords, words, at: 0) { found.append(Match(cue: cue, position: 0)) }
            case .end:
                let p = count - cueWords.count
                if p >= 0 && Self.equal(cueWords, words, at: p) { found.append(Match(cue: cue, position: p)) }
            case .whole:
                if count == cueWords.count && Self.equal(cueWords, words, at: 0) { found.append(Match(cue: cue, position: 0)) }
            case .anywhere:
                for p in 0..<max(0, count - cueWords.count + 1) where Self.equal(cueWords, words, at: p) {
                    found.append(Match(cue: cue, position: p)); break
                }
            }
          }
        }
        if !unindexed.isEmpty { tryGroup(unindexed) }
        if let group = words.lookup(startTable, 0) { tryGroup(group) }
        if let group = words.lookup(endTable, count - 1) { tryGroup(group) }
        guard includeAnywhere else { return found.count > 1 ? found.sorted { $0.position < $1.position } : found }
        var seen: Set<Int> = []
        func tryAt(_ p: Int) {
            guard words.mayBe(anywhereFilter, p), let candidates = words.lookup(anywhereTable, p) else { return }
            for index in candidates where !seen.contains(index) {
                let cue = cues[index]
                if let limit = cue.maxWords, count > limit { continue }
                if Self.equal(normalisedWords[index], words, at: p) { found.append(Match(cue: cue, position: p)); seen.insert(index) }
            }
        }
        if let hits {
            // In word order, as the loop over every word below.
            for hit in hits where hit.lists.contains(bit) { tryAt(Int(hit.position)) }
        } else {
            for p in 0..<count { tryAt(p) }
        }
        return found.count > 1 ? found.sorted { $0.position < $1.position } : found
    }

    public func firstMatch(_ words: [String]) -> Match? { matches(words).first }

    /// The first words of the unanchored cues: a line holding none of them can match only anchored cues.
    public var anywhereFirstWords: Dictionary<String, [Int]>.Keys { anywhereByFirstWord.keys }
    /// The words `^` and `=` cues start with and `$` cues end with: a line that starts and ends
    /// with none of them matches no anchored cue, unless `hasUnindexedCues`.
    public var anchoredFirstWords: Dictionary<String, [Int]>.Keys { startByFirstWord.keys }
    public var anchoredLastWords: Dictionary<String, [Int]>.Keys { endByLastWord.keys }
    /// Cues tried on every line (an anchored cue starting, or a `$` cue ending, with `*`).
    public var hasUnindexedCues: Bool { !unindexed.isEmpty }

    private static func equal<W: MatchableWords>(_ cue: [CueWord], _ words: W, at p: Int) -> Bool {
        guard p >= 0, p + cue.count <= words.count else { return false }
        for k in 0..<cue.count where !cue[k].isWildcard && !words.equals(p + k, cue[k]) { return false }
        return true
    }
}

/// The words a cue list is matched against: a line's (by bytes) or plain Strings.
private protocol MatchableWords {
    var count: Int { get }
    func lookup<V>(_ table: WordTable<V>, _ k: Int) -> V?
    func equals(_ k: Int, _ cue: CueWord) -> Bool
    /// False only when word `k` is none of the words `filter` was made from.
    func mayBe(_ filter: WordFilter, _ k: Int) -> Bool
}

private struct StringWords: MatchableWords {
    let words: [String]
    var count: Int { words.count }
    func lookup<V>(_ table: WordTable<V>, _ k: Int) -> V? { table[words[k]] }
    func equals(_ k: Int, _ cue: CueWord) -> Bool { words[k] == cue.text }
    func mayBe(_ filter: WordFilter, _ k: Int) -> Bool { true }
}

private struct LineWords: MatchableWords {
    let line: TextLine
    var count: Int { line.wordCount }
    func lookup<V>(_ table: WordTable<V>, _ k: Int) -> V? { line.lookup(table, k) }
    func equals(_ k: Int, _ cue: CueWord) -> Bool { line.wordEquals(k, cue) }
    func mayBe(_ filter: WordFilter, _ k: Int) -> Bool { line.passes(filter, k) }
}
