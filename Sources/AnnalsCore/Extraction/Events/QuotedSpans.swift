/// Stretches of a document inside quotation marks: speakers' words, which Annals attributes but
/// does not read as the reporter's account of events.
public enum QuotedSpans {
    /// Scalar ranges inside “…” or "…" across the sentences (a quote may run over several).
    /// Complexity: O(n) in the length of the sentences; eight bytes a step through plain ASCII
    /// without a quote, which is most of a text.
    public static func find(in sentences: [Sentence]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var openedAt: Int?
        for sentence in sentences {
            var text = sentence.text
            // The UTF-8 bytes, read in place: `"` is 22, “ is E2 80 9C and ” is E2 80 9D; every byte
            // but a continuation byte (10xxxxxx) starts a scalar, which is how offsets count.
            text.withUTF8 { u in
                guard let base = u.baseAddress else { return }
                var offset = sentence.start - 1
                var p = 0
                while p < u.count {
                    // Eight ASCII bytes none of which is `"`: eight scalars, nothing to mark.
                    if p + 8 <= u.count {
                        let word = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
                        if word & highBits == 0 && !hasZeroByte(word ^ quoteBytes) {
                            offset += 8
                            p += 8
                            continue
                        }
                    }
                    let b = u[p]
                    if b & 0xC0 != 0x80 { offset += 1 }
                    if b == 0x22 {
                        if let o = openedAt { spans.append(o..<(offset + 1)); openedAt = nil } else { openedAt = offset }
                    } else if b == 0x9C || b == 0x9D, p >= 2, u[p - 1] == 0x80, u[p - 2] == 0xE2 {
                        if b == 0x9C {
                            openedAt = offset
                        } else if let o = openedAt {
                            spans.append(o..<(offset + 1)); openedAt = nil
                        }
                    }
                    p += 1
                }
            }
        }
        return spans
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101
    private static let quoteBytes: UInt64 = 0x2222_2222_2222_2222

    /// Whether some byte of `v` is zero (the classic bit trick: exact for "some byte", O(1)).
    @inline(__always)
    private static func hasZeroByte(_ v: UInt64) -> Bool { (v &- lowBits) & ~v & highBits != 0 }
}
