extension SentenceFigures {
    /// A count revised upwards in its own clause: "an initial toll of 6 dead rose overnight to 13",
    /// "a toll of 21 killed has since climbed to 30". The count after "to" takes the outcome and
    /// group of the earlier one, which is superseded and dropped (evaluation guidelines, rule 2).
    /// Between the earlier count's words and "to" there must be a revision verb
    /// (`revision-verbs.txt`) and at most `reach` tokens, none a number or a clause break.
    ///
    /// Complexity: O(phrases × reach).
    func applyRevisions(_ resolved: inout [Resolution?]) {
        let reach = 6
        for p in phrases.indices.dropLast() {
            guard let r = resolved[p], r.partOf == nil, !r.partOfEarlier else { continue }
            let next = p + 1
            if let n = resolved[next], n.outcome != r.outcome { continue }
            let from = max(r.range.upperBound, phrases[p].end)
            let to = phrases[next].number.tokenRange.lowerBound
            guard to - from >= 2, to - from <= reach, tokens[to - 1].lower == "to" else { continue }
            var k = from, sawVerb = false
            while k < to - 1 {
                if !sawVerb, let (_, length) = lexicon.revisionVerbs.match(tokens, at: k), k + length <= to - 1 {
                    sawVerb = true
                    k += length
                    continue
                }
                guard tokens[k].kind == .word, !numberTokens.contains(k), !Self.revisionBreaks.contains(tokens[k].lower) else { break }
                k += 1
            }
            guard sawVerb, k == to - 1 else { continue }
            let category = r.category ?? phrases[p].category
            var revised = Resolution(outcome: r.outcome, range: r.range.lowerBound..<phrases[next].end)
            if phrases[next].category == .all, category != .all { revised.category = category }
            resolved[next] = revised
            resolved[p] = nil
        }
    }

    /// Words that show the verb has a subject other than the count ("12 were injured as the number
    /// of evacuees rose to 4,000"): conjunctions, relatives, determiners opening a new noun phrase.
    private static let revisionBreaks: Set<String> = ["and", "but", "or", "while", "whereas", "which", "when", "as", "after", "before",
                                                      "because", "until", "where", "who", "of", "the", "a", "an"]
}
