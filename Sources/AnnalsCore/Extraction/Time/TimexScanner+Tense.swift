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
        // "since March", "since Tuesday": the point lies before the time of writing, whatever
        // the verb ("has been on patrol since March and was scheduled to return").
        if w(i - 1) == "since" { return .past }
        var distance = 1
        // An expression that opens the sentence ("On Tuesday, the ... union plans to strike", "In
        // March, a bomb ... killed") comes before its subject, which may be long: the verb is
        // looked for up to the sentence window after it.
        let after = i <= TimexScanner.openingTokens ? TimexScanner.openingWindowAfter : TimexScanner.tenseWindowAfter
        let maxDistance = max(TimexScanner.tenseWindowBefore, after)
        // A reporting verb after the expression and away from it ("... on Thursday,' the general
        // said") dates the report, not the event: it decides only when no other cue stands in the
        // window. Before the expression it is its verb ("told a news conference on Tuesday").
        var reported: ClauseTense?
        // "told a news conference on Tuesday that the port might reopen": the clause after "that"
        // is subordinate, its verbs do not date the expression before it.
        var afterEnd = after
        while distance <= maxDistance {
            if distance <= TimexScanner.tenseWindowBefore, let t = tenseCue(i - distance) { return t }
            if distance <= afterEnd {
                if w(i + distance) == "that" { afterEnd = distance } else if let t = weighedCue(i + distance, distance, reported: &reported) { return t }
            }
            distance += 1
        }
        return reported ?? .unknown
    }

    /// The cue of token k at `distance` after the expression; a reporting verb (reporting_verbs.txt)
    /// more than two tokens away is set aside in `reported` (the first such) instead.
    private func weighedCue(_ k: Int, _ distance: Int, reported: inout ClauseTense?) -> ClauseTense? {
        guard let t = tenseCue(k) else { return nil }
        if distance > 2, lex.reportingVerbs.contains(w(k)) {
            if reported == nil { reported = t }
            return nil
        }
        return t
    }

    /// An expression starting at one of the first `openingTokens` tokens opens its sentence
    /// ("On Friday ,", "Early on Monday"); its verb may stand up to `openingWindowAfter` tokens after it.
    static let openingTokens = 2
    static let openingWindowAfter = 30

    /// The tense of the verb group that ends with the participle at i ("will be named", "had
    /// been delayed", "is being held"): its first word, found by walking back over the
    /// auxiliaries (at most three), decides; a present auxiliary ("is", "has") or none gives nil.
    func participleGroupTense(_ i: Int) -> ClauseTense? {
        var k = i - 1
        while k >= 0, i - k <= 3, lex.participleAuxiliaries.contains(w(k)) { k -= 1 }
        let head = w(k)
        // "would have won": a past that did not happen.
        if lex.modalCues.contains(head), w(k + 1) == "have" { return .past }
        if lex.futureCues.contains(head) || lex.modalCues.contains(head) { return .future }
        if head == "was" || head == "were", w(k + 1) != "to" { return .past }
        if w(k + 1) == "had" { return .past }
        return nil
    }

    /// The tense a token signals, if any. Punctuation ending a clause (";", ":") stops nothing:
    /// news sentences often state the verb after a quotation or a comma.
    func tenseCue(_ i: Int) -> ClauseTense? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
        let t = tokens[i].lower
        // One lookup tells which of the rules below can apply (`TenseWordKind`).
        let kinds = lex.tenseWords[t] ?? []
        if kinds.isEmpty {
            // The byte tests (`endsInBytes`) first: they are necessary for the Character ones and cheap.
            if t.endsInBytes("ll") && (t.hasSuffix("'ll") || t.hasSuffix("’ll")) { return plannedTense(i) }
            guard t.endsInBytes("ed") && t.count >= 5 && t.hasSuffix("ed") && !isAdjective(t) else { return nil }
            // A capitalized "-ed" word inside the sentence is a name ("United Nations"), no verb.
            if i > 0, tokens[i].isCapitalized, kind(i - 1) == .word { return nil }
            return pastOrParticiple(i)
        }
        // "next to the embassy" is a place, not a time to come.
        if kinds.contains(.next), w(i + 1) == "to" { return nil }
        // "Until Monday, the ministry had refused to comment": a sentence opened by "until" names
        // the end of a state, whose verb decides; elsewhere "until" sets a deadline to come
        // ("postponed the vote until Tuesday").
        if i == 0, kinds.contains(.until) { return nil }
        if kinds.contains(.future) { return plannedTense(i) }
        // "is to resume", "set to open", "as soon as", "as early as".
        if kinds.contains(.beforeTo), w(i + 1) == "to" {
            return t == "set" && (w(i - 1) == "been" && lex.pastPerfectMarkers.contains(w(i - 2)) || lex.pastPerfectMarkers.contains(w(i - 1))) ? .past : .future
        }
        if kinds.contains(.asWord), w(i + 1) == "soon" || w(i + 1) == "early", w(i + 2) == "as" { return .future }
        // "unions plan to strike", "they hope to finish": intentions look forward (intention_verbs.txt).
        if kinds.contains(.intention), w(i + 1) == "to" { return .future }
        // "would" before a verb puts the clause after the time of speaking ("said they would vote
        // on Monday"): future, as seen from the report. "would have won" and "would not comment"
        // look back instead: no cue (modal_cues.txt).
        if kinds.contains(.modal) { return w(i + 1) == "have" || w(i + 1) == "not" ? nil : .future }
        // "was scheduled", "were planning": a plan reported in the past, for a time to come;
        // the plan word after it decides.
        if kinds.contains(.pastBe), lex.tenseWords[w(i + 1)]?.contains(.future) == true { return nil }
        if kinds.contains(.past) { return pastOrParticiple(i) }
        guard !kinds.contains(.notPast), t.endsInBytes("ed") && t.count >= 5 && t.hasSuffix("ed") && !isAdjective(t) else { return nil }
        if i > 0, tokens[i].isCapitalized, kind(i - 1) == .word { return nil }
        return pastOrParticiple(i)
    }

    /// A future cue at i ("scheduled", "will", "'ll"), unless a past perfect puts the plan in the
    /// past: "had been scheduled to expire Friday", "as previously planned".
    private func plannedTense(_ i: Int) -> ClauseTense {
        if lex.pastPerfectMarkers.contains(w(i - 1)) || w(i - 1) == "been" && lex.pastPerfectMarkers.contains(w(i - 2)) { return .past }
        return .future
    }

    /// A past form at i: past, unless it is a participle after an auxiliary ("will be held", "to be
    /// signed", "has been delayed"), whose verb group decides.
    private func pastOrParticiple(_ i: Int) -> ClauseTense? {
        if lex.participleAuxiliaries.contains(w(i - 1)) { return participleGroupTense(i) }
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
