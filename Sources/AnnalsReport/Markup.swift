/// Pango markup escaping: every source string passes through here before it reaches a paragraph.
enum Markup {
    /// Complexity: O(n); a byte scan when the text has nothing to escape or its ASCII characters
    /// are clusters of their own (a report of 10 000 articles escapes hundreds of thousands of
    /// quotes and names), `Character` by `Character` otherwise.
    static func escape(_ s: String) -> String {
        if !s.utf8.contains(where: isSpecial) { return s }
        var s = s
        if let escaped = s.withUTF8({ escapedBytes($0) }) { return escaped }
        return escapeByCharacters(s)
    }

    private static func isSpecial(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
    }

    /// nil when the bytes cannot stand for the characters (see `ASCIIClusters`).
    private static func escapedBytes(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard ASCIIClusters.hold(b) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 16)
        for c in b {
            switch c {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `escape`, the reference: `Character` by `Character`.
    static func escapeByCharacters(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func bold(_ s: String) -> String { "<b>\(escape(s))</b>" }
    static func italic(_ s: String) -> String { "<i>\(escape(s))</i>" }
}
