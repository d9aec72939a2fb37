import Foundation
import Yams

/// Markdown front matter: a YAML block between a first line `---` and a closing `---` (or `...`)
/// line. Keys read: `title`, `publisher`, `url`, `published` (alias `date`), `note`; other keys
/// (tags, author, ...) are ignored, since front matter often carries a site generator's fields.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var publisher: String?
    public var url: String?
    public var published: String?
    public var note: String?
    /// Unicode-scalar offset where the body starts (after the closing delimiter's line end).
    public var bodyStart: Int
    /// 1-based line of the body's first line.
    public var bodyLine: Int

    public struct Failure: Error, Sendable, Hashable {
        public var line: Int?
        public var message: String
    }

    /// The front matter of `text`, nil when the text does not open with `---`.
    /// Throws when the block is never closed or its YAML is malformed.
    public static func parse(_ text: String) throws(Failure) -> FrontMatter? {
        let scalars = Array(text.unicodeScalars)
        var lines: [(start: Int, end: Int, next: Int)] = []   // content range and the next line's start
        var start = 0
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" {
                var end = i
                if end > start && scalars[end - 1] == "\r" { end -= 1 }
                lines.append((start, end, min(i + 1, scalars.count)))
                start = i + 1
                if i == scalars.count { break }
            }
            i += 1
        }
        func content(_ k: Int) -> String {
            ScalarText.sliceOf(scalars, lines[k].start, lines[k].end).trimmingCharacters(in: .whitespaces)
        }
        guard let first = lines.first, first.end > first.start, content(0) == "---" else { return nil }
        guard let close = lines.indices.dropFirst().first(where: { content($0) == "---" || content($0) == "..." }) else {
            throw Failure(line: 1, message: "front matter opened with '---' is never closed; add a line '---' after the metadata")
        }
        let yaml = ScalarText.sliceOf(scalars, lines[0].next, lines[close].start)
        var result = FrontMatter(bodyStart: lines[close].next, bodyLine: close + 2)
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            var line: Int? = nil
            if let yamlError = error as? YamlError, case let .scanner(_, _, mark, _) = yamlError { line = mark.line + 1 }
            if let yamlError = error as? YamlError, case let .parser(_, _, mark, _) = yamlError { line = mark.line + 1 }
            throw Failure(line: line, message: "front matter is not valid YAML (\(String(describing: error).split(separator: "\n").first ?? "")); fix it or remove the block")
        }
        guard let node else { return result }
        guard let mapping = node.mapping else {
            throw Failure(line: 2, message: "front matter is not a list of 'key: value' lines; write e.g. 'title: ...'")
        }
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string?.lowercased() else { continue }
            let value = valueNode.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines)
            let cleaned = (value?.isEmpty ?? true) ? nil : value
            switch key {
            case "title": result.title = cleaned
            case "publisher", "source": result.publisher = cleaned
            case "url", "link": result.url = cleaned
            case "published", "date": result.published = cleaned
            case "note": result.note = cleaned
            default: continue
            }
        }
        return result
    }

    init(bodyStart: Int, bodyLine: Int) {
        self.bodyStart = bodyStart
        self.bodyLine = bodyLine
    }
}

extension ScalarText {
    /// The text between two scalar offsets of a scalar array (clamped).
    /// Encoded straight into the new string's storage: no byte array to grow and copy, and a
    /// first pass sizes the storage exactly (a scalar takes 1 to 4 bytes). O(end − start).
    static func sliceOf(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        scalars.withUnsafeBufferPointer { sliceOf($0, start, end) }
    }

    /// The same from a buffer of scalars.
    static func sliceOf(_ u: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        let a = max(0, min(start, u.count)), b = max(a, min(end, u.count))
        guard a < b else { return "" }
        // One pass for ASCII text (most sentences): bytes stored as the scalars are read; a
        // scalar beyond ASCII makes that attempt an empty string and the slice takes two passes.
        var high: UInt32 = 0
        let ascii = String(unsafeUninitializedCapacity: b - a) { buffer in
            for k in a..<b {
                let v = u[k].value
                high |= v
                buffer[k - a] = UInt8(truncatingIfNeeded: v)
            }
            return high < 0x80 ? b - a : 0
        }
        if high < 0x80 { return ascii }
        var size = 0
        for k in a..<b {
            let v = u[k].value
            size += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: size) { buffer in
            var n = 0
            for k in a..<b {
                let s = u[k]
                if s.value < 0x80 { buffer[n] = UInt8(s.value); n += 1 } else { UTF8.encode(s) { buffer[n] = $0; n += 1 } }
            }
            return n
        }
    }
}
