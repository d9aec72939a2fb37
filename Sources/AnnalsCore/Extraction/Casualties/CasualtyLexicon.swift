import Foundation

/// The word lists the casualty extractor reads, loaded once from `Resources/english/casualties/`
/// (each file documents its format and the choices behind it).
struct CasualtyLexicon: Sendable {
    /// What a head noun that names casualties says happened: a fixed outcome, or a need for a trigger.
    enum HeadOutcome: Sendable, Equatable {
        case outcome(Outcome)
        /// Counts people but needs an outcome word ("victims", "hostages").
        case needsTrigger
        /// Needs an outcome word, but the outcome is fixed whatever it is ("the fighting took 40 lives").
        case needsTriggerFixed(Outcome)
        /// Counts killed and wounded together ("120 casualties"): no figure, since splitting the
        /// count would be a guess; "no casualties" states zero for both.
        case combined
    }

    /// A verb before the number, optionally limited to some head nouns.
    struct PreTrigger: Sendable {
        var outcome: Outcome
        var heads: Set<String>?
    }

    /// A word of an earlier report's name: "early" (modifier), "written" (between), "statement" (noun).
    enum ReportWord: String, Sendable { case modifier, between, noun }

    /// A word of a cue after a figure that takes it back: "fabricated" (false), "revised"
    /// (revision: only with a later-time adverb), "later" (adverb).
    enum SupersedingWord: String, Sendable { case falsified = "false", revision, adverb }

    struct Toll: Sendable {
        var outcome: Outcome
        var isPart: Bool
    }

    var postTriggers = PhraseTable<Outcome>()
    var preTriggers = PhraseTable<PreTrigger>()
    /// Outcome words after the count that hold only for some heads ("37 bodies were found").
    var headPostTriggers = PhraseTable<PreTrigger>()
    /// Words before "to" that make a base-form outcome verb after it an intent, not a harm done
    /// ("threatened to kill 12 hostages"; `irrealis-before-to.txt`).
    var irrealisBeforeTo: Set<String> = []
    var casualtyNouns = PhraseTable<HeadOutcome>()
    var peopleNouns = PhraseTable<CasualtyCategory>()
    /// Singular people nouns counted as one after "a"/"an"/"another" ("a teacher was wounded").
    var singularPeople = PhraseTable<CasualtyCategory>()
    var categoryModifiers: [String: CasualtyCategory] = [:]
    var nonPeople: Set<String> = []
    var fillers: Set<String> = []
    var prepositions: Set<String> = []
    var stopWords: Set<String> = []
    var tolls = PhraseTable<Toll>()
    var tollLinks: Set<String> = []
    /// Verbs that close an elided comparative clause after "as"/"so": "..., as were 8 guards".
    var elidedClauseVerbs: Set<String> = []
    /// Casualty nouns that announce a total when a toll verb follows ("deaths rose to 1,200",
    /// "fatalities topped 500"), or an estimate verb stands before ("put the civilian dead at 300").
    var tollHeads = PhraseTable<Outcome>()
    /// Verbs that state a toll's level between a toll head and its number ("rose", "stood", "reached").
    var tollVerbs: Set<String> = []
    /// Verbs of estimating before a toll head, with "at" before the number ("put the dead at 300").
    var estimateVerbs: Set<String> = []
    /// Toll verbs that make the number a lower bound ("the toll topped 1,000" → 1,000 or more).
    var tollOverVerbs: Set<String> = []
    /// Verbs raising a running total ("bringing the total to 1,044").
    var totalVerbs: Set<String> = []
    var breakdownMarkers = PhraseTable<Bool>()
    var negatives = PhraseTable<Bool>()
    /// Words between "no" and a casualty noun that report it ("no immediate reports of casualties").
    var negativeReports = PhraseTable<Bool>()
    var rejectBefore: Set<String> = []
    /// Words before "a"/"an"/"another" that make it no count of one ("not a single", "on board a").
    var singularRejectBefore: Set<String> = []
    /// Words after "a"/"an"/"another" that make it no count of one (ordinals: "a fourth person died").
    var singularRejectAfter: Set<String> = []
    /// Phrases after a captivity word that make it detention ("held in custody", "by police").
    var custody = PhraseTable<Bool>()
    /// Cues marking the count after them as a superseded earlier value ("initially said 18").
    var supersededCues = PhraseTable<Bool>()
    /// The first bytes and byte counts of those cues' first words: the scan runs on every token.
    var supersededCueShapes = FirstWordShapes()
    /// The words of a report named as an earlier one ("an early written statement"), and the nouns
    /// naming a figure ("the figure was retracted"): `superseded-reports.txt`.
    var supersededReports = PhraseTable<ReportWord>()
    /// Verbs (and adverbs) taking back a figure named before them ("the figure was later revised").
    var supersedingVerbs = PhraseTable<SupersedingWord>()
    /// The first bytes and byte counts of a cue's first word ("early"; "fabricated"): most tokens
    /// are passed over on these, before any table lookup.
    var earlyModifierShapes = FirstWordShapes()
    var supersedingVerbShapes = FirstWordShapes()
    /// Groups after "N of" whose part a count is, with their outcome ("of the dead", "of those injured").
    var partitiveGroups = PhraseTable<Outcome>()
    /// The nouns of the groups of `partitiveGroups` that start with "the", for "eight of the 11 dead".
    var partitiveNouns = PhraseTable<Outcome>()
    /// Verbs between a group and "N of the dead" that make the group the part ("children account for").
    var partVerbs = PhraseTable<Bool>()
    /// Verbs that revise a count upwards ("an initial toll of 6 rose to 13").
    var revisionVerbs = PhraseTable<Bool>()
    /// Verbs of a group that a count in the next clause counts ("Government troops fled; 400 were captured").
    var groupVerbs = PhraseTable<Bool>()
    /// Outcome verbs whose object is the place left ("fled the coast"), so an object after them
    /// does not make the count the doer.
    var placeObjectVerbs: Set<String> = []
    /// Objects after those verbs that make the count no figure ("fled the scene").
    var placeObjectRejects = PhraseTable<Bool>()
    /// Verbs before the count that state the dead as found ("the bodies of"): a negated verb after
    /// the count takes the finding back ("have not been found").
    var findingTriggers: Set<String> = []
    /// Verbs of saying or finding that may stand before coordinated counts sharing a later outcome.
    var reportVerbs: Set<String> = []
    /// Words naming a share before "of the N <people>" ("40 percent of the 3,000 residents").
    var partialQuantifiers: Set<String> = []
    /// Verbs that displace the count when a place left follows it ("forced 300,000 people from their homes").
    var displacingVerbs: Set<String> = []
    var displacementTails = PhraseTable<Bool>()
    /// Gathering verbs that make a later bare "shot" in the clause an execution ("rounded up").
    var executionCues = PhraseTable<Bool>()
    /// Outcome phrases after "he"/"she" that report one person's death or injury ("he was shot dead").
    var pronounOutcomes = PhraseTable<Outcome>()
    /// Words after which "he"/"she" opens a clause ("and", "said", "when").
    var pronounClauseOpeners: Set<String> = []
    /// Age phrases that make a part children ("under the age of"), in the order they are tried.
    var childAgePhrases: [[String]] = []
    /// Nouns of people who hold captives ("hijackers", "kidnappers"): people such a subject is
    /// "holding" are captives whatever their noun ("gunmen were holding 40 passengers").
    var captors = PhraseTable<Bool>()
    /// Verbs of holding people ("holding", "held"): a capture when a captor is their subject.
    var holdingVerbs: Set<String> = []
    /// Group nouns that state captivity themselves: in "ten of the 23 hostages were freed" the
    /// group's count is a capture whatever befell the part.
    var captiveGroups = PhraseTable<Bool>()
    /// Verbs of leaving people in a state ("left the driver dead"): their definite object counts one.
    var leavingVerbs: Set<String> = []
    /// Phrases ending in "total" that introduce a running total with no verb ("for a total of 29").
    var totalPhrases = PhraseTable<Bool>()
    /// One required word per outcome, casualty-noun and toll phrase: a sentence with none of them
    /// states no figure (see OutcomeVocabulary.swift).
    var vocabulary = OutcomeVocabulary(phrases: [])
    /// First words of zero statements ("no", "nobody", "none", "not"): a cheap pre-check.
    var negativeStarts: Set<String> = ["no"]
    /// Words after an ambiguous "-ed" outcome word that show it is an active verb with an object
    /// ("12 soldiers who killed the guards"), not a participle ("12 soldiers killed in the raid").
    let objectStarts: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "several", "many", "dozens", "hundreds", "thousands", "scores", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "them", "him", "us", "me"]

    static let shared = CasualtyLexicon.load()

    private static func pairs(_ name: String) -> [(key: String, value: String)] {
        (try? ResourceFile.pairs("english/casualties/\(name)")) ?? []
    }

    private static func set(_ name: String) -> Set<String> {
        Set(((try? ResourceFile.lines("english/casualties/\(name)")) ?? []).map { $0.lowercased() })
    }

    static func load() -> CasualtyLexicon {
        var lex = CasualtyLexicon()
        for (k, v) in pairs("outcome-after.txt") { if let o = Outcome(rawValue: v) { lex.postTriggers.insert(k, o) } }
        for (k, v) in pairs("outcome-after-heads.txt") {
            let parts = v.split(separator: "@", maxSplits: 1)
            guard parts.count == 2, let o = Outcome(rawValue: parts[0].trimmingCharacters(in: .whitespaces)) else { continue }
            let heads = Set(parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            lex.headPostTriggers.insert(k, PreTrigger(outcome: o, heads: heads))
        }
        for (k, v) in pairs("outcome-before.txt") {
            let parts = v.split(separator: "@", maxSplits: 1)
            guard let first = parts.first, let o = Outcome(rawValue: first.trimmingCharacters(in: .whitespaces)) else { continue }
            let heads = parts.count > 1 ? Set(parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }) : nil
            lex.preTriggers.insert(k, PreTrigger(outcome: o, heads: heads))
        }
        for (k, v) in pairs("casualty-nouns.txt") {
            if let o = Outcome(rawValue: v) { lex.casualtyNouns.insert(k, .outcome(o)) }
            else if v == "combined" { lex.casualtyNouns.insert(k, .combined) }
            else if v == "trigger" { lex.casualtyNouns.insert(k, .needsTrigger) }
            else if v.hasPrefix("trigger:"), let o = Outcome(rawValue: String(v.dropFirst(8))) { lex.casualtyNouns.insert(k, .needsTriggerFixed(o)) }
        }
        for (k, v) in pairs("people-nouns.txt") { lex.peopleNouns.insert(k, CasualtyCategory(rawValue: v.lowercased())) }
        for (k, v) in pairs("people-singular.txt") { lex.singularPeople.insert(k, CasualtyCategory(rawValue: v.lowercased())) }
        for (k, v) in pairs("category-modifiers.txt") { lex.categoryModifiers[k.lowercased()] = CasualtyCategory(rawValue: v.lowercased()) }
        lex.nonPeople = set("non-people-nouns.txt")
        lex.fillers = set("fillers.txt")
        lex.prepositions = set("prepositions.txt")
        lex.stopWords = set("stopwords.txt")
        for (k, v) in pairs("tolls.txt") {
            let parts = v.split(separator: " ")
            guard let first = parts.first, let o = Outcome(rawValue: String(first)) else { continue }
            lex.tolls.insert(k, Toll(outcome: o, isPart: parts.contains("part")))
        }
        lex.tollLinks = set("toll-links.txt")
        lex.elidedClauseVerbs = set("elided-clause-verbs.txt")
        for (k, v) in pairs("toll-heads.txt") { if let o = Outcome(rawValue: v) { lex.tollHeads.insert(k, o) } }
        lex.tollVerbs = set("toll-verbs.txt")
        lex.estimateVerbs = set("estimate-verbs.txt")
        lex.tollOverVerbs = set("toll-over-verbs.txt")
        lex.totalVerbs = set("total-verbs.txt")
        for k in set("breakdown-markers.txt") { lex.breakdownMarkers.insert(k, true) }
        for k in set("negatives.txt") {
            lex.negatives.insert(k, true)
            if let first = k.split(separator: " ").first { lex.negativeStarts.insert(String(first)) }
        }
        for k in set("negative-reports.txt") { lex.negativeReports.insert(k, true) }
        lex.rejectBefore = set("reject-before.txt")
        lex.singularRejectBefore = set("singular-reject-before.txt")
        lex.singularRejectAfter = set("singular-reject-after.txt")
        for k in set("custody-after.txt") { lex.custody.insert(k, true) }
        for k in set("superseded-cues.txt") { lex.supersededCues.insert(k, true); lex.supersededCueShapes.insert(k) }
        for (k, v) in pairs("superseded-reports.txt") { if let w = ReportWord(rawValue: v) { lex.supersededReports.insert(k, w) } }
        for (k, v) in pairs("superseding-verbs.txt") { if let w = SupersedingWord(rawValue: v) { lex.supersedingVerbs.insert(k, w) } }
        for (k, v) in pairs("superseded-reports.txt") where v == "modifier" { lex.earlyModifierShapes.insert(k) }
        for (k, v) in pairs("superseding-verbs.txt") where v != "adverb" { lex.supersedingVerbShapes.insert(k) }
        for (k, v) in pairs("partitive-groups.txt") {
            guard let o = Outcome(rawValue: v) else { continue }
            lex.partitiveGroups.insert(k, o)
            if k.lowercased().hasPrefix("the ") { lex.partitiveNouns.insert(String(k.dropFirst(4)), o) }
        }
        for k in set("part-verbs.txt") { lex.partVerbs.insert(k, true) }
        for k in set("revision-verbs.txt") { lex.revisionVerbs.insert(k, true) }
        for k in set("group-verbs.txt") { lex.groupVerbs.insert(k, true) }
        lex.placeObjectVerbs = set("place-object-verbs.txt")
        lex.findingTriggers = set("finding-triggers.txt")
        lex.reportVerbs = set("report-verbs.txt")
        lex.partialQuantifiers = set("partial-quantifiers.txt")
        lex.displacingVerbs = set("displacing-verbs.txt")
        for k in set("displacement-tails.txt") { lex.displacementTails.insert(k, true) }
        for k in set("execution-cues.txt") { lex.executionCues.insert(k, true) }
        for k in set("place-object-rejects.txt") { lex.placeObjectRejects.insert(k, true) }
        for (k, v) in pairs("pronoun-outcomes.txt") { if let o = Outcome(rawValue: v) { lex.pronounOutcomes.insert(k, o) } }
        lex.pronounClauseOpeners = set("pronoun-clause-openers.txt")
        lex.childAgePhrases = ((try? ResourceFile.lines("english/casualties/child-age-phrases.txt")) ?? [])
            .map { $0.lowercased().split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        for k in set("captor-nouns.txt") { lex.captors.insert(k, true) }
        lex.holdingVerbs = set("holding-verbs.txt")
        for k in set("captive-groups.txt") { lex.captiveGroups.insert(k, true) }
        lex.leavingVerbs = set("leaving-verbs.txt")
        lex.irrealisBeforeTo = set("irrealis-before-to.txt")
        for k in set("total-phrases.txt") { lex.totalPhrases.insert(k, true) }
        // Every list a figure's outcome can come from (zeros included: "no one was hurt" needs an
        // outcome word after it, "no casualties" a casualty noun).
        let outcomeLists = ["outcome-after.txt", "outcome-after-heads.txt", "outcome-before.txt", "casualty-nouns.txt", "tolls.txt", "toll-heads.txt",
                            "partitive-groups.txt", "displacement-tails.txt", "pronoun-outcomes.txt", "captive-groups.txt", "captor-nouns.txt"]
        lex.vocabulary = OutcomeVocabulary(phrases: outcomeLists.flatMap { pairs($0).map(\.key) })
        return lex
    }
}
