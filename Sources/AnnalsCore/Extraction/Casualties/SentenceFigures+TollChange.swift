extension SentenceFigures {
    /// "the death toll rose 23 to 418", "deaths climbed 56 to 1,203": a change verb right before a
    /// count written "X to Y" states a rise by X to the new value Y, not a range from X to Y. The new
    /// value alone is the toll (as with "rose by 23 to 418", where the change is skipped before it
    /// is read). Nil when the count is no such "to" range or no verb of `revision-verbs.txt` ends
    /// right before it. Complexity: O(tokens of the number).
    func tollChangeTarget(count: CountPhrase) -> Quantity? {
        let number = count.number
        let first = number.tokenRange.lowerBound
        guard first > 0, let high = number.quantity.high, number.quantity.low != nil,
              lexicon.revisionVerbs.match(tokens, endingAt: first - 1) != nil,
              number.coreRange.contains(where: { tokens[$0].lower == "to" }) else { return nil }
        return Quantity(low: high, high: high, approximate: number.quantity.approximate)
    }
}
