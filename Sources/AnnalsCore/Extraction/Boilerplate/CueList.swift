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
    /// The three indexes as byte-hashed tables (`WordTable`), for the lookups per word of a line.
    private var anywhereTable = WordTable<[Int]>()
    private var startTable = WordTable<[Int]>()
    private var endTable = WordTable<[Int]>()

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
            switch anchor {
            case .anywhere where words[0] != "*": anywhereByFirstWord[words[0], default: []].append(index)
            case .start where words[0] != "*", .whole where words[0] != "*": startByFirstWord[words[0], default: []].append(index)
            case .end where words[words.count - 1] != "*": endByLastWord[words[words.count - 1], default: []].append(index)
            default: unindexed.append(index)
            }
        }
        anywhereTable = WordTable(anywhereByFirstWord)
        startTable = WordTable(startByFirstWord)
        endTable = WordTable(endByLastWord)
    }

    /// Loads `english/boilerplate/<name>`; a missing file gives an empty list (the cleaner then
    /// simply finds nothing of that kind).
    public static func resource(_ relativePath: String) -> CueList {
        CueList(entries: (try? ResourceFile.pairs(relativePath)) ?? [])
    }

    /// Words of a phrase, normalised like `TextLine.words`.
    public static func normalise(_ phrase: String) -> [String] {
        phrase.split(whereSeparator: { $0 == " " || $0 == "\t" }).flatMap { token -> [String] in
            if token == "*" { return ["*"] }
            let scalars = Array(token.unicodeScalars)
            return TextLine(scalars, 0, scalars.count).words
        }
    }

    /// All cues that match `words`, earliest position first. With `includeAnywhere` false only
    /// anchored cues (`^`, `$`, `=`) are tried: a caller that would discard unanchored matches on
    /// this line skips the per-word lookups, which are most of the cost on long paragraphs.
    public func matches(_ words: [String], includeAnywhere: Bool = true) -> [Match] {
        var found: [Match] = []
        guard let first = words.first, let last = words.last else { return found }
        for group in [unindexed, startTable[first] ?? [], endTable[last] ?? []] where !group.isEmpty {
          for index in group {
            let cue = cues[index]
            if let limit = cue.maxWords, words.count > limit { continue }
            switch cue.anchor {
            case .start: if Self.equal(cue.words, words, at: 0) { found.append(Match(cue: cue, position: 0)) }
            case .end:
                let p = words.count - cue.words.count
                if p >= 0 && Self.equal(cue.words, words, at: p) { found.append(Match(cue: cue, position: p)) }
            case .whole:
                if words.count == cue.words.count && Self.equal(cue.words, words, at: 0) { found.append(Match(cue: cue, position: 0)) }
            case .anywhere:
                for p in 0..<max(0, words.count - cue.words.count + 1) where Self.equal(cue.words, words, at: p) {
                    found.append(Match(cue: cue, position: p)); break
                }
            }
          }
        }
        guard includeAnywhere else { return found.count > 1 ? found.sorted { $0.position < $1.position } : found }
        var seen = Set<Int>()
        for (p, word) in words.enumerated() {
            guard let candidates = anywhereTable[word] else { continue }
            for index in candidates where !seen.contains(index) {
                let cue = cues[index]
                if let limit = cue.maxWords, words.count > limit { continue }
                if Self.equal(cue.words, words, at: p) { found.append(Match(cue: cue, position: p)); seen.insert(index) }
            }
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

    private static func equal(_ cue: [String], _ words: [String], at p: Int) -> Bool {
        guard p >= 0, p + cue.count <= words.count else { return false }
        for k in 0..<cue.count where cue[k] != "*" && cue[k] != words[p + k] { return false }
        return true
    }
}
