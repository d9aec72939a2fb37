import AnnalsCore
import AnnalsRender

/// Everything a section of the report needs, built once per document.
struct ReportContext {
    let digest: Digest
    let index: DigestIndex
    let citations: Citations
    let selection: ReportSelection
    /// Where the complete record is (see `ReportBuilder.completeRecord`).
    let completeRecord: String

    var budget: ReportBudget { selection.budget }

    /// A figure's values as markup ("613 [1][2], 600 [3]"), joined by `separator`; within a budget
    /// the values most sources state, the rest counted.
    func values(_ f: Figure, separator: String) -> String {
        var shown = f.values
        if let limit = budget.valuesPerFigure, shown.count > limit {
            let order = shown.indices.sorted { (shown[$0].sources.count, $1) > (shown[$1].sources.count, $0) }
            shown = order.prefix(limit).sorted().map { f.values[$0] }
        }
        var text = shown.map { Markup.escape(FigureText.quantity($0.quantity)) + " " + citations.linkedMarkers($0.sources.map(\.file)) }
            .joined(separator: separator)
        if shown.count < f.values.count {
            text += Markup.escape(" (+\(FigureText.number(f.values.count - shown.count)) more values, with their sources in \(completeRecord))")
        }
        return text
    }

    /// "The other 1,234 events are in report.html in the same folder." as escaped markup
    /// ("The other event is in …" for one).
    func elsewhere(_ count: Int, _ singular: String, _ plural: String) -> String {
        Markup.escape(count == 1 ? "The other \(singular) is in \(completeRecord)."
                                 : "The other \(FigureText.number(count)) \(plural) are in \(completeRecord).")
    }
}

/// The source numbers a document cites: every `#source-N` link in its markup and every "[N]"
/// marker in its charts' labels and footnotes.
///
/// Why: an abridged document lists only the sources it cites, and every citation must lead to an
/// entry. Reading the citations back from the finished blocks keeps that true whatever a section
/// prints. Over-counting (a "[3]" in a source's own words on a chart) only lists one source more.
/// Complexity: O(total length of the text scanned).
enum CitedSources {
    static func numbers(in blocks: [Flowable]) -> Set<Int> {
        var numbers = Set<Int>()
        for block in blocks {
            switch block {
            case let .paragraph(markup):
                links(in: markup, into: &numbers)
            case let .table(table):
                for row in table.rows { for cell in row { links(in: cell, into: &numbers) } }
            case let .timeline(chart, _):
                markers(in: chart.footnote ?? "", into: &numbers)
            case let .casualties(chart, _):
                for bar in chart.bars { markers(in: bar.annotation ?? "", into: &numbers) }
                markers(in: chart.footnote ?? "", into: &numbers)
            case let .units(chart, _):
                for group in chart.groups { markers(in: group.annotation ?? "", into: &numbers) }
                markers(in: chart.footnote ?? "", into: &numbers)
            case .heading, .spacer, .pageBreak:
                break
            }
        }
        return numbers
    }

    static let linkPrefix = Array("href=\"#source-".utf8)

    /// Numbers of `href="#source-N"` links.
    static func links(in markup: String, into numbers: inout Set<Int>) {
        let bytes = Array(markup.utf8)
        guard bytes.count > linkPrefix.count else { return }
        var i = 0
        while i + linkPrefix.count <= bytes.count {
            if bytes[i] == linkPrefix[0], bytes[i..<(i + linkPrefix.count)].elementsEqual(linkPrefix) {
                i += linkPrefix.count
                if let (n, next) = digits(bytes, from: i) { numbers.insert(n); i = next }
            } else {
                i += 1
            }
        }
    }

    /// Numbers of bracketed "[N]" markers.
    static func markers(in text: String, into numbers: inout Set<Int>) {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "["), let (n, next) = digits(bytes, from: i + 1), next < bytes.count, bytes[next] == UInt8(ascii: "]") {
                numbers.insert(n)
                i = next + 1
            } else {
                i += 1
            }
        }
    }

    /// The decimal number starting at `start` (1–9 digits) and the index after it.
    private static func digits(_ bytes: [UInt8], from start: Int) -> (Int, Int)? {
        var i = start, n = 0
        while i < bytes.count, i - start < 9, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
            n = n * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            i += 1
        }
        return i > start ? (n, i) : nil
    }
}
