/// Breakdowns written as an aside with no marker word: "No fewer than nine people, four children
/// and an elderly man, were killed", "Seven villagers — two children and five women — died",
/// "Three people were killed: two soldiers and a civilian", "killed 11 people: seven soldiers, ...".
extension SentenceFigures {
    /// The counts listed in an aside after the count `p` (between commas, brackets or dashes, or
    /// after a colon), when they are its parts. The aside opens right after the count's noun and
    /// closes before the total's own outcome word when that follows ("nine people, three children
    /// and a man, were killed"), or opens right after the total's figure text ("were killed — the
    /// gunman and a bystander", "killed nine people, three children and six women, in ...") and
    /// closes with its mark or at the sentence's end. It holds at least two coordinated counts (one
    /// count in an aside restates the total: "3,210 families, or about 16,000 people"), the total
    /// counts people of no one group or civilians (after "12 soldiers," a list of other groups goes
    /// on rather than breaks it down), and the parts together do not exceed the total. Empty
    /// otherwise. Complexity: O(parts).
    func appositiveParts(of p: Int, total: Resolution) -> [Int] {
        let phrase = phrases[p]
        guard phrase.hasHead, !phrase.isPartitive, phrase.partitiveGroup == nil,
              phrase.category == .all || phrase.category == .civilians else { return [] }
        // The figure text ends past the count when its outcome word follows the count.
        let outcomeAfter = total.range.upperBound > phrase.end
        // "killed at least 11 people: seven soldiers, three civilians and a police officer": with the
        // verb before the count, a colon right after it opens the list too.
        if let parts = listedParts(of: p, opening: phrase.end, closingBefore: outcomeAfter ? total.range.upperBound : nil, colon: !outcomeAfter) { return parts }
        if outcomeAfter, let parts = listedParts(of: p, opening: total.range.upperBound, closingBefore: nil, colon: true) { return parts }
        return []
    }

    /// The coordinated counts of an aside opening at token `open` right after the total `p`, when
    /// they can be its parts (see `appositiveParts`): the aside must close before `closingBefore`
    /// when given, else with its mark or at the sentence's end. Nil otherwise.
    private func listedParts(of p: Int, opening open: Int, closingBefore limit: Int?, colon: Bool = false) -> [Int]? {
        guard open + 1 < tokens.count else { return nil }
        let dashPast = OutcomeScanner.dashEnd(at: open, in: tokens)
        let opener = tokens[open].text
        guard opener == "," || opener == "(" || dashPast != nil || (colon && opener == ":") else { return nil }
        let start = dashPast ?? open + 1
        guard start < tokens.count, let first = phraseAt[start], first == p + 1, !phrases[first].isPartitive else { return nil }
        var parts = [first]
        var last = first
        while let next = coordinatedNext(last) { parts.append(next); last = next }
        guard parts.count >= 2 else { return nil }
        let close = phrases[last].end
        if let limit {
            guard close < limit, close < tokens.count else { return nil }
            let closes = dashPast != nil ? OutcomeScanner.dashEnd(at: close, in: tokens) != nil : tokens[close].text == (opener == "," ? "," : ")")
            guard closes else { return nil }
        } else {
            let closes = close < tokens.count && (dashPast != nil ? OutcomeScanner.dashEnd(at: close, in: tokens) != nil
                                                  : tokens[close].text == (opener == "(" ? ")" : opener))
            guard closes || endsSentence(at: close) else { return nil }
        }
        // "nine people, three children and an elderly man": 3 + 1 is at most 9.
        var sum = 0
        for q in parts {
            guard let low = phrases[q].number.quantity.low ?? phrases[q].number.quantity.high else { return nil }
            let (added, overflow) = sum.addingReportingOverflow(low)
            guard !overflow else { return nil }
            sum = added
        }
        if let high = phrases[p].number.quantity.high, sum > high { return nil }
        return parts
    }

    /// Whether only punctuation (the full stop, a closing quote) stands from token `k` on.
    private func endsSentence(at k: Int) -> Bool {
        tokens[min(k, tokens.count)...].allSatisfy { $0.kind == .punctuation && $0.text != "," && $0.text != ";" }
    }
}
