import Foundation
import Testing
@testable import AnnalsRender

@Suite("Unit chart")
struct UnitChartTests {
    static let flood = UnitChart(title: "Drowned in the river flood", groups: [
        UnitGroup(label: "Fishermen", count: 41, annotation: "[2]"),
        UnitGroup(label: "Pupils", count: 88, approximate: true, annotation: "[1][3]"),
        UnitGroup(label: "Rescuers", count: 2),
        UnitGroup(label: "Not covered by a category", count: 950, isRemainder: true),
    ], footnote: "Sources: [1] River Gazette; [2] Delta Post; [3] Valley Courier.")

    static func expectSound(_ layout: UnitChartLayout, _ chart: UnitChart, _ size: Size, pairwise: Bool) {
        #expect(layout.drawsMarks)
        #expect(layout.markRects.map(\.count) == chart.groups.map { max(0, $0.count) })
        let canvas = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let all = layout.markRects.flatMap { $0 }
        #expect(all.allSatisfy { canvas.contains($0) && $0.width > 0 })
        if pairwise {
            var overlaps = 0
            for i in all.indices { for j in all.indices where j > i && all[i].intersects(all[j]) { overlaps += 1 } }
            #expect(overlaps == 0)
        }
    }

    @Test func placesOneMarkPerPersonWithoutOverlapInsideTheCanvas() throws {
        let engine = UnitChartLayoutEngine(measurer: try TextEngine.measuring())
        for size in [Size(width: 720, height: 450), Size(width: 480, height: 260), Size(width: 300, height: 520)] {
            UnitChartTests.expectSound(engine.layout(Self.flood, size: size), Self.flood, size, pairwise: true)
        }
    }

    @Test func theLimitItselfStillFitsAndGroupsStartOnTheirOwnRows() throws {
        let engine = UnitChartLayoutEngine(measurer: try TextEngine.measuring())
        let chart = UnitChart(title: "Evacuated", groups: [UnitGroup(label: "Island", count: 3_999),
                                                           UnitGroup(label: "Not covered by a category", count: 1_001, isRemainder: true)])
        #expect(chart.total == UnitChart.maximumTotal)
        let size = Size(width: 480, height: 300)
        let layout = engine.layout(chart, size: size)
        UnitChartTests.expectSound(layout, chart, size, pairwise: false)
        // The second group begins below the first one's last row.
        let firstBottom = layout.markRects[0].map(\.maxY).max()!, secondTop = layout.markRects[1].map(\.y).min()!
        #expect(secondTop >= firstBottom)
    }

    @Test func drawsMarksARowAtATimeNotOneCallPerPerson() throws {
        let size = Size(width: 720, height: 450)
        let layout = UnitChartLayoutEngine(measurer: try TextEngine.measuring()).layout(Self.flood, size: size)
        let lines = layout.scene.marks.filter { if case .line = $0 { return true } else { return false } }
        // Filled groups: one stroke a row (plus the legend swatch); the hollow remainder: its row and column edges.
        let rows = layout.markRects.map { Set($0.map(\.y)).count }
        let columns = layout.markRects.map { Set($0.map(\.x)).count }
        let expected = (0..<3).map { rows[$0] + 1 }.reduce(0, +) + 2 * (rows[3] + columns[3]) + 4
        #expect(lines.count == expected)
        #expect(lines.count * 4 < Self.flood.total)
    }

    @Test func aboveTheLimitTheRendererThrowsAndTheLayoutDrawsANote() throws {
        let chart = UnitChart(title: "Displaced", groups: [UnitGroup(label: "Valley", count: 4_000), UnitGroup(label: "Coast", count: 1_200)])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("unit-too-many-\(UUID().uuidString).png")
        #expect(throws: RenderError.self) { try ChartRenderer().render(chart, to: url, format: .png, width: 600, height: 400) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
        let layout = UnitChartLayoutEngine(measurer: try TextEngine.measuring()).layout(chart, size: Size(width: 600, height: 400))
        #expect(!layout.drawsMarks)
        #expect(layout.markRects.allSatisfy { $0.isEmpty })
        let notes = layout.scene.marks.compactMap { if case let .text(s, _, _) = $0 { return s } else { return nil } }
        #expect(notes.contains { $0.contains("5,200 people") && $0.contains("5,000") })
    }

    @Test func pngShowsFilledCategoryMarksAndHollowRemainderMarks() throws {
        let chart = UnitChart(title: "Injured at the stadium", groups: [
            UnitGroup(label: "Stewards", count: 3), UnitGroup(label: "Not covered by a category", count: 4, isRemainder: true),
        ])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("unit-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: url) }
        // At 72 dpi a point is a pixel, so the layout's rectangles are pixel positions.
        try ChartRenderer().render(chart, to: url, format: .png, width: 400, height: 240, dpi: 72)
        let png = try PNGPixels(path: url.path)
        let layout = UnitChartLayoutEngine(measurer: try TextEngine.measuring()).layout(chart, size: Size(width: 400, height: 240))
        func rgb(_ x: Double, _ y: Double) -> (Int, Int, Int) {
            let p = png.argb[Int(y) * png.width + Int(x)]
            return (Int((p >> 16) & 0xFF), Int((p >> 8) & 0xFF), Int(p & 0xFF))
        }
        let drawn = png.argb.filter { ($0 & 0xFFFFFF) != 0xFFFFFF }.count
        #expect(drawn > 500)
        // A category mark is filled with the first Okabe–Ito colour (blue 0072B2) right through.
        let filled = layout.markRects[0][0]
        let centre = rgb(filled.midX, filled.midY)
        #expect(centre.0 < 40 && centre.2 > 150)
        // A remainder mark is hollow: white in the middle, dark on its edge.
        let hollow = layout.markRects[1][0]
        #expect(hollow.width >= 6)
        let middle = rgb(hollow.midX, hollow.midY), edge = rgb(hollow.x + 0.5, hollow.midY)
        #expect(middle.0 > 240 && middle.1 > 240 && middle.2 > 240)
        #expect(edge.0 < 160)
    }
}
