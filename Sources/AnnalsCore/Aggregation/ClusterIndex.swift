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
/// would find. Keyed events are filed by (name, month) in ascending lists that a query merges
/// lazily (`SortedIDMerge`): a dated cluster reads only the months near its own, and the search
/// stops at the first event that passes `sameHappening` — so a cluster of a name reported for
/// years reads neither every event of that name nor, when undated, more than it must. An event that gains names or dates while merging is filed again (`update`); an
/// entry it no longer qualifies for is harmless, since every candidate is still tested in full.
struct ClusterIndex {
    /// Dates spanning more months than this are not filed month by month (the event is then a
    /// candidate for every keyed cluster of its type that shares a name).
    static let longestFiledSpanInMonths = 600

    /// The keyed events filed under one name, each list ascending (creation order).
    struct NameBuckets {
        /// Every event filed under the name: what a cluster without a usable date reads.
        var all: [Int] = []
        /// Those with a date that could not be filed month by month: candidates whatever the month.
        var unfiled: [Int] = []
        /// Those filed under each month (year × 12 + month − 1) their dates cover.
        var byMonth: [Int: [Int]] = [:]
        /// Those with a date confined to some months of the year, under each of those months
        /// (1–12) of their first such date: what a cluster dated only without a year reads.
        var byMonthOfYear: [Int: [Int]] = [:]
        /// Those without such a date: candidates for every month of the year.
        var anyMonthOfYear: [Int] = []
    }

    let rules: MergeRules
    private var nameKeys: NameKeys
    private var keyed: [EventType: [Int: NameBuckets]] = [:]
    private var unnamedByDay: [EventType: [DateSpan: [Int]]] = [:]
    /// What each event is filed under already, so an update files only what is new.
    private var names: [Int: Set<Int>] = [:]
    private var unfiled: Set<Int> = []
    private var months: [Int: Set<Int>] = [:]
    private var days: [Int: Set<DateSpan>] = [:]
    /// The months of the year each keyed event is filed under in `byMonthOfYear`, once it has a
    /// date that confines them (dates are only ever added, so that date stays).
    private var monthsOfYear: [Int: [Int]] = [:]

    init(rules: MergeRules = .standard) {
        self.rules = rules
        nameKeys = NameKeys(matcher: NameMatcher(maximumDistanceRatio: rules.nameDistanceRatio))
    }

    mutating func add(_ id: Int, _ cluster: EventCluster) { update(id, cluster) }

    /// Files `id` under what `cluster` (its current state) may match.
    mutating func update(_ id: Int, _ cluster: EventCluster) {
        let type = cluster.type
        if cluster.keys.isEmpty {
            var known = days[id] ?? []
            for claim in cluster.dates where claim.date.start.precision >= .day && !known.contains(claim.date) {
                unnamedByDay[type, default: [:]][claim.date, default: []].insertAscending(id)
                known.insert(claim.date)
            }
            days[id] = known
            return
        }
        var filedNames = names[id] ?? []
        let oldNames = filedNames
        var newNames: [Int] = []
        for key in cluster.foldedPlaces + cluster.foldedNames {
            let n = nameKeys.id(key)
            if filedNames.insert(n).inserted { newNames.append(n) }
        }
        names[id] = filedNames
        let wasUnfiled = unfiled.contains(id)
        var newMonths: [Int] = []
        if wasUnfiled {
            // Unfiled for good: month buckets are never read for it again.
        } else if let filed = Self.months(of: cluster) {
            var known = months[id] ?? []
            for m in filed where known.insert(m).inserted { newMonths.append(m) }
            months[id] = known
        } else {
            unfiled.insert(id)
        }
        let isUnfiled = unfiled.contains(id)
        let oldMonthsOfYear = monthsOfYear[id]
        if oldMonthsOfYear == nil, let confined = Self.monthsOfYear(of: cluster) { monthsOfYear[id] = confined }
        let newMonthsOfYear = oldMonthsOfYear == nil ? monthsOfYear[id] : nil
        var buckets = keyed[type, default: [:]]
        keyed[type] = nil // uniquely referenced while filing, so the lists grow in place
        for n in newNames {
            if let confined = monthsOfYear[id] {
                for m in confined { buckets[n, default: NameBuckets()].byMonthOfYear[m, default: []].insertAscending(id) }
            } else {
                buckets[n, default: NameBuckets()].anyMonthOfYear.insertAscending(id)
            }
        }
        for n in oldNames {
            // Left in `anyMonthOfYear` too: an entry it no longer needs is harmless.
            for m in newMonthsOfYear ?? [] { buckets[n, default: NameBuckets()].byMonthOfYear[m, default: []].insertAscending(id) }
        }
        for n in newNames {
            buckets[n, default: NameBuckets()].all.insertAscending(id)
            if isUnfiled {
                buckets[n]!.unfiled.insertAscending(id)
            } else {
                for m in months[id] ?? [] { buckets[n]!.byMonth[m, default: []].insertAscending(id) }
            }
        }
        for n in oldNames {
            if isUnfiled && !wasUnfiled {
                buckets[n, default: NameBuckets()].unfiled.insertAscending(id)
            } else if !isUnfiled {
                for m in newMonths { buckets[n, default: NameBuckets()].byMonth[m, default: []].insertAscending(id) }
            }
        }
        keyed[type] = buckets
    }

    /// The events `cluster` may merge into, in creation order.
    mutating func candidates(for cluster: EventCluster) -> [Int] {
        var merge = candidateLists(for: cluster)
        var all: [Int] = []
        while let id = merge.next() { all.append(id) }
        return all
    }

    /// The first event, in creation order, of `cluster`'s candidates that `accept` takes: what a
    /// scan of `candidates(for:)` finds, reading only the candidates up to it.
    mutating func firstCandidate(for cluster: EventCluster, where accept: (Int) -> Bool) -> Int? {
        var merge = candidateLists(for: cluster)
        while let id = merge.next() {
            if accept(id) { return id }
        }
        return nil
    }

    /// The lists whose union is `cluster`'s candidates, merged lazily:
    /// - unnamed: the events filed under each of its day-precise dates;
    /// - keyed, with a usable date: for each name matching one of its own, the events of that
    ///   name not filed by month and those filed in the months of its first usable date widened by
    ///   one month on each side;
    /// - keyed, without one: every event filed under a matching name;
    /// - keyed, with a date without a year: instead of either, when fewer, the events of the name
    ///   filed under that date's months of the year and those with no date confining them.
    private mutating func candidateLists(for cluster: EventCluster) -> SortedIDMerge {
        let type = cluster.type
        if type == .commemoration && rules.commemorationsNeedDates && cluster.dates.isEmpty { return SortedIDMerge([]) }
        if cluster.keys.isEmpty {
            guard let byDay = unnamedByDay[type] else { return SortedIDMerge([]) }
            return SortedIDMerge(cluster.dates.compactMap { $0.date.start.precision >= .day ? byDay[$0.date] : nil })
        }
        guard let byName = keyed[type] else { return SortedIDMerge([]) }
        let window = cluster.dates.lazy.compactMap({ Self.monthRange($0.date) }).first.map { ($0.lowerBound - 1)...($0.upperBound + 1) }
        // A date without a year confines the months of the year of every candidate's dates.
        let yearless = cluster.dates.lazy.compactMap({ $0.date.start.year == nil ? Self.monthsOfYear($0.date) : nil }).first
        var lists: [[Int]] = []
        var seenNames = Set<Int>()
        for key in cluster.foldedPlaces + cluster.foldedNames {
            let own = nameKeys.id(key)
            for n in nameKeys.neighbours[own] where seenNames.insert(n).inserted {
                guard let buckets = byName[n] else { continue }
                // Each of these is a superset of the name's candidates; the smaller is read.
                var confined: [[Int]]? = nil
                if let yearless {
                    confined = [buckets.anyMonthOfYear]
                    for m in yearless { if let ids = buckets.byMonthOfYear[m] { confined!.append(ids) } }
                }
                guard let window else {
                    lists += confined ?? [buckets.all]
                    continue
                }
                var dated: [[Int]] = []
                if !buckets.unfiled.isEmpty { dated.append(buckets.unfiled) }
                // Whichever is fewer: the window's months, or the months the name is filed under.
                if window.count <= buckets.byMonth.count {
                    for m in window { if let ids = buckets.byMonth[m] { dated.append(ids) } }
                } else {
                    for (m, ids) in buckets.byMonth where window.contains(m) { dated.append(ids) }
                }
                if let confined, Self.total(confined) < Self.total(dated) { lists += confined } else { lists += dated }
            }
        }
        return SortedIDMerge(lists)
    }

    /// The months of the year (1–12) a date is confined to, or nil when it could be any: no month,
    /// several years, or bounds that wrap around the year's end.
    ///
    /// Why events are filed by them: a cluster with a date without a year can merge only with an
    /// event every date of which is compatible with that date (a date without a year is never
    /// "near" another, having no serial day), and a date compatible with one without a year
    /// overlaps its months of the year unless it has no month or spans several years. So an event
    /// is filed under the months of one date that confines them, and such a cluster may read only
    /// its own months and the events without such a date — not every event of the name, nor, when
    /// that is fewer, every event of a year its other date names.
    static func monthsOfYear(_ date: DateSpan) -> [Int]? {
        if let years = date.yearBounds, years.0 != years.1 { return nil }
        guard let bounds = date.monthDayBounds else { return nil }
        let first = bounds.0 / 100, last = bounds.1 / 100
        guard 1 <= first, first <= last, last <= 12 else { return nil }
        return Array(first...last)
    }

    private static func total(_ lists: [[Int]]) -> Int { lists.reduce(0) { $0 + $1.count } }

    /// The months of the year of the event's first date that confines them, if any.
    private static func monthsOfYear(of cluster: EventCluster) -> [Int]? {
        cluster.dates.lazy.compactMap { monthsOfYear($0.date) }.first
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
