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

    /// "killing 23 people, 9 of them children, and 4 policemen", "the deaths of 212 people, 64 of
    /// them children, as well as 9 of the gunmen": a count coordinated after an aside "N of them
    /// <group>," that breaks down the count before it is coordinated with that count, not with the
    /// part. The aside must open right after a comma that follows the total, hold at most three
    /// words after "of them", and close with a comma before the coordinator. Complexity: O(6).
    func totalBeforePartAside(_ p: Int) -> Int? {
        guard p >= 2, phrases[p - 1].isPartitive, phrases[p - 1].partitiveGroup == nil else { return nil }
        let total = p - 2, part = p - 1
        let partStart = phrases[part].number.tokenRange.lowerBound
        guard phrases[total].end + 1 == partStart, tokens[phrases[total].end].text == ",",
              ["them", "whom"].contains(tokens[phrases[part].end - 1].lower) else { return nil }
        var k = phrases[part].end
        while k < partStart + 8, k < tokens.count, tokens[k].kind == .word, phraseAt[k] == nil,
              lexicon.postTriggers.match(tokens, at: k) == nil, Self.asideEnders.contains(tokens[k].lower) == false { k += 1 }
        guard k > phrases[part].end, k - phrases[part].end <= 3, k < tokens.count, tokens[k].text == "," else { return nil }
        let gap = (k + 1)..<phrases[p].number.tokenRange.lowerBound
        let joined = gap.map { tokens[$0].lower }
        return Self.asideCoordinators.contains(joined) ? total : nil
    }

    private static let asideEnders: Set<String> = ["and", "or", "as", "plus"]
    private static let asideCoordinators: Set<[String]> = [["and"], ["as", "well", "as"], ["plus"]]

    func coordinatedNext(_ p: Int) -> Int? { p + 1 < phrases.count && coordinated(p, p + 1) ? p + 1 : nil }
    func coordinatedPrevious(_ p: Int) -> Int? { p > 0 && coordinated(p - 1, p) ? p - 1 : nil }

    /// Coordination forward: an unresolved count right after a count whose outcome word stands
    /// before it ("killing 12 soldiers and 3 civilians", "among the dead were 11 women and six
    /// children") shares that outcome, and a part of an earlier total stays a part.
    func coordinateForward(_ resolved: inout [Resolution?], _ combined: [Bool]) {
        for p in phrases.indices where resolved[p] == nil && !combined[p] {
            guard let prev = coordinatedPrevious(p) ?? totalBeforePartAside(p), let r = resolved[prev], isBefore(r, phrases[prev]) else { continue }
            var own = Resolution(outcome: r.outcome, range: r.range.lowerBound..<phrases[p].end)
            own.partOfEarlier = r.partOfEarlier
            resolved[p] = own
        }
    }
}
