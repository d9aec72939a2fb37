/// Finds stated ranges between two dates of a sentence: "between 1988 and 1994", "from May to
/// July", "1988-1994", "1992/1993", "the night between February 25th and 26th"; and approximate
/// single dates ("circa 1992", "c. 1992").
enum TimeRangeFinder {
    /// Words that open a range before its first date, and the word that must join the two dates.
    static let openers: [String: Set<String>] = [
        "between": ["and"], "from": ["to", "until", "till", "through", "-", "–", "—"],
    ]
    /// Joiners allowed without an opener ("1988-1994", "1988 to 1994", "1992/1993").
    static let bareJoiners: WordSet = ["-", "–", "—", "to", "through", "/"]

    static func ranges(in timexes: [Timex], tokens: [Token], sentence: Sentence, text: ScalarText) -> [TimeRange] {
        var out: [TimeRange] = []
        guard !timexes.isEmpty else { return [] }
        // Token starts strictly increase: a binary search finds the token at an offset without
        // building a dictionary of every token per sentence. Complexity: O(log tokens) a lookup.
        func tokenIndex(startingAt offset: Int) -> Int? {
            var low = 0, high = tokens.count
            while low < high {
                let mid = (low + high) / 2
                if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
            }
            return low < tokens.count && tokens[low].start == offset ? low : nil
        }
        var used = Set<Int>()
        for k in timexes.indices {
            let a = timexes[k]
            guard a.type == .date, let da = a.date else { continue }
            if k + 1 < timexes.count, !used.contains(k) {
                let b = timexes[k + 1]
                if b.type == .date, let db = b.date, Self.gapMayJoin(text, a.end - sentence.start, b.start - sentence.start) {
                    let gap = text.slice(a.end - sentence.start, b.start - sentence.start).trimmingCharacters(in: .whitespaces).lowercased()
                    var first = a.start
                    var matched = false
                    if a.start == b.start - 5 - (a.end - a.start - 4) && gap == "/" { matched = true }
                    if let i = tokenIndex(startingAt: a.start), i > 0, let joiners = openers[tokens[i - 1].lower], joiners.contains(gap) {
                        matched = true
                        first = tokens[i - 1].start
                        // "the night between ...": a part of the day or "the period" before the opener belongs to the range.
                        if i >= 3, tokens[i - 3].lower == "the", ["night", "day", "period", "weekend", "week", "morning", "evening"].contains(tokens[i - 2].lower) {
                            first = tokens[i - 3].start
                        }
                    } else if bareJoiners.contains(gap) {
                        matched = true
                    }
                    let startDate = Self.sharingYear(da, with: db)
                    if matched, let endDate = db.end ?? Optional(db.start), (startDate.start.year ?? 0) <= (endDate.year ?? Int.max) {
                        let certainty = max(startDate.certainty, db.certainty)
                        let note = [startDate.note, db.note].compactMap { $0 }.first
                        let span = DateSpan(start: startDate.start, end: endDate, certainty: certainty, note: note)
                        out.append(TimeRange(start: first, end: b.end, text: text.slice(first - sentence.start, b.end - sentence.start), sentence: sentence.index, span: span))
                        used.insert(k + 1)
                        continue
                    }
                }
            }
            if da.certainty == .approximate, !used.contains(k), let lead = a.text.split(separator: " ").first.map({ $0.lowercased() }), ["circa", "c.", "about", "around"].contains(lead) {
                out.append(TimeRange(start: a.start, end: a.end, text: a.text, sentence: sentence.index, span: da))
            }
        }
        return out
    }

    /// The most scalars a joiner has ("through"): a gap longer than that, once trimmed, joins nothing.
    static let longestJoiner: Int = {
        let joiners = openers.values.flatMap { $0 } + bareJoiners.words
        return joiners.map { $0.unicodeScalars.count }.max() ?? 0
    }()

    /// Whether the text between two dates (scalar offsets in the sentence) may be a joiner once
    /// trimmed and lower-cased: false when the printable ASCII characters it holds (none of them
    /// whitespace) already span more scalars than the longest joiner, since trimming keeps them
    /// and lower-casing never shortens a text.
    ///
    /// Why: trimming and lower-casing the whole gap through Foundation cost some twenty thousand
    /// instructions a pair of dates, most of them a clause apart. Complexity: O(gap).
    static func gapMayJoin(_ text: ScalarText, _ start: Int, _ end: Int) -> Bool {
        let lo = max(start, 0), hi = min(end, text.count)
        guard hi - lo > longestJoiner else { return true }
        var first = -1, last = -1
        for k in lo..<hi {
            let v = text.scalars[k].value
            if v > 0x20 && v < 0x7F {
                if first < 0 { first = k }
                last = k
            }
        }
        return first < 0 || last - first + 1 <= longestJoiner
    }

    /// English states a range's year once, at its end: "from 3 March to 19 July 1871" starts on
    /// 3 March 1871, "from 28 December to 3 January 1992" on 28 December 1991. A start without a
    /// year of its own (none, or only the document's) takes the end's stated year.
    static func sharingYear(_ start: DateSpan, with end: DateSpan) -> DateSpan {
        let last = end.end ?? end.start
        guard end.certainty == .stated, let year = last.year, let month = start.start.month, let endMonth = last.month,
              start.start.year == nil || (start.certainty == .inferred && start.note == TemporalTagger.documentYearNote)
        else { return start }
        var shared = start
        shared.start.year = month <= endMonth ? year : year - 1
        shared.certainty = .stated
        shared.note = nil
        return shared
    }
}
