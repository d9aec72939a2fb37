/// The laid-out unit chart: scene plus the mark geometry tests check.
struct UnitChartLayout: Sendable {
    var scene: Scene
    /// One rectangle per mark, per group, in the chart's group order (empty when not drawn).
    var markRects: [[Rect]]
    /// False when the total is above `UnitChart.maximumTotal` and a note stands in for the marks.
    var drawsMarks: Bool
}

/// Shared unit-chart marks.
///
/// Lean drawing: a row of filled squares is ONE dashed line as thick as a square (dash = square,
/// gap = the space between squares, butt caps), so a group costs one stroke per row, not one
/// drawing call per person. A hollow (remainder) square is its outline: one thin dashed line per
/// row along the tops and one along the bottoms, and one per column down the left and right
/// sides — about 2 × (rows + columns) strokes for the whole group, and no fill in the middle.
/// (A single path of squares joined by out-and-back edges was tried first: PDF viewers draw those
/// zero-area joins as hairlines.)
enum UnitMarks {
    /// `count` squares of side `side`, `pitch` apart, `columns` a row, filled row by row from `origin`.
    static func grid(origin: Point, count: Int, columns: Int, pitch: Double, side: Double, color: RGBA, hollow: Bool) -> [Mark] {
        guard count > 0, columns > 0 else { return [] }
        let rows = (count + columns - 1) / columns
        let dash = [side, max(0, pitch - side)]
        func inRow(_ r: Int) -> Int { min(columns, count - r * columns) }
        var marks: [Mark] = []
        guard hollow else {
            for r in 0..<rows {
                let y = origin.y + Double(r) * pitch + side / 2
                let x1 = origin.x + Double(inRow(r) - 1) * pitch + side
                marks.append(.line(Point(x: origin.x, y: y), Point(x: x1, y: y), Stroke(color: color, width: side, dash: dash)))
            }
            return marks
        }
        // Ring width: about a fifth of the square, at least a hairline, at most half of it.
        let w = min(side / 2, max(0.35, side * 0.18))
        let edge = Stroke(color: color, width: w, dash: dash)
        for r in 0..<rows {
            let top = origin.y + Double(r) * pitch
            let x1 = origin.x + Double(inRow(r) - 1) * pitch + side
            for y in [top + w / 2, top + side - w / 2] {
                marks.append(.line(Point(x: origin.x, y: y), Point(x: x1, y: y), edge))
            }
        }
        let lastRow = count - (rows - 1) * columns
        for c in 0..<min(columns, count) {
            let depth = rows - 1 + (c < lastRow ? 1 : 0)
            let left = origin.x + Double(c) * pitch
            let y1 = origin.y + Double(depth - 1) * pitch + side
            for x in [left + w / 2, left + side - w / 2] {
                marks.append(.line(Point(x: x, y: origin.y), Point(x: x, y: y1), edge))
            }
        }
        return marks
    }

    static func color(of group: UnitGroup, categoryIndex: Int) -> RGBA {
        if group.isRemainder { return .mutedText }
        let c = Palette.color(categoryIndex)
        return group.approximate ? c.lightened(0.4) : c
    }

    /// "Children: 63 (approx.) [1][2]".
    static func legendText(_ group: UnitGroup) -> String {
        var text = "\(group.label): \(NumberText.format(Double(max(0, group.count))))"
        let annotation = group.annotation ?? ""
        if group.approximate, !annotation.lowercased().contains("approx") { text += " (approx.)" }
        if !annotation.isEmpty { text += " " + annotation }
        return text
    }
}

/// Lays out a unit chart: title, a legend with counts, then one block of rows per group (label on
/// the left, one square per person), then the footnote. The square size is the largest that fits
/// every block in the canvas. O(total marks + groups × size steps).
struct UnitChartLayoutEngine {
    let measurer: TextMeasuring
    let margin = 12.0

    func layout(_ chart: UnitChart, size: Size) -> UnitChartLayout {
        let W = size.width, H = size.height, m = margin
        var scene = Scene(size: size, background: .white)
        var y = m
        if !chart.title.isEmpty {
            let style = ChartText.wrapped(ChartText.title, W - 2 * m)
            scene.add(.text(chart.title, at: Point(x: m, y: y), style: style))
            y += measurer.measure(chart.title, style: style).height + 4
        }
        let total = chart.total
        guard total <= UnitChart.maximumTotal else {
            let note = "\(NumberText.format(Double(total))) people: too many to draw one mark a person (a unit chart shows at most "
                + "\(NumberText.format(Double(UnitChart.maximumTotal)))). The casualty figures chart shows these totals as bars."
            scene.add(.text(note, at: Point(x: m, y: y), style: ChartText.wrapped(ChartText.note, W - 2 * m)))
            return UnitChartLayout(scene: scene, markRects: chart.groups.map { _ in [] }, drawsMarks: false)
        }
        var colors: [RGBA] = []
        var categoryIndex = 0
        for g in chart.groups {
            colors.append(UnitMarks.color(of: g, categoryIndex: categoryIndex))
            if !g.isRemainder { categoryIndex += 1 }
        }

        // Scale line and legend: a swatch and "label: count" per group, wrapping.
        let scaleText = "Each square is one person. Total: \(NumberText.format(Double(total)))."
        scene.add(.text(scaleText, at: Point(x: m, y: y), style: ChartText.wrapped(ChartText.legend, W - 2 * m)))
        let lineHeight = measurer.measure("Ag", style: ChartText.legend).height
        y += measurer.measure(scaleText, style: ChartText.wrapped(ChartText.legend, W - 2 * m)).height + 3
        var cx = m
        for (i, g) in chart.groups.enumerated() {
            let text = UnitMarks.legendText(g)
            let w = 12 + measurer.measure(text, style: ChartText.legend).width
            if cx > m, cx + w > W - m { cx = m; y += lineHeight + 3 }
            let swatch = Rect(x: cx, y: y + (lineHeight - 8) / 2, width: 8, height: 8)
            scene.marks += UnitMarks.grid(origin: Point(x: swatch.x, y: swatch.y), count: 1, columns: 1, pitch: 10, side: 8,
                                          color: colors[i], hollow: g.isRemainder)
            var style = ChartText.legend
            style.wrapWidth = max(1, W - m - cx - 12)
            style.ellipsize = true
            scene.add(.text(text, at: Point(x: cx + 12, y: y), style: style))
            cx += w + 14
        }
        y += lineHeight + 8

        let foot = ChartFootnote.place(chart.footnote, in: &scene, measurer: measurer, margin: m, width: W, bottom: H - m, gap: 6)
        let bottom = foot.bottom
        let footnoteIndex = foot.markIndex

        // Label column on the left, marks to its right.
        let labelStyle = TextStyle(font: FontSpec(size: 8, bold: true))
        let labelHeight = measurer.measure("Ag", style: labelStyle).height
        let labelWidth = chart.groups.map { measurer.measure($0.label, style: labelStyle).width }.max() ?? 0
        let labelColumn = min(labelWidth + 10, W * 0.28)
        let area = Rect(x: m + labelColumn, y: y, width: max(1, W - m - (m + labelColumn)), height: max(1, bottom - y))
        let counts = chart.groups.map { max(0, $0.count) }
        let groupGap = 6.0
        let pitch = Self.pitch(counts: counts, area: area, labelHeight: labelHeight, groupGap: groupGap)
        let columns = Self.columns(width: area.width, pitch: pitch)
        let side = pitch * 0.8

        var rects: [[Rect]] = []
        var blockY = area.y
        for (i, g) in chart.groups.enumerated() {
            var labelStyleI = labelStyle
            labelStyleI.color = g.isRemainder ? .mutedText : Palette.color(chart.groups[..<i].filter { !$0.isRemainder }.count)
            labelStyleI.wrapWidth = max(1, labelColumn - 6)
            labelStyleI.ellipsize = true
            scene.add(.text(g.label, at: Point(x: m, y: blockY), style: labelStyleI))
            var group: [Rect] = []
            group.reserveCapacity(counts[i])
            for k in 0..<counts[i] {
                let row = k / columns, col = k % columns
                group.append(Rect(x: area.x + Double(col) * pitch, y: blockY + Double(row) * pitch, width: side, height: side))
            }
            scene.marks += UnitMarks.grid(origin: Point(x: area.x, y: blockY), count: counts[i], columns: columns, pitch: pitch, side: side,
                                          color: colors[i], hollow: g.isRemainder)
            rects.append(group)
            blockY += Self.blockHeight(count: counts[i], columns: columns, pitch: pitch, labelHeight: labelHeight) + groupGap
        }
        // The footnote follows the last block rather than the canvas bottom.
        if let index = footnoteIndex, case let .text(text, at, style) = scene.marks[index] {
            scene.marks[index] = .text(text, at: Point(x: at.x, y: min(at.y, blockY + 2)), style: style)
        }
        return UnitChartLayout(scene: scene, markRects: rects, drawsMarks: true)
    }

    static func columns(width: Double, pitch: Double) -> Int {
        max(1, Int(((width + pitch * 0.2) / pitch).rounded(.down)))
    }

    static func blockHeight(count: Int, columns: Int, pitch: Double, labelHeight: Double) -> Double {
        let rows = (count + columns - 1) / columns
        return max(Double(rows) * pitch, labelHeight)
    }

    /// The largest mark pitch (square plus gap, at most 12 pt) at which every block fits `area`;
    /// shrinks 4 % a step down to 0.5 pt, the floor when nothing larger fits.
    static func pitch(counts: [Int], area: Rect, labelHeight: Double, groupGap: Double) -> Double {
        var pitch = 12.0
        while pitch > 0.5 {
            let columns = Self.columns(width: area.width, pitch: pitch)
            let height = counts.reduce(0) { $0 + blockHeight(count: $1, columns: columns, pitch: pitch, labelHeight: labelHeight) }
                + groupGap * Double(max(0, counts.count - 1))
            if height <= area.height, Double(columns) * pitch - pitch * 0.2 <= area.width + 1e-9 { return pitch }
            pitch *= 0.96
        }
        return 0.5
    }
}
