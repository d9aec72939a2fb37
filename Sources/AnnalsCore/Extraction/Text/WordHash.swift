import Foundation

/// The hash `WordTable` and `WordIndex` file their words under, with whether the bytes are all
/// ASCII, read in at most two loads for a word of up to sixteen bytes (nearly every word).
///
/// Why: a lookup is made at nearly every token by several stages, and FNV-1a's loop (a load, an
/// xor, a multiply and an or per byte, plus the loop's own steps) was about a third of a lookup.
/// Here a word of 4 to 8 bytes is two overlapping 4-byte loads and one multiply; no byte outside
/// the word is read. The hash only picks slots: any hash gives the same answers.
enum WordHash {
    /// Appends the form a table files `key` under to `bytes`: its bytes when ASCII, else its
    /// canonical composition when that is ASCII (the Kelvin sign, U+212A, is canonically "K").
    /// Returns false, appending nothing, when the key has no ASCII form: such keys are found
    /// through the String dictionary beside the byte table.
    static func appendASCIIForm(of key: String, to bytes: inout [UInt8]) -> Bool {
        var text = key
        let ascii = text.withUTF8 { b -> Bool in
            guard !b.contains(where: { $0 >= 0x80 }) else { return false }
            bytes.append(contentsOf: b)
            return true
        }
        if ascii { return true }
        let composed = Array(key.precomposedStringWithCanonicalMapping.utf8)
        guard !composed.contains(where: { $0 >= 0x80 }) else { return false }
        bytes.append(contentsOf: composed)
        return true
    }

    /// Whether every byte is ASCII, read as `of` reads the bytes (at most two loads up to sixteen bytes).
    @inline(__always) static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard let p = bytes.baseAddress, n > 0 else { return true }
        let raw = UnsafeRawPointer(p)
        if n >= 8 {
            var high: UInt64 = 0
            var k = 0
            while k + 8 <= n {
                high |= raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                k += 8
            }
            high |= raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            return high & 0x8080_8080_8080_8080 == 0
        }
        if n >= 4 {
            let a = raw.loadUnaligned(as: UInt32.self) | raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            return a & 0x8080_8080 == 0
        }
        return (p[0] | p[n >> 1] | p[n - 1]) & 0x80 == 0
    }

    @inline(__always) static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: Int, ascii: Bool) {
        let n = bytes.count
        guard let p = bytes.baseAddress, n > 0 else { return (0, true) }
        let raw = UnsafeRawPointer(p)
        var v: UInt64
        var high: UInt64
        if n >= 4 {
            if n <= 8 {
                let a = UInt64(raw.loadUnaligned(as: UInt32.self))
                let b = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
                v = a | b &<< 32
                high = v
            } else if n <= 16 {
                let a = raw.loadUnaligned(as: UInt64.self)
                let b = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                v = a ^ (b &* 0x9E37_79B9_7F4A_7C15)
                high = a | b
            } else {
                var a: UInt64 = 0
                high = 0
                var k = 0
                while k + 8 <= n {
                    let c = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    high |= c
                    a = (a ^ c) &* 0x9E37_79B9_7F4A_7C15
                    k += 8
                }
                let last = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                high |= last
                v = a ^ last
            }
        } else {
            // One to three bytes: the first, the middle and the last (some the same byte).
            v = UInt64(p[0]) | UInt64(p[n >> 1]) &<< 8 | UInt64(p[n - 1]) &<< 16
            high = v
        }
        let h = (v ^ UInt64(truncatingIfNeeded: n) &<< 56) &* 0xFF51_AFD7_ED55_8CCD
        return (Int(truncatingIfNeeded: h ^ (h >> 32)), high & 0x8080_8080_8080_8080 == 0)
    }
}
