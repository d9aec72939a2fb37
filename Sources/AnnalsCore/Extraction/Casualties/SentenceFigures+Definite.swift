extension SentenceFigures {
    /// Whether a definite or possessive count of one ("their driver", "the pilot", see
    /// `HeadReader.definiteSingular`) counts a person here rather than refers back to one: it is
    /// coordinated with a count ("four engineers and their driver", "the pilot and two soldiers"),
    /// the object of an outcome verb right before it ("police shot dead the gunman"), or, for an
    /// attacker, the subject of an outcome word after it ("the gunman was shot dead"). `counts` are
    /// the sentence's count phrases read so far, `isNumber` marks their tokens.
    func isCountedDefinite(_ phrase: CountPhrase, counts: [CountPhrase], isNumber: (Int) -> Bool) -> Bool {
        let i = phrase.number.tokenRange.lowerBound, end = phrase.end
        if i > 0, let (trigger, length) = lexicon.preTriggers.match(tokens, endingAt: i - 1) {
            let begin = i - length
            let negated = begin > 0 && ["not", "never", "no", "n't", "nor"].contains(tokens[begin - 1].lower)
            if !negated, trigger.heads.map({ $0.contains(phrase.head ?? "") }) ?? true, !isDistantNominalisation(begin..<i) { return true }
        }
        // "The blast left the driver dead", "leaving their guide injured": the object of a verb of
        // leaving with its outcome word right after it.
        if i > 0, lexicon.leavingVerbs.contains(tokens[i - 1].lower), end < tokens.count, lexicon.postTriggers.match(tokens, at: end) != nil { return true }
        // After a count: "four engineers and their driver", "two soldiers, the pilot".
        var gapStart = i - 1
        if gapStart >= 0, tokens[gapStart].lower == "and" {
            if gapStart > 0, tokens[gapStart - 1].text == "," { gapStart -= 1 }
        } else if !(gapStart >= 0 && tokens[gapStart].text == ",") {
            gapStart = -1
        }
        if gapStart > 0, counts.contains(where: { $0.end == gapStart }) { return true }
        // Before a count: "the pilot and two soldiers".
        if end + 1 < tokens.count, tokens[end].lower == "and", isNumber(end + 1) || HeadReader.mayStartSingular(tokens[end + 1]) { return true }
        // "The gunman was shot dead": an attacker is a person of their own, not one of the victims
        // counted before; "the driver was killed" more often points back at a victim already counted.
        guard phrase.category == "fighters" else { return false }
        return scanner.after(from: end, hasHead: true, in: tokens, isNumberToken: isNumber) != nil
    }

    /// Whether an outcome noun before "of" ("killing of", "execution of") stands after anything but
    /// "the", a possessive or an article: "marked the 12th-century killing of the king's heir"
    /// recalls a known death, as a name would, and counts no victim of the reported event; "the
    /// killing of the guard" does.
    private func isDistantNominalisation(_ trigger: Range<Int>) -> Bool {
        guard tokens[trigger.upperBound - 1].lower == "of", tokens[trigger.lowerBound].lower != "the" else { return false }
        let before = trigger.lowerBound - 1
        return before < 0 || !Self.nominalDeterminers.contains(tokens[before].lower)
    }

    private static let nominalDeterminers: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "'s", "’s", "'", "’"]

    /// "A truck hit a minibus, killing 12 people, and the driver fled": a definite count of one
    /// after a count whose outcome word stands before it, with an outcome word of its own after it,
    /// opens a new clause about someone who may be no victim (or one already counted); it is no
    /// figure. Runs after the outcome words are read. Complexity: O(phrases).
    func dropDefiniteClauseSubjects(_ resolved: inout [Resolution?], _ combined: inout [Bool]) {
        for p in phrases.indices where phrases[p].isDefinite {
            guard let r = resolved[p], !isBefore(r, phrases[p]), let prev = coordinatedPrevious(p),
                  let earlier = resolved[prev], isBefore(earlier, phrases[prev]) else { continue }
            resolved[p] = nil
            combined[p] = true // nor may a later rule share the count's outcome with it
        }
    }
}
