/// Finds the outcome word that a count phrase belongs to, on tokens of one sentence.
///
/// Each scan is bounded (a dozen tokens at most), so a sentence costs O(tokens × phrases) in the
/// worst case and O(tokens) in practice.
struct OutcomeScanner: Sendable {
    let lexicon: CasualtyLexicon

    /// An outcome found, with the token range of the outcome words.
    struct Found: Sendable { var outcome: Outcome; var range: Range<Int> }

    private static let auxiliaries: Set<String> = ["was", "were", "be", "been", "being", "is", "are", "get", "got", "getting", "had", "have", "has"]
    /// Auxiliaries of the perfect: before an "-ed" verb they make it active, not passive ("has killed").
    private static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]
    /// Two-word hedges that open a counted object: "killed at least 25", "wounded more than 40".
    private static let objectHedges: Set<String> = ["at least", "more than", "as many", "up to", "fewer than", "less than", "no fewer", "no less", "at most"]
    private static let negations: Set<String> = ["not", "never", "no", "n't", "nor"]
    /// "40s", "70s", "forties", "twenties": the decade of a person's age.
    private static func isDecade(_ t: Token) -> Bool {
        let w = t.lower
        if w.hasSuffix("ties") { return ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].contains(w) }
        guard w.count >= 3, w.hasSuffix("s") else { return false }
        return w.dropLast().allSatisfy(\.isNumber)
    }

    private static let possessives: Set<String> = ["his", "her", "their"]
    private static let modals: Set<String> = ["could", "would", "will", "may", "might", "can", "cannot", "should"]
    /// Words that may stand between a verb and its counted object ("killed all 160", "injured his
    /// two sons": a possessive too, added 2026-11-22).
    private static let determiners: Set<String> = ["the", "another", "a", "an", "further", "additional", "all", "only", "just",
                                                   "his", "her", "their", "its", "our"]

    /// A verb right before the number: "killed 12", "killing at least 5", "took 30 hostages".
    func before(_ phrase: CountPhrase, in tokens: [Token]) -> Found? {
        var k = phrase.number.tokenRange.lowerBound - 1
        var skipped = 0
        while k >= 0 {
            // "the hijackers were holding 52 passengers": people captors hold are captives.
            if phrase.hasHead, phrase.headOutcome == nil, lexicon.holdingVerbs.contains(tokens[k].lower), isHeldByCaptors(verbAt: k, in: tokens),
               lexicon.custody.match(tokens, at: phrase.end) == nil {
                return Found(outcome: .captured, range: k..<(k + 1))
            }
            if let (trigger, length) = lexicon.preTriggers.match(tokens, endingAt: k) {
                let begin = k - length + 1
                if let heads = trigger.heads, !(phrase.head.map { heads.contains($0) } ?? false) {
                    // "rounded up the men and shot 300 of them": an execution, whatever the head.
                    guard length == 1, tokens[k].lower == "shot", isExecution(before: begin, in: tokens) else { return nil }
                }
                if begin > 0, Self.negations.contains(tokens[begin - 1].lower) { return nil }
                // "the storm could kill hundreds": a modal before the verb states no harm done
                // (evaluation guidelines, rule 10); "may have killed 50" has "have" between.
                if begin > 0, Self.modals.contains(tokens[begin - 1].lower) { return nil }
                // "threatened to kill 12 hostages", "a plot to kidnap 30 tourists": an intent, no harm done.
                if isIntended(verbAt: begin, in: tokens) { return nil }
                // "The bodies of the 5 climbers have not been found": no finding stated.
                if isFindingTakenBack(begin..<(k + 1), after: phrase.end, in: tokens) { return nil }
                // "troops seized 12 men suspected of looting": an arrest, no casualty (guideline 4).
                if trigger.outcome == .captured, lexicon.custody.match(tokens, at: phrase.end) != nil { return nil }
                return Found(outcome: trigger.outcome, range: begin..<(k + 1))
            }
            // "the floods forced 300,000 people from their homes": displaced, by the place left.
            if lexicon.displacingVerbs.contains(tokens[k].lower), lexicon.displacementTails.match(tokens, at: phrase.end) != nil,
               !(k > 0 && (Self.negations.contains(tokens[k - 1].lower) || Self.modals.contains(tokens[k - 1].lower))) {
                return Found(outcome: .displaced, range: k..<(k + 1))
            }
            guard skipped < 2, Self.determiners.contains(tokens[k].lower) else { return nil }
            skipped += 1
            k -= 1
        }
        return nil
    }

    /// Whether the outcome verb at `begin` is a base form after "to" after a word of intent or
    /// capacity (`irrealis-before-to.txt`: "threatened to kill", "enough to kill"). A form ending
    /// in "-ed", "-ing" or "-s" is no infinitive ("led to the deaths of" starts with "the"). O(1).
    private func isIntended(verbAt begin: Int, in tokens: [Token]) -> Bool {
        guard begin >= 2, tokens[begin - 1].lower == "to", lexicon.irrealisBeforeTo.contains(tokens[begin - 2].lower) else { return false }
        let w = tokens[begin].lower
        return !(w == "the" || w.hasSuffix("ed") || w.hasSuffix("ing") || w.hasSuffix("s"))
    }

    /// Whether the holding verb at `k` has a captor (`captor-nouns.txt`) for its subject: the noun
    /// ends right before the verb or before at most three auxiliaries, fillers or "-ly" adverbs
    /// ("gunmen are still holding", "the kidnappers reportedly held"); a negation or any other
    /// word between breaks the link ("police arrested two gunmen and are holding 12 suspects").
    /// Complexity: O(3).
    private func isHeldByCaptors(verbAt k: Int, in tokens: [Token]) -> Bool {
        var j = k - 1
        var between = 0
        while j >= 0, between <= 3 {
            if let (_, length) = lexicon.captors.match(tokens, endingAt: j), length > 0 { return true }
            let t = tokens[j]
            guard t.kind == .word, !Self.negations.contains(t.lower),
                  Self.auxiliaries.contains(t.lower) || lexicon.fillers.contains(t.lower) || t.lower == "still" || (t.lower.count > 4 && t.lower.hasSuffix("ly")) else { return false }
            between += 1
            j -= 1
        }
        return false
    }

    /// Whether a gathering verb of `execution-cues.txt` ("rounded up", "lined up") stands within
    /// the twelve tokens before a bare "shot" at `begin`, in the same clause (no ". ; :" between).
    /// Complexity: O(12).
    private func isExecution(before begin: Int, in tokens: [Token]) -> Bool {
        var j = begin - 1
        while j >= 0, j >= begin - 12 {
            if [".", ";", ":"].contains(tokens[j].text) { return false }
            if lexicon.executionCues.match(tokens, at: j) != nil { return true }
            j -= 1
        }
        return false
    }

    /// Whether a finding verb before the count (`finding-triggers.txt`, "the bodies of") is taken
    /// back by the clause's verb: its first auxiliary within eight words after the count, before
    /// any punctuation, is negated or pending ("have not been found", "of a barge were never
    /// recovered", "have yet to be found", "have still not been"). Complexity: O(8).
    private func isFindingTakenBack(_ trigger: Range<Int>, after end: Int, in tokens: [Token]) -> Bool {
        guard lexicon.findingTriggers.contains(tokens[trigger].map(\.lower).joined(separator: " ")) else { return false }
        var k = end
        while k < tokens.count, k < end + 8, tokens[k].kind != .punctuation {
            if Self.auxiliaries.contains(tokens[k].lower) {
                var j = k + 1
                if j < tokens.count, tokens[j].lower == "still" { j += 1 }
                return j < tokens.count && (Self.negations.contains(tokens[j].lower) || tokens[j].lower == "yet")
            }
            k += 1
        }
        return false
    }

    /// An outcome word after the phrase: "613 residents were killed", "40 people in the capital
    /// died", "12 people, most of them women, were hurt". `allowNumbers` lets a negative subject
    /// cross a number ("none of the 40 passengers were hurt"); `skip` jumps over a breakdown list.
    /// `head` lets an outcome word limited to some heads count ("37 bodies were found").
    func after(from start: Int, hasHead: Bool, in tokens: [Token], isNumberToken: (Int) -> Bool,
               allowNumbers: Bool = false, head: String? = nil, inAside: Bool = false, plural: Bool = true,
               skip: (Int) -> Int? = { _ in nil }) -> Found? {
        let n = tokens.count
        var k = start
        var steps = 0
        var phraseWords = -1 // ≥ 0 inside a prepositional phrase
        /// Whether the aside the count stands in ("3,210 families, or about 16,000 people, were
        /// displaced") may still close: its closing comma or dash is crossed once.
        var asideOpen = inAside
        while k < n, steps < 14 {
            steps += 1
            if asideOpen, hasHead, let past = Self.dashEnd(at: k, in: tokens) {
                asideOpen = false; k = past; phraseWords = -1; continue
            }
            if let (outcome, length) = lexicon.postTriggers.match(tokens, at: k) {
                if isActiveWithObject(tokens, k, length, isNumberToken) { return nil }
                // "two suspects fled the scene": a getaway, not displacement.
                if length == 1, lexicon.placeObjectVerbs.contains(tokens[k].lower), lexicon.placeObjectRejects.match(tokens, at: k + 1) != nil { return nil }
                // "still being held in custody", "captured by police": detention, no casualty.
                if outcome == .captured, lexicon.custody.match(tokens, at: k + length) != nil { return nil }
                return Found(outcome: outcome, range: k..<(k + length))
            }
            if let head, let (trigger, length) = lexicon.headPostTriggers.match(tokens, at: k), trigger.heads?.contains(head) ?? false {
                return Found(outcome: trigger.outcome, range: k..<(k + length))
            }
            let t = tokens[k]
            if isNumberToken(k) && !(allowNumbers && phraseWords >= 0) { return nil }
            if Self.negations.contains(t.lower) { return nil }
            // "Two residents who lived on the top floor were among those killed", "40 people on a bus
            // that overturned are missing": a short relative clause with a verb of its own is
            // crossed to the main clause's auxiliary (OutcomeScanner+Clauses.swift).
            if hasHead, let main = relativeClauseEnd(openingAt: k, afterHead: k == start, in: tokens, isNumberToken: isNumberToken) {
                k = main; phraseWords = -1; continue
            }
            let dashPast = Self.dashEnd(at: k, in: tokens)
            if t.text == "," || t.text == "(" || dashPast != nil {
                if let past = skip(k) { k = past; phraseWords = -1; continue }
                guard hasHead else { return nil }
                if t.text == ",", k + 1 < n, lexicon.postTriggers.match(tokens, at: k + 1) != nil { k += 1; continue }
                // "200 people in Amra, Tisso and Belek died": a list of names inside the phrase.
                if t.text == ",", phraseWords >= 0, let past = nameListEnd(atComma: k, in: tokens) { k = past; phraseWords = 1; continue }
                // "Twelve students, whose bus was hit near Ebro, died": a relative clause between
                // commas with no outcome word of its own (OutcomeScanner+NameAsides.swift).
                if t.text == ",", let past = relativeAsideEnd(openingAt: k, in: tokens, isNumberToken: isNumberToken, plural: plural) {
                    k = past; phraseWords = -1; continue
                }
                // A relative clause to the sentence's end: "the gunman, who was later shot dead";
                // "three nurses with the charity, that were abducted" (an auxiliary must follow "that").
                if t.text == ",", k + 1 < n, tokens[k + 1].lower == "who" { k += 2; phraseWords = -1; continue }
                if t.text == ",", k + 2 < n, tokens[k + 1].lower == "that", ["were", "was", "had", "have", "has"].contains(tokens[k + 2].lower) {
                    k += 2; phraseWords = -1; continue
                }
                // "40 villagers, including men, women and children, were massacred": a list of
                // groups with no counts (a list with counts is a breakdown, skipped above).
                if t.text == ",", let past = includedListEnd(openingAt: k, in: tokens, isNumberToken: isNumberToken) {
                    k = past; phraseWords = -1; continue
                }
                // "The three engineers, Ana Ruiz, 41, Tomas Vidal, 38, and Li Wen, 29, were abducted":
                // an aside of names and ages, longer than the asides below (OutcomeScanner+NameAsides.swift).
                if t.text == ",", let past = nameAsideEnd(openingAt: k, in: tokens, isNumberToken: isNumberToken, plural: plural) {
                    k = past; phraseWords = -1; continue
                }
                // An aside between commas, brackets or dashes: "12 people, most of them women, were
                // hurt", "nine people - most of them children - died".
                let close = t.text == "," ? "," : ")"
                let closes = { (j: Int) in dashPast != nil ? Self.dashEnd(at: j, in: tokens) != nil : tokens[j].text == close }
                var j = dashPast ?? k + 1
                // The aside may itself list counts: "three aid workers, two Danes and a Briton, were seized".
                while j < n, j <= k + 8, !closes(j), tokens[j].text != ".", tokens[j].text != ";",
                      lexicon.postTriggers.match(tokens, at: j) == nil { j += 1 }
                guard j < n, j <= k + 8, closes(j) else {
                    // No aside opens here: the comma closes the one the count stands in.
                    if asideOpen, t.text == "," { asideOpen = false; k += 1; phraseWords = -1; continue }
                    return nil
                }
                k = dashPast != nil ? Self.dashEnd(at: j, in: tokens) ?? j + 1 : j + 1
                phraseWords = -1
                continue
            }
            if Self.nestsPlace(at: k, phraseWords: phraseWords, in: tokens) { phraseWords = 0; k += 1; continue }
            if lexicon.fillers.contains(t.lower) || (t.kind == .word && t.lower.count > 4 && t.lower.hasSuffix("ly")) {
                phraseWords = -1; k += 1; continue
            }
            // "a man in his 40s died", "two women in their 70s were hurt": an age, not a count.
            if t.lower == "in", k + 2 < n, Self.possessives.contains(tokens[k + 1].lower), Self.isDecade(tokens[k + 2]) {
                k += 3
                while k < n, isNumberToken(k) { k += 1 }
                phraseWords = -1
                continue
            }
            // "with" opens a phrase only here: "three engineers with the firm were abducted".
            // "on the flight from Tarn to Ebro", "outside the hall": further prepositions open or nest a phrase.
            if lexicon.prepositions.contains(t.lower) || t.lower == "with" || Self.phrasePrepositions.contains(t.lower) { phraseWords = 0; k += 1; continue }
            // "two police officers guarding the entrance were killed": a participle phrase, read
            // like a prepositional one (never an outcome verb: "12 soldiers killing ...").
            if phraseWords < 0, hasHead, t.kind == .word, t.lower.count > 5, t.lower.hasSuffix("ing"),
               lexicon.preTriggers.match(tokens, endingAt: k) == nil, !lexicon.stopWords.contains(t.lower) {
                phraseWords = 0; k += 1; continue
            }
            // "Eleven miners were trapped and later died": a first verb joined to the outcome verb
            // (OutcomeScanner+VerbChains.swift).
            if phraseWords < 0, hasHead, let next = chainedVerbEnd(at: k, in: tokens, isNumberToken: isNumberToken) { k = next; continue }
            // A capitalised name may run past four words: "with the aid group Doctors Against Famine".
            if phraseWords >= 0, phraseWords < 4 || (phraseWords < 8 && t.isCapitalized && tokens[k - 1].isCapitalized),
               t.kind == .word || t.kind == .number || t.text == "'" || t.text == "’" || t.text == "-",
               !lexicon.stopWords.contains(t.lower) || t.lower == "the" || Self.joinsName(at: k, in: tokens) {
                phraseWords += 1; k += 1; continue
            }
            return nil
        }
        return nil
    }

    /// The index past a list aside opening with ", including" at comma `k` and naming groups
    /// without counts (", including men, women, and children,"): the aside ends at the last comma
    /// before an auxiliary or outcome word, within sixteen tokens of words, commas, hyphens and
    /// "and"/"or". Nil when a number, other punctuation or the sentence's end comes first.
    /// Complexity: O(16).
    private func includedListEnd(openingAt k: Int, in tokens: [Token], isNumberToken: (Int) -> Bool) -> Int? {
        guard k + 2 < tokens.count, tokens[k + 1].lower == "including" else { return nil }
        var lastComma: Int? = nil
        var j = k + 2
        while j < tokens.count, j <= k + 17 {
            let t = tokens[j]
            if Self.auxiliaries.contains(t.lower) || lexicon.postTriggers.match(tokens, at: j) != nil {
                guard let c = lastComma, c == j - 1 else { return nil }
                return j
            }
            if isNumberToken(j) { return nil }
            if t.text == "," { lastComma = j } else if !(t.kind == .word || t.text == "-") { return nil }
            j += 1
        }
        return nil
    }

    /// "and" inside a name of several capitalised words ("the Ministry of Water and Power"): part of
    /// a prepositional phrase, not a coordination of counts.
    private static func joinsName(at k: Int, in tokens: [Token]) -> Bool {
        tokens[k].lower == "and" && k > 0 && k + 1 < tokens.count && tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized
    }

    /// "who killed 5 soldiers", "that wounded the guards": an "-ed" word with no auxiliary before it
    /// and an object after it is an active verb, so the people before it did the harm.
    /// A multi-word outcome that is also a verb before an object ("a sniper shot dead 3 guards") is
    /// read the same way.
    private func isActiveWithObject(_ tokens: [Token], _ k: Int, _ length: Int, _ isNumberToken: (Int) -> Bool) -> Bool {
        let isVerb = length == 1 ? tokens[k].lower.hasSuffix("ed") : lexicon.preTriggers.match(tokens, endingAt: k + length - 1)?.length == length
        guard isVerb else { return false }
        // "was killed", "were shot dead": passive, the count before it is the victim. A perfect
        // "has killed", "have shot dead" is active like "killed" and takes the object test below.
        // Only a verb that takes an object ("has killed") is read so: "had died the day before" stays.
        if k > 0, Self.auxiliaries.contains(tokens[k - 1].lower) {
            guard Self.perfectAuxiliaries.contains(tokens[k - 1].lower),
                  lexicon.preTriggers.match(tokens, endingAt: k + length - 1) != nil else { return false }
        }
        // "40,000 people fled the city": the object is the place left; the count fled.
        if length == 1, lexicon.placeObjectVerbs.contains(tokens[k].lower) { return false }
        let next = k + length
        guard next < tokens.count else { return false }
        if isNumberToken(next) || lexicon.objectStarts.contains(tokens[next].lower) { return true }
        // "a bomber has killed at least 25 people", "killing more than 40": a hedged count object.
        if next + 2 < tokens.count, isNumberToken(next + 2) || (next + 3 < tokens.count && isNumberToken(next + 3)),
           Self.objectHedges.contains(tokens[next].lower + " " + tokens[next + 1].lower) { return true }
        // "a sniper killed Dr. Hale": a name is an object too (not a day: "12 soldiers killed Sunday").
        let t = tokens[next]
        if t.kind == .word, t.isCapitalized, !lexicon.nonPeople.contains(t.lower), !Self.weekdays.contains(t.lower) { return true }
        return lexicon.peopleNouns.match(tokens, at: next) != nil
    }

    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                "yesterday", "today", "tonight", "overnight"]

    /// The first count after a toll phrase ("a death toll of 40", "the death toll from the quake
    /// rose to 2,300"): index of the phrase among `phrases`, or nil. A count preceded by "from" or "by"
    /// in "rose from 30 to 40" is skipped for the later one.
    func toll(after end: Int, in tokens: [Token], phraseStarting: (Int) -> Int?, isNumberToken: (Int) -> Bool) -> Int? {
        var k = end
        var phraseWords = -1
        while k < tokens.count, k < end + 20 {
            let t = tokens[k]
            if let p = phraseStarting(k) {
                // "rose from 30 to 40", "rose by 14 to 305": the earlier value and the change are no toll.
                if !(k > 0 && (tokens[k - 1].lower == "from" || tokens[k - 1].lower == "by")) { return p }
            }
            if isNumberToken(k) { k += 1; continue }
            if t.text == "." || t.text == ";" { return nil }
            // A preposition opens a phrase even when it may also link ("of" in "the town of Serro").
            if lexicon.prepositions.contains(t.lower) || t.lower == "from" { phraseWords = 0; k += 1; continue }
            // "rose by 14 to 305": the change is skipped above, then the link "to" leads to the new value.
            if t.lower == "by", k + 1 < tokens.count, isNumberToken(k + 1) { k += 1; continue }
            if lexicon.tollLinks.contains(t.lower) || (t.kind == .word && t.lower.count > 4 && t.lower.hasSuffix("ly")) {
                phraseWords = -1; k += 1; continue
            }
            // "the death toll amounting to 300", "the toll settled at 41", "the toll mounted to 90": any
            // one past or present participle right after the toll (or a link) that hands on through
            // "to"/"at" is a link too, so the list above need not name every verb of rising, falling or
            // standing. A bare verb is not: "the toll could rise to 500" is a forecast.
            if phraseWords < 0, t.kind == .word, t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing"),
               k + 1 < tokens.count, tokens[k + 1].lower == "to" || tokens[k + 1].lower == "at" {
                k += 1; continue
            }
            if phraseWords >= 0, phraseWords < 5 { phraseWords += 1; k += 1; continue }
            return nil
        }
        return nil
    }

    /// "300 people were killed or injured", "6,000 wounded or lost to disease", "40 dead and
    /// wounded": an outcome word joined by "or" to another possibility, or by "and" to another
    /// outcome word, counts several fates together, so the count is no figure of one outcome.
    /// "killed 12 and wounded 30" is no alternative: a number follows the conjunction.
    func hasAlternative(after end: Int, outcome: Outcome, in tokens: [Token], isNumberToken: (Int) -> Bool) -> Bool {
        guard end + 1 < tokens.count else { return false }
        let conjunction = tokens[end].lower
        // "2,300 killed, wounded or captured": a list of fates after a comma counts them together.
        if conjunction == ",", !isNumberToken(end + 1), tokens[end + 1].kind == .word {
            guard let (other, length) = lexicon.postTriggers.match(tokens, at: end + 1), other != outcome else { return false }
            // "300 killed, with injuries to 900 more": a prepositional phrase is no fate in a list.
            if tokens[end + 1].lower == "with" || lexicon.prepositions.contains(tokens[end + 1].lower) { return false }
            // "left 5 dead, injured 30 others": a second verb with its own object is another clause.
            let next = end + 1 + length
            if next < tokens.count, isNumberToken(next) || lexicon.objectStarts.contains(tokens[next].lower)
                || lexicon.peopleNouns.match(tokens, at: next) != nil { return false }
            return true
        }
        guard conjunction == "or" || conjunction == "and" || conjunction == "/" else { return false }
        var k = end + 1
        if k < tokens.count, tokens[k].lower == "or" { k += 1 } // "and/or"
        guard k < tokens.count, !isNumberToken(k), tokens[k].kind == .word else { return false }
        if let (other, length) = lexicon.postTriggers.match(tokens, at: k) {
            // "took 12 villagers hostage and killed their leader": a second verb with its own object.
            let next = k + length
            if conjunction == "and", next < tokens.count, isNumberToken(next) || lexicon.objectStarts.contains(tokens[next].lower) { return false }
            return other != outcome
        }
        if case .outcome(let other)? = lexicon.casualtyNouns.match(tokens, at: k)?.value { return other != outcome }
        // "wounded or lost to disease", "killed or otherwise harmed": "or" opens another fate.
        return conjunction == "or" && !lexicon.stopWords.contains(tokens[k].lower)
    }

    /// "killed or injured 300 people", "killed and wounded 40": a verb before the count joined to
    /// another outcome verb before it.
    func hasAlternativeBefore(_ found: Found, in tokens: [Token]) -> Bool {
        let begin = found.range.lowerBound
        guard begin >= 2 else { return false }
        let conjunction = tokens[begin - 1].lower
        guard conjunction == "or" || conjunction == "and" || conjunction == "/" else { return false }
        guard let (other, _) = lexicon.preTriggers.match(tokens, endingAt: begin - 2) else { return conjunction == "or" && tokens[begin - 2].lower.hasSuffix("ed") }
        return other.outcome != found.outcome
    }
}
