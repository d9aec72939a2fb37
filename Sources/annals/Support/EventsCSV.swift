import AnnalsCore
import AnnalsRender
import Foundation

/// Reads `start,end,label,group` CSV files for `annals timeline --events`.
enum EventsCSV {
    static func chart(path: String) throws -> TimelineChart {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot read the events file (does it exist and is it readable?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(path): the events file is not UTF-8 text")
        }
        let records: [CSVReader.Record]
        do { records = try CSVReader.read(text) } catch { throw CLIError("\(path):\(error.line): \(error.message)") }
        guard let header = records.first else { throw CLIError("\(path): the file is empty; expected a header start,end,label,group") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let si = names.firstIndex(of: "start"), let li = names.firstIndex(of: "label") else {
            throw CLIError("\(path):\(header.line): the header must name the columns start,end,label,group (found: \(names.joined(separator: ",")))")
        }
        let ei = names.firstIndex(of: "end"), gi = names.firstIndex(of: "group")
        var items: [TimelineItem] = []
        items.reserveCapacity(records.count)
        var lanes: [String] = []
        var laneSet = Set<String>()
        for r in records.dropFirst() {
            if r.fields.count == 1 && r.fields[0].isEmpty { continue }
            func field(_ i: Int?) -> String { i.flatMap { $0 < r.fields.count ? r.fields[$0] : nil } ?? "" }
            guard let (start, precision) = parse(field(si)) else {
                throw CLIError("\(path):\(r.line): '\(field(si))' is not a date; write start as YYYY-MM-DD, YYYY-MM or YYYY")
            }
            var end: ChartDate?
            let endText = field(ei)
            if !endText.isEmpty {
                guard let (e, _) = parse(endText) else {
                    throw CLIError("\(path):\(r.line): '\(endText)' is not a date; write end as YYYY-MM-DD, YYYY-MM or YYYY, or leave it empty")
                }
                guard e >= start else { throw CLIError("\(path):\(r.line): end \(endText) is before start \(field(si))") }
                end = e
            }
            let group = field(gi).isEmpty ? "Events" : field(gi)
            if laneSet.insert(group).inserted { lanes.append(group) }
            items.append(TimelineItem(start: start, end: end, precision: precision, label: field(li), lane: group))
        }
        lanes.sort()
        return TimelineChart(title: "Timeline: \(items.count) events", lanes: lanes, items: items)
    }

    /// ISO date at day, month or year precision.
    static func parse(_ s: String) -> (ChartDate, ChartPrecision)? {
        let text = s.trimmingCharacters(in: .whitespaces)
        guard let date = PartialDate(timeMLValue: text), let year = date.year, text.first?.isNumber == true else { return nil }
        switch date.precision {
        case .day, .time:
            guard let m = date.month, let d = date.day, PartialDate.isValid(year: year, month: m, day: d) else { return nil }
            return (ChartDate(year: year, month: m, day: d), .day)
        case .month, .season: return (ChartDate(year: year, month: date.month ?? 1, day: 1), .month)
        case .year: return (ChartDate(year: year), .year)
        case .decade: return (ChartDate(year: year), .decade)
        case .century: return (ChartDate(year: year), .century)
        }
    }
}
