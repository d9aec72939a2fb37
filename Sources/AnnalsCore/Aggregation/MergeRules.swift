/// The thresholds of event merging, in one place so a user can tune them.
///
/// Two mentions are one happening when:
/// - their types are equal;
/// - their dates are compatible (`DateSpan.isCompatible`), or one of them is undated;
/// - they share a place or name (`NameMatcher` with `nameDistanceRatio`), or — within one
///   document only — the later mention names no place at all (a definite reference such as
///   "the ceremony" or "the war" points back to the latest happening of its type);
/// - across documents, two mentions without any place or name merge only when both are dated to
///   the same day (`mergeUnnamedSameDay`);
/// - across documents, mentions that share a place or name but whose days differ by at most
///   `dateToleranceDays` are one happening on which the sources disagree: the event keeps the
///   range of their dates, flagged, with each date's sources;
/// - the totals killed they state agree to within `figureRatioLimit` (any pair; a side stating
///   none agrees): "485" and "613" can be one attack with a conflict to show, "3" and "3,000" not;
/// - within a dated report, a mention dated more than `headlineNewsYears` calendar years before
///   publication is a past happening the report recalls: it joins an undated happening only on a
///   shared place or name when the report also dates a happening of that kind in its own time, or
///   when the undated one is the news of a headline that remembers nothing ("Flood toll rises ...
///   The last flood of this size, in March 1998, killed 61" are two floods). An anniversary piece
///   dates nothing of the kind it remembers in its own time, so its mentions merge as before.
public struct MergeRules: Codable, Hashable, Sendable {
    public var nameDistanceRatio: Double
    public var mergeUnnamedSameDay: Bool
    /// Commemorations happen again every year: across documents they merge only when both are
    /// dated and compatible, never on a shared place alone.
    public var commemorationsNeedDates: Bool

    public var dateToleranceDays: Int
    /// How many times larger one source's total killed may be than another's for one happening; 0 turns the check off.
    public var figureRatioLimit: Double
    /// How many calendar years before publication a mention in a news report still dates its news.
    public var headlineNewsYears: Int

    public init(nameDistanceRatio: Double = 0.25, mergeUnnamedSameDay: Bool = true, commemorationsNeedDates: Bool = true,
                dateToleranceDays: Int = 3, figureRatioLimit: Double = 10, headlineNewsYears: Int = 1) {
        self.figureRatioLimit = figureRatioLimit
        self.headlineNewsYears = headlineNewsYears
        self.nameDistanceRatio = nameDistanceRatio
        self.dateToleranceDays = dateToleranceDays
        self.mergeUnnamedSameDay = mergeUnnamedSameDay
        self.commemorationsNeedDates = commemorationsNeedDates
    }

    public static let standard = MergeRules()
}
