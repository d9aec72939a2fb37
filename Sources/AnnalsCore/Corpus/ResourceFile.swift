import Foundation

/// Rules and word lists are data: plain text files under `Resources/english/`, loaded once.
///
/// Format of every list: one entry a line; `#` starts a comment; blank lines are ignored.
/// Entries with a value use a tab or ` => ` between key and value (e.g. `old people => elderly`).
public enum ResourceFile {
    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        public var description: String {
            switch self {
            case .missing(let p): return "resource file '\(p)' is missing from the Annals installation"
            }
        }
    }

    /// The directory holding `english/...`; `ANNALS_RESOURCES` overrides the bundled copy so a
    /// user can try an edited rule without rebuilding.
    public static var root: URL {
        if let override = ProcessInfo.processInfo.environment["ANNALS_RESOURCES"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        // Foundation on Linux already points `resourceURL` inside a bundle's `Resources` folder;
        // on Apple platforms the copied folder is one level below it.
        let base = Bundle.module.resourceURL!
        if FileManager.default.fileExists(atPath: base.appendingPathComponent("english").path) { return base }
        return base.appendingPathComponent("Resources")
    }

    /// The raw text of a resource, e.g. `text("english/time/months.txt")`.
    public static func text(_ relativePath: String) throws -> String {
        let url = root.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path), let s = String(data: data, encoding: .utf8) else {
            throw Failure.missing(relativePath)
        }
        return s
    }

    /// The entries of a list file: comments and blank lines dropped, whitespace trimmed.
    public static func lines(_ relativePath: String) throws -> [String] {
        try text(relativePath).split(whereSeparator: \.isNewline).compactMap { raw in
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// Key/value entries (`key => value` or `key<TAB>value`); a line without a separator maps to itself.
    public static func pairs(_ relativePath: String) throws -> [(key: String, value: String)] {
        try lines(relativePath).map { line in
            if let r = line.range(of: "=>") {
                return (line[..<r.lowerBound].trimmingCharacters(in: .whitespaces), line[r.upperBound...].trimmingCharacters(in: .whitespaces))
            }
            if let t = line.firstIndex(of: "\t") {
                return (line[..<t].trimmingCharacters(in: .whitespaces), line[line.index(after: t)...].trimmingCharacters(in: .whitespaces))
            }
            return (line, line)
        }
    }
}
