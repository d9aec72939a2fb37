extension Figure {
    /// The number words the sources use for its loose values ("thousands", "about 40"), so that a
    /// table or chart can show what an interval such as ≥2,000 was read from.
    public var statedWords: [String] {
        var words: [String] = []
        for v in values where v.quantity.approximate {
            for text in v.texts {
                if let m = NumberParser.shared.numbers(in: Tokenizer.tokenize(text)).first, !words.contains(m.text) { words.append(m.text) }
            }
        }
        return words
    }
}
