/// The text frame of a page.
struct PageGeometry: Sendable {
    var width: Double
    var height: Double
    var marginLeft = 56.0
    var marginRight = 56.0
    var marginTop = 64.0
    var marginBottom = 60.0

    var textWidth: Double { width - marginLeft - marginRight }
    var textTop: Double { marginTop }
    var textBottom: Double { height - marginBottom }
    var textHeight: Double { textBottom - textTop }
}

/// The paginated body: marks per page, and where each heading landed (for the PDF outline).
struct PaginatedReport: Sendable {
    struct OutlineEntry: Sendable, Equatable {
        var level: Int
        var title: String
        var page: Int  // 0-based
        var y: Double
    }

    var pages: [[Mark]]
    var outline: [OutlineEntry]
}

/// Lays flowables into pages: a single pass that keeps headings with what follows, splits
/// paragraphs by lines and tables by rows (repeating the header), and moves figures whole.
/// Complexity: O(total lines + rows + blocks).
struct ReportPaginator {
    let measurer: TextMeasuring
    let page: PageGeometry

    static let paragraphStyle = TextStyle(font: FontSpec(size: 10), markup: true)
    static let cellStyle = TextStyle(font: FontSpec(size: 9), markup: true)
    static let headerCellStyle = TextStyle(font: FontSpec(size: 9, bold: true), markup: true)
    static let cellPadX = 4.0
    static let cellPadY = 3.0

    static func headingStyle(_ level: Int) -> TextStyle {
        let size: Double = level <= 1 ? 16 : level == 2 ? 13 : 11
        return TextStyle(font: FontSpec(size: size, bold: true))
    }

    static func headingSpace(_ level: Int) -> (before: Double, after: Double) {
        level <= 1 ? (18, 8) : level == 2 ? (14, 6) : (10, 4)
    }

    private struct State {
        var pages: [[Mark]] = []
        var marks: [Mark] = []
        var y: Double
        var hasContent = false
        var outline: [PaginatedReport.OutlineEntry] = []
    }

    func paginate(_ blocks: [Flowable]) -> PaginatedReport {
        var s = State(y: page.textTop)
        for (index, block) in blocks.enumerated() {
            switch block {
            case let .heading(level, text):
                let style = ChartText.wrapped(Self.headingStyle(level), page.textWidth)
                let h = measurer.measure(text, style: style).height
                let space = Self.headingSpace(level)
                if s.hasContent { s.y += space.before }
                let next = index + 1 < blocks.count ? minimumHeight(of: blocks[index + 1]) : 0
                if s.hasContent, s.y + h + space.after + next > page.textBottom { newPage(&s) }
                s.outline.append(.init(level: level, title: text, page: s.pages.count, y: s.y))
                s.marks.append(.text(text, at: Point(x: page.marginLeft, y: s.y), style: style))
                s.y += h + space.after
                s.hasContent = true
            case let .paragraph(markup):
                placeParagraph(markup, &s)
            case let .timeline(chart, height):
                placeChart(height, &s) { TimelineLayoutEngine(measurer: measurer).layout(chart, size: $0).scene }
            case let .casualties(chart, height):
                placeChart(height, &s) { CasualtyLayoutEngine(measurer: measurer).layout(chart, size: $0).scene }
            case let .units(chart, height):
                placeChart(height, &s) { UnitChartLayoutEngine(measurer: measurer).layout(chart, size: $0).scene }
            case let .table(table):
                placeTable(table, &s)
            case let .spacer(amount):
                guard s.hasContent else { continue }
                s.y += max(0, amount)
                if s.y > page.textBottom { newPage(&s) }
            case .pageBreak:
                if s.hasContent { newPage(&s) }
            }
        }
        s.pages.append(s.marks)
        return PaginatedReport(pages: s.pages, outline: s.outline)
    }

    private func newPage(_ s: inout State) {
        s.pages.append(s.marks)
        s.marks = []
        s.y = page.textTop
        s.hasContent = false
    }

    private func figureHeight(_ requested: Double) -> Double {
        min(max(40, requested), page.textHeight)
    }

    /// The least of a block that must follow a heading on the same page.
    private func minimumHeight(of block: Flowable) -> Double {
        switch block {
        case let .paragraph(markup):
            let lines = measurer.lines(markup, style: ChartText.wrapped(Self.paragraphStyle, page.textWidth))
            guard let first = lines.first else { return 0 }
            return lines[min(1, lines.count - 1)].bottom - first.top
        case let .heading(level, text):
            return measurer.measure(text, style: ChartText.wrapped(Self.headingStyle(level), page.textWidth)).height
        case let .timeline(_, height), let .casualties(_, height), let .units(_, height):
            return figureHeight(height)
        case let .table(table):
            let widths = table.columnWidths(total: page.textWidth)
            return rowHeight(table.header, widths, Self.headerCellStyle) + (table.rows.first.map { rowHeight($0, widths, Self.cellStyle) } ?? 0)
        case .spacer, .pageBreak:
            return 0
        }
    }

    private func placeParagraph(_ markup: String, _ s: inout State) {
        let style = ChartText.wrapped(Self.paragraphStyle, page.textWidth)
        let lines = measurer.lines(markup, style: style)
        var i = 0
        while i < lines.count {
            var j = i
            while j < lines.count, s.y + (lines[j].bottom - lines[i].top) <= page.textBottom + 0.01 { j += 1 }
            if j == i {
                if s.hasContent { newPage(&s); continue }
                j = i + 1  // a line taller than the page: place it anyway rather than loop
            }
            if j < lines.count {
                // No orphan (a paragraph's first line alone at a page's foot) and no widow (its last line alone on top).
                if i == 0, j == 1, s.hasContent { newPage(&s); continue }
                if lines.count - j == 1 {
                    if j - i >= 3 { j -= 1 } else if i == 0, s.hasContent { newPage(&s); continue }
                }
            }
            s.marks.append(.textLines(markup, at: Point(x: page.marginLeft, y: s.y), style: style, lines: i..<j))
            s.y += lines[j - 1].bottom - lines[i].top
            s.hasContent = true
            i = j
            if i < lines.count { newPage(&s) }  // the rest continues on the next page
        }
        s.y += 6
    }

    /// A chart as a figure: laid out at the text width, on the page's own background.
    private func placeChart(_ height: Double, _ s: inout State, layout: (Size) -> Scene) {
        placeFigure(height: figureHeight(height), &s) { size in
            var scene = layout(size)
            scene.background = nil
            return scene
        }
    }

    private func placeFigure(height: Double, _ s: inout State, scene: (Size) -> Scene) {
        if s.hasContent, s.y + height > page.textBottom { newPage(&s) }
        let figure = scene(Size(width: page.textWidth, height: height))
        s.marks.append(.group(figure, offset: Point(x: page.marginLeft, y: s.y)))
        s.y += height + 8
        s.hasContent = true
    }

    private func rowHeight(_ cells: [String], _ widths: [Double], _ style: TextStyle) -> Double {
        var h = 0.0
        for (k, width) in widths.enumerated() where k < cells.count {
            h = max(h, measurer.measure(cells[k], style: ChartText.wrapped(style, width - 2 * Self.cellPadX)).height)
        }
        if h == 0 { h = measurer.measure("Ag", style: style).height }
        return h + 2 * Self.cellPadY
    }

    private func placeTable(_ table: Table, _ s: inout State) {
        let widths = table.columnWidths(total: page.textWidth)
        let headerHeight = table.header.isEmpty ? 0 : rowHeight(table.header, widths, Self.headerCellStyle)
        let rowHeights = table.rows.map { rowHeight($0, widths, Self.cellStyle) }
        let firstRow = rowHeights.first ?? 0
        if s.hasContent, s.y + headerHeight + firstRow > page.textBottom { newPage(&s) }
        func drawHeader(_ s: inout State) {
            guard headerHeight > 0 else { return }
            s.marks.append(.rect(Rect(x: page.marginLeft, y: s.y, width: page.textWidth, height: headerHeight), fill: RGBA(hex: 0xECECEC), stroke: nil))
            drawCells(table.header, widths, Self.headerCellStyle, &s)
            s.y += headerHeight
            s.marks.append(.line(Point(x: page.marginLeft, y: s.y), Point(x: page.marginLeft + page.textWidth, y: s.y), Stroke(color: .mutedText, width: 0.8)))
            s.hasContent = true
        }
        drawHeader(&s)
        for (r, row) in table.rows.enumerated() {
            if rowHeights[r] > page.textHeight - headerHeight {
                // Taller than any page: split the row's cells line by line.
                placeTallRow(row, widths, &s) { newPage(&$0); drawHeader(&$0) }
                continue
            }
            if s.y + rowHeights[r] > page.textBottom + 0.01, s.y > page.textTop + headerHeight + 0.01 {
                newPage(&s)
                drawHeader(&s)
            }
            drawCells(row, widths, Self.cellStyle, &s)
            s.y += rowHeights[r]
            s.marks.append(.line(Point(x: page.marginLeft, y: s.y), Point(x: page.marginLeft + page.textWidth, y: s.y), Stroke(color: RGBA(hex: 0xBBBBBB), width: 0.4)))
            s.hasContent = true
        }
        s.y += 8
    }

    /// Places a row taller than a page in fragments: each cell continues where it stopped, under a repeated header.
    private func placeTallRow(_ row: [String], _ widths: [Double], _ s: inout State, continueOnNewPage: (inout State) -> Void) {
        let styles = widths.map { ChartText.wrapped(Self.cellStyle, $0 - 2 * Self.cellPadX) }
        let cellLines = widths.indices.map { k in k < row.count && !row[k].isEmpty ? measurer.lines(row[k], style: styles[k]) : [] }
        var next = [Int](repeating: 0, count: widths.count)
        func unfinished() -> Bool { widths.indices.contains { next[$0] < cellLines[$0].count } }
        var onFreshPage = false
        while unfinished() {
            let available = page.textBottom - s.y - 2 * Self.cellPadY
            var fragmentHeight = 0.0
            var x = page.marginLeft
            for k in widths.indices {
                let lines = cellLines[k]
                let first = next[k]
                var j = first
                while j < lines.count, lines[j].bottom - lines[first].top <= available { j += 1 }
                if j == first, j < lines.count, onFreshPage { j += 1 }  // always progress on a fresh page
                if j > first {
                    s.marks.append(.textLines(row[k], at: Point(x: x + Self.cellPadX, y: s.y + Self.cellPadY), style: styles[k], lines: first..<j))
                    fragmentHeight = max(fragmentHeight, lines[j - 1].bottom - lines[first].top)
                }
                next[k] = j
                x += widths[k]
            }
            if fragmentHeight > 0 {
                s.y += fragmentHeight + 2 * Self.cellPadY
                s.marks.append(.line(Point(x: page.marginLeft, y: s.y), Point(x: page.marginLeft + page.textWidth, y: s.y), Stroke(color: RGBA(hex: 0xBBBBBB), width: 0.4)))
                s.hasContent = true
            }
            if unfinished() {
                continueOnNewPage(&s)
                onFreshPage = true
            }
        }
    }

    private func drawCells(_ cells: [String], _ widths: [Double], _ style: TextStyle, _ s: inout State) {
        var x = page.marginLeft
        for (k, width) in widths.enumerated() {
            if k < cells.count, !cells[k].isEmpty {
                s.marks.append(.text(cells[k], at: Point(x: x + Self.cellPadX, y: s.y + Self.cellPadY), style: ChartText.wrapped(style, width - 2 * Self.cellPadX)))
            }
            x += width
        }
    }
}
