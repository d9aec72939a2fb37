extension SentenceFigures {
    /// A group named as the subject of one clause and counted in the next: "Government troops
    /// fled; around 400 were taken prisoner" is captured/soldiers. The count must have no head
    /// noun of its own and open its clause as the subject of its outcome word; the clause before,
    /// in the same sentence, must open with a people noun of a category of its own (after at most
    /// three modifier words: "Government", "The remaining rebel"), hold no count, and have a group
    /// verb (`group-verbs.txt`) right after the noun. Agentive and speech verbs never carry a group
    /// ("Police said the crowd turned violent; 35 were injured" names no injured police).
    ///
    /// Complexity: O(phrases × clause length).
    func carryClauseSubjects(_ resolved: inout [Resolution?]) {
        for p in phrases.indices {
            guard var r = resolved[p], r.category == nil, r.partOf == nil, !r.partOfEarlier else { continue }
            let phrase = phrases[p]
            guard !phrase.hasHead, !phrase.isPartitive, !phrase.isSingular, phrase.category == .all else { continue }
            let first = phrase.number.tokenRange.lowerBound
            guard r.range.lowerBound == first, let boundary = clauseBoundary(before: first) else { continue }
            guard let category = subjectGroup(endingBefore: boundary) else { continue }
            r.category = category
            resolved[p] = r
        }
    }

    /// The index of the break that opens the count's clause: ";" or "," (optionally followed by
    /// "and"/"but"), or ":"/"—".
    private func clauseBoundary(before first: Int) -> Int? {
        var b = first - 1
        guard b > 0 else { return nil }
        if ["and", "but", "while"].contains(tokens[b].lower) {
            b -= 1
            guard b > 0 else { return nil }
            return tokens[b].text == "," || tokens[b].text == ";" ? b : nil
        }
        return [";", ",", ":", "—", "–"].contains(tokens[b].text) ? b : nil
    }

    /// The category of the group opening the clause that ends at `boundary`, when its verb is a
    /// group verb and the clause holds no number.
    private func subjectGroup(endingBefore boundary: Int) -> CasualtyCategory? {
        var start = boundary - 1
        while start > 0, ![";", ",", ".", ":", "—", "–"].contains(tokens[start - 1].text) { start -= 1 }
        guard boundary - start >= 2, boundary - start <= 10 else { return nil }
        if (start..<boundary).contains(where: { numberTokens.contains($0) }) { return nil }
        var k = start
        var modifiers = 0
        while k < boundary, modifiers <= 3 {
            if let (c, length) = lexicon.peopleNouns.match(tokens, at: k) {
                guard c != .all else { return nil }
                var v = k + length
                if v < boundary, ["were", "had", "have", "was"].contains(tokens[v].lower), lexicon.groupVerbs.match(tokens, at: v) == nil { v += 1 }
                guard let (_, verbLength) = lexicon.groupVerbs.match(tokens, at: v), v + verbLength <= boundary else { return nil }
                return c
            }
            guard tokens[k].kind == .word, !lexicon.prepositions.contains(tokens[k].lower) else { return nil }
            modifiers += 1
            k += 1
        }
        return nil
    }
}
