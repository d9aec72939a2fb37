/// Where a mention stands: the file's name within the corpus, offsets in Unicode scalars of the
/// file's text (end exclusive), and the index of the sentence that holds it.
public struct Provenance: Codable, Hashable, Sendable {
    public var file: String
    public var start: Int
    public var end: Int
    public var sentence: Int

    public init(file: String, start: Int, end: Int, sentence: Int) {
        self.file = file
        self.start = start
        self.end = end
        self.sentence = sentence
    }
}
