extension SentenceFigures {
    /// "The number of deaths first reported was 900, but this figure has since been revised to
    /// 640": "this figure" / "that number" names the figure stated before it in the sentence, so
    /// the count it leads to (through the toll links) is a new value of that figure, with its
    /// outcome and group. Only "this"/"that" (or "the" after an estimate verb: "officials put the
    /// figure at 19") + a noun of `anaphorNouns`, or "it" + a modal + "be"/"have" ("it could be up
    /// to 1,500": an estimate of the figure); only when a figure stands
    /// or a toll phrase before it in the same sentence (a bare "this figure" in another sentence
    /// stays nothing).
    /// The earlier value is left to the superseded and revision rules ("initially", "rose to").
    /// Returns the referent and the anaphor's length. Complexity: O(phrases).
    func anaphoricToll(at k: Int, _ resolved: [Resolution?]) -> (Resolution, Int)? {
        // "... though officials put the figure at 19": after an estimate verb, "the" points back too.
        // This runs on every token of a sentence with a count: every anaphor's first word ("it",
        // "the", "this", "that") has 2-4 bytes, the first "t" or "i", so most tokens are passed
        // over on those two bytes before any string comparison or hash.
        guard k + 1 < tokens.count, Self.mayStartAnaphor(tokens[k].lower) else { return nil }
        var length = 2
        if tokens[k].lower == "the" {
            guard k > 0, Self.anaphorNouns.contains(tokens[k + 1].lower), lexicon.estimateVerbs.contains(tokens[k - 1].lower) else { return nil }
        } else if tokens[k].lower.utf8.count == 2, tokens[k].lower == "it" {
            // "an estimated 900 died, but experts say it could be as many as 1,500": "it" + a modal
            // + "be"/"have" is an estimate of the figure before (the toll links read the rest).
            guard k + 2 < tokens.count, Self.anaphorModals.contains(tokens[k + 1].lower),
                  tokens[k + 2].lower == "be" || tokens[k + 2].lower == "have" else { return nil }
            length = 1
        } else {
            guard Self.anaphorDeterminers.contains(tokens[k].lower), Self.anaphorNouns.contains(tokens[k + 1].lower) else { return nil }
        }
        var best: Resolution? = nil
        for p in phrases.indices where phrases[p].end <= k {
            if let r = resolved[p], r.partOf == nil, !r.partOfEarlier { best = r }
        }
        // "The number of deaths initially reported by the government was 9,400, but this figure
        // ...": a toll phrase before it whose count was not linked still names the figure.
        if best == nil {
            for j in stride(from: k - 1, through: 0, by: -1) {
                if let (toll, _) = lexicon.tolls.match(tokens, at: j), !toll.isPart {
                    best = Resolution(outcome: toll.outcome, range: j..<k)
                    break
                }
            }
        }
        guard var referent = best else { return nil }
        if referent.category == nil, let p = phrases.indices.last(where: { phrases[$0].end <= k && resolved[$0] != nil }),
           phrases[p].category != .all { referent.category = phrases[p].category }
        return (referent, length)
    }

    /// Whether `word` could be an anaphor's first word: 2-4 bytes, the first "t" or "i" (or not
    /// ASCII, left to the full comparisons). O(1) on a native string.
    @inline(__always) private static func mayStartAnaphor(_ word: String) -> Bool {
        let utf8 = word.utf8
        let n = utf8.count
        guard n >= 2, n <= 4 else { return false }
        let first = utf8[utf8.startIndex]
        return first == UInt8(ascii: "t") || first == UInt8(ascii: "i") || first >= 0x80
    }

    private static let anaphorDeterminers: Set<String> = ["this", "that"]
    private static let anaphorModals: Set<String> = ["could", "may", "might"]
    private static let anaphorNouns: Set<String> = ["number", "figure", "estimate", "total", "count", "tally"]
}
