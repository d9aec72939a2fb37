import Foundation
@testable import AnnalsRender

/// Invented charts (fictional floods and strikes) used by the tests; deterministic.
enum Fixtures {
    static func smallTimeline() -> TimelineChart {
        TimelineChart(
            title: "Harbour strike and floods, 1978–2016",
            lanes: ["Strike", "Floods", "Inquiry", "Unused lane"],
            items: [
                TimelineItem(start: ChartDate(year: 1979, month: 3, day: 14), label: "Dock workers walk out", lane: "Strike", sourceCount: 3),
                TimelineItem(start: ChartDate(year: 1979, month: 4), end: ChartDate(year: 1980, month: 9), precision: .month,
                             label: "Port closed", lane: "Strike", sourceCount: 2),
                TimelineItem(start: ChartDate(year: 1981, month: 6, day: 2), label: "River bursts its banks", lane: "Floods",
                             approximate: true, sourceCount: 1, keyFigure: "48 dead"),
                TimelineItem(start: ChartDate(year: 1982), precision: .year, label: "Levee rebuilt", lane: "Floods", inferred: true),
                TimelineItem(start: ChartDate(year: 2013, month: 11, day: 20), label: "Commission opens hearings", lane: "Inquiry", sourceCount: 4),
                TimelineItem(start: ChartDate(year: 2015, month: 2), precision: .month, label: "Final report", lane: "Inquiry",
                             approximate: true, inferred: true, sourceCount: 12),
            ],
            undated: ["Memorial unveiled", "Second walk-out rumoured"],
            footnote: "Sources: [1] Coastal Herald; [2] Valley Times; [3] Commission transcript."
        )
    }

    /// `count` items over a few lanes and two distant bursts, with a simple LCG for spread.
    static func timeline(count: Int) -> TimelineChart {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let lanes = ["Protests", "Military", "Diplomacy", "Humanitarian"]
        let verbs = ["Rally in", "Shelling near", "Talks at", "Convoy reaches", "Curfew in", "Ceasefire at", "Airlift to"]
        let places = ["Norbury", "Kelston", "Aramoor", "Vilden", "Oskarsby", "Tarrow", "Pemberly Heights"]
        var items: [TimelineItem] = []
        for i in 0..<count {
            let burst = next(3) == 0
            let year = burst ? 2009 + next(6) : 1970 + next(6)
            let start = ChartDate(year: year, month: 1 + next(12), day: 1 + next(28))
            let kind = next(10)
            var item = TimelineItem(start: start, label: "\(verbs[next(verbs.count)]) \(places[next(places.count)])",
                                    lane: lanes[next(lanes.count)], sourceCount: 1 + next(4))
            if kind == 0 { item.end = ChartDate(dayNumber: start.dayNumber + 20 + next(200)) }
            if kind == 1 { item.precision = .month; item.start.day = 1 }
            if kind == 2 { item.precision = .year; item.start = ChartDate(year: year) }
            item.approximate = next(8) == 0
            item.inferred = next(9) == 0
            if i % 97 == 0 { item.keyFigure = "\(10 + next(900)) displaced" }
            items.append(item)
        }
        return TimelineChart(title: "Synthetic timeline (\(count) events)", lanes: lanes, items: items,
                             undated: (0..<min(count / 10, 40)).map { "Undated report #\($0 + 1)" },
                             footnote: "Synthetic data for layout tests.")
    }

    static func casualties() -> CasualtyChart {
        CasualtyChart(
            title: "Reported casualties of the 1981 river flood",
            bars: [
                CasualtyBar(group: "Killed", label: "All", low: 41, best: 48, high: 63, annotation: "[1][2]"),
                CasualtyBar(group: "Killed", label: "Children", best: 9, high: 9, annotation: "[2]"),
                CasualtyBar(group: "Killed", label: "Not covered by a category", best: 39, high: 39, isRemainder: true),
                CasualtyBar(group: "Injured", label: "All", low: 150, best: 150, high: nil, approximate: true, annotation: "[3]"),
                CasualtyBar(group: "Displaced", label: "All", low: 1_800, best: 2_400, high: 3_100, annotation: "[1]"),
            ],
            footnote: "Sources: [1] Coastal Herald; [2] Valley Times; [3] Red Cross bulletin."
        )
    }
}

extension Fixtures {
    /// A report long enough to span pages, with a table that overflows a page.
    static func report(rows: Int = 80) -> ReportDocument {
        let paragraph = "The harbour authority reported that <i>dock workers</i> stayed out for several weeks; "
            + "accounts differ on the number of vessels held at anchor &amp; on the date the port reopened. "
        var blocks: [Flowable] = [
            .heading(level: 1, text: "Harbour strike and floods"),
            .paragraph(markup: String(repeating: paragraph, count: 4)),
            .heading(level: 2, text: "Timeline"),
            .timeline(smallTimeline(), height: 300),
            .heading(level: 2, text: "Casualties"),
            .casualties(casualties(), height: 220),
            .heading(level: 2, text: "Sources"),
        ]
        let table = Table(header: ["Source ID", "Outlet", "Sentence"],
                          rows: (1...rows).map { ["S\($0)", "Valley Times", "Row \($0): " + String(repeating: "a quoted sentence about the levee ", count: 1 + $0 % 3)] },
                          columnWeights: [1, 2, 5])
        blocks.append(.table(table))
        blocks.append(.heading(level: 3, text: "Notes"))
        blocks.append(.paragraph(markup: String(repeating: paragraph, count: 12)))
        return ReportDocument(
            metadata: ReportMetadata(title: "Harbour report", author: "Annals tests", subject: "Strike and floods",
                                     keywords: ["strike", "flood"], creationDate: Date(timeIntervalSince1970: 1_500_000_000)),
            blocks: blocks, headerText: "Annals — Harbour strike and floods")
    }
}
