/// What boilerplate removal leaves of an article: the stretches set aside (with reasons) and the
/// scalar ranges kept as news. Removed and kept ranges never overlap; text before the article's
/// `bodyStart` (front matter) is in neither.
public struct CleanedText: Sendable, Hashable {
    public var removed: [RemovedText]
    /// Scalar ranges of the file text kept as news, in order.
    public var kept: [Range<Int>]

    public init(removed: [RemovedText], kept: [Range<Int>]) {
        self.removed = removed
        self.kept = kept
    }
}

/// Sets aside the parts of a scraped article that are not news: paywall and registration prompts,
/// donation appeals, newsletter prompts, photo captions and credits, lines the page printed twice,
/// navigation furniture, bylines and production notes.
///
/// The engine is generic and line-based; what counts as a prompt is data (`BoilerplateRules`, the
/// phrase lists in `english/boilerplate/`). Precision first: a cue phrase counts on a short line
/// only when the line addresses the reader (you/your/we/our) or starts with the cue; a long
/// paragraph needs two different donation cues and reader address; reported speech (a quotation
/// with "said", "told", ...) is never a prompt. A news paragraph that merely mentions "support" or
/// "register" has none of the characteristic phrases and is kept.
///
/// Complexity: O(total words × cues sharing a first word) per article; no regular expressions.
public struct BoilerplateCleaner: Sendable {
    public var rules: BoilerplateRules { didSet { vocabulary = LineVocabulary(rules) } }
    /// Which lists a word can matter to, for one lookup per word of a line (`LineVocabulary`).
    private var vocabulary: LineVocabulary

    public static let shared = BoilerplateCleaner(rules: .english)

    public init(rules: BoilerplateRules) {
        self.rules = rules
        vocabulary = LineVocabulary(rules)
    }

    public func clean(_ article: Article) -> CleanedText {
        clean(text: article.text, bodyStart: article.bodyStart, title: article.metadata.title)
    }

    /// Cleans `text` from `bodyStart`; a line equal to `title` (the headline) is never taken for a prompt.
    public func clean(text: String, bodyStart: Int = 0, title: String? = nil) -> CleanedText {
        clean(scalars: ScalarText.scalars(of: text), bodyStart: bodyStart, title: title)
    }

    /// Cleans the text given as its scalars (`DocumentExtractor` decodes them once for every stage).
    public func clean(scalars: [Unicode.Scalar], bodyStart: Int = 0, title: String? = nil) -> CleanedText {
        let lines = TextLine.lines(of: scalars, from: bodyStart)
        let titleLine = TitleLine(title)
        var reasons: [[(start: Int, end: Int, reason: RemovalReason)]] = Array(repeating: [], count: lines.count)
        // Lines seen, by their word keys: one hash per line rather than one per word.
        var seen = LineKeySet()
        var appealOpen = false
        // The words of the line at hand that matter to some list anywhere (one buffer for all lines).
        var hits: [LineVocabulary.Hit] = []

        for (k, line) in lines.enumerated() {
            guard !line.isBlank else { continue }
            hits.removeAll(keepingCapacity: true)
            let bits = vocabulary.bits(of: line, hits: &hits)
            let repeated = line.wordCount >= rules.repeatedLineMinWords && !seen.insert(line)
            if repeated {
                // The page printed this line before: the second and later copies go, whatever they are.
                reasons[k] = [(line.start, line.end, .repeatedLine)]
            } else if let parts = caption(line, bits, hits, scalars) {
                reasons[k] = parts
            } else if titleLine.matches(line) {
                // The headline printed at the top of the body is news, not furniture.
            } else if isByline(line, scalars) {
                reasons[k] = [(line.start, line.end, .byline)]
            } else if let reason = promptReason(line, bits, hits) {
                reasons[k] = [(line.start, line.end, reason)]
                if reason == .donationAppeal || !cues(rules.appealMarkers, .appealMarkers, line, bits, hits).isEmpty { appealOpen = true }
            } else if !bits.isSpeech(line), !cues(rules.appealMarkers, .appealMarkers, line, bits, hits).isEmpty {
                reasons[k] = [(line.start, line.end, .donationAppeal)]
                appealOpen = true
            } else if appealOpen, !bits.isSpeech(line), bits.contains(.readerAddress) || !cues(rules.donation, .donation, line, bits, hits).isEmpty {
                reasons[k] = [(line.start, line.end, .donationAppeal)]
            } else {
                appealOpen = false
            }
        }
        sweepTail(lines, &reasons)

        var removed: [RemovedText] = []
        var kept: [Range<Int>] = []
        var run: Range<Int>?
        for (k, line) in lines.enumerated() {
            if !reasons[k].isEmpty {
                if let r = run { kept.append(r); run = nil }
                for part in reasons[k] where part.end > part.start {
                    removed.append(RemovedText(start: part.start, end: part.end,
                                               text: ScalarText.sliceOf(scalars, part.start, part.end), reason: part.reason))
                }
            } else if !line.isBlank {
                run = (run?.lowerBound ?? line.start)..<line.end
            }
        }
        if let r = run { kept.append(r) }
        return CleanedText(removed: removed, kept: kept)
    }

    /// Caption and credit parts of a line that ends in a photo credit (or is a Markdown image).
    private func caption(_ line: TextLine, _ bits: LineVocabulary.Lists, _ hits: [LineVocabulary.Hit], _ scalars: [Unicode.Scalar]) -> [(start: Int, end: Int, reason: RemovalReason)]? {
        if line.end - line.start >= 2, ScalarClass.lowercased(scalars[line.start]) == "!", ScalarClass.lowercased(scalars[line.start + 1]) == "[" {
            return [(line.start, line.end, .caption)]
        }
        if cues(rules.captions, .captions, line, bits, hits).contains(where: { $0.cue.anchor != .anywhere }) {
            return [(line.start, line.end, .caption)]
        }
        guard line.wordCount <= rules.shortLineWords * 2, let found = rules.credits.find(in: scalars, line.start..<line.end) else { return nil }
        let creditStart = line.start + found.creditStart
        if found.creditStart == 0 { return [(line.start, line.end, .credit)] }
        // The caption ends where the credit starts, less the spaces between them.
        var captionEnd = creditStart
        while captionEnd > line.start, ScalarClass.isWhitespace(ScalarClass.lowercased(scalars[captionEnd - 1])) { captionEnd -= 1 }
        return [(line.start, captionEnd, .caption), (creditStart, line.end, .credit)]
    }

    /// The kind of prompt a line is, if its cue phrases make it one.
    private func promptReason(_ line: TextLine, _ bits: LineVocabulary.Lists, _ hits: [LineVocabulary.Hit]) -> RemovalReason? {
        if bits.isSpeech(line) { return nil }
        let address = bits.contains(.readerAddress)
        let short = line.wordCount <= rules.shortLineWords
        func qualifies(_ match: CueList.Match) -> Bool {
            if match.cue.anchor != .anywhere { return true }
            return short && (match.position == 0 || address)
        }
        // An unanchored cue only counts on a short line, so long paragraphs try anchored cues only.
        // The lists in order, each passed as it is stored (an array of them copied five lists a line).
        func found(_ list: CueList, _ bit: LineVocabulary.Lists) -> Bool {
            cues(list, bit, line, bits, hits, includeAnywhere: short).contains(where: qualifies)
        }
        if found(rules.paywall, .paywall) { return .paywall }
        if found(rules.registration, .registration) { return .registration }
        if found(rules.newsletter, .newsletter) { return .newsletter }
        if found(rules.navigation, .navigation) { return .navigation }
        if found(rules.bylines, .bylines) { return .byline }
        let donation = cues(rules.donation, .donation, line, bits, hits, includeAnywhere: short || address)
        if donation.contains(where: qualifies) { return .donationAppeal }
        // A paragraph of appeal: two different cues, addressed to the reader.
        if address && donation.count >= 2 && Set(donation.map(\.cue)).count >= 2 { return .donationAppeal }
        return nil
    }

    /// Short reader-addressed lines at the very end, below removed furniture, are furniture too
    /// ("Thank you. You are a loyal reader."); they take the reason of the removal below them.
    private func sweepTail(_ lines: [TextLine], _ reasons: inout [[(start: Int, end: Int, reason: RemovalReason)]]) {
        var below: RemovalReason?
        for k in lines.indices.reversed() {
            let line = lines[k]
            if line.isBlank { continue }
            if let last = reasons[k].last { below = last.reason; continue }
            guard let reason = below, line.wordCount <= rules.tailLineMaxWords, addressesReader(line), !isSpeech(line) else { return }
            reasons[k] = [(line.start, line.end, reason)]
        }
    }

    /// "By Jane Roe", "Reporting by Omar Haddad; Editing by Claire Dunn": a line that starts with a
    /// lead-in (`byline-lead-ins.txt`) and goes on with capitalised names only — connectors and
    /// lead-in words aside — and no digits. "By Tuesday, most had left." is news ("most").
    private func isByline(_ line: TextLine, _ scalars: [Unicode.Scalar]) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= rules.bylineMaxWords,
              let leadIn = rules.bylineLeadIns.matches(line).first(where: { $0.cue.anchor == .start }) else { return false }
        // A bare "By ..." line is a byline only when it is not a sentence.
        if leadIn.cue.words == ["by"] && line.endsLikeSentence { return false }
        var names = 0
        var index = 0
        var word: [Unicode.Scalar] = []
        func judge() -> Bool {
            defer { word.removeAll(keepingCapacity: true) }
            guard let first = word.first else { return true }
            index += 1
            if index <= leadIn.cue.words.count { return true }
            if ScalarClass.isUppercase(first) { names += 1; return true }
            let lower = index - 1 < line.wordCount ? line.word(index - 1) : ""
            return rules.bylineConnectors.contains(lower) || rules.bylineLeadInWords.contains(lower)
        }
        for k in line.start..<line.end {
            let c = scalars[k]
            if ScalarClass.isDigit(c) { return false }
            if ScalarClass.isLetter(c) || ((c == "'" || c == "’") && !word.isEmpty) { word.append(c) } else if !judge() { return false }
        }
        return judge() && names >= 1
    }

    /// `list.matches(line.words, includeAnywhere:)`, the unanchored cues tried only when the line
    /// holds a first word of one, the list not asked at all when its anchored cues cannot match
    /// either (same result; the lookups are spared on most lines).
    private func cues(_ list: CueList, _ bit: LineVocabulary.Lists, _ line: TextLine, _ bits: LineVocabulary.Lists,
                      _ hits: [LineVocabulary.Hit], includeAnywhere: Bool = true) -> [CueList.Match] {
        let anywhere = includeAnywhere && bits.contains(bit)
        guard anywhere || bits.contains(bit.anchored) else { return [] }
        // The unanchored cues only at the words the vocabulary found for this list.
        return list.matches(line, includeAnywhere: anywhere, hits: hits, bit: bit)
    }

    private func addressesReader(_ line: TextLine) -> Bool {
        line.words.contains { rules.readerAddress.contains($0) }
    }

    private func isSpeech(_ line: TextLine) -> Bool {
        line.hasQuotation && line.words.contains { rules.speechMarkers.contains($0) }
    }
}

/// The headline, normalised like a line, for telling the headline printed at the top of the body.
///
/// Why not the words of `CueList.normalise(title)` as `CueWord`s: a String and an array per word
/// of every article's title, for a comparison made only with lines of as many words. A title
/// without `*` is normalised as one line (what `normalise` does), so its key compares with a
/// line's: two ASCII keys of as many words are the same words exactly when their bytes are
/// equal; otherwise the words are compared as Strings, as `CueWord` comparison ends up doing.
struct TitleLine {
    private let line: TextLine?
    private let words: [CueWord]

    /// No title: no line matches.
    init(_ title: String?) {
        guard let title else {
            line = nil
            words = []
            return
        }
        if title.unicodeScalars.contains("*") {
            line = nil
            words = CueList.normalise(title).map(CueWord.init)
        } else {
            let scalars = ScalarText.scalars(of: title)
            line = TextLine(scalars, 0, scalars.count)
            words = []
        }
    }

    /// Whether `other` has the title's words (and the title has some).
    func matches(_ other: TextLine) -> Bool {
        guard let line else {
            return !words.isEmpty && other.wordCount == words.count && words.indices.allSatisfy { other.wordEquals($0, words[$0]) }
        }
        guard line.wordCount > 0, other.wordCount == line.wordCount else { return false }
        if line.keyIsASCII && other.keyIsASCII { return line.keySlice.elementsEqual(other.keySlice) }
        return (0..<line.wordCount).allSatisfy { line.word($0) == other.word($0) }
    }
}
