/// A list of counts that share one outcome word, where an item carries a short prepositional
/// phrase of its own: "Nine soldiers from the 4th brigade, two police officers and a civilian were
/// wounded". The phrase keeps the items apart for `coordinated` (which sums items of one group),
/// so the shared outcome is linked here and the counts stay separate figures.
extension SentenceFigures {
    /// The count after `p` when `p`'s own phrase is followed by a prepositional phrase (a
    /// preposition and at most five words or ordinals, no outcome word, auxiliary or "-ed" verb, no
    /// count, no punctuation)
    /// and then a comma, right before a count with a head noun of its own. Complexity: O(8).
    func listItemAfterPhrase(_ p: Int) -> Int? {
        guard p + 1 < phrases.count, phrases[p].hasHead, !phrases[p].isPartitive, phrases[p + 1].hasHead,
              !phrases[p + 1].isPartitive, phrases[p + 1].partitiveGroup == nil else { return nil }
        let start = phrases[p].end, next = phrases[p + 1].number.tokenRange.lowerBound
        guard start < next, lexicon.prepositions.contains(tokens[start].lower) || OutcomeScanner.phrasePrepositions.contains(tokens[start].lower),
              next - start >= 3, next - start <= 7, tokens[next - 1].text == "," else { return nil }
        for k in (start + 1)..<(next - 1) {
            let t = tokens[k]
            // A verb ("from the base were deployed,") closes a clause of the count's own.
            guard t.kind == .word || t.kind == .alphanumeric, !numberTokens.contains(k), !OutcomeScanner.asideClauseVerbs.contains(t.lower),
                  !t.lower.hasSuffix("ed"), lexicon.postTriggers.match(tokens, at: k) == nil,
                  lexicon.preTriggers.match(tokens, endingAt: k) == nil else { return nil }
        }
        return p + 1
    }
}
