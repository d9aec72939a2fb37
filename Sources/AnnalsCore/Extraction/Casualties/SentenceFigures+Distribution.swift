extension SentenceFigures {
    /// A modifier before the first of coordinated counts that share one outcome word covers them
    /// all: "at least 300 men and 150 children were killed" states two lower bounds, "about 70
    /// soldiers and 30 police officers" two loose counts, "nearly 90 civilians and 20 soldiers" two
    /// upper bounds. The modifier is read as the number conventions read it (`numbers/modifiers.txt`),
    /// so each later count gets the interval it would have with the modifier written before it.
    ///
    /// Not distributed: from a total to the parts that break it down ("No fewer than six people,
    /// four children and a woman, were killed": four children exactly; evaluation guidelines, rule
    /// 13: a modifier belongs to the number it precedes), to a count with a modifier of its own ("at least 12 soldiers and about 3
    /// civilians"), to a count of one ("at least 12 soldiers and a guard"), across counts whose heads
    /// state their own outcomes ("at least 40 dead and 12 injured": two statements), nor across a
    /// range ("between 30 and 40" is one number). Complexity: O(phrases).
    func distributeModifiers(_ resolved: inout [Resolution?]) {
        let modifiers = NumberLexicon.shared.before
        var p = 0
        while p < phrases.count {
            defer { p += 1 }
            guard let r = resolved[p], !phrases[p].namesOwnOutcome, !phrases[p].isSingular else { continue }
            let number = phrases[p].number
            guard let (modifier, length) = modifiers.match(tokens, at: number.tokenRange.lowerBound),
                  modifier.kind != .range, number.tokenRange.lowerBound + length == number.coreRange.lowerBound else { continue }
            var q = p
            // A total's modifier stays with the total: its parts are counts of their own (rule 13).
            while let next = coordinatedNext(q), var n = resolved[next], n.outcome == r.outcome, n.partOfEarlier == r.partOfEarlier, n.partOf == r.partOf {
                let own = phrases[next]
                guard !own.namesOwnOutcome, !own.isSingular, own.number.tokenRange == own.number.coreRange else { break }
                n.quantity = modifier.kind.apply(to: own.number.quantity, approximate: modifier.approximate)
                resolved[next] = n
                q = next
            }
            p = q
        }
    }
}
