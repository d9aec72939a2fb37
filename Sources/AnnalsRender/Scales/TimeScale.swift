/// Maps dates (as day numbers) onto x, compressing long empty gaps into axis breaks.
///
/// The dated intervals are merged into clusters; a gap between clusters longer than
/// `gapFraction` of the whole span (and at least `minimumGapDays`) becomes a break of
/// fixed width, so distant bursts of events (say 1978–1983 and 2011–2016) each get a
/// readable share of the axis. Segment widths follow their spans, with a floor so that
/// a short burst is never squeezed to nothing.
public struct TimeScale: Sendable, Equatable {
    /// A continuous piece of the axis: days `domain` drawn over x `range`.
    public struct Segment: Sendable, Equatable {
        public var domain: ClosedRange<Double>
        public var range: ClosedRange<Double>

        func x(_ day: Double) -> Double {
            let span = domain.upperBound - domain.lowerBound
            guard span > 0 else { return (range.lowerBound + range.upperBound) / 2 }
            return range.lowerBound + (day - domain.lowerBound) / span * (range.upperBound - range.lowerBound)
        }
    }

    public let segments: [Segment]
    /// x ranges of the axis breaks between segments (drawn with zigzags).
    public var breaks: [ClosedRange<Double>] {
        zip(segments, segments.dropFirst()).map { $0.range.upperBound...$1.range.lowerBound }
    }

    /// - Parameters:
    ///   - intervals: dated extents in day numbers (`ChartDate.dayNumber`), end exclusive.
    ///   - range: the x extent to fill.
    ///   - breakWidth: x width of each break.
    ///   - gapFraction: a gap becomes a break when longer than this fraction of the total span.
    ///   - maximumBreaks: only the longest gaps become breaks.
    /// Complexity: O(n log n) for n intervals.
    public init(
        intervals: [ClosedRange<Double>], range: ClosedRange<Double>, breakWidth: Double = 16,
        gapFraction: Double = 0.25, minimumGapDays: Double = 30, maximumBreaks: Int = 4
    ) {
        let sorted = intervals.sorted { $0.lowerBound < $1.lowerBound }
        var clusters: [ClosedRange<Double>] = []
        for interval in sorted {
            if let last = clusters.last, interval.lowerBound <= last.upperBound {
                clusters[clusters.count - 1] = last.lowerBound...max(last.upperBound, interval.upperBound)
            } else {
                clusters.append(interval)
            }
        }
        if clusters.isEmpty { clusters = [0...365] }
        let total = max(1, clusters.last!.upperBound - clusters.first!.lowerBound)
        // Longest qualifying gaps become breaks.
        var gapIndices = (0..<(clusters.count - 1)).filter { i in
            let gap = clusters[i + 1].lowerBound - clusters[i].upperBound
            return gap >= gapFraction * total && gap >= minimumGapDays
        }
        gapIndices.sort { (clusters[$0 + 1].lowerBound - clusters[$0].upperBound) > (clusters[$1 + 1].lowerBound - clusters[$1].upperBound) }
        let breakAfter = Set(gapIndices.prefix(maximumBreaks))
        var domains: [ClosedRange<Double>] = []
        var current = clusters[0]
        for i in 1..<max(1, clusters.count) where clusters.count > 1 {
            if breakAfter.contains(i - 1) {
                domains.append(current)
                current = clusters[i]
            } else {
                current = current.lowerBound...clusters[i].upperBound
            }
        }
        domains.append(current)
        // Pad each segment so marks at its ends do not sit on the break or the plot edge.
        let minSpan = max(7, 0.02 * total)
        domains = domains.map { d in
            var lo = d.lowerBound, hi = d.upperBound
            if hi - lo < minSpan {
                let c = (lo + hi) / 2
                lo = c - minSpan / 2
                hi = c + minSpan / 2
            }
            let pad = (hi - lo) * 0.04
            return (lo - pad)...(hi + pad)
        }
        // Allocate widths: proportional to span, floored at a quarter of the longest segment.
        let width = range.upperBound - range.lowerBound
        let available = max(1, width - breakWidth * Double(domains.count - 1))
        let longest = domains.map { $0.upperBound - $0.lowerBound }.max() ?? 1
        let weights = domains.map { max($0.upperBound - $0.lowerBound, 0.25 * longest) }
        let weightSum = weights.reduce(0, +)
        var x = range.lowerBound
        var segments: [Segment] = []
        for (domain, weight) in zip(domains, weights) {
            let w = available * weight / weightSum
            segments.append(Segment(domain: domain, range: x...(x + w)))
            x += w + breakWidth
        }
        self.segments = segments
    }

    /// The x of a day number. Days inside a break map to the break's middle; days outside clamp to the ends. O(segments).
    public func x(day: Double) -> Double {
        guard let first = segments.first, let last = segments.last else { return 0 }
        if day <= first.domain.lowerBound { return first.x(day) }
        for (i, segment) in segments.enumerated() {
            if day <= segment.domain.upperBound { return segment.x(day) }
            if i + 1 < segments.count, day < segments[i + 1].domain.lowerBound {
                return (segment.range.upperBound + segments[i + 1].range.lowerBound) / 2
            }
        }
        return last.x(day)
    }

    public func x(_ date: ChartDate) -> Double { x(day: Double(date.dayNumber)) }

    /// Whether the day falls inside a drawn segment (not in a break).
    public func isVisible(day: Double) -> Bool {
        segments.contains { $0.domain.contains(day) }
    }
}
