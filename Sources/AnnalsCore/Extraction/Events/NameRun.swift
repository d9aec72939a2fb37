/// A run of capitalised words in a sentence ("New York", "Muslim American Leadership Alliance of
/// New York"), with the token range it covers and what it is.
struct NameRun: Hashable, Sendable {
    enum Role: Hashable, Sendable {
        /// Follows a place preposition: "in Baku".
        case place
        /// Directly precedes a trigger noun: "the Halabja attack", "the Iran–Iraq War".
        case modifier
        /// Ends in an organisation word: "the Red Cross Society".
        case organisation
        /// Any other capitalised run: a person, a nationality, a title.
        case other
    }
    var text: String
    var tokens: Range<Int>
    var role: Role
}

/// Finds capitalised runs and classifies them by the words around them.
struct NameFinder {
    let words: EventWords

    init(words: EventWords) { self.words = words }
    init(lexicon: EventLexicon) { words = lexicon.words }

    /// - Parameters:
    ///   - tokens: the sentence's tokens.
    ///   - blocked: token indices that belong to time expressions or quotes and so cannot be names.
    ///   - triggerStarts: token indices where a trigger begins (a run stops there).
    ///   - objectStarts: token indices right after a past-tense trigger verb ("raided"), where a
    ///     name is the place acted on.
    func runs(in tokens: [Token], blocked: TokenMask, triggerStarts: TokenMask, objectStarts: TokenMask) -> [NameRun] {
        var result: [NameRun] = []
        var i = 0
        while i < tokens.count {
            guard startsName(tokens, i, blocked, triggerStarts) else { i += 1; continue }
            var j = i + 1
            while j < tokens.count {
                if triggerStarts.contains(j) || blocked.contains(j) { break }
                if isNameWord(tokens, j) { j += 1; continue }
                // An initialism ("U.S.", "U.N."): its letters and periods are one word.
                if tokens[j].text == ".", isInitial(tokens[j - 1]), tokens[j - 1].end == tokens[j].start {
                    j += 1
                    if j < tokens.count, isInitial(tokens[j]), tokens[j - 1].end == tokens[j].start { j += 1; continue }
                    // "John F. Kennedy", "U.S. Embassy": the run goes on after the initial.
                    if j < tokens.count, !triggerStarts.contains(j), !blocked.contains(j), isNameWord(tokens, j) { continue }
                    break
                }
                // "of" joins two capitalised runs: "Alliance of New York", "Bank of England".
                if tokens[j].lower == "of", j + 1 < tokens.count, isNameWord(tokens, j + 1), !blocked.contains(j + 1), !triggerStarts.contains(j + 1) { j += 2; continue }
                break
            }
            let text = Self.text(of: tokens[i..<j])
            // A run of nationality words names people ("the Iraqi invasion" is Iraq's), never a place.
            let onlyDemonyms = tokens[i..<j].allSatisfy { $0.kind != .word || words.demonyms.contains($0.lower) }
            // "on the FBI's list": a possessor belongs to the noun after it, it is no place.
            let possessive = text.endsWith("'s") || text.endsWith("’s")
            var found = objectStarts.contains(i) ? .place : role(tokens, i..<j, triggerStarts, blocked)
            // Except that a nationality names a war ("the Korean War"); before an attack it is the
            // attacker ("the Iraqi invasion"), which no title may present as the place attacked.
            if possessive || (onlyDemonyms && !(found == .modifier && startsWar(tokens, at: j))) { found = .other }
            let run = NameRun(text: text, tokens: i..<j, role: found)
            appendSplittingOrganisationOfPlace(run, tokens, to: &result)
            i = j
        }
        return result
    }

    /// "Muslim American Leadership Alliance of New York" is an organisation based in a place: the
    /// whole run is the organisation and the part after "of" is a place.
    /// (Appended to `result` in place: an array of one or two runs per run cost more than the rule.)
    private func appendSplittingOrganisationOfPlace(_ run: NameRun, _ tokens: [Token], to result: inout [NameRun]) {
        for k in run.tokens where tokens[k].lower == "of" && k > run.tokens.lowerBound && words.organisationHeads.contains(tokens[k - 1].lower) {
            let placeTokens = (k + 1)..<run.tokens.upperBound
            guard !placeTokens.isEmpty, !words.organisationHeads.contains(tokens[placeTokens.upperBound - 1].lower) else { break }
            let place = NameRun(text: Self.text(of: tokens[placeTokens]), tokens: placeTokens, role: .place)
            result.append(NameRun(text: run.text, tokens: run.tokens, role: .organisation))
            result.append(place)
            return
        }
        result.append(run)
    }

    /// The run's words as written: a space only where the text has one ("U.S.", "New York").
    static func text(of run: ArraySlice<Token>) -> String {
        var out = ""
        var previousEnd: Int?
        for t in run {
            if let previousEnd, previousEnd < t.start { out += " " }
            out += t.text
            previousEnd = t.end
        }
        return out
    }

    /// Whether a war trigger starts at token `j` ("War" in "the Bosnian War").
    private func startsWar(_ tokens: [Token], at j: Int) -> Bool {
        j < tokens.count && words.warFirstWords.contains(tokens[j].lower)
    }

    /// A single capital letter, as in an initialism.
    private func isInitial(_ t: Token) -> Bool {
        t.kind == .word && t.text.unicodeScalars.count == 1 && t.startsUpperCase
    }

    /// Token `i` read in place (no copy of the token, whose two Strings a copy retained and
    /// released at every token of the sentence).
    private func isNameWord(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].kind == .word && tokens[i].startsUpperCase && !words.notNames.contains(tokens[i].lower)
    }

    private func startsName(_ tokens: [Token], _ i: Int, _ blocked: TokenMask, _ triggers: TokenMask) -> Bool {
        !blocked.contains(i) && !triggers.contains(i) && isNameWord(tokens, i)
    }

    private func role(_ tokens: [Token], _ r: Range<Int>, _ triggers: TokenMask, _ blocked: TokenMask) -> NameRun.Role {
        if let last = tokens[r].last, words.organisationHeads.contains(last.lower) { return .organisation }
        // A name before a trigger noun names the happening ("the Halabja attack", "1988 Halabja
        // attack"); before a verb it is the subject ("Kurds remember"), so a determiner or a year
        // must come first.
        if triggers.contains(r.upperBound), r.lowerBound > 0 {
            let before = tokens[r.lowerBound - 1]
            if before.lower == "the" || before.lower == "a" || before.lower == "an" || before.kind == .number || before.text == "’s" || before.text == "'s" { return .modifier }
        }
        let next = r.upperBound < tokens.count ? tokens[r.upperBound] : nil
        // "the Jewish school": a capitalised adjective before a common noun. A function word after
        // the run ("in Baku and", "named Halabja in") does not make it an adjective.
        let followedByLowerWord = !blocked.contains(r.upperBound) && next.map {
            // A verb ("Tarkhan killed", "in Dasht has risen") follows a name, not an adjective.
            $0.kind == .word && !$0.startsUpperCase && !words.notNames.contains($0.lower) && !words.prepositions.contains($0.lower)
                && !$0.lower.endsWith("ed") && !words.clauseVerbs.contains($0.lower)
        } ?? false
        let nextIsPlaceNoun = next.map { words.placeNouns.contains($0.lower) } ?? false
        if followedByLowerWord && !nextIsPlaceNoun { return .other }
        var k = r.lowerBound - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        guard k >= 0 else { return .other }
        let before = tokens[k].lower
        if words.prepositions.contains(before) { return .place }
        if before == "of", k > 0 {
            let head = tokens[k - 1]
            if words.ofAfter.contains(head.lower) || (head.startsUpperCase && head.kind == .word) { return .place }
        }
        return .other
    }
}
