/// The shapes (first byte and byte count) of the first words of a word list's phrases: a
/// necessary condition for a phrase of the list to start at a token, tested before any table
/// lookup. A scan run on every word of a sentence ("early", "fabricated": the superseded-value
/// cues) then passes most words over on one array read and a bit test.
///
/// Never rejects a match: an ASCII word equals a phrase's first word only when their bytes are
/// equal; a word or a first word that is not ASCII (a String compares canonical equivalents equal)
/// is tested on its length alone, as before this filter.
struct FirstWordShapes: Sendable {
    /// `lengths[b]`: bit `n` set when some first word starts with byte `b` and has `n` bytes
    /// (capped at 63).
    private var lengths = [UInt64](repeating: 0, count: 256)
    /// Every first word's length bit: the first test, before the first byte is read.
    private var anyLength: UInt64 = 0

    init() {}

    /// Adds a phrase's first word (words split on spaces, as `PhraseTable` does).
    mutating func insert(_ phrase: String) {
        guard let word = phrase.lowercased().split(separator: " ").first, let first = word.utf8.first else { return }
        let bit = Self.lengthBit(word.utf8.count)
        anyLength |= bit
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            lengths[Int(first)] |= bit
            for b in 0x80..<0x100 { lengths[b] |= bit }
        } else {
            for b in lengths.indices { lengths[b] |= bit }
        }
    }

    /// Whether `word` has the first byte and byte count of a first word of the list. O(1) on a
    /// native string.
    @inline(__always) func mayStart(_ word: String) -> Bool {
        let utf8 = word.utf8
        let bit = Self.lengthBit(utf8.count)
        // No first word is empty, so a word past this test has a first byte.
        guard anyLength & bit != 0 else { return false }
        return lengths[Int(utf8[utf8.startIndex])] & bit != 0
    }

    @inline(__always) private static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(63, count)) }
}
