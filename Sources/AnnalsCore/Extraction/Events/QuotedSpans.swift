/// Stretches of a document inside quotation marks: speakers' words, which Annals attributes but
/// does not read as the reporter's account of events.
public enum QuotedSpans {
    /// Scalar ranges inside “…” or "…" across the sentences (a quote may run over several).
    /// Complexity: O(n) in the length of the sentences.
    public static func find(in sentences: [Sentence]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var openedAt: Int?
        for sentence in sentences {
            var offset = sentence.start
            for scalar in sentence.text.unicodeScalars {
                switch scalar {
                case "“":
                    openedAt = offset
                case "”":
                    if let o = openedAt { spans.append(o..<(offset + 1)); openedAt = nil }
                case "\"":
                    if let o = openedAt { spans.append(o..<(offset + 1)); openedAt = nil } else { openedAt = offset }
                default:
                    break
                }
                offset += 1
            }
        }
        return spans
    }
}
