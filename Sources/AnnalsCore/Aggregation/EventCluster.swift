/// Mentions believed to report one happening, while merging is under way.
struct EventCluster {
    var type: EventType
    var mentions: [SourceReference] = []
    /// Trigger phrases as written, for the neutral title.
    var triggers: [String] = []
    var dates: [DatedClaim] = []
    /// Dates stated in words that could not be resolved ("last week" with no document date).
    var unresolvedDates: [(text: String, ref: SourceReference)] = []
    var places: [String] = [] { didSet { foldedPlaces = places.map(FoldedName.init); foldedKeys = foldedPlaces + foldedNames } }
    var names: [String] = [] { didSet { foldedNames = names.map(FoldedName.init); foldedKeys = foldedPlaces + foldedNames } }
    var participants: [String] = []
    /// `places` and `names` folded for `NameMatcher`, kept in step with them.
    private(set) var foldedPlaces: [FoldedName] = []
    private(set) var foldedNames: [FoldedName] = []
    /// `foldedPlaces + foldedNames`, stored: every comparison of two clusters reads it, and
    /// concatenating them there allocated twice a comparison.
    private(set) var foldedKeys: [FoldedName] = []
    var relations: [(EventRelation, Int)] = []
    var files: [String] = []
    /// The totals killed its sources state, to tell apart happenings whose figures cannot be one.
    var killedTotals: [Quantity] = []

    init(type: EventType) { self.type = type }

    var keys: [String] { places + names }
    /// `!keys.isEmpty` without building `keys`.
    var hasKeys: Bool { !places.isEmpty || !names.isEmpty }
    var isDated: Bool { !dates.isEmpty }

    /// Whether every date of the cluster fits `date`.
    func datesFit(_ date: DateSpan?) -> Bool {
        guard let date else { return true }
        return dates.allSatisfy { $0.date.isCompatible(with: date) }
    }

    func datesFit(_ other: EventCluster) -> Bool {
        other.dates.allSatisfy { datesFit($0.date) }
    }

    /// Whether every pair of day-precise dates lies within `days` of each other (and the rest fit).
    func datesNear(_ other: EventCluster, days: Int) -> Bool {
        guard days > 0 else { return false }
        return other.dates.allSatisfy { o in
            dates.allSatisfy { d in
                if d.date.isCompatible(with: o.date) { return true }
                guard d.date.start.precision >= .day, o.date.start.precision >= .day, !d.date.isPeriod, !o.date.isPeriod,
                      let a = d.date.start.serialDay, let b = o.date.start.serialDay else { return false }
                return abs(a - b) <= days
            }
        }
    }

    mutating func absorb(_ other: EventCluster) {
        mentions += other.mentions
        killedTotals += other.killedTotals
        triggers += other.triggers
        for claim in other.dates { addDate(claim.date, claim.sources) }
        unresolvedDates += other.unresolvedDates
        addUnique(&places, other.places)
        addUnique(&names, other.names)
        addUnique(&participants, other.participants)
        for f in other.files where !files.contains(f) { files.append(f) }
    }

    mutating func addDate(_ date: DateSpan, _ refs: [SourceReference]) {
        if let i = dates.firstIndex(where: { $0.date == date }) {
            for r in refs where !dates[i].sources.contains(r) { dates[i].sources.append(r) }
        } else {
            dates.append(DatedClaim(date: date, sources: refs))
        }
    }

    func addUnique(_ list: inout [String], _ more: [String]) {
        let matcher = NameMatcher()
        var folded = list.map(FoldedName.init)
        for m in more {
            let f = FoldedName(m)
            if !folded.contains(where: { matcher.matches($0, f) }) { list.append(m); folded.append(f) }
        }
    }
}
