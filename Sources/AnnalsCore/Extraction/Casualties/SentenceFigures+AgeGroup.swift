extension SentenceFigures {
    /// The token past an age phrase at `k` that makes a part children: a phrase of
    /// `child-age-phrases.txt` and a whole number of years no greater than 18 ("were under the age
    /// of 15", "were aged under 5"; "years old" may follow). Nil when none starts there, or the age
    /// is an adult's ("under 40").
    /// Complexity: O(phrases).
    func childAgeEnd(at k: Int) -> Int? {
        for words in lexicon.childAgePhrases where k + words.count < tokens.count {
            guard words.indices.allSatisfy({ tokens[k + $0].lower == words[$0] }) else { continue }
            let j = k + words.count
            guard tokens[j].kind == .number, let age = Int(tokens[j].text), age >= 1, age <= 18 else { return nil }
            var past = j + 1
            if past + 1 < tokens.count, tokens[past].lower == "years", ["old", "of"].contains(tokens[past + 1].lower) { past += 2 }
            return past
        }
        return nil
    }
}
