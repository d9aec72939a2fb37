/// Stretches of a document inside quotation marks: speakers' words, which Annals attributes but
/// does not read as the reporter's account of events.
public enum QuotedSpans {
    /// Scalar ranges inside “…” or "…" across the sentences (a quote may run over several).
    /// Complexity: O(n) in the length of the sentences.
    public static func find(in sentences: [Sentence]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var openedAt: Int?
        for sentence in sentences {
            var text = sentence.text
            // The UTF-8 bytes, read in place: `"` is 22, “ is E2 80 9C and ” is E2 80 9D; every byte
            // but a continuation byte (10xxxxxx) starts a scalar, which is how offsets count.
            text.withUTF8 { u in
                var offset = sentence.start - 1
                for p in u.indices {
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
                }
            }
        }
        return spans
    }
}
