/// Zeros: "no one was hurt", "the blast killed no one", "there were no casualties".
extension SentenceFigures {
    /// "no one was hurt", "nobody was killed", "none of the 40 passengers were injured", "no
    /// civilians were killed", "there were no casualties", "no deaths were reported": zero.
    func appendNegatives(to result: inout [FigureMention], text: ScalarSlicer) {
        let isNumber: (Int) -> Bool = { numberTokens.contains($0) }
        var k = 0
        while k < tokens.count {
            var subjectEnd: Int? = nil
            var category = CasualtyCategory.all
            if let (_, length) = lexicon.negatives.match(tokens, at: k) {
                // "the blast killed no one", "injuring nobody": the zero is the verb's object.
                if let found = verbBeforeZero(at: k) {
                    let start = tokens[found.range.lowerBound].start, end = tokens[k + length - 1].end
                    result.append(FigureMention(start: start, end: end, text: text.slice(start - sentence.start, end - sentence.start),
                                                outcome: found.outcome, category: .all, quantity: Quantity(exactly: 0), sentence: sentence.index))
                    k += length
                    continue
                }
                subjectEnd = k + length
            } else if tokens[k].lower == "no", k + 1 < tokens.count {
                // "no immediate reports of casualties", "no word of injuries": the noun after the report.
                let reported = lexicon.negativeReports.match(tokens, at: k + 1).map { $0.length } ?? 0
                if let (head, length) = lexicon.casualtyNouns.match(tokens, at: k + 1 + reported) {
                    let outcomes: [Outcome]
                    switch head {
                    case .outcome(let o): outcomes = [o]
                    case .combined: outcomes = [.killed, .wounded] // "no casualties": nobody killed, nobody hurt
                    default: outcomes = []
                    }
                    if !outcomes.isEmpty {
                        let end = tokens[k + reported + length].end
                        for o in outcomes {
                            result.append(FigureMention(start: tokens[k].start, end: end, text: text.slice(tokens[k].start - sentence.start, end - sentence.start),
                                                        outcome: o, category: .all, quantity: Quantity(exactly: 0), sentence: sentence.index))
                        }
                        k += reported + length + 1
                        continue
                    }
                }
                if reported == 0, let (c, length) = lexicon.peopleNouns.match(tokens, at: k + 1) {
                    subjectEnd = k + 1 + length
                    category = c
                }
            }
            guard let from = subjectEnd else { k += 1; continue }
            if let found = scanner.after(from: from, hasHead: false, in: tokens, isNumberToken: isNumber, allowNumbers: true) {
                let start = tokens[k].start, end = tokens[found.range.upperBound - 1].end
                result.append(FigureMention(start: start, end: end, text: text.slice(start - sentence.start, end - sentence.start),
                                            outcome: found.outcome, category: category, quantity: Quantity(exactly: 0), sentence: sentence.index))
                k = found.range.upperBound
            } else {
                k = from
            }
        }
    }
}
