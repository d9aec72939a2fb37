import Foundation
import Testing
@testable import AnnalsRender

/// Writes sample charts to /tmp/annals-samples for eyeballing when ANNALS_RENDER_SAMPLES is set.
@Suite struct SampleOutputTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ANNALS_RENDER_SAMPLES"] != nil))
    func writeSamples() throws {
        let dir = URL(fileURLWithPath: "/tmp/annals-samples")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let renderer = ChartRenderer()
        try renderer.render(Fixtures.smallTimeline(), to: dir.appendingPathComponent("timeline-small.png"), format: .png, width: 1200, height: 700)
        for n in [5, 50, 1000, 10_000] {
            try renderer.render(Fixtures.timeline(count: n), to: dir.appendingPathComponent("timeline-\(n).png"), format: .png, width: 1600, height: 900)
        }
        try renderer.render(Fixtures.casualties(), to: dir.appendingPathComponent("casualties.png"), format: .png, width: 1000, height: 500)
        try renderer.render(Fixtures.casualties(), to: dir.appendingPathComponent("casualties.pdf"), format: .pdf, width: 600, height: 320)
        try renderer.render(Fixtures.smallTimeline(), to: dir.appendingPathComponent("timeline-small.svg"), format: .svg, width: 720, height: 420)
        try renderer.render(TimelineChart(title: "Nothing dated yet", items: [], undated: ["A rumour"]),
                            to: dir.appendingPathComponent("timeline-empty.png"), format: .png, width: 500, height: 250)
        try renderer.render(Fixtures.timeline(count: 50), to: dir.appendingPathComponent("timeline-50-small.png"), format: .png, width: 600, height: 400)
        let lanes = (1...14).map { "District \($0) with a rather long name" }
        let many = (0..<140).map { i in
            TimelineItem(start: ChartDate(dayNumber: 9_000 + i * 11), end: i % 9 == 0 ? ChartDate(dayNumber: 9_040 + i * 11) : nil,
                         label: i == 3 ? String(repeating: "A very long statement title ", count: 8) : "Meeting \(i)",
                         lane: lanes[i % lanes.count], sourceCount: 1)
        }
        try renderer.render(TimelineChart(title: "Fourteen lanes", lanes: lanes, items: many), to: dir.appendingPathComponent("timeline-lanes.png"),
                            format: .png, width: 1000, height: 620)
        let outcomes = ["Killed", "Injured", "Missing"]
        let crowded = (0..<15).map { i in
            CasualtyBar(group: outcomes[i % 3], label: "Category \(i)", low: Double(i * 3), best: Double(i * 4 + 1), high: i % 4 == 0 ? nil : Double(i * 5 + 2),
                        isRemainder: i == 14)
        }
        try renderer.render(CasualtyChart(title: "Crowded", bars: crowded, footnote: "Sources: invented."),
                            to: dir.appendingPathComponent("casualties-crowded.png"), format: .png, width: 640, height: 293)
        // Rough timings of the benchmark-sized chart (2400×1200 px at 100 dpi, PDF 1728×864 pt).
        var timings = ""
        let big = Fixtures.timeline(count: 10_000)
        for (format, w, h, dpi) in [(OutputFormat.png, 2400, 1200, 100.0), (.pdf, 1728, 864, 72), (.svg, 1728, 864, 72)] {
            let start = Date()
            try renderer.render(big, to: dir.appendingPathComponent("bench-10000.\(format.rawValue)"), format: format, width: w, height: h, dpi: dpi)
            timings += "\(format.rawValue): \(Date().timeIntervalSince(start)) s\n"
        }
        let measurer = try TextEngine.measuring()
        let layoutStart = Date()
        let layout = TimelineLayoutEngine(measurer: measurer).layout(big, size: Size(width: 1728, height: 864))
        timings += "layout only: \(Date().timeIntervalSince(layoutStart)) s, \(layout.scene.marks.count) marks, \(layout.labels.count) labels\n"
        try timings.write(to: dir.appendingPathComponent("timings.txt"), atomically: true, encoding: .utf8)
        let pages = try ReportRenderer().render(Fixtures.report(), to: dir.appendingPathComponent("report.pdf"))
        #expect(pages > 1)
        try ReportRenderer().render(LinkFixtures.report(), to: dir.appendingPathComponent("links.pdf"))
        let pngs = try ReportRenderer().renderPages(LinkFixtures.report(), toPNGDirectory: dir, prefix: "links-page", dpi: 60)
        #expect(!pngs.isEmpty)
    }
}
