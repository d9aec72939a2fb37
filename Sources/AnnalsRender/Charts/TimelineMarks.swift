/// The marks of one timeline item (and the legend swatches), as scene marks.
enum TimelineMarks {
    static let pointRadius = 3.2
    static let barHeight = 6.0
    static let bracketHeight = 6.0

    /// A day-precision point: filled dot; approximate → hollow; inferred → dashed outline.
    static func point(_ c: Point, color: RGBA, approximate: Bool, inferred: Bool) -> Mark {
        let stroke = Stroke(color: color, width: 1.1, dash: inferred ? [1.6, 1.1] : [])
        if approximate { return .circle(c, radius: pointRadius, fill: .white, stroke: stroke) }
        if inferred { return .circle(c, radius: pointRadius, fill: color.lightened(0.6), stroke: stroke) }
        return .circle(c, radius: pointRadius, fill: color, stroke: nil)
    }

    /// A bracket spanning a month/year/decade unit: ⎴ over [x0, x1], centred on y.
    static func bracket(x0: Double, x1: Double, y: Double, color: RGBA, approximate: Bool, inferred: Bool) -> Mark {
        var a = x0, b = x1
        if b - a < 5 { let c = (a + b) / 2; a = c - 2.5; b = c + 2.5 }
        let h = bracketHeight / 2
        let stroke = Stroke(color: approximate ? color.lightened(0.45) : color, width: 1.4, dash: inferred ? [2, 1.4] : [])
        return .polyline([Point(x: a, y: y + h), Point(x: a, y: y - h), Point(x: b, y: y - h), Point(x: b, y: y + h)],
                         stroke: stroke, fill: nil, closed: false)
    }

    /// A period bar over [x0, x1] with top at y: solid; approximate → hollow; inferred → dashed outline, pale fill.
    static func bar(x0: Double, x1: Double, y: Double, color: RGBA, approximate: Bool, inferred: Bool) -> Mark {
        let r = Rect(x: x0, y: y, width: max(2, x1 - x0), height: barHeight)
        let dash: [Double] = inferred ? [2, 1.4] : []
        if approximate { return .rect(r, fill: .white, stroke: Stroke(color: color, width: 1, dash: dash)) }
        if inferred { return .rect(r, fill: color.lightened(0.7), stroke: Stroke(color: color, width: 1, dash: dash)) }
        return .rect(r, fill: color.withAlpha(0.8), stroke: nil)
    }
}
