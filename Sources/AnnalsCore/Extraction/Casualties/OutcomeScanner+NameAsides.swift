/// Asides that name the people a count counts, between the count and its verb: "The three
/// engineers, Ana Ruiz, 41, Tomas Vidal, 38, and Li Wen, 29, were abducted", "Two pilots, Captain
/// Lena Holt and First Officer Max Udo, were killed". Such an aside runs longer than the
/// eight-token asides of `OutcomeScanner.after` and holds numbers (ages) that end an outcome scan,
/// so it is recognised as a whole: names and ages, joined by commas and "and", up to the comma
/// that a verb group follows.
extension OutcomeScanner {
    /// Words that open the main clause's verb group after an aside (with an outcome word of
    /// `outcome-after.txt`, and after at most two fillers or "-ly" adverbs: "were later found dead").
    static let asideClauseVerbs: Set<String> = ["were", "was", "are", "is", "have", "has", "had", "remain", "remains", "remained"]
    /// Words that end a name aside: they open a clause of their own inside it.
    private static let asideBreakers: Set<String> = ["who", "which", "that", "whom", "whose", "said", "says", "told",
                                                     "not", "never", "no", "n't", "nor", "be", "been", "being"]
    /// Longest name aside crossed, in tokens (five names with ages and commas).
    private static let nameAsideLimit = 40

    /// The index past the comma that closes an aside of names opening at comma `k`, when a verb
    /// group agreeing with the count (`plural`) follows that comma: the aside holds at least one
    /// capitalised name (or "aged"), only
    /// words, commas, brackets and "and"/"or", and numbers only as ages — digits of at most 120
    /// right after a comma or bracket that follows a name ("Li Wen, 29,", "Ana Ruiz (41)"), or
    /// after "aged" ("aged between six and 11"); "a"/"an" only after a name's comma ("Jonas Berg,
    /// a freelancer,"). An outcome word, an auxiliary, a relative pronoun, a verb of saying, a
    /// negation, any other count or any other punctuation means the aside is no list of names:
    /// nil. Complexity: O(40).
    func nameAsideEnd(openingAt k: Int, in tokens: [Token], isNumberToken: (Int) -> Bool, plural: Bool = true) -> Int? {
        let n = tokens.count
        guard tokens[k].text == ",", k > 0, tokens[k - 1].kind == .word else { return nil }
        var j = k + 1
        var names = 0
        var aged = false
        var ages = 0
        while j < n, j <= k + Self.nameAsideLimit {
            let t = tokens[j]
            if t.text == "," {
                if names > 0 || aged, opensVerbGroup(at: j + 1, in: tokens, plural: plural) { return j + 1 }
                j += 1; continue
            }
            if t.text == "(" || t.text == ")" { j += 1; continue }
            if isNumberToken(j) {
                if isAge(at: j, in: tokens, aged: aged) { ages += 1; j += 1; continue }
                // "Jonas Berg, a freelancer,": an appositive of the name before.
                if (t.lower == "a" || t.lower == "an"), j >= 2, tokens[j - 1].text == ",", tokens[j - 2].isCapitalized { j += 1; continue }
                // "Captain Lena Holt", "photographer Ana Lee": a role noun and a name, which the
                // singular reader counts as one person; a member of the aside like any name.
                guard t.kind == .word, t.isCapitalized || lexicon.singularPeople.match(tokens, at: j) != nil else { return nil }
                if t.isCapitalized, !tokens[j - 1].isCapitalized || tokens[j - 1].kind != .word { names += 1 }
                j += 1; continue
            }
            guard t.kind == .word else { return nil }
            if t.isCapitalized {
                if !tokens[j - 1].isCapitalized || tokens[j - 1].kind != .word { names += 1 }
                j += 1; continue
            }
            if Self.asideClauseVerbs.contains(t.lower) || Self.asideBreakers.contains(t.lower)
                || lexicon.postTriggers.match(tokens, at: j) != nil || lexicon.preTriggers.match(tokens, endingAt: j) != nil {
                return nil
            }
            if t.lower == "aged" || t.lower == "age" { aged = true }
            j += 1
        }
        return nil
    }

    /// Whether the number at `j` is an age in a name aside: digits of at most 120 after a comma or
    /// bracket that follows a capitalised word, or any number after "aged" (through "between",
    /// "and", "to"). O(1).
    private func isAge(at j: Int, in tokens: [Token], aged: Bool) -> Bool {
        guard j >= 2 else { return false }
        let before = tokens[j - 1]
        if aged, before.lower == "aged" || before.lower == "age" || before.lower == "between" || before.lower == "and" || before.lower == "to" {
            return true
        }
        guard tokens[j].kind == .number, let value = Int(tokens[j].text), value <= 120 else { return false }
        guard before.text == "," || before.text == "(" else { return false }
        return tokens[j - 2].kind == .word && tokens[j - 2].isCapitalized
    }

    /// Auxiliaries that agree with one person only, and with several only.
    private static let singularVerbs: Set<String> = ["was", "is", "has", "remains"]
    private static let pluralVerbs: Set<String> = ["were", "are", "have", "remain"]

    /// Whether a verb group opens at `i`: a word of `asideClauseVerbs` or an outcome word, after
    /// at most two fillers or "-ly" adverbs ("were killed", "later died", "remain missing"). With
    /// `plural` set (a count of several people) or cleared (one person), an auxiliary that does not
    /// agree opens no verb group of the count's ("Of the 30 passengers, Maria Ruiz, 41, was
    /// injured": the verb is the name's). O(3).
    func opensVerbGroup(at i: Int, in tokens: [Token], plural: Bool? = nil) -> Bool {
        var j = i
        while j < tokens.count, j <= i + 2 {
            let t = tokens[j]
            if let plural, (plural ? Self.singularVerbs : Self.pluralVerbs).contains(t.lower) { return false }
            if Self.asideClauseVerbs.contains(t.lower) || lexicon.postTriggers.match(tokens, at: j) != nil { return true }
            guard t.kind == .word, lexicon.fillers.contains(t.lower) || (t.lower.count > 4 && t.lower.hasSuffix("ly")) else { return false }
            j += 1
        }
        return false
    }
}

extension OutcomeScanner {
    /// Relative pronouns that open an aside of their own between commas.
    private static let relativeAsideOpeners: Set<String> = ["who", "whose", "which"]

    /// The index past the comma that closes a relative clause set off by commas at comma `k`
    /// ("Twelve students, whose bus was hit by a truck near Ebro, died", "Three soldiers, who had
    /// been on patrol since dawn, were killed") when a verb group agreeing with the count follows:
    /// the clause holds no outcome word (one there is the count's own: "the gunman, who was later
    /// shot dead"), no number, no other punctuation, and closes within twenty tokens. Complexity: O(20).
    func relativeAsideEnd(openingAt k: Int, in tokens: [Token], isNumberToken: (Int) -> Bool, plural: Bool) -> Int? {
        guard tokens[k].text == ",", k + 2 < tokens.count, Self.relativeAsideOpeners.contains(tokens[k + 1].lower) else { return nil }
        var j = k + 2
        while j < tokens.count, j <= k + 21 {
            let t = tokens[j]
            if t.text == "," { return opensVerbGroup(at: j + 1, in: tokens, plural: plural) ? j + 1 : nil }
            guard t.kind == .word, !isNumberToken(j), lexicon.postTriggers.match(tokens, at: j) == nil,
                  lexicon.preTriggers.match(tokens, endingAt: j) == nil else { return nil }
            j += 1
        }
        return nil
    }
}
