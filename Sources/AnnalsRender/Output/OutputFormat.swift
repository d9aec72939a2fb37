/// The file formats charts can be written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    case png, pdf, svg

    /// The format for a file extension ("png", "PDF", "svg"); nil for anything else.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }
}
