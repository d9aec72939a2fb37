/// Splits text into tokens in one pass over its Unicode scalars.
///
/// Complexity: O(n) in the number of scalars.
public enum Tokenizer {
    /// Tokens of `text`, whose first scalar stands at `offset` in the file.
    public static func tokenize(_ text: String, offset: Int = 0) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        while i < n {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            let begin = i
            if isDigit(s) {
                i += 1
                while i < n {
                    let c = scalars[i]
                    if isDigit(c) { i += 1; continue }
                    // Keep separators only between digits: "1,200", "1.2", "10:30", "1992/93".
                    if (c == "," || c == "." || c == ":" || c == "/"), i + 1 < n, isDigit(scalars[i + 1]) { i += 1; continue }
                    break
                }
                var kind = Token.Kind.number
                if i < n, isLetter(scalars[i]) {
                    kind = .alphanumeric
                    while i < n, isLetter(scalars[i]) || isDigit(scalars[i]) { i += 1 }
                }
                tokens.append(make(scalars, begin, i, kind, offset))
            } else if isLetter(s) {
                i += 1
                while i < n {
                    let c = scalars[i]
                    if isLetter(c) || isDigit(c) { i += 1; continue }
                    // Inner apostrophes and hyphens join a word: "o'clock", "sixty-three", "pro-Palestinian".
                    if (c == "'" || c == "’" || c == "-"), i + 1 < n, isLetter(scalars[i + 1]) { i += 1; continue }
                    break
                }
                tokens.append(make(scalars, begin, i, .word, offset))
            } else {
                i += 1
                tokens.append(make(scalars, begin, i, .punctuation, offset))
            }
        }
        return tokens
    }

    private static func make(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int, _ kind: Token.Kind, _ offset: Int) -> Token {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[a..<b])
        return Token(text: String(view), kind: kind, start: a + offset, end: b + offset)
    }
}
