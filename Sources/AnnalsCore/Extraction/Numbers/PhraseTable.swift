/// A table of word sequences ("at least", "tens of thousands", "lost their lives") mapped to values,
/// matched against lower-cased tokens. Built once from a resource list; lookups are dictionary hits
/// keyed by the first (or last) word, so matching at a position costs O(phrases sharing that word).
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable { var words: [String]; var value: Value }
    private var byFirst: [String: [Entry]] = [:]
    private var byLast: [String: [Entry]] = [:]
    /// Bit `shape(word)` set for every first (last) word: most tokens are rejected by one bit test
    /// before the word is hashed for the dictionary lookup.
    private var firstShapes = [UInt64](repeating: 0, count: Self.shapeWords)
    private var lastShapes = [UInt64](repeating: 0, count: Self.shapeWords)
    private static var shapeWords: Int { 32 * 256 / 64 }

    init() {}

    init(_ pairs: [(key: String, value: Value)]) {
        for (key, value) in pairs { insert(key, value) }
    }

    /// Adds a phrase; words are split on spaces and lower-cased. Longer phrases win at match time.
    mutating func insert(_ phrase: String, _ value: Value) {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first, let last = words.last else { return }
        let entry = Entry(words: words, value: value)
        Self.set(&firstShapes, Self.shape(first))
        Self.set(&lastShapes, Self.shape(last))
        byFirst[first, default: []].append(entry)
        byFirst[first]!.sort { $0.words.count > $1.words.count }
        byLast[last, default: []].append(entry)
        byLast[last]!.sort { $0.words.count > $1.words.count }
    }

    /// The longest phrase starting at token `i`: its value and the number of tokens it covers.
    func match(_ tokens: [Token], at i: Int) -> (value: Value, length: Int)? {
        guard i >= 0, i < tokens.count, Self.has(firstShapes, Self.shape(tokens[i].lower)),
              let candidates = byFirst[tokens[i].lower] else { return nil }
        for entry in candidates where i + entry.words.count <= tokens.count {
            var ok = true
            for (k, w) in entry.words.enumerated() where tokens[i + k].lower != w { ok = false; break }
            if ok { return (entry.value, entry.words.count) }
        }
        return nil
    }

    /// The longest phrase ending at token `i` (inclusive): its value and the number of tokens it covers.
    func match(_ tokens: [Token], endingAt i: Int) -> (value: Value, length: Int)? {
        guard i >= 0, i < tokens.count, Self.has(lastShapes, Self.shape(tokens[i].lower)),
              let candidates = byLast[tokens[i].lower] else { return nil }
        for entry in candidates where i - entry.words.count + 1 >= 0 {
            let begin = i - entry.words.count + 1
            var ok = true
            for (k, w) in entry.words.enumerated() where tokens[begin + k].lower != w { ok = false; break }
            if ok { return (entry.value, entry.words.count) }
        }
        return nil
    }

    /// A word's length (capped at 31) and first byte, as a bit index: O(1) on a native string.
    @inline(__always) private static func shape(_ word: String) -> Int {
        let utf8 = word.utf8
        return min(utf8.count, 31) << 8 | Int(utf8.first ?? 0)
    }

    @inline(__always) private static func has(_ bits: [UInt64], _ shape: Int) -> Bool {
        bits[shape >> 6] & (1 << UInt64(shape & 63)) != 0
    }

    private static func set(_ bits: inout [UInt64], _ shape: Int) {
        bits[shape >> 6] |= 1 << UInt64(shape & 63)
    }

    /// Every word a phrase of the table starts with.
    var firstWords: [String] { Array(byFirst.keys) }

    /// Whether a single word is a one-word phrase of the table.
    func contains(word: String) -> Bool {
        byFirst[word]?.contains { $0.words.count == 1 } ?? false
    }

    func value(ofWord word: String) -> Value? {
        byFirst[word]?.first { $0.words.count == 1 }?.value
    }
}
