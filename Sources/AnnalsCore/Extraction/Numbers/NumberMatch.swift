/// A number found in tokens: the interval it states and the tokens it spans.
///
/// The span includes the modifiers that shape the interval ("at least 20", "between 30 and 40",
/// "50 or more"), so `text` is the whole phrase as tokens give it.
public struct NumberMatch: Hashable, Sendable {
    public var quantity: Quantity
    /// Indexes into the token array the match was found in.
    public var tokenRange: Range<Int>
    /// Unicode-scalar offsets of the first and past the last token.
    public var start: Int
    public var end: Int
    /// The tokens joined as written (a single space where the source had any gap).
    public var text: String
    /// The part of `tokenRange` holding the number itself, without modifiers ("20" in "at least 20").
    public var coreRange: Range<Int>

    public init(quantity: Quantity, tokenRange: Range<Int>, start: Int, end: Int, text: String, coreRange: Range<Int>? = nil) {
        self.quantity = quantity
        self.tokenRange = tokenRange
        self.start = start
        self.end = end
        self.text = text
        self.coreRange = coreRange ?? tokenRange
    }
}
