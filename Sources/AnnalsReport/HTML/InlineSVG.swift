import Foundation

/// Makes a stand-alone SVG file (as Cairo writes it) fit for inlining in an HTML page: no XML
/// declaration, ids prefixed so several charts on one page do not share glyph ids, and a root
/// that scales with the page (width 100%, height from the viewBox).
enum InlineSVG {
    static func inline(_ svg: String, idPrefix: String, label: String) -> String {
        var s = svg
        if let declaration = s.range(of: "?>"), s.hasPrefix("<?xml") { s = String(s[declaration.upperBound...]) }
        s = s.replacingOccurrences(of: "id=\"", with: "id=\"\(idPrefix)-")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(idPrefix)-")
            .replacingOccurrences(of: "url(#", with: "url(#\(idPrefix)-")
        guard let open = s.range(of: "<svg"), let close = s[open.upperBound...].firstIndex(of: ">") else { return s }
        var tag = String(s[open.lowerBound..<close])
        tag = removeAttribute("width", from: tag)
        tag = removeAttribute("height", from: tag)
        tag += " width=\"100%\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\" preserveAspectRatio=\"xMidYMid meet\""
        return (String(s[..<open.lowerBound]) + tag + String(s[close...])).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func removeAttribute(_ name: String, from tag: String) -> String {
        guard let start = tag.range(of: " \(name)=\"") else { return tag }
        guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return tag }
        return String(tag[..<start.lowerBound]) + String(tag[tag.index(after: end)...])
    }
}

/// Escaping of plain text for HTML text and attribute values.
enum HTMLText {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
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
}
