extension SentenceFigures {
    /// Counts stated by a report the text names as an earlier one: "An early written statement,
    /// attributed to the ministry, gave the death toll as 40", "the original police estimate put
    /// the dead at 70". The name is a modifier, at most two words between, and a report noun
    /// (`superseded-reports.txt`); the counts after it in its clause are superseded (evaluation
    /// guidelines, rule 2), within `reach` tokens not counting one aside between commas right after
    /// the noun, no clause break or revision verb between.
    ///
    /// One scan finds both kinds of cue: these and the retractions after a figure (below).
    /// Complexity: O(tokens) (a shape test a word, a table lookup for words of a cue's first-word shape),
    /// then O(phrases × reach) a cue.
    func dropEarlierValues(_ resolved: inout [Resolution?]) {
        // Only a resolved count can be superseded.
        guard resolved.contains(where: { $0 != nil }) else { return }
        // The tables are read once: through `lexicon` every access would copy the lexicon's tables.
        let lexicon = rules.lexicon
        let reports = lexicon.supersededReports, verbs = lexicon.supersedingVerbs
        let modifierShapes = lexicon.earlyModifierShapes, verbShapes = lexicon.supersedingVerbShapes
        for k in tokens.indices where tokens[k].kind == .word {
            // A word of no cue's first byte and length is passed over before any lookup.
            if modifierShapes.mayStart(tokens[k].lower), let (kind, _) = reports.match(tokens, at: k), kind == .modifier { dropEarlierReport(at: k, reports, &resolved) }
            else if verbShapes.mayStart(tokens[k].lower), let (kind, length) = verbs.match(tokens, at: k), kind != .adverb { dropRetractedFigure(at: k, kind, length, reports, verbs, &resolved) }
        }
    }

    private func dropEarlierReport(at k: Int, _ reports: PhraseTable<CasualtyLexicon.ReportWord>, _ resolved: inout [Resolution?]) {
        let reach = 6, between = 2, asideReach = 12
        var n = k + 1
        while n < tokens.count, n <= k + between, reports.match(tokens, at: n)?.value == .between { n += 1 }
        guard n < tokens.count, reports.match(tokens, at: n)?.value == .noun else { return }
        var from = n + 1
        // ", attributed to the ministry,": an aside of words between commas right after the noun.
        if from < tokens.count, tokens[from].lower == "," {
            let end = min(tokens.count, from + asideReach)
            if let close = (from + 1..<end).first(where: { tokens[$0].lower == "," || numberTokens.contains($0) }),
               tokens[close].lower == ",", close > from + 1 {
                from = close + 1
            }
        }
        dropCounts(&resolved, from: from, reach: reach)
    }

    /// Counts a later cue takes back: "At the time, 60 deaths were reported; the figure was later
    /// retracted", "police said 14 died, a number which was subsequently revised". A verb of
    /// `superseding-verbs.txt` (a revision verb only with an adverb of later time), auxiliaries and
    /// adverbs before it (at least one auxiliary), and a report noun or "which"/"that" at most three
    /// words before those: the number nearest before the noun in the sentence, when it is a count, is
    /// superseded, or every count before it for a plural noun. "revised from N" names the earlier value after it: no cue.
    ///
    /// Complexity: O(phrases) a cue.
    private func dropRetractedFigure(at v: Int, _ kind: CasualtyLexicon.SupersedingWord, _ length: Int,
                                     _ reports: PhraseTable<CasualtyLexicon.ReportWord>, _ verbs: PhraseTable<CasualtyLexicon.SupersedingWord>,
                                     _ resolved: inout [Resolution?]) {
        if v + length < tokens.count, tokens[v + length].lower == "from" { return }
        var a = v - 1, sawAuxiliary = false, sawAdverb = false
        while a >= 0, a >= v - 3 {
            if Self.auxiliaries.contains(tokens[a].lower) { sawAuxiliary = true }
            else if verbs.match(tokens, at: a)?.value == .adverb { sawAdverb = true }
            else { break }
            a -= 1
        }
        guard sawAuxiliary, kind == .falsified || sawAdverb else { return }
        // The subject: a report noun or a relative pronoun, only words between it and the auxiliary.
        var s = a, subject: Int? = nil
        while s >= 0, s >= a - 2, tokens[s].kind == .word, !Self.retractionBreaks.contains(tokens[s].lower) {
            if tokens[s].lower == "which" || tokens[s].lower == "that" || reports.match(tokens, at: s)?.value == .noun {
                subject = s
                break
            }
            s -= 1
        }
        guard let subject else { return }
        if tokens[subject].lower.hasSuffix("s") {
            for p in phrases.indices where phrases[p].end <= subject { resolved[p] = nil }
        } else if let last = (0..<subject).last(where: { numberTokens.contains($0) }),
                  let p = phrases.indices.last(where: { phrases[$0].number.tokenRange.contains(last) }) {
            // The number nearest before the noun: a count of things there ("80 homes") takes no figure back.
            resolved[p] = nil
        }
    }

    /// Drops the resolved counts starting within `reach` tokens after `from`, none of the tokens
    /// before them a clause break or a revision verb (the count after "rose to" is the new value).
    func dropCounts(_ resolved: inout [Resolution?], from: Int, reach: Int) {
        for p in phrases.indices where resolved[p] != nil {
            let start = phrases[p].number.tokenRange.lowerBound
            guard start >= from, start - from <= reach else { continue }
            if tokens[from..<start].contains(where: { Self.reportClauseBreaks.contains($0.lower) }) { continue }
            if (from..<start).contains(where: { lexicon.revisionVerbs.match(tokens, at: $0) != nil }) { continue }
            resolved[p] = nil
        }
    }

    private static let reportClauseBreaks: Set<String> = [",", ";", ".", "but", ":"]
    private static let auxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be", "has", "have", "had"]
    /// Words that end the look-back for the subject of a retraction: another clause starts there.
    private static let retractionBreaks: Set<String> = ["and", "but", "or", "while", "when"]
}
