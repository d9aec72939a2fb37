/// SHA-256 (FIPS 180-4), in plain Swift.
///
/// Why SHA-256 and not a faster non-cryptographic hash: a cache key that collides would hand one
/// article the mentions of another without a word, which the tool must never do. A 256-bit
/// cryptographic digest makes an accidental (or contrived) collision out of reach, while a 64-bit
/// hash would leave it merely unlikely. Written here rather than taken from swift-crypto because
/// one function does not justify building BoringSSL; the known-answer tests in
/// ExtractionCacheTests pin it to the standard. Complexity: O(bytes); whole 64-byte blocks are
/// compressed straight from the caller's buffer with the message schedule on the stack (a first
/// version, byte by byte through an array, spent about 5% of a report's time hashing).
public struct SHA256: Sendable {
    private var state: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    public init() {}

    /// Feeds bytes; may be called any number of times before `finalize`.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ update(buffer: $0) }) != nil { return }
        update(buffer: Array(bytes))
    }

    private mutating func update(buffer array: [UInt8]) {
        array.withUnsafeBufferPointer { update(buffer: $0) }
    }

    /// Fills the pending block first, then compresses whole blocks in place; the rest waits.
    private mutating func update(buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        length &+= UInt64(buffer.count)
        var i = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, buffer.count)
            pending.append(contentsOf: buffer[0..<take])
            i = take
            if pending.count == 64 { compressPending() }
        }
        while buffer.count - i >= 64 {
            Self.compress(&state, base + i)
            i += 64
        }
        if i < buffer.count { pending.append(contentsOf: buffer[i...]) }
    }

    private mutating func compressPending() {
        pending.withUnsafeBufferPointer { Self.compress(&state, $0.baseAddress!) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Feeds a string's UTF-8 bytes followed by its byte count, so that consecutive fields cannot
    /// run into each other ("ab"+"c" and "a"+"bc" hash differently).
    public mutating func update(field: String) {
        var field = field
        let count = field.withUTF8 { bytes in
            update(buffer: bytes)
            return bytes.count
        }
        update(buffer: lengthBytes(UInt64(count)))
    }

    /// The 32-byte digest. Consumes the hasher's state.
    public mutating func finalize() -> [UInt8] {
        let bitLength = length &* 8
        pending.append(0x80)
        if pending.count > 56 {
            while pending.count < 64 { pending.append(0) }
            compressPending()
        }
        while pending.count < 56 { pending.append(0) }
        pending += lengthBytes(bitLength)
        compressPending()
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) } }
    }

    /// The digest as 64 lower-case hex digits.
    public mutating func hexDigest() -> String {
        finalize().map { byte in
            let s = String(byte, radix: 16)
            return byte < 16 ? "0" + s : s
        }.joined()
    }

    /// The hex digest of a whole string's UTF-8 bytes.
    public static func hex(_ text: String) -> String {
        var h = SHA256()
        h.update(text.utf8)
        return h.hexDigest()
    }

    private func lengthBytes(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * UInt64($0))) }
    }

    /// One 64-byte block at `block` into `state`.
    private static func compress(_ state: inout [UInt32], _ block: UnsafePointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            k.withUnsafeBufferPointer { k in
                for i in 0..<16 {
                    w[i] = UInt32(block[4 * i]) << 24 | UInt32(block[4 * i + 1]) << 16 | UInt32(block[4 * i + 2]) << 8 | UInt32(block[4 * i + 3])
                }
                for i in 16..<64 {
                    let s0 = w[i - 15].rotatedRight(7) ^ w[i - 15].rotatedRight(18) ^ (w[i - 15] >> 3)
                    let s1 = w[i - 2].rotatedRight(17) ^ w[i - 2].rotatedRight(19) ^ (w[i - 2] >> 10)
                    w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                }
                var a = state[0], b = state[1], c = state[2], d = state[3]
                var e = state[4], f = state[5], g = state[6], h = state[7]
                for i in 0..<64 {
                    let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
                    let ch = (e & f) ^ (~e & g)
                    let t1 = h &+ s1 &+ ch &+ k[i] &+ w[i]
                    let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
                    let maj = (a & b) ^ (a & c) ^ (b & c)
                    let t2 = s0 &+ maj
                    h = g; g = f; f = e; e = d &+ t1
                    d = c; c = b; b = a; a = t1 &+ t2
                }
                state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
                state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
            }
        }
    }
}

extension UInt32 {
    fileprivate func rotatedRight(_ n: UInt32) -> UInt32 { (self >> n) | (self << (32 - n)) }
}
