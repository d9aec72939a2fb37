/// Reconciles the values sources give for one figure (one event, outcome and category).
///
/// - `low`: the lowest lower bound any source states (nil when a source gives only an upper
///   bound, "up to 50").
/// - `high`: the highest upper bound any source states; nil (open) when no source states one or a
///   source's open-ended value starts above it ("over 1,000" against "613").
/// - `best`: the exact value stated by the most distinct sources; on a tie, the lower value; when
///   no source states an exact value, nil (only a range is known).
/// - `conflict`: two sources' intervals cannot both be true ("485" against "613").
/// Values never average: every distinct value stays listed with its sources.
enum FigureReconciler {
    static func reconcile(event: String, outcome: Outcome, category: CasualtyCategory, values: [FigureValue]) -> Figure {
        let lows = values.map(\.quantity.low)
        let low: Int? = lows.contains(where: { $0 == nil }) ? nil : lows.compactMap { $0 }.min()
        let knownHighs = values.compactMap(\.quantity.high)
        var high = knownHighs.max()
        if let h = high, values.contains(where: { $0.quantity.high == nil && ($0.quantity.low ?? 0) > h }) { high = nil }
        if knownHighs.isEmpty { high = nil }

        func fileCount(_ v: FigureValue) -> Int { Set(v.sources.map(\.file)).count }
        let exact = values.filter { $0.quantity.exact != nil }
        let chosen = exact.max { a, b in
            let (ca, cb) = (fileCount(a), fileCount(b))
            return ca != cb ? ca < cb : a.quantity.exact! > b.quantity.exact!
        }
        var conflict = false
        for i in values.indices {
            for j in values.indices where j > i && !values[i].quantity.overlaps(values[j].quantity) { conflict = true }
        }
        var files: [String] = []
        for v in values { for r in v.sources where !files.contains(r.file) { files.append(r.file) } }
        let approximate = chosen.map(\.quantity.approximate) ?? values.contains { $0.quantity.approximate }
        return Figure(event: event, outcome: outcome, category: category, low: low, best: chosen?.quantity.exact, high: high,
                      approximate: approximate, sources: files, conflict: conflict, values: values)
    }
}
