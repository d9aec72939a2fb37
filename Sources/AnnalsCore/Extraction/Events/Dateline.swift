/// A wire dateline — "DASHT, June 3 (Wire) —", "KYIV, Ukraine, March 3 (Reuters) -" — opens a
/// story with the place and day it was filed. Its date is the report's, not the happening's: the
/// bombing of "DASHT, June 3 (Wire) — A bomber struck on Monday" happened on Monday.
enum Dateline {
    /// Whether the date whose tokens are `first...last` is a dateline's: only capitalised words and
    /// commas stand before it in the sentence (the place), and an opening parenthesis (the agency)
    /// or a dash follows it. O(first) token reads.
    static func holds(first: Int, last: Int, in tokens: [Token]) -> Bool {
        guard first > 0, first <= 8, last + 1 < tokens.count else { return false }
        let before = tokens[..<first]
        guard before.contains(where: { $0.kind == .word }),
              before.allSatisfy({ ($0.kind == .word && $0.isCapitalized) || $0.text == "," || $0.text == "." }),
              tokens[first - 1].text == "," else { return false }
        return ["(", "-", "—", "–", "--"].contains(tokens[last + 1].text)
    }
}
