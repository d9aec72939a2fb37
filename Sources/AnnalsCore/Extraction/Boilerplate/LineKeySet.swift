/// The lines of an article seen so far, by their word keys (`TextLine.keyBytes`), for finding
/// lines the page printed twice.
///
/// Why not `Set<String>` of `wordKey`: that made a String of every line and hashed it with SipHash
/// (and normalised every key beyond ASCII first, some 20 000 instructions a line). Here a key of
/// scalars below U+0300 — ASCII and the Latin letters of Western European names — is hashed eight
/// bytes a step and filed in an open-addressed table of its own, compared as bytes on a hash
/// match. Same answers: every string of scalars below U+0300 is in NFC (each has quick-check Yes
/// and combining class 0, and no two compose), and two NFC strings are canonically equivalent,
/// that is equal Strings, exactly when their scalars are equal.
///
/// Keys with a scalar from U+0300 on (combining marks, Greek, Cyrillic, ...) may equal a key
/// spelled otherwise, so from the first such key on every key is also kept as a String and
/// asked of a `Set<String>`, where canonical equivalence decides as before. O(key bytes) per
/// insertion; O(keys) once when the first such key comes.
struct LineKeySet {
    /// Keys of scalars below U+0300 (slices of their lines' shared buffers: no copy), with their hashes.
    private var keys: [ArraySlice<UInt8>] = []
    private var hashes: [UInt64] = []
    /// Open addressing, linear probing: index into `keys` + 1, 0 for an empty slot; a power of
    /// two, at most half full.
    private var slots: [Int32] = []
    /// Every key as a String, kept only once a key with a scalar from U+0300 on was inserted.
    private var strings: Set<String>?

    /// Adds the line's key; false when an equal key was there already.
    mutating func insert(_ line: TextLine) -> Bool {
        let (hash, belowU0300) = line.withKey(Self.hash)
        if belowU0300 {
            let key = line.keySlice
            let h = UInt64(bitPattern: Int64(hash))
            guard !contains(key, h) else { return false }
            if strings != nil, !strings!.insert(line.wordKey).inserted { return false }
            add(key, h)
            return true
        }
        if strings == nil {
            strings = Set(keys.map { String(decoding: $0, as: UTF8.self) })
        }
        return strings!.insert(line.wordKey).inserted
    }

    private func contains(_ key: ArraySlice<UInt8>, _ h: UInt64) -> Bool {
        guard !slots.isEmpty else { return false }
        let mask = slots.count - 1
        var i = Self.slot(h, mask)
        while slots[i] != 0 {
            let k = Int(slots[i]) - 1
            if hashes[k] == h && keys[k].elementsEqual(key) { return true }
            i = (i + 1) & mask
        }
        return false
    }

    private mutating func add(_ key: ArraySlice<UInt8>, _ h: UInt64) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append(key)
        hashes.append(h)
        place(keys.count - 1)
    }

    private mutating func place(_ k: Int) {
        let mask = slots.count - 1
        var i = Self.slot(hashes[k], mask)
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = Int32(k + 1)
    }

    /// The home slot of a hash: its high bits after one more multiply (the hash's low bits mix least).
    @inline(__always) private static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: max(64, slots.count * 2))
        for k in keys.indices { place(k) }
    }

    /// A hash of the bytes, eight at a time, and whether every scalar is below U+0300 (every byte
    /// below 0xCC: lead bytes from 0xCC on start U+0300 and above; continuation bytes are 0x80-0xBF).
    static func hash(_ bytes: [UInt8]) -> (hash: Int, belowU0300: Bool) {
        bytes.withUnsafeBufferPointer(hash)
    }

    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> (hash: Int, belowU0300: Bool) {
        do {
            let n = b.count
            guard let base = b.baseAddress, n > 0 else { return (0, true) }
            let raw = UnsafeRawPointer(base)
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: n)
            var below = true
            var k = 0
            while k + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                // Any byte with its top bit set: the slow test for that byte range alone.
                if word & 0x8080_8080_8080_8080 != 0 && below {
                    for j in k..<(k + 8) where b[j] >= 0xCC { below = false }
                }
                h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
                k += 8
            }
            while k < n {
                if b[k] >= 0xCC { below = false }
                h = (h ^ UInt64(b[k])) &* 0x0000_0100_0000_01B3
                k += 1
            }
            return (Int(truncatingIfNeeded: h), below)
        }
    }
}
