/// One person named by an article and a singular noun: "a teacher was wounded", "killing a police
/// officer", "another soldier died". The number parser never reads "a" as one (it would turn "a
/// market" into a count), so the casualty extractor reads these itself, from a list of singular
/// nouns that commonly name victims (`people-singular.txt`).
///
/// Such a count needs its own outcome word, or a count coordinated before it that has one ("killed
/// a woman and her four children"); it never borrows the outcome of the count before it ("abducted
/// 17 aid workers and a pilot" stays 17): an appended "and a ..." is as often a different role
/// (the pilot of the plane, the driver of the bus) as one more victim.
extension HeadReader {
    private static let articles: Set<String> = ["a", "an", "another"]
    /// Words before the article that make it no count ("not a single", "such a", "what a").
    private static let blockers: Set<String> = ["not", "such", "what", "quite", "as", "than", "like"]

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
        if i > 0, Self.blockers.contains(tokens[i - 1].lower) { return nil }
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
