/// A sentence of a document's kept text. `start`/`end` are Unicode-scalar offsets into the file's
/// original text, so every mention found in `text` maps back to the file.
public struct Sentence: Codable, Hashable, Sendable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(index: Int, start: Int, end: Int, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
    }
}
