/// One person's death or injury reported with a personal pronoun: "police said he was shot dead",
/// "she was killed instantly" (killed all 1).
extension SentenceFigures {
    /// Appends a count of one for each "he"/"she" opening a clause and followed by a phrase of
    /// `pronoun-outcomes.txt` ("he was shot dead"), unless the document already holds a figure of
    /// that outcome: a pronoun most often points back at someone counted before ("A soldier was
    /// killed at the gate. He was shot dead by a sniper"), and adding one more would count that
    /// person twice, or once more in another group. Complexity: O(tokens).
    func appendPronounCasualties(to result: inout [FigureMention], text: ScalarSlicer) {
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            guard Self.mayBePronoun(tokens[k]), tokens[k].lower == "he" || tokens[k].lower == "she" else { continue }
            if k > 0 {
                let before = tokens[k - 1]
                guard before.kind == .punctuation || lexicon.pronounClauseOpeners.contains(before.lower) else { continue }
            }
            guard let (outcome, length) = lexicon.pronounOutcomes.match(tokens, at: k + 1),
                  !result.contains(where: { $0.outcome == outcome }) else { continue }
            let start = tokens[k].start, end = tokens[k + length].end
            result.append(FigureMention(start: start, end: end, text: text.slice(start - sentence.start, end - sentence.start),
                                        outcome: outcome, category: .all, quantity: Quantity(exactly: 1), sentence: sentence.index))
            k += length
        }
    }

    /// A byte check before any string comparison: "he" or "she", any case.
    @inline(__always) private static func mayBePronoun(_ t: Token) -> Bool {
        guard t.kind == .word, let b = t.lower.utf8.first else { return false }
        let count = t.lower.utf8.count
        return (b == 0x68 && count == 2) || (b == 0x73 && count == 3) // "h", "s"
    }
}
