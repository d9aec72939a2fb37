import Foundation

/// Makes a stand-alone SVG file (as Cairo writes it) fit for inlining in an HTML page: no XML
/// declaration, ids prefixed so several charts on one page do not share glyph ids, and a root
/// that scales with the page (width 100%, height from the viewBox).
///
/// Cairo names a surface `surfaceN` after a counter shared by the whole process, so the same chart
/// gets other ids when other outputs are drawn at the same time; `surfaceN` ids are renumbered in
/// order of appearance, so the same input gives the same page.
///
/// Why bytes: a timeline of thousands of events is an SVG of several megabytes, and Foundation's
/// `replacingOccurrences` (three passes through UTF-16) cost more than drawing the chart. One pass
/// over the UTF-8 bytes does the renumbering and all three prefixings. Complexity: O(bytes).
enum InlineSVG {
    static func inline(_ svg: String, idPrefix: String, label: String) -> String {
        var bytes = Array(svg.utf8)
        if bytes.starts(with: xmlDeclaration), let end = firstIndex(of: declarationEnd, in: bytes, from: 0) {
            bytes.removeSubrange(0..<(end + declarationEnd.count))
        }
        let out = rewriteIDs(bytes, prefix: Array((idPrefix + "-").utf8))
        guard let open = firstIndex(of: svgOpen, in: out, from: 0),
              let close = out[(open + svgOpen.count)...].firstIndex(of: UInt8(ascii: ">")) else {
            return String(decoding: out, as: UTF8.self)
        }
        var tag = String(decoding: out[open..<close], as: UTF8.self)
        tag = removeAttribute("width", from: tag)
        tag = removeAttribute("height", from: tag)
        tag += " width=\"100%\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\" preserveAspectRatio=\"xMidYMid meet\""
        var page = Array(out[..<open])
        page.reserveCapacity(out.count + tag.utf8.count)
        page += tag.utf8
        page += out[close...]
        return trimmed(page)
    }

    /// Every `surface<digits>` renamed `surface1`, `surface2`, … in order of first appearance. O(n).
    static func renumberSurfaces(_ svg: String) -> String {
        String(decoding: rewriteIDs(Array(svg.utf8), prefix: nil), as: UTF8.self)
    }

    private static let xmlDeclaration = Array("<?xml".utf8)
    private static let declarationEnd = Array("?>".utf8)
    private static let svgOpen = Array("<svg".utf8)
    private static let surface = Array("surface".utf8)
    /// The references that get the prefix after them: `id="`, `href="#`, `url(#`.
    private static let references: [[UInt8]] = ["id=\"", "href=\"#", "url(#"].map { Array($0.utf8) }

    /// Surfaces renumbered and, with a prefix, every id and reference to one prefixed. No two of
    /// the patterns can overlap, so one left-to-right pass gives what replacing each in turn gives.
    private static func rewriteIDs(_ bytes: [UInt8], prefix: [UInt8]?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        let n = bytes.count
        var i = 0
        scan: while i < n {
            let b = bytes[i]
            if b == surface[0], i + surface.count < n, bytes[i..<(i + surface.count)].elementsEqual(surface) {
                var j = i + surface.count
                while j < n, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") { j += 1 }
                if j > i + surface.count {
                    let key = bytes[(i + surface.count)..<j]
                    let number = numbers[key] ?? (numbers.count + 1)
                    numbers[key] = number
                    out += surface
                    out += String(number).utf8
                    i = j
                    continue
                }
            }
            if let prefix, b == UInt8(ascii: "i") || b == UInt8(ascii: "h") || b == UInt8(ascii: "u") {
                for reference in references where b == reference[0] && i + reference.count <= n
                    && bytes[i..<(i + reference.count)].elementsEqual(reference) {
                    out += reference
                    out += prefix
                    i += reference.count
                    continue scan
                }
            }
            out.append(b)
            i += 1
        }
        return out
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        for i in start...(bytes.count - pattern.count) where bytes[i] == pattern[0] {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
        }
        return nil
    }

    /// The text of `bytes` with white space and newlines trimmed from both ends, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` does, without bridging megabytes to
    /// Foundation: ASCII white space is cut from the bytes; an end that is not ASCII (never the
    /// case for Cairo's SVG) goes through Foundation.
    private static func trimmed(_ bytes: [UInt8]) -> String {
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (0x09...0x0D).contains(c) }
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 {
            return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
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
