/// The result of laying out a timeline: the scene to draw plus the geometry tests check.
struct TimelineLayout: Sendable {
    struct PlacedLabel: Sendable, Equatable {
        var itemIndex: Int
        var lane: Int
        /// Text plus badge, in chart coordinates.
        var rect: Rect
    }

    var scene: Scene
    var labels: [PlacedLabel]
    /// Per lane (in `lanes` order): items whose label did not fit ("+N more").
    var hiddenLabelCounts: [Int]
    var lanes: [String]
    var isDensity: Bool
    var scale: TimeScale
    var ticks: [TimeTick]
    var plotRect: Rect
    /// How many undated labels are listed in the box (the rest are summarised as "+N more").
    var undatedListed: Int
}

/// Lays a `TimelineChart` out on a canvas of `size` points. Separate from drawing so the
/// geometry (label rectangles, ticks) can be checked without rendering.
///
/// Complexity: O(n log n) in the items; in density mode (more than `densityThreshold` items)
/// marks are binned per lane and only the highest-priority labels are measured.
struct TimelineLayoutEngine {
    let measurer: TextMeasuring
    var densityThreshold = 300
    let margin = 12.0
    let rowGap = 1.5

    func layout(_ chart: TimelineChart, size: Size) -> TimelineLayout {
        let W = size.width, H = size.height, m = margin
        let density = chart.items.count > densityThreshold
        var scene = Scene(size: size, background: .white)
        var y = m

        // Title.
        let titleStyle = ChartText.wrapped(ChartText.title, W - 2 * m)
        if !chart.title.isEmpty {
            scene.add(.text(chart.title, at: Point(x: m, y: y), style: titleStyle))
            y += measurer.measure(chart.title, style: titleStyle).height + 4
        }
        y = LegendLayout(measurer: measurer).add(to: &scene, entries: LegendLayout.timelineEntries(density: density), x: m, y: y, width: W - 2 * m) + 6

        // Footnote at the bottom.
        var bottom = H - m
        let foot = ChartFootnote.place(chart.footnote, in: &scene, measurer: measurer, margin: m, width: W, bottom: bottom, gap: 4)
        bottom = foot.bottom
        var footnoteIndex = foot.markIndex

        // Undated box at the right.
        var plotRight = W - m
        var undatedListed = 0
        if !chart.undated.isEmpty {
            let boxWidth = min(max(W * 0.2, 110), 220)
            let box = Rect(x: W - m - boxWidth, y: y, width: boxWidth, height: max(20, bottom - y))
            undatedListed = UndatedBox(measurer: measurer).add(to: &scene, labels: chart.undated, in: box)
            plotRight = box.x - 10
        }

        // Axis and lane-name column.
        let tickHeight = measurer.measure("0", style: ChartText.tick).height
        var axisY = bottom - tickHeight - 6
        let lanes = chart.resolvedLanes
        let laneNameWidth = lanes.map { measurer.measure($0, style: ChartText.laneName).width }.max() ?? 0
        let laneColumn = min(max(laneNameWidth + 10, 40), max(40, W * 0.18))
        let plotLeft = m + laneColumn
        var plot = Rect(x: plotLeft, y: y, width: max(10, plotRight - plotLeft), height: max(10, axisY - y))
        let xRange = (plot.x + 6)...max(plot.x + 7, plot.maxX - 6)
        let scale = TimeScale(intervals: chart.items.map { Double($0.startDay)...Double($0.endDay) }, range: xRange)
        // No dated items: no axis at all (an invented time range would mislead).
        let ticks = chart.items.isEmpty ? [] : scale.ticks(labelHeight: tickHeight) { measurer.measure($0, style: ChartText.tick).width }

        var background: [Mark] = []
        var markLayer: [Mark] = []
        var leaderLayer: [Mark] = []
        var labelLayer: [Mark] = []


        // Items per lane.
        var laneIndex: [String: Int] = [:]
        for (i, lane) in lanes.enumerated() { laneIndex[lane] = i }
        var laneItems = Array(repeating: [Int](), count: lanes.count)
        for (i, item) in chart.items.enumerated() { laneItems[laneIndex[item.lane]!].append(i) }

        // Period tracks per lane (greedy interval colouring, at most 3 tracks).
        let maxTracks = 3
        var trackOf = [Int](repeating: 0, count: chart.items.count)
        var trackCount = [Int](repeating: 0, count: lanes.count)
        var hasPoints = [Bool](repeating: false, count: lanes.count)
        for (l, indices) in laneItems.enumerated() {
            var trackEnds: [Double] = []
            let periods = indices.filter { chart.items[$0].end != nil }.sorted { chart.items[$0].startDay < chart.items[$1].startDay }
            hasPoints[l] = periods.count < indices.count
            if density { continue }
            for i in periods {
                let x0 = scale.x(day: Double(chart.items[i].startDay)), x1 = scale.x(day: Double(chart.items[i].endDay))
                var t = trackEnds.firstIndex { $0 + 2 < x0 } ?? trackEnds.count
                if t >= maxTracks { t = maxTracks - 1 }
                if t == trackEnds.count { trackEnds.append(x1) } else { trackEnds[t] = max(trackEnds[t], x1) }
                trackOf[i] = t
            }
            trackCount[l] = trackEnds.count
        }

        // Label candidates per lane, most important first (key figure, more sources, then spread
        // over time in dense lanes or chronological otherwise); measured once, packed twice.
        let labelHeight = measurer.measure("Ag", style: ChartText.label).height
        let rowHeight = labelHeight + rowGap
        let densityHeight = 18.0
        let maxRows = density ? 8 : max(1, Int(plot.height / rowHeight))
        func fullHeader(_ l: Int) -> Double {
            if density { return 3 + densityHeight + 3 }
            return 4 + (hasPoints[l] || trackCount[l] == 0 ? 10 : 0) + Double(trackCount[l]) * (TimelineMarks.barHeight + 2) + 3
        }
        // Many lanes on a short canvas: periods share the point row so every lane keeps a label row.
        let compact = !density && lanes.indices.reduce(0) { $0 + fullHeader($1) + 4 + rowHeight } > plot.height
        let compactHeader = 4 + 10.0
        func header(_ l: Int) -> Double { compact ? compactHeader : fullHeader(l) }
        let lanePad = compact ? 1.0 : 4.0
        // A label with its badge is rarely narrower than 40 pt: more candidates per row cannot fit.
        let perRowCapacity = max(1, Int(plot.width / 40))
        var badgeCache: [Int: SourceBadge] = [:]
        func badge(_ count: Int) -> SourceBadge? {
            guard count > 0 else { return nil }
            if let cached = badgeCache[count] { return cached }
            let made = SourceBadge(count: count, measurer: measurer)
            badgeCache[count] = made
            return made
        }
        // Long titles are cut with "…" so one sentence-long label cannot crowd out the others.
        var labelStyle = ChartText.label, plainLabelStyle = ChartText.plainLabel
        labelStyle.wrapWidth = min(260, max(60, plot.width * 0.45))
        labelStyle.ellipsize = true
        plainLabelStyle.wrapWidth = labelStyle.wrapWidth
        plainLabelStyle.ellipsize = true
        let spread: [Int] = density ? chart.items.map { Self.spreadKey(scale.x(day: Double($0.startDay)), plot) } : []
        var candidates = Array(repeating: [LabelCandidate](), count: lanes.count)
        var unmeasured = [Int](repeating: 0, count: lanes.count)
        for (l, indices) in laneItems.enumerated() {
            let order = indices.sorted { a, b in
                let ia = chart.items[a], ib = chart.items[b]
                if (ia.keyFigure != nil) != (ib.keyFigure != nil) { return ia.keyFigure != nil }
                if ia.sourceCount != ib.sourceCount { return ia.sourceCount > ib.sourceCount }
                if density, spread[a] != spread[b] { return spread[a] < spread[b] }
                return ia.startDay < ib.startDay
            }
            // Bound the measuring work: no more candidates than the rows could ever hold.
            let capacity = maxRows * perRowCapacity
            for i in order.prefix(capacity) {
                let item = chart.items[i]
                // Markup only when there is a bold key figure: plain labels skip Pango's markup parser.
                var text = item.label
                var isMarkup = false
                if let figure = item.keyFigure, !figure.isEmpty {
                    text = Markup.escape(item.label) + "  <b>\(Markup.escape(figure))</b>"
                    isMarkup = true
                }
                let textWidth = measurer.measure(text, style: isMarkup ? labelStyle : plainLabelStyle).width
                candidates[l].append(LabelCandidate(item: i, markup: text, isMarkup: isMarkup, textWidth: textWidth, badge: badge(item.sourceCount)))
            }
            unmeasured[l] = max(0, order.count - capacity)
        }
        let anchorX: (Int) -> Double = { i in
            let item = chart.items[i]
            let x0 = scale.x(day: Double(item.startDay)), x1 = scale.x(day: Double(item.endDay))
            if density || item.end != nil { return item.end != nil ? x0 + min(3, (x1 - x0) / 2) : x0 }
            return (x0 + x1) / 2
        }
        func pack(_ l: Int, rows: Int) -> (placed: [(LabelCandidate, row: Int, x: Double)], hidden: Int) {
            var packer = LabelPacker(rowCount: rows, minX: plot.x + 1, maxX: plot.maxX - 1)
            var placed: [(LabelCandidate, row: Int, x: Double)] = []
            var hidden = unmeasured[l]
            for c in candidates[l] {
                if let spot = packer.place(desiredX: anchorX(c.item) - 2, width: c.width) {
                    placed.append((c, spot.row, spot.x))
                } else {
                    hidden += 1
                }
            }
            return (placed, hidden)
        }
        // Pass 1: rows each lane needs. Headers (marks) keep their height; when space is short the
        // label rows are shared out in proportion to need; when ample, lanes stretch to fill the plot
        // down to the axis and each lane's marks and labels sit centred in its band.
        var packs = lanes.indices.map { pack($0, rows: maxRows) }
        let neededRows = packs.map { p in (p.placed.map(\.row).max() ?? -1) + 1 }
        let rowsGranted = Self.shareRows(needed: neededRows, budget: Int(max(0, plot.height - lanes.indices.reduce(0) { $0 + header($1) + lanePad }) / rowHeight))
        for l in lanes.indices where rowsGranted[l] < neededRows[l] { packs[l] = pack(l, rows: rowsGranted[l]) }
        let natural = lanes.indices.map { l in header(l) + rowHeight * Double(rowsGranted[l]) + lanePad }
        let factor = plot.height / max(1, natural.reduce(0, +))
        let weights = natural
        axisY = plot.y + weights.reduce(0, +) * factor

        var laneTop = plot.y
        var labels: [TimelineLayout.PlacedLabel] = []
        var hidden = [Int](repeating: 0, count: lanes.count)

        for (l, indices) in laneItems.enumerated() {
            let laneHeight = weights[l] * factor
            // Content (name, marks, labels) centred in a band taller than it needs.
            let contentTop = laneTop + max(0, (laneHeight - natural[l]) / 2)
            let color = Palette.color(l)
            if l % 2 == 1 {
                background.append(.rect(Rect(x: m, y: laneTop, width: plot.maxX - m, height: laneHeight), fill: .band, stroke: nil))
            }
            // Lane name, and "+N more" for labels that did not fit: below the name, or beside it in a thin lane.
            hidden[l] = packs[l].hidden
            var nameStyle = ChartText.laneName
            nameStyle.wrapWidth = laneColumn - 6
            nameStyle.ellipsize = true
            if hidden[l] > 0 {
                let more = "+\(NumberText.format(Double(hidden[l]))) more"
                let nameHeight = measurer.measure(lanes[l], style: ChartText.laneName).height
                if laneHeight > nameHeight + 10 {
                    background.append(.text(more, at: Point(x: m, y: contentTop + 3 + nameHeight), style: ChartText.note))
                } else {
                    let w = measurer.measure(more, style: ChartText.note).width
                    nameStyle.wrapWidth = max(12, laneColumn - 6 - w - 4)
                    background.append(.text(more, at: Point(x: m + laneColumn - 6 - w, y: contentTop + 4), style: ChartText.note))
                }
            }
            background.append(.text(lanes[l], at: Point(x: m, y: contentTop + 3), style: nameStyle))
            let markY = contentTop + 4 + 5
            var anchors: [Int: Point] = [:]

            if density {
                let strip = Rect(x: plot.x, y: contentTop + 3, width: plot.width, height: densityHeight)
                markLayer.append(contentsOf: DensityStrip.marks(items: chart.items, indices: indices, scale: scale, strip: strip, color: color))
                for (c, _, _) in packs[l].placed { anchors[c.item] = Point(x: anchorX(c.item), y: strip.maxY) }
            } else {
                let pointsRow = hasPoints[l] || trackCount[l] == 0 ? 10.0 : 0
                for i in indices {
                    let item = chart.items[i]
                    let x0 = scale.x(day: Double(item.startDay)), x1 = scale.x(day: Double(item.endDay))
                    if item.end != nil {
                        let top = compact ? markY - TimelineMarks.barHeight / 2 : contentTop + 4 + pointsRow + Double(trackOf[i]) * (TimelineMarks.barHeight + 2)
                        markLayer.append(TimelineMarks.bar(x0: x0, x1: x1, y: top, color: color, approximate: item.approximate, inferred: item.inferred))
                        anchors[i] = Point(x: anchorX(i), y: top + TimelineMarks.barHeight)
                    } else if item.precision == .day {
                        let c = Point(x: (x0 + x1) / 2, y: markY)
                        markLayer.append(TimelineMarks.point(c, color: color, approximate: item.approximate, inferred: item.inferred))
                        anchors[i] = Point(x: c.x, y: markY + TimelineMarks.pointRadius)
                    } else {
                        markLayer.append(TimelineMarks.bracket(x0: x0, x1: x1, y: markY, color: color, approximate: item.approximate, inferred: item.inferred))
                        anchors[i] = Point(x: (x0 + x1) / 2, y: markY + TimelineMarks.bracketHeight / 2)
                    }
                }
            }

            let labelsTop = contentTop + header(l)
            for (c, row, x) in packs[l].placed {
                let rect = Rect(x: x, y: labelsTop + Double(row) * rowHeight, width: c.width, height: labelHeight)
                labels.append(.init(itemIndex: c.item, lane: l, rect: rect))
                let anchor = anchors[c.item]!
                let target = Point(x: min(max(anchor.x, rect.x + 1), rect.x + max(1, c.textWidth - 1)), y: rect.y + 0.5)
                leaderLayer.append(.line(anchor, target, Stroke(color: RGBA(hex: 0x9A9A9A), width: 0.45)))
                labelLayer.append(.rect(Rect(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height), fill: RGBA.white.withAlpha(0.85), stroke: nil))
                labelLayer.append(.text(c.markup, at: Point(x: rect.x, y: rect.y), style: c.isMarkup ? labelStyle : plainLabelStyle))
                if let badge = c.badge {
                    labelLayer.append(contentsOf: badge.marks(centre: Point(x: rect.x + c.textWidth + 2 + badge.radius, y: rect.midY), color: RGBA(hex: 0x6B6B6B)))
                }
            }
            laneTop += laneHeight
        }
        // Gridlines down to the axis.
        for tick in ticks {
            background.insert(.line(Point(x: tick.x, y: plot.y), Point(x: tick.x, y: axisY), Stroke(color: .grid, width: 0.5)), at: 0)
        }

        // Breaks: a pale band across the plot and a zigzag on the axis.
        var axisLayer: [Mark] = []
        for b in scale.breaks {
            background.append(.rect(Rect(x: b.lowerBound + 2, y: plot.y, width: max(0, b.upperBound - b.lowerBound - 4), height: axisY - plot.y),
                                    fill: RGBA(hex: 0xFFFFFF, alpha: 0.9), stroke: nil))
            var zig: [Point] = []
            var x = b.lowerBound
            var up = true
            while x <= b.upperBound + 0.01 { zig.append(Point(x: x, y: axisY + (up ? -2.5 : 2.5))); up.toggle(); x += 2.67 }
            axisLayer.append(.polyline(zig, stroke: Stroke(color: .mutedText, width: 0.8), fill: nil, closed: false))
        }
        for segment in scale.segments where !chart.items.isEmpty {
            axisLayer.append(.line(Point(x: segment.range.lowerBound, y: axisY), Point(x: segment.range.upperBound, y: axisY), Stroke(color: .mutedText, width: 0.8)))
        }
        for tick in ticks {
            axisLayer.append(.line(Point(x: tick.x, y: axisY), Point(x: tick.x, y: axisY + 3), Stroke(color: .mutedText, width: 0.6)))
            axisLayer.append(.text(tick.label, at: Point(x: tick.labelRect.x, y: axisY + 4), style: ChartText.tick))
        }
        if chart.items.isEmpty {
            axisLayer.append(.text("No dated events", at: Point(x: plot.x + 8, y: plot.y + 8), style: ChartText.note))
        }

        scene.marks.insert(contentsOf: background, at: 0)
        footnoteIndex = footnoteIndex.map { $0 + background.count }
        scene.marks.append(contentsOf: markLayer)
        scene.marks.append(contentsOf: leaderLayer)
        scene.marks.append(contentsOf: labelLayer)
        scene.marks.append(contentsOf: axisLayer)
        plot.height = axisY - plot.y
        // The footnote follows the axis rather than the canvas bottom.
        if let index = footnoteIndex, case let .text(text, at, style) = scene.marks[index] {
            scene.marks[index] = .text(text, at: Point(x: at.x, y: min(at.y, axisY + 4 + tickHeight + 6)), style: style)
        }
        return TimelineLayout(scene: scene, labels: labels, hiddenLabelCounts: hidden, lanes: lanes, isDensity: density,
                              scale: scale, ticks: ticks, plotRect: plot, undatedListed: undatedListed)
    }
}

/// A measured label waiting for a place.
struct LabelCandidate {
    var item: Int
    /// The label text: Pango markup when `isMarkup`, else plain.
    var markup: String
    var isMarkup: Bool
    var textWidth: Double
    var badge: SourceBadge?
    var width: Double { textWidth + (badge.map { $0.width + 2 } ?? 0) }
}

extension TimelineLayoutEngine {
    /// Orders positions so that consecutive picks are spread over the plot (bit-reversed bin index):
    /// in a dense lane the labels that fit are spread over time rather than piled at the start.
    /// Splits `budget` label rows between lanes: everyone gets what they need when it fits; otherwise
    /// each lane that needs rows gets one (while the budget lasts), the rest by largest remainder.
    static func shareRows(needed: [Int], budget: Int) -> [Int] {
        let total = needed.reduce(0, +)
        if total <= budget { return needed }
        var granted = needed.map { _ in 0 }
        var left = budget
        for l in needed.indices where needed[l] > 0 && left > 0 { granted[l] = 1; left -= 1 }
        guard left > 0 else { return granted }
        let rest = needed.indices.map { max(0, needed[$0] - granted[$0]) }
        let restTotal = max(1, rest.reduce(0, +))
        let shares = rest.map { Double($0) * Double(left) / Double(restTotal) }
        for l in needed.indices { granted[l] += Int(shares[l]) }
        var remaining = left - needed.indices.reduce(0) { $0 + Int(shares[$1]) }
        for l in needed.indices.sorted(by: { shares[$0] - shares[$0].rounded(.down) > shares[$1] - shares[$1].rounded(.down) }) where remaining > 0 {
            if granted[l] < needed[l] { granted[l] += 1; remaining -= 1 }
        }
        return granted
    }

    static func spreadKey(_ x: Double, _ plot: Rect) -> Int {
        let bins = 64
        let bin = min(bins - 1, max(0, Int((x - plot.x) / max(1, plot.width) * Double(bins))))
        var reversed = 0
        for bit in 0..<6 where bin & (1 << bit) != 0 { reversed |= 1 << (5 - bit) }
        return reversed
    }
}
