/// Applies corrections: suppressions to the extractions before aggregation, everything else to
/// the digest after it. Facts a correction brings from outside the corpus are cited as a source
/// of their own ("corrections.yaml:LINE"), so they stay traceable like any other.
public struct CorrectionApplier: Sendable {
    public var corrections: [Correction]
    public var file: String

    public init(_ corrections: [Correction], file: String = CorrectionsFile.fileName) {
        self.corrections = corrections
        self.file = file
    }

    /// Removes the event and figure mentions of suppressed sentences.
    public func applySuppressions(_ documents: [DocumentExtraction]) throws -> [DocumentExtraction] {
        var docs = documents
        for c in corrections {
            guard case .suppress(let name, let number) = c.action else { continue }
            guard let d = docs.firstIndex(where: { $0.file == name }) else {
                throw CorrectionError(file: file, line: c.line, message: "no article '\(name)' in the corpus")
            }
            guard number <= docs[d].sentences.count else {
                throw CorrectionError(file: file, line: c.line, message: "'\(name)' has \(docs[d].sentences.count) sentences, not \(number)")
            }
            docs[d] = Self.suppress(docs[d], sentence: number - 1)
        }
        return docs
    }

    static func suppress(_ doc: DocumentExtraction, sentence: Int) -> DocumentExtraction {
        var d = doc
        let kept = doc.figures.indices.filter { doc.figures[$0].sentence != sentence && doc.figures[$0].partOf.map { doc.figures[$0].sentence } != sentence }
        var newIndex = [Int: Int]()
        for (n, old) in kept.enumerated() { newIndex[old] = n }
        d.figures = kept.map { old in
            var f = doc.figures[old]
            f.partOf = f.partOf.flatMap { newIndex[$0] }
            return f
        }
        let keptEvents = doc.events.indices.filter { doc.events[$0].sentence != sentence }
        var newEvent = [Int: Int]()
        for (n, old) in keptEvents.enumerated() { newEvent[old] = n }
        d.events = keptEvents.map { old in
            var e = doc.events[old]
            e.figures = e.figures.compactMap { newIndex[$0] }
            e.relatedMention = e.relatedMention.flatMap { newEvent[$0] }
            if e.relatedMention == nil { e.relation = nil }
            return e
        }
        return d
    }

    /// Applies the corrections that act on merged events.
    public func apply(to digest: Digest) throws -> Digest {
        var d = digest
        for c in corrections {
            let sourceText = c.source.map { [$0.publisher, $0.url, $0.date].compactMap { $0 }.joined(separator: ", ") }
            func resolve(_ ref: String) throws -> Int {
                if let i = d.events.firstIndex(where: { $0.id == ref }) { return i }
                if let i = d.events.firstIndex(where: { $0.title.caseInsensitiveCompare(ref) == .orderedSame }) { return i }
                throw CorrectionError(file: file, line: c.line, message: "no event '\(ref)': name it by its id (E1, E2, ...) or its exact title as `annals summary` shows them")
            }
            switch c.action {
            case .suppress(let f, let s):
                d.corrections.append(AppliedCorrection(action: "suppress", target: "\(f), sentence \(s)", reason: c.reason, source: sourceText))
            case .setDate(let ref, let date):
                let i = try resolve(ref)
                var corrected = date
                corrected.note = "set by a correction"
                if let old = d.events[i].date, !old.isCompatible(with: corrected) {
                    d.events[i].dateConflict = [DatedClaim(date: old, sources: d.events[i].dateSources)]
                }
                d.events[i].date = corrected
                if let citation = externalSource(c, &d) {
                    d.events[i].dateSources = [citation]
                    if !d.events[i].sources.contains(citation.file) { d.events[i].sources.append(citation.file) }
                }
                d.corrections.append(AppliedCorrection(action: "set date \(date.description)", target: d.events[i].id, reason: c.reason, source: sourceText))
            case .merge(let refs):
                let indices = try refs.map(resolve)
                let keep = indices[0]
                for i in indices.dropFirst() where i != keep {
                    let other = d.events[i]
                    d.events[keep].mentions += other.mentions
                    for f in other.sources where !d.events[keep].sources.contains(f) { d.events[keep].sources.append(f) }
                    for p in other.places where !d.events[keep].places.contains(p) { d.events[keep].places.append(p) }
                    if d.events[keep].date == nil { d.events[keep].date = other.date; d.events[keep].dateSources = other.dateSources }
                    d.figures = d.figures.map { var f = $0; if f.event == other.id { f.event = d.events[keep].id }; return f }
                    for j in d.events.indices where d.events[j].commemorates == other.id { d.events[j].commemorates = d.events[keep].id }
                }
                let removed = Set(indices.dropFirst().filter { $0 != keep }.map { d.events[$0].id })
                d.events.removeAll { removed.contains($0.id) }
                d.figures = Self.reconcileAgain(d.figures)
                d.corrections.append(AppliedCorrection(action: "merge", target: refs.joined(separator: " + "), reason: c.reason, source: sourceText))
            case .split(let ref, let f):
                let i = try resolve(ref)
                guard d.events[i].sources.contains(f), d.events[i].sources.count > 1 else {
                    throw CorrectionError(file: file, line: c.line, message: "event \(ref) has no mentions from '\(f)' to split off, or has no others")
                }
                var new = d.events[i]
                new.id = nextID(d)
                new.mentions = new.mentions.filter { $0.file == f }
                new.sources = [f]
                new.dateSources = new.dateSources.filter { $0.file == f }
                if new.dateSources.isEmpty { new.date = nil }
                new.dateConflict = []
                d.events[i].mentions.removeAll { $0.file == f }
                d.events[i].sources.removeAll { $0 == f }
                d.events[i].dateSources.removeAll { $0.file == f }
                var moved: [Figure] = []
                for (k, fig) in d.figures.enumerated() where fig.event == d.events[i].id {
                    let mine = fig.values.filter { v in v.sources.allSatisfy { $0.file == f } }
                    guard !mine.isEmpty else { continue }
                    d.figures[k].values.removeAll { v in v.sources.allSatisfy { $0.file == f } }
                    var m = fig
                    m.event = new.id
                    m.values = mine
                    moved.append(m)
                }
                d.figures = Self.reconcileAgain(d.figures.filter { !$0.values.isEmpty } + moved)
                d.events.append(new)
                d.corrections.append(AppliedCorrection(action: "split \(f) off", target: d.events[i].id, reason: c.reason, source: sourceText))
            case .addFigure(let ref, let outcome, let category, let quantity):
                let i = try resolve(ref)
                guard let citation = externalSource(c, &d) else {
                    throw CorrectionError(file: file, line: c.line, message: "an added figure needs a 'source' (publisher, url, date) saying where it comes from")
                }
                if !d.events[i].sources.contains(citation.file) { d.events[i].sources.append(citation.file) }
                let value = FigureValue(quantity: quantity, texts: ["added by a correction"], sources: [citation])
                d.figures.append(Figure(event: d.events[i].id, outcome: outcome, category: category, low: quantity.low, best: quantity.exact,
                                        high: quantity.high, approximate: quantity.approximate, sources: [citation.file], conflict: false, values: [value]))
                d.figures = Self.reconcileAgain(d.figures)
                d.corrections.append(AppliedCorrection(action: "add figure \(outcome.rawValue) \(category.rawValue) \(quantity)", target: d.events[i].id, reason: c.reason, source: sourceText))
            case .addEvent(let type, let title, let date, let place):
                guard let citation = externalSource(c, &d) else {
                    throw CorrectionError(file: file, line: c.line, message: "an added event needs a 'source' (publisher, url, date) saying where it comes from")
                }
                let id = nextID(d)
                d.events.append(Event(id: id, type: type, title: title, date: date, places: place.map { [$0] } ?? [], names: [],
                                      sources: [citation.file], mentions: [citation], dateSources: date == nil ? [] : [citation]))
                d.corrections.append(AppliedCorrection(action: "add event", target: "\(id) \(title)", reason: c.reason, source: sourceText))
            }
        }
        d.breakdowns = Aggregator().breakdowns(d.figures)
        return d
    }

    private func nextID(_ d: Digest) -> String { "E\((d.events.map(\.id.eventNumber).filter { $0 != Int.max }.max() ?? 0) + 1)" }

    /// Registers a correction's outside source as a numbered source and returns its citation.
    private func externalSource(_ c: Correction, _ d: inout Digest) -> SourceReference? {
        guard let s = c.source else { return nil }
        let name = "\(file):\(c.line)"
        if d.source(file: name) == nil {
            let published = s.date.flatMap { PartialDate(timeMLValue: $0) }
            d.sources.append(Source(number: d.sources.count + 1, file: name, title: "Correction: \(c.reason)", publisher: s.publisher, url: s.url,
                                    published: published.map { DocumentDate(date: $0, certainty: .stated, reasoning: "given in the corrections file") } ?? .unknown,
                                    note: "added by a correction", removed: []))
        }
        return SourceReference(file: name, start: 0, end: 0, sentence: -1, quote: c.reason)
    }

    /// Reconciles figures again after values moved between events.
    static func reconcileAgain(_ figures: [Figure]) -> [Figure] {
        struct Key: Hashable { var event: String; var outcome: Outcome; var category: CasualtyCategory }
        var grouped: [Key: [FigureValue]] = [:]
        var order: [Key] = []
        for f in figures where !f.derived {
            let k = Key(event: f.event, outcome: f.outcome, category: f.category)
            if grouped[k] == nil { order.append(k) }
            for v in f.values {
                if let i = grouped[k, default: []].firstIndex(where: { $0.quantity == v.quantity }) {
                    grouped[k]![i].sources += v.sources.filter { !grouped[k]![i].sources.contains($0) }
                } else {
                    grouped[k, default: []].append(v)
                }
            }
        }
        return order.map { FigureReconciler.reconcile(event: $0.event, outcome: $0.outcome, category: $0.category, values: grouped[$0]!) }
            .sorted { ($0.event.eventNumber, $0.outcome, $0.category) < ($1.event.eventNumber, $1.outcome, $1.category) }
    }
}
