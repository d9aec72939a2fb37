extension SentenceFigures {
    /// "Twenty miners were killed in the collapse, as were two rescuers", "11 people died, as did
    /// 4 firefighters", "so were 6 police": a count right after "as"/"so" and an auxiliary of
    /// `elided-clause-verbs.txt` repeats, in an elided clause, the verb of the figure stated last
    /// before it in the sentence, so it shares that figure's outcome in its own group. The earlier
    /// figure must have its outcome word after its count (the elided verb is the one that clause
    /// ended on) and the counts are not added (guidelines: separate groups are separate figures).
    /// Runs after the outcome words are read. Complexity: O(phrases²) in the worst case, phrases
    /// per sentence being few.
    func resolveElidedLikeness(_ resolved: inout [Resolution?], _ combined: [Bool]) {
        for p in phrases.indices.dropFirst() where resolved[p] == nil && !combined[p] && !phrases[p].isPartitive {
            let first = phrases[p].number.tokenRange.lowerBound
            guard first >= 2, lexicon.elidedClauseVerbs.contains(tokens[first - 1].lower) else { continue }
            let opener = tokens[first - 2].lower
            guard opener == "as" || opener == "so" else { continue }
            guard let q = (0..<p).last(where: { resolved[$0] != nil }), let r = resolved[q], r.partOf == nil,
                  r.range.lowerBound == phrases[q].number.tokenRange.lowerBound, r.range.upperBound <= first - 2 else { continue }
            resolved[p] = Resolution(outcome: r.outcome, range: first..<phrases[p].end)
        }
    }
}
