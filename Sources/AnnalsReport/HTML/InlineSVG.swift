import Foundation

/// Makes a stand-alone SVG file (as Cairo writes it) fit for inlining in an HTML page: no XML
/// declaration, ids prefixed so several charts on one page do not share glyph ids, and a root
/// that scales with the page (width 100%, height from the viewBox).
///
/// Cairo names a surface `surfaceN` after a counter shared by the whole process, so the same chart
/// gets other ids when other outputs are drawn at the same time; `surfaceN` ids are renumbered in
/// order of appearance, so the same input gives the same page.
enum InlineSVG {
    static func inline(_ svg: String, idPrefix: String, label: String) -> String {
        var s = renumberSurfaces(svg)
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

    /// Every `surface<digits>` renamed `surface1`, `surface2`, … in order of first appearance. O(n).
    static func renumberSurfaces(_ svg: String) -> String {
        let marker = Array("surface".utf8)
        let bytes = Array(svg.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var i = 0
        while i < bytes.count {
            if bytes[i] == marker[0], i + marker.count < bytes.count, bytes[i..<(i + marker.count)].elementsEqual(marker) {
                var j = i + marker.count
                while j < bytes.count, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") { j += 1 }
                if j > i + marker.count {
                    let key = bytes[(i + marker.count)..<j]
                    let n = numbers[key] ?? (numbers.count + 1)
                    numbers[key] = n
                    out += marker
                    out += Array(String(n).utf8)
                    i = j
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func removeAttribute(_ name: String, from tag: String) -> String {
        guard let start = tag.range(of: " \(name)=\"") else { return tag }
        guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return tag }
        return String(tag[..<start.lowerBound]) + String(tag[tag.index(after: end)...])
    }
}

/// Escaping of plain text for HTML text and attribute values: the same five entities as Pango
/// markup, so one escaper serves both.
enum HTMLText {
    static func escape(_ s: String) -> String { Markup.escape(s) }
}
