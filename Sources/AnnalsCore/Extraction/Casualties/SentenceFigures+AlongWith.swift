extension SentenceFigures {
    /// "Five soldiers were killed in the attack, along with three civilians", "the blast killed 12
    /// soldiers along with 3 civilians": a count right after "along with" shares the outcome of
    /// the figure just before it, in its own group. Only a short gap may separate them (at most six
    /// tokens after the earlier figure's text: no count, no outcome word, no clause break other
    /// than one comma), so "The mayor arrived, along with 30 aides" states nothing.
    /// Runs after the outcome words are read. Complexity: O(phrases × 6).
    func coordinateAlongWith(_ resolved: inout [Resolution?], _ combined: [Bool]) {
        for p in phrases.indices.dropFirst() where resolved[p] == nil && !combined[p] && !phrases[p].isPartitive {
            let first = phrases[p].number.tokenRange.lowerBound
            guard first >= 2, tokens[first - 2].lower == "along", tokens[first - 1].lower == "with" else { continue }
            guard let r = resolved[p - 1], r.partOf == nil, !r.partOfEarlier else { continue }
            let gapStart = max(r.range.upperBound, phrases[p - 1].end)
            let gapEnd = first - 2
            guard gapStart <= gapEnd, gapEnd - gapStart <= 6 else { continue }
            var commas = 0
            let plain = (gapStart..<gapEnd).allSatisfy { j in
                if tokens[j].text == "," { commas += 1; return commas == 1 }
                return tokens[j].kind != .punctuation && phraseAt[j] == nil && lexicon.postTriggers.match(tokens, at: j) == nil
                    && lexicon.preTriggers.match(tokens, endingAt: j) == nil && !["and", "but", "while", "as"].contains(tokens[j].lower)
            }
            guard plain else { continue }
            resolved[p] = Resolution(outcome: r.outcome, range: first..<phrases[p].end)
        }
    }
}
