/// Slices of a text by Unicode-scalar offsets, copied from its UTF-8 bytes: a cursor remembers the
/// byte offset of the last scalar offset asked for, so slices asked for in text order cost one pass
/// over the text in all (an earlier offset starts the walk again from the text's start).
///
/// Why: the sentence splitter works on scalars and the casualty rules on scalar offsets, but a
/// sentence's or a figure's text is a run of the file's bytes; copying those bytes is cheaper than
/// encoding the scalars again. Used by the splitter (one cursor per document) and by
/// `ScalarSlicer` (one per slice).
struct UTF8Cursor {
    /// The text's UTF-8 bytes, valid UTF-8 (a String's).
    let bytes: UnsafeBufferPointer<UInt8>
    /// Scalar offset `scalar` starts at byte `byte`.
    private var scalar = 0
    private var byte = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte offset where scalar `offset` starts (the text's end past its last scalar; a
    /// negative offset is 0). Amortised O(1) for increasing offsets.
    ///
    /// The walk reads the bytes: eight ASCII bytes (no high bit) are eight scalars, and a lead
    /// byte gives its scalar's length otherwise.
    mutating func byteOffset(_ offset: Int) -> Int {
        let target = max(0, offset)
        if target < scalar { scalar = 0; byte = 0 }
        var s = scalar, b = byte
        if let base = bytes.baseAddress {
            while s < target && b < bytes.count {
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

    /// The text between scalar offsets `start` and `end`, clamped to the text as
    /// `ScalarText.slice` clamps; empty when `end` is not after `start`.
    mutating func slice(_ start: Int, _ end: Int) -> String {
        let a = max(0, start), b = max(a, end)
        guard a < b else { return "" }
        let from = byteOffset(a), to = byteOffset(b)
        guard from < to else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}
