import Foundation
import Testing

@testable import AnnalsRender

@Suite struct TickYearTests {
    /// A label without a year must follow, in its segment, a label of the same year: dropping a
    /// crowded label may not leave a month whose year the reader cannot tell.
    @Test func everyYearlessLabelFollowsALabelOfItsYear() {
        let measure: (String) -> Double = { Double($0.count) * 6.1 }
        let spans: [(ChartDate, ChartDate)] = [
            (ChartDate(year: 2009, month: 7, day: 14), ChartDate(year: 2013, month: 2, day: 3)),
            (ChartDate(year: 1971, month: 11), ChartDate(year: 1973, month: 5)),
            (ChartDate(year: 2018, month: 3, day: 2), ChartDate(year: 2018, month: 5, day: 20)),
        ]
        // Single stretches, and clusters far enough apart for axis breaks (labels collide at breaks).
        var cases: [[ClosedRange<Double>]] = spans.map { [Double($0.0.dayNumber)...Double($0.1.dayNumber)] }
        // Seeded pseudo-random clusters of 1–4 stretches a few years apart.
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }
        for _ in 0..<60 {
            var day = ChartDate(year: 1990 + next(30), month: 1 + next(12), day: 1 + next(28)).dayNumber
            var intervals: [ClosedRange<Double>] = []
            for _ in 0..<(1 + next(4)) {
                let length = next(900)
                intervals.append(Double(day)...Double(day + length))
                day += length + next(6000)
            }
            cases.append(intervals)
        }
        var checked = 0
        for intervals in cases {
            for width in stride(from: 90.0, through: 1500, by: 47) {
                let scale = TimeScale(intervals: intervals, range: 0...width)
                let ticks = scale.ticks(measure: measure)
                var lastYear: Int?
                for tick in ticks {
                    let year = ChartDate(dayNumber: Int(tick.day)).year
                    if !tick.label.contains(String(year)) {
                        #expect(lastYear == year, "\(tick.label) at width \(width) after a label of \(lastYear.map(String.init) ?? "no year")")
                        checked += 1
                    }
                    lastYear = year
                }
            }
        }
        #expect(checked > 20)  // the property was exercised, not vacuously true
    }
}

@Suite struct LaneFillTests {
    /// On a tall canvas lanes fill the plot down to the axis and their content sits mid-band.
    @Test func sparseLanesAreCentredInTheirBands() throws {
        let items = [
            TimelineItem(start: ChartDate(year: 2011, month: 3, day: 9), label: "Bridge reopened", lane: "Transport", sourceCount: 2),
            TimelineItem(start: ChartDate(year: 2012, month: 6, day: 1), label: "Harbour dredged", lane: "Works", sourceCount: 1),
        ]
        let chart = TimelineChart(title: "Two quiet lanes", lanes: ["Transport", "Works"], items: items)
        let layout = TimelineLayoutEngine(measurer: try TextEngine.measuring()).layout(chart, size: Size(width: 700, height: 600))
        let plot = layout.plotRect
        #expect(layout.labels.count == 2)
        let band = plot.height / 2
        #expect(band > 150)  // stretched to fill, not left at natural height
        for label in layout.labels {
            let top = plot.y + Double(label.lane) * band
            let relative = (label.rect.midY - top) / band
            #expect(relative > 0.3 && relative < 0.7, "label of lane \(label.lane) at \(relative) of its band")
        }
    }
}

@Suite struct PagePNGTests {
    @Test func reportPagesAsPNGMatchThePDFPageCountAndDPI() throws {
        guard let pdfinfo = Tools.find("pdfinfo") else { return }
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = LinkFixtures.report()
        let pdf = dir.appendingPathComponent("r.pdf")
        let pages = try ReportRenderer(paper: .letter).render(report, to: pdf)
        let files = try ReportRenderer(paper: .letter).renderPages(report, toPNGDirectory: dir, dpi: 100)
        #expect(files.count == pages)
        #expect(files.map(\.lastPathComponent) == (1...pages).map { "page-\($0).png" })
        #expect(try Tools.run(pdfinfo, [pdf.path]).output.contains("Pages:           \(pages)"))
        let data = try Data(contentsOf: files[0])
        let size = (0..<2).map { k in data[(16 + 4 * k)..<(20 + 4 * k)].reduce(0) { $0 << 8 | Int($1) } }
        #expect(size == [850, 1100])  // 8.5 × 11 in at 100 dpi
        #expect(throws: RenderError.self) { try ReportRenderer().renderPages(report, toPNGDirectory: dir, dpi: 0) }
    }
}
