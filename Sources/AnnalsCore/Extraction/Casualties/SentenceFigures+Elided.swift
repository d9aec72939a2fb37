extension SentenceFigures {
    /// "The bombings killed 5 people in Herat and 3 in Kunduz", "12 people were killed in 2019 and
    /// 15 in 2020": a bare count after "and" (or a comma), itself followed by a preposition, repeats the outcome
    /// and the group of the count before it when only a short prepositional phrase (a place or a
    /// time: at most six tokens, no outcome word, no other count) stands between them. The counts
    /// are not added: the phrases tell them apart (another place, another year).
    /// Runs after the outcome words are read. Complexity: O(phrases × 6).
    func coordinateAcrossPhrase(_ resolved: inout [Resolution?], _ combined: [Bool]) {
        for p in phrases.indices.dropFirst() where resolved[p] == nil && !combined[p] {
            let phrase = phrases[p]
            guard !phrase.hasHead, !phrase.isPartitive, !phrase.isSingular else { continue }
            let first = phrase.number.tokenRange.lowerBound
            // "and another 90 in the second", "and a further 12 in Ravel": the same, adding to it.
            var conjunction = first - 1
            if conjunction >= 1, tokens[conjunction].lower == "another" { conjunction -= 1 }
            else if conjunction >= 2, tokens[conjunction].lower == "further", tokens[conjunction - 1].lower == "a" { conjunction -= 2 }
            // "Nine people were killed in the south, 14 in the west": a comma joins them as well.
            let comma = conjunction >= 1 && tokens[conjunction].text == ","
            guard conjunction >= 1, comma || tokens[conjunction].lower == "and", phrase.end < tokens.count,
                  lexicon.prepositions.contains(tokens[phrase.end].lower), !Self.wholeMarkers.contains(nextWord(after: phrase.end)) else { continue }
            let andAt = !comma && tokens[conjunction - 1].text == "," ? conjunction - 1 : conjunction
            guard let prev = resolved[p - 1], prev.partOf == nil, !prev.partOfEarlier else { continue }
            let gapStart = max(prev.range.upperBound, phrases[p - 1].end)
            guard gapStart < andAt, andAt - gapStart <= 6, lexicon.prepositions.contains(tokens[gapStart].lower) else { continue }
            let plain = (gapStart..<andAt).allSatisfy { j in
                tokens[j].kind != .punctuation && phraseAt[j] == nil
                    && lexicon.postTriggers.match(tokens, at: j) == nil && tokens[j].lower != "and"
            }
            guard plain else { continue }
            var r = Resolution(outcome: prev.outcome, range: first..<phrase.end)
            let category = prev.category ?? phrases[p - 1].category
            if category != .all { r.category = category }
            resolved[p] = r
        }
    }

    /// "12 in all", "40 in total": the count is the whole, not another place's share.
    private static let wholeMarkers: Set<String> = ["all", "total"]

    /// The lower-case word after the preposition at `k`, or "" at the sentence's end. O(1).
    private func nextWord(after k: Int) -> String { k + 1 < tokens.count ? tokens[k + 1].lower : "" }

    /// Whether tokens `gap` are a short place or time phrase closed by "and" ("at an army post
    /// outside Ulgash and"): a preposition first, at most eight tokens, no count, no outcome word.
    func isPhraseThenAnd(_ gap: Range<Int>) -> Bool {
        guard gap.count >= 2, gap.count <= 8, lexicon.prepositions.contains(tokens[gap.lowerBound].lower),
              tokens[gap.upperBound - 1].lower == "and" else { return false }
        var body = gap.lowerBound..<(gap.upperBound - 1)
        if tokens[body.upperBound - 1].text == "," { body = body.lowerBound..<(body.upperBound - 1) }
        return body.allSatisfy { j in
            tokens[j].kind != .punctuation && phraseAt[j] == nil && lexicon.postTriggers.match(tokens, at: j) == nil && tokens[j].lower != "and"
        }
    }
}

extension SentenceFigures {
    /// "Among the 27 dead were 4 children (and 3 women)": counts right after "were" that follows a
    /// counted casualty group opened by "among the" are parts of that group, with its outcome and
    /// their own category; a part in the group's own category is no figure (guidelines, rule 8).
    /// Runs after the outcome words are read. Complexity: O(phrases).
    func resolveAmongCountedGroup(_ resolved: inout [Resolution?], _ combined: inout [Bool]) {
        for q in phrases.indices.dropFirst() where resolved[q] == nil && !combined[q] {
            let p = q - 1
            guard let total = resolved[p], total.partOf == nil, !total.partOfEarlier else { continue }
            let first = phrases[p].number.tokenRange.lowerBound
            guard first >= 2, tokens[first - 2].lower == "among", tokens[first - 1].lower == "the" else { continue }
            let gapStart = max(total.range.upperBound, phrases[p].end)
            guard phrases[q].number.tokenRange.lowerBound == gapStart + 1, ["were", "are", "was", "is"].contains(tokens[gapStart].lower) else { continue }
            let totalCategory = total.category ?? phrases[p].category
            var part: Int? = q
            while let i = part {
                let category = phrases[i].category
                if category == .all || category == totalCategory { combined[i] = true }
                else { resolved[i] = Resolution(outcome: total.outcome, range: phrases[i].number.tokenRange.lowerBound..<phrases[i].end, partOf: p, category: category) }
                part = coordinatedNext(i)
            }
        }
    }

    /// "7 new fatalities, bringing the total to 1,044", "raising the season's total to 311": a
    /// running total named only as "total" or "tally" after a verb of raising (`total-verbs.txt`,
    /// at most six tokens before it) takes the outcome and group of the figure stated before it in
    /// the sentence; so does a count opened by a phrase of `total-phrases.txt` ("killing four more,
    /// for a total of 29", where the number parser reads "a total of" as the count's own modifier).
    /// Runs after the toll phrases. Complexity: O(tokens).
    func resolveRunningTotals(_ resolved: inout [Resolution?], _ combined: [Bool]) {
        for k in tokens.indices where tokens[k].lower == "total" || tokens[k].lower == "tally" {
            let counted: Int?
            if k >= 1, let own = phraseAt[k - 1], lexicon.totalPhrases.match(tokens, endingAt: k) != nil {
                counted = own
            } else if (max(0, k - 6)..<k).contains(where: { lexicon.totalVerbs.contains(tokens[$0].lower) }) {
                counted = scanner.toll(after: k + 1, in: tokens, phraseStarting: { phraseAt[$0] }, isNumberToken: { numberTokens.contains($0) })
            } else {
                counted = nil
            }
            guard let p = counted, resolved[p] == nil, !combined[p], phrases[p].category == .all || phrases[p].head == nil else { continue }
            let start = min(k, phrases[p].number.tokenRange.lowerBound)
            guard let before = (0..<p).last(where: { i in resolved[i].map { $0.range.upperBound <= start && $0.partOf == nil && !$0.partOfEarlier } ?? false }),
                  let earlier = resolved[before] else { continue }
            var r = Resolution(outcome: earlier.outcome, range: start..<phrases[p].end)
            let category = earlier.category ?? phrases[before].category
            if phrases[p].category == .all, category != .all { r.category = category }
            resolved[p] = r
        }
    }
}
