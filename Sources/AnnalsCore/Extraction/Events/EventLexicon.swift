/// The event word lists (`Resources/english/events/`), loaded once.
public struct EventLexicon: Sendable {
    /// Trigger phrases as word sequences, longest first for greedy matching, keyed by first word.
    /// A `nil` type is a phrase listed as `none`: it signals nothing and keeps its words from
    /// matching a shorter trigger ("riot police" is no riot).
    public let triggers: [String: [(words: [String], type: EventType?)]]
    public let neutralNames: [String: String]
    public let prepositions: Set<String>
    public let placeNouns: Set<String>
    public let ofAfter: Set<String>
    public let organisationHeads: Set<String>
    public let notNames: Set<String>
    /// Words after which a trigger inside a figure's words names the figure's cause ("killed in the bombing").
    public let causePrepositions: Set<String>
    /// Verbs after which a capitalised run is a name, not an adjective ("in Dasht has risen").
    public let clauseVerbs: Set<String>
    /// Verbs of saying: a date beside one dates the statement, not the happening ("police said on Sunday").
    public let reportingVerbs: Set<String>
    /// Words that measure time from a happening ("two days after the collapse").
    public let anchorWords: Set<String>
    /// Nationality and group words: a run of only these names people ("the Iraqi invasion"), not a place.
    public let demonyms: Set<String>
    /// `triggers` as a byte-hashed table (`WordTable`): looked up for every word of every sentence.
    let triggerTable: WordTable<[(words: [String], type: EventType?)]>
    /// The word lists again as byte-hashed sets, held in one object: the extractor asks them at
    /// every word of a sentence that names a happening, where hashing a `String` for a `Set`
    /// cost more than the rules, and a name finder holding one reference copies cheaply.
    let words: EventWords

    init(triggers: [String: [(words: [String], type: EventType?)]], neutralNames: [String: String], prepositions: Set<String>,
         placeNouns: Set<String>, ofAfter: Set<String>, organisationHeads: Set<String>, notNames: Set<String>,
         causePrepositions: Set<String>, clauseVerbs: Set<String>, reportingVerbs: Set<String>, anchorWords: Set<String>,
         demonyms: Set<String>) {
        self.triggers = triggers
        self.neutralNames = neutralNames
        self.prepositions = prepositions
        self.placeNouns = placeNouns
        self.ofAfter = ofAfter
        self.organisationHeads = organisationHeads
        self.notNames = notNames
        self.causePrepositions = causePrepositions
        self.clauseVerbs = clauseVerbs
        self.reportingVerbs = reportingVerbs
        self.anchorWords = anchorWords
        self.demonyms = demonyms
        triggerTable = WordTable(triggers)
        words = EventWords(triggers: triggers, prepositions: prepositions, placeNouns: placeNouns, ofAfter: ofAfter,
                           organisationHeads: organisationHeads, notNames: notNames, causePrepositions: causePrepositions,
                           clauseVerbs: clauseVerbs, reportingVerbs: reportingVerbs, anchorWords: anchorWords, demonyms: demonyms)
    }

    public static let shared: EventLexicon = {
        do { return try load() } catch { fatalError("Annals resources are damaged: \(error)") }
    }()

    public static func load() throws -> EventLexicon {
        var triggers: [String: [(words: [String], type: EventType?)]] = [:]
        for (key, value) in try ResourceFile.pairs("english/events/triggers.txt") {
            let type = EventType(rawValue: value)
            guard type != nil || value == "none" else { continue }
            let words = key.lowercased().split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            triggers[first, default: []].append((words, type))
        }
        for key in triggers.keys { triggers[key]!.sort { $0.words.count > $1.words.count } }
        var names: [String: String] = [:]
        for (k, v) in try ResourceFile.pairs("english/events/neutral-names.txt") { names[k.lowercased()] = v }
        var prepositions = Set<String>(), placeNouns = Set<String>(), ofAfter = Set<String>(), orgs = Set<String>()
        for (kind, word) in try ResourceFile.pairs("english/events/places.txt") {
            switch kind {
            case "preposition": prepositions.insert(word.lowercased())
            case "place-noun": placeNouns.insert(word.lowercased())
            case "of-after": ofAfter.insert(word.lowercased())
            case "organisation": orgs.insert(word.lowercased())
            default: continue
            }
        }
        let notNames = Set(try ResourceFile.lines("english/events/not-names.txt").map { $0.lowercased() })
        let causePrepositions = Set(try ResourceFile.lines("english/events/cause-prepositions.txt").map { $0.lowercased() })
        let clauseVerbs = Set(try ResourceFile.lines("english/events/clause-verbs.txt").map { $0.lowercased() })
        let reportingVerbs = Set(try ResourceFile.lines("english/events/reporting-verbs.txt").map { $0.lowercased() })
        let anchorWords = Set(try ResourceFile.lines("english/events/anchor-words.txt").map { $0.lowercased() })
        let demonyms = Set(try ResourceFile.lines("english/events/demonyms.txt").map { $0.lowercased() })
        return EventLexicon(triggers: triggers, neutralNames: names, prepositions: prepositions, placeNouns: placeNouns,
                            ofAfter: ofAfter, organisationHeads: orgs, notNames: notNames, causePrepositions: causePrepositions,
                            clauseVerbs: clauseVerbs, reportingVerbs: reportingVerbs,
                            anchorWords: anchorWords, demonyms: demonyms)
    }
}
