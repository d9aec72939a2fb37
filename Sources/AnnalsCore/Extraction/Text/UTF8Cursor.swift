/// Slices of a text by scalar offsets, copied from its UTF-8 bytes: a cursor remembers the byte
/// offset of the last scalar offset asked for, so slices asked for in text order cost one pass
/// over the text in all (an earlier offset starts the walk again from the text's start).
///
/// Why: the sentence splitter works on scalars, but each sentence's text is a run of the file's
/// bytes; copying those bytes is cheaper than encoding the scalars again.
struct UTF8Cursor {
    /// The text's scalars and its UTF-8 bytes (the same text).
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let bytes: UnsafeBufferPointer<UInt8>
    /// Scalar offset `scalar` starts at byte `byte`.
    private var scalar = 0
    private var byte = 0

    init(scalars: UnsafeBufferPointer<Unicode.Scalar>, bytes: UnsafeBufferPointer<UInt8>) {
        self.scalars = scalars
        self.bytes = bytes
    }

    /// The byte offset where scalar `offset` starts (clamped to the text). Amortised O(1) for
    /// increasing offsets.
    ///
    /// The walk reads the bytes: eight ASCII bytes (no high bit) are eight scalars, and a lead
    /// byte gives its scalar's length otherwise (the bytes are a String's, valid UTF-8).
    mutating func byteOffset(_ offset: Int) -> Int {
        let target = max(0, min(offset, scalars.count))
        if target < scalar { scalar = 0; byte = 0 }
        var s = scalar, b = byte
        if let base = bytes.baseAddress {
            while s < target {
                if target - s >= 8 && b + 8 <= bytes.count
                    && UnsafeRawPointer(base + b).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    s += 8
                    b += 8
                    continue
                }
                let lead = bytes[b]
                b += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                s += 1
            }
        }
        scalar = s
        byte = b
        return b
    }

    /// The text between scalar offsets `start` and `end` (clamped to the text, as
    /// `ScalarText.slice` clamps).
    mutating func slice(_ start: Int, _ end: Int) -> String {
        let a = max(0, min(start, scalars.count)), b = max(a, min(end, scalars.count))
        guard a < b else { return "" }
        let from = byteOffset(a), to = byteOffset(b)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}
