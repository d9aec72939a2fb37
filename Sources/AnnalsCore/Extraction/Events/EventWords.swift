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
    @inline(__always)
    func startsTrigger(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard let first = utf8.first else { return false }
        let ascii = utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } } ?? false
        guard triggerFilter.mayContain(first: first, count: utf8.count, ascii: ascii) else { return false }
        return triggerFirstWords.contains(word)
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
struct TokenMask {
    private var bits: [Bool]

    init(count: Int) { bits = [Bool](repeating: false, count: count) }

    init<S: Sequence>(count: Int, _ indices: S) where S.Element == Int {
        self.init(count: count)
        for i in indices { insert(i) }
    }

    @inline(__always)
    func contains(_ i: Int) -> Bool { i >= 0 && i < bits.count && bits[i] }

    /// Enters `i`; an index outside the sentence is ignored (none is ever asked for).
    mutating func insert(_ i: Int) { if i >= 0 && i < bits.count { bits[i] = true } }

    /// The indices in either mask (masks of one sentence).
    func union(_ other: TokenMask) -> TokenMask {
        var result = self
        for i in other.bits.indices where other.bits[i] { result.insert(i) }
        return result
    }
}
