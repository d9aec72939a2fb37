/// Finds happenings in a document's sentences and ties each to what its sentence says of when
/// and where.
///
/// The rules, in order:
/// 1. A trigger word or phrase (`events/triggers.txt`) outside quotation marks, outside a time
///    expression and outside a casualty figure's own words signals a happening of its type.
///    Triggers of one type in one sentence are one mention ("attacked ... invaded").
/// 2. Each dated expression of the sentence (a range, else a date) goes to the nearest trigger,
///    except that a date after "of" ("victims of October 7th") never dates a commemoration, and
///    neither a wire dateline's date ("DASHT, June 3 (Wire) —") nor a date beside a verb of
///    saying ("police said on Sunday") dates a happening: they date the report or the statement.
/// 3. Each place ("in Baku") goes to the nearest trigger; a capitalised name directly before a
///    trigger noun ("the Halabja attack") names that happening; organisations are participants.
/// 4. A commemoration followed within a few words by an attack or war mention remembers it; an
///    agreement in a sentence with a war mention ends it.
public struct EventExtractor: Sendable {
    public let lexicon: EventLexicon
    /// How many tokens after a commemoration trigger an attack may stand and still be what it remembers.
    public var commemorationReach = 7
    /// How many tokens after a trigger a date may stand and still date it in a sentence that
    /// reports a statement about the happening ("condemned the bombing on Aug. 7").
    public var statementReach = 3

    public static let shared = EventExtractor(lexicon: .shared)

    public init(lexicon: EventLexicon) { self.lexicon = lexicon }

    struct Trigger {
        var tokens: Range<Int>
        var type: EventType
        var phrase: String
    }

    /// The happenings of one document. Sets `place` on figures whose sentence ties them to one.
    /// `tokens`, when given, are each sentence's tokens (`tokens[k]` of `sentences[k]`).
    public func extract(sentences: [Sentence], timexes: [Timex], ranges: [TimeRange], figures: inout [FigureMention],
                        tokens sentenceTokens: [[Token]]? = nil) -> [EventMention] {
        let quoted = QuotedSpans.find(in: sentences)
        var mentions: [EventMention] = []
        var figurePlaces: [Int: String] = [:]
        // Mentions bucketed once by the sentence whose span holds them, so each sentence looks at
        // its own: O(mentions × log sentences) rather than O(sentences × mentions).
        let holder = SentenceLocator(sentences)
        let n = sentences.count
        let timexesBySentence = SentenceBuckets(count: timexes.count, sentences: n) { holder.position(timexes[$0].start, timexes[$0].end) }
        let rangesBySentence = SentenceBuckets(count: ranges.count, sentences: n) { holder.position(ranges[$0].start, ranges[$0].end) }
        let figuresBySentence = SentenceBuckets(count: figures.count, sentences: n) { holder.position(figures[$0].start, figures[$0].end) }
        for (position, sentence) in sentences.enumerated() {
            let tokens = sentenceTokens?[position] ?? Tokenizer.tokenize(sentence.text, offset: sentence.start)
            // Most sentences name no happening: skip the rest when no token can start a trigger.
            let words = lexicon.words
            guard let firstCandidate = tokens.firstIndex(where: { $0.kind == .word && words.startsTrigger($0.lower) }) else { continue }
            let sTimexes = timexesBySentence.isEmpty(position) ? [] : timexesBySentence.items(position).map { timexes[$0] }
            let sRanges = rangesBySentence.isEmpty(position) ? [] : rangesBySentence.items(position).map { ranges[$0] }
            let sFigures = figuresBySentence.isEmpty(position) ? [] : figuresBySentence.items(position).map { ($0, figures[$0]) }
            extract(sentence: sentence, tokens: tokens, timexes: sTimexes, ranges: sRanges,
                    figures: sFigures, quoted: quoted, into: &mentions,
                    figurePlaces: &figurePlaces, firstCandidate: firstCandidate)
        }
        for (i, place) in figurePlaces { figures[i].place = place }
        return mentions
    }

    /// One sentence's happenings, appended to `mentions` (the document's so far: a related
    /// mention is named by its index there). `firstCandidate`: no token before it can start a
    /// trigger (the caller's scan found that), so the trigger search starts there.
    // swiftlint:disable:next function_body_length
    func extract(sentence: Sentence, tokens: [Token], timexes: [Timex], ranges: [TimeRange],
                 figures: [(Int, FigureMention)], quoted: [Range<Int>], into mentions: inout [EventMention],
                 figurePlaces: inout [Int: String], firstCandidate: Int = 0) {
        let words = lexicon.words
        // Whether the token at `start..<end` lies inside a time expression or range (asked of the
        // two lists in place: no array of their spans made for every sentence).
        func insideTime(_ start: Int, _ end: Int) -> Bool {
            timexes.contains { start >= $0.start && end <= $0.end } || ranges.contains { start >= $0.start && end <= $0.end }
        }
        let figureSpans = figures.map { ($0.1.start, $0.1.end) }
        var blocked = TokenMask(count: tokens.count)
        var quotedTokens = TokenMask(count: tokens.count)
        // Quote spans are in text order and disjoint, as are tokens: one merged walk from the first
        // span that ends after the first token, O(tokens + log spans), instead of tokens × spans.
        var q = tokens.first.map { first in
            var (lo, hi) = (0, quoted.count)
            while lo < hi { let mid = (lo + hi) / 2; if quoted[mid].upperBound <= first.start { lo = mid + 1 } else { hi = mid } }
            return lo
        } ?? quoted.count
        for i in tokens.indices {
            let start = tokens[i].start, end = tokens[i].end
            if insideTime(start, end) { blocked.insert(i) }
            while q < quoted.count && quoted[q].upperBound <= start { q += 1 }
            if q < quoted.count && start >= quoted[q].lowerBound && end <= quoted[q].upperBound {
                quotedTokens.insert(i); blocked.insert(i)
            }
        }
        let triggers = findTriggers(tokens, excluded: figureSpans.isEmpty ? blocked : blocked.union(figureTokens(tokens, figureSpans)),
                                    from: firstCandidate)
        guard !triggers.isEmpty else { return }

        // One mention per type per sentence, at its first trigger.
        var byType = EventTypeMap<[Trigger]>()
        var order: [EventType] = []
        for t in triggers {
            if byType[t.type] == nil { order.append(t.type) }
            byType[t.type, default: []].append(t)
        }
        func tokenIndex(ofOffset offset: Int) -> Int {
            tokens.firstIndex { $0.end > offset } ?? max(0, tokens.count - 1)
        }
        func distance(_ index: Int, _ trigger: Trigger) -> Int {
            if index < trigger.tokens.lowerBound { return trigger.tokens.lowerBound - index }
            if index >= trigger.tokens.upperBound { return index - trigger.tokens.upperBound + 1 }
            return 0
        }
        func nearestType(to index: Int, allowing: (EventType) -> Bool = { _ in true }) -> EventType? {
            var best: (EventType, Int)?
            for type in order where allowing(type) {
                for t in byType[type]! {
                    let d = distance(index, t)
                    // On a tie the trigger before wins: English attaches dates and places after the noun.
                    if best == nil || d < best!.1 || (d == best!.1 && t.tokens.lowerBound < index) { best = (type, d) }
                }
            }
            return best?.0
        }

        var dates = EventTypeMap<(DateSpan, String, Bool)>()
        var dateDistance = EventTypeMap<Int>()
        // Each dated expression in turn (a function rather than an array of them copied: their
        // texts and spans need no copy to be looked at).
        func consider(_ start: Int, _ end: Int, _ text: String, _ span: DateSpan?, _ relative: @autoclosure () -> Bool) {
            let index = tokenIndex(ofOffset: start)
            if quotedTokens.contains(index) { return }
            // "Two days after the collapse" is a time measured from the happening, not its date.
            let last = tokenIndex(ofOffset: end - 1)
            if Dateline.holds(first: index, last: last, in: tokens) { return }
            let anchorWords = words.anchorWords
            if anchorWords.contains(tokens[last].lower) || (last + 1 < tokens.count && anchorWords.contains(tokens[last + 1].lower)) { return }
            let afterOf = index > 0 && (tokens[index - 1].lower == "of" || (index > 1 && tokens[index - 1].lower == "the" && tokens[index - 2].lower == "of"))
            guard let type = nearestType(to: index, allowing: { !(afterOf && $0 == .commemoration) }) else { return }
            let d = byType[type]!.map { distance(index, $0) }.min() ?? Int.max
            if let nearest = byType[type]!.min(by: { distance(index, $0) < distance(index, $1) }),
               datesAStatement(first: index, last: last, tokens, trigger: nearest) { return }
            if let previous = dateDistance[type], previous <= d { return }
            dateDistance[type] = d
            guard let span else {
                // A date the text states but that cannot be resolved (no document date): the
                // happening is dated in words only and stays undated on the axis.
                dates[type] = (DateSpan(start: PartialDate(year: nil), certainty: .unknown), text, relative())
                return
            }
            dates[type] = (span, text, relative())
        }
        // Ranges first: "between 1988 and 1994" dates a period as a whole.
        for r in ranges { consider(r.start, r.end, r.text, r.span, false) }
        for x in timexes where (x.type == .date || x.type == .time) && !ranges.contains(where: { $0.start <= x.start && x.end <= $0.end }) {
            consider(x.start, x.end, x.text, x.date, Self.isRelative(x))
        }

        // Both masks in one plain pass over the triggers (a lazy filter-map chain cost more than the rule).
        var objectStarts = TokenMask(count: tokens.count)
        var triggerStarts = TokenMask(count: tokens.count)
        for t in triggers {
            triggerStarts.insert(t.tokens.lowerBound)
            if (t.type == .attack || t.type == .battle) && tokens[t.tokens.upperBound - 1].lower.endsWith("ed") {
                objectStarts.insert(t.tokens.upperBound)
            }
        }
        let names = NameFinder(words: words).runs(in: tokens, blocked: blocked, triggerStarts: triggerStarts,
                                                  objectStarts: objectStarts)
        var places = EventTypeMap<[String]>()
        var modifiers = EventTypeMap<[String]>()
        var participants = EventTypeMap<[String]>()
        for run in names {
            switch run.role {
            case .modifier:
                if let type = order.first(where: { byType[$0]!.contains { $0.tokens.lowerBound == run.tokens.upperBound } }) {
                    modifiers[type, default: []].append(run.text)
                }
            case .place:
                let nearest = nearestType(to: run.tokens.lowerBound)
                if let f = Self.figure(before: run, tokens, figures) {
                    figurePlaces[f] = run.text
                    // The place of a figure is the place of the harm, not of a ceremony that mentions it.
                    guard let nearest, Self.isHarmful(nearest) else { continue }
                }
                if let type = nearest { places[type, default: []].append(run.text) }
            case .organisation:
                if let type = nearestType(to: run.tokens.lowerBound) { participants[type, default: []].append(run.text) }
            case .other:
                continue
            }
        }

        let firstIndex = mentions.count
        for type in order {
            let first = byType[type]![0]
            let t0 = tokens[first.tokens.lowerBound], t1 = tokens[first.tokens.upperBound - 1]
            let date = dates[type]
            var mention = EventMention(
                start: t0.start, end: t1.end, text: first.phrase, type: type, sentence: sentence.index,
                date: date.flatMap { $0.0.start.year == nil && $0.0.start.month == nil ? nil : $0.0 },
                dateText: date?.1, places: unique(places[type] ?? []), names: unique(modifiers[type] ?? []),
                figures: [], participants: unique(participants[type] ?? []), isRelativeToDocumentDate: date?.2 ?? false)
            mention.figures = figures.filter { Self.nearestAttackLike($0.1, tokens, byType, order) == type }.map(\.0)
            mentions.append(mention)
        }
        linkRelations(&mentions, byType: byType, firstIndex: firstIndex)
    }

    /// Whether the date at tokens `first...last` stands beside a verb of saying ("police said on
    /// Sunday", "officials on Friday said"): then it dates the statement, not a happening.
    ///
    /// Also, when a verb of saying comes before the happening's trigger ("the Security Council
    /// condemned the bombing of the embassies on Thursday"), or an anchor word just before it
    /// ("Albright flew to Nairobi on Tuesday after the bombings"), the sentence is about something
    /// else: a date there dates the happening only when it stands right by its trigger ("the
    /// Aug. 7 bombing", "the bombing on Aug. 7"), within `statementReach` tokens after it.
    private func datesAStatement(first: Int, last: Int, _ tokens: [Token], trigger: Trigger) -> Bool {
        var before = first - 1
        if before >= 0, tokens[before].lower == "on" { before -= 1 }
        let words = lexicon.words
        if before >= 0, words.reportingVerbs.contains(tokens[before].lower) { return true }
        if last + 1 < tokens.count && words.reportingVerbs.contains(tokens[last + 1].lower) { return true }
        let opening = trigger.tokens.lowerBound
        let reported = tokens[..<opening].contains { words.reportingVerbs.contains($0.lower) }
        let anchoring = tokens[max(0, opening - 4)..<opening].contains { words.anchorWords.contains($0.lower) }
        guard reported || anchoring else { return false }
        let besideBefore = last < trigger.tokens.lowerBound && trigger.tokens.lowerBound - last <= 3
        let besideAfter = first >= trigger.tokens.upperBound && first - trigger.tokens.upperBound < statementReach
        return !(besideBefore || besideAfter)
    }

    /// The happenings that cause harm: a figure's place and cause are theirs.
    private static func isHarmful(_ type: EventType) -> Bool {
        switch type {
        case .attack, .battle, .war, .displacement, .other: return true
        case .agreement, .commemoration: return false
        }
    }

    /// Figures belong to the harm-causing happening of their sentence, if there is one.
    private static func nearestAttackLike(_ figure: FigureMention, _ tokens: [Token], _ byType: EventTypeMap<[Trigger]>, _ order: [EventType]) -> EventType? {
        let index = tokens.firstIndex { $0.end > figure.start } ?? 0
        var best: (EventType, Int)?
        for type in order where isHarmful(type) {
            for t in byType[type]! {
                let d = abs(t.tokens.lowerBound - index)
                // A war is the setting, not the cause, when a more specific happening is named.
                let penalty = type == .war ? 1000 : 0
                if best == nil || d + penalty < best!.1 { best = (type, d + penalty) }
            }
        }
        return best?.0
    }

    /// Relations among the sentence's mentions, `mentions[firstIndex...]`.
    private func linkRelations(_ mentions: inout [EventMention], byType: EventTypeMap<[Trigger]>, firstIndex: Int) {
        let sentence = firstIndex..<mentions.count
        for i in sentence {
            switch mentions[i].type {
            case .commemoration:
                let reachEnd = byType[.commemoration]!.map { $0.tokens.upperBound + commemorationReach }.max() ?? 0
                let start = byType[.commemoration]!.map(\.tokens.lowerBound).min() ?? 0
                if let j = sentence.first(where: { k in
                    [.attack, .battle, .war].contains(mentions[k].type)
                        && byType[mentions[k].type]!.contains { $0.tokens.lowerBound > start && $0.tokens.lowerBound <= reachEnd }
                }) {
                    mentions[i].relation = .commemorates
                    mentions[i].relatedMention = j
                }
            case .agreement:
                if let j = sentence.first(where: { mentions[$0].type == .war }) {
                    mentions[i].relation = .ends
                    mentions[i].relatedMention = j
                }
            default:
                continue
            }
        }
    }

    /// The triggers of a sentence, longest phrase first at each token, from token `start` on (no
    /// token before it may start one).
    private func findTriggers(_ tokens: [Token], excluded: TokenMask, from start: Int) -> [Trigger] {
        var found: [Trigger] = []
        var i = start
        while i < tokens.count {
            // The pre-check first: the trigger table is keyed by the same first words.
            guard !excluded.contains(i), tokens[i].kind == .word, lexicon.words.mayStartTrigger(tokens[i].lower),
                  let candidates = lexicon.triggerTable[tokens[i].lower] else { i += 1; continue }
            var matched = false
            for c in candidates where i + c.words.count <= tokens.count {
                let r = i..<(i + c.words.count)
                if zip(r, c.words).allSatisfy({ tokens[$0.0].lower == $0.1 && !excluded.contains($0.0) }) {
                    if let type = c.type {
                        // A one-word trigger (most) is its token's text: no array of one text to join.
                        let phrase = r.count == 1 ? tokens[i].text : tokens[r].map(\.text).joined(separator: " ")
                        found.append(Trigger(tokens: r, type: type, phrase: phrase))
                    }
                    i = r.upperBound
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return found
    }

    /// Tokens that are a figure's own words: "massacred" in "613 residents were massacred" reports
    /// harm, it is not a further happening. A word at most three words after a cause preposition
    /// of the same figure ("27 people killed in Monday's bombing") names the happening that caused
    /// the harm, so it stays a trigger.
    private func figureTokens(_ tokens: [Token], _ spans: [(Int, Int)]) -> TokenMask {
        var set = TokenMask(count: tokens.count)
        for (i, t) in tokens.enumerated() {
            guard let span = spans.first(where: { t.start >= $0.0 && t.end <= $0.1 }) else { continue }
            let afterCause = (max(0, i - 3)..<i).contains { k in
                tokens[k].start >= span.0 && lexicon.words.causePrepositions.contains(tokens[k].lower)
            }
            if !afterCause { set.insert(i) }
        }
        return set
    }

    /// "613 victims murdered in Halabja": the place belongs to the figure's happening, not the sentence's other triggers.
    /// The figure that ends within three words before the place's preposition, if any.
    private static func figure(before run: NameRun, _ tokens: [Token], _ figures: [(Int, FigureMention)]) -> Int? {
        let k = run.tokens.lowerBound
        guard k >= 1 else { return nil }
        let windowStart = tokens[max(0, k - 4)].start
        let placeStart = tokens[k].start
        return figures.last { $0.1.end >= windowStart && $0.1.end <= placeStart }?.0
    }

    static func isRelative(_ x: Timex) -> Bool {
        let lower = x.text.lowercased()
        let bytes = Array(lower.utf8)
        // ASCII text (nearly every expression): a byte search finds exactly what Foundation's
        // `contains` finds, without its thousands of instructions a call; other text keeps it.
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return relativeWords.contains { lower.contains($0) } }
        return relativeWordBytes.contains { word in
            guard bytes.count >= word.count else { return false }
            for start in 0...(bytes.count - word.count) where bytes[start] == word[0] {
                if (1..<word.count).allSatisfy({ bytes[start + $0] == word[$0] }) { return true }
            }
            return false
        }
    }

    /// Words whose presence makes an expression relative to the document date.
    static let relativeWords = ["today", "yesterday", "tomorrow", "ago", "last", "next", "this", "tonight", "week", "month"]
    static let relativeWordBytes = relativeWords.map { Array($0.utf8) }

    private func unique(_ xs: [String]) -> [String] {
        // Most lists are empty or hold one name: nothing to drop, no set to build.
        guard xs.count > 1 else { return xs }
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
}
