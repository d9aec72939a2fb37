/// The lines of an article seen so far, by their word keys (`TextLine.keyBytes`), for finding
/// lines the page printed twice.
///
/// Why not `Set<String>` of `wordKey`: that made a String of every line and hashed it with SipHash
/// (and normalised every key beyond ASCII first, some 20 000 instructions a line). Here a key of
/// scalars below U+0300 — ASCII and the Latin letters of Western European names — is hashed eight
/// bytes a step and compared as bytes. Same answers: every string of scalars below U+0300 is in
/// NFC (each has quick-check Yes and combining class 0, and no two compose), and two NFC strings
/// are canonically equivalent, that is equal Strings, exactly when their scalars are equal.
///
/// Keys with a scalar from U+0300 on (combining marks, Greek, Cyrillic, ...) may equal a key
/// spelled otherwise, so from the first such key on every key is also kept as a String and
/// asked of a `Set<String>`, where canonical equivalence decides as before. O(key bytes) per
/// insertion; O(keys) once when the first such key comes.
struct LineKeySet {
    private struct ByteKey: Hashable {
        /// The key in the article's shared buffer (no copy).
        let bytes: ArraySlice<UInt8>
        let hash: Int
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: ByteKey, b: ByteKey) -> Bool { a.hash == b.hash && a.bytes.elementsEqual(b.bytes) }
    }

    /// Keys of scalars below U+0300, by their bytes.
    private var nfc = Set<ByteKey>()
    /// Every key as a String, kept only once a key with a scalar from U+0300 on was inserted.
    private var strings: Set<String>?

    /// Adds the line's key; false when an equal key was there already.
    mutating func insert(_ line: TextLine) -> Bool {
        let (hash, belowU0300) = line.withKey(Self.hash)
        if belowU0300 {
            let key = ByteKey(bytes: line.keySlice, hash: hash)
            guard !nfc.contains(key) else { return false }
            if strings != nil, !strings!.insert(line.wordKey).inserted { return false }
            nfc.insert(key)
            return true
        }
        if strings == nil {
            strings = Set(nfc.map { String(decoding: $0.bytes, as: UTF8.self) })
        }
        return strings!.insert(line.wordKey).inserted
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
