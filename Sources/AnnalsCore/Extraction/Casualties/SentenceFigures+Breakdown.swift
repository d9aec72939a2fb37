/// Breakdowns of a total: the parts listed after it (", including 63 children, 106 women") or
/// given as a relative part ("9 of whom were children"), and the category each part names.
extension SentenceFigures {
    /// If a breakdown list opens at token `k` (", including 63 children, 106 women and 70 old
    /// people,"), the index just past it (past its closing comma or bracket when there is one).
    func breakdownEnd(openingAt k: Int) -> Int? {
        var i = k
        // " — including 3 children — ": a dash opens and closes the list as a comma does.
        if i < tokens.count, tokens[i].text == "," || tokens[i].text == "(" { i += 1 } else if i < tokens.count, let past = OutcomeScanner.dashEnd(at: i, in: tokens) { i = past }
        guard let (_, length) = lexicon.breakdownMarkers.match(tokens, at: i) else { return nil }
        let relative = ["whom", "which"].contains(tokens[i + length - 1].lower)
        i += length
        guard let first = phraseAt[i] else { return nil }
        var p = first
        while let next = coordinatedNext(p) { p = next }
        var end = phrases[p].end
        if end < tokens.count, tokens[end].text == "," || tokens[end].text == ")" { end += 1 }
        else if end < tokens.count, let past = OutcomeScanner.dashEnd(at: end, in: tokens) { end = past }
        // "casualties amounted to 4,200, of whom 1,150 were killed": an outcome right after a
        // relative part ("of whom", "among whom") is the part's own, not the total's.
        else if relative { return nil }
        // "11 people, including 6 members of one family, died": the last part's own phrase runs on
        // to the list's closing comma (within six words, no outcome word, no number of a count).
        else {
            var j = end
            while j < tokens.count, j < end + 6, phraseAt[j] == nil, tokens[j].kind != .punctuation,
                  lexicon.postTriggers.match(tokens, at: j) == nil { j += 1 }
            if j < tokens.count, j > end, tokens[j].text == "," || tokens[j].text == ")" { return j + 1 }
            if j < tokens.count, j > end, let past = OutcomeScanner.dashEnd(at: j, in: tokens) { return past }
        }
        return end
    }

    /// The phrases listed as parts of the total `p`: right after it (", including ...") or after
    /// its outcome words and a short phrase ("were killed in the attack, including 12 children").
    func breakdownParts(of p: Int, totalEnd: Int) -> [Int] {
        var starts = [phrases[p].end]
        if totalEnd > phrases[p].end { starts.append(totalEnd) }
        for start in starts {
            var i = start
            var steps = 0
            while i < tokens.count, steps < 10 {
                if let (_, length) = lexicon.breakdownMarkers.match(tokens, at: i) {
                    var j = i + length
                    if j < tokens.count, tokens[j].lower == "the" { j += 1 }
                    guard var q = phraseAt[j] else { break }
                    var parts = [q]
                    while let next = coordinatedNext(q) { parts.append(next); q = next }
                    return parts
                }
                // "28 civilians, 9 of whom were children", "88 people died, 43 of them children",
                // "40 died - 12 of them children", "11 people (4 of them children)"; a part that
                // names no group ("2,100 of them from disease") is no breakdown.
                if let q = phraseAt[i], phrases[q].isPartitive, phrases[q].partitiveGroup == nil, i > 0,
                   tokens[i - 1].text == "," || tokens[i - 1].text == "(" || OutcomeScanner.dashEnds(before: i, in: tokens) {
                    return partCategory(q) == .all ? [] : [q]
                }
                if phraseAt[i] != nil || tokens[i].text == "." || tokens[i].text == ";" { break }
                i += 1
                steps += 1
            }
        }
        return []
    }

    /// "of whom 5 were children", "9 of whom were young children": a bare part takes the noun
    /// after "were" (one modifier word may stand before it); "43 of them children": a part "of
    /// them/whom" takes the noun right after it.
    func partCategory(_ part: Int) -> CasualtyCategory {
        let phrase = phrases[part]
        if phrase.hasHead { return phrase.category }
        var k = phrase.end
        if k + 1 < tokens.count, ["were", "was", "are", "is"].contains(tokens[k].lower) { k += 1 }
        else if !phrase.isPartitive { return phrase.category }
        for j in k..<min(k + 2, tokens.count) {
            if let (category, _) = lexicon.peopleNouns.match(tokens, at: j) { return category }
            guard tokens[j].kind == .word, !numberTokens.contains(j), !lexicon.stopWords.contains(tokens[j].lower),
                  lexicon.postTriggers.match(tokens, at: j) == nil else { break }
        }
        return phrase.category
    }
}
