/// Groups one document's event mentions into happenings and assigns its figures to them.
///
/// Within a document a mention joins the latest earlier happening of its type when their dates fit
/// and either they share a place or name, or one of them names none (a definite reference such as
/// "the ceremony" points back) — except that in a news report a mention dated years before
/// publication (`MergeRules.headlineNewsYears`) is a past happening the report recalls: it joins
/// an undated happening only on a shared place or name when the report dates a happening of its
/// kind in its own time, or the undated one is its headline's news (a headline that remembers
/// nothing).
///
/// A figure belongs to the happening its sentence ties it to; else to the happening named by the
/// figure's place; else to the latest harmful happening before it (attack, battle, war,
/// displacement) — or, a sentence past a recalled happening, to the headline's news; else to the
/// first after it; else to a new happening of type `other`, so that no figure is ever dropped.
struct DocumentClusterer {
    let rules: MergeRules

    struct Result {
        var clusters: [EventCluster]
        /// Cluster index for each figure of the document.
        var figureCluster: [Int]
    }

    func cluster(_ doc: DocumentExtraction) -> Result {
        let matcher = NameMatcher(maximumDistanceRatio: rules.nameDistanceRatio)
        var clusters: [EventCluster] = []
        var mentionCluster: [Int] = []
        let headline = doc.sentences.first?.index
        let headlineRemembers = doc.events.contains { $0.sentence == headline && $0.type == .commemoration }
        // Clusters opened by a headline that reports news rather than remembering (see MergeRules).
        var headlineNews = Set<Int>()
        // Kinds of happening the report dates in its own time: its news. An anniversary piece has
        // none of the kind it remembers, so there the rule below never separates anything.
        let currentTypes = Set(doc.events.filter { m in
            guard let published = doc.dct.date?.year, let year = m.date.flatMap({ ($0.end ?? $0.start).year }) else { return false }
            return year >= published - rules.headlineNewsYears
        }.map(\.type))
        // Clusters opened by a mention dated years before the report: happenings it recalls.
        var historicalClusters = Set<Int>()
        for mention in doc.events {
            let ref = reference(doc, mention.sentence, mention.start, mention.end)
            var single = EventCluster(type: mention.type)
            single.mentions = [ref]
            single.triggers = [mention.text]
            single.files = [doc.file]
            if let date = mention.date { single.dates = [DatedClaim(date: date, sources: [ref])] }
            else if let text = mention.dateText { single.unresolvedDates = [(text, ref)] }
            single.places = mention.places
            single.names = mention.names
            single.participants = mention.participants
            let keys = single.keys
            let historical = isHistorical(mention, in: doc)
            let target = clusters.indices.reversed().first { i in
                let c = clusters[i]
                guard c.type == mention.type, c.datesFit(mention.date) else { return false }
                // A past happening the report recalls joins an undated one only on a shared name.
                if historical && c.dates.isEmpty && (keys.isEmpty || c.keys.isEmpty)
                    && ((headlineNews.contains(i)) || currentTypes.contains(mention.type)) { return false }
                if keys.isEmpty || c.keys.isEmpty { return true }
                return matcher.anyMatch(keys, c.keys)
            }
            if let target {
                clusters[target].absorb(single)
                mentionCluster.append(target)
                if historical { historicalClusters.insert(target) }
            } else {
                clusters.append(single)
                mentionCluster.append(clusters.count - 1)
                if mention.sentence == headline && !headlineRemembers { headlineNews.insert(clusters.count - 1) }
                if historical { historicalClusters.insert(clusters.count - 1) }
            }
        }
        // Relations between mentions become relations between clusters.
        for (i, mention) in doc.events.enumerated() {
            guard let relation = mention.relation, let j = mention.relatedMention, j < mentionCluster.count else { continue }
            let from = mentionCluster[i], to = mentionCluster[j]
            if from != to, !clusters[from].relations.contains(where: { $0.0 == relation && $0.1 == to }) {
                clusters[from].relations.append((relation, to))
            }
        }

        var figureCluster = [Int](repeating: -1, count: doc.figures.count)
        for (i, mention) in doc.events.enumerated() {
            for f in mention.figures where f < figureCluster.count { figureCluster[f] = mentionCluster[i] }
        }
        let harmful: Set<EventType> = [.attack, .battle, .war, .displacement, .other]
        for (f, figure) in doc.figures.enumerated() where figureCluster[f] < 0 {
            if let total = figure.partOf, total < figureCluster.count, figureCluster[total] >= 0 {
                figureCluster[f] = figureCluster[total]; continue
            }
            if let place = figure.place, let c = clusters.indices.first(where: { harmful.contains(clusters[$0].type) && clusters[$0].keys.contains { matcher.matches($0, place) } }) {
                figureCluster[f] = c; continue
            }
            var before = clusters.indices.last { c in
                harmful.contains(clusters[c].type) && clusters[c].mentions.contains { $0.sentence <= figure.sentence }
            }
            // A report that recalls a past happening returns to its news after the digression: a
            // figure more than a sentence after the recalled happening's last mention, or in a
            // sentence dated in the report's own time ("the toll had risen to 61, the ministry said
            // on Sunday"), belongs to the headline's happening ("... since 2019, when a truck bomb
            // killed 48. [...] Two police officers were among the dead").
            if let c = before, let news = headlineNews.first(where: { harmful.contains(clusters[$0].type) }), news != c,
               historicalClusters.contains(c),
               let last = clusters[c].mentions.lazy.map(\.sentence).filter({ $0 <= figure.sentence }).max(),
               figure.sentence > last + 1 || isCurrent(sentence: figure.sentence, in: doc) {
                before = news
            }
            if let c = before ?? clusters.indices.first(where: { harmful.contains(clusters[$0].type) }) {
                figureCluster[f] = c; continue
            }
            var orphan = EventCluster(type: .other)
            let ref = reference(doc, figure.sentence, figure.start, figure.end)
            orphan.mentions = [ref]
            orphan.files = [doc.file]
            if let place = figure.place { orphan.places = [place] }
            clusters.append(orphan)
            figureCluster[f] = clusters.count - 1
        }
        // Parts follow their total once the total is placed.
        for (f, figure) in doc.figures.enumerated() {
            if let total = figure.partOf, total < figureCluster.count { figureCluster[f] = figureCluster[total] }
        }
        // A commemoration whose sentence reports a figure remembers that figure's happening.
        for (i, mention) in doc.events.enumerated() where mention.type == .commemoration && mention.relation == nil {
            let from = mentionCluster[i]
            if let f = doc.figures.indices.first(where: { doc.figures[$0].sentence == mention.sentence }), figureCluster[f] != from,
               !clusters[from].relations.contains(where: { $0.0 == .commemorates }) {
                clusters[from].relations.append((.commemorates, figureCluster[f]))
            }
        }
        return Result(clusters: clusters, figureCluster: figureCluster)
    }

    /// Whether a mention is dated, by its own sentence, more than `headlineNewsYears` calendar years
    /// before the report was published: a past happening the report recalls, not its news.
    func isHistorical(_ mention: EventMention, in doc: DocumentExtraction) -> Bool {
        guard let published = doc.dct.date?.year, let date = mention.date,
              let year = (date.end ?? date.start).year else { return false }
        return year < published - rules.headlineNewsYears
    }

    /// Whether a sentence states a date within `headlineNewsYears` of the report's publication.
    func isCurrent(sentence: Int, in doc: DocumentExtraction) -> Bool {
        guard let published = doc.dct.date?.year else { return false }
        return doc.timexes.contains { x in
            x.sentence == sentence && (x.date?.start.year).map { $0 >= published - rules.headlineNewsYears } ?? false
        }
    }

    func reference(_ doc: DocumentExtraction, _ sentence: Int, _ start: Int, _ end: Int) -> SourceReference {
        let quote = doc.sentences.first { $0.index == sentence }?.text ?? ""
        return SourceReference(file: doc.file, start: start, end: end, sentence: sentence, quote: quote)
    }
}
