/// A table of word sequences ("at least", "tens of thousands", "lost their lives") mapped to values,
/// matched against lower-cased tokens. Built once from a resource list; lookups are `WordIndex`
/// hits (a byte hash, not a String's SipHash) keyed by the first (or last) word, so matching at a
/// position costs O(phrases sharing that word).
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable { var words: [String]; var value: Value }
    /// First (last) words → ids; `byFirst[id]` (`byLast[id]`) are that word's phrases, longest first.
    private var firstIndex = WordIndex()
    private var lastIndex = WordIndex()
    private var byFirst: [[Entry]] = []
    private var byLast: [[Entry]] = []
    /// Bit `shape(word)` set for every first (last) word: most tokens are rejected by one bit test
    /// before the word is hashed for the dictionary lookup.
    private var firstShapes = [UInt64](repeating: 0, count: Self.shapeWords)
    private var lastShapes = [UInt64](repeating: 0, count: Self.shapeWords)
    private static var shapeWords: Int { 32 * 256 / 64 }
    /// `SmallASCII.isAvailable`, read once (a static's every read is a call).
    private let small = SmallASCII.isAvailable

    init() {}

    init(_ pairs: [(key: String, value: Value)]) {
        for (key, value) in pairs { insert(key, value) }
    }

    /// Adds a phrase; words are split on spaces and lower-cased. Longer phrases win at match time.
    mutating func insert(_ phrase: String, _ value: Value) {
        let words = Self.words(phrase.lowercased())
        guard let first = words.first, let last = words.last else { return }
        let entry = Entry(words: words, value: value)
        Self.set(&firstShapes, Self.shape(first, small: small))
        Self.set(&lastShapes, Self.shape(last, small: small))
        Self.add(entry, under: firstIndex.insert(first), to: &byFirst)
        Self.add(entry, under: lastIndex.insert(last), to: &byLast)
    }

    /// Enters `entry` among word `id`'s phrases after every phrase at least as long: the order a
    /// stable sort by length (longest first) gives after appending it, without sorting. O(phrases of the word).
    private static func add(_ entry: Entry, under id: Int, to lists: inout [[Entry]]) {
        if id == lists.count { lists.append([]) }
        let n = entry.words.count
        let at = lists[id].firstIndex { $0.words.count < n } ?? lists[id].count
        lists[id].insert(entry, at: at)
    }

    /// `text.split(separator: " ").map(String.init)`; ASCII text (every list entry so far) by its
    /// bytes, since the Character split cost about 4,000 instructions a phrase at every start.
    private static func words(_ text: String) -> [String] {
        var text = text
        let ascii: [String]? = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var words: [String] = []
            var start = 0
            for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x20 {
                if k > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self)) }
                start = k + 1
            }
            return words
        }
        return ascii ?? text.split(separator: " ").map(String.init)
    }

    /// The longest phrase starting at token `i`: its value and the number of tokens it covers.
    func match(_ tokens: [Token], at i: Int) -> (value: Value, length: Int)? {
        guard i >= 0, i < tokens.count, Self.has(firstShapes, Self.shape(tokens[i].lower, small: small)),
              let id = firstIndex.find(tokens[i].lower) else { return nil }
        for entry in byFirst[id] where i + entry.words.count <= tokens.count {
            var ok = true
            for (k, w) in entry.words.enumerated() where tokens[i + k].lower != w { ok = false; break }
            if ok { return (entry.value, entry.words.count) }
        }
        return nil
    }

    /// The longest phrase ending at token `i` (inclusive): its value and the number of tokens it covers.
    func match(_ tokens: [Token], endingAt i: Int) -> (value: Value, length: Int)? {
        guard i >= 0, i < tokens.count, Self.has(lastShapes, Self.shape(tokens[i].lower, small: small)),
              let id = lastIndex.find(tokens[i].lower) else { return nil }
        for entry in byLast[id] where i - entry.words.count + 1 >= 0 {
            let begin = i - entry.words.count + 1
            var ok = true
            for (k, w) in entry.words.enumerated() where tokens[begin + k].lower != w { ok = false; break }
            if ok { return (entry.value, entry.words.count) }
        }
        return nil
    }

    /// A word's length (capped at 31) and first byte, as a bit index: O(1) on a native string.
    /// A short ASCII word's are read from its inline words (`SmallASCII`: no `Collection.first`
    /// call, the count from the same load); the same index either way.
    @inline(__always) private static func shape(_ word: String, small: Bool) -> Int {
        if let (words, count) = SmallASCII.words(of: word, available: small) { return count << 8 | Int(words.low & 0xFF) }
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
    var firstWords: [String] { Array(firstIndex.byString.keys) }

    /// Whether a single word is a one-word phrase of the table.
    func contains(word: String) -> Bool {
        firstIndex.find(word).map { byFirst[$0].contains { $0.words.count == 1 } } ?? false
    }

    func value(ofWord word: String) -> Value? {
        firstIndex.find(word).flatMap { byFirst[$0].first { $0.words.count == 1 }?.value }
    }
}
