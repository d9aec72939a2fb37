extension SentenceFigures {
    /// "2,400 soldiers became casualties, of whom 700 were killed", "the battle cost 9,000 men,
    /// of which 3,100 died": a part opened by "of whom"/"of which" right after a count of a named
    /// group, when that count is no figure of its own (a combined count, or an outcome the
    /// extractor does not record), is a count of the same group (evaluation guidelines, rules 8
    /// and 11). A part with a group of its own ("of whom 200 were children") keeps it, and a part
    /// of a resolved total is read by the breakdown rules instead.
    ///
    /// The total must end at most four tokens before the marker, with no sentence punctuation
    /// between. Complexity: O(phrases).
    func inheritRelativePartGroups(_ resolved: inout [Resolution?], _ combined: [Bool]) {
        for p in phrases.indices.dropFirst() {
            guard var r = resolved[p], r.category == nil, r.partOf == nil, !r.partOfEarlier else { continue }
            let phrase = phrases[p]
            guard !phrase.hasHead, !phrase.isPartitive, !phrase.isSingular, phrase.category == .all else { continue }
            let first = phrase.number.tokenRange.lowerBound
            guard first >= 2, tokens[first - 2].lower == "of", ["whom", "which"].contains(tokens[first - 1].lower) else { continue }
            let total = p - 1
            guard resolved[total] == nil || combined[total] else { continue }
            let category = phrases[total].category
            guard category != .all, partCategory(p) == .all else { continue }
            let gap = phrases[total].end..<(first - 2)
            guard gap.count <= 4, !gap.contains(where: { [".", ";", ":"].contains(tokens[$0].text) || numberTokens.contains($0) }) else { continue }
            r.category = category
            resolved[p] = r
        }
    }
}
