/// An article as read from the corpus folder: the file's text, untouched, and its metadata.
public struct Article: Codable, Hashable, Sendable {
    /// The file's name within the corpus.
    public var file: String
    /// The file's text exactly as decoded; all offsets count Unicode scalars of this text.
    public var text: String
    /// Where the body starts (after Markdown front matter), in Unicode scalars.
    public var bodyStart: Int
    public var metadata: SourceMetadata

    public init(file: String, text: String, bodyStart: Int = 0, metadata: SourceMetadata) {
        self.file = file
        self.text = text
        self.bodyStart = bodyStart
        self.metadata = metadata
    }
}
