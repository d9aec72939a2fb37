/// One person named by an article and a singular noun: "a teacher was wounded", "killing a police
/// officer", "another soldier died". The number parser never reads "a" as one (it would turn "a
/// market" into a count), so the casualty extractor reads these itself, from a list of singular
/// nouns that commonly name victims (`people-singular.txt`).
///
/// Such a count takes its outcome like any count: its own outcome word, or that of a count
/// coordinated with it ("killed a woman and her four children", "killed two classmates and a
/// teacher" → 3, "abducted 17 aid workers and a pilot" → 18, as the evaluation guidelines read it).
/// After a preposition ("on board a passenger jet", "killed by a soldier") or an idiom ("not a
/// single") it is no count (`singular-reject-before.txt`).
extension HeadReader {
    private static let articles: Set<String> = ["a", "an", "another"]

    /// Whether a count of one may start at this token: a byte check before any string comparison,
    /// since it runs on every token of every sentence (hashing each token cost more than the rest
    /// of the rule).
    @inline(__always) static func mayStartSingular(_ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        let bytes = t.lower.utf8
        guard bytes.first == 0x61 else { return false } // "a"
        switch bytes.count {
        case 1: return true
        case 2: return t.lower == "an"
        case 7: return t.lower == "another"
        default: return false
        }
    }

    /// Whether token `i` is one of `determiners` with a word after it, and not after a word that
    /// rules a count of one out (`singular-reject-before.txt`: "such a", "killed by a").
    private func opensSingular(at i: Int, in tokens: [Token], determiners: Set<String>) -> Bool {
        guard i + 1 < tokens.count, determiners.contains(tokens[i].lower) else { return false }
        guard i > 0, lexicon.singularRejectBefore.contains(tokens[i - 1].lower) else { return true }
        // "30 hostages were killed along with a guard": "along with" coordinates, unlike a bare "with".
        return i >= 2 && tokens[i - 1].lower == "with" && tokens[i - 2].lower == "along"
    }

    /// The count phrase of one person at token `i`, or nil.
    func singular(at i: Int, in tokens: [Token]) -> CountPhrase? {
        guard opensSingular(at: i, in: tokens, determiners: Self.articles) else { return nil }
        var k = i + 1
        var category: CasualtyCategory? = nil
        // "a fourth person died", "an 11th victim": one more of a toll stated as a whole.
        if isOrdinal(tokens[k]) { return nil }
        // "a 14-year-old boy", "an 80-year-old woman": an age before the noun is no modifier word.
        k = Self.pastAge(at: k, in: tokens)
        // "a civilian driver", "a local teacher": one modifier word may precede the noun;
        // capitalised words of a proper adjective do not count ("a West German police officer").
        var plainModifiers = 0, steps = 0
        while k < tokens.count, plainModifiers < 2, steps < 4 {
            steps += 1
            if let (c, length) = lexicon.singularPeople.match(tokens, at: k) {
                let end = k + length
                // "a police officer's car", "a soldier checkpoint": the noun qualifies another noun.
                if end < tokens.count, tokens[end].text == "'" || tokens[end].text == "’" || lexicon.nonPeople.contains(tokens[end].lower) { return nil }
                if end < tokens.count, lexicon.singularPeople.match(tokens, at: end) != nil || lexicon.peopleNouns.match(tokens, at: end) != nil {
                    if category == nil, c != .all { category = c }
                    k = end
                    continue
                }
                let t = tokens[i]
                let number = NumberMatch(quantity: Quantity(exactly: 1), tokenRange: i..<(i + 1), start: t.start, end: t.end, text: t.text)
                // "an elderly woman" is a woman (evaluation guidelines, rule 7: the head noun names the
                // group); a modifier names it only for a head of no group of its own ("an elderly resident").
                return CountPhrase(number: number, end: end, category: c == .all ? category ?? c : c,
                                   head: tokens[k..<end].map(\.lower).joined(separator: " "), headOutcome: nil, isSingular: true)
            }
            guard tokens[k].kind == .word, !lexicon.stopWords.contains(tokens[k].lower), lexicon.postTriggers.match(tokens, at: k) == nil else { return nil }
            if let c = lexicon.categoryModifiers[tokens[k].lower] { category = c }
            if !tokens[k].isCapitalized { plainModifiers += 1 }
            k += 1
        }
        return nil
    }

    /// "One person was killed and another injured", "killing a guard and wounding another": a bare
    /// "another" after a count of people in the sentence (`earlier`, the counts read so far) counts
    /// one more of that count's group, when an outcome word, an auxiliary or filler, or the end of
    /// its clause follows it. Not "one another", "one after another". Complexity: O(earlier).
    func elidedAnother(at i: Int, in tokens: [Token], after earlier: [CountPhrase]) -> CountPhrase? {
        guard i > 0, tokens[i].lower == "another", !["one", "after"].contains(tokens[i - 1].lower) else { return nil }
        let k = i + 1
        guard k == tokens.count || tokens[k].kind == .punctuation || lexicon.fillers.contains(tokens[k].lower)
                || lexicon.postTriggers.match(tokens, at: k) != nil else { return nil }
        guard let prior = earlier.last(where: { $0.end <= i }), !prior.isPartitive else { return nil }
        let t = tokens[i]
        let number = NumberMatch(quantity: Quantity(exactly: 1), tokenRange: i..<(i + 1), start: t.start, end: t.end, text: t.text)
        return CountPhrase(number: number, end: k, category: prior.category, head: nil, headOutcome: nil, isSingular: true)
    }

    /// An ordinal word (`singular-reject-after.txt`) or a numeric one ("11th", "2nd").
    private func isOrdinal(_ t: Token) -> Bool {
        if lexicon.singularRejectAfter.contains(t.lower) { return true }
        let w = t.lower
        guard w.count >= 3, let first = w.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        return ["st", "nd", "rd", "th"].contains(String(w.suffix(2))) && w.dropLast(2).allSatisfy(\.isNumber)
    }

    /// The token past an age written "14-year-old" (number, hyphen glued to it, "year-old" or
    /// "month-old") starting at `k`, or `k` itself when none starts there.
    static func pastAge(at k: Int, in tokens: [Token]) -> Int {
        guard k + 2 < tokens.count, tokens[k].kind == .number, tokens[k + 1].text == "-", tokens[k + 1].start == tokens[k].end,
              tokens[k + 2].start == tokens[k + 1].end, ageWords.contains(tokens[k + 2].lower) else { return k }
        return k + 3
    }

    private static let ageWords: Set<String> = ["year-old", "month-old", "week-old", "day-old", "years-old"]
}

/// One person named by a definite or possessive singular: "four engineers and their driver were
/// abducted", "two soldiers and the pilot died", "police shot dead the gunman". Unlike "a
/// teacher", "the teacher" usually points back at someone already counted, so it is read as a
/// count of one only where it cannot be a mere reference: coordinated with a count of people, or
/// the direct object of an outcome verb, or (an attacker) the subject of an outcome word (the
/// caller checks which: `SentenceFigures.isCountedDefinite`). The noun must end its noun phrase ("the pilot's family",
/// "the guard post" are no counts).
extension HeadReader {
    private static let definites: Set<String> = ["the", "their", "his", "her", "its", "our"]

    /// A byte check before any hashing: the candidates start with t, h, i or o.
    @inline(__always) static func mayStartDefinite(_ t: Token) -> Bool {
        guard t.kind == .word, let b = t.lower.utf8.first, b == 0x74 || b == 0x68 || b == 0x69 || b == 0x6F else { return false }
        return definites.contains(t.lower)
    }

    /// The count phrase of one person at a definite or possessive determiner at token `i`, or nil.
    func definiteSingular(at i: Int, in tokens: [Token]) -> CountPhrase? {
        guard opensSingular(at: i, in: tokens, determiners: Self.definites) else { return nil }
        var k = i + 1
        var category: CasualtyCategory? = nil
        for _ in 0..<2 where k < tokens.count {
            if let (c, length) = lexicon.singularPeople.match(tokens, at: k) {
                let end = k + length
                guard endsNounPhrase(at: end, in: tokens) else { return nil }
                let t = tokens[i]
                let number = NumberMatch(quantity: Quantity(exactly: 1), tokenRange: i..<(i + 1), start: t.start, end: t.end, text: t.text)
                return CountPhrase(number: number, end: end, category: c == .all ? category ?? c : c,
                                   head: tokens[k..<end].map(\.lower).joined(separator: " "), headOutcome: nil, isSingular: true, isDefinite: true)
            }
            guard tokens[k].kind == .word, !lexicon.stopWords.contains(tokens[k].lower), lexicon.postTriggers.match(tokens, at: k) == nil else { return nil }
            if let c = lexicon.categoryModifiers[tokens[k].lower] { category = c }
            k += 1
        }
        return nil
    }

    /// Whether the noun phrase ends before token `k`: the sentence ends, or punctuation other than a
    /// possessive or hyphen, a function word, a filler or an outcome word follows.
    private func endsNounPhrase(at k: Int, in tokens: [Token]) -> Bool {
        guard k < tokens.count else { return true }
        let t = tokens[k]
        if t.kind == .punctuation { return !["'", "’", "-", "–"].contains(t.text) }
        guard t.kind == .word else { return false }
        return lexicon.stopWords.contains(t.lower) || lexicon.fillers.contains(t.lower) || lexicon.postTriggers.match(tokens, at: k) != nil
    }
}

/// "Both pilots were killed", "killed the pilot and both passengers": "both" before a plural people
/// noun counts two. Not in "both men and women" (a correlative "both ... and", no count), not
/// before a casualty noun ("both of the injured", "both dead"), nor before a noun qualifying
/// another ("both soldiers' families").
extension HeadReader {
    /// A byte check before any string comparison (it runs on every token).
    @inline(__always) static func mayStartBoth(_ t: Token) -> Bool {
        t.kind == .word && t.lower.utf8.count == 4 && t.lower.utf8.first == 0x62 && t.lower == "both" // "b"
    }

    /// The count phrase of two at "both" at token `i`, or nil.
    func both(at i: Int, in tokens: [Token]) -> CountPhrase? {
        var k = i + 1
        var category: CasualtyCategory? = nil
        for _ in 0..<2 where k < tokens.count {
            if let (c, length) = lexicon.peopleNouns.match(tokens, at: k), lexicon.casualtyNouns.match(tokens, at: k) == nil {
                let end = k + length
                if end < tokens.count, ["'", "’", "and", "or"].contains(tokens[end].lower) || lexicon.nonPeople.contains(tokens[end].lower) { return nil }
                let t = tokens[i]
                let number = NumberMatch(quantity: Quantity(exactly: 2), tokenRange: i..<(i + 1), start: t.start, end: t.end, text: t.text)
                return CountPhrase(number: number, end: end, category: c == .all ? category ?? c : c,
                                   head: tokens[k..<end].map(\.lower).joined(separator: " "), headOutcome: nil)
            }
            guard tokens[k].kind == .word, !lexicon.stopWords.contains(tokens[k].lower), lexicon.postTriggers.match(tokens, at: k) == nil else { return nil }
            if let c = lexicon.categoryModifiers[tokens[k].lower] { category = c }
            k += 1
        }
        return nil
    }
}
