/// The phrase lists the boilerplate cleaner reads, loaded once from `english/boilerplate/`.
public struct BoilerplateRules: Sendable {
    public var paywall: CueList
    public var registration: CueList
    public var newsletter: CueList
    public var donation: CueList
    public var appealMarkers: CueList
    public var navigation: CueList
    public var bylines: CueList
    public var credits: CreditMarkers
    public var captions: CueList
    /// Phrases that open a byline ("By", "Reporting by") and their words.
    public var bylineLeadIns: CueList
    public var bylineLeadInWords: Set<String>
    /// Words that may stand lower-case in a byline's names ("By Ana de la Cruz and Li Wei").
    public var bylineConnectors: Set<String>
    public var readerAddress: Set<String>
    public var speechMarkers: Set<String>

    /// A byline ("By Jane Roe and Ali Noor") has at most this many words.
    public var bylineMaxWords = 25
    /// Lines longer than this are paragraphs: a single cue does not make them a prompt.
    public var shortLineWords = 40
    /// Repeated lines shorter than this (in words) are left alone ("—", "***").
    public var repeatedLineMinWords = 3
    /// Reader-addressed lines up to this length at the article's tail join the furniture below them.
    public var tailLineMaxWords = 15

    public init(paywall: CueList, registration: CueList, newsletter: CueList, donation: CueList,
                appealMarkers: CueList, navigation: CueList, bylines: CueList, credits: CreditMarkers,
                captions: CueList, bylineLeadIns: [String], bylineConnectors: Set<String>, readerAddress: Set<String>, speechMarkers: Set<String>) {
        self.paywall = paywall
        self.registration = registration
        self.newsletter = newsletter
        self.donation = donation
        self.appealMarkers = appealMarkers
        self.navigation = navigation
        self.bylines = bylines
        self.credits = credits
        self.captions = captions
        self.bylineConnectors = bylineConnectors
        self.bylineLeadIns = CueList(entries: bylineLeadIns.map { (key: "^ " + $0, value: "^ " + $0) })
        self.bylineLeadInWords = Set(bylineLeadIns.flatMap { CueList.normalise($0) })
        self.readerAddress = readerAddress
        self.speechMarkers = speechMarkers
    }

    public static let english: BoilerplateRules = {
        let dir = "english/boilerplate/"
        func words(_ name: String) -> Set<String> {
            Set(((try? ResourceFile.lines(dir + name)) ?? []).flatMap { CueList.normalise($0) })
        }
        return BoilerplateRules(
            paywall: .resource(dir + "paywall.txt"),
            registration: .resource(dir + "registration.txt"),
            newsletter: .resource(dir + "newsletter.txt"),
            donation: .resource(dir + "donation.txt"),
            appealMarkers: .resource(dir + "appeal-markers.txt"),
            navigation: .resource(dir + "navigation.txt"),
            bylines: .resource(dir + "bylines.txt"),
            credits: .resource(dir + "credits.txt"),
            captions: .resource(dir + "captions.txt"),
            bylineLeadIns: (try? ResourceFile.lines(dir + "byline-lead-ins.txt")) ?? [],
            bylineConnectors: words("byline-connectors.txt"),
            readerAddress: words("reader-address.txt"),
            speechMarkers: words("speech-markers.txt"))
    }()
}
