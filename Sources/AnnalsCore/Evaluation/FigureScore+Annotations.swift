import Foundation

/// The annotation format of the figure evaluation set (`Tests/Data/casualties/`): next to each
/// article `NAME.txt`, a file `NAME.tsv` with one expected figure a line,
/// `outcome<TAB>category<TAB>low<TAB>high` (`-` for an open end; `#` starts a comment; spaces may
/// stand for tabs). A `.tsv` with no figure line states that the article holds no casualty figure.
public enum FigureAnnotationFile {
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// The tuples of one annotation file. Throws on the first malformed line, naming it.
    public static func parse(_ text: String) throws -> [FigureTuple] {
        var result: [FigureTuple] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " || $0 == "\r" }).map(String.init)
            if fields.isEmpty { continue }
            let number = i + 1
            guard fields.count == 4 else { throw Failure(line: number, message: "expected 4 fields (outcome category low high), found \(fields.count)") }
            guard let outcome = Outcome(rawValue: fields[0]) else {
                throw Failure(line: number, message: "unknown outcome '\(fields[0])' (one of \(Outcome.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let low = try bound(fields[2], line: number), high = try bound(fields[3], line: number)
            guard low != nil || high != nil else { throw Failure(line: number, message: "both ends open") }
            if let l = low, let h = high, l > h { throw Failure(line: number, message: "low \(l) exceeds high \(h)") }
            result.append(FigureTuple(outcome: outcome, category: CasualtyCategory(rawValue: fields[1].lowercased()), low: low, high: high))
        }
        return result
    }

    private static func bound(_ field: String, line: Int) throws -> Int? {
        if field == "-" { return nil }
        guard let v = Int(field), v >= 0 else { throw Failure(line: line, message: "'\(field)' is neither a non-negative integer nor '-'") }
        return v
    }
}

/// An annotated article of the figure evaluation set.
public struct FigureEvaluationDocument: Sendable {
    /// Path relative to the set's folder, without extension ("held-out/dam-collapse").
    public var name: String
    public var text: String
    public var gold: [FigureTuple]

    public init(name: String, text: String, gold: [FigureTuple]) {
        self.name = name
        self.text = text
        self.gold = gold
    }

    public enum LoadFailure: Error, CustomStringConvertible {
        case notADirectory(String)
        case empty(String)
        case unreadable(String)
        case unannotated(String)
        case malformed(String, FigureAnnotationFile.Failure)

        public var description: String {
            switch self {
            case .notADirectory(let p): return "'\(p)' is not a directory"
            case .empty(let p): return "no .txt articles under '\(p)'"
            case .unreadable(let p): return "cannot read '\(p)' as UTF-8 text"
            case .unannotated(let p): return "'\(p)' has no annotation file (expected the same name with .tsv)"
            case .malformed(let p, let f): return "'\(p)': \(f)"
            }
        }
    }

    /// Every `.txt` under `directory` (recursively, sorted by path) with its `.tsv` annotation.
    /// An article without an annotation is an error, never an empty expectation.
    public static func load(directory: String) throws -> [FigureEvaluationDocument] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw LoadFailure.notADirectory(directory)
        }
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var files: [URL] = []
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "txt" { files.append(url.standardizedFileURL) }
        }
        files.sort { $0.path < $1.path }
        guard !files.isEmpty else { throw LoadFailure.empty(directory) }
        return try files.map { url in
            let annotation = url.deletingPathExtension().appendingPathExtension("tsv")
            guard let text = read(url) else { throw LoadFailure.unreadable(url.path) }
            guard FileManager.default.fileExists(atPath: annotation.path) else { throw LoadFailure.unannotated(url.path) }
            guard let tsv = read(annotation) else { throw LoadFailure.unreadable(annotation.path) }
            let gold: [FigureTuple]
            do { gold = try FigureAnnotationFile.parse(tsv) } catch let f as FigureAnnotationFile.Failure {
                throw LoadFailure.malformed(annotation.path, f)
            }
            var name = url.deletingPathExtension().path
            if name.hasPrefix(root.path + "/") { name = String(name.dropFirst(root.path.count + 1)) }
            return FigureEvaluationDocument(name: name, text: text, gold: gold)
        }
    }

    private static func read(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).flatMap { String(data: $0, encoding: .utf8) }
    }
}
