/// Breakdowns written as an aside with no marker word: "No fewer than nine people, four children
/// and an elderly man, were killed", "Seven villagers — two children and five women — died".
extension SentenceFigures {
    /// The counts listed in an aside right after the count `p` (between commas, brackets or
    /// dashes), when they are its parts: the aside closes (before the total's own outcome word when
    /// that follows the total: `total.range` ends past the aside), holds at least
    /// two coordinated counts (one count in an aside restates the total: "3,210 families, or about
    /// 16,000 people"), the total counts people of no one group or civilians (after "12 soldiers,"
    /// a list of other groups goes on rather than breaks it down), and the parts together do not
    /// exceed the total. Empty otherwise. Complexity: O(parts).
    func appositiveParts(of p: Int, total: Resolution) -> [Int] {
        let phrase = phrases[p]
        guard phrase.hasHead, !phrase.isPartitive, phrase.partitiveGroup == nil,
              phrase.category == .all || phrase.category == .civilians else { return [] }
        // "killed nine people — three children and six women — in the market": the verb stands before.
        let outcomeAfter = total.range.lowerBound >= phrase.number.tokenRange.lowerBound
        let open = phrase.end
        guard open + 1 < tokens.count else { return [] }
        let dashPast = OutcomeScanner.dashEnd(at: open, in: tokens)
        let opener = tokens[open].text
        guard opener == "," || opener == "(" || dashPast != nil, dashPast ?? open + 1 < tokens.count,
              let first = phraseAt[dashPast ?? open + 1], first == p + 1,
              !phrases[first].isPartitive else { return [] }
        var parts = [first]
        var last = first
        while let next = coordinatedNext(last) { parts.append(next); last = next }
        guard parts.count >= 2 else { return [] }
        let close = phrases[last].end
        guard close < tokens.count, !outcomeAfter || close < total.range.upperBound else { return [] }
        let closes = dashPast != nil ? OutcomeScanner.dashEnd(at: close, in: tokens) != nil : tokens[close].text == (opener == "," ? "," : ")")
        guard closes else { return [] }
        // "nine people, three children and an elderly man": 3 + 1 is at most 9.
        var sum = 0
        for q in parts {
            guard let low = phrases[q].number.quantity.low ?? phrases[q].number.quantity.high else { return [] }
            let (added, overflow) = sum.addingReportingOverflow(low)
            guard !overflow else { return [] }
            sum = added
        }
        if let high = phrase.number.quantity.high, sum > high { return [] }
        return parts
    }
}
