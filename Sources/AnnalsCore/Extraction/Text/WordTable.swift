import Foundation

/// An immutable map from words to values, built once from a word list and looked up by the
/// word's UTF-8 bytes.
///
/// Why: the extraction stages look up nearly every word of every sentence in some word list
/// (the temporal tagger's gates, the boilerplate cleaner's vocabulary, event triggers). With
/// `[String: V]` each lookup costs a SipHash of the string plus retain/release traffic — about
/// 500 instructions, the largest single cost of extraction. Here an ASCII word costs an FNV-1a
/// hash over its bytes and one byte comparison: a few instructions a byte.
///
/// Same answers as `[String: V]`: `String` equality is canonical equivalence, so a word with a
/// byte beyond ASCII is looked up in a `[String: Int]` of the keys (exact, as before); an ASCII
/// word can only equal an ASCII string, and every key whose canonical composition is ASCII is
/// indexed under those bytes.
///
/// Complexity: O(bytes of the word) a lookup; O(total key bytes) to build. Load factor ≤ 1/2.
struct WordTable<Value: Sendable>: Sendable {
    /// Everything in one object, so that copying a table (a lexicon holding many, copied into
    /// each sentence's scanner) retains one reference rather than seven.
    private final class Storage: Sendable {
        /// Open-addressed slots: index into the ASCII forms + 1, 0 = empty.
        let slots: [Int32]
        let mask: Int
        /// The ASCII forms' bytes, concatenated; form k's bytes are `keyBytes[keyStart[k]..<keyStart[k + 1]]`.
        let keyBytes: [UInt8]
        let keyStart: [Int32]
        /// The entry of each ASCII form.
        let formEntry: [Int32]
        /// Every key, for words beyond ASCII.
        let byString: [String: Int]
        let values: [Value]
        /// The keys, in entry order.
        let keys: [String]

        init(slots: [Int32], keyBytes: [UInt8], keyStart: [Int32], formEntry: [Int32], byString: [String: Int], values: [Value], keys: [String]) {
            self.slots = slots
            mask = slots.count - 1
            self.keyBytes = keyBytes
            self.keyStart = keyStart
            self.formEntry = formEntry
            self.byString = byString
            self.values = values
            self.keys = keys
        }
    }

    private let storage: Storage
    /// The keys, in entry order.
    var keys: [String] { storage.keys }

    init() { self.init(pairs: [(String, Value)]()) }

    /// The table of a dictionary's entries.
    init(_ dictionary: [String: Value]) { self.init(pairs: dictionary.map { ($0.key, $0.value) }) }

    /// The table of `pairs`; a later duplicate key replaces the earlier value.
    init<S: Sequence>(pairs: S) where S.Element == (String, Value) {
        var keys: [String] = []
        var values: [Value] = []
        var byString: [String: Int] = [:]
        for (key, value) in pairs {
            if let k = byString[key] { values[k] = value; continue }
            byString[key] = keys.count
            keys.append(key)
            values.append(value)
        }
        // The ASCII form of each key: itself, or its canonical composition when that is ASCII.
        var forms: [(bytes: [UInt8], entry: Int)] = []
        var formIndex: [[UInt8]: Int] = [:]
        for (k, key) in keys.enumerated() {
            var bytes = Array(key.utf8)
            if bytes.contains(where: { $0 >= 0x80 }) {
                bytes = Array(key.precomposedStringWithCanonicalMapping.utf8)
                guard !bytes.contains(where: { $0 >= 0x80 }) else { continue }
            }
            // Two keys of one ASCII form are equal Strings: `byString` kept one entry for both.
            if formIndex[bytes] == nil { formIndex[bytes] = forms.count; forms.append((bytes, k)) }
        }
        var capacity = 8
        while capacity < forms.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var keyBytes: [UInt8] = []
        var keyStart: [Int32] = [0]
        var formEntry: [Int32] = []
        for (f, form) in forms.enumerated() {
            keyBytes.append(contentsOf: form.bytes)
            keyStart.append(Int32(keyBytes.count))
            formEntry.append(Int32(form.entry))
            var slot = Self.hash(form.bytes) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(f + 1)
        }
        storage = Storage(slots: slots, keyBytes: keyBytes, keyStart: keyStart, formEntry: formEntry,
                          byString: byString, values: values, keys: keys)
    }

    var count: Int { storage.keys.count }
    var isEmpty: Bool { storage.keys.isEmpty }

    /// The value listed for `word`, nil when it is not listed.
    subscript(_ word: String) -> Value? {
        guard !storage.keys.isEmpty else { return nil }
        if let found = word.utf8.withContiguousStorageIfAvailable({ entry($0, word) }) { return found.map { storage.values[$0] } }
        return storage.byString[word].map { storage.values[$0] }
    }

    func contains(_ word: String) -> Bool { self[word] != nil }

    /// The value listed for the word whose UTF-8 bytes are `bytes` (a String made only for a
    /// word beyond ASCII).
    subscript(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard !storage.keys.isEmpty else { return nil }
        return entry(bytes, nil).map { storage.values[$0] }
    }

    /// The entry index of the key equal to the word whose bytes are `bytes` (`word`, when the caller has it). O(bytes).
    @inline(__always)
    private func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ word: String?) -> Int? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3; high |= b }
        let s = storage
        if high >= 0x80 { return s.byString[word ?? String(decoding: bytes, as: UTF8.self)] }
        var slot = Self.fold(h) & s.mask
        let count = bytes.count
        while true {
            let e = Int(s.slots[slot])
            if e == 0 { return nil }
            let start = Int(s.keyStart[e - 1])
            if Int(s.keyStart[e]) - start == count {
                var k = 0
                while k < count && s.keyBytes[start + k] == bytes[k] { k += 1 }
                if k == count { return Int(s.formEntry[e - 1]) }
            }
            slot = (slot + 1) & s.mask
        }
    }

    private static func hash(_ bytes: [UInt8]) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return fold(h)
    }

    /// FNV-1a's high bits folded into the low ones, which pick the slot.
    @inline(__always) private static func fold(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }
}
/// A set of words with `WordTable`'s cheap lookup.
struct WordSet: Sendable {
    private let table: WordTable<Bool>

    init() { table = WordTable() }
    init<S: Sequence>(_ words: S) where S.Element == String { table = WordTable(pairs: words.map { ($0, true) }) }

    func contains(_ word: String) -> Bool { table[word] != nil }
    var words: [String] { table.keys }
    var isEmpty: Bool { table.isEmpty }
}

extension WordSet: ExpressibleByArrayLiteral {
    /// A literal word list (the scanner's fixed context words), checked at many tokens.
    init(arrayLiteral words: String...) { self.init(words) }
}
