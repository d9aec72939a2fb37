import Testing
@testable import AnnalsRender

@Suite struct LabelPackerTests {
    @Test func placedLabelsNeverOverlapAndOverflowIsRefused() {
        var packer = LabelPacker(rowCount: 2, minX: 0, maxX: 100, gap: 4, maxShift: 20)
        var placed: [(row: Int, x: Double, w: Double)] = []
        var refused = 0
        for i in 0..<20 {
            if let spot = packer.place(desiredX: Double(i * 3), width: 30) { placed.append((spot.row, spot.x, 30)) } else { refused += 1 }
        }
        #expect(refused > 0)
        for a in placed.indices { for b in placed.indices where a < b && placed[a].row == placed[b].row {
            #expect(placed[a].x + placed[a].w + 4 <= placed[b].x + 1e-9 || placed[b].x + placed[b].w + 4 <= placed[a].x + 1e-9)
        } }
        #expect(placed.allSatisfy { $0.x >= 0 && $0.x + $0.w <= 100 })
    }
}

@Suite struct TimelineLayoutTests {
    let engine = TimelineLayoutEngine(measurer: try! TextEngine.measuring())

    private func assertNoOverlap(_ layout: TimelineLayout) {
        let rects = layout.labels.map(\.rect)
        for i in rects.indices {
            #expect(layout.plotRect.insetBy(dx: -0.01, dy: -0.01).contains(rects[i]) || rects[i].maxY <= layout.plotRect.maxY + 0.01)
            for j in rects.indices where j > i { #expect(!rects[i].intersects(rects[j]), "labels \(i) and \(j) overlap") }
        }
    }

    @Test(arguments: [5, 50, 1000, 10_000])
    func labelsNeverOverlapAndEveryItemIsAccountedFor(count: Int) {
        let chart = Fixtures.timeline(count: count)
        let layout = engine.layout(chart, size: Size(width: 1100, height: 650))
        assertNoOverlap(layout)
        #expect(layout.labels.count + layout.hiddenLabelCounts.reduce(0, +) == count)
        #expect(Set(layout.labels.map(\.itemIndex)).count == layout.labels.count)
        #expect(layout.isDensity == (count > engine.densityThreshold))
        for label in layout.labels {
            #expect(label.rect.x >= layout.plotRect.x && label.rect.maxX <= layout.plotRect.maxX)
        }
    }

    @Test func smallChartLabelsEveryItem() {
        let chart = Fixtures.smallTimeline()
        let layout = engine.layout(chart, size: Size(width: 900, height: 500))
        #expect(layout.labels.count == chart.items.count)
        #expect(layout.lanes == ["Strike", "Floods", "Inquiry", "Unused lane"])
        #expect(layout.undatedListed == chart.undated.count)
        #expect(layout.scale.segments.count == 2)
    }

    @Test func footnoteFollowsTheAxis() throws {
        let chart = Fixtures.smallTimeline()
        let layout = engine.layout(chart, size: Size(width: 900, height: 900))
        let footnoteY = layout.scene.marks.compactMap { mark -> Double? in
            if case let .text(s, at, _) = mark, s == chart.footnote { return at.y }
            return nil
        }
        let y = try #require(footnoteY.first)
        #expect(y > layout.plotRect.maxY)
        #expect(y < layout.plotRect.maxY + 40)
    }

    @Test func crowdedChartSaysHowManyLabelsAreHidden() {
        let chart = Fixtures.timeline(count: 400)
        let layout = engine.layout(chart, size: Size(width: 500, height: 300))
        #expect(layout.hiddenLabelCounts.reduce(0, +) > 0)
        let texts = layout.scene.marks.compactMap { mark -> String? in
            if case let .text(s, _, _) = mark { return s }
            return nil
        }
        #expect(texts.contains { $0.hasPrefix("+") && $0.hasSuffix(" more") })
    }

    @Test func keyFiguresWinTheLabelSpaceInDenseLanes() {
        let chart = Fixtures.timeline(count: 3000)
        let layout = engine.layout(chart, size: Size(width: 1000, height: 600))
        let withFigure = Set(chart.items.indices.filter { chart.items[$0].keyFigure != nil })
        let labelled = Set(layout.labels.map(\.itemIndex))
        let share = Double(withFigure.intersection(labelled).count) / Double(withFigure.count)
        #expect(share > 0.8)
    }

    @Test func undatedEventsAreListedOrCounted() {
        var chart = Fixtures.smallTimeline()
        chart.undated = (1...200).map { "Rumoured meeting \($0)" }
        let layout = engine.layout(chart, size: Size(width: 900, height: 400))
        #expect(layout.undatedListed > 0 && layout.undatedListed < 200)
        let texts = layout.scene.marks.compactMap { mark -> String? in
            if case let .text(s, _, _) = mark { return s }
            return nil
        }
        #expect(texts.contains("+\(200 - layout.undatedListed) more"))
        #expect(texts.contains("Undated (200)"))
    }
}

@Suite struct CasualtyLayoutTests {
    @Test func valueTextsStateRangesOpenEndsAndApproximation() {
        #expect(CasualtyMarks.valueText(CasualtyBar(group: "Killed", label: "All", best: 613, high: 613)) == "613")
        #expect(CasualtyMarks.valueText(CasualtyBar(group: "Killed", label: "All", low: 41, best: 48, high: 63, annotation: "[1]")) == "48 (41–63) [1]")
        #expect(CasualtyMarks.valueText(CasualtyBar(group: "Injured", label: "All", best: 2000, approximate: true)) == "≥2,000 (approx.)")
        #expect(CasualtyMarks.valueText(CasualtyBar(group: "Injured", label: "All", low: 1500, best: 2000)) == "2,000 (≥1,500)")
        #expect(CasualtyMarks.valueText(CasualtyBar(group: "Killed", label: "Civilians", low: 3000, best: nil, high: 5000, annotation: "[2]")) == "3,000–5,000 [2]")
    }

    @Test("A range no source narrows to one value is drawn as its whisker alone, with no bar")
    func rangeWithoutEstimateHasNoBar() throws {
        let engine = CasualtyLayoutEngine(measurer: try TextEngine.measuring())
        let chart = CasualtyChart(title: "", bars: [
            CasualtyBar(group: "Killed", label: "All", low: 100, best: 120, high: 150),
            CasualtyBar(group: "Killed", label: "Civilians", low: 3000, best: nil, high: 5000),
        ], footnote: "")
        let layout = engine.layout(chart, size: Size(width: 700, height: 300))
        #expect(layout.barRects[0].width > 1)
        #expect(layout.barRects[1].width == 0)
        // The label follows the whisker's end, at 5,000 on the scale.
        #expect(layout.valueLabelRects[1].x > layout.scale.x(5000))
        #expect(layout.valueLabelRects[1].x < layout.scale.x(5000) + 10)
    }

    @Test func barsAreProportionalAndLabelsClearOfEachOther() throws {
        let engine = CasualtyLayoutEngine(measurer: try TextEngine.measuring())
        let chart = Fixtures.casualties()
        let layout = engine.layout(chart, size: Size(width: 700, height: 400))
        let all = layout.barRects[0], displaced = layout.barRects[4]
        #expect(abs(displaced.width / all.width - 2400.0 / 48.0) < 1)
        for i in layout.valueLabelRects.indices {
            #expect(layout.valueLabelRects[i].maxX <= 700)
            for j in layout.valueLabelRects.indices where j > i { #expect(!layout.valueLabelRects[i].intersects(layout.valueLabelRects[j])) }
        }
    }
}

@Suite struct TimelineRobustnessTests {
    let engine = TimelineLayoutEngine(measurer: try! TextEngine.measuring())

    @Test func sentenceLongLabelsAreShortenedNotDropped() {
        let long = String(repeating: "Ferry operators and port unions issue a joint statement ", count: 6)
        let chart = TimelineChart(title: "Long labels", items: [
            TimelineItem(start: ChartDate(year: 1999, month: 4, day: 2), label: long, lane: "Talks"),
            TimelineItem(start: ChartDate(year: 1999, month: 6, day: 9), label: "Short one", lane: "Talks"),
        ])
        let layout = engine.layout(chart, size: Size(width: 700, height: 300))
        #expect(layout.labels.count == 2)
        #expect(layout.labels.allSatisfy { $0.rect.width <= layout.plotRect.width * 0.5 })
    }

    @Test func manyLanesStayInsideTheCanvas() {
        let lanes = (1...14).map { "District \($0) with a rather long name" }
        let items = (0..<140).map { i in
            TimelineItem(start: ChartDate(dayNumber: 9_000 + i * 11), label: "Meeting \(i)", lane: lanes[i % lanes.count], sourceCount: 1)
        }
        let layout = engine.layout(TimelineChart(title: "Fourteen lanes", lanes: lanes, items: items), size: Size(width: 800, height: 500))
        #expect(layout.plotRect.maxY <= 500)
        for label in layout.labels { #expect(label.rect.maxY <= layout.plotRect.maxY + 0.01) }
        #expect(layout.labels.count + layout.hiddenLabelCounts.reduce(0, +) == items.count)
    }
}

@Suite struct CasualtyCrowdingTests {
    @Test func manyBarsStayInsideTheFigure() throws {
        let engine = CasualtyLayoutEngine(measurer: try TextEngine.measuring())
        let outcomes = ["Killed", "Injured", "Missing"]
        let bars = (0..<30).map { i in
            CasualtyBar(group: outcomes[i % 3], label: "Category \(i)", low: Double(i * 3), best: Double(i * 4 + 1), high: Double(i * 5 + 2))
        }
        let layout = engine.layout(CasualtyChart(title: "Crowded", bars: bars, footnote: "Sources: invented."), size: Size(width: 480, height: 220))
        for rect in layout.barRects + layout.valueLabelRects {
            #expect(rect.maxY <= 220 && rect.y >= 0)
        }
        for (a, b) in zip(layout.barRects, layout.barRects.dropFirst()) where a.y != b.y { #expect(!a.intersects(b)) }
    }
}
