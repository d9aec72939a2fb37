/// A labelled tick on the time axis.
public struct TimeTick: Sendable, Equatable {
    public var day: Double
    public var x: Double
    public var label: String
    public var unit: TimeTickUnit
    /// Where the label is drawn (centred on `x`, below the axis line at y 0).
    public var labelRect: Rect
}

/// Tick spacings, finest first.
public enum TimeTickUnit: Int, Sendable, CaseIterable, Comparable {
    case day, twoDays, week, month, quarter, halfYear, year, twoYears, fiveYears, decade, twentyYears, fiftyYears, century

    public static func < (a: TimeTickUnit, b: TimeTickUnit) -> Bool { a.rawValue < b.rawValue }

    var yearStep: Int? {
        switch self {
        case .year: 1
        case .twoYears: 2
        case .fiveYears: 5
        case .decade: 10
        case .twentyYears: 20
        case .fiftyYears: 50
        case .century: 100
        default: nil
        }
    }

    var monthStep: Int? {
        switch self {
        case .month: 1
        case .quarter: 3
        case .halfYear: 6
        default: nil
        }
    }

    var dayStep: Int? {
        switch self {
        case .day: 1
        case .twoDays: 2
        case .week: 7
        default: nil
        }
    }
}

extension TimeScale {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Chooses, per segment, the finest unit whose labels do not overlap, then drops any label that
    /// would still touch its neighbour across segments. Label widths come from `measure`.
    /// - Parameters:
    ///   - labelHeight: height of the label rectangles.
    ///   - minimumGap: required blank space between neighbouring labels, in points.
    public func ticks(labelHeight: Double = 10, minimumGap: Double = 6, measure: (String) -> Double) -> [TimeTick] {
        var perSegment: [[TimeTick]] = []
        for segment in segments {
            var chosen: [TimeTick] = []
            for unit in TimeTickUnit.allCases {
                let candidates = Self.candidates(segment: segment, unit: unit, labelHeight: labelHeight, measure: measure)
                guard let candidates else { continue }  // too many to consider
                if candidates.count >= 2 || unit == .century, Self.fits(candidates, minimumGap: minimumGap, within: segment.range) {
                    chosen = candidates
                    break
                }
                if candidates.count == 1, chosen.isEmpty { chosen = candidates }
            }
            perSegment.append(chosen)
        }
        // Greedy across segments: keep a label only if clear of the last kept one. A label names the
        // year whenever the year differs from the last label kept in its segment (always for a
        // segment's first), so dropping a crowded label never leaves "Jul 2010, Jul, Jan 2012"
        // where the middle one's year cannot be read. A segment left without any label gets one at
        // its middle date, so every stretch of the broken axis can be read.
        var kept: [TimeTick] = []
        for (s, ticks) in perSegment.enumerated() {
            var first = true
            var lastYear: Int?
            for var tick in ticks {
                let date = ChartDate(dayNumber: Int(tick.day))
                let label = Self.label(date, unit: tick.unit, first: lastYear != date.year)
                if label != tick.label {
                    tick.label = label
                    let w = measure(label)
                    tick.labelRect = Rect(x: tick.x - w / 2, y: 0, width: w, height: labelHeight)
                }
                if let last = kept.last, tick.labelRect.x < last.labelRect.maxX + minimumGap { continue }
                kept.append(tick)
                lastYear = date.year
                first = false
            }
            if first {
                let segment = segments[s]
                let day = ((segment.domain.lowerBound + segment.domain.upperBound) / 2).rounded(.down)
                let span = segment.domain.upperBound - segment.domain.lowerBound
                let unit: TimeTickUnit = span < 62 ? .day : span < 730 ? .month : .year
                let label = Self.label(ChartDate(dayNumber: Int(day)), unit: unit, first: true)
                let w = measure(label)
                let x = segment.x(day)
                let tick = TimeTick(day: day, x: x, label: label, unit: unit, labelRect: Rect(x: x - w / 2, y: 0, width: w, height: labelHeight))
                // Make room: drop earlier labels this one would touch.
                while let last = kept.last, tick.labelRect.x < last.labelRect.maxX + minimumGap { kept.removeLast() }
                kept.append(tick)
            }
        }
        return kept
    }

    private static func fits(_ ticks: [TimeTick], minimumGap: Double, within range: ClosedRange<Double>) -> Bool {
        for (a, b) in zip(ticks, ticks.dropFirst()) where b.labelRect.x < a.labelRect.maxX + minimumGap { return false }
        return true
    }

    /// Ticks of `unit` inside the segment, or nil when there would be more than 80 (clearly too dense).
    private static func candidates(segment: Segment, unit: TimeTickUnit, labelHeight: Double, measure: (String) -> Double) -> [TimeTick]? {
        let lo = segment.domain.lowerBound, hi = segment.domain.upperBound
        let spanDays = hi - lo
        let approxDays: Double = unit.dayStep.map(Double.init) ?? unit.monthStep.map { Double($0) * 30.4 } ?? Double(unit.yearStep!) * 365.25
        if spanDays / approxDays > 80 { return nil }
        var days: [(Int, ChartDate)] = []
        let first = ChartDate(dayNumber: Int(lo.rounded(.down)))
        if let step = unit.dayStep {
            var d = Int(lo.rounded(.up))
            while d <= Int(hi) {
                let aligned = step == 7 ? (d + 3) % 7 == 0 : (step == 1 || d % step == 0)
                if aligned { days.append((d, ChartDate(dayNumber: d))) }
                d += 1
            }
        } else if let step = unit.monthStep {
            var y = first.year, m = ((first.month - 1) / step) * step + 1
            while true {
                let date = ChartDate(year: y, month: m)
                let n = date.dayNumber
                if Double(n) > hi { break }
                if Double(n) >= lo { days.append((n, date)) }
                m += step
                if m > 12 { m -= 12; y += 1 }
            }
        } else if let step = unit.yearStep {
            var y = ChartDate.floor(first.year, step)
            while true {
                let date = ChartDate(year: y)
                let n = date.dayNumber
                if Double(n) > hi { break }
                if Double(n) >= lo { days.append((n, date)) }
                y += step
            }
        }
        var result: [TimeTick] = []
        result.reserveCapacity(days.count)
        for (index, (n, date)) in days.enumerated() {
            let label = Self.label(date, unit: unit, first: index == 0)
            let x = segment.x(Double(n))
            let w = measure(label)
            result.append(TimeTick(day: Double(n), x: x, label: label, unit: unit,
                                   labelRect: Rect(x: x - w / 2, y: 0, width: w, height: labelHeight)))
        }
        return result
    }

    static func label(_ date: ChartDate, unit: TimeTickUnit, first: Bool) -> String {
        let month = monthNames[max(0, min(11, date.month - 1))]
        switch unit {
        case .day, .twoDays, .week:
            return (first || (date.month == 1 && date.day == 1)) ? "\(date.day) \(month) \(date.year)" : "\(date.day) \(month)"
        case .month, .quarter, .halfYear:
            return (first || date.month == 1) ? "\(month) \(date.year)" : month
        default:
            return "\(date.year)"
        }
    }
}
