extension SentenceFigures {
    /// "Twenty miners were killed in the collapse, as were two rescuers", "11 people died, as did
    /// 4 firefighters", "so were 6 police": a count right after "as"/"so" and an auxiliary of
    /// `elided-clause-verbs.txt` repeats, in an elided clause, the verb of the figure stated last
    /// before it in the sentence, so it shares that figure's outcome in its own group. The earlier
    /// figure must have its outcome word after its count (the elided verb is the one that clause
    /// ended on). Like coordinated counts, two of the same group are then added (`likenessNext`).
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

    /// The phrase right after phrase `i` when it is joined to it by "along with" or by an elided
    /// clause of likeness ("as were", "as did"): coordination in meaning, so two such counts of the
    /// same outcome and group with no total are one figure, their sum (evaluation guidelines, rule 9:
    /// "30 hostages were killed along with a guard" counts 31). Complexity: O(1).
    func likenessNext(_ i: Int) -> Int? {
        let next = i + 1
        guard next < phrases.count else { return nil }
        let first = phrases[next].number.tokenRange.lowerBound
        guard first >= 2, first - 2 >= phrases[i].end else { return nil }
        let a = tokens[first - 2].lower, b = tokens[first - 1].lower
        if a == "along", b == "with" { return next }
        if a == "as" || a == "so", lexicon.elidedClauseVerbs.contains(b) { return next }
        return nil
    }
}
