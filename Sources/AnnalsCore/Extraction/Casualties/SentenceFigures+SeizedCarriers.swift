extension SentenceFigures {
    /// "Pirates seized a cargo ship with 22 crew members", "gunmen hijacked a bus with 40
    /// passengers": the people a captor took with the vehicle (or place) are captured, though the
    /// verb's object is the vehicle. The count, with a people noun of its own, stands right after
    /// "with"; before it, at most `objectReach` words (the object), a verb of capture
    /// (`outcome-before.txt`, whatever heads it is limited to), and a captor noun
    /// (`captor-nouns.txt`) at most `subjectReach` words before that ("pirates have seized"), so
    /// "police seized a truck with 40 migrants" (a detention) states nothing.
    /// Runs after the outcome words are read. Complexity: O(phrases × (objectReach + subjectReach)).
    func resolveSeizedCarriers(_ resolved: inout [Resolution?], _ combined: [Bool]) {
        let objectReach = 4, subjectReach = 3
        for p in phrases.indices where resolved[p] == nil && !combined[p] {
            let phrase = phrases[p]
            guard phrase.hasHead, phrase.headOutcome == nil, !phrase.isPartitive, !phrase.isSingular else { continue }
            let first = phrase.number.tokenRange.lowerBound
            guard first >= 4, tokens[first - 1].lower == "with" else { continue }
            var verb: Int? = nil
            var j = first - 2
            while j >= 1, j >= first - 2 - objectReach, tokens[j].kind == .word, !numberTokens.contains(j) {
                if let (trigger, _) = lexicon.preTriggers.match(tokens, endingAt: j), trigger.outcome == .captured { verb = j; break }
                j -= 1
            }
            guard let v = verb else { continue }
            var s = v - 1
            var captor = false
            while s >= 0, s >= v - 1 - subjectReach, tokens[s].kind == .word {
                if lexicon.captors.match(tokens, endingAt: s) != nil { captor = true; break }
                s -= 1
            }
            guard captor else { continue }
            var r = Resolution(outcome: .captured, range: v..<phrase.end)
            if phrase.category != .all { r.category = phrase.category }
            resolved[p] = r
        }
    }
}
