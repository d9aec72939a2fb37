/// Counts joined by "and" or commas ("12 soldiers and 3 civilians", "5, 6 and 7"): which
/// phrases are coordinated, and the outcome an unresolved count takes from the count before it.
extension SentenceFigures {
    func isBefore(_ r: Resolution, _ phrase: CountPhrase) -> Bool {
        r.range.lowerBound < phrase.number.tokenRange.lowerBound
    }

    /// Tokens allowed between coordinated counts: "12 soldiers and 3 civilians", "5, 6 and 7".
    func coordinated(_ a: Int, _ b: Int) -> Bool {
        if phrases[a].isPartitive || phrases[b].isPartitive { return false }
        let gap = phrases[a].end..<phrases[b].number.tokenRange.lowerBound
        guard gap.count >= 1, gap.count <= 3 else { return false }
        // Compared word by word: joining the gap into a string allocated on every call.
        return Self.coordinators.contains { words in
            words.count == gap.count && words.indices.allSatisfy { tokens[gap.lowerBound + $0].lower == words[$0] }
        }
    }

    /// "The army evacuated 12,000 residents, and 3 people were reported killed": the count right
    /// after a past-tense verb (determiners and "another" may stand between) is that verb's object,
    /// so it does not take the outcome of a count coordinated after it. Verbs of saying or finding
    /// (`report-verbs.txt`: "officials reported 12 soldiers and 3 civilians were killed") are no
    /// such verbs. Complexity: O(3).
    func isObjectOfOtherVerb(_ p: Int) -> Bool {
        var k = phrases[p].number.tokenRange.lowerBound - 1
        while k >= 0, k >= phrases[p].number.tokenRange.lowerBound - 3, ["the", "a", "an", "some", "another", "its", "their"].contains(tokens[k].lower) { k -= 1 }
        guard k >= 0 else { return false }
        let w = tokens[k].lower
        return tokens[k].kind == .word && w.count > 3 && w.hasSuffix("ed") && !lexicon.reportVerbs.contains(w)
    }

    static let coordinators: [[String]] = [",", "and", ", and", "as well as", "plus", "or", ", as well as", "and her", "and his", "and their", "and its"]
        .map { $0.split(separator: " ").map(String.init) }

    func coordinatedNext(_ p: Int) -> Int? { p + 1 < phrases.count && coordinated(p, p + 1) ? p + 1 : nil }
    func coordinatedPrevious(_ p: Int) -> Int? { p > 0 && coordinated(p - 1, p) ? p - 1 : nil }

    /// Coordination forward: an unresolved count right after a count whose outcome word stands
    /// before it ("killing 12 soldiers and 3 civilians", "among the dead were 11 women and six
    /// children") shares that outcome, and a part of an earlier total stays a part.
    func coordinateForward(_ resolved: inout [Resolution?], _ combined: [Bool]) {
        for p in phrases.indices where resolved[p] == nil && !combined[p] {
            guard let prev = coordinatedPrevious(p), let r = resolved[prev], isBefore(r, phrases[prev]) else { continue }
            var own = Resolution(outcome: r.outcome, range: r.range.lowerBound..<phrases[p].end)
            own.partOfEarlier = r.partOfEarlier
            resolved[p] = own
        }
    }
}
