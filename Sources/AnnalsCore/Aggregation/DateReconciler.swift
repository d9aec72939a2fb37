/// Chooses an event's date from the dates its sources state.
///
/// The merged date is the most precise one every source allows: the most informative claim
/// (known year first, then month, then day), with a missing year filled from a compatible claim
/// that states one — the year is then the other source's, and the event lists both sources.
/// Claims that cannot be true together are all kept in `conflicts`, each with its sources.
enum DateReconciler {
    static func reconcile(_ claims: [DatedClaim]) -> (date: DateSpan?, sources: [SourceReference], conflicts: [DatedClaim]) {
        guard !claims.isEmpty else { return (nil, [], []) }
        let ranked = claims.sorted { ($0.date.informationRank, -$0.date.certainty.rankValue) > ($1.date.informationRank, -$1.date.certainty.rankValue) }
        var best = ranked[0].date
        var sources = ranked[0].sources
        var conflicts: [DatedClaim] = []
        if best.start.year == nil, let withYear = ranked.first(where: { $0.date.start.year != nil && $0.date.isCompatible(with: best) && !$0.date.isPeriod }) {
            let year = withYear.date.start.year
            best.start.year = year
            if var end = best.end { end.year = year; best.end = end }
            best.certainty = max(best.certainty, withYear.date.certainty)
            best.note = "year from another source"
            sources += withYear.sources
        }
        for claim in ranked.dropFirst() {
            if claim.date.isCompatible(with: best) {
                for r in claim.sources where !sources.contains(r) { sources.append(r) }
            } else {
                conflicts.append(claim)
            }
        }
        if !conflicts.isEmpty { conflicts.insert(DatedClaim(date: best, sources: sources), at: 0) }
        return (best, sources, conflicts)
    }
}

extension Certainty {
    var rankValue: Int { Certainty.allCases.firstIndex(of: self)! }
}
