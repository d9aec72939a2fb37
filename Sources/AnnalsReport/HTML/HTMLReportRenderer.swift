import AnnalsCore
import AnnalsRender
import Foundation

/// Writes a `ReportDocument` — the same one the PDF is drawn from — as one self-contained HTML page.
///
/// Self-contained: the charts are the renderer's own SVG output inlined, the style sheet is inline,
/// and a Content-Security-Policy forbids loading anything else, so the page works offline and as an
/// e-mail attachment. Readable on a phone: a viewport meta tag, fluid charts and tables that scroll
/// sideways inside their own box. Citation markers link to row N of the sources table (the
/// report markup's own `<a href="#source-N">` links, and bare marker cells).
public struct HTMLReportRenderer: Sendable {
    /// Width in points the charts are drawn at before scaling to the page (about two PDF text widths).
    public var chartWidth: Int

    public init(chartWidth: Int = 960) {
        self.chartWidth = chartWidth
    }

    /// The page as one string (for small documents and tests; `write` streams it).
    public func html(_ report: ReportDocument, scratch: URL) throws -> String {
        var page = ""
        try write(report, scratch: scratch) { page += $0 }
        return page
    }

    /// The page, handed to `emit` piece by piece in order: one block at a time, so the memory it
    /// needs is one block's HTML, whatever the length of the report. Charts are drawn to SVG files
    /// in `scratch` (a folder the caller owns and removes), each deleted once inlined.
    /// Complexity: O(size of the document).
    public func write(_ report: ReportDocument, scratch: URL, to emit: (String) throws -> Void) throws {
        // First pass, no rendering: heading ids, the contents, and the sources list's numbers
        // (citation markers anywhere on the page link to those rows).
        var usedIDs = Set<String>()
        var headingIDs: [String] = []
        var contents: [(id: String, title: String)] = []
        var sourcesTable: Int?
        var sourceNumbers = Set<Int>()
        for (i, block) in report.blocks.enumerated() {
            if case .heading(let level, let text) = block {
                let id = uniqueID(Self.slug(text), &usedIDs)
                headingIDs.append(id)
                if min(max(level, 1), 3) == 2 { contents.append((id, text)) }
            } else if case .table(let table) = block, sourcesTable == nil, Self.isSourcesTable(table) {
                sourcesTable = i
                for row in table.rows { if let n = row.first.flatMap({ Self.markerNumber(Self.stripTags($0)) }) { sourceNumbers.insert(n) } }
            }
        }
        try emit(head(report))
        // A table of contents after the title: on a phone the sections are far apart.
        let navigation = contents.count > 1
            ? "<nav aria-label=\"Contents\"><ul>" + contents.map { "<li><a href=\"#\($0.id)\">\(HTMLText.escape($0.title))</a></li>" }.joined() + "</ul></nav>"
            : nil
        var chartCount = 0
        var headingCount = 0
        var emitted = 0
        var numbers = Set<Int>()
        for (i, block) in report.blocks.enumerated() {
            var html: String?
            var tableBytes: [UInt8]?
            if case .heading(let level, let text) = block {
                let l = min(max(level, 1), 3)
                html = "<h\(l) id=\"\(headingIDs[headingCount])\">\(HTMLText.escape(text))</h\(l)>"
                headingCount += 1
            } else if case .paragraph(let markup) = block {
                html = "<p>\(PangoToHTML.convert(markup))</p>"
            } else if case .timeline(let chart, _) = block {
                // The proportions of the report command's timeline.png: lanes need height, not width.
                chartCount += 1
                let file = scratch.appendingPathComponent("chart\(chartCount).svg")
                let height = Double(min(1200, max(640, 360 + chart.lanes.count * 170))) * Double(chartWidth) / 2400
                try ChartRenderer().render(chart, to: file, format: .svg, width: chartWidth, height: Int(height.rounded()))
                html = try figure(file, number: chartCount, label: chart.title, kind: "timeline")
            } else if case .casualties(let chart, _) = block {
                // As casualties.png: about 600 points wide, 70 per bar.
                chartCount += 1
                let file = scratch.appendingPathComponent("chart\(chartCount).svg")
                let width = chartWidth * 3 / 4
                let height = Double(max(600, chart.bars.count * 70 + 260)) * Double(width) / 1600
                try ChartRenderer().render(chart, to: file, format: .svg, width: width, height: Int(height.rounded()))
                html = try figure(file, number: chartCount, label: chart.title, kind: "casualties")
            } else if case .units(let chart, let height) = block, chart.total <= UnitChart.maximumTotal {
                // As wide as the casualty chart, with the report figure's proportions (text width about 480 pt).
                chartCount += 1
                let file = scratch.appendingPathComponent("chart\(chartCount).svg")
                let width = chartWidth * 3 / 4
                let h = max(200, height * Double(width) / 480)
                try ChartRenderer().render(chart, to: file, format: .svg, width: width, height: Int(h.rounded()))
                html = try figure(file, number: chartCount, label: chart.title, kind: "units")
            } else if case .units(let chart, _) = block {
                // Too many people for one mark each: the note the PDF figure shows instead.
                html = "<p><i>\(HTMLText.escape(chart.title)): \(chart.total) people, too many to draw one mark a person.</i></p>"
            } else if case .table(let table) = block {
                tableBytes = []
                html = tableHTML(table, sourceRows: i == sourcesTable, numbers: &numbers, linking: sourceNumbers)
            }
            // Spacers and page breaks have no meaning on a web page.
            guard let html else { continue }
            // A table never starts with "<h1".
            let isTitle = tableBytes == nil && html.hasPrefix("<h1")
            if emitted > 0 { try emit("\n") }
            if emitted == 0, !isTitle, let navigation { try emit(navigation + "\n") }
            if tableBytes != nil {
                try emit(html)
            } else {
                try emit(Self.linkCitations(html, to: sourceNumbers))
            }
            if emitted == 0, isTitle, let navigation { try emit("\n" + navigation) }
            emitted += 1
        }
        if emitted == 0, let navigation { try emit(navigation) }
        try emit(foot(report))
    }

    /// The sources list: a table whose every row starts with its "[N]" number.
    static func isSourcesTable(_ table: Table) -> Bool {
        !table.rows.isEmpty && table.rows.allSatisfy { $0.first.flatMap { markerNumber(stripTags($0)) } != nil }
    }

    /// Markup without its tags ("<a name=\"x\"/>[3]" → "[3]").
    static func stripTags(_ markup: String) -> String {
        guard markup.contains("<") else { return markup }
        var out = ""
        var inTag = false
        for ch in markup {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { out.append(ch) }
        }
        return out
    }

    private func figure(_ file: URL, number: Int, label: String, kind: String) throws -> String {
        let svg = try String(contentsOf: file, encoding: .utf8)
        try? FileManager.default.removeItem(at: file)
        return "<figure class=\"\(kind)\">" + InlineSVG.inline(svg, idPrefix: "c\(number)", label: label) + "</figure>"
    }

    /// Rows a table is cut into to convert on several cores.
    static let rowsPerChunk = 2_000

    /// The table as HTML with its citation markers linked: each cell converted once, the rows in
    /// chunks on all cores (a large report has hundreds of thousands of cells), joined in order.
    /// The same bytes as converting and linking the whole table in one pass: each chunk starts
    /// and ends outside any link (checked; else the table is linked in one pass).
    /// Complexity: O(size of the table).
    private func tableHTML(_ table: Table, sourceRows: Bool, numbers: inout Set<Int>, linking sourceNumbers: Set<Int>) -> String {
        // Which rows are a source's destination: the first row of each number, in order.
        var rowIDs = [Int?](repeating: nil, count: table.rows.count)
        if sourceRows {
            for (r, row) in table.rows.enumerated() {
                guard let first = row.first, let n = Self.markerNumber(Self.stripTags(first)), !numbers.contains(n) else { continue }
                numbers.insert(n)
                // The row is the destination, unless the markup declares one itself.
                if !row.contains(where: { $0.contains("name=\"source-\(n)\"") }) { rowIDs[r] = n }
            }
        }
        var head: [UInt8] = []
        head += "<div class=\"table\"><table>\n<thead><tr>".utf8
        for h in table.header {
            head += "<th scope=\"col\">".utf8
            head += HTMLText.escape(h).utf8
            head += "</th>".utf8
        }
        head += "</tr></thead>\n<tbody>\n".utf8
        let tail = Array("</tbody></table></div>".utf8)
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        let chunks = stride(from: 0, to: table.rows.count, by: Self.rowsPerChunk).map { $0..<min($0 + Self.rowsPerChunk, table.rows.count) }
        // Each chunk is converted and linked on its own core; nil marks a chunk that cannot be
        // linked alone (it would end inside a link), and then the whole table is linked in one pass.
        let converted = ResultSlots<(html: [UInt8], linked: [UInt8]?)>(count: chunks.count)
        let ids = rowIDs
        DispatchQueue.concurrentPerform(iterations: chunks.count) { k in
            let html = Self.rowsHTML(table.rows[chunks[k]], ids: ids[chunks[k]], columns: columns)
            let linked = sourceNumbers.isEmpty ? nil : html.withUnsafeBufferPointer { Self.linkedBytes($0, to: sourceNumbers, balanced: true) }
            converted.set(k, (html, linked))
        }
        let pieces = converted.values()
        if !sourceNumbers.isEmpty {
            var linked: [UInt8] = []
            for piece in [(html: head, linked: [UInt8]?.none)] + pieces + [(html: tail, linked: [UInt8]?.none)] {
                guard let part = piece.linked ?? piece.html.withUnsafeBufferPointer({ Self.linkedBytes($0, to: sourceNumbers, balanced: true) }) else {
                    return Self.linkCitations(bytes: Array(([head] + pieces.map(\.html) + [tail]).joined()), to: sourceNumbers)
                }
                linked += part
            }
            return String(decoding: linked, as: UTF8.self)
        }
        return String(decoding: Array(([head] + pieces.map(\.html) + [tail]).joined()), as: UTF8.self)
    }

    /// The `<tr>` lines of `rows`, unlinked.
    private static func rowsHTML(_ rows: ArraySlice<[String]>, ids: ArraySlice<Int?>, columns: Int) -> [UInt8] {
        var html: [UInt8] = []
        var cell: [UInt8] = []
        for (row, id) in zip(rows, ids) {
            if let id { html += "<tr id=\"source-\(id)\">".utf8 } else { html += "<tr>".utf8 }
            for c in 0..<columns {
                cell.removeAll(keepingCapacity: true)
                if c < row.count, !PangoToHTML.append(row[c], to: &cell) { cell += PangoToHTML.convertByCharacters(row[c]).utf8 }
                if let link = plainLink(cell) {
                    html += "<td><a href=\"\(link)\">\(link)</a></td>".utf8
                } else {
                    html += "<td>".utf8
                    html += cell
                    html += "</td>".utf8
                }
            }
            html += "</tr>\n".utf8
        }
        return html
    }

    /// The cell when it is nothing but a safe web address (`!cell.contains("<")`, `isSafeLink`,
    /// not an in-page "#" link), to be made a link. Most cells are told apart by their first byte.
    static func plainLink(_ cell: [UInt8]) -> String? {
        guard let first = cell.first else { return nil }
        // An ASCII first character other than h, H or # cannot start "http://", "https://" or "#".
        if first < 0x80, first != UInt8(ascii: "h"), first != UInt8(ascii: "H"), first != UInt8(ascii: "#") { return nil }
        let text = String(decoding: cell, as: UTF8.self)
        guard !text.contains("<"), PangoToHTML.isSafeLink(text), !text.hasPrefix("#") else { return nil }
        return text
    }

    /// N of a cell that is exactly "[N]".
    static func markerNumber(_ cell: String) -> Int? {
        guard cell.hasPrefix("["), cell.hasSuffix("]") else { return nil }
        return Int(cell.dropFirst().dropLast())
    }

    /// "Casualty figures" → "casualty-figures"; ASCII letters and digits only.
    static func slug(_ text: String) -> String {
        var s = ""
        for ch in text.lowercased() {
            if ch.isASCII && (ch.isLetter || ch.isNumber) { s.append(ch) } else if !s.isEmpty && s.last != "-" { s.append("-") }
        }
        while s.last == "-" { s.removeLast() }
        return s.isEmpty ? "section" : s
    }

    private func uniqueID(_ base: String, _ used: inout Set<String>) -> String {
        var id = base, n = 2
        while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
        used.insert(id)
        return id
    }

    /// Everything before the body's first block.
    private func head(_ report: ReportDocument) -> String {
        let title = HTMLText.escape(report.metadata.title)
        var head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="generator" content="Annals">
        <title>\(title)</title>

        """
        if !report.metadata.subject.isEmpty { head += "<meta name=\"description\" content=\"\(HTMLText.escape(report.metadata.subject))\">\n" }
        if !report.metadata.author.isEmpty { head += "<meta name=\"author\" content=\"\(HTMLText.escape(report.metadata.author))\">\n" }
        return head + "<style>\n" + Self.styleSheet + "</style>\n</head>\n<body>\n<main>\n"
    }

    /// Everything after the body's last block.
    private func foot(_ report: ReportDocument) -> String {
        "\n</main>\n<footer><p>\(HTMLText.escape(report.headerText)). Generated by Annals: automated extraction; every figure names its sources.</p></footer>\n</body>\n</html>\n"
    }

    static let styleSheet = """
    :root { color-scheme: light; --text: #1d1d1f; --muted: #555; --rule: #d0d0d0; --accent: #1f5fa8; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #fff; color: var(--text); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; -webkit-text-size-adjust: 100%; }
    main, footer { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
    h1 { font-size: 1.7rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
    h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }
    p { margin: .5rem 0; overflow-wrap: anywhere; }
    figure { margin: 1rem 0; }
    figure svg { display: block; width: 100%; height: auto; }
    .table { overflow-x: auto; margin: .6rem 0 1rem; -webkit-overflow-scrolling: touch; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); overflow-wrap: break-word; }
    td a { overflow-wrap: anywhere; }
    th { background: #f3f3f5; white-space: nowrap; }
    tr:target { background: #fff4c2; }
    a { color: var(--accent); }
    nav ul { list-style: none; padding: 0; margin: .4rem 0 1rem; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .95rem; }
    a.cite { text-decoration: none; }
    footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); }
    @media (max-width: 600px) {
      body { font-size: 15px; } h1 { font-size: 1.4rem; }
      table { font-size: .82rem; min-width: 34rem; } th, td { padding: .25rem .35rem; }
      figure.timeline { overflow-x: auto; } figure.timeline svg { min-width: 44rem; }
    }

    """
}
