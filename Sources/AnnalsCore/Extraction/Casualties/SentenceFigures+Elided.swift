extension SentenceFigures {
    /// "The bombings killed 5 people in Herat and 3 in Kunduz", "12 people were killed in 2019 and
    /// 15 in 2020": a bare count after "and", itself followed by a preposition, repeats the outcome
    /// and the group of the count before it when only a short prepositional phrase (a place or a
    /// time: at most six tokens, no outcome word, no other count) stands between them. The counts
    /// are not added: the phrases tell them apart (another place, another year).
    /// Runs after the outcome words are read. Complexity: O(phrases × 6).
    func coordinateAcrossPhrase(_ resolved: inout [Resolution?], _ combined: [Bool]) {
        for p in phrases.indices.dropFirst() where resolved[p] == nil && !combined[p] {
            let phrase = phrases[p]
            guard !phrase.hasHead, !phrase.isPartitive, !phrase.isSingular else { continue }
            let first = phrase.number.tokenRange.lowerBound
            guard first >= 2, tokens[first - 1].lower == "and", phrase.end < tokens.count,
                  lexicon.prepositions.contains(tokens[phrase.end].lower) else { continue }
            let andAt = tokens[first - 2].text == "," ? first - 2 : first - 1
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
