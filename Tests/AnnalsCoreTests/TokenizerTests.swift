import Testing
@testable import AnnalsCore

@Suite("Tokenizer: each token's text and lower-cased text")
struct TokenizerStringTests {
    /// Tokens made from their bytes (a table for one-byte tokens, a copy for ASCII, Unicode's
    /// lower-casing beyond ASCII) must be the Strings `Token.init(text:kind:start:end:)` makes.
    @Test func textsAndLowerFormsAreThoseOfTheSlicedText() {
        let text = "ROME, March 3 — A Quake (M6.1) hit Ünye at 5pm; 1,200 fled, İzmir & ΑΘΉΝΑ sent aid. I saw it: “awful”, X-ray déjà-vu O'Neill."
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(text, offset: 0)
        #expect(tokens.count > 30)
        for token in tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            let slice = String(view)
            #expect(token.text == slice)
            #expect(token.lower == slice.lowercased())
            #expect(token == Token(text: slice, kind: token.kind, start: token.start, end: token.end))
        }
        let texts = tokens.map(\.text)
        #expect(texts.contains("A") && texts.contains("(") && texts.contains("5pm") && texts.contains("1,200"))
        #expect(tokens.first { $0.text == "A" }?.lower == "a")
        #expect(tokens.first { $0.text == "ROME" }?.lower == "rome")
        #expect(tokens.first { $0.text == "İzmir" }?.lower == "İzmir".lowercased())
    }

    @Test func offsetsShiftWithTheSentenceStart() {
        let tokens = Tokenizer.tokenize("Five died.", offset: 40)
        #expect(tokens.map(\.text) == ["Five", "died", "."])
        #expect(tokens.map(\.lower) == ["five", "died", "."])
        #expect(tokens.map(\.start) == [40, 45, 49])
        #expect(tokens.map(\.end) == [44, 49, 50])
    }
}
