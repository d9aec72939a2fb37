/// Binned density of many items in one lane: a small histogram instead of thousands of marks.
enum DensityStrip {
    static let binWidth = 3.0

    /// Complexity: O(items + bins); periods add to every bin they cover.
    static func marks(items: [TimelineItem], indices: [Int], scale: TimeScale, strip: Rect, color: RGBA) -> [Mark] {
        let binCount = max(1, Int(strip.width / binWidth))
        var counts = [Int](repeating: 0, count: binCount)
        func bin(_ x: Double) -> Int { min(binCount - 1, max(0, Int((x - strip.x) / binWidth))) }
        for i in indices {
            let item = items[i]
            let a = bin(scale.x(day: Double(item.startDay)))
            let b = item.end == nil ? a : bin(scale.x(day: Double(item.endDay)))
            for k in a...max(a, b) { counts[k] += 1 }
        }
        let peak = max(1, counts.max() ?? 1)
        var marks: [Mark] = [.line(Point(x: strip.x, y: strip.maxY), Point(x: strip.maxX, y: strip.maxY), Stroke(color: color.lightened(0.6), width: 0.5))]
        for (k, count) in counts.enumerated() where count > 0 {
            // Square-root scale keeps sparse bins visible next to a dense burst.
            let h = max(1, strip.height * (Double(count) / Double(peak)).squareRoot())
            marks.append(.rect(Rect(x: strip.x + Double(k) * binWidth, y: strip.maxY - h, width: binWidth - 0.4, height: h), fill: color.withAlpha(0.85), stroke: nil))
        }
        return marks
    }
}
