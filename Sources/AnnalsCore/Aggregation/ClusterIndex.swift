/// Which merged events a new cluster could be one happening with, so merging a large corpus does
/// not compare every cluster with every event.
///
/// Sound by construction, from what `Aggregator.sameHappening` requires:
/// - the same type;
/// - a cluster that names a place or name (keyed) merges only with a keyed event, and only when
///   their dates are compatible (where both have day bounds, the ranges overlap) or at most a few
///   days apart — so their months are at most one apart. Keyed events are filed under every month
///   their dates cover; a keyed cluster looks in the months of one of its dates, widened by one
///   month on each side, plus the keyed events with no such date. A cluster without a usable date
///   is compared with every keyed event of its type;
/// - a cluster that names nothing merges only with an event that names nothing and shares one of
///   its day-precise dates (`MergeRules.mergeUnnamedSameDay`), so unnamed events are filed under
///   those dates alone, and an unnamed cluster without one has no candidate.
/// Candidates come in the order the events were made, so the first match is the one a full scan
/// would find. An event that gains names or dates while merging is filed again (`update`); an
/// entry it no longer qualifies for is harmless, since every candidate is still tested in full.
struct ClusterIndex {
    /// Dates spanning more months than this are not filed month by month (the event is then a
    /// candidate for every keyed cluster of its type).
    static let longestFiledSpanInMonths = 600

    private var keyedAll: [EventType: [Int]] = [:]
    private var keyedUnfiled: [EventType: [Int]] = [:]
    private var keyedByMonth: [EventType: [Int: [Int]]] = [:]
    private var unnamedByDay: [EventType: [DateSpan: [Int]]] = [:]
    /// What each event is filed under already, so an update files only what is new.
    private var keyed: Set<Int> = []
    private var unfiled: Set<Int> = []
    private var months: [Int: Set<Int>] = [:]
    private var days: [Int: Set<DateSpan>] = [:]

    mutating func add(_ id: Int, _ cluster: EventCluster) { update(id, cluster) }

    /// Files `id` under what `cluster` (its current state) may match.
    mutating func update(_ id: Int, _ cluster: EventCluster) {
        let type = cluster.type
        if cluster.keys.isEmpty {
            var known = days[id] ?? []
            for claim in cluster.dates where claim.date.start.precision >= .day && !known.contains(claim.date) {
                unnamedByDay[type, default: [:]][claim.date, default: []].append(id)
                known.insert(claim.date)
            }
            days[id] = known
            return
        }
        if keyed.insert(id).inserted { keyedAll[type, default: []].append(id) }
        guard let filed = Self.months(of: cluster) else {
            if unfiled.insert(id).inserted { keyedUnfiled[type, default: []].append(id) }
            return
        }
        var known = months[id] ?? []
        for m in filed where !known.contains(m) {
            keyedByMonth[type, default: [:]][m, default: []].append(id)
            known.insert(m)
        }
        months[id] = known
    }

    /// The events `cluster` may merge into, in creation order.
    func candidates(for cluster: EventCluster) -> [Int] {
        let type = cluster.type
        if cluster.keys.isEmpty {
            var found = Set<Int>()
            for claim in cluster.dates where claim.date.start.precision >= .day {
                found.formUnion(unnamedByDay[type]?[claim.date] ?? [])
            }
            return found.sorted()
        }
        guard let probe = cluster.dates.lazy.compactMap({ Self.monthRange($0.date) }).first else { return keyedAll[type] ?? [] }
        var found = Set(keyedUnfiled[type] ?? [])
        if let buckets = keyedByMonth[type] {
            for m in (probe.lowerBound - 1)...(probe.upperBound + 1) { found.formUnion(buckets[m] ?? []) }
        }
        return found.sorted()
    }

    /// Every month (year × 12 + month − 1) the cluster's dates cover, or nil when none of its dates
    /// has day bounds or one spans too long to file month by month.
    private static func months(of cluster: EventCluster) -> [Int]? {
        var months: [Int] = []
        for claim in cluster.dates {
            guard let range = monthRange(claim.date) else {
                // A date with a year but no usable bounds could fit anything filed by month.
                if claim.date.start.year != nil { return nil }
                continue
            }
            months.append(contentsOf: range)
        }
        return months.isEmpty ? nil : months
    }

    /// The months a date covers, when it has day bounds and spans at most `longestFiledSpanInMonths`.
    static func monthRange(_ date: DateSpan) -> ClosedRange<Int>? {
        guard let bounds = date.ordinalBounds else { return nil }
        let first = bounds.0 / 10_000 * 12 + (bounds.0 / 100 % 100) - 1
        let last = bounds.1 / 10_000 * 12 + (bounds.1 / 100 % 100) - 1
        guard first <= last, last - first <= longestFiledSpanInMonths else { return nil }
        return first...last
    }
}
