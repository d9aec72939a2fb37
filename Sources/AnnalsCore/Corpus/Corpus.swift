import Foundation

/// The articles of one corpus folder, in file-name order, with everything the loader had to say
/// about files it skipped or read with a caveat.
public struct Corpus: Sendable {
    public var directory: URL
    public var articles: [Article]
    public var warnings: [CorpusWarning]

    public init(directory: URL, articles: [Article], warnings: [CorpusWarning] = []) {
        self.directory = directory
        self.articles = articles
        self.warnings = warnings
    }
}

/// Something the loader noticed but could work around (a skipped binary file, an unknown column).
/// `description` reads `FILE:LINE: message` (or `FILE: message` without a line).
public struct CorpusWarning: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { CorpusError.format(file: file, line: line, message: message) }
}

/// A problem the loader refuses to guess around (a malformed `sources.csv`, an impossible date).
/// `description` is one line a person can act on: `FILE:LINE: what is wrong; what to do`.
public struct CorpusError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public init(_ warning: CorpusWarning) {
        self.init(file: warning.file, line: warning.line, message: warning.message)
    }

    public var description: String { Self.format(file: file, line: line, message: message) }

    static func format(file: String, line: Int?, message: String) -> String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
