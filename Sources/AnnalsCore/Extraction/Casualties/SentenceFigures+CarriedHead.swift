/// A bare count as a clause's subject whose people were named with a count before it: "Twenty
/// soldiers were caught in the ambush. Six were killed and eleven were wounded" (killed soldiers 6,
/// wounded soldiers 11), "Rescuers reached the 30 children trapped in the school; 12 were injured"
/// (wounded children 12). The journalist dropped the head noun because the reader knows it; the
/// count takes the category of the nearest count before it, in its own sentence or, when it is the
/// sentence's first count, in the sentence before. The figure still cites its own sentence: only
/// the category is carried, never the number or the outcome.
extension SentenceFigures {
    /// Whether a count may take the head of an earlier one: it has no head of its own, counts more
    /// than one, is no part ("six of them"), and stands right before its own verb group as the
    /// subject ("six were killed", "four had died", "two later died"). O(3).
    private func isBareSubject(_ p: Int, _ r: Resolution) -> Bool {
        let phrase = phrases[p]
        guard !phrase.hasHead, !phrase.isPartitive, !phrase.isSingular, phrase.category == .all, phrase.partitiveGroup == nil,
              r.category == nil, r.partOf == nil, !r.partOfEarlier,
              r.range.lowerBound == phrase.number.tokenRange.lowerBound, phrase.end < tokens.count else { return false }
        return scanner.opensVerbGroup(at: phrase.end, in: tokens)
    }

    /// Carries the category of the nearest earlier count to each bare subject count
    /// (`isBareSubject`). The earlier count must name a group of a category of its own with a head
    /// noun (or have carried one itself), count more than one, be no part of a breakdown, and, when
    /// it has no outcome of its own or the same one, count at least as many (the bare count is a
    /// part of that group); no people noun of another category may stand between them ("30 children
    /// were trapped with their teachers; 6 were hurt" names two groups). An earlier count with
    /// another outcome lends its group only within the sentence, to a bare count right after it
    /// (at most four tokens between, "8 soldiers died on Monday and 23 were wounded") or through a
    /// bare count that carried it itself. From the sentence before (`earlier`, read only when a
    /// bare subject is its sentence's first count), a count stated with no outcome lends its
    /// group: one that introduces the people ("Forty civilians sheltered in the church"); a count
    /// with an outcome, and no part of a breakdown, lends it only to a bare count that opens its
    /// sentence with another outcome
    /// ("Thirty-two women fled to Kestra. Four were injured on the road"), not past a phrase that
    /// may change the scene ("In a second strike, at least 49 were wounded").
    /// Complexity: O(tokens) per bare subject count; the sentence before is read at most once.
    @discardableResult
    func carryEarlierHeads(_ resolved: inout [Resolution?], earlier: () -> SentenceFigures?, stated: [FigureMention]) -> Bool {
        // Most sentences hold no bare count: nothing allocated for them.
        guard phrases.contains(where: { !$0.hasHead && !$0.isSingular }) else { return false }
        var carried = [Bool](repeating: false, count: phrases.count)
        for p in phrases.indices {
            guard var r = resolved[p], isBareSubject(p, r) else { continue }
            let first = phrases[p].number.tokenRange.lowerBound
            let category: CasualtyCategory
            // "Nine were rescued, but six drowned": a bare count with no outcome of its own counts
            // another part of the same group; the group is named before it.
            var before = p - 1
            while before >= 0, resolved[before] == nil, !phrases[before].hasHead, !phrases[before].isSingular, !phrases[before].isPartitive {
                before -= 1
            }
            if before >= 0 {
                let q = before
                let own = resolved[q]
                let c = own?.category ?? phrases[q].category
                guard c != .all, phrases[q].hasHead || carried[q], own?.partOf == nil, !(own?.partOfEarlier ?? false) else { continue }
                guard Self.mayCarry(from: phrases[q], outcome: own?.outcome, to: phrases[p], outcome: r.outcome) else { continue }
                if let own, own.outcome != r.outcome, !carried[q] {
                    guard first - max(own.range.upperBound, phrases[q].end) <= 4 else { continue }
                }
                guard !namesOtherGroup(tokens, from: phrases[q].end, to: first, than: c) else { continue }
                category = c
            } else {
                guard !namesOtherGroup(tokens, from: 0, to: first, than: nil), let previous = earlier(), let q = previous.phrases.indices.last else { continue }
                let c = previous.phrases[q].category
                guard c != .all, previous.phrases[q].hasHead, !previous.phrases[q].isSingular,
                      Self.mayCarry(from: previous.phrases[q], outcome: nil, to: phrases[p], outcome: r.outcome) else { continue }
                guard !namesOtherGroup(previous.tokens, from: previous.phrases[q].end, to: previous.tokens.count, than: c),
                      previous.statedFigure(at: q, in: stated).map({ $0.outcome != r.outcome && $0.partOf == nil && first == 0 }) ?? true else { continue }
                category = c
            }
            r.category = category
            resolved[p] = r
            carried[p] = true
        }
        return carried.contains(true)
    }

    /// The figure stated for the count phrase `q` of this sentence (its number
    /// inside the figure's text) in `figures` (the document's figures so far; this sentence's come
    /// last), or nil. O(this sentence's figures).
    func statedFigure(at q: Int, in figures: [FigureMention]) -> FigureMention? {
        let start = phrases[q].number.start
        for f in figures.reversed() {
            guard f.sentence >= sentence.index else { break }
            if f.sentence == sentence.index, f.start <= start, start < f.end { return f }
        }
        return nil
    }

    /// Verbs of saying beyond `report-verbs.txt` (which other rules read as verbs of finding).
    private static let sayings: Set<String> = ["said", "say", "says", "told", "tell", "claimed", "claim", "claims"]

    /// Whether a bare count may count people of the earlier count's group: never from a count of
    /// one or a part; when the earlier count has no outcome (or the same one), the bare count is a
    /// part of it, so it may not count more. O(1).
    private static func mayCarry(from earlier: CountPhrase, outcome earlierOutcome: Outcome?, to bare: CountPhrase, outcome: Outcome) -> Bool {
        guard !earlier.isSingular, !earlier.isPartitive, earlier.partitiveGroup == nil else { return false }
        if earlierOutcome == nil || earlierOutcome == outcome {
            guard let whole = earlier.number.quantity.high ?? earlier.number.quantity.low, let part = bare.number.quantity.low else { return false }
            return part <= whole
        }
        return true
    }

    /// Whether a people noun of a category other than `category` (or a group noun of `all`) stands
    /// in `tokens[from..<to]`; a noun right before a verb of saying is the speaker, no group
    /// ("Officials said 43 had been killed"). O(to - from).
    /// With no `category`, any people noun but a speaker counts.
    private func namesOtherGroup(_ words: [Token], from: Int, to: Int, than category: CasualtyCategory?) -> Bool {
        var k = from
        while k < to {
            if let (c, length) = lexicon.peopleNouns.match(words, at: k) {
                let speaker = k + length < words.count && (lexicon.reportVerbs.contains(words[k + length].lower) || Self.sayings.contains(words[k + length].lower))
                if category.map({ c != $0 }) ?? true, !speaker { return true }
                k += length
            } else {
                k += 1
            }
        }
        return false
    }
}

extension SentenceFigures {
    /// Marks the counts inside an aside of names after a count of several people ("Two pilots,
    /// Captain Lena Holt, 47, and First Officer Max Udo, 35, were killed": the named pilots), so
    /// they are neither figures of their own nor added to the count: the aside names the count's
    /// own people. Only asides `OutcomeScanner.nameAsideEnd` reads (names and ages, no other
    /// count) are marked. Complexity: O(phrases × 40).
    func markNameAsideMembers(_ combined: inout [Bool]) {
        for p in phrases.indices where phrases[p].hasHead && !phrases[p].isSingular && !phrases[p].isPartitive {
            let end = phrases[p].end
            // Only a named person or a count of one can stand in such an aside.
            guard end < tokens.count, tokens[end].text == ",", p + 1 < phrases.count, phrases[p + 1].isSingular,
                  let past = scanner.nameAsideEnd(openingAt: end, in: tokens, isNumberToken: { numberTokens.contains($0) }) else { continue }
            var q = p + 1
            while q < phrases.count, phrases[q].number.tokenRange.lowerBound < past { combined[q] = true; q += 1 }
        }
    }
}
