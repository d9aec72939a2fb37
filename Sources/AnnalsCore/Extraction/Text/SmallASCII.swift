/// Short ASCII strings (up to 15 bytes: nearly every token) made from and read as two machine
/// words, the way the standard library stores them inline ("small strings").
///
/// Why: the tokenizer makes two Strings a token (`text`, `lower`), and
/// `String(unsafeUninitializedCapacity:initializingUTF8With:)` spends about 110 instructions
/// on each (closure, capacity checks, validation) to produce sixteen bytes; the temporal tagger
/// then reads every token's bytes back through a closure with retain and release. Here a
/// string is two loads and a store of its words.
///
/// Safety: this relies on the layout of a small ASCII string on 64-bit platforms (bytes 0-7 in
/// the first word, bytes 8-14 in the second, whose top byte is 0xE0 | count; unused bytes zero).
/// `isAvailable` checks that layout once against strings the standard library made itself; when
/// it differs (another platform, another runtime) every function here returns nil and callers
/// keep their String-API path, so results never depend on it.
enum SmallASCII {
    /// The largest byte count stored inline.
    static let capacity = 15

    /// The two words of a string's storage.
    typealias Words = (low: UInt64, high: UInt64)

    /// Whether this runtime lays small ASCII strings out as `make` does: checked once on strings
    /// of every length 0...15 that the standard library made itself.
    static let isAvailable: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        let sample: [UInt8] = Array("Ab-9'zQ x.Y,7ok".utf8)
        for count in 0...capacity {
            let made = String(unsafeUninitializedCapacity: count) { buffer in
                for k in 0..<count { buffer[k] = sample[k] }
                return count
            }
            let words = unsafeBitCast(made, to: (UInt64, UInt64).self)
            let expected = pack(sample.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[0..<count]) })
            guard words == expected else { return false }
        }
        return true
    }()

    /// The words of an ASCII string of at most 15 bytes (the caller checks both).
    @inline(__always) static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> Words {
        var low: UInt64 = 0, high: UInt64 = 0
        for (k, b) in bytes.enumerated() {
            if k < 8 { low |= UInt64(b) << (8 * UInt64(k)) } else { high |= UInt64(b) << (8 * UInt64(k - 8)) }
        }
        return (low, high | UInt64(0xE0 | bytes.count) << 56)
    }

    /// The words of `count` (≤ 15) bytes read from `p` by two 8-byte loads: `p` must have 16
    /// readable bytes (the bytes past `count` are masked off).
    @inline(__always) static func load(_ p: UnsafePointer<UInt8>, count: Int) -> Words {
        let raw = UnsafeRawPointer(p)
        let low = raw.loadUnaligned(as: UInt64.self)
        let high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        // Keep `count` bytes: all of `low` from 8 on, none of `high` below 9.
        let lowMask: UInt64 = count >= 8 ? ~0 : (1 << (8 * UInt64(count))) &- 1
        let highMask: UInt64 = count <= 8 ? 0 : (1 << (8 * UInt64(count - 8))) &- 1
        return (low & lowMask, high & highMask)
    }

    /// The String of `words` holding `count` ASCII bytes (`words` as from `load`, no count byte).
    /// Only when `isAvailable`.
    @inline(__always) static func string(_ words: Words, count: Int) -> String {
        unsafeBitCast((words.low, words.high | UInt64(0xE0 | count) << 56), to: String.self)
    }

    /// The words (count byte cleared) and byte count of `s` when it is a small ASCII string,
    /// else nil (longer, beyond ASCII, or `isAvailable` false: the caller reads it another way).
    /// Reads the value only: no retain, no copy.
    @inline(__always) static func words(of s: String, available: Bool) -> (words: Words, count: Int)? {
        guard available else { return nil }
        let (low, high) = unsafeBitCast(s, to: (UInt64, UInt64).self)
        guard high >> 60 == 0xE else { return nil }
        return ((low, high & 0x00FF_FFFF_FFFF_FFFF), Int(high >> 56) & 0xF)
    }

    /// Bit 7 of each byte of `x` that is an ASCII upper-case letter (every byte of `x` below 0x80).
    @inline(__always) static func upperCaseBits(_ x: UInt64) -> UInt64 {
        // b + 0x3F reaches 0x80 from "A" on, b + 0x25 from "[" on; no byte carries into the next.
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (x &+ 0x3F &* ones) & ~(x &+ 0x25 &* ones) & (0x80 &* ones)
    }

    /// `x` with its ASCII upper-case letters lowered (every byte of `x` below 0x80).
    @inline(__always) static func lowered(_ x: UInt64) -> UInt64 { x | upperCaseBits(x) >> 2 }

    /// How many of the eight bytes of `x` (in memory order, little-endian) are, from the first
    /// on, ASCII letters or digits: 0...8. Each byte is tested by range without carries between
    /// bytes (a byte beyond ASCII is never one).
    @inline(__always) static func letterOrDigitRun(_ x: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = 0x80 &* ones
        let low7 = x & ~high
        let folded = low7 | 0x20 &* ones
        // b >= lo sets bit 7 of b + (0x80 - lo); b > hi sets bit 7 of b + (0x7F - hi).
        let letter = (folded &+ 0x1F &* ones) & ~(folded &+ 0x05 &* ones)
        let digit = (low7 &+ 0x50 &* ones) & ~(low7 &+ 0x46 &* ones)
        let ok = (letter | digit) & ~x & high
        return (~ok & high).trailingZeroBitCount >> 3
    }

    /// Bit 7 of each byte of `x` equal to `byte` (no false positives: exact zero-byte test).
    @inline(__always) static func bytesEqual(_ x: UInt64, _ byte: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let y = x ^ (UInt64(byte) &* ones)
        let high = 0x80 &* ones
        // Exact: a byte of y is zero iff its low seven bits are zero and its top bit is clear.
        return ~(((y & ~high) &+ ~high) | y) & high
    }
}
