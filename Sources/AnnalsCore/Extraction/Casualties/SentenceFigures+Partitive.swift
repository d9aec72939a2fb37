extension SentenceFigures {
    /// Counts stated as a part of a casualty group: "nine of the dead were women and four were
    /// children", "children under ten account for 17 of the deaths", "Of the injured, 30 were
    /// women", "Of the 48 dead, 15 were children". The group gives the outcome, the people noun
    /// after "were" (or the group before a part verb) the category; the count is a part of a total
    /// stated elsewhere (`partOfEarlier`), not a new total. A part with no category of its own ("12
    /// of the dead were foreigners", "Of the injured, 30 were students") is no figure (evaluation
    /// guidelines, rule 8), and no later rule may read it as one (`combined` is set).
    ///
    /// Runs after the outcome words are read (a leading "Of the 48 dead," needs its count resolved)
    /// and before coordination and tolls. Complexity: O(phrases × a few tokens).
    func resolvePartitives(_ resolved: inout [Resolution?], _ combined: inout [Bool]) {
        /// The last part read from "were <people>": its outcome and the token past its people noun.
        var previous: (outcome: Outcome, end: Int)? = nil
        for p in phrases.indices where resolved[p] == nil && !combined[p] {
            let phrase = phrases[p]
            let first = phrase.number.tokenRange.lowerBound
            var outcome = phrase.partitiveGroup
            var continues = false
            if outcome == nil, !phrase.hasHead, !phrase.isPartitive, !phrase.isSingular {
                if let o = leadingGroupOutcome(before: first, resolved) {
                    outcome = o
                } else if let prev = previous, isListGap(from: prev.end, to: first) {
                    outcome = prev.outcome // "... were women and four were children"
                    continues = true
                }
            }
            guard let o = outcome else { continue }
            if let (category, end) = statedCategory(after: phrase.end) {
                previous = (o, end)
                guard category != .all else { combined[p] = true; continue }
                var r = Resolution(outcome: o, range: first..<end, category: category)
                r.partOfEarlier = true
                resolved[p] = r
            } else if !continues, phrase.partitiveGroup != nil, let (category, begin) = groupBeforePartVerb(first) {
                guard category != .all else { combined[p] = true; continue }
                var r = Resolution(outcome: o, range: begin..<phrase.end, category: category)
                r.partOfEarlier = true
                resolved[p] = r
            } else if !continues {
                combined[p] = true // a part with no group of its own
            }
        }
    }

    /// "Eleven civilians were among the 40 people killed": a count stated as among a counted group
    /// of the same sentence is a part of it, with the group's outcome; in no category of its own
    /// ("two tourists were among the 40 people killed") it is no figure (guidelines, rule 8).
    /// Runs after the outcome words are read. Complexity: O(phrases).
    func resolveAmongCounts(_ resolved: inout [Resolution?], _ combined: inout [Bool]) {
        for p in phrases.indices.dropLast() where resolved[p] == nil && !combined[p] && phrases[p].hasHead {
            var k = phrases[p].end
            guard k < tokens.count, Self.partCopulas.contains(tokens[k].lower) else { continue }
            k += 1
            if k < tokens.count, lexicon.fillers.contains(tokens[k].lower) { k += 1 }
            guard k + 2 < tokens.count, tokens[k].lower == "among", ["the", "those"].contains(tokens[k + 1].lower) else { continue }
            let q = p + 1
            guard phrases[q].number.tokenRange.lowerBound == k + 2, let total = resolved[q], total.partOf == nil, !total.partOfEarlier else { continue }
            let category = phrases[p].category
            guard category != .all, category != (total.category ?? phrases[q].category) else { combined[p] = true; continue }
            var r = Resolution(outcome: total.outcome, range: phrases[p].number.tokenRange.lowerBound..<phrases[p].end, category: category)
            r.partOfEarlier = true
            resolved[p] = r
        }
    }

    private static let partCopulas: Set<String> = ["were", "was", "are", "is"]

    /// "were women", "was a child", "were civilian drivers": the category a part states after its
    /// count, and the token past the people noun. At most two modifier words before the noun.
    private func statedCategory(after end: Int) -> (CasualtyCategory, Int)? {
        guard end < tokens.count, Self.partCopulas.contains(tokens[end].lower) else { return nil }
        var k = end + 1
        // "600 were under the age of 15": an age below adulthood names children.
        if let past = childAgeEnd(at: k) { return (.children, past) }
        if k < tokens.count, tokens[k].lower == "a" || tokens[k].lower == "an" {
            k += 1
            if let (c, length) = lexicon.singularPeople.match(tokens, at: k) { return (c, k + length) }
        }
        var modified: CasualtyCategory? = nil
        for _ in 0..<3 where k < tokens.count {
            if let (c, length) = lexicon.peopleNouns.match(tokens, at: k) {
                // "were soldiers and sailors": a part over two groups is everyone's (guideline 7).
                let e = k + length
                if e + 1 < tokens.count, tokens[e].lower == "and" || tokens[e].lower == "or",
                   let (other, otherLength) = lexicon.peopleNouns.match(tokens, at: e + 1), other != c { return (.all, e + 1 + otherLength) }
                return (c == .all ? modified ?? c : c, e)
            }
            if let (c, length) = lexicon.singularPeople.match(tokens, at: k) { return (c == .all ? modified ?? c : c, k + length) }
            guard tokens[k].kind == .word, !numberTokens.contains(k), !lexicon.stopWords.contains(tokens[k].lower),
                  lexicon.postTriggers.match(tokens, at: k) == nil else { return nil }
            if let c = lexicon.categoryModifiers[tokens[k].lower] { modified = c }
            k += 1
        }
        return nil
    }

    /// "Children under ten account for 17 of the deaths": the group before a part verb right
    /// before the count, with the token its noun starts at. The noun is the nearest people noun at
    /// most four tokens before the verb, within the clause.
    private func groupBeforePartVerb(_ first: Int) -> (CasualtyCategory, Int)? {
        guard first > 0, let (_, length) = lexicon.partVerbs.match(tokens, endingAt: first - 1) else { return nil }
        let verb = first - length
        var j = verb - 1
        while j >= 0, j >= verb - 4 {
            let t = tokens[j].text
            if t == "," || t == ";" || t == "." || t == ":" { return nil }
            if let (c, l) = lexicon.peopleNouns.match(tokens, at: j), j + l <= verb {
                // "women and girls": a group over several categories is everyone.
                if j >= 2, tokens[j - 1].lower == "and" || tokens[j - 1].lower == "or",
                   let (other, ol) = lexicon.peopleNouns.match(tokens, at: j - 2), j - 2 + ol == j - 1, other != c {
                    return (.all, j - 2)
                }
                return (c, j)
            }
            j -= 1
        }
        return nil
    }

    /// "Of the injured, 30 were ...", "Of the 48 dead, 15 were ...": the outcome of the group a
    /// clause opens with, when the count right after its comma is a part of it. The group is a
    /// listed one (`partitive-groups.txt`) or a resolved count ending at the comma.
    private func leadingGroupOutcome(before first: Int, _ resolved: [Resolution?]) -> Outcome? {
        guard first >= 3, tokens[first - 1].text == "," else { return nil }
        let comma = first - 1
        var j = comma - 1
        while j >= 0, j >= comma - 8 {
            let t = tokens[j].text
            if t == "," || t == ";" || t == "." || t == ":" { return nil }
            if tokens[j].lower == "of" {
                let opensClause = j == 0 || [",", ";", ":", "—", "–"].contains(tokens[j - 1].text)
                guard opensClause else { return nil }
                if let (o, length) = lexicon.partitiveGroups.match(tokens, at: j + 1), j + 1 + length == comma { return o }
                // "of the 48 dead", "of the 212 people killed": a count resolved up to the comma.
                for q in phrases.indices {
                    let start = phrases[q].number.tokenRange.lowerBound
                    guard start > j, start <= j + 2, let r = resolved[q], r.range.upperBound == comma, !r.partOfEarlier else { continue }
                    return r.outcome
                }
                return nil
            }
            j -= 1
        }
        return nil
    }

    /// "Among the dead, 14 were children and 6 were women", "the wounded included 12 who were
    /// soldiers": a part of a total stated elsewhere, read by a toll phrase, takes the category
    /// "were <people noun>" states after it, and a list of such parts shares the toll's outcome.
    /// Runs after the toll phrases. Complexity: O(phrases).
    func categoriseStatedParts(_ resolved: inout [Resolution?]) {
        var previous: (outcome: Outcome, end: Int)? = nil
        for p in phrases.indices {
            let phrase = phrases[p]
            guard !phrase.hasHead, !phrase.isPartitive, !phrase.isSingular else { continue }
            let first = phrase.number.tokenRange.lowerBound
            if var r = resolved[p] {
                guard r.partOfEarlier, r.category == nil, let (category, end) = statedCategory(after: phrase.end) else { continue }
                r.category = category
                r.range = r.range.lowerBound..<max(r.range.upperBound, end)
                resolved[p] = r
                previous = (r.outcome, end)
            } else if let prev = previous, isListGap(from: prev.end, to: first), let (category, end) = statedCategory(after: phrase.end) {
                var r = Resolution(outcome: prev.outcome, range: first..<end, category: category)
                r.partOfEarlier = true
                resolved[p] = r
                previous = (prev.outcome, end)
            }
        }
    }

    /// "and", "," or ", and" between one part (ending before `from`) and the next (at `to`).
    private func isListGap(from: Int, to: Int) -> Bool {
        guard to - from >= 1, to - from <= 2 else { return false }
        let words = tokens[from..<to].map(\.lower)
        return words == ["and"] || words == [","] || words == [",", "and"] || words == ["while"] || words == [",", "while"]
    }
}
