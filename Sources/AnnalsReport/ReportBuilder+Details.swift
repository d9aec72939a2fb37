import AnnalsCore
import AnnalsRender

extension ReportBuilder {
    /// Each selected event's facts (date, places, names, figures with their sources) and the source
    /// sentences that mention it, quoted with their source and sentence number.
    func detailsSection(_ c: ReportContext, _ abridgement: inout Abridgement) -> [Flowable] {
        let digest = c.digest
        let detailed = ReportSelection.keep(digest.events, c.selection.detailed)
        abridgement.detailedEvents = detailed.count
        abridgement.quotedSentencesTotal = digest.events.reduce(0) { $0 + Self.distinctSentences($1.mentions).count }
        var blocks: [Flowable] = [.heading(level: 2, text: "Event details and source sentences")]
        if detailed.count < digest.events.count {
            blocks.append(.paragraph(markup: Markup.escape("Details of the \(FigureText.number(detailed.count)) of \(FigureText.number(digest.events.count)) events "
                                                           + "reported by the most sources (ties: the larger casualty figure), in date order.")
                                     + " " + c.elsewhere(digest.events.count - detailed.count, "event and its source sentences", "events and their source sentences")))
        }
        // Each event's details are independent of the others': laid out on every core, in order.
        let parts = ConcurrentMap.map(detailed, chunk: 64) { event in eventDetails(event, c) }
        for part in parts {
            blocks += part.blocks
            abridgement.quotedSentences += part.quoted
        }
        return blocks
    }

    /// One event's heading, facts and quoted sentences, and how many sentences it quotes.
    func eventDetails(_ event: Event, _ c: ReportContext) -> (blocks: [Flowable], quoted: Int) {
        let citations = c.citations
        var blocks: [Flowable] = []
        blocks.append(.heading(level: 3, text: "\(event.id) \(event.title)"))
        var facts: [String] = []
        facts.append("<b>Date:</b> " + Markup.escape(event.date?.display ?? "not given by any source") + " " + citations.linkedMarkers(event.dateSources.map(\.file)))
        for claim in event.dateConflict.dropFirst() {
            facts.append("<b>Other date stated:</b> " + Markup.escape(claim.date.display) + " " + citations.linkedMarkers(claim.sources.map(\.file)))
        }
        if !event.places.isEmpty { facts.append("<b>Places named:</b> " + Markup.escape(event.places.joined(separator: ", "))) }
        if !event.names.isEmpty { facts.append("<b>Names:</b> " + Markup.escape(event.names.joined(separator: ", "))) }
        if let id = event.commemorates, let other = c.index.event(id: id) { facts.append("<b>Remembers:</b> \(other.id) " + Markup.escape(other.title)) }
        let figures = c.index.figures(of: event.id)
        for f in figures {
            let values = c.values(f, separator: ", ")
            facts.append("<b>\(FigureText.outcomeLabel(f.outcome)), \(Markup.escape(FigureText.categoryLabel(f.category).lowercased())):</b> " + values)
        }
        blocks.append(.paragraph(markup: facts.joined(separator: "\n")))
        let sentences = Self.distinctSentences(event.mentions)
        let quoted = Self.quotes(sentences, of: event, figures: figures, limit: c.budget.quotesPerEvent)
        for ref in quoted {
            let who = c.index.source(file: ref.file).map { Citations.linkedMarker($0.number) + " " + Markup.escape($0.displayName) } ?? Markup.escape(ref.file)
            blocks.append(.paragraph(markup: "<span foreground=\"#555555\">According to \(who), sentence \(ref.sentence + 1):</span> "
                                     + "<i>“" + Markup.escape(ref.quote) + "”</i>"))
        }
        if quoted.count < sentences.count {
            blocks.append(.paragraph(markup: "<i>" + Markup.escape("Quoted: \(FigureText.number(quoted.count)) of the \(FigureText.number(sentences.count)) sentences that mention this event "
                                                                 + "(those that state its date or figures first, then in source order).") + "</i> "
                                     + c.elsewhere(sentences.count - quoted.count, "sentence", "sentences")))
        }
        return (blocks, quoted.count)
    }

    /// The mentions, one per sentence (a sentence may mention an event twice), in their order.
    static func distinctSentences(_ mentions: [SourceReference]) -> [SourceReference] {
        var seen = Set<SentenceKey>()
        return mentions.filter { seen.insert(SentenceKey(file: $0.file, sentence: $0.sentence)).inserted }
    }

    struct SentenceKey: Hashable {
        var file: String
        var sentence: Int
    }

    /// The sentences to quote, in their original order: all of them within `limit`; beyond it the
    /// sentences that state the event's date or one of its figures first, then the others, each
    /// group in source order.
    static func quotes(_ sentences: [SourceReference], of event: Event, figures: [Figure], limit: Int?) -> [SourceReference] {
        guard let limit, sentences.count > limit else { return sentences }
        var stating = Set<SentenceKey>()
        for ref in event.dateSources { stating.insert(SentenceKey(file: ref.file, sentence: ref.sentence)) }
        for claim in event.dateConflict { for ref in claim.sources { stating.insert(SentenceKey(file: ref.file, sentence: ref.sentence)) } }
        for f in figures { for v in f.values { for ref in v.sources { stating.insert(SentenceKey(file: ref.file, sentence: ref.sentence)) } } }
        let keys = sentences.map { SentenceKey(file: $0.file, sentence: $0.sentence) }
        let order = sentences.indices.sorted { a, b in
            let sa = stating.contains(keys[a]), sb = stating.contains(keys[b])
            return sa != sb ? sa : a < b
        }
        let kept = Set(order.prefix(limit))
        return sentences.indices.filter(kept.contains).map { sentences[$0] }
    }
}
