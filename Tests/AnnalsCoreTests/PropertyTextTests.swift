import Testing
import PropertyBased
@testable import AnnalsCore

/// Pieces of text that stress token and sentence boundaries: words, numbers with separators,
/// abbreviations, quotes, ellipses, line breaks, accents, combining marks, emoji, odd spaces.
let textPieces = ["Flood", "waters", "rose", "3.5", "1,200", "10:30", "25th", "U.N.", "Dr.", "J.", "Smith", "!", "?", "...",
                  "…", "\"", "“", "”", "'", "(", ")", "-", "—", ",", ";", ".", " ", "  ", "\n", "\r\n", "\u{2029}", "\t",
                  "é", "e\u{301}", "🌊", "👩‍👩‍👧", "\u{00A0}", "\u{200B}", "naïve", "o'clock", "sixty-three", "Photo:", "AP",
                  "Subscribe to our newsletter", "Support our journalism", "By Ana Ruiz", "Advertisement", "Read more"]

let pieceTexts = Gen.int(in: 0...Int.max).array(of: 0...60).map { picks in
    picks.map { textPieces[$0 % textPieces.count] }.joined(separator: picks.first.map { $0 % 3 == 0 ? "" : " " } ?? " ")
}

@Suite("Property: text offsets")
struct PropertyTextTests {
    @Test func tokenOffsetsSliceTheTextToTheTokenText() async {
        await propertyCheck(count: 500, input: pieceTexts, Gen.int(in: 0...1000)) { text, offset in
            let scalars = ScalarText(text)
            var previousEnd = offset
            for token in Tokenizer.tokenize(text, offset: offset) {
                #expect(token.start >= previousEnd && token.start < token.end, "\(token)")
                #expect(scalars.slice(token.start - offset, token.end - offset) == token.text, "\(token)")
                previousEnd = token.end
            }
        }
    }

    @Test func sentencesSliceTheTextAndNeverOverlap() async {
        await propertyCheck(count: 500, input: pieceTexts) { text in
            let scalars = ScalarText(text)
            let sentences = SentenceSplitter.shared.split(text)
            var previousEnd = 0
            for (k, s) in sentences.enumerated() {
                #expect(s.index == k)
                #expect(s.start >= previousEnd && s.start < s.end && s.end <= scalars.count, "\(s)")
                #expect(scalars.slice(s.start, s.end) == s.text, "\(s)")
                previousEnd = s.end
            }
        }
    }

    @Test func boilerplateRemovedAndKeptAreDisjointAndSentencesStayInKeptText() async {
        let lines = Gen.int(in: 0...Int.max).array(of: 1...12)
        await propertyCheck(count: 300, input: lines.array(of: 1...8), Gen.int(in: 0...5)) { picks, frontLines in
            // Lines of pieces, some repeated verbatim, as a scraped page prints them.
            let body = picks.map { line in line.map { textPieces[$0 % textPieces.count] }.joined(separator: " ") }
            let front = frontLines > 0 ? "---\ntitle: Flood\n---\n" : ""
            let text = front + (body + body.prefix(frontLines)).joined(separator: "\n")
            let bodyStart = front.unicodeScalars.count
            let cleaned = BoilerplateCleaner.shared.clean(text: text, bodyStart: bodyStart, title: "Flood")
            let count = text.unicodeScalars.count
            var covered: [(Int, Int)] = cleaned.kept.map { ($0.lowerBound, $0.upperBound) }
            for r in cleaned.removed {
                #expect(r.start < r.end, "\(r)")
                #expect(ScalarText(text).slice(r.start, r.end) == r.text, "\(r)")
                covered.append((r.start, r.end))
            }
            covered.sort { $0.0 < $1.0 }
            var previousEnd = bodyStart
            for (start, end) in covered {
                #expect(start >= previousEnd && start <= end && end <= count, "\(start)..<\(end) overlaps or leaves the body")
                previousEnd = max(previousEnd, end)
            }
            for s in SentenceSplitter.shared.split(text, kept: cleaned.kept) {
                #expect(cleaned.kept.contains { $0.lowerBound <= s.start && s.end <= $0.upperBound }, "\(s)")
            }
        }
    }
}
