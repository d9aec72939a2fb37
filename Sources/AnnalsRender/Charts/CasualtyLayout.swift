/// Shared casualty-bar marks.
enum CasualtyMarks {
    /// A filled triangular arrow head pointing right with its tip at `tip`.
    static func arrowHead(tip: Point, color: RGBA) -> Mark {
        .polyline([tip, Point(x: tip.x - 5, y: tip.y - 3), Point(x: tip.x - 5, y: tip.y + 3)], stroke: nil, fill: color, closed: true)
    }

    /// The value text: "613", "613 (480–700)", "4,000–6,000" (a range and no estimate), "≥2,000",
    /// "2,000 (≥1,500)", plus "(approx.)" and the annotation.
    static func valueText(_ bar: CasualtyBar) -> String {
        var text: String
        guard let bestValue = bar.best ?? bar.low ?? bar.high else { return bar.annotation ?? "" }
        let best = NumberText.format(bestValue)
        if bar.best == nil, let low = bar.low, let high = bar.high {
            text = low == high ? NumberText.format(low) : "\(NumberText.format(low))–\(NumberText.format(high))"
        } else if let high = bar.high {
            let low = bar.low ?? bestValue
            text = (low == bestValue && high == bestValue) ? best : "\(best) (\(NumberText.format(low))–\(NumberText.format(high)))"
        } else if let low = bar.low, low != bestValue {
            text = "\(best) (≥\(NumberText.format(low)))"
        } else {
            text = "≥" + best
        }
        let annotation = bar.annotation ?? ""
        if bar.approximate, !annotation.lowercased().contains("approx") { text += " (approx.)" }
        if !annotation.isEmpty { text += " " + annotation }
        return text
    }
}

/// The laid-out casualty chart: scene plus the bar geometry tests check.
struct CasualtyLayout: Sendable {
    var scene: Scene
    var barRects: [Rect]
    var valueLabelRects: [Rect]
    var scale: LinearScale
}

/// Lays out grouped horizontal bars with range whiskers. O(bars).
struct CasualtyLayoutEngine {
    let measurer: TextMeasuring
    let margin = 12.0

    func layout(_ chart: CasualtyChart, size: Size) -> CasualtyLayout {
        // Non-finite or negative figures cannot be drawn as lengths: drawn as zero, still labelled.
        func drawable(_ v: Double?) -> Double? { v.map { $0.isFinite ? max(0, $0) : 0 } }
        let bars = chart.bars.map { bar -> CasualtyBar in
            var b = bar
            b.low = drawable(bar.low)
            b.best = drawable(bar.best)
            b.high = drawable(bar.high)
            return b
        }
        let W = size.width, H = size.height, m = margin
        var scene = Scene(size: size, background: .white)
        var y = m
        if !chart.title.isEmpty {
            let style = ChartText.wrapped(ChartText.title, W - 2 * m)
            scene.add(.text(chart.title, at: Point(x: m, y: y), style: style))
            y += measurer.measure(chart.title, style: style).height + 4
        }
        var entries: [(LegendLayout.Swatch, String)] = [(.bar, "best estimate"), (.whisker, "reported range")]
        if chart.bars.contains(where: { $0.approximate && !$0.isRemainder }) { entries.append((.approximateBar, "approximate figure")) }
        if chart.bars.contains(where: { $0.isOpenEnded }) { entries.append((.openEnded, "open-ended (at least)")) }
        if chart.bars.contains(where: { $0.isRemainder }) { entries.append((.remainder, "not covered by a category")) }
        y = LegendLayout(measurer: measurer).add(to: &scene, entries: entries, x: m, y: y, width: W - 2 * m) + 8

        let foot = ChartFootnote.place(chart.footnote, in: &scene, measurer: measurer, margin: m, width: W, bottom: H - m, gap: 4)
        let bottom = foot.bottom
        let footnoteIndex = foot.markIndex
        let tickHeight = measurer.measure("0", style: ChartText.tick).height
        var axisY = bottom - tickHeight - 5

        // Groups in first-seen order.
        var groups: [String] = []
        var members: [String: [Int]] = [:]
        for (i, bar) in chart.bars.enumerated() {
            if members[bar.group] == nil { groups.append(bar.group) }
            members[bar.group, default: []].append(i)
        }
        // Rows fit the height (at most 24 pt); below 11 pt the type shrinks with them (to 4.5 pt at the
        // least) so a crowded chart stays inside its frame instead of spilling over what follows.
        let rowCount = Double(chart.bars.count + groups.count)
        let rowHeight = max(1, min(24, (axisY - y - 4) / max(1, rowCount)))
        let typeScale = max(4.5 / 8, min(1, rowHeight / 11))
        let labelStyle = TextStyle(font: FontSpec(size: (8 * typeScale * 2).rounded() / 2))
        let groupStyle = TextStyle(font: FontSpec(size: (8.5 * typeScale * 2).rounded() / 2, bold: true))
        let valueStyle = TextStyle(font: FontSpec(size: (7.5 * typeScale * 2).rounded() / 2))
        let labelWidth = chart.bars.map { measurer.measure($0.label, style: labelStyle).width }.max() ?? 0
        let labelColumn = min(labelWidth + 18, W * 0.32)
        let values = chart.bars.map(CasualtyMarks.valueText)
        let valueSizes = values.map { measurer.measure($0, style: valueStyle) }
        let valueColumn = min((valueSizes.map(\.width).max() ?? 0) + 8, W * 0.35)
        let plotLeft = m + labelColumn
        let plotRight = max(plotLeft + 20, W - m - valueColumn)
        let maximum = bars.map { max($0.best ?? 0, $0.high ?? 0, $0.low ?? 0) }.max() ?? 1
        let anyOpen = bars.contains { $0.isOpenEnded }
        let (scale, ticks) = LinearScale.zeroBased(maximum: maximum, range: plotLeft...(plotRight - (anyOpen ? 34 : 0)))

        // The axis sits right under the last row; spare height stays below it.
        axisY = min(axisY, y + rowHeight * rowCount + 4)
        let thickness = rowHeight * 0.55
        for tick in ticks {
            let x = scale.x(tick)
            scene.add(.line(Point(x: x, y: y), Point(x: x, y: axisY), Stroke(color: .grid, width: 0.5)))
            let label = NumberText.format(tick)
            let w = measurer.measure(label, style: ChartText.tick).width
            scene.add(.text(label, at: Point(x: x - w / 2, y: axisY + 3), style: ChartText.tick))
        }
        scene.add(.line(Point(x: plotLeft, y: axisY), Point(x: plotRight, y: axisY), Stroke(color: .mutedText, width: 0.8)))
        scene.add(.line(Point(x: plotLeft, y: y), Point(x: plotLeft, y: axisY), Stroke(color: .mutedText, width: 0.8)))

        var barRects = [Rect](repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: chart.bars.count)
        var valueRects = barRects
        var rowY = y
        for (g, group) in groups.enumerated() {
            let color = Palette.color(g + 1)
            let groupHeight = measurer.measure(group, style: groupStyle).height
            scene.add(.text(group, at: Point(x: m, y: rowY + (rowHeight - groupHeight) / 2), style: { var s = groupStyle; s.color = color; return s }()))
            rowY += rowHeight
            for i in members[group]! {
                let bar = bars[i]
                let mid = rowY + rowHeight / 2
                let labelHeight = measurer.measure(bar.label, style: labelStyle).height
                var style = labelStyle
                style.wrapWidth = labelColumn - 14
                style.ellipsize = true
                scene.add(.text(bar.label, at: Point(x: m + 8, y: mid - labelHeight / 2), style: style))
                // A range without an estimate has no bar: its whisker alone says what the sources say.
                let x0 = scale.x(0), x1 = scale.x(max(0, bar.best ?? 0))
                let rect = Rect(x: x0, y: mid - thickness / 2, width: bar.best == nil ? 0 : max(1, x1 - x0), height: thickness)
                barRects[i] = rect
                if bar.best == nil {
                    // nothing to fill
                } else if bar.isRemainder {
                    scene.add(.rect(rect, fill: color.lightened(0.72), stroke: nil))
                    scene.add(.hatch(rect, color: color, spacing: 3.5, lineWidth: 0.7))
                } else if bar.approximate {
                    scene.add(.rect(rect, fill: color.lightened(0.45), stroke: Stroke(color: color, width: 0.9, dash: [2.5, 1.5])))
                } else {
                    scene.add(.rect(rect, fill: color, stroke: nil))
                }
                // Whisker for the reported range; an arrow when the top is open.
                let whisker = Stroke(color: .text, width: 0.9)
                var rightEnd = x1
                if let high = bar.high {
                    let low = bar.low ?? bar.best ?? high
                    if low != high {
                        let a = scale.x(low), b = scale.x(high)
                        scene.add(.line(Point(x: a, y: mid), Point(x: b, y: mid), whisker))
                        scene.add(.line(Point(x: a, y: mid - 3), Point(x: a, y: mid + 3), whisker))
                        scene.add(.line(Point(x: b, y: mid - 3), Point(x: b, y: mid + 3), whisker))
                        rightEnd = max(rightEnd, b)
                    }
                } else {
                    // Open top: a short dashed arrow beyond the bar, not a claim about any upper value.
                    let a = scale.x(bar.low ?? bar.best ?? 0), tip = min(plotRight, max(a, x1) + 30)
                    scene.add(.line(Point(x: a, y: mid - 3), Point(x: a, y: mid + 3), whisker))
                    scene.add(.line(Point(x: a, y: mid), Point(x: tip - 4, y: mid), Stroke(color: .text, width: 0.9, dash: [3, 2])))
                    scene.add(CasualtyMarks.arrowHead(tip: Point(x: tip, y: mid), color: .text))
                    rightEnd = tip
                }
                let vs = valueSizes[i]
                let valueRect = Rect(x: rightEnd + 4, y: mid - vs.height / 2, width: vs.width, height: vs.height)
                valueRects[i] = valueRect
                scene.add(.text(values[i], at: Point(x: valueRect.x, y: valueRect.y), style: valueStyle))
                rowY += rowHeight
            }
        }
        // The footnote follows the axis rather than the canvas bottom.
        if let index = footnoteIndex, case let .text(text, at, style) = scene.marks[index] {
            scene.marks[index] = .text(text, at: Point(x: at.x, y: min(at.y, axisY + 3 + tickHeight + 6)), style: style)
        }
        return CasualtyLayout(scene: scene, barRects: barRects, valueLabelRects: valueRects, scale: scale)
    }
}
