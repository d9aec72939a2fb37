/// Links and anchors in report markup, an HTML-like extension of Pango markup that Pango itself
/// does not know:
///
/// - `<a href="#name">text</a>`: a link to the destination `name` in the same document;
/// - `<a href="https://…">text</a>`: a link to a web address (any `scheme:` target);
/// - `<a name="name">text</a>` or `<a name="name"/>`: a destination other links can point to.
///
/// Attribute values are markup-escaped like any other text (`&amp;` for `&`). `<a>` elements are
/// removed before the markup reaches Pango; what remains is the markup as Pango sees it plus, per
/// link, the byte range of its text in the layout's plain text, so the renderer can find where
/// the link landed from Pango's line positions. Nested `<a>` elements close innermost first.
struct LinkedMarkup: Sendable, Equatable {
    /// What an `<a>` element points at or declares.
    enum Target: Sendable, Equatable, Hashable {
        /// A named destination in the same document.
        case destination(String)
        /// An external address.
        case uri(String)
    }

    struct Link: Sendable, Equatable {
        var target: Target
        /// UTF-8 byte range in the layout's plain text (what `pango_layout_get_text` returns).
        var range: Range<Int>
    }

    struct Anchor: Sendable, Equatable {
        var name: String
        /// UTF-8 byte offset in the layout's plain text where the anchor starts.
        var index: Int
    }

    /// The markup with every `<a>` element removed (its content kept; link text in `linkColor`).
    var markup: String
    var links: [Link]
    var anchors: [Anchor]

    var isEmpty: Bool { links.isEmpty && anchors.isEmpty }

    /// Cheap test before parsing: only strings containing an `<a` element need work.
    static func mayContainLinks(_ markup: String) -> Bool {
        markup.utf8.withContiguousStorageIfAvailable { Self.findsA($0) } ?? Self.findsA(Array(markup.utf8))
    }

    private static func findsA<C: RandomAccessCollection>(_ bytes: C) -> Bool where C.Element == UInt8, C.Index == Int {
        var i = bytes.startIndex
        while i + 2 < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "a"),
               bytes[i + 2] == UInt8(ascii: " ") || bytes[i + 2] == UInt8(ascii: ">") || bytes[i + 2] == UInt8(ascii: "/") {
                return true
            }
            i += 1
        }
        return false
    }

    /// Splits `<a>` elements out of `markup`. O(n) in the markup's length.
    init(parsing markup: String) {
        let bytes = Array(markup.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var textBytes = 0
        var links: [Link] = []
        var anchors: [Anchor] = []
        var open: [(target: Target?, start: Int)] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<"), let close = bytes[i...].firstIndex(of: UInt8(ascii: ">")) {
                let tag = bytes[i...close]
                if Self.isOpeningA(tag) {
                    let attributes = Self.attributes(tag.dropFirst(2).dropLast())
                    if let name = attributes["name"], !name.isEmpty { anchors.append(Anchor(name: name, index: textBytes)) }
                    var target: Target?
                    if let href = attributes["href"], !href.isEmpty {
                        target = href.hasPrefix("#") ? .destination(String(href.dropFirst())) : .uri(href)
                    }
                    if tag[close - 1] != UInt8(ascii: "/") {
                        open.append((target, textBytes))
                        if target != nil { out.append(contentsOf: Self.linkSpanOpen) }
                    }
                    i = close + 1
                    continue
                }
                if tag.elementsEqual("</a>".utf8) {
                    if let last = open.popLast(), let target = last.target {
                        out.append(contentsOf: "</span>".utf8)
                        if textBytes > last.start { links.append(Link(target: target, range: last.start..<textBytes)) }
                    }
                    i = close + 1
                    continue
                }
                out.append(contentsOf: tag)  // any other tag goes to Pango untouched
                i = close + 1
                continue
            }
            if b == UInt8(ascii: "&"), let semicolon = bytes[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) {
                let entity = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
                textBytes += Self.decodeEntity(entity).map { String($0).utf8.count } ?? (semicolon - i + 1)
                out.append(contentsOf: bytes[i...semicolon])
                i = semicolon + 1
                continue
            }
            out.append(b)
            textBytes += 1
            i += 1
        }
        self.markup = String(decoding: out, as: UTF8.self)
        self.links = links
        self.anchors = anchors
    }

    /// Link text is set in a dark blue, the common sign of a link that also prints legibly in grey.
    static let linkColor = "#1A4D8F"
    private static let linkSpanOpen = Array("<span foreground=\"\(linkColor)\">".utf8)

    private static func isOpeningA(_ tag: ArraySlice<UInt8>) -> Bool {
        guard tag.count >= 3 else { return false }
        let s = tag.startIndex
        guard tag[s + 1] == UInt8(ascii: "a") else { return false }
        let next = tag[s + 2]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
    }

    /// `key="value"` or `key='value'` pairs, values unescaped.
    private static func attributes(_ body: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        let text = String(decoding: body, as: UTF8.self)
        var rest = Substring(text)
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: " \t\n/")
            var after = rest[rest.index(after: eq)...].drop { $0 == " " }
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let end = after.firstIndex(of: quote) else { break }
            result[key] = unescape(after[..<end])
            rest = after[after.index(after: end)...]
        }
        return result
    }

    private static func unescape(_ value: Substring) -> String {
        guard value.contains("&") else { return String(value) }
        var out = ""
        var rest = value
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[rest.index(after: amp)...]
            if let semi = tail.prefix(11).firstIndex(of: ";"), let ch = decodeEntity(String(tail[..<semi])) {
                out.append(ch)
                rest = tail[tail.index(after: semi)...]
            } else {
                out.append("&")
                rest = tail
            }
        }
        return out + rest
    }

    /// The character an XML entity (without `&` and `;`) stands for.
    static func decodeEntity(_ entity: String) -> Character? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(self.drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
