/// The tense of the words around an expression, which decides the direction of an expression
/// that names a recurring point without saying which ("on Tuesday", "in March", "Nov. 3").
enum ClauseTense: Sendable {
    case past, future, unknown
}

extension TimexScanner {
    /// How far (in tokens) a tense cue may stand from the expression it decides.
    static let tenseWindowBefore = 12
    static let tenseWindowAfter = 8

    /// The tense of the clause around token i, from the nearest cue word in the sentence:
    /// future cues (future_cues.txt: "will", "scheduled", "plans"...) or past cues
    /// (past_cues.txt: "said", "was", "ago"..., and any other word ending in "-ed" of five letters or more).
    /// The nearest cue wins; at equal distance the one before the expression.
    /// Complexity: O(window), one dictionary lookup per token.
    func tense(around i: Int) -> ClauseTense {
        var distance = 1
        let maxDistance = max(TimexScanner.tenseWindowBefore, TimexScanner.tenseWindowAfter)
        while distance <= maxDistance {
            if distance <= TimexScanner.tenseWindowBefore, let t = tenseCue(i - distance) { return t }
            if distance <= TimexScanner.tenseWindowAfter, let t = tenseCue(i + distance) { return t }
            distance += 1
        }
        return .unknown
    }

    /// The tense a token signals, if any. Punctuation ending a clause (";", ":") stops nothing:
    /// news sentences often state the verb after a quotation or a comma.
    func tenseCue(_ i: Int) -> ClauseTense? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
        let t = tokens[i].lower
        // "next to the embassy" is a place, not a time to come.
        if t == "next", w(i + 1) == "to" { return nil }
        // The byte tests (`endsInBytes`) first: they are necessary for the Character ones and cheap.
        if lex.futureCues.contains(t) || t.endsInBytes("ll") && (t.hasSuffix("'ll") || t.hasSuffix("’ll")) {
            // "had been scheduled to expire Friday", "as previously planned": a plan made in the past
            // for a time now past.
            if lex.pastPerfectMarkers.contains(w(i - 1)) || w(i - 1) == "been" && lex.pastPerfectMarkers.contains(w(i - 2)) { return .past }
            return .future
        }
        // "is to resume", "set to open", "as soon as", "as early as".
        if (t == "set" || t == "is" || t == "are"), w(i + 1) == "to" {
            return t == "set" && (w(i - 1) == "been" && lex.pastPerfectMarkers.contains(w(i - 2)) || lex.pastPerfectMarkers.contains(w(i - 1))) ? .past : .future
        }
        if t == "as", w(i + 1) == "soon" || w(i + 1) == "early", w(i + 2) == "as" { return .future }
        guard lex.pastCues.contains(t) || t.endsInBytes("ed") && t.count >= 5 && t.hasSuffix("ed") && !lex.notPastCues.contains(t) && !isAdjective(t) else { return nil }
        // A participle after an auxiliary ("will be held", "to be signed", "has been delayed") is
        // not a past tense; the auxiliary before it decides.
        if lex.participleAuxiliaries.contains(w(i - 1)) { return nil }
        return .past
    }

    /// Whether an "-ed" word is an adjective by its prefix ("unspecified", "unnamed"): the prefix
    /// (adjective_prefixes.txt) leaves at least four letters before "-ed". Listed past cues are
    /// tested before this. Complexity: O(prefixes × length).
    func isAdjective(_ word: String) -> Bool {
        for prefix in lex.adjectivePrefixes where word.utf8.count >= prefix.utf8.count + 6 && word.hasPrefix(prefix) { return true }
        return false
    }
}
