import Foundation

/// Turns the Pango markup of report paragraphs and cells into HTML.
///
/// Pango markup is XML: its entities (`&amp;`, `&lt;`, ...) are valid HTML and pass through. Tags
/// are mapped to their HTML counterparts (`b`, `i`, `u`, `s`, `sub`, `sup`, `small`, `big`; `tt` →
/// `code`; `span` keeps only a colour from `foreground`/`color`); a link (`a href`) is kept only for
/// `http(s)` and in-page (`#`) targets, and a destination (`a name`) becomes an element id. Any other tag is dropped with its content kept, so nothing
/// from a source can inject markup: source text reaches the markup escaped. Complexity: O(n).
enum PangoToHTML {
    static let plainTags: Set<String> = ["b", "i", "u", "s", "sub", "sup", "small", "big"]

    static func convert(_ markup: String) -> String {
        var out: [UInt8] = []
        if append(markup, to: &out) { return String(decoding: out, as: UTF8.self) }
        return convertByCharacters(markup)
    }

    /// `convert`, the reference: `Character` by `Character`, for the markup `append` leaves alone.
    static func convertByCharacters(_ markup: String) -> String {
        var out = ""
        out.reserveCapacity(markup.utf8.count + 16)
        var openTags: [String] = []
        var rest = Substring(markup)
        while let lt = rest.firstIndex(of: "<") {
            out += rest[..<lt]
            guard let gt = rest[lt...].firstIndex(of: ">") else {
                out += escapeRaw(rest[lt...])
                return out + openTags.reversed().map { "</\($0)>" }.joined()
            }
            let inner = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            if inner.hasPrefix("/") {
                let name = inner.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()
                // Close what was opened for this name (dropped tags opened nothing).
                if let i = openTags.lastIndex(where: { $0 == htmlName(name) }), htmlName(name) != nil {
                    let closing = openTags[i...].reversed().map { "</\($0)>" }.joined()
                    out += closing
                    openTags.removeSubrange(i...)
                }
                continue
            }
            let (name, attributes) = parseTag(inner)
            guard let html = htmlName(name) else { continue }
            switch name {
            case "span":
                if let color = attributes["foreground"] ?? attributes["color"] ?? attributes["fgcolor"], isSafeColor(color) {
                    out += "<span style=\"color:\(color)\">"
                } else {
                    out += "<span>"
                }
            case "a":
                // AnnalsRender's linked markup: `<a href>` links, `<a name>` destinations (maybe self-closing).
                let href = attributes["href"] ?? ""
                if isSafeLink(href) {
                    out += "<a href=\"\(href)\">"
                } else if let name = attributes["name"], isSafeName(name) {
                    out += "<a id=\"\(name)\">"
                } else {
                    out += "<span>"
                    if !inner.hasSuffix("/") { openTags.append("span") } else { out += "</span>" }
                    continue
                }
            default:
                out += "<\(html)>"
            }
            if inner.hasSuffix("/") { out += "</\(html)>" } else { openTags.append(html) }
        }
        out += rest
        return out + openTags.reversed().map { "</\($0)>" }.joined()
    }

    static func htmlName(_ pango: String) -> String? {
        if plainTags.contains(pango) { return pango }
        switch pango {
        case "tt": return "code"
        case "span": return "span"
        case "a": return "a"
        default: return nil
        }
    }

    /// Tag name and attributes of `name key="value" key='value'` (values keep their entities).
    static func parseTag(_ inner: Substring) -> (String, [String: String]) {
        let scalars = Array(inner.unicodeScalars)
        var i = 0
        var name = ""
        while i < scalars.count, !scalars[i].properties.isWhitespace, scalars[i] != "/" { name.unicodeScalars.append(scalars[i]); i += 1 }
        var attributes: [String: String] = [:]
        while i < scalars.count {
            while i < scalars.count, scalars[i].properties.isWhitespace || scalars[i] == "/" { i += 1 }
            var key = ""
            while i < scalars.count, scalars[i] != "=", !scalars[i].properties.isWhitespace { key.unicodeScalars.append(scalars[i]); i += 1 }
            guard i < scalars.count, scalars[i] == "=" else { break }
            i += 1
            guard i < scalars.count, scalars[i] == "\"" || scalars[i] == "'" else { break }
            let quote = scalars[i]
            i += 1
            var value = ""
            while i < scalars.count, scalars[i] != quote { value.unicodeScalars.append(scalars[i]); i += 1 }
            i += 1
            attributes[key.lowercased()] = value
        }
        return (name.lowercased(), attributes)
    }

    /// `#abc`, `#a1b2c3` or a colour keyword: letters only.
    static func isSafeColor(_ s: String) -> Bool {
        if s.hasPrefix("#") { return [4, 7, 9].contains(s.count) && s.dropFirst().allSatisfy(\.isHexDigit) }
        return !s.isEmpty && s.count < 30 && s.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// http(s) URLs and in-page anchors, without quotes or angle brackets.
    static func isSafeLink(_ s: String) -> Bool {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return isSafeASCIILink(s.utf8) }
        return isSafeLinkByCharacters(s)
    }

    /// `isSafeLink`, the reference: `Character` by `Character`.
    static func isSafeLinkByCharacters(_ s: String) -> Bool {
        let lower = s.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("#") else { return false }
        return !s.contains(where: { $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "'" || $0.isWhitespace })
    }

    /// `isSafeLink` for ASCII text, on its bytes: a link is checked for every citation of a report.
    /// (A CR LF pair is one `Character`, but whitespace either way, so the answers agree.)
    static func isSafeASCIILink(_ s: String.UTF8View) -> Bool {
        func lower(_ c: UInt8) -> UInt8 { c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c + 32 : c }
        func hasPrefix(_ p: String) -> Bool {
            s.count >= p.utf8.count && zip(s, p.utf8).allSatisfy { lower($0) == $1 }
        }
        guard hasPrefix("https://") || hasPrefix("http://") || hasPrefix("#") else { return false }
        return !s.contains { c in
            c == UInt8(ascii: "\"") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == UInt8(ascii: "'") || c == 0x20 || (0x09...0x0D).contains(c)
        }
    }

    /// Destination names: ASCII letters, digits, '-', '_' and '.'.
    static func isSafeName(_ s: String) -> Bool {
        !s.isEmpty && s.count < 100 && s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
    }

    static func escapeRaw(_ s: Substring) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
