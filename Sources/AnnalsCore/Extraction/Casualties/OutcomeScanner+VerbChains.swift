/// Two verbs of one clause joined by "and", the outcome the second: "Eleven miners were trapped
/// and later died", "40 villagers were rounded up and executed". The count is the subject of both,
/// so the outcome scan passes the first verb to reach the second.
extension OutcomeScanner {
    /// Auxiliaries that make the first verb part of the count's own verb group ("were trapped").
    private static let chainAuxiliaries: Set<String> = ["were", "was", "are", "is", "been", "had", "have", "has"]

    /// The index of "and"'s next word when token `k` is a past participle ("-ed") right after an
    /// auxiliary and is followed by "and" and then, after at most two fillers or "-ly" adverbs, an
    /// outcome word of `outcome-after.txt` ("were trapped and later died"); nil otherwise (a count
    /// after "and" opens a clause of its own: "were rescued and 3 died"). Complexity: O(4).
    func chainedVerbEnd(at k: Int, in tokens: [Token], isNumberToken: (Int) -> Bool) -> Int? {
        let t = tokens[k]
        guard k >= 1, k + 2 < tokens.count, t.kind == .word, t.lower.hasSuffix("ed"), tokens[k + 1].lower == "and",
              Self.chainAuxiliaries.contains(tokens[k - 1].lower) else { return nil }
        var j = k + 2
        while j < tokens.count, j <= k + 4 {
            if isNumberToken(j) { return nil }
            if lexicon.postTriggers.match(tokens, at: j) != nil { return k + 2 }
            let w = tokens[j]
            guard w.kind == .word, lexicon.fillers.contains(w.lower) || (w.lower.count > 4 && w.lower.hasSuffix("ly")) else { return nil }
            j += 1
        }
        return nil
    }
}
