import Foundation

/// A growable map from words to dense ids (0, 1, 2... in insertion order), looked up by the
/// word's UTF-8 bytes: `WordTable`'s lookup for tables built one entry at a time (`PhraseTable`).
///
/// Why: a `[String: V]` lookup hashes the whole String with SipHash (about 250 instructions for a
/// short word, plus retain/release); here an ASCII word costs a `WordHash` of its bytes and one
/// byte comparison. Same answers as a `[String: Int]`: `String` equality is canonical equivalence,
/// so a word with a byte beyond ASCII is looked up in a `[String: Int]` of every key (exact, as
/// before); an ASCII word can only equal a key whose canonical composition is ASCII, and every
/// such key is indexed under those bytes (as `WordTable` does).
///
/// Complexity: O(bytes of the word) a lookup; O(bytes of the key) amortised an insertion. Load
/// factor ≤ 1/2.
struct WordIndex: Sendable {
    /// Slots: index into the ASCII forms + 1, 0 = empty; a power of two of them.
    private var slots = [Int32](repeating: 0, count: 8)
    /// The ASCII forms' bytes, concatenated; form f's bytes are `keyBytes[keyStart[f]..<keyStart[f + 1]]`.
    private var keyBytes: [UInt8] = []
    private var keyStart: [Int32] = [0]
    /// The id of each ASCII form.
    private var formID: [Int32] = []
    /// Every key, by its String (canonical equivalence): the answer for words beyond ASCII.
    private(set) var byString: [String: Int] = [:]

    init() {}

    /// How many distinct keys (ids) the index holds.
    var count: Int { byString.count }

    /// The id of `key`, entering it with the next id when it is new.
    mutating func insert(_ key: String) -> Int {
        // One hash for a new key: `updateValue` enters it; a known key's id is put back.
        let id = byString.count
        if let known = byString.updateValue(id, forKey: key) { byString[key] = known; return known }
        // Two keys of one ASCII form are equal Strings: `byString` already answered for the second.
        let formStart = keyBytes.count
        guard WordHash.appendASCIIForm(of: key, to: &keyBytes) else { return id }
        if (formID.count + 1) * 2 > slots.count { grow() }
        keyStart.append(Int32(keyBytes.count))
        formID.append(Int32(id))
        place(formID.count - 1, hash: hash(from: formStart, to: keyBytes.count))
        return id
    }

    /// The id of the key equal to `word`, nil when there is none.
    @inline(__always) func find(_ word: String) -> Int? {
        if formID.isEmpty && byString.isEmpty { return nil }
        if let found = word.utf8.withContiguousStorageIfAvailable({ find(utf8: $0, word) }) { return found }
        return byString[word]
    }

    /// The id of the key whose bytes are `bytes` (`word`, when the caller has it as a String).
    @inline(__always) private func find(utf8 bytes: UnsafeBufferPointer<UInt8>, _ word: String) -> Int? {
        let (hash, ascii) = WordHash.of(bytes)
        if !ascii { return byString[word] }
        return slots.withUnsafeBufferPointer { slots in
            keyStart.withUnsafeBufferPointer { keyStart in
                keyBytes.withUnsafeBufferPointer { keyBytes in
                    ASCIIFormProbe.form(of: bytes, hash: hash, slots: slots, keyStart: keyStart, keyBytes: keyBytes)
                        .map { Int(formID[$0]) }
                }
            }
        }
    }

    /// Doubles the slots and places every form again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for f in formID.indices { place(f, hash: hash(from: Int(keyStart[f]), to: Int(keyStart[f + 1]))) }
    }

    /// The `WordHash` of `keyBytes[from..<to]`.
    private func hash(from: Int, to: Int) -> Int {
        keyBytes.withUnsafeBufferPointer { WordHash.of(UnsafeBufferPointer(rebasing: $0[from..<to])).hash }
    }

    private mutating func place(_ form: Int, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(form + 1)
    }

}
