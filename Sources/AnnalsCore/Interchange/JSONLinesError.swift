/// A line of a JSON Lines input that cannot be used: `SOURCE:LINE: what is wrong`, one line a
/// person can act on (the source is a file name, or `stdin`).
public struct JSONLinesError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var message: String

    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String { "\(source):\(line): \(message)" }
}
