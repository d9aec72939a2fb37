/// The "Undated" box: events with no usable date are listed, never dropped silently.
struct UndatedBox {
    let measurer: TextMeasuring

    /// Adds the box within `area` (its height shrinks to the content); returns how many labels are listed.
    func add(to scene: inout Scene, labels: [String], in area: Rect) -> Int {
        let pad = 5.0
        let inner = area.width - 2 * pad
        var marks: [Mark] = []
        let title = "Undated (\(labels.count))"
        let titleHeight = measurer.measure(title, style: ChartText.boxTitle).height
        marks.append(.text(title, at: Point(x: area.x + pad, y: area.y + pad), style: ChartText.boxTitle))
        var y = area.y + pad + titleHeight + 3
        let entryStyle = ChartText.wrapped(ChartText.boxEntry, inner)
        let moreHeight = measurer.measure("+0 more", style: ChartText.note).height
        var listed = 0
        for (i, label) in labels.enumerated() {
            let text = "• " + label
            let h = measurer.measure(text, style: entryStyle).height
            let remaining = labels.count - i - 1
            let reserve = remaining > 0 ? moreHeight + 2 : 0
            if y + h + reserve > area.maxY - pad { break }
            marks.append(.text(text, at: Point(x: area.x + pad, y: y), style: entryStyle))
            y += h + 2
            listed += 1
        }
        if listed < labels.count {
            marks.append(.text("+\(labels.count - listed) more", at: Point(x: area.x + pad, y: y), style: ChartText.note))
            y += moreHeight
        }
        let box = Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, y - area.y + pad))
        scene.add(.rect(box, fill: RGBA(hex: 0xFAFAFA), stroke: Stroke(color: .rule, width: 0.6)))
        scene.marks.append(contentsOf: marks)
        return listed
    }
}
