/// Which merged events a new cluster could be one happening with, so merging a large corpus does
/// not compare every cluster with every event.
///
/// Sound by construction, from what `Aggregator.sameHappening` requires:
/// - the same type;
/// - a cluster that names a place or name (keyed) merges only with a keyed event that has a
///   matching name (`NameMatcher`), in both of `sameHappening`'s branches. Keyed events are filed
///   under each of their folded names (`NameKeys`); a keyed cluster looks under every name that
///   matches one of its own. An event's filed names are exactly its names, since merging only
///   adds names and every change is filed again — so every candidate shares a name;
/// - and only when their dates are compatible (where both have day bounds, the ranges overlap) or
///   at most a few days apart — so their months are at most one apart. Keyed events are also filed
///   under every month their dates cover; a keyed cluster keeps, of the events sharing a name,
///   those filed in the months of one of its dates widened by one month on each side, plus those
///   with no such date. A cluster without a usable date keeps every event sharing a name;
/// - commemorations (with `MergeRules.commemorationsNeedDates`) merge only when both are dated, so
///   an undated one has no candidate;
/// - a cluster that names nothing merges only with an event that names nothing and shares one of
///   its day-precise dates (`MergeRules.mergeUnnamedSameDay`), so unnamed events are filed under
///   those dates alone, and an unnamed cluster without one has no candidate.
/// Candidates come in the order the events were made, so the first match is the one a full scan
/// would find. An event that gains names or dates while merging is filed again (`update`); an
/// entry it no longer qualifies for is harmless, since every candidate is still tested in full.
struct ClusterIndex {
    /// Dates spanning more months than this are not filed month by month (the event is then a
    /// candidate for every keyed cluster of its type that shares a name).
    static let longestFiledSpanInMonths = 600

    let rules: MergeRules
    private var nameKeys: NameKeys
    private var keyedByName: [EventType: [Int: [Int]]] = [:]
    private var unnamedByDay: [EventType: [DateSpan: [Int]]] = [:]
    /// What each event is filed under already, so an update files only what is new, and so a
    /// candidate's months can be tested without a bucket per month.
    private var names: [Int: Set<Int>] = [:]
    private var unfiled: Set<Int> = []
    private var months: [Int: Set<Int>] = [:]
    private var days: [Int: Set<DateSpan>] = [:]
    /// Scratch for `candidates`: the query that last saw each event, so a union needs no set.
    private var seenBy: [Int] = []
    private var query = 0

    init(rules: MergeRules = .standard) {
        self.rules = rules
        nameKeys = NameKeys(matcher: NameMatcher(maximumDistanceRatio: rules.nameDistanceRatio))
    }

    mutating func add(_ id: Int, _ cluster: EventCluster) { update(id, cluster) }

    /// Files `id` under what `cluster` (its current state) may match.
    mutating func update(_ id: Int, _ cluster: EventCluster) {
        while seenBy.count <= id { seenBy.append(0) }
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
        var filedNames = names[id] ?? []
        for key in cluster.foldedPlaces + cluster.foldedNames {
            let n = nameKeys.id(key)
            if filedNames.insert(n).inserted { keyedByName[type, default: [:]][n, default: []].append(id) }
        }
        names[id] = filedNames
        guard let filed = Self.months(of: cluster) else {
            unfiled.insert(id)
            return
        }
        months[id, default: []].formUnion(filed)
    }

    /// The events `cluster` may merge into, in creation order.
    mutating func candidates(for cluster: EventCluster) -> [Int] {
        let type = cluster.type
        if type == .commemoration && rules.commemorationsNeedDates && cluster.dates.isEmpty { return [] }
        if cluster.keys.isEmpty {
            var found = Set<Int>()
            for claim in cluster.dates where claim.date.start.precision >= .day {
                found.formUnion(unnamedByDay[type]?[claim.date] ?? [])
            }
            return found.sorted()
        }
        guard let byName = keyedByName[type] else { return [] }
        query += 1
        var found: [Int] = []
        for key in cluster.foldedPlaces + cluster.foldedNames {
            let own = nameKeys.id(key)
            for n in nameKeys.neighbours[own] {
                for id in byName[n] ?? [] where seenBy[id] != query {
                    seenBy[id] = query
                    found.append(id)
                }
            }
        }
        if let probe = cluster.dates.lazy.compactMap({ Self.monthRange($0.date) }).first {
            let window = (probe.lowerBound - 1)...(probe.upperBound + 1)
            found.removeAll { id in !unfiled.contains(id) && !Self.overlaps(months[id], window) }
        }
        return found.sorted()
    }

    /// Whether any filed month lies in `window`, testing whichever side is smaller.
    private static func overlaps(_ filed: Set<Int>?, _ window: ClosedRange<Int>) -> Bool {
        guard let filed else { return false }
        if filed.count < window.count { return filed.contains { window.contains($0) } }
        return window.contains { filed.contains($0) }
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
