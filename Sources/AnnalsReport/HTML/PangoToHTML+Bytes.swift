/// `PangoToHTML.convert` on UTF-8 bytes: one pass, appending to a byte buffer, no `Character`
/// indexing — a large report converts hundreds of thousands of cells.
///
/// Exactly `convertByCharacters` wherever it applies: every ASCII character of the markup is a
/// grapheme cluster of its own (`ASCIIClusters`) and every tag is ASCII. Elsewhere it appends
/// nothing and returns false, and the caller converts by characters.
extension PangoToHTML {
    /// The HTML names of the tags, by code (an open tag is remembered by its code).
    private static let tagNames: [[UInt8]] = ["b", "i", "u", "s", "sub", "sup", "small", "big", "code", "span", "a"].map { Array($0.utf8) }

    private static let openings: [[UInt8]] = tagNames.map { [UInt8(ascii: "<")] + $0 + [UInt8(ascii: ">")] }
    private static let closings: [[UInt8]] = tagNames.map { [UInt8(ascii: "<"), UInt8(ascii: "/")] + $0 + [UInt8(ascii: ">")] }
    private static let tt: [UInt8] = Array("tt".utf8)
    private static let codeName: [UInt8] = Array("code".utf8)

    /// The code of `htmlName(pango)` for an ASCII lower-case tag name, nil when it is dropped.
    private static func tagCode<C: Collection>(_ name: C) -> Int? where C.Element == UInt8 {
        if name.elementsEqual(tt) { return 8 }
        if name.elementsEqual(codeName) { return nil }
        return tagNames.firstIndex { $0.elementsEqual(name) }
    }

    static func append(_ markup: String, to out: inout [UInt8]) -> Bool {
        var markup = markup
        return markup.withUTF8 { append(bytes: $0, to: &out) }
    }

    static func append(bytes b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        guard ASCIIClusters.hold(b) else { return false }
        let start = out.count
        let n = b.count
        var open: [Int] = []
        func closeAll(_ from: Int) {
            for code in open[from...].reversed() { out += Self.closings[code] }
            open.removeSubrange(from...)
        }
        var i = 0
        while true {
            guard let lt = find(UInt8(ascii: "<"), b, from: i) else {
                out += b[i..<n]
                break
            }
            out += b[i..<lt]
            guard let gt = find(UInt8(ascii: ">"), b, from: lt + 1) else {
                for k in lt..<n {
                    switch b[k] {
                    case UInt8(ascii: "&"): out += "&amp;".utf8
                    case UInt8(ascii: "<"): out += "&lt;".utf8
                    case UInt8(ascii: ">"): out += "&gt;".utf8
                    default: out.append(b[k])
                    }
                }
                closeAll(0)
                return true
            }
            let inner = b[(lt + 1)..<gt]
            if inner.contains(where: { $0 >= 0x80 }) {
                out.removeSubrange(start...)
                return false
            }
            i = gt + 1
            if inner.first == UInt8(ascii: "/") {
                var name = inner.dropFirst()
                while let last = name.last, last == 0x20 || last == 0x09 { name = name.dropLast() }
                while let first = name.first, first == 0x20 || first == 0x09 { name = name.dropFirst() }
                if let code = tagCode(name.lazy.map(lowercase)), let k = open.lastIndex(of: code) { closeAll(k) }
                continue
            }
            let (name, attributes) = parseTag(bytes: inner)
            guard let code = tagCode(name.lazy.map(lowercase)) else { continue }
            let selfClosing = inner.last == UInt8(ascii: "/")
            /// The value of the last attribute named `key` (as `parseTag`'s dictionary keeps it).
            func attribute(_ key: String) -> String? {
                attributes.last { $0.key.lazy.map(lowercase).elementsEqual(key.utf8) }.map { String(decoding: $0.value, as: UTF8.self) }
            }
            switch code {
            case 9:
                if let color = attribute("foreground") ?? attribute("color") ?? attribute("fgcolor"), isSafeColor(color) {
                    out += "<span style=\"color:\(color)\">".utf8
                } else {
                    out += "<span>".utf8
                }
            case 10:
                let href = attribute("href") ?? ""
                if isSafeLink(href) {
                    out += "<a href=\"".utf8
                    out += href.utf8
                    out += "\">".utf8
                } else if let name = attribute("name"), isSafeName(name) {
                    out += "<a id=\"".utf8
                    out += name.utf8
                    out += "\">".utf8
                } else {
                    out += "<span>".utf8
                    if !selfClosing { open.append(9) } else { out += "</span>".utf8 }
                    continue
                }
            default:
                out += openings[code]
            }
            if selfClosing { out += closings[code] } else { open.append(code) }
        }
        closeAll(0)
        return true
    }

    static func find(_ byte: UInt8, _ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var k = from
        while k < b.count {
            if b[k] == byte { return k }
            k += 1
        }
        return nil
    }

    private static func lowercase(_ c: UInt8) -> UInt8 { c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c + 32 : c }

    /// `Unicode.Scalar.Properties.isWhitespace` for ASCII: tab to carriage return, and space.
    private static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || (0x09...0x0D).contains(c) }

    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// `parseTag` on an ASCII tag: its name and its attributes in order, as slices of the tag
    /// (name and keys not yet lower-cased; a later attribute of the same key wins, as in
    /// `parseTag`'s dictionary).
    static func parseTag(bytes s: Bytes) -> (Bytes, [(key: Bytes, value: Bytes)]) {
        var i = s.startIndex
        let end = s.endIndex
        while i < end, !isWhitespace(s[i]), s[i] != UInt8(ascii: "/") { i += 1 }
        let name = s[s.startIndex..<i]
        var attributes: [(key: Bytes, value: Bytes)] = []
        while i < end {
            while i < end, isWhitespace(s[i]) || s[i] == UInt8(ascii: "/") { i += 1 }
            let keyStart = i
            while i < end, s[i] != UInt8(ascii: "="), !isWhitespace(s[i]) { i += 1 }
            let key = s[keyStart..<i]
            guard i < end, s[i] == UInt8(ascii: "=") else { break }
            i += 1
            guard i < end, s[i] == UInt8(ascii: "\"") || s[i] == UInt8(ascii: "'") else { break }
            let quote = s[i]
            i += 1
            let valueStart = i
            while i < end, s[i] != quote { i += 1 }
            attributes.append((key, s[valueStart..<min(i, end)]))
            i += 1
        }
        return (name, attributes)
    }
}
