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

    /// The count phrase of one person at token `i`, or nil.
    func singular(at i: Int, in tokens: [Token]) -> CountPhrase? {
        guard i + 1 < tokens.count, Self.articles.contains(tokens[i].lower) else { return nil }
        if i > 0, lexicon.singularRejectBefore.contains(tokens[i - 1].lower) { return nil }
        var k = i + 1
        var category: CasualtyCategory? = nil
        // "a civilian driver", "a local teacher": one modifier word may precede the noun.
        for _ in 0..<2 where k < tokens.count {
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
                return CountPhrase(number: number, end: end, category: category ?? c,
                                   head: tokens[k..<end].map(\.lower).joined(separator: " "), headOutcome: nil, isSingular: true)
            }
            guard tokens[k].kind == .word, !lexicon.stopWords.contains(tokens[k].lower), lexicon.postTriggers.match(tokens, at: k) == nil else { return nil }
            if let c = lexicon.categoryModifiers[tokens[k].lower] { category = c }
            k += 1
        }
        return nil
    }
}
