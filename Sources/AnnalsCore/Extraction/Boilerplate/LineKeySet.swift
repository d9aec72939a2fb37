/// The lines of an article seen so far, by their word keys (`TextLine.keyBytes`), for finding
/// lines the page printed twice.
///
/// Why not `Set<String>` of `wordKey`: that made a String of every line and hashed it with SipHash,
/// byte by byte. Here an ASCII key is hashed once with FNV-1a and compared as bytes. Same answers:
/// two ASCII keys are equal Strings exactly when their bytes are equal, and a key beyond ASCII
/// cannot equal an ASCII one (its words are lower-cased letters; no lower-case letter beyond ASCII
/// is canonically equivalent to ASCII text), so keys beyond ASCII keep a `Set<String>` of their
/// own, where canonical equivalence decides as before. O(key bytes) per insertion.
struct LineKeySet {
    private struct ASCIIKey: Hashable {
        let bytes: [UInt8]
        let hash: Int
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: ASCIIKey, b: ASCIIKey) -> Bool { a.hash == b.hash && a.bytes == b.bytes }
    }

    private var ascii = Set<ASCIIKey>()
    private var others = Set<String>()

    /// Adds the line's key; false when an equal key was there already.
    mutating func insert(_ line: TextLine) -> Bool {
        guard line.keyIsASCII else { return others.insert(line.wordKey).inserted }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in line.keyBytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return ascii.insert(ASCIIKey(bytes: line.keyBytes, hash: Int(truncatingIfNeeded: h))).inserted
    }
}
