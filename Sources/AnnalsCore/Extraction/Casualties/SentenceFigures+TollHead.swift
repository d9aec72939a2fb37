extension SentenceFigures {
    /// Whether a toll head ("deaths", "the dead", `toll-heads.txt`) at token `k` announces the
    /// count found after it: a toll verb stands between them ("deaths rose to 1,200", "confirmed
    /// fatalities stood at 310"), or an estimate verb stands at most four words before the head
    /// and "at" right before the count ("officials put the civilian dead at between 300 and 500",
    /// "estimated the number of dead at"). Without either, a casualty noun followed by a number
    /// ("deaths in 12 provinces") announces nothing. Complexity: O(tokens between head and count).
    func tollHeadAnnounces(at k: Int, length: Int, count: CountPhrase) -> Bool {
        let first = count.number.tokenRange.lowerBound
        // "nine people were injured as the number of evacuees rose": after an auxiliary the head is
        // a verb, and a clause opener between head and count starts another statement.
        if k > 0, Self.auxiliaries.contains(tokens[k - 1].lower) { return false }
        if (k + length..<first).contains(where: { Self.clauseOpeners.contains(tokens[$0].lower) }) { return false }
        if (k + length..<first).contains(where: { lexicon.tollVerbs.contains(tokens[$0].lower) }) { return true }
        guard first > k + length, tokens[first - 1].lower == "at" else { return false }
        var j = k - 1
        while j >= 0, j >= k - 4 {
            if lexicon.estimateVerbs.contains(tokens[j].lower) { return true }
            // Only the head's own determiners and modifiers may stand between ("put its civilian dead at").
            guard tokens[j].kind == .word, !numberTokens.contains(j), !lexicon.prepositions.contains(tokens[j].lower) else { return false }
            j -= 1
        }
        return false
    }

    /// "The number of people killed when a fuel tanker exploded on the bridge on Monday has risen to
    /// 58": a toll whose number follows a clause longer than the short phrase `OutcomeScanner.toll`
    /// crosses. The first toll verb (`toll-verbs.txt`) within 20 tokens with a count right after it
    /// links the toll to that count; a count, a sentence end or a semicolon before any toll verb ends the search (the
    /// clause states its own figures). Index of the count phrase, or nil. Complexity: O(20).
    func tollAfterClause(from start: Int) -> Int? {
        var j = start
        while j < tokens.count, j < start + 20 {
            let t = tokens[j]
            if phraseAt[j] != nil || t.text == "." || t.text == ";" || t.text == ":" { return nil }
            // "the blast that hit a market ... climbed to 41": a toll verb with no count after it
            // belongs to the clause; the search goes on.
            if lexicon.tollVerbs.contains(t.lower),
               let p = scanner.toll(after: j + 1, in: tokens, phraseStarting: { phraseAt[$0] }, isNumberToken: { numberTokens.contains($0) }) {
                return p
            }
            j += 1
        }
        return nil
    }

    private static let auxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "had", "have", "has", "get", "got", "left"]
    private static let clauseOpeners: Set<String> = ["as", "when", "while", "after", "because", "and", "but", "where", "which", "who", "that"]

    /// "the death toll topped 1,000", "deaths exceeded 900": the count as a lower bound when a verb
    /// of `toll-over-verbs.txt` stands between the toll (ending at `from`) and an exact count; nil
    /// otherwise (the count as parsed). Complexity: O(tokens between toll and count).
    func tollLowerBound(from: Int, count: CountPhrase) -> Quantity? {
        guard let value = count.number.quantity.exact, from < count.number.tokenRange.lowerBound,
              (from..<count.number.tokenRange.lowerBound).contains(where: { lexicon.tollOverVerbs.contains(tokens[$0].lower) })
        else { return nil }
        return Quantity(low: value, high: nil, approximate: count.number.quantity.approximate)
    }
}

extension SentenceFigures {
    /// "the blast killed no one", "injuring nobody": the outcome verb right before a zero subject
    /// (`negatives.txt`) at token `k`, when the verb is no head-limited one ("took no prisoners" is
    /// no casualty statement here) and no negation or modal stands before it.
    func verbBeforeZero(at k: Int) -> OutcomeScanner.Found? {
        guard k > 0, let (trigger, length) = lexicon.preTriggers.match(tokens, endingAt: k - 1), trigger.heads == nil else { return nil }
        let begin = k - length
        if begin > 0, ["not", "never", "n't", "could", "would", "will", "may", "might", "can", "cannot"].contains(tokens[begin - 1].lower) { return nil }
        return OutcomeScanner.Found(outcome: trigger.outcome, range: begin..<k)
    }
}
