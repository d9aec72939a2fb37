/// Every distinct folded name (place or event name) merging has met, numbered, with the names each
/// one matches, so that "which events share a name with this cluster" is a lookup, not a scan.
///
/// `NameMatcher.matches` is fuzzy (edit distance, word containment), so equal folded strings are
/// not enough. A new name is tested only against the earlier names that could match it, found by
/// an exact blocking of each way `matches` can succeed:
/// - equal folded strings share a number already;
/// - one word set strictly inside the other: the earlier names whose word set is a proper subset
///   of the new one's (looked up by each proper subset of its words), and those holding all of its
///   words (read from the list of its rarest word);
/// - edit distance d ≤ ratio × L (L the longer length, at least 4): by the q-gram lemma the two
///   share at least L − 1 − 2d character pairs (bigrams, counted with repeats), so an earlier name
///   shares at least one of the new name's (B − T + 1) rarest bigram occurrences, for its B
///   bigrams and T the least such bound over the lengths that could match.
/// Where a bound gives no filter (a ratio so large that T ≤ 0, names with very many words), the
/// new name is compared with every earlier one, as before. Every candidate is then tested with
/// `matches` itself, so the neighbours are exactly those of comparing every pair.
/// Complexity: per new name, the postings of a few rare bigrams and words — near-linear in the
/// distinct names u for ordinary names, instead of O(u²) comparisons.
struct NameKeys {
    let matcher: NameMatcher
    private var ids: [String: Int] = [:]
    private var names: [FoldedName] = []
    /// For each name, the names it matches (itself included unless it folds to nothing), ascending.
    private(set) var neighbours: [[Int]] = []
    private var byBigram: [Bigram: [Int]] = [:]
    private var byWord: [Substring: [Int]] = [:]
    /// Names by their whole word set (sorted words joined by a space).
    private var byWordSet: [String: [Int]] = [:]
    /// Names with more words than `subsetWordLimit`: their subsets are not enumerated, so they are
    /// looked at by every new name.
    private var manyWorded: [Int] = []
    static let subsetWordLimit = 10

    init(matcher: NameMatcher) { self.matcher = matcher }

    struct Bigram: Hashable {
        var first: Character
        var second: Character
    }

    /// The number of `name`, numbering it (and finding its matches) when it is new.
    mutating func id(_ name: FoldedName) -> Int {
        if let id = ids[name.folded] { return id }
        let id = names.count
        var own: [Int] = []
        for j in candidates(for: name).sorted() where matcher.matches(names[j], name) {
            neighbours[j].append(id)
            own.append(j)
        }
        if matcher.matches(name, name) { own.append(id) }
        ids[name.folded] = id
        names.append(name)
        neighbours.append(own)
        file(name, as: id)
        return id
    }

    /// The earlier names that could match `name` (a superset of those that do).
    private func candidates(for name: FoldedName) -> Set<Int> {
        if name.folded.isEmpty { return [] }
        guard let pairs = editCandidates(name) else { return Set(names.indices) }
        var found = pairs
        let words = name.words
        // Names holding every word of this one (and more): all are in the list of its rarest word.
        if let rarest = words.min(by: { (byWord[$0]?.count ?? 0) < (byWord[$1]?.count ?? 0) }) {
            found.formUnion(byWord[rarest] ?? [])
        }
        // Names whose words are a proper subset of this one's.
        if words.count > Self.subsetWordLimit {
            found.formUnion(names.indices)
        } else {
            let sorted = words.sorted()
            for mask in 1..<((1 << sorted.count) - 1) {
                let subset = sorted.indices.filter { mask & (1 << $0) != 0 }.map { sorted[$0] }
                found.formUnion(byWordSet[subset.joined(separator: " ")] ?? [])
            }
            found.formUnion(manyWorded)
        }
        return found
    }

    /// The earlier names sharing one of `name`'s rarest bigram occurrences (see the type's note),
    /// or nil when the bound does not filter and every name must be compared.
    private func editCandidates(_ name: FoldedName) -> Set<Int>? {
        let length = name.characters.count
        guard let least = leastCommonBigrams(length) else { return [] }
        guard least > 0 else { return nil }
        let pairs = Self.bigrams(name.characters)
        // Any (B − T + 1) occurrences of its B bigrams include one the other name shares.
        let needed = pairs.count - least + 1
        guard needed > 0 else { return [] }
        let rarest = pairs.sorted { (byBigram[$0]?.count ?? 0) < (byBigram[$1]?.count ?? 0) }.prefix(needed)
        var found = Set<Int>()
        for pair in Set(rarest) { found.formUnion(byBigram[pair] ?? []) }
        return found
    }

    /// The least number of bigrams a name of `length` characters shares with any name it matches
    /// by edit distance, over every length the matcher's length test lets through; nil when no
    /// length can match by edit distance (then no name needs looking at for it).
    private func leastCommonBigrams(_ length: Int) -> Int? {
        let ratio = matcher.maximumDistanceRatio
        guard ratio < 1 else { return 0 }
        // Longer names than this fail the matcher's length test (diff / longest > ratio).
        let longestOther = Int((Double(length) / (1 - ratio)).rounded(.up)) + 1
        var least: Int?
        for other in 0...max(length, longestOther) {
            let longest = max(length, other)
            guard longest >= 4, Double(abs(length - other)) / Double(longest) <= ratio else { continue }
            var d = 0
            while d < longest, Double(d + 1) / Double(longest) <= ratio { d += 1 }
            let bound = longest - 1 - 2 * d
            least = min(least ?? bound, bound)
        }
        return least
    }

    private mutating func file(_ name: FoldedName, as id: Int) {
        guard !name.folded.isEmpty else { return }
        for pair in Set(Self.bigrams(name.characters)) { byBigram[pair, default: []].append(id) }
        for word in name.words { byWord[word, default: []].append(id) }
        if name.words.count > Self.subsetWordLimit {
            manyWorded.append(id)
        } else {
            byWordSet[name.words.sorted().joined(separator: " "), default: []].append(id)
        }
    }

    static func bigrams(_ characters: [Character]) -> [Bigram] {
        guard characters.count > 1 else { return [] }
        return (1..<characters.count).map { Bigram(first: characters[$0 - 1], second: characters[$0]) }
    }
}
