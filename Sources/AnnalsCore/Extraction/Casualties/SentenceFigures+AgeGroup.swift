extension SentenceFigures {
    /// Age phrases that bound a part from above: "under the age of 15", "aged under 12", "younger
    /// than 16". Matched word by word; the number follows the phrase.
    private static let childAgeOpeners: [[String]] = [
        ["under", "the", "age", "of"], ["below", "the", "age", "of"], ["aged", "under"], ["aged", "below"], ["aged", "less", "than"],
        ["under", "age"], ["younger", "than"], ["under"],
    ]

    /// The token past an age phrase at `k` that makes a part children: an opener above and a
    /// whole number of years no greater than 18 ("were under the age of 15", "were aged under 5";
    /// "years old" may follow). Nil when none starts there, or the age is an adult's ("under 40").
    /// Complexity: O(openers).
    func childAgeEnd(at k: Int) -> Int? {
        for words in Self.childAgeOpeners where k + words.count < tokens.count {
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
