/// A one-line (wrapping) legend of mark swatches with captions.
struct LegendLayout {
    enum Swatch { case point, bracket, period, approximate, inferred, badge, density, bar, approximateBar, whisker, openEnded, remainder }
    let measurer: TextMeasuring

    static func timelineEntries(density: Bool) -> [(Swatch, String)] {
        var entries: [(Swatch, String)] = density ? [(.density, "events per interval (dense lanes)")] : []
        entries += [(.point, "dated day"), (.bracket, "month / year known"), (.period, "period"),
                    (.approximate, "approximate date"), (.inferred, "inferred date"), (.badge, "number of sources")]
        return entries
    }

    /// Adds the legend starting at (x, y); returns the y below it.
    func add(to scene: inout Scene, entries: [(Swatch, String)], x: Double, y: Double, width: Double) -> Double {
        let swatchWidth = 16.0
        let lineHeight = measurer.measure("Ag", style: ChartText.legend).height
        var cx = x, cy = y
        for (swatch, caption) in entries {
            let w = swatchWidth + 3 + measurer.measure(caption, style: ChartText.legend).width
            if cx > x, cx + w > x + width { cx = x; cy += lineHeight + 3 }
            let r = Rect(x: cx, y: cy, width: swatchWidth, height: lineHeight)
            if swatch == .badge, let badge = SourceBadge(count: 3, measurer: measurer) {
                scene.marks.append(contentsOf: badge.marks(centre: Point(x: r.midX, y: r.midY), color: RGBA(hex: 0x6B6B6B)))
            } else {
                scene.marks.append(contentsOf: Self.swatch(swatch, in: r))
            }
            scene.add(.text(caption, at: Point(x: cx + swatchWidth + 3, y: cy), style: ChartText.legend))
            cx += w + 12
        }
        return cy + lineHeight
    }

    static func swatch(_ kind: Swatch, in r: Rect) -> [Mark] {
        let c = RGBA(hex: 0x555555)
        let mid = Point(x: r.midX, y: r.midY)
        switch kind {
        case .point: return [TimelineMarks.point(mid, color: c, approximate: false, inferred: false)]
        case .approximate: return [TimelineMarks.point(mid, color: c, approximate: true, inferred: false)]
        case .inferred: return [TimelineMarks.point(mid, color: c, approximate: false, inferred: true)]
        case .bracket: return [TimelineMarks.bracket(x0: r.x + 2, x1: r.maxX - 2, y: mid.y, color: c, approximate: false, inferred: false)]
        case .period: return [TimelineMarks.bar(x0: r.x + 1, x1: r.maxX - 1, y: mid.y - 3, color: c, approximate: false, inferred: false)]
        case .badge:
            return SourceBadgeSwatch.marks(centre: mid)
        case .density:
            return (0..<5).map { k in
                let h = [3.0, 6, 9, 5, 2][k]
                return .rect(Rect(x: r.x + 1 + Double(k) * 3, y: r.maxY - 1 - h, width: 2.6, height: h), fill: c, stroke: nil)
            }
        case .bar: return [.rect(Rect(x: r.x + 1, y: mid.y - 3.5, width: r.width - 2, height: 7), fill: c, stroke: nil)]
        case .approximateBar:
            return [.rect(Rect(x: r.x + 1, y: mid.y - 3.5, width: r.width - 2, height: 7), fill: c.lightened(0.45),
                          stroke: Stroke(color: c, width: 0.9, dash: [2.5, 1.5]))]
        case .whisker:
            return [.line(Point(x: r.x + 1, y: mid.y), Point(x: r.maxX - 1, y: mid.y), Stroke(color: .text, width: 0.9)),
                    .line(Point(x: r.x + 1, y: mid.y - 3), Point(x: r.x + 1, y: mid.y + 3), Stroke(color: .text, width: 0.9)),
                    .line(Point(x: r.maxX - 1, y: mid.y - 3), Point(x: r.maxX - 1, y: mid.y + 3), Stroke(color: .text, width: 0.9))]
        case .openEnded:
            return [.line(Point(x: r.x + 1, y: mid.y), Point(x: r.maxX - 3, y: mid.y), Stroke(color: .text, width: 0.9)),
                    CasualtyMarks.arrowHead(tip: Point(x: r.maxX - 1, y: mid.y), color: .text)]
        case .remainder:
            let bar = Rect(x: r.x + 1, y: mid.y - 3.5, width: r.width - 2, height: 7)
            return [.rect(bar, fill: c.lightened(0.75), stroke: nil), .hatch(bar, color: c, spacing: 3, lineWidth: 0.6)]
        }
    }
}

enum SourceBadgeSwatch {
    static func marks(centre: Point) -> [Mark] {
        [.circle(centre, radius: 4, fill: RGBA(hex: 0x6B6B6B), stroke: nil)]
    }
}
