import OrderedCollections

/// Merges the extractions of a corpus into events, figures and breakdowns.
///
/// Complexity: each event cluster is compared only with the merged events `ClusterIndex` names
/// (same type; for named ones, dates within a month of its own or no usable date; for unnamed
/// ones, the same day), not with every event; O(f) for f figures.
public struct Aggregator: Sendable {
    public var rules: MergeRules
    public var lexicon: EventLexicon

    /// Documents clustered on all cores at once (see `aggregate`).
    static let clusteringBlock = 256

    public init(rules: MergeRules = .standard, lexicon: EventLexicon = .shared) {
        self.rules = rules
        self.lexicon = lexicon
    }

    public func aggregate(_ documents: [DocumentExtraction], metadata: [SourceMetadata]) -> Digest {
        aggregate(documents, metadata: metadata, exhaustive: false)
    }

    /// `exhaustive` compares each cluster with every merged event instead of `ClusterIndex`'s
    /// candidates: the reference the index must agree with (tests), O(n²).
    func aggregate(_ documents: [DocumentExtraction], metadata: [SourceMetadata], exhaustive: Bool) -> Digest {
        let byFile = Dictionary(metadata.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let sources = documents.enumerated().map { i, doc in
            let m = byFile[doc.file]
            return Source(number: i + 1, file: doc.file, title: m?.title, publisher: m?.publisher, url: m?.url,
                          published: doc.dct, note: m?.note, removed: doc.removed)
        }

        var global: [EventCluster] = []
        var index = ClusterIndex(rules: rules)
        // Per document: cluster index → global index, and each figure's global cluster.
        var figureHomes: [(doc: Int, figure: Int, cluster: Int)] = []
        var relationEdges: [(from: Int, relation: EventRelation, to: Int)] = []
        let clusterer = DocumentClusterer(rules: rules)
        // Each document's own clusters depend on that document alone: made on all cores, a block
        // of documents at a time so that only one block's clusters wait in memory; merged in
        // corpus order, as before.
        var locals: [DocumentClusterer.Result] = []
        for (d, doc) in documents.enumerated() {
            if d % Self.clusteringBlock == 0 {
                let block = d..<min(documents.count, d + Self.clusteringBlock)
                locals = ConcurrentMap.indices(block.count) { clusterer.cluster(documents[block.lowerBound + $0]) }
            }
            // Moved out of the block, not copied: the clusters below are changed in place.
            var local = DocumentClusterer.Result(clusters: [], figureCluster: [])
            swap(&local, &locals[d % Self.clusteringBlock])
            for (f, c) in local.figureCluster.enumerated() where c >= 0 {
                let m = doc.figures[f]
                if m.outcome == .killed && m.category == .all { local.clusters[c].killedTotals.append(m.quantity) }
            }
            var toGlobal: [Int] = []
            for c in local.clusters {
                // The earliest cluster that reports the same happening; the index only narrows
                // down which clusters could.
                // Read in place: copying a cluster (a dozen arrays) per candidate costs more than the test.
                let match = global.withUnsafeBufferPointer { merged in
                    exhaustive ? merged.indices.first { sameHappening(merged[$0], c) }
                        : index.firstCandidate(for: c) { sameHappening(merged[$0], c) }
                }
                if let g = match {
                    global[g].absorb(c)
                    index.update(g, global[g])
                    toGlobal.append(g)
                } else {
                    global.append(c)
                    index.add(global.count - 1, c)
                    toGlobal.append(global.count - 1)
                }
            }
            for (ci, c) in local.clusters.enumerated() {
                for (relation, target) in c.relations { relationEdges.append((toGlobal[ci], relation, toGlobal[target])) }
            }
            for (f, c) in local.figureCluster.enumerated() where c >= 0 { figureHomes.append((d, f, toGlobal[c])) }
        }

        // Order: dated events by date, then year-less, then undated; ties keep corpus order.
        let reconciled = global.map { DateReconciler.reconcile($0.dates) }
        let order = global.indices.sorted { a, b in
            let ka = sortKey(reconciled[a].date), kb = sortKey(reconciled[b].date)
            return ka != kb ? ka < kb : a < b
        }
        var idOf = [Int: String]()
        for (n, g) in order.enumerated() { idOf[g] = "E\(n + 1)" }
        let titler = EventTitler(lexicon: lexicon)
        var baseTitle = [Int: String]()
        for g in global.indices { baseTitle[g] = titler.title(global[g], related: nil) }

        var events: [Event] = []
        let edgesFrom = Dictionary(grouping: relationEdges.filter { $0.from != $0.to }, by: \.from)
        for g in order {
            let c = global[g]
            let edges = edgesFrom[g] ?? []
            let commemorated = edges.first { $0.relation == .commemorates }?.to
            let ended = edges.first { $0.relation == .ends }?.to
            let title = titler.title(c, related: (ended ?? commemorated).flatMap { baseTitle[$0] })
            let (date, dateSources, conflicts) = reconciled[g]
            events.append(Event(id: idOf[g]!, type: c.type, title: title, date: date, dateConflict: conflicts,
                                places: c.places, names: c.names + c.participants.filter { !c.names.contains($0) },
                                sources: c.files, mentions: c.mentions, dateSources: dateSources,
                                commemorates: commemorated.flatMap { idOf[$0] }))
        }

        // Figures: group values by (event, outcome, category); equal quantities share one value.
        struct Key: Hashable { var event: String; var outcome: Outcome; var category: CasualtyCategory }
        var grouped = OrderedDictionary<Key, [FigureValue]>()
        for home in figureHomes {
            let doc = documents[home.doc]
            let m = doc.figures[home.figure]
            let key = Key(event: idOf[home.cluster]!, outcome: m.outcome, category: m.category)
            let ref = clusterer.reference(doc, m.sentence, m.start, m.end)
            var values = grouped[key] ?? []
            if let i = values.firstIndex(where: { $0.quantity == m.quantity }) {
                values[i].sources.append(ref)
                if !values[i].texts.contains(m.text) { values[i].texts.append(m.text) }
            } else {
                values.append(FigureValue(quantity: m.quantity, texts: [m.text], sources: [ref]))
            }
            grouped[key] = values
        }
        var figures = grouped.map { FigureReconciler.reconcile(event: $0.key.event, outcome: $0.key.outcome, category: $0.key.category, values: $0.value) }
        // Event numbers parsed once, not per comparison (a large corpus has tens of thousands of
        // figures); the keys are unique (one figure per event, outcome and category), so the order
        // is the one sorting the figures themselves gives.
        let numbers = figures.map(\.event.eventNumber)
        figures = figures.indices.sorted { a, b in
            (numbers[a], figures[a].outcome, figures[a].category) < (numbers[b], figures[b].outcome, figures[b].category)
        }.map { figures[$0] }
        return Digest(sources: sources, events: events, figures: figures, breakdowns: breakdowns(figures))
    }

    /// Breakdowns for every event and outcome that has a total and at least one category.
    func breakdowns(_ figures: [Figure]) -> [Breakdown] {
        var result: [Breakdown] = []
        struct Key: Hashable { var event: String; var outcome: Outcome }
        let partsOf = Dictionary(grouping: figures.filter { $0.category != .all && $0.best != nil }, by: { Key(event: $0.event, outcome: $0.outcome) })
        let totals = figures.filter { $0.category == .all && $0.best != nil }
        for total in totals {
            let parts = partsOf[Key(event: total.event, outcome: total.outcome)] ?? []
            guard !parts.isEmpty else { continue }
            var files = total.sources
            for p in parts { for f in p.sources where !files.contains(f) { files.append(f) } }
            result.append(Breakdown(event: total.event, outcome: total.outcome, total: total.best!,
                                    parts: Dictionary(uniqueKeysWithValues: parts.map { ($0.category, $0.best!) }), sources: files))
        }
        return result
    }

    private func sortKey(_ date: DateSpan?) -> (Int, Int) {
        guard let date else { return (2, 0) }
        if let b = date.ordinalBounds { return (0, b.0) }
        return (1, (date.start.month ?? 0) * 100 + (date.start.day ?? 0))
    }

    /// Whether the killed totals two clusters' sources state could describe one happening: with
    /// none on either side they could; otherwise some pair must lie within `figureRatioLimit` of
    /// each other ("485" and "613" may be one attack reported twice, a conflict to show; "3" and
    /// "3,000" are not one attack).
    func figuresAgree(_ a: borrowing EventCluster, _ b: borrowing EventCluster) -> Bool {
        guard rules.figureRatioLimit > 0, !a.killedTotals.isEmpty, !b.killedTotals.isEmpty else { return true }
        func point(_ q: Quantity) -> Double? { (q.exact ?? q.low ?? q.high).map(Double.init) }
        // Plain loops: this runs for every candidate pair, and mapped arrays would allocate.
        for qa in a.killedTotals {
            guard let x = point(qa) else { continue }
            for qb in b.killedTotals {
                guard let y = point(qb) else { continue }
                if max(x, y) <= rules.figureRatioLimit * max(1, min(x, y)) { return true }
            }
        }
        return false
    }

    /// Whether two clusters from different documents report one happening (see `MergeRules`).
    /// Both borrowed: the index calls this for every candidate, reading the merged event in place
    /// in the merged list (a copy retains a dozen arrays and cost more than the test).
    func sameHappening(_ a: borrowing EventCluster, _ b: borrowing EventCluster) -> Bool {
        guard a.type == b.type, figuresAgree(a, b) else { return false }
        let matcher = NameMatcher(maximumDistanceRatio: rules.nameDistanceRatio)
        guard a.datesFit(b) else {
            // Sources a few days apart on a named happening disagree about one event.
            return a.hasKeys && b.hasKeys && a.type != .commemoration
                && a.datesNear(b, days: rules.dateToleranceDays) && matcher.anyMatch(a.foldedKeys, b.foldedKeys)
        }
        if a.type == .commemoration && rules.commemorationsNeedDates && (!a.isDated || !b.isDated) { return false }
        if a.hasKeys && b.hasKeys { return matcher.anyMatch(a.foldedKeys, b.foldedKeys) }
        if !a.hasKeys && !b.hasKeys && rules.mergeUnnamedSameDay {
            return a.dates.contains { x in b.dates.contains { y in x.date.start.precision >= .day && y.date.start.precision >= .day && x.date == y.date } }
        }
        return false
    }
}

extension String {
    /// The number in an event id ("E12" → 12), for ordering.
    var eventNumber: Int { Int(dropFirst()) ?? Int.max }
}
