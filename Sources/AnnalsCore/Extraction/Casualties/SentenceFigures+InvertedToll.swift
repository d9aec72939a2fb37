extension SentenceFigures {
    /// "bringing to 9,800 the number of dead", "raising to 212 the death toll": a running total
    /// whose number comes before its toll phrase. A bare count right after "<total verb> to"
    /// (`total-verbs.txt`) takes the outcome of a toll phrase of `tolls.txt` right after it ("the"
    /// and "total" may stand first). Parts ("among the dead") are not read this way. Runs after
    /// the toll phrases. Complexity: O(phrases).
    func resolveInvertedTolls(_ resolved: inout [Resolution?], _ combined: [Bool]) {
        for p in phrases.indices where resolved[p] == nil && !combined[p] && !phrases[p].hasHead && !phrases[p].isPartitive {
            let first = phrases[p].number.tokenRange.lowerBound
            guard first >= 2, tokens[first - 1].lower == "to", lexicon.totalVerbs.contains(tokens[first - 2].lower) else { continue }
            var k = phrases[p].end
            if k < tokens.count, tokens[k].lower == "the" { k += 1 }
            if k < tokens.count, tokens[k].lower == "total" { k += 1 }
            guard let (toll, length) = lexicon.tolls.match(tokens, at: k), !toll.isPart else { continue }
            resolved[p] = Resolution(outcome: toll.outcome, range: (first - 2)..<(k + length))
        }
    }
}
