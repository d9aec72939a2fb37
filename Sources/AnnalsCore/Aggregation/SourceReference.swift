/// Where a value comes from, down to the sentence: the file, the span of the mention and the
/// sentence that states it, quoted verbatim.
public struct SourceReference: Codable, Hashable, Sendable {
    public var file: String
    public var start: Int
    public var end: Int
    public var sentence: Int
    /// The sentence as the source writes it (the only place loaded words of a source may appear,
    /// always quoted and attributed by whoever shows it).
    public var quote: String

    public init(file: String, start: Int, end: Int, sentence: Int, quote: String) {
        self.file = file
        self.start = start
        self.end = end
        self.sentence = sentence
        self.quote = quote
    }
}
