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
    /// Bit `length * 128 + last byte`, the same for the words' last bytes: a word must pass both
    /// (`mayContain(first:last:count:ascii:)`). Many words share a first byte and a length with
    /// some listed word ("said" and "some"); far fewer also share the last byte.
    private var lastBits = [UInt64](repeating: 0, count: (Self.maxLength + 1) * 128 / 64)
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
        let lastBit = min(bytes.count, Self.maxLength) * 128 + Int(bytes[bytes.count - 1])
        lastBits[lastBit >> 6] |= 1 << UInt64(lastBit & 63)
    }

    /// False only when no listed word can equal the word whose bytes start at `first` and number
    /// `count`; `ascii` says every byte of the word is ASCII.
    /// The same test, with the word's last byte too: false also when no listed word of that
    /// length ends with `last`. Same guarantee: a listed word's ASCII form sets both bits.
    @inline(__always) func mayContain(first: UInt8, last: UInt8, count: Int, ascii: Bool) -> Bool {
        guard ascii, first < 0x80 else { return true }
        let length = min(count, Self.maxLength) * 128
        let bit = length + Int(first), lastBit = length + Int(last & 0x7F)
        return bits.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
            && lastBits.withUnsafeBufferPointer { $0[lastBit >> 6] } & (1 << UInt64(lastBit & 63)) != 0
    }

    /// Both bit sets in place, for a loop over many words (`LineVocabulary.bits`).
    struct Bits {
        let first: UnsafePointer<UInt64>
        let last: UnsafePointer<UInt64>
        /// `mayContain(first:last:count:ascii: true)`.
        @inline(__always) func mayContainASCII(first f: UInt8, last l: UInt8, count: Int) -> Bool {
            let length = min(count, WordFilter.maxLength) * 128
            let bit = length + Int(f & 0x7F), lastBit = length + Int(l & 0x7F)
            return first[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && last[lastBit >> 6] & (1 << UInt64(lastBit & 63)) != 0
        }
    }

    @inline(__always) func withBits<R>(_ body: (Bits) -> R) -> R {
        bits.withUnsafeBufferPointer { f in lastBits.withUnsafeBufferPointer { l in body(Bits(first: f.baseAddress!, last: l.baseAddress!)) } }
    }

    @inline(__always) func mayContain(first: UInt8, count: Int, ascii: Bool) -> Bool {
        guard ascii, first < 0x80 else { return true }
        let bit = min(count, Self.maxLength) * 128 + Int(first)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
