/// A number in a sentence read as a count: the number, the head noun saying what it counts, and
/// the category that head maps to. Only counts of people (or of casualties) become phrases.
struct CountPhrase: Sendable {
    var number: NumberMatch
    /// Token index past the number and its head (the number's own end when it has no head).
    var end: Int
    var category: CasualtyCategory
    /// The head as lower-case words ("old people"), nil for a bare number ("12 were killed").
    var head: String?
    /// What the head itself says happened, when it is a casualty noun ("dead", "victims").
    var headOutcome: CasualtyLexicon.HeadOutcome?
    /// "one of them", "two of whom": a part of people counted just before, never coordinated.
    var isPartitive = false
    /// "a teacher": one person named by an article, not a number (see SingularCount.swift).
    var isSingular = false
    /// "the pilot", "their driver": a count of one with a definite or possessive determiner.
    var isDefinite = false
    /// "nine of the dead", "17 of the deaths", "seven of those killed": a part of the people a
    /// casualty group names, with the outcome the group states (`partitive-groups.txt`).
    var partitiveGroup: Outcome? = nil
    var hasHead: Bool { head != nil }
    /// Whether the head itself states the outcome ("61 injured", "40 dead"): such a count never
    /// borrows the outcome word of a count coordinated with it.
    var namesOwnOutcome: Bool {
        if case .outcome? = headOutcome { return true }
        return false
    }
}

/// Reads the head noun after a number and decides whether the number counts people.
struct HeadReader: Sendable {
    let lexicon: CasualtyLexicon
    private static let negativeQuantifiers: Set<String> = ["none", "neither"]
    private static let ratioWords: Set<String> = ["in", "out"]
    /// Determiners of the counted group in "N of the M ..." ("of its 1,000 residents", "of their 90 crew",
    /// "a mother and 4 of her 6 children").
    private static let groupDeterminers: Set<String> = ["the", "its", "their", "our", "her", "his"]

    /// The count phrase for `number`, or nil when the number counts something else (years, money,
    /// houses, resolutions), is an age ("a 25-year-old", "John Smith, 45,"), or is a label.
    /// `isTimeToken` marks tokens of a time expression: one ends a count's noun phrase ("killed
    /// twelve Thursday afternoon" counts twelve people, with no head).
    func read(_ number: NumberMatch, in tokens: [Token], isNumberToken: (Int) -> Bool, isTimeToken: (Int) -> Bool = { _ in false }) -> CountPhrase? {
        let first = number.tokenRange.lowerBound
        let n = tokens.count
        if first > 0, lexicon.rejectBefore.contains(tokens[first - 1].lower) { return nil }
        // "20" in "Seventeen of the 20 passengers died": the group the part is counted from.
        // "Three of the five hostages were killed": the outcome after a group that needs one is the
        // part's, so the group's count is no figure either.
        if first >= 3, Self.groupDeterminers.contains(tokens[first - 1].lower), tokens[first - 2].lower == "of", isNumberToken(first - 3),
           (plainGroup(at: number.tokenRange.upperBound, in: tokens) != nil || lexicon.casualtyNouns.match(tokens, at: number.tokenRange.upperBound)?.value == .needsTrigger) {
            // "Ten of the 23 hostages were released": a group that states its captivity itself is
            // a count of captives, whatever befell the part (`captive-groups.txt`).
            let upper = number.tokenRange.upperBound
            guard let (_, length) = lexicon.captiveGroups.match(tokens, at: upper) else { return nil }
            return CountPhrase(number: number, end: upper + length, category: .all,
                               head: tokens[upper..<(upper + length)].map(\.lower).joined(separator: " "), headOutcome: .outcome(.captured))
        }
        // "Of the 3,000 inhabitants, 1,500 were killed": a group opening the clause, whose part the
        // count after the comma is; the group's own count is no figure (nor added to the part).
        // "Of the 23 hostages, ten were freed": a group of captives is a count of captives.
        if first >= 2, tokens[first - 1].lower == "the", tokens[first - 2].lower == "of",
           first == 2 || tokens[first - 3].kind == .punctuation || ["that", "and", "but", "while"].contains(tokens[first - 3].lower) {
            let upper = number.tokenRange.upperBound
            if let (_, length) = plainGroup(at: upper, in: tokens) {
                var end = upper + length
                // "Of the 150 passengers and crew, 120 died": a group over two people nouns.
                if end + 1 < n, tokens[end].lower == "and" || tokens[end].lower == "or", let (_, other) = lexicon.peopleNouns.match(tokens, at: end + 1) { end += 1 + other }
                if end < n, tokens[end].text == "," { return nil }
            }
            if let (_, length) = lexicon.captiveGroups.match(tokens, at: upper), upper + length < n, tokens[upper + length].text == "," {
                return CountPhrase(number: number, end: upper + length, category: .all,
                                   head: tokens[upper..<(upper + length)].map(\.lower).joined(separator: " "), headOutcome: .outcome(.captured))
            }
        }
        // "40 percent of the 3,000 residents fled", "half of the 300 passengers": a share of the group.
        if first >= 3, tokens[first - 1].lower == "the", tokens[first - 2].lower == "of", lexicon.partialQuantifiers.contains(tokens[first - 3].lower),
           plainGroup(at: number.tokenRange.upperBound, in: tokens) != nil { return nil }
        // "none of the 40 passengers": the number is not the count of anyone hurt.
        for back in max(0, first - 3)..<first where Self.negativeQuantifiers.contains(tokens[back].lower) { return nil }
        var k = number.tokenRange.upperBound
        // "bringing to 9,800 the number of dead": the count's noun phrase comes later, as a toll
        // phrase (SentenceFigures+InvertedToll.swift); "the number" is not its head.
        if first >= 2, tokens[first - 1].lower == "to", lexicon.totalVerbs.contains(tokens[first - 2].lower), k < n, tokens[k].lower == "the" {
            return CountPhrase(number: number, end: k, category: .all, head: nil, headOutcome: nil)
        }
        // "1 in 10 residents", "3 out of 4": a ratio, not a count.
        if k + 1 < n, Self.ratioWords.contains(tokens[k].lower), isNumberToken(k + 1) || (k + 2 < n && tokens[k + 1].lower == "of" && isNumberToken(k + 2)) {
            return nil
        }
        // "852 (out of 989) lives": the whole in the aside is no count; the count reads its head after it.
        if first >= 3, tokens[first - 1].lower == "of", k < n, tokens[k].text == ")",
           let open = [first - 2, first - 3].first(where: { tokens[$0].text == "(" }),
           Self.proportionAsideEnd(at: open, in: tokens, isNumberToken: isNumberToken) == k + 1 { return nil }
        if let after = Self.proportionAsideEnd(at: k, in: tokens, isNumberToken: isNumberToken) { k = after }
        // "25-year-old", "3-day", "10-storey": a number glued to a hyphenated word qualifies a noun.
        if k + 1 < n, tokens[k].text == "-", tokens[k].start == tokens[k - 1].end, tokens[k + 1].kind == .word { return nil }
        // "dozens more are feared missing", "17 more bodies", "69 further missing passengers": a word
        // adding to an earlier count is part of the count, not its head nor a modifier of it ("more
        // than" is a modifier the number parser already read).
        if k < n, Self.isAdditive(tokens[k]), !(k + 1 < n && tokens[k + 1].lower == "than") { k += 1 }
        let countEnd = k
        var modifiers: [Int] = []
        var afterOf = false
        var head: (range: Range<Int>, category: CasualtyCategory, outcome: CasualtyLexicon.HeadOutcome?)? = nil
        // "276 mostly Christian female students": an "-ly" adverb or a capitalised proper adjective
        // does not use up one of the three modifier slots (the phrase still ends within six words).
        var plainModifiers = 0
        /// Tokens of acronym asides crossed ("(ANA)"): they do not count against the phrase's length.
        var crossed = 0
        while k < n, plainModifiers < 3, k < countEnd + 6 + crossed {
            // "four Afghan National Army (ANA) soldiers": an acronym in brackets after a capitalised
            // modifier repeats the name; the head follows it.
            if let last = modifiers.last, tokens[last].isCapitalized, Self.isAcronymAside(at: k, in: tokens) { k += 3; crossed += 3; continue }
            let t = tokens[k]
            guard t.kind == .word, !isNumberToken(k), !isTimeToken(k) else { break }
            if lexicon.nonPeople.contains(t.lower) { return nil }
            let people = lexicon.peopleNouns.match(tokens, at: k)
            let casualty = lexicon.casualtyNouns.match(tokens, at: k)
            // "6 civilian casualties", "70 elderly residents": a category word before a head is a modifier.
            let modifiesNext = lexicon.categoryModifiers[t.lower] != nil && k + 1 < n
                && (lexicon.peopleNouns.match(tokens, at: k + 1) != nil || lexicon.casualtyNouns.match(tokens, at: k + 1) != nil)
            if !modifiesNext, people != nil || casualty != nil {
                let length = max(people?.length ?? 0, casualty?.length ?? 0)
                let isParticiple = lexicon.postTriggers.match(tokens, at: k) != nil
                if isParticiple && (!modifiers.isEmpty || afterOf) && casualty != nil && people?.length ?? 0 <= 1 {
                    break // "12 Palestinians killed": "killed" is the outcome, not the head
                }
                var outcome: CasualtyLexicon.HeadOutcome? = nil
                if let c = casualty, c.length == length { outcome = c.value }
                // "530 dead Hezbollah fighters", "40 wounded Iraqi soldiers": an outcome adjective
                // before a people noun states the outcome; the noun names the group.
                if people.map({ $0.value == .all }) ?? true, case .outcome(let o)? = outcome, let (range, c) = peopleAfterOutcome(at: k + length, in: tokens, isNumberToken: isNumberToken) {
                    head = (range, c, .outcome(o))
                    break
                }
                head = (k..<(k + length), people?.length == length ? people!.value : .all, outcome)
                break
            }
            // "one firefighter", "1 police officer": a singular people noun after a count of one.
            if number.quantity.exact == 1, modifiers.count <= 1, let (c, length) = lexicon.singularPeople.match(tokens, at: k),
               k + length >= n || !(tokens[k + length].text == "'" || tokens[k + length].text == "’" || lexicon.nonPeople.contains(tokens[k + length].lower)) {
                var category = c
                if category == .all { for m in modifiers { if let mc = lexicon.categoryModifiers[tokens[m].lower] { category = mc; break } } }
                return CountPhrase(number: number, end: k + length, category: category, head: tokens[k..<(k + length)].map(\.lower).joined(separator: " "), headOutcome: nil)
            }
            if t.lower == "of", modifiers.isEmpty, !afterOf {
                afterOf = true
                k += 1
                // "nine of the dead", "17 of the deaths", "seven of those killed": a part of a group
                // that states its outcome.
                if let (outcome, length) = lexicon.partitiveGroups.match(tokens, at: k) {
                    // "killed two of the abducted engineers": after an outcome verb, a group named by
                    // its state and a people noun is the part's group; the part's outcome is the verb's.
                    if lexicon.preTriggers.match(tokens, endingAt: first - 1) != nil,
                       let (range, c) = peopleAfterOutcome(at: k + length, in: tokens, isNumberToken: isNumberToken) ?? guessedPeople(at: k + length, in: tokens) {
                        return CountPhrase(number: number, end: range.upperBound, category: c,
                                           head: tokens[range].map(\.lower).joined(separator: " "), headOutcome: nil)
                    }
                    return CountPhrase(number: number, end: k + length, category: .all, head: nil, headOutcome: nil,
                                       isPartitive: true, partitiveGroup: outcome)
                }
                // "eight of the 11 dead", "20 of the 35 victims": the same, with the group's own count.
                // "killing 300 of its 1,000 residents", "40 of their 90 crew": a possessive reads like "the".
                if k + 1 < n, Self.groupDeterminers.contains(tokens[k].lower), isNumberToken(k + 1) {
                    var j = k + 1
                    while j < n, isNumberToken(j) { j += 1 }
                    if let (outcome, length) = lexicon.partitiveNouns.match(tokens, at: j) {
                        return CountPhrase(number: number, end: j + length, category: .all, head: nil, headOutcome: nil,
                                           isPartitive: true, partitiveGroup: outcome)
                    }
                    // "Seventeen of the 20 passengers died": a part of a counted group of people
                    // takes the outcome after the group; the group's own count is no figure.
                    if let (c, length) = plainGroup(at: j, in: tokens) {
                        return CountPhrase(number: number, end: j + length, category: c,
                                           head: tokens[j..<(j + length)].map(\.lower).joined(separator: " "), headOutcome: nil)
                    }
                }
                if k < n, ["them", "whom", "those"].contains(tokens[k].lower) {
                    return CountPhrase(number: number, end: k + 1, category: .all, head: nil, headOutcome: nil, isPartitive: true)
                }
                if k < n, tokens[k].lower == "the" { k += 1 }
                continue
            }
            // "freed 8 of the 20 abducted workers", "the 12 injured passengers": an outcome participle
            // right after the number qualifies the people noun after it; the head states the outcome.
            // "69 unaccounted for passengers": a participle of two words reads the same.
            if modifiers.isEmpty, !afterOf, let (o, length) = lexicon.postTriggers.match(tokens, at: k), length <= 2,
               t.lower.hasSuffix("ed"), let (c, peopleLength) = lexicon.peopleNouns.match(tokens, at: k + length),
               lexicon.casualtyNouns.match(tokens, at: k + length) == nil, k + length + peopleLength >= n || !isNumberToken(k + length + peopleLength) {
                let range = (k + length)..<(k + length + peopleLength)
                return CountPhrase(number: number, end: range.upperBound, category: c,
                                   head: tokens[range].map(\.lower).joined(separator: " "), headOutcome: .outcome(o))
            }
            // "over 3,000 reported deaths", "40 confirmed injuries": a filler word right before a
            // casualty noun qualifies it ("14 remain missing", "800 still missing": not before an
            // outcome word, which the filler leads to).
            if lexicon.stopWords.contains(t.lower) || lexicon.postTriggers.match(tokens, at: k) != nil { break }
            if lexicon.fillers.contains(t.lower),
               !(k + 1 < n && lexicon.casualtyNouns.match(tokens, at: k + 1) != nil && lexicon.postTriggers.match(tokens, at: k + 1) == nil) { break }
            modifiers.append(k)
            if t.text == t.lower, !(t.lower.utf8.count > 4 && t.lower.hasSuffix("ly")) { plainModifiers += 1 }
            k += 1
            // "400 of the defenders over the summer": a people-like word followed by a word that
            // cannot continue a noun phrase is the head.
            if looksLikePeople(t), k < n, endsHead(tokens[k]) { break }
        }
        if let h = head {
            // "Twenty missing persons reports", "40 injury claims": the head qualifies a record noun.
            var after = h.range.upperBound
            if after < n, h.outcome != nil, ["person", "persons", "people"].contains(tokens[after].lower) { after += 1 }
            if after < n, h.outcome != nil, lexicon.nonPeople.contains(tokens[after].lower) { return nil }
            var category = h.category
            // "8,000 men and boys", "women and children": heads of different groups read as everyone.
            let e = h.range.upperBound
            // The phrase ends past the second noun, so the outcome word after it is found ("About
            // 8,000 men and boys were killed", "40 women and children were abducted").
            var end = e
            // "killed 31 civilians and wounded 12": a second verb, not a second group.
            if e + 1 < n, tokens[e].lower == "and" || tokens[e].lower == "or", !isNumberToken(e + 1),
               lexicon.postTriggers.match(tokens, at: e + 1) == nil, lexicon.casualtyNouns.match(tokens, at: e + 1) == nil,
               let (other, otherLength) = lexicon.peopleNouns.match(tokens, at: e + 1) {
                if other != category { category = .all }
                end = e + 1 + otherLength
            } else if category == .all {
                for m in modifiers { if let c = lexicon.categoryModifiers[tokens[m].lower] { category = c; break } }
            }
            // "110 pupils aged 11-19 years old were abducted": an age after the head is crossed to the
            // outcome; an age reaching past 18 makes a head of children everyone's (rule 7).
            if let (past, oldest) = Self.ageEnd(at: end, in: tokens, isNumberToken: isNumberToken) {
                end = past
                if oldest > 18, category == .children { category = .all }
            }
            return CountPhrase(number: number, end: end, category: category,
                               head: tokens[h.range].map(\.lower).joined(separator: " "), headOutcome: h.outcome)
        }
        if let last = modifiers.last {
            // No listed head: accept a capitalised plural ("Kurds") or an agent noun ("drivers");
            // after "thousands of" any capitalised people name ("thousands of Rohingya").
            guard looksLikePeople(tokens[last]) || (afterOf && tokens[last].isCapitalized && !lexicon.nonPeople.contains(tokens[last].lower))
            else { return nil }
            // "14 million Serbs, Croats and Bosniaks fled": a list of such names is one group.
            let end = tokens[last].isCapitalized ? peopleNameListEnd(after: last + 1, in: tokens) ?? last + 1 : last + 1
            return CountPhrase(number: number, end: end, category: .all, head: tokens[last].lower, headOutcome: nil)
        }
        if afterOf { return nil }
        guard !isYearLike(number, tokens), !isApposedAge(number, tokens) else { return nil }
        return CountPhrase(number: number, end: countEnd, category: .all, head: nil, headOutcome: nil)
    }

    /// A people noun at `j` that names a group and not what befell it ("passengers", not "dead"),
    /// and is not itself qualified by an outcome ("the 20 people killed were children" counts the
    /// killed, so "17 of" them is a part of the dead, read elsewhere): its category and length.
    func plainGroup(at j: Int, in tokens: [Token]) -> (CasualtyCategory, Int)? {
        guard let (c, length) = lexicon.peopleNouns.match(tokens, at: j), lexicon.casualtyNouns.match(tokens, at: j) == nil else { return nil }
        if let (_, l) = lexicon.postTriggers.match(tokens, at: j + length) {
            let e = j + length + l
            if e < tokens.count, ["were", "was", "are", "is"].contains(tokens[e].lower) { return nil }
        }
        return (c, length)
    }

    /// Whether a token after a noun ends its noun phrase: punctuation, a preposition or determiner.
    private func endsHead(_ t: Token) -> Bool {
        t.kind == .punctuation || lexicon.prepositions.contains(t.lower) || Self.phraseEnders.contains(t.lower)
    }

    /// A people noun (no casualty noun) at `j` or after one or two words that may qualify it
    /// (capitalised words, or plain words that are no function, filler or outcome words): "dead
    /// [Hezbollah] fighters", "wounded [Iraqi] soldiers". Its range and category, or nil. O(3).
    private func peopleAfterOutcome(at j: Int, in tokens: [Token], isNumberToken: (Int) -> Bool) -> (Range<Int>, CasualtyCategory)? {
        var k = j
        while k < tokens.count, k <= j + 2 {
            let t = tokens[k]
            guard t.kind == .word, !isNumberToken(k) else { return nil }
            if lexicon.casualtyNouns.match(tokens, at: k) != nil { return nil }
            if let (c, length) = lexicon.peopleNouns.match(tokens, at: k) { return (k..<(k + length), c) }
            guard !lexicon.stopWords.contains(t.lower), !lexicon.fillers.contains(t.lower), !lexicon.nonPeople.contains(t.lower),
                  lexicon.postTriggers.match(tokens, at: k) == nil else { return nil }
            k += 1
        }
        return nil
    }

    /// Whether the token is a word adding its number to an earlier count: "17 more bodies", "69
    /// further missing passengers", "40 additional injured miners", "12 other villagers". The
    /// byte count first (stored in a small string), before any string comparison: it runs on
    /// every count read.
    private static func isAdditive(_ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        switch t.lower.utf8.count {
        case 4: return t.lower == "more"
        case 5: return t.lower == "other" || t.lower == "extra"
        case 7: return t.lower == "further"
        case 10: return t.lower == "additional"
        default: return false
        }
    }

    /// The token past an age phrase at `k` ("aged 11-19 years old", "aged between 4 and 12", "aged
    /// 30") and the oldest age it states; nil when none starts there. O(length of the phrase).
    private static func ageEnd(at k: Int, in tokens: [Token], isNumberToken: (Int) -> Bool) -> (Int, Int)? {
        let n = tokens.count
        guard k + 1 < n, tokens[k].lower == "aged" else { return nil }
        var j = k + 1
        if tokens[j].lower == "between" || tokens[j].lower == "from" { j += 1 }
        guard j < n, isNumberToken(j) else { return nil }
        var oldest: Int? = nil
        while j < n, isNumberToken(j) || (j + 1 < n && isNumberToken(j + 1) && Self.ageRangeLinks.contains(tokens[j].lower)) {
            if tokens[j].kind == .number, let age = Int(tokens[j].text) { oldest = age }
            j += 1
        }
        guard let oldest else { return nil }
        if j + 1 < n, tokens[j].lower == "years", tokens[j + 1].lower == "old" { j += 2 }
        else if j + 2 < n, tokens[j].lower == "years", tokens[j + 1].lower == "of", tokens[j + 2].lower == "age" { j += 3 }
        return (j, oldest)
    }

    private static let ageRangeLinks: Set<String> = ["-", "–", "to", "and"]

    /// Whether an acronym in brackets opens at `k`: "(", one upper-case word of 2-6 letters, ")".
    private static func isAcronymAside(at k: Int, in tokens: [Token]) -> Bool {
        guard k + 2 < tokens.count, tokens[k].text == "(", tokens[k + 2].text == ")", tokens[k + 1].kind == .word else { return false }
        let word = tokens[k + 1].text
        return (2...6).contains(word.utf8.count) && word.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// The token after a proportion aside opening at `k`: "(" + "out of"/"of" + a number + ")", as
    /// in "852 (out of 989) lives"; nil when none opens there. O(1) for any other token.
    private static func proportionAsideEnd(at k: Int, in tokens: [Token], isNumberToken: (Int) -> Bool) -> Int? {
        guard k + 3 < tokens.count, tokens[k].text == "(" else { return nil }
        var j = k + 1
        if tokens[j].lower == "out" { j += 1 }
        guard j < tokens.count, tokens[j].lower == "of" else { return nil }
        j += 1
        guard j < tokens.count, isNumberToken(j) else { return nil }
        while j < tokens.count, isNumberToken(j) { j += 1 }
        guard j < tokens.count, tokens[j].text == ")" else { return nil }
        return j + 1
    }

    private static let phraseEnders: Set<String> = ["over", "under", "throughout", "through", "within", "during", "the", "a", "an"]

    /// The end of a list of capitalised plurals continuing a count's head at `k` (", Croats and
    /// Bosniaks", "and Kurds"): items joined by commas, closed by "and"/"or" before the last one.
    /// Nil when no such list follows ("3,000 Kurds, officials said"). Complexity: O(12).
    private func peopleNameListEnd(after k: Int, in tokens: [Token]) -> Int? {
        var j = k
        while j + 1 < tokens.count, j < k + 12 {
            var next = j
            if tokens[next].text == "," { next += 1 }
            let closing = next < tokens.count && (tokens[next].lower == "and" || tokens[next].lower == "or")
            if closing { next += 1 }
            guard next > j, next < tokens.count, tokens[next].isCapitalized, looksLikePeople(tokens[next]) else { return nil }
            if closing { return next + 1 }
            j = next + 1
        }
        return nil
    }

    /// A capitalised plural ("Azerbaijanis", "Kurds") or a lower-case agent noun ("drivers", "townsmen").
    /// A noun the reader guesses counts people ("engineers", "South Koreans") at `j` or after one
    /// capitalised word, ending its noun phrase; its range, in no group. O(2).
    private func guessedPeople(at j: Int, in tokens: [Token]) -> (Range<Int>, CasualtyCategory)? {
        for k in j..<min(j + 2, tokens.count) {
            guard tokens[k].kind == .word else { return nil }
            if looksLikePeople(tokens[k]), k + 1 == tokens.count || endsHead(tokens[k + 1]) { return (k..<(k + 1), .all) }
            guard tokens[k].isCapitalized else { return nil }
        }
        return nil
    }

    private func looksLikePeople(_ t: Token) -> Bool {
        let w = t.lower
        if lexicon.nonPeople.contains(w) { return false }
        if t.isCapitalized { return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") }
        return w.count > 5 && (w.hasSuffix("ers") || w.hasSuffix("ists") || w.hasSuffix("ians") || w.hasSuffix("ees") || w.hasSuffix("smen"))
    }

    /// A bare four-digit number in calendar range ("in 1994") is a year even when no timex marks it.
    private func isYearLike(_ number: NumberMatch, _ tokens: [Token]) -> Bool {
        guard number.coreRange.count == 1 else { return false }
        let t = tokens[number.coreRange.lowerBound]
        guard t.kind == .number, t.text.unicodeScalars.count == 4, let v = number.quantity.exact else { return false }
        return v >= 1000 && v <= 2100
    }

    /// "Ali Hasanov, 45, was killed": a bare number between commas or in brackets is an age.
    private func isApposedAge(_ number: NumberMatch, _ tokens: [Token]) -> Bool {
        let a = number.tokenRange.lowerBound, b = number.tokenRange.upperBound
        guard a > 0, b < tokens.count else { return false }
        let before = tokens[a - 1].text, after = tokens[b].text
        return (before == "," && (after == "," || after == ")")) || (before == "(" && after == ")")
    }
}
