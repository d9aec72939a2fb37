/// Chooses an event's date from the dates its sources state.
///
/// The merged date is the most precise one every source allows: the finest claim (a day before a
/// month before a year; a point before a period), with its year taken, when it has none or only an
/// inferred one, from a compatible claim that states a year — preferring a stated year to an
/// inferred one. The event then lists the sources of both.
/// Claims that cannot be true together are all kept in `conflicts`, each with its sources.
enum DateReconciler {
    static func reconcile(_ claims: [DatedClaim]) -> (date: DateSpan?, sources: [SourceReference], conflicts: [DatedClaim]) {
        guard !claims.isEmpty else { return (nil, [], []) }
        let ranked = claims.sorted { a, b in
            let ka = (a.date.start.precision, a.date.isPeriod ? 0 : 1, a.date.start.year != nil ? 1 : 0, -a.date.certainty.rankValue)
            let kb = (b.date.start.precision, b.date.isPeriod ? 0 : 1, b.date.start.year != nil ? 1 : 0, -b.date.certainty.rankValue)
            return ka > kb
        }
        var best = ranked[0].date
        var sources = ranked[0].sources
        var conflicts: [DatedClaim] = []
        let needsYear = best.start.year == nil || best.certainty == .inferred
        let yearGivers = ranked.dropFirst().filter { c in
            c.date.start.year != nil && !c.date.isPeriod && c.date.start.precision <= .year && c.date.certainty != .unknown
        }.sorted { $0.date.certainty < $1.date.certainty }
        if needsYear, let giver = yearGivers.first(where: { $0.date.certainty <= best.certainty || best.start.year == nil }) {
            var candidate = best
            candidate.start.year = giver.date.start.year
            if var end = candidate.end { end.year = giver.date.start.year; candidate.end = end }
            if candidate.isCompatible(with: giver.date), candidate.isCompatible(with: best) || best.start.year == nil {
                candidate.certainty = max(best.certainty == .inferred ? .stated : best.certainty, giver.date.certainty)
                candidate.note = giver.date.certainty == .stated ? "year stated by another mention" : giver.date.note
                best = candidate
                sources += giver.sources.filter { !sources.contains($0) }
            }
        }
        for claim in ranked.dropFirst() {
            if claim.date.isCompatible(with: best) {
                for r in claim.sources where !sources.contains(r) { sources.append(r) }
            } else {
                conflicts.append(claim)
            }
        }
        if !conflicts.isEmpty {
            conflicts.insert(DatedClaim(date: best, sources: sources), at: 0)
            // Never a silent pick: the event spans every stated date, flagged, each with its sources.
            let bounded = conflicts.compactMap { c in c.date.ordinalBounds.map { (c.date, $0) } }
            if bounded.count == conflicts.count, let first = bounded.min(by: { $0.1.0 < $1.1.0 }), let last = bounded.max(by: { $0.1.1 < $1.1.1 }) {
                var range = DateSpan(start: first.0.start, end: last.0.end ?? last.0.start, certainty: .approximate, note: "sources disagree")
                if range.end == range.start { range.end = nil }
                best = range
                sources = conflicts.flatMap(\.sources)
            }
        }
        return (best, sources, conflicts)
    }
}

extension Certainty {
    var rankValue: Int { Certainty.allCases.firstIndex(of: self)! }
}
