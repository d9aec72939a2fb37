import Testing
@testable import AnnalsCore

@Suite("Text lines: normalised words and their key")
struct TextLineTests {
    private func line(_ text: String) -> TextLine {
        let scalars = Array(text.unicodeScalars)
        return TextLine(scalars, 0, scalars.count)
    }

    @Test func wordsAndKeyAgree() {
        let l = line("  Subscribe now: 3 free stories’ worth, readers' picks — «today»!  ")
        #expect(l.words == ["subscribe", "now", "#", "free", "stories", "worth", "readers", "picks", "today"])
        #expect(l.wordCount == 9)
        #expect(l.wordKey == "subscribe now # free stories worth readers picks today")
        #expect(l.hasQuotation)
        #expect(l.endsLikeSentence)
    }

    @Test func digitsAndLettersSplitAndApostrophesStayInside() {
        let l = line("The 2nd convoy's 45km route o'clock")
        #expect(l.words == ["the", "#", "nd", "convoy's", "#", "km", "route", "o'clock"])
        #expect(l.wordCount == 8)
    }

    @Test func blankAndPunctuationOnlyLinesHaveNoWords() {
        for text in ["", "   ", "— * —", "!!!"] {
            let l = line(text)
            #expect(l.words.isEmpty)
            #expect(l.wordCount == 0)
            #expect(l.wordKey.isEmpty)
        }
    }
}
