/// Citation markers made links to the sources list: "[3]" in a table's number or sources cell
/// becomes a link to row 3, on UTF-8 bytes where the text allows, by characters elsewhere.
extension HTMLReportRenderer {
    /// A run of text that is only citation markers ("[1]", "[1][2]") — a table's number or sources
    /// cell — becomes links to those sources, unless it is already inside a link. Markers inside
    /// prose or quoted source text are left alone: there "[2]" may be the source's own words.
    static func linkCitations(_ html: String, to numbers: Set<Int>) -> String {
        guard !numbers.isEmpty else { return html }
        var html = html
        if let linked = html.withUTF8({ linkedBytes($0, to: numbers) }) { return String(decoding: linked, as: UTF8.self) }
        return linkCitationsByCharacters(html, to: numbers)
    }

    static func linkCitations(bytes html: [UInt8], to numbers: Set<Int>) -> String {
        if numbers.isEmpty { return String(decoding: html, as: UTF8.self) }
        if let linked = html.withUnsafeBufferPointer({ linkedBytes($0, to: numbers) }) { return String(decoding: linked, as: UTF8.self) }
        return linkCitationsByCharacters(String(decoding: html, as: UTF8.self), to: numbers)
    }

    /// `linkCitations` on UTF-8 bytes, in one pass; nil where a `Character` is not what its bytes
    /// look like (see `ASCIIClusters`), for `linkCitationsByCharacters` to do.
    /// With `balanced`, also nil when the text does not end outside any link (a piece of a table
    /// linked on its own must leave the next piece where a whole pass would).
    static func linkedBytes(_ b: UnsafeBufferPointer<UInt8>, to numbers: Set<Int>, balanced: Bool = false) -> [UInt8]? {
        guard ASCIIClusters.hold(b) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 4)
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">")
        let anchorOpen = Array("<a ".utf8), anchorBare = Array("<a>".utf8), anchorClose = Array("</a>".utf8)
        var anchorDepth = 0
        var i = 0
        let n = b.count
        while i < n {
            if b[i] == lt {
                let end = PangoToHTML.find(gt, b, from: i).map { $0 + 1 } ?? n
                let tag = b[i..<end]
                if tag.starts(with: anchorOpen) || tag.elementsEqual(anchorBare) { anchorDepth += 1 }
                if tag.elementsEqual(anchorClose) { anchorDepth = max(0, anchorDepth - 1) }
                out += tag
                i = end
                continue
            }
            let end = PangoToHTML.find(lt, b, from: i) ?? n
            let text = b[i..<end]
            i = end
            if anchorDepth == 0, text.first == UInt8(ascii: "["), let markers = markerRun(bytes: text), markers.allSatisfy(numbers.contains) {
                for m in markers { out += "<a class=\"cite\" href=\"#source-\(m)\">[\(m)]</a>".utf8 }
            } else {
                out += text
            }
        }
        if balanced && anchorDepth != 0 { return nil }
        return out
    }

    /// `markerRun` on ASCII-clustered bytes.
    static func markerRun(bytes text: Slice<UnsafeBufferPointer<UInt8>>) -> [Int]? {
        var numbers: [Int] = []
        var j = text.startIndex
        while j < text.endIndex, text[j] == UInt8(ascii: "[") {
            guard let close = text[j...].firstIndex(of: UInt8(ascii: "]")),
                  let n = Int(String(decoding: text[(j + 1)..<close], as: UTF8.self)) else { return nil }
            numbers.append(n)
            j = close + 1
        }
        return j == text.endIndex && !numbers.isEmpty ? numbers : nil
    }

    /// `linkCitations`, the reference: `Character` by `Character`.
    static func linkCitationsByCharacters(_ html: String, to numbers: Set<Int>) -> String {
        guard !numbers.isEmpty else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var anchorDepth = 0
        var rest = Substring(html)
        while !rest.isEmpty {
            if rest.first == "<" {
                let end = rest.firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
                let tag = rest[..<end]
                if tag.hasPrefix("<a ") || tag == "<a>" { anchorDepth += 1 }
                if tag == "</a>" { anchorDepth = max(0, anchorDepth - 1) }
                out += tag
                rest = rest[end...]
                continue
            }
            let end = rest.firstIndex(of: "<") ?? rest.endIndex
            let text = rest[..<end]
            rest = rest[end...]
            if anchorDepth == 0, let markers = markerRun(text), markers.allSatisfy(numbers.contains) {
                out += markers.map { "<a class=\"cite\" href=\"#source-\($0)\">[\($0)]</a>" }.joined()
            } else {
                out += text
            }
        }
        return out
    }

    /// The numbers of a text that is nothing but "[N]" markers, else nil.
    static func markerRun(_ text: Substring) -> [Int]? {
        var numbers: [Int] = []
        var rest = text
        while let open = rest.first, open == "[" {
            guard let close = rest.firstIndex(of: "]"), let n = Int(rest[rest.index(after: rest.startIndex)..<close]) else { return nil }
            numbers.append(n)
            rest = rest[rest.index(after: close)...]
        }
        return rest.isEmpty && !numbers.isEmpty ? numbers : nil
    }
}
