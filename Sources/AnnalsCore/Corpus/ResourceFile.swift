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
    /// user can try an edited rule without rebuilding. Resolved once: the bundle lookup costs
    /// more than reading a small list, and the environment does not change during a run.
    public static var root: URL { resolvedRoot }

    private static let resolvedRoot: URL = {
        if let override = ProcessInfo.processInfo.environment["ANNALS_RESOURCES"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        // Foundation on Linux already points `resourceURL` inside a bundle's `Resources` folder;
        // on Apple platforms the copied folder is one level below it.
        let base = Bundle.module.resourceURL!
        if FileManager.default.fileExists(atPath: base.appendingPathComponent("english").path) { return base }
        return base.appendingPathComponent("Resources")
    }()

    /// `root`'s path with a trailing slash: a resource's path is this and its relative path.
    /// Why not `root.appendingPathComponent(_:).path` per file: about 25 000 instructions each,
    /// for the hundred lists read at every start.
    private static let rootPath: String = {
        let path = resolvedRoot.path
        return path.hasSuffix("/") ? path : path + "/"
    }()

    /// The raw text of a resource, e.g. `text("english/time/months.txt")`.
    public static func text(_ relativePath: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: rootPath + relativePath), let s = String(data: data, encoding: .utf8) else {
            throw Failure.missing(relativePath)
        }
        return s
    }

    /// The entries of a list file: comments and blank lines dropped, whitespace trimmed.
    /// Scans UTF-8 bytes (every separator is ASCII), which keeps start-up cheap: the word lists are
    /// loaded on every run, and `annals summary` of a small corpus is mostly start-up.
    public static func lines(_ relativePath: String) throws -> [String] {
        var text = try text(relativePath)
        return text.withUTF8 { bytes in
            var entries: [String] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
                var end = lineStart
                while end < lineEnd, bytes[end] != 0x23 { end += 1 }  // '#' starts a comment
                if let entry = trimmedEntry(bytes, lineStart, end) { entries.append(entry) }
                lineStart = lineEnd + 1
            }
            return entries
        }
    }

    /// Key/value entries (`key => value` or `key<TAB>value`); a line without a separator maps to itself.
    public static func pairs(_ relativePath: String) throws -> [(key: String, value: String)] {
        try lines(relativePath).map { line in
            var bytes = line
            return bytes.withUTF8 { b in
                for i in b.indices where b[i] == 0x3D && i + 1 < b.count && b[i + 1] == 0x3E {  // "=>"
                    return (trimmedEntry(b, 0, i) ?? "", trimmedEntry(b, i + 2, b.count) ?? "")
                }
                if let t = b.firstIndex(of: 0x09) { return (trimmedEntry(b, 0, t) ?? "", trimmedEntry(b, t + 1, b.count) ?? "") }
                return (line, line)
            }
        }
    }

    /// `bytes[start..<end]` without surrounding spaces and tabs, or nil when nothing is left.
    private static func trimmedEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var s = start, e = end
        while s < e, bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1 }
        while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 { e -= 1 }
        return s < e ? String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self) : nil
    }
}
