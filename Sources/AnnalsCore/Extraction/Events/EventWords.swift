/// `EventLexicon`'s word lists as `WordSet`s (byte-hashed, canonical equivalence kept for words
/// beyond ASCII, as `Set<String>` has it), in one shared object.
///
/// Why: the event rules look a word up at every token of a sentence that names a happening and
/// at every word of every sentence for a trigger; a `Set<String>` hashes the whole `String`
/// with SipHash on each ask. A class, so that copying it (into `NameFinder`) retains one reference.
final class EventWords: Sendable {
    /// First words of trigger phrases (`none` phrases too: they must block shorter triggers).
    let triggerFirstWords: WordSet
    /// A length-and-first-byte filter over `triggerFirstWords`: rules out most words without hashing.
    let triggerFilter: WordFilter
    let prepositions: WordSet
    let placeNouns: WordSet
    let ofAfter: WordSet
    let organisationHeads: WordSet
    let notNames: WordSet
    let causePrepositions: WordSet
    let clauseVerbs: WordSet
    let reportingVerbs: WordSet
    let anchorWords: WordSet
    let demonyms: WordSet
    /// First words of war triggers ("war" in "the Korean War").
    let warFirstWords: WordSet

    init(triggers: [String: [(words: [String], type: EventType?)]], prepositions: Set<String>, placeNouns: Set<String>,
         ofAfter: Set<String>, organisationHeads: Set<String>, notNames: Set<String>, causePrepositions: Set<String>,
         clauseVerbs: Set<String>, reportingVerbs: Set<String>, anchorWords: Set<String>, demonyms: Set<String>) {
        triggerFirstWords = WordSet(triggers.keys)
        triggerFilter = WordFilter(triggers.keys)
        self.prepositions = WordSet(prepositions)
        self.placeNouns = WordSet(placeNouns)
        self.ofAfter = WordSet(ofAfter)
        self.organisationHeads = WordSet(organisationHeads)
        self.notNames = WordSet(notNames)
        self.causePrepositions = WordSet(causePrepositions)
        self.clauseVerbs = WordSet(clauseVerbs)
        self.reportingVerbs = WordSet(reportingVerbs)
        self.anchorWords = WordSet(anchorWords)
        self.demonyms = WordSet(demonyms)
        warFirstWords = WordSet(triggers.filter { $0.value.contains { $0.type == .war } }.keys)
    }

    /// Whether some trigger phrase starts with `word` (a token's `lower`). The filter first: O(1)
    /// for most words, then one byte hash; O(word length) for the ASCII check.
    ///
    /// The filter is asked first as if the word were ASCII; only a word it turns away is tested
    /// for bytes beyond ASCII (in at most two loads, `WordHash.isASCII`), which the table decides.
    /// Same answers as asking the filter with the word's exact ASCII flag.
    @inline(__always)
    func startsTrigger(_ word: String) -> Bool {
        mayStartTrigger(word) && triggerFirstWords.contains(word)
    }

    /// The pre-check alone: false only when no trigger phrase starts with `word` (then no table
    /// keyed by the trigger phrases' first words lists it either).
    @inline(__always)
    func mayStartTrigger(_ word: String) -> Bool {
        let filter = triggerFilter
        let mayBe = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first else { return false }
            return filter.mayContain(first: first, last: bytes[bytes.count - 1], count: bytes.count, ascii: true) || !WordHash.isASCII(bytes)
        } ?? true
        return mayBe && !word.isEmpty
    }
}

extension String {
    /// `hasSuffix(suffix)`, with a byte comparison first: a text whose UTF-8 does not end in the
    /// suffix's bytes cannot end in it (the suffixes asked for, such as "ed" and "'s", have no
    /// other canonically equivalent spelling), so only a byte match pays for `hasSuffix`.
    func endsWith(_ suffix: StaticString) -> Bool {
        let s = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        let bytes = utf8
        guard bytes.count >= s.count else { return false }
        var i = bytes.endIndex
        for k in s.indices.reversed() {
            i = bytes.index(before: i)
            if bytes[i] != s[k] { return false }
        }
        return hasSuffix(suffix.description)
    }
}

extension Token {
    /// `isCapitalized`, read from the first UTF-8 byte when it is ASCII (nearly every word):
    /// the same answer without decoding a scalar.
    var startsUpperCase: Bool {
        if let b = text.utf8.first, b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return isCapitalized
    }
}

/// A set of token indices of one sentence, as a bit per token: asked at every token, where a
/// `Set<Int>` hashes. An index outside the sentence is never in it, as with a `Set`.
///
/// Why a word inline: the event stage makes four masks for every sentence with a trigger, and a
/// `[Bool]` per mask cost an allocation (plus the runtime's generic array set-up, about 800
/// instructions) each; most sentences have at most 64 tokens and fit one `UInt64`. Longer
/// sentences keep further words in an array. O(1) a test or an insertion.
struct TokenMask {
    /// Tokens 0..<64.
    private var low: UInt64 = 0
    /// Tokens 64..<count, 64 to a word (empty for sentences of at most 64 tokens).
    private var high: [UInt64]
    private let count: Int

    init(count: Int) {
        self.count = max(0, count)
        high = self.count > 64 ? [UInt64](repeating: 0, count: (self.count - 64 + 63) / 64) : []
    }

    init<S: Sequence>(count: Int, _ indices: S) where S.Element == Int {
        self.init(count: count)
        for i in indices { insert(i) }
    }

    @inline(__always)
    func contains(_ i: Int) -> Bool {
        guard i >= 0 && i < count else { return false }
        if i < 64 { return low & (1 << UInt64(i)) != 0 }
        let k = i - 64
        return high[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Enters `i`; an index outside the sentence is ignored (none is ever asked for).
    @inline(__always)
    mutating func insert(_ i: Int) {
        guard i >= 0 && i < count else { return }
        if i < 64 { low |= 1 << UInt64(i); return }
        let k = i - 64
        high[k >> 6] |= 1 << UInt64(k & 63)
    }

    /// The indices in either mask (masks of one sentence; an index beyond this mask's sentence is
    /// ignored, as `insert` ignores it).
    func union(_ other: TokenMask) -> TokenMask {
        var result = self
        let limit = min(count, other.count)
        result.low |= other.low & (limit >= 64 ? ~0 : (1 << UInt64(limit)) &- 1)
        if limit > 64 {
            for i in 64..<limit where other.contains(i) { result.insert(i) }
        }
        return result
    }
}
