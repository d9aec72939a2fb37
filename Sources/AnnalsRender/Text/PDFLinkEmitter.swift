import CAnnalsCairo

/// Turns the links and anchors of drawn text into Cairo PDF tags: a link annotation (`rect=[…]`)
/// over each line segment of a link's text, a named destination at each anchor.
///
/// Links to destinations that no text of the document declares are not emitted (a dead link is
/// worse than none), and each destination is declared once, at its first occurrence.
final class PDFLinkEmitter {
    /// Every destination name the document declares; links to other names are dropped.
    let knownDestinations: Set<String>
    private(set) var emittedDestinations: Set<String> = []
    private(set) var linkCount = 0

    init(knownDestinations: Set<String>) {
        self.knownDestinations = knownDestinations
    }

    /// Emits the links and anchors of `parsed` that fall on `line`, drawn with the layout's left
    /// edge at `layoutX` and the line's top at `lineTop`. O(links + anchors) per line.
    func emit(line: UnsafeMutablePointer<PangoLayoutLine>, parsed: LinkedMarkup, layoutX: Double, lineTop: Double,
              lineHeight: Double, isLastLine: Bool, on cr: OpaquePointer) {
        let lineStart = Int(line.pointee.start_index)
        let lineEnd = lineStart + Int(line.pointee.length)
        let scale = Double(PANGO_SCALE)
        for link in parsed.links {
            let from = max(link.range.lowerBound, lineStart), to = min(link.range.upperBound, lineEnd)
            guard from < to else { continue }
            let attribute: String
            switch link.target {
            case let .destination(name):
                guard knownDestinations.contains(name) else { continue }
                attribute = "dest='\(Self.quoted(name))'"
            case let .uri(uri):
                attribute = "uri='\(Self.quoted(uri))'"
            }
            var rects: [String] = []
            for (x0, x1) in xRanges(line, from, to) where x1 > x0 {
                rects.append(Self.format(layoutX + Double(x0) / scale, lineTop, Double(x1 - x0) / scale, lineHeight))
            }
            guard !rects.isEmpty else { continue }
            cairo_tag_begin(cr, CAIRO_TAG_LINK, "rect=[\(rects.joined(separator: " "))] \(attribute)")
            cairo_tag_end(cr, CAIRO_TAG_LINK)
            linkCount += 1
        }
        for anchor in parsed.anchors where !emittedDestinations.contains(anchor.name) {
            guard anchor.index >= lineStart, anchor.index < lineEnd || (isLastLine && anchor.index == lineEnd) else { continue }
            let x = layoutX + Double(xRanges(line, anchor.index, max(anchor.index, min(anchor.index + 1, lineEnd))).first?.0 ?? 0) / scale
            emittedDestinations.insert(anchor.name)
            let attributes = "name='\(Self.quoted(anchor.name))' x=\(Self.number(max(0, x))) y=\(Self.number(max(0, lineTop - 2)))"
            cairo_tag_begin(cr, CAIRO_TAG_DEST, attributes)
            cairo_tag_end(cr, CAIRO_TAG_DEST)
        }
    }

    /// The x extents (Pango units, relative to the layout) of bytes `from..<to` of `line`.
    private func xRanges(_ line: UnsafeMutablePointer<PangoLayoutLine>, _ from: Int, _ to: Int) -> [(Int32, Int32)] {
        var ranges: UnsafeMutablePointer<Int32>?
        var count: Int32 = 0
        pango_layout_line_get_x_ranges(line, Int32(from), Int32(to), &ranges, &count)
        guard let ranges else { return [] }
        defer { g_free(ranges) }
        return (0..<Int(count)).map { (ranges[2 * $0], ranges[2 * $0 + 1]) }
    }

    /// A Cairo attribute string value: backslashes and single quotes escaped.
    static func quoted(_ value: String) -> String {
        var out = ""
        for ch in value {
            if ch == "\\" || ch == "'" { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    private static func number(_ v: Double) -> String {
        let rounded = (v * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private static func format(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> String {
        "\(number(x)) \(number(y)) \(number(w)) \(number(h))"
    }
}
