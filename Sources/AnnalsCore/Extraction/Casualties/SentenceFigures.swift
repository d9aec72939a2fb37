/// The figures of one sentence: count phrases found, their outcomes resolved, breakdowns linked.
struct SentenceFigures {
    let sentence: Sentence
    let tokens: [Token]
    /// The lexicon and scanners by reference: a copy of this struct (closures capture it) then
    /// costs one retain, not one per lexicon table (see CasualtyRules.swift).
    let rules: CasualtyRules
    var lexicon: CasualtyLexicon { rules.lexicon }
    var scanner: OutcomeScanner { rules.scanner }
    /// Every token covered by any number, counts or not (scans never cross numbers).
    private(set) var numberTokens: TokenFlags
    private(set) var phrases: [CountPhrase] = []
    private(set) var phraseAt: TokenIndexMap

    /// What was decided for one count phrase.
    struct Resolution {
        var outcome: Outcome
        /// Token range of the whole figure text (number through outcome word, or the reverse).
        var range: Range<Int>
        /// Index (in `phrases`) of the total this phrase is a part of.
        var partOf: Int? = nil
        /// A part of a total stated in an earlier mention ("among the dead were 10 children").
        var partOfEarlier = false
        var category: CasualtyCategory? = nil
        /// The count as this sentence means it, when it differs from the number as parsed ("at
        /// least 300 men and 150 children": the second count is a lower bound too).
        var quantity: Quantity? = nil
    }

    init(sentence: Sentence, timeSpans: [Range<Int>], rules: CasualtyRules, tokens given: [Token]? = nil) {
        self.sentence = sentence
        self.rules = rules
        tokens = given ?? Tokenizer.tokenize(sentence.text, offset: sentence.start)
        numberTokens = TokenFlags(count: tokens.count)
        phraseAt = TokenIndexMap(count: tokens.count)
        let numbers = rules.parser.numbers(in: tokens)
        for m in numbers { for i in m.tokenRange { numberTokens.insert(i) } }
        let owned = numberTokens
        let words = tokens
        for m in numbers {
            let core = m.coreRange
            let inTime = timeSpans.contains { span in tokens[core.lowerBound].start < span.upperBound && tokens[core.upperBound - 1].end > span.lowerBound }
            if inTime { continue }
            guard let phrase = rules.reader.read(m, in: tokens, isNumberToken: { owned.contains($0) },
                                                 isTimeToken: { k in timeSpans.contains { words[k].start < $0.upperBound && words[k].end > $0.lowerBound } })
            else { continue }
            phrases.append(phrase)
        }
        // The reader is used in place: a local copy of it would copy the whole lexicon it holds.
        // "a teacher", "another soldier": counts of one, merged into sentence order.
        var singles: [CountPhrase] = []
        for i in tokens.indices where HeadReader.mayStartSingular(tokens[i]) && !owned.contains(i) {
            if let phrase = rules.reader.singular(at: i, in: tokens) { singles.append(phrase) }
            // "One person was killed and another injured": one more of the group counted before.
            else if tokens[i].lower == "another", let phrase = rules.reader.elidedAnother(at: i, in: tokens, after: phrases + singles) { singles.append(phrase) }
        }
        // "pilot Mike Durant was captured", "killing journalist Ana Reyes": a role noun and a name.
        var namedEnd = 0
        for i in tokens.indices where i >= namedEnd && HeadReader.mayStartNamed(tokens, at: i) && !owned.contains(i) {
            if let phrase = rules.reader.named(at: i, in: tokens) { singles.append(phrase); namedEnd = phrase.end }
        }
        // "Both pilots were killed": a count of two.
        for i in tokens.indices where HeadReader.mayStartBoth(tokens[i]) && !owned.contains(i) {
            if let phrase = rules.reader.both(at: i, in: tokens) { singles.append(phrase) }
        }
        // "their driver", "the pilot": counts of one only where they cannot merely refer back.
        for i in tokens.indices where HeadReader.mayStartDefinite(tokens[i]) && !owned.contains(i) {
            if let phrase = rules.reader.definiteSingular(at: i, in: tokens), isCountedDefinite(phrase, counts: phrases, isNumber: { owned.contains($0) }) {
                singles.append(phrase)
            }
        }
        if !singles.isEmpty {
            for s in singles { numberTokens.insert(s.number.tokenRange.lowerBound) }
            phrases = (phrases + singles).sorted { $0.number.tokenRange.lowerBound < $1.number.tokenRange.lowerBound }
        }
        for (p, phrase) in phrases.enumerated() { phraseAt[phrase.number.tokenRange.lowerBound] = p }
    }

    /// Appends this sentence's figures to a document's list (indexes of `partOf` are list indexes).
    /// `earlier` builds the figures of the sentence before, read only when a bare count's head may
    /// have been named there (SentenceFigures+CarriedHead.swift).
    func append(to result: inout [FigureMention], earlier: () -> SentenceFigures? = { nil }) {
        guard !tokens.isEmpty else { return }
        // Most sentences state no number: only a zero ("no one was hurt") can be found there.
        guard !phrases.isEmpty else {
            let text = ScalarSlicer(text: sentence.text)
            if tokens.contains(where: { lexicon.negativeStarts.contains($0.lower) }) { appendNegatives(to: &result, text: text) }
            // "Police said he was shot dead": one person, with no number.
            appendPronounCasualties(to: &result, text: text)
            return
        }
        var resolved = [Resolution?](repeating: nil, count: phrases.count)
        /// Counts of killed and wounded together ("120 casualties", "300 killed or injured"): never figures.
        var combined = [Bool](repeating: false, count: phrases.count)
        let isNumber: (Int) -> Bool = { numberTokens.contains($0) }
        // "Both pilots, Captain Lena Holt, 47, and First Officer Max Udo, 35, were killed": the
        // people an aside names are the count's own, no figures of their own.
        markNameAsideMembers(&combined)

        // 1. Heads that name the outcome, verbs before the number, outcome words after it.
        for p in phrases.indices.reversed() {
            if combined[p] { continue }
            let phrase = phrases[p]
            // "nine of the dead": a part of a group; its own rule reads it (SentenceFigures+Partitive.swift).
            if phrase.partitiveGroup != nil { continue }
            let fixed: Outcome?
            switch phrase.headOutcome {
            case .outcome(let o)?:
                if scanner.hasAlternative(after: phrase.end, outcome: o, in: tokens, isNumberToken: isNumber) { combined[p] = true; continue }
                resolved[p] = Resolution(outcome: o, range: phrase.number.tokenRange.lowerBound..<phrase.end)
                continue
            case .needsTriggerFixed(let o)?: fixed = o
            case .combined?: combined[p] = true; continue
            default: fixed = nil
            }
            if let found = scanner.before(phrase, in: tokens) {
                if scanner.hasAlternativeBefore(found, in: tokens) { combined[p] = true; continue }
                resolved[p] = Resolution(outcome: fixed ?? found.outcome, range: found.range.lowerBound..<phrase.end)
            } else if let found = scanner.after(from: phrase.end, hasHead: phrase.hasHead, in: tokens, isNumberToken: isNumber,
                                                head: phrase.head, inAside: standsInAside(phrase),
                                                plural: !phrase.isSingular && (phrase.number.quantity.low.map { $0 > 1 } ?? true),
                                                skip: { breakdownEnd(openingAt: $0) }) {
                if scanner.hasAlternative(after: found.range.upperBound, outcome: found.outcome, in: tokens, isNumberToken: isNumber) { combined[p] = true; continue }
                var r = Resolution(outcome: fixed ?? found.outcome, range: phrase.number.tokenRange.lowerBound..<found.range.upperBound)
                // "four children were among the dead": a part of a total stated before.
                r.partOfEarlier = tokens[found.range.lowerBound].lower == "among"
                resolved[p] = r
            } else if let next = coordinatedNext(p), let r = resolved[next], !isBefore(r, phrases[next]),
                      !phrases[next].namesOwnOutcome, !isObjectOfOtherVerb(p) {
                // "12 soldiers and 3 civilians were killed": the later outcome word covers both
                // ("rose to 27 and 61 injured": "injured" is the later count's own head, not shared).
                resolved[p] = Resolution(outcome: fixed ?? r.outcome, range: phrase.number.tokenRange.lowerBound..<r.range.upperBound)
            } else if let next = listItemAfterPhrase(p), let r = resolved[next], !isBefore(r, phrases[next]), r.partOf == nil,
                      !phrases[next].namesOwnOutcome, !isObjectOfOtherVerb(p) {
                // "Nine soldiers from the 4th brigade, two police officers and a civilian were wounded".
                resolved[p] = Resolution(outcome: fixed ?? r.outcome, range: phrase.number.tokenRange.lowerBound..<r.range.upperBound)
            }
        }
        // "killing 12 people, and the driver fled": the definite opens a clause of its own.
        dropDefiniteClauseSubjects(&resolved, &combined)
        // "nine of the dead were women", "Of the injured, 30 were students": parts of a group.
        resolvePartitives(&resolved, &combined)
        // "Eleven civilians were among the 40 people killed": a part of a count of the sentence.
        resolveAmongCounts(&resolved, &combined)
        // Coordination forward: "killing 12 soldiers and 3 civilians".
        coordinateForward(&resolved, combined)
        // "killed 5 people in Herat and 3 in Kunduz": across a place or a time.
        coordinateAcrossPhrase(&resolved, combined)
        // "Five soldiers were killed in the attack, along with three civilians".
        coordinateAlongWith(&resolved, combined)
        // "Twenty miners were killed, as were two rescuers": an elided clause of likeness.
        resolveElidedLikeness(&resolved, combined)
        // "Pirates seized a cargo ship with 22 crew members": the people of a seized vehicle.
        resolveSeizedCarriers(&resolved, combined)
        // "Among the 27 dead were 4 children": parts of a counted group.
        resolveAmongCountedGroup(&resolved, &combined)
        // 2. Toll phrases: "a death toll of 40", "among the dead were 10 children", "the number of
        // soldiers killed was put at 300".
        var k = 0
        while k < tokens.count {
            let toll: CasualtyLexicon.Toll, length: Int
            var tollCategory: CasualtyCategory? = nil
            /// A head that announces a total only with a toll or estimate verb ("deaths rose to 40").
            var needsVerb = false
            if let (t, l) = lexicon.tolls.match(tokens, at: k) { toll = t; length = l }
            else if let (t, l, c) = numberOfPeopleOutcome(at: k) { toll = t; length = l; tollCategory = c }
            else if let (o, l) = lexicon.tollHeads.match(tokens, at: k), !(k > 0 && numberTokens.contains(k - 1)) {
                toll = CasualtyLexicon.Toll(outcome: o, isPart: false); length = l; needsVerb = true
            }
            else if let (referent, l) = anaphoricToll(at: k, resolved) {
                // "... was 655,000, but this number has since been put at 240,000": the figure before.
                toll = CasualtyLexicon.Toll(outcome: referent.outcome, isPart: false); length = l
                tollCategory = referent.category
            }
            else { k += 1; continue }
            if let p = scanner.toll(after: k + length, in: tokens, phraseStarting: { phraseAt[$0] }, isNumberToken: isNumber) ?? (needsVerb ? nil : tollAfterClause(from: k + length)),
               resolved[p] == nil, !combined[p],
               // "The injured, 12 of them in serious condition, ...": a part, not the group's count.
               !phrases[p].isPartitive,
               !needsVerb || tollHeadAnnounces(at: k, length: length, count: phrases[p]) {
                var r = Resolution(outcome: toll.outcome, range: k..<phrases[p].end)
                r.partOfEarlier = toll.isPart
                r.quantity = tollLowerBound(from: k + length, count: phrases[p]) ?? tollChangeTarget(count: phrases[p])
                if phrases[p].category == .all, let c = tollCategory { r.category = c }
                else if phrases[p].category == .all, k > 0, let c = lexicon.categoryModifiers[tokens[k - 1].lower] {
                    r.category = c; r.range = (k - 1)..<phrases[p].end
                }
                resolved[p] = r
            }
            k += length
        }
        // "7 new fatalities, bringing the total to 1,044": a running total of the figure before.
        resolveRunningTotals(&resolved, combined)
        // "bringing to 9,800 the number of dead": the running total before its toll phrase.
        resolveInvertedTolls(&resolved, combined)
        // "The victims included 11 women and six children": the toll's outcome covers the list.
        coordinateForward(&resolved, combined)
        // "Among the dead, 14 were children": a part's category stated after it.
        categoriseStatedParts(&resolved)
        // "1,350 soldiers were killed, 4,100 wounded and 280 missing": the later counts share the head.
        inheritElidedCategories(&resolved)
        // "Government troops fled; around 400 were taken prisoner": the group of the clause before.
        carryClauseSubjects(&resolved)
        // "an initial toll of 6 dead rose overnight to 13": the revised count replaces the earlier.
        applyRevisions(&resolved)
        // "officials initially said 18 had died": an earlier value of the toll is no figure.
        dropSuperseded(&resolved)
        // "an early statement gave the toll as 40", "the figure was later retracted": earlier values too.
        dropEarlierValues(&resolved)
        // 3. Breakdowns: parts after a resolved total take its outcome and point at it.
        for p in phrases.indices {
            guard let total = resolved[p], total.partOf == nil, !total.partOfEarlier else { continue }
            let marked = breakdownParts(of: p, totalEnd: total.range.upperBound)
            for part in marked.isEmpty ? appositiveParts(of: p, total: total) : marked {
                if let own = resolved[part], own.outcome != total.outcome { break }
                // "43 civilians killed, including four who died of heart attacks": a part with no
                // noun of its own counts the total's group, so it is no figure (guidelines, rule 8).
                let named = partCategory(part)
                let category = !phrases[part].hasHead && named == .all ? total.category ?? phrases[p].category : named
                var r = resolved[part] ?? Resolution(outcome: total.outcome, range: phrases[part].number.tokenRange.lowerBound..<phrases[part].end)
                if r.range.lowerBound >= phrases[part].number.tokenRange.lowerBound {
                    r.range = phrases[part].number.tokenRange.lowerBound..<phrases[part].end // the part as written, not the shared outcome
                }
                r.partOf = p
                r.category = category
                if category == (total.category ?? phrases[p].category) { r.partOf = nil; r.category = nil; resolved[part] = nil; continue }
                resolved[part] = r
            }
        }
        // "2,400 soldiers became casualties, of whom 700 were killed": the part takes the group
        // of a total that is no figure itself (SentenceFigures+RelativePart.swift).
        inheritRelativePartGroups(&resolved, combined)
        // "412 civilians had been killed, among them 97 children, and 1,030 injured": the group
        // carried across a breakdown, now that its parts are linked.
        inheritElidedCategories(&resolved)
        // "at least 300 men and 150 children were killed", "including at least 12 children and 8
        // women": the modifier covers both counts; never from a total to its parts ("No fewer than
        // six people, four children and a woman": four children exactly, evaluation guidelines, rule 13).
        distributeModifiers(&resolved)
        // "Twenty soldiers were caught in the ambush. Six were killed": the head of the count before
        // (after the breakdowns, so a part never lends its group).
        // "Two were killed and five wounded": the carried group passes on to the elided count.
        if carryEarlierHeads(&resolved, earlier: earlier, stated: result) { inheritElidedCategories(&resolved) }
        // 4. Emit in sentence order; totals come before their parts. Coordinated counts of the same
        // outcome and group with no total of their own ("killed two classmates and a teacher") are
        // one figure, their sum: the reader's count of the people the sentence names. So are counts
        // joined by "along with" or an elided clause of likeness ("as were"): coordination in meaning.
        let text = ScalarSlicer(text: sentence.text)
        var indexOfPhrase: [Int: Int] = [:]
        var p = 0
        while p < phrases.count {
            guard var r = resolved[p] else { p += 1; continue }
            let category = r.category ?? phrases[p].category
            var quantity = r.quantity ?? phrases[p].number.quantity
            var last = p
            while r.partOf == nil, !r.partOfEarlier, let next = coordinatedNext(last) ?? likenessNext(last), let n = resolved[next], n.partOf == nil, !n.partOfEarlier,
                  n.outcome == r.outcome, (n.category ?? phrases[next].category) == category, let sum = Self.sum(quantity, n.quantity ?? phrases[next].number.quantity) {
                quantity = sum
                r.range = min(r.range.lowerBound, n.range.lowerBound)..<max(r.range.upperBound, n.range.upperBound)
                last = next
            }
            var partOf: Int? = nil
            if let t = r.partOf { partOf = indexOfPhrase[t] }
            if r.partOfEarlier {
                partOf = earlierTotal(in: result, outcome: r.outcome)
                // "two firefighters are among the dead": a part in the total's own group is no
                // figure of its own, as in a breakdown within one sentence.
                // The total may stand a few sentences before ("At least 19 people have died ... Two
                // firefighters are among the dead"), later, or nowhere as a number ("dozens died"):
                // the part is no figure either way (evaluation guidelines, rule 8).
                if category == .all {
                    p = last + 1; continue
                }
            }
            let start = tokens[r.range.lowerBound].start, end = tokens[r.range.upperBound - 1].end
            for q in p...last { indexOfPhrase[q] = result.count }
            result.append(FigureMention(start: start, end: end, text: text.slice(start - sentence.start, end - sentence.start),
                                        outcome: r.outcome, category: category, quantity: quantity,
                                        sentence: sentence.index, partOf: partOf))
            p = last + 1
        }
        appendNegatives(to: &result, text: text)
        appendPronounCasualties(to: &result, text: text)
    }

    /// The latest general total with this outcome in this or the previous sentence.
    private func earlierTotal(in result: [FigureMention], outcome: Outcome) -> Int? {
        result.indices.reversed().first { i in
            result[i].outcome == outcome && result[i].category == .all && result[i].partOf == nil && result[i].sentence >= sentence.index - 1
        }
    }
}

extension SentenceFigures {
    /// "the number of civilians killed", "the number of soldiers wounded in the fighting": a toll
    /// phrase naming the group and the outcome, with the group's category. At most four words may
    /// stand between "number of" and the outcome word, none of them a number. "figure(s) for" reads
    /// the same when a people noun follows ("the official figure for strikers injured is 78").
    fileprivate func numberOfPeopleOutcome(at k: Int) -> (CasualtyLexicon.Toll, Int, CasualtyCategory?)? {
        guard k + 2 < tokens.count else { return nil }
        // "the official figure for strikers injured is 78": "figure for" with a people noun reads the
        // same. (The byte count first: this runs on every token of a sentence with a count.)
        let word = tokens[k].lower
        let length = word.utf8.count
        guard length == 6 || length == 7 else { return nil }
        let figureFor = (word == "figure" || word == "figures") && tokens[k + 1].lower == "for"
        guard figureFor || (word == "number" && tokens[k + 1].lower == "of") else { return nil }
        var category: CasualtyCategory? = nil
        var j = k + 2
        if tokens[j].lower == "the" { j += 1 }
        let limit = min(tokens.count, j + 4)
        while j < limit {
            if let (outcome, length) = lexicon.postTriggers.match(tokens, at: j) {
                guard category != nil || (j > k + 2 && !figureFor) else { return nil }
                return (CasualtyLexicon.Toll(outcome: outcome, isPart: false), j + length - k, category == .all ? nil : category)
            }
            guard tokens[j].kind == .word, !numberTokens.contains(j) else { return nil }
            if let (c, length) = lexicon.peopleNouns.match(tokens, at: j) { category = category ?? c; j += length; continue }
            if let c = lexicon.categoryModifiers[tokens[j].lower] { category = c }
            j += 1
        }
        return nil
    }

    /// "1,350 soldiers had been killed, 4,100 wounded and 280 listed as missing": a count with no
    /// people noun of its own, right after a count of a named group and joined to it only by a comma
    /// or "and", counts the same group (the journalist dropped the repeated noun).
    func inheritElidedCategories(_ resolved: inout [Resolution?]) {
        for p in phrases.indices.dropFirst() {
            guard var r = resolved[p], r.category == nil, r.partOf == nil, !r.partOfEarlier, !phrases[p].isPartitive else { continue }
            let phrase = phrases[p]
            // "eight rebels dead and ten others injured": "others" names no group of its own.
            let ownPeopleHead = phrase.head.map { $0 != "others" && phrase.headOutcome == nil } ?? false
            // The outcome word may stand after the count ("and 3,900 wounded") or before it as a
            // verb ("killed 6 soldiers and wounded 4").
            guard !ownPeopleHead, phrase.category == .all, r.range.lowerBound == phrase.number.tokenRange.lowerBound || isBefore(r, phrase) else { continue }
            guard var prev = resolved[p - 1], !prev.partOfEarlier else { continue }
            var prevIndex = p - 1
            var prevEnd = prev.range.upperBound
            // "412 civilians had been killed, among them 97 children, and 1,030 injured": across
            // the breakdown, the group is the total's.
            if let t = prev.partOf, let total = resolved[t] {
                prevEnd = phrases[p - 1].end
                // "seven soldiers were killed, four of them officers, and nine others wounded": the
                // part's own words up to the comma that closes its aside.
                var words = prevEnd
                while words < tokens.count, words < prevEnd + 3, tokens[words].kind == .word, !numberTokens.contains(words),
                      tokens[words].lower != "and", lexicon.postTriggers.match(tokens, at: words) == nil { words += 1 }
                if words > prevEnd, words < tokens.count, tokens[words].text == "," { prevEnd = words }
                if prevEnd < tokens.count, tokens[prevEnd].text == "," { prevEnd += 1 }
                prev = total
                prevIndex = t
            }
            guard prev.partOf == nil, prev.outcome != r.outcome else { continue }
            let category = prev.category ?? phrases[prevIndex].category
            guard category != .all else { continue }
            // "lost 3,100 men killed, 14,500 wounded": the earlier count's own outcome word repeated
            // after its verb's object is no gap.
            if prevEnd < r.range.lowerBound, let (o, length) = lexicon.postTriggers.match(tokens, at: prevEnd), o == prev.outcome,
               prevEnd + length <= r.range.lowerBound { prevEnd += length }
            let gap = prevEnd..<r.range.lowerBound
            // "killed 4 soldiers at an army post outside the town and wounded 3": a place between.
            if !isPhraseThenAnd(gap) {
                guard gap.count >= 1, gap.count <= 4 else { continue }
                let joined = tokens[gap].map(\.lower).joined(separator: " ")
                // "20,000 rebels were killed and a further 7,000 were deported": the group carried on.
                guard Self.elisionGaps.contains(joined) else { continue }
            }
            r.category = category
            resolved[p] = r
        }
    }

    /// What may stand between a count of a named group and a later count that leaves the group out.
    private static let elisionGaps: Set<String> = [",", "and", ", and", "and a further", ", and a further", "and another", ", and another",
                                                   "with a further", ", with a further", "while a further", ", while a further",
                                                   // "Three guards were killed, while 14 others were wounded", "12 militants dead, with 20 wounded".
                                                   "while", ", while", "with", ", with"]

    /// Whether a count stands in an aside after a noun that is no count of its own ("the victims,
    /// three men and a woman, were ..."): an aside after a count lists that count's parts ("Five
    /// engineers, three Poles and two Czechs, were abducted"), which the breakdown rules read.
    private func standsInAside(_ phrase: CountPhrase) -> Bool {
        guard let opener = scanner.asideOpener(before: phrase.number.tokenRange.lowerBound, in: tokens) else { return false }
        return !phrases.contains { $0.end == opener }
    }

    /// The interval of two counts added; nil when an end would overflow.
    fileprivate static func sum(_ a: Quantity, _ b: Quantity) -> Quantity? {
        func add(_ x: Int?, _ y: Int?) -> Int?? {
            guard let x, let y else { return .some(nil) }
            let (s, o) = x.addingReportingOverflow(y)
            return o ? nil : .some(s)
        }
        guard let low = add(a.low, b.low), let high = add(a.high, b.high), low != nil || high != nil else { return nil }
        return Quantity(low: low, high: high, approximate: a.approximate || b.approximate)
    }
}
