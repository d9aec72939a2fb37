/// Infers a document's date when its metadata gives none and its text allows it: a sentence that
/// states a year for a happening and says it was "N years ago" or is its "Nth anniversary" (the
/// year after that word: "the 33rd anniversary of the 1992 massacre") dates the document to that
/// year plus N (year precision, marked inferred with the reasoning).
public enum DocumentDateInference {
    /// `tokens`, when given, are each sentence's tokens (`tokens[k]` of `sentences[k]`), spared a second tokenization.
    public static func infer(sentences: [Sentence], timexes: [Timex], tokens sentenceTokens: [[Token]]? = nil) -> DocumentDate? {
        for (position, sentence) in sentences.enumerated() {
            let local = timexes.filter { $0.sentence == sentence.index }
            let statedYears = local.compactMap { t -> (year: Int, start: Int)? in
                guard t.type == .date, let d = t.date, d.certainty == .stated, !d.isPeriod, d.start.precision == .year,
                      let year = d.start.year else { return nil }
                return (year, t.start)
            }
            guard let first = statedYears.first else { continue }
            let tokens = sentenceTokens?[position] ?? Tokenizer.tokenize(sentence.text, offset: sentence.start)
            var found = yearsAgo(tokens).map { (first.year, $0) }
            // "the 33rd anniversary of the 1992 massacre" counts from 1992; in "unveiled in 1921,
            // on the fiftieth anniversary of the fall" 1921 is the anniversary itself.
            if found == nil, let at = anniversaryOffset(tokens), let remembered = statedYears.first(where: { $0.start > at }),
               let n = anniversary(tokens) {
                found = (remembered.year, n)
            }
            if let (year, n) = found {
                let (sum, overflow) = year.addingReportingOverflow(n)
                guard !overflow, sum < 10_000 else { continue }
                return DocumentDate(date: PartialDate(year: sum), certainty: .inferred,
                                    reasoning: "the text dates a happening to \(year) and says it was \(n) years before: \(year) + \(n)")
            }
        }
        return nil
    }

    /// N in "N years ago" (digits or a number word).
    static func yearsAgo(_ tokens: [Token]) -> Int? {
        for i in tokens.indices.dropFirst(2) where tokens[i].lower == "ago" && ["years", "year"].contains(tokens[i - 1].lower) {
            if let n = NumberParser.shared.parse(tokens[i - 2].text)?.exact { return n }
        }
        return nil
    }

    /// Where the word "anniversary" stands, if it does.
    static func anniversaryOffset(_ tokens: [Token]) -> Int? {
        tokens.first { $0.lower == "anniversary" }?.start
    }

    /// N in "the Nth anniversary" ("33rd", "thirty-third").
    static func anniversary(_ tokens: [Token]) -> Int? {
        for i in tokens.indices.dropFirst() where tokens[i].lower == "anniversary" {
            let word = tokens[i - 1].lower
            let digits = word.prefix { $0.isNumber }
            if !digits.isEmpty, let n = Int(digits) { return n }
            if let n = OrdinalWords.value(word) { return n }
        }
        return nil
    }
}

/// Ordinal words up to the ninety-ninth, for anniversaries.
enum OrdinalWords {
    static let units = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
                        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
                        "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100]
    static let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]

    static func value(_ word: String) -> Int? {
        if let v = units[word] { return v }
        let parts = word.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 { return t + u }
        return nil
    }
}
