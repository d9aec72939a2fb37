/// One person named by a role noun and a name, with no article: "pilot Mike Durant had been taken
/// prisoner", "killing journalist Ana Reyes", "The driver, local bus driver Tom Okafor, was
/// killed". News writes a victim's role before the name as a title, so the article that the
/// reader of "a teacher" relies on is missing; the capitalised name after a singular people noun
/// (`people-singular.txt`) marks the count of one instead.
///
/// Not read when an article, a possessive or a demonstrative stands before the noun or its one or
/// two modifier words ("a police officer John Hale" is the article reader's, "his driver Ali" may
/// point back at someone already counted), nor when the name is a day or month ("a driver
/// Monday") or owns something ("driver Tom Okafor's car"). A capitalised role noun counts only at
/// the start of the sentence or of an aside ("Pilot Ian Voss was captured"): mid-sentence it is
/// more often part of an organisation's name ("the Teacher Training College").
extension HeadReader {
    /// Whether a named count of one may start at token `i`: a lower-case word (or any word opening
    /// the sentence or an aside) followed by a capitalised word. Cheap tests first, since it runs on
    /// every token of a candidate sentence: a token with no upper-case letter shares its text with
    /// its lower-cased form, so comparing the two is one load for most words; only a word with a
    /// capital has its first scalar decoded.
    @inline(__always) static func mayStartNamed(_ tokens: [Token], at i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i].kind == .word, tokens[i + 1].kind == .word,
              tokens[i + 1].text != tokens[i + 1].lower, tokens[i + 1].isCapitalized else { return false }
        return tokens[i].text == tokens[i].lower || i == 0 || tokens[i - 1].kind == .punctuation
    }

    /// The count phrase of one person at a role noun at token `i` followed by a name, or nil.
    /// The phrase ends past the name, so the outcome word after it is found. Complexity: O(8).
    func named(at i: Int, in tokens: [Token]) -> CountPhrase? {
        guard let (category, length) = lexicon.singularPeople.match(tokens, at: i) else { return nil }
        if tokens[i].isCapitalized, i > 0, tokens[i - 1].kind != .punctuation { return nil }
        guard let start = phraseStart(ofNounAt: i, in: tokens), let end = nameEnd(from: i + length, in: tokens) else { return nil }
        let t = tokens[start]
        let number = NumberMatch(quantity: Quantity(exactly: 1), tokenRange: start..<(start + 1), start: t.start, end: t.end, text: t.text)
        return CountPhrase(number: number, end: end, category: category,
                           head: tokens[i..<(i + length)].map(\.lower).joined(separator: " "), headOutcome: nil, isSingular: true)
    }

    /// Where the noun phrase of the role noun at `i` starts, or nil when an article, possessive or
    /// demonstrative stands right before the noun or before at most two modifier words ("the
    /// veteran war reporter"). The modifiers belong to the phrase when an outcome verb, punctuation
    /// or the sentence's start stands before them ("killed veteran journalist Omar Dan", ",
    /// Tunisian truck driver ..."), so the verb before them is found; otherwise the noun starts it.
    private func phraseStart(ofNounAt i: Int, in tokens: [Token]) -> Int? {
        var j = i - 1
        var modifiers = 0
        while j >= 0 {
            let t = tokens[j]
            if t.kind == .punctuation { return j + 1 }
            guard t.kind == .word else { return i }
            if Self.namedDeterminers.contains(t.lower) { return nil }
            if lexicon.preTriggers.match(tokens, endingAt: j) != nil { return j + 1 }
            modifiers += 1
            guard modifiers <= 2, !lexicon.stopWords.contains(t.lower) else { return i }
            j -= 1
        }
        return 0
    }

    /// The index past a name of one to five capitalised words starting at `k` ("Mike Durant", "Ana
    /// de la Cruz", "Mohamed Lahouaiej-Bouhlel"), or nil when none starts there or it owns a noun.
    private func nameEnd(from k: Int, in tokens: [Token]) -> Int? {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized,
              !Self.calendarWords.contains(tokens[k].lower), !lexicon.stopWords.contains(tokens[k].lower) else { return nil }
        var j = k + 1
        var words = 1
        while j < tokens.count, words < 5 {
            let t = tokens[j]
            if t.kind == .word, t.isCapitalized { words += 1; j += 1; continue }
            // "Lahouaiej-Bouhlel": a hyphen glued to both halves of a name.
            if t.text == "-", j + 1 < tokens.count, t.start == tokens[j - 1].end, tokens[j + 1].start == t.end, tokens[j + 1].isCapitalized {
                j += 2; continue
            }
            // "Ana de la Cruz", "Omar bin Said": a particle between capitalised parts.
            if Self.nameParticles.contains(t.text), j + 1 < tokens.count, tokens[j + 1].isCapitalized { j += 1; continue }
            break
        }
        if j < tokens.count, tokens[j].text == "'" || tokens[j].text == "’" { return nil }
        return j
    }

    private static let namedDeterminers: Set<String> = ["a", "an", "another", "the", "his", "her", "their", "its", "our", "my", "your",
                                                        "this", "that", "these", "those", "one", "each", "every", "no"]
    private static let nameParticles: Set<String> = ["de", "del", "della", "da", "di", "la", "le", "van", "von", "der", "den", "al", "el", "bin", "ibn", "ben", "abu"]
    private static let calendarWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                     "january", "february", "march", "april", "may", "june", "july", "august",
                                                     "september", "october", "november", "december"]
}
