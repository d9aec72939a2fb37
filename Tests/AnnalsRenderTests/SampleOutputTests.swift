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
        let pages = try ReportRenderer().render(Fixtures.report(), to: dir.appendingPathComponent("report.pdf"))
        #expect(pages > 1)
    }
}
