/// What a word tells `TimexScanner.tenseCue(_:)`: the tense lists it is in, and the fixed words
/// the cue rules compare with, in one table.
///
/// Why one table: `tenseCue` runs at every token of a tense window (some twenty tokens for each
/// weekday and month found); one lookup there, instead of one per list and a String comparison
/// per fixed word, keeps the tense rules cheap as they grow. Words in none of them (most) cost
/// that lookup and two byte tests ("-ed", "'ll").
struct TenseWordKind: OptionSet, Sendable {
    let rawValue: UInt16
    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// future_cues.txt.
    static let future = TenseWordKind(rawValue: 1 << 0)
    /// past_cues.txt.
    static let past = TenseWordKind(rawValue: 1 << 1)
    /// past_cue_exceptions.txt: "-ed" words that are no past cue.
    static let notPast = TenseWordKind(rawValue: 1 << 2)
    /// modal_cues.txt.
    static let modal = TenseWordKind(rawValue: 1 << 3)
    /// intention_verbs.txt (a future cue before "to").
    static let intention = TenseWordKind(rawValue: 1 << 4)
    /// reporting_verbs.txt.
    static let reporting = TenseWordKind(rawValue: 1 << 5)
    /// "next" (no cue before "to": "next to the embassy").
    static let next = TenseWordKind(rawValue: 1 << 6)
    /// "set", "is", "are" (before "to": "set to open", "is to resume").
    static let beforeTo = TenseWordKind(rawValue: 1 << 7)
    /// "as" ("as soon as", "as early as").
    static let asWord = TenseWordKind(rawValue: 1 << 8)
    /// "was", "were" (before a plan word: "was scheduled").
    static let pastBe = TenseWordKind(rawValue: 1 << 9)
    /// "until" (no cue when it opens the sentence).
    static let until = TenseWordKind(rawValue: 1 << 10)
}

extension TimeLexicon {
    /// Builds `tenseWords` from the loaded tense lists. Run once at load time, after them.
    mutating func buildTenseWords() {
        var table: [String: TenseWordKind] = [:]
        func add<S: Sequence>(_ words: S, _ kind: TenseWordKind) where S.Element == String {
            for word in words { table[word, default: []].insert(kind) }
        }
        add(futureCues.words, .future)
        add(pastCues.words, .past)
        add(notPastCues.words, .notPast)
        add(modalCues.words, .modal)
        add(intentionVerbs.words, .intention)
        add(reportingVerbs.words, .reporting)
        add(["next"], .next)
        add(["set", "is", "are"], .beforeTo)
        add(["as"], .asWord)
        add(["was", "were"], .pastBe)
        add(["until"], .until)
        tenseWords = WordTable(table)
    }
}
