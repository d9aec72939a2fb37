import Foundation

/// An immutable map from words to values, built once from a word list and looked up by the
/// word's UTF-8 bytes.
///
/// Why: the extraction stages look up nearly every word of every sentence in some word list
/// (the temporal tagger's gates, the boilerplate cleaner's vocabulary, event triggers). With
/// `[String: V]` each lookup costs a SipHash of the string plus retain/release traffic — about
/// 500 instructions, the largest single cost of extraction. Here an ASCII word costs a `WordHash`
/// of its bytes (two loads for most words) and one byte comparison.
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
    ///
    /// The lookup arrays are plain memory allocated once (`Probe`): a lookup reads them without
    /// bounds checks or array retains, which were most of its cost. Never written after `init`.
    private final class Storage: @unchecked Sendable {
        let probe: Probe
        /// Every key, for words beyond ASCII.
        let byString: [String: Int]
        let values: [Value]
        /// The keys, in entry order.
        let keys: [String]

        init(probe: Probe, byString: [String: Int], values: [Value], keys: [String]) {
            self.probe = probe
            self.byString = byString
            self.values = values
            self.keys = keys
        }

        deinit { probe.deallocate() }
    }

    /// The open-addressed index of the ASCII forms, in memory of its own.
    private struct Probe {
        /// Slots: index into the ASCII forms + 1, 0 = empty; `mask + 1` of them.
        let slots: UnsafeMutablePointer<Int32>
        let mask: Int
        /// The ASCII forms' bytes, concatenated; form k's bytes are `keyBytes[keyStart[k]..<keyStart[k + 1]]`.
        let keyBytes: UnsafeMutablePointer<UInt8>
        let keyStart: UnsafeMutablePointer<Int32>
        /// The entry of each ASCII form.
        let formEntry: UnsafeMutablePointer<Int32>
        /// How many ASCII forms, and how many bytes they hold together.
        let formCount: Int
        let byteCount: Int

        init(slots: [Int32], keyBytes: [UInt8], keyStart: [Int32], formEntry: [Int32]) {
            func copy<T>(_ a: [T]) -> UnsafeMutablePointer<T> {
                let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, a.count))
                a.withUnsafeBufferPointer { if let base = $0.baseAddress { p.initialize(from: base, count: a.count) } }
                return p
            }
            self.slots = copy(slots)
            mask = slots.count - 1
            self.keyBytes = copy(keyBytes)
            self.keyStart = copy(keyStart)
            self.formEntry = copy(formEntry)
            formCount = formEntry.count
            byteCount = keyBytes.count
        }

        func deallocate() {
            slots.deallocate()
            keyBytes.deallocate()
            keyStart.deallocate()
            formEntry.deallocate()
        }

        /// The entry of the ASCII form equal to `bytes` (whose `WordHash` is `hash`).
        @inline(__always) func entry(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int? {
            ASCIIFormProbe.form(
                of: bytes, hash: hash, slots: UnsafeBufferPointer(start: slots, count: mask + 1),
                keyStart: UnsafeBufferPointer(start: keyStart, count: formCount + 1),
                keyBytes: UnsafeBufferPointer(start: keyBytes, count: byteCount)
            ).map { Int(formEntry[$0]) }
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
        byString.reserveCapacity(pairs.underestimatedCount)
        for (key, value) in pairs {
            // One hash for a new key (nearly every one): `updateValue` enters it; a duplicate's
            // earlier index is put back and its value replaced.
            if let k = byString.updateValue(keys.count, forKey: key) { byString[key] = k; values[k] = value; continue }
            keys.append(key)
            values.append(value)
        }
        // The ASCII form of each key, its bytes appended in place: itself, or its canonical
        // composition when that is ASCII. No two keys share a form (`byString` made one entry of
        // equal Strings), so no set of forms is needed; the table is the one a set gave.
        var keyBytes: [UInt8] = []
        var keyStart: [Int32] = [0]
        var formEntry: [Int32] = []
        for (k, key) in keys.enumerated() {
            guard WordHash.appendASCIIForm(of: key, to: &keyBytes) else { continue }
            keyStart.append(Int32(keyBytes.count))
            formEntry.append(Int32(k))
        }
        var capacity = 8
        while capacity < formEntry.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        keyBytes.withUnsafeBufferPointer { all in
            for f in formEntry.indices {
                let bytes = UnsafeBufferPointer(rebasing: all[Int(keyStart[f])..<Int(keyStart[f + 1])])
                var slot = WordHash.of(bytes).hash & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Int32(f + 1)
            }
        }
        storage = Storage(probe: Probe(slots: slots, keyBytes: keyBytes, keyStart: keyStart, formEntry: formEntry),
                          byString: byString, values: values, keys: keys)
    }

    var count: Int { storage.keys.count }
    var isEmpty: Bool { storage.keys.isEmpty }

    /// The value listed for `word`, nil when it is not listed.
    subscript(_ word: String) -> Value? {
        let s = storage
        guard !s.keys.isEmpty else { return nil }
        if let found = word.utf8.withContiguousStorageIfAvailable({ Self.entry(s, $0, word) }) { return found.map { s.values[$0] } }
        return s.byString[word].map { s.values[$0] }
    }

    func contains(_ word: String) -> Bool { self[word] != nil }

    /// The value listed for the word whose UTF-8 bytes are `bytes` (a String made only for a
    /// word beyond ASCII).
    subscript(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let s = storage
        guard !s.keys.isEmpty else { return nil }
        return Self.entry(s, bytes, nil).map { s.values[$0] }
    }

    /// The entry index of the key equal to the word whose bytes are `bytes` (`word`, when the caller has it). O(bytes).
    @inline(__always)
    private static func entry(_ s: Storage, _ bytes: UnsafeBufferPointer<UInt8>, _ word: String?) -> Int? {
        let (h, ascii) = WordHash.of(bytes)
        if !ascii { return s.byString[word ?? String(decoding: bytes, as: UTF8.self)] }
        return s.probe.entry(bytes, hash: h)
    }
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
