import Foundation
import Testing
@testable import AnnalsRender

/// SVG output compared byte for byte with Golden/*.svg (after normalising Cairo's process-wide
/// surface counter, the only non-deterministic part). Re-record with ANNALS_RECORD_GOLDEN=1.
@Suite struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["ANNALS_RECORD_GOLDEN"] == "1"
    static let sourceGoldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func normalised(_ svg: String) -> String {
        svg.replacingOccurrences(of: #"surface[0-9]+"#, with: "surface", options: .regularExpression)
    }

    private func check(_ name: String, render: (URL) throws -> Void) throws {
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(name)
        try render(url)
        let actual = Self.normalised(try String(contentsOf: url, encoding: .utf8))
        let golden = Self.sourceGoldenDirectory.appendingPathComponent(name)
        if Self.recording {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let bundled = Bundle.module.url(forResource: "Golden", withExtension: nil)?.appendingPathComponent(name)
        let expectedURL = [golden, bundled].compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
        guard let expectedURL else {
            Issue.record("missing golden \(name); run with ANNALS_RECORD_GOLDEN=1 to record it")
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        if actual != expected {
            let failed = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("annals-golden-actual-\(name)")
            try? actual.write(to: failed, atomically: true, encoding: .utf8)
            Issue.record("\(name) differs from its golden file; actual output written to \(failed.path). If the change is intended, re-record with ANNALS_RECORD_GOLDEN=1.")
        }
    }

    @Test func timelineSVGMatchesGolden() throws {
        try check("timeline-small.svg") { url in
            try ChartRenderer().render(Fixtures.smallTimeline(), to: url, format: .svg, width: 720, height: 420)
        }
    }

    @Test func casualtySVGMatchesGolden() throws {
        try check("casualties.svg") { url in
            try ChartRenderer().render(Fixtures.casualties(), to: url, format: .svg, width: 560, height: 300)
        }
    }

    /// Page 1 of a linked report as PNG, compared pixel by pixel: at most 0.1% of pixels may differ
    /// by more than 24 levels in a channel (room for antialiasing changes in a font or Cairo update).
    static let pixelShareTolerance = 0.001

    @Test func reportPagePNGMatchesGoldenWithinTolerance() throws {
        let name = "report-page-1.png"
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try ReportRenderer().renderPages(LinkFixtures.report(), toPNGDirectory: dir, dpi: 50)
        let actualURL = try #require(files.first)
        let golden = Self.sourceGoldenDirectory.appendingPathComponent(name)
        if Self.recording {
            _ = try? FileManager.default.removeItem(at: golden)
            try FileManager.default.copyItem(at: actualURL, to: golden)
            return
        }
        let bundled = Bundle.module.url(forResource: "Golden", withExtension: nil)?.appendingPathComponent(name)
        guard let expectedURL = [golden, bundled].compactMap({ $0 }).first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            Issue.record("missing golden \(name); run with ANNALS_RECORD_GOLDEN=1 to record it")
            return
        }
        let actual = try PNGPixels(path: actualURL.path), expected = try PNGPixels(path: expectedURL.path)
        let share = actual.differingShare(from: expected, channelTolerance: 24)
        if share > Self.pixelShareTolerance {
            let failed = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("annals-golden-actual-\(name)")
            _ = try? FileManager.default.removeItem(at: failed)
            try? FileManager.default.copyItem(at: actualURL, to: failed)
            Issue.record("\(name): \(share * 100)% of pixels differ; actual written to \(failed.path). Re-record with ANNALS_RECORD_GOLDEN=1 if intended.")
        }
    }

    @Test func pixelComparisonSeesARealChange() throws {
        let dir = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.png"), b = dir.appendingPathComponent("b.png")
        try ChartRenderer().render(Fixtures.casualties(), to: a, format: .png, width: 400, height: 240)
        var other = Fixtures.casualties()
        other.bars[0].best = (other.bars[0].best ?? 0) * 1.6
        try ChartRenderer().render(other, to: b, format: .png, width: 400, height: 240)
        let pa = try PNGPixels(path: a.path), pb = try PNGPixels(path: b.path)
        #expect(pa.differingShare(from: pa, channelTolerance: 0) == 0)
        #expect(pa.differingShare(from: pb, channelTolerance: 24) > Self.pixelShareTolerance)
    }
}
