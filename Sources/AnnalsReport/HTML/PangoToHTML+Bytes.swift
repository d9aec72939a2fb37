/// `PangoToHTML.convert` on UTF-8 bytes: one pass, appending to a byte buffer, no `Character`
/// indexing — a large report converts hundreds of thousands of cells.
///
/// Exactly `convertByCharacters` wherever it applies: every ASCII character of the markup is a
/// grapheme cluster of its own (`ASCIIClusters`) and every tag is ASCII. Elsewhere it appends
/// nothing and returns false, and the caller converts by characters.
extension PangoToHTML {
    /// The HTML names of the tags, by code (an open tag is remembered by its code).
    private static let tagNames: [[UInt8]] = ["b", "i", "u", "s", "sub", "sup", "small", "big", "code", "span", "a"].map { Array($0.utf8) }

    /// The code of `htmlName(pango)` for an ASCII lower-case tag name, nil when it is dropped.
    private static func tagCode(_ name: [UInt8]) -> Int? {
        if name == Array("tt".utf8) { return 8 }
        if name == Array("code".utf8) { return nil }
        return tagNames.firstIndex(of: name)
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
            for code in open[from...].reversed() { out += Self.closing(code) }
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
                    case UInt8(ascii: "&"): out += Array("&amp;".utf8)
                    case UInt8(ascii: "<"): out += Array("&lt;".utf8)
                    case UInt8(ascii: ">"): out += Array("&gt;".utf8)
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
                var name = Array(inner.dropFirst())
                while let last = name.last, last == 0x20 || last == 0x09 { name.removeLast() }
                while let first = name.first, first == 0x20 || first == 0x09 { name.removeFirst() }
                if let code = tagCode(lowercased(name)), let k = open.lastIndex(of: code) { closeAll(k) }
                continue
            }
            let (name, attributes) = parseTag(bytes: inner)
            guard let code = tagCode(name) else { continue }
            let selfClosing = inner.last == UInt8(ascii: "/")
            func attribute(_ key: String) -> String? { attributes.last { $0.key == key }?.value }
            switch code {
            case 9:
                if let color = attribute("foreground") ?? attribute("color") ?? attribute("fgcolor"), isSafeColor(color) {
                    out += Array("<span style=\"color:\(color)\">".utf8)
                } else {
                    out += Array("<span>".utf8)
                }
            case 10:
                let href = attribute("href") ?? ""
                if isSafeLink(href) {
                    out += Array("<a href=\"\(href)\">".utf8)
                } else if let name = attribute("name"), isSafeName(name) {
                    out += Array("<a id=\"\(name)\">".utf8)
                } else {
                    out += Array("<span>".utf8)
                    if !selfClosing { open.append(9) } else { out += Array("</span>".utf8) }
                    continue
                }
            default:
                out.append(UInt8(ascii: "<"))
                out += tagNames[code]
                out.append(UInt8(ascii: ">"))
            }
            if selfClosing { out += closing(code) } else { open.append(code) }
        }
        closeAll(0)
        return true
    }

    private static func closing(_ code: Int) -> [UInt8] { [UInt8(ascii: "<"), UInt8(ascii: "/")] + tagNames[code] + [UInt8(ascii: ">")] }

    static func find(_ byte: UInt8, _ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var k = from
        while k < b.count {
            if b[k] == byte { return k }
            k += 1
        }
        return nil
    }

    private static func lowercased(_ name: [UInt8]) -> [UInt8] {
        name.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
    }

    /// `Unicode.Scalar.Properties.isWhitespace` for ASCII: tab to carriage return, and space.
    private static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || (0x09...0x0D).contains(c) }

    /// `parseTag` on an ASCII tag: its lower-case name and its attributes in order (a later one
    /// of the same key wins, as in `parseTag`'s dictionary).
    static func parseTag(bytes s: Slice<UnsafeBufferPointer<UInt8>>) -> ([UInt8], [(key: String, value: String)]) {
        let s = Array(s)
        var i = 0
        var name: [UInt8] = []
        while i < s.count, !isWhitespace(s[i]), s[i] != UInt8(ascii: "/") { name.append(s[i]); i += 1 }
        var attributes: [(key: String, value: String)] = []
        while i < s.count {
            while i < s.count, isWhitespace(s[i]) || s[i] == UInt8(ascii: "/") { i += 1 }
            let keyStart = i
            while i < s.count, s[i] != UInt8(ascii: "="), !isWhitespace(s[i]) { i += 1 }
            let key = lowercased(Array(s[keyStart..<i]))
            guard i < s.count, s[i] == UInt8(ascii: "=") else { break }
            i += 1
            guard i < s.count, s[i] == UInt8(ascii: "\"") || s[i] == UInt8(ascii: "'") else { break }
            let quote = s[i]
            i += 1
            let valueStart = i
            while i < s.count, s[i] != quote { i += 1 }
            let value = s[valueStart..<min(i, s.count)]
            i += 1
            attributes.append((String(decoding: key, as: UTF8.self), String(decoding: value, as: UTF8.self)))
        }
        return (lowercased(name), attributes)
    }
}
