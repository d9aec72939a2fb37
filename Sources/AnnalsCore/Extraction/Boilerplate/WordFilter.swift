import Foundation

/// A quick, conservative test of whether a word can be one of a few hundred listed words, by its
/// length and first byte: the boilerplate cleaner looks up every word of every line, and almost
/// none is listed.
///
/// Why: a `WordTable` lookup hashes the word and probes (about a hundred instructions); most
/// words of news text share no (length, first byte) pair with any cue word and are turned away
/// by one bit test. Never wrong in the other direction: every listed word's UTF-8 form, and its
/// canonical composition (the form `WordTable` indexes a key under), is entered, so a word the
/// filter turns away is in no table built from the same words. Words with bytes beyond ASCII
/// always pass (the table decides). O(1) a test.
struct WordFilter: Sendable {
    /// Bit `length * 128 + first byte` (length capped at `maxLength`) set when some listed word has them.
    private var bits = [UInt64](repeating: 0, count: (Self.maxLength + 1) * 128 / 64)
    private static let maxLength = 31

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            let bytes = Array(word.utf8)
            enter(bytes)
            // ASCII text is its own canonical composition: Foundation is asked only beyond ASCII
            // (each call bridges to NSString; most listed words are ASCII).
            if bytes.contains(where: { $0 >= 0x80 }) { enter(Array(word.precomposedStringWithCanonicalMapping.utf8)) }
        }
    }

    private mutating func enter(_ bytes: [UInt8]) {
        // A listed word beyond ASCII is never the ASCII word tested: only its ASCII forms matter.
        guard let first = bytes.first, !bytes.contains(where: { $0 >= 0x80 }) else { return }
        let bit = min(bytes.count, Self.maxLength) * 128 + Int(first)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False only when no listed word can equal the word whose bytes start at `first` and number
    /// `count`; `ascii` says every byte of the word is ASCII.
    @inline(__always) func mayContain(first: UInt8, count: Int, ascii: Bool) -> Bool {
        guard ascii, first < 0x80 else { return true }
        let bit = min(count, Self.maxLength) * 128 + Int(first)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
