extension SentenceFigures {
    /// Whether a toll head ("deaths", "the dead", `toll-heads.txt`) at token `k` announces the
    /// count found after it: a toll verb stands between them ("deaths rose to 1,200", "confirmed
    /// fatalities stood at 310"), or an estimate verb stands at most four words before the head
    /// and "at" right before the count ("officials put the civilian dead at between 300 and 500",
    /// "estimated the number of dead at"). Without either, a casualty noun followed by a number
    /// ("deaths in 12 provinces") announces nothing. Complexity: O(tokens between head and count).
    func tollHeadAnnounces(at k: Int, length: Int, count: CountPhrase) -> Bool {
        let first = count.number.tokenRange.lowerBound
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
