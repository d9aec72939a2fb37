/// What may stand between a count of people and its outcome word after it, beyond asides: a
/// relative clause with a verb of its own ("Seventy people who had gathered outside the hall were
/// killed", "40 people on a bus that overturned are missing"), a chain of prepositional phrases
/// ("31 passengers on the flight from Tarn to Ebro were killed") and a list of names inside one
/// ("200 people in Amra, Tisso and Belek died"). Each crossing is bounded, so a scan stays O(14).
extension OutcomeScanner {
    /// Prepositions beyond `prepositions.txt` that open a phrase after a count or nest one in
    /// another: "on the flight to Ebro", "outside the hall", "between the two towns". Kept out of
    /// the shared list, which other rules read as links ("rose to 40").
    static let phrasePrepositions: Set<String> = ["into", "onto", "toward", "towards", "through", "between", "outside",
                                                  "under", "over", "off", "via", "beyond", "behind", "past", "beside", "within"]

    /// Whether "to" at `k` nests a place in a phrase already open ("on the flight to Ebro", "on
    /// the road to the border") rather than being the filler of "believed to have died": inside a
    /// prepositional phrase, before a capitalised word or "the". O(1).
    static func nestsPlace(at k: Int, phraseWords: Int, in tokens: [Token]) -> Bool {
        phraseWords >= 0 && tokens[k].lower == "to" && k + 1 < tokens.count && (tokens[k + 1].isCapitalized || tokens[k + 1].lower == "the")
    }

    private static let relativeOpeners: Set<String> = ["who", "that", "which"]
    private static let clauseAuxiliaries: Set<String> = ["was", "were", "be", "been", "being", "is", "are", "had", "have", "has"]
    /// The auxiliaries that may open the main clause after a relative one.
    private static let mainAuxiliaries: Set<String> = ["were", "was", "are", "is", "have", "has", "had"]
    private static let clauseNegations: Set<String> = ["not", "never", "no", "n't", "nor"]
    /// Verbs of saying before "that": there "that" opens what was said, not a relative clause.
    private static let sayingVerbs: Set<String> = ["said", "says", "say", "told", "tell", "added", "claimed", "claim", "think", "thought",
                                                   "know", "knew", "believe", "believed", "stated", "reported", "confirmed", "announced"]

    /// The index of the main clause's auxiliary after a relative clause opening at `k` ("who",
    /// "that", "which") with a verb of its own: the relative's own auxiliaries and fillers are
    /// passed ("who had gathered", "that had been hijacked"), then a word that is no outcome word
    /// must follow, then within twelve tokens ("who had gathered outside the mosque for evening
    /// prayers on Friday were") with no punctuation, number, negation or outcome word the main
    /// clause's "were/was/are/is/have/has/had". Nil when the relative's verb is the
    /// outcome after an auxiliary ("who were injured": the clause is the count's own; "who killed
    /// the guards" is crossed), when "that" follows a verb of
    /// saying or a verb form ("said that 12 ..."), or when no main auxiliary is found. Complexity: O(16).
    func relativeClauseEnd(openingAt k: Int, afterHead: Bool, in tokens: [Token], isNumberToken: (Int) -> Bool) -> Int? {
        guard Self.relativeOpeners.contains(tokens[k].lower) else { return nil }
        if tokens[k].lower != "who", !afterHead {
            guard k > 0, tokens[k - 1].kind == .word, !Self.sayingVerbs.contains(tokens[k - 1].lower),
                  !lexicon.reportVerbs.contains(tokens[k - 1].lower), !tokens[k - 1].lower.hasSuffix("ed") else { return nil }
        }
        var j = k + 1
        while j < tokens.count, j <= k + 3, Self.clauseAuxiliaries.contains(tokens[j].lower) || lexicon.fillers.contains(tokens[j].lower) { j += 1 }
        guard j + 1 < tokens.count, tokens[j].kind == .word, !Self.clauseNegations.contains(tokens[j].lower) else { return nil }
        // "who were injured": after the relative's auxiliary, an outcome word is the count's own;
        // with none, it is the relative's active verb ("five rebels who killed the guards were ...").
        if j > k + 1, lexicon.postTriggers.match(tokens, at: j) != nil || lexicon.preTriggers.match(tokens, endingAt: j) != nil { return nil }
        if j == k + 1, Self.clauseAuxiliaries.contains(tokens[j].lower) || lexicon.fillers.contains(tokens[j].lower) { return nil }
        let verb = j
        j += 1
        while j < tokens.count, j <= verb + 12 {
            let t = tokens[j]
            if Self.mainAuxiliaries.contains(t.lower) { return j }
            if t.kind == .punctuation || isNumberToken(j) || Self.clauseNegations.contains(t.lower)
                || lexicon.postTriggers.match(tokens, at: j) != nil || lexicon.preTriggers.match(tokens, endingAt: j) != nil { return nil }
            j += 1
        }
        return nil
    }

    /// The index past a list of capitalised names continuing at the comma `k` inside a
    /// prepositional phrase ("in Amra, Tisso and Belek", "from Tarn, Ebro, and Lune"): items of
    /// capitalised words joined by commas, the last after "and"/"or". Nil when no such list closes
    /// there ("in Amra, officials said"). Complexity: O(12).
    func nameListEnd(atComma k: Int, in tokens: [Token]) -> Int? {
        guard k > 0, tokens[k - 1].isCapitalized else { return nil }
        var j = k
        while j < tokens.count, j < k + 12 {
            guard tokens[j].text == "," || tokens[j].lower == "and" || tokens[j].lower == "or" else { return nil }
            var closing = tokens[j].lower == "and" || tokens[j].lower == "or"
            j += 1
            if !closing, j < tokens.count, tokens[j].lower == "and" || tokens[j].lower == "or" { closing = true; j += 1 }
            guard j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized else { return nil }
            while j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
            if closing { return j }
        }
        return nil
    }
}
