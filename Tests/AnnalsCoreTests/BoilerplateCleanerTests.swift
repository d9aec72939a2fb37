import Testing
@testable import AnnalsCore

@Suite("Boilerplate removal")
struct BoilerplateCleanerTests {
    /// A made-up report on a mine collapse, scraped with a site's furniture around it.
    static let scraped = """
    metro desk

    Rescuers reach 14 miners trapped after collapse

    Rescue teams on Thursday reached 14 miners trapped for two days after a gallery collapsed at the Ridgeway colliery, officials said.

    Miners' families wait at the gates of the colliery on Wednesday. Photo: Dana Okafor/Northern Wire
    Miners' families wait at the gates of the colliery on Wednesday. Photo: Dana Okafor/Northern Wire

    The regional government said it would register every family affected and support them with emergency payments. Unions urged members to support the rescue fund.

    Sign up for our daily briefing

    Two of the miners were taken to hospital with broken bones, the mine operator said.
    Advertisement
    The cause of the collapse is under investigation.

    Before you go...

    Our reporters have covered the coalfields for forty years. We can only keep doing this with your help. Every contribution, however big or small, keeps our journalism free for everyone to read. Support us from as little as $1.

    Support the Valley Courier today
    Share
    You have read 4 of 5 free articles this month.
    Subscribe now to continue reading
    Already a subscriber? Log in
    This report was produced in partnership with the Coalfields Trust.
    """

    let cleaned = BoilerplateCleaner.shared.clean(text: scraped, title: "Rescuers reach 14 miners trapped after collapse")

    func reason(of fragment: String) -> RemovalReason? {
        cleaned.removed.first { $0.text.contains(fragment) }?.reason
    }

    func isKept(_ fragment: String) -> Bool {
        cleaned.kept.contains { scalarSlice(Self.scraped, $0).contains(fragment) }
    }

    @Test func removesPromptsWithTheirReasons() {
        #expect(reason(of: "You have read 4 of 5 free articles") == .paywall)
        #expect(reason(of: "Subscribe now to continue reading") == .paywall)
        #expect(reason(of: "Already a subscriber") == .paywall)
        #expect(reason(of: "Sign up for our daily briefing") == .newsletter)
        #expect(reason(of: "Advertisement") == .navigation)
        #expect(reason(of: "Share") == .navigation)
        #expect(reason(of: "metro desk") == .byline)
    }

    @Test func removesTheDonationBlockAfterItsMarker() {
        #expect(reason(of: "Before you go") == .donationAppeal)
        #expect(reason(of: "Our reporters have covered the coalfields") == .donationAppeal)
        #expect(reason(of: "Support the Valley Courier today") == .donationAppeal)
    }

    @Test func captionWithCreditAndItsRepeat() {
        let parts = cleaned.removed.filter { $0.text.contains("Miners' families") || $0.text.contains("Dana Okafor") }
        #expect(parts.map(\.reason) == [.caption, .credit, .repeatedLine])
        #expect(parts[0].text == "Miners' families wait at the gates of the colliery on Wednesday.")
        #expect(parts[1].text == "Photo: Dana Okafor/Northern Wire")
    }

    @Test func keepsNewsThatMentionsSupportAndRegister() {
        #expect(isKept("The regional government said it would register every family affected and support them"))
        #expect(isKept("Unions urged members to support the rescue fund."))
        #expect(isKept("Rescuers reach 14 miners trapped after collapse"))
        #expect(isKept("Two of the miners were taken to hospital"))
        #expect(isKept("The cause of the collapse is under investigation."))
        #expect(!isKept("Subscribe now"))
    }

    @Test func removedSpansAreExactAndNeverOverlapKeptRanges() {
        for r in cleaned.removed {
            #expect(scalarSlice(Self.scraped, r.start..<r.end) == r.text)
            for k in cleaned.kept { #expect(!k.overlaps(r.start..<r.end)) }
        }
        let ranges = cleaned.removed.map { $0.start..<$0.end } + cleaned.kept
        for (i, a) in ranges.enumerated() { for b in ranges[(i + 1)...] { #expect(!a.overlaps(b)) } }
    }

    @Test func productionNoteIsRemovedAsByline() {
        let text = "Aid convoys reached the town on Sunday.\nThis article was produced in partnership with the Harbour Press Fund."
        let result = BoilerplateCleaner.shared.clean(text: text)
        #expect(result.removed.map(\.reason) == [.byline])
        #expect(result.kept.map { scalarSlice(text, $0) } == ["Aid convoys reached the town on Sunday."])
    }

    @Test func registrationPromptsAndCreditOnlyLines() {
        let text = """
        Please register for free to keep reading.
        A tanker ran aground off the cape on Friday, the coastguard said.
        (Photo by Lee Marsh/AFP via Getty Images)
        Create a free account to read this story.
        """
        let result = BoilerplateCleaner.shared.clean(text: text)
        #expect(result.removed.map(\.reason) == [.registration, .credit, .registration])
        #expect(result.kept.map { scalarSlice(text, $0) } == ["A tanker ran aground off the cape on Friday, the coastguard said."])
    }

    @Test func quotedAppealInANewsStoryIsKept() {
        let text = "“Please donate today, every contribution helps the families,” the charity's director told reporters."
        #expect(BoilerplateCleaner.shared.clean(text: text).removed.isEmpty)
    }

    @Test func newsParagraphsWithSingleCueWordsAreKept() {
        let text = """
        Ukraine hopes to become a member of the bloc by the end of the decade, the minister said.
        Residents were asked to register with the council and to donate blood at the stadium.
        The newsletter of the veterans' association listed 31 names.
        Getty Images said on Tuesday that its archive had been damaged in the fire.
        """
        #expect(BoilerplateCleaner.shared.clean(text: text).removed.isEmpty)
    }

    @Test func longAppealParagraphWithoutMarkerIsRemoved() {
        let text = """
        Floods displaced 2,300 people in the delta last week.

        Independent reporting like this takes time and money. We rely on readers like you to fund it, and your support helps us send reporters where others will not go. If you can, make a contribution today.
        """
        let result = BoilerplateCleaner.shared.clean(text: text)
        #expect(result.removed.map(\.reason) == [.donationAppeal])
        #expect(result.kept.map { scalarSlice(text, $0) } == ["Floods displaced 2,300 people in the delta last week."])
    }

    @Test func bodyStartExcludesFrontMatter() {
        let text = "---\ntitle: X\n---\nShare\nThe ferry sank near the port.\n"
        let article = Article(file: "f.md", text: text, bodyStart: 16, metadata: SourceMetadata(file: "f.md"))
        let result = BoilerplateCleaner.shared.clean(article)
        #expect(result.removed.map(\.text) == ["Share"])
        #expect(result.kept.map { scalarSlice(text, $0) } == ["The ferry sank near the port."])
    }

    @Test func crlfLinesAndNonASCIIOffsets() {
        let text = "Évacuation à Nîmes: 40 blessés.\r\nSign up for our newsletter\r\nLa préfecture a confirmé."
        let result = BoilerplateCleaner.shared.clean(text: text)
        #expect(result.removed.map(\.text) == ["Sign up for our newsletter"])
        for r in result.removed { #expect(scalarSlice(text, r.start..<r.end) == r.text) }
        #expect(result.kept.map { scalarSlice(text, $0) } == ["Évacuation à Nîmes: 40 blessés.", "La préfecture a confirmé."])
    }
}

@Suite("Boilerplate removal: other sites' furniture")
struct BoilerplateOtherSitesTests {
    func reasons(_ text: String) -> [String: RemovalReason] {
        let result = BoilerplateCleaner.shared.clean(text: text)
        return Dictionary(result.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func bylinesButNotSentencesStartingWithBy() {
        let text = """
        By Ana de la Cruz and Li Wei
        By Tuesday, most residents had left the island.
        By nightfall 17 bodies had been recovered
        """
        #expect(reasons(text) == ["By Ana de la Cruz and Li Wei": .byline])
    }

    @Test func captionLabelsAndImageSources() {
        let text = """
        Image source, Harbour Photo Agency
        Image caption, Volunteers search the debris in the old town
        The storm flattened 300 homes, the mayor said.
        """
        #expect(reasons(text) == ["Image source, Harbour Photo Agency": .credit,
                                  "Image caption, Volunteers search the debris in the old town": .caption])
    }

    @Test func metredGiftAndMembershipPrompts() {
        let text = """
        Flooding closed 40 schools across the province on Monday.
        As a subscriber, you have 10 gift articles to give each month.
        Share full article
        Supported by
        You're a dedicated reader. Join our community and help us keep this reporting free of ads.
        Already a member? Sign in to stop seeing this
        By signing up, you agree to our Privacy Policy and Terms of Service.
        Reporting by Omar Haddad; Editing by Claire Dunn
        """
        let found = reasons(text)
        #expect(found.count == 7)
        #expect(found["Flooding closed 40 schools across the province on Monday."] == nil)
        #expect(found["Reporting by Omar Haddad; Editing by Claire Dunn"] == .byline)
        #expect(found["Share full article"] == .navigation)
    }
}

@Suite("Boilerplate removal: precision on news lines")
struct BoilerplatePrecisionTests {
    /// News lines that use the words prompts use (sign up, register, support, donate, share,
    /// comments, by, photo, credit, Getty Images, "we need your help" in a quote): all are kept.
    static let news = """
    Volunteers were asked to sign up at the town hall to help clear debris.
    More than 4,000 people have registered as missing since the flood, officials said.
    The agency said it would support families with cash payments and asked residents to donate blood.
    Opposition lawmakers said they would not support the budget unless the relief fund was doubled.
    Subscribers to the local water utility were told to boil water for three days.
    The newspaper's editor said the attack on its offices was an assault on independent journalism.
    "We need your help," the mayor told residents at a press conference on Friday.
    Share prices of the insurer fell 12 percent after the storm.
    Comments by the minister drew criticism from aid groups.
    Topics discussed at the summit included reconstruction and compensation.
    By Wednesday, the death toll had risen to 87.
    By the end of the week, 12 villages had been evacuated
    Photo agencies were barred from the area, the union said.
    Credit card payments were suspended in the region for two days.
    Thank you for the support, the coach told the fans after the charity match.
    We rely on donations from the public, a spokesperson for the rescue charity said.
    You could hear the explosions from 20 kilometres away, one witness recalled.
    Our town will never be the same, said Maria Lenz, 54, whose house was destroyed.
    Read more about the inquiry in the final report, which was published on Monday.
    Members of the ruling party said the inquiry would become a part of the formal record.
    The investigation into the collapse is continuing, police said in a newsletter to residents.
    Sign language interpreters were provided at every briefing.
    Live ammunition was used against protesters, the rights group said.
    Follow-up inspections found cracks in 14 other buildings.
    The support of neighbouring countries was crucial, the president said in a televised address.
    He urged citizens to register for the new identity cards before the deadline.
    Reporting by local journalists was restricted under the emergency decree.
    Written by hand, the letters were smuggled out of the prison.
    Image quality from the satellite was poor because of cloud cover.
    Getty Images photographers were among those detained.
    """

    @Test func keepsEveryNewsLine() {
        let result = BoilerplateCleaner.shared.clean(text: Self.news)
        #expect(result.removed.map(\.text) == [])
        #expect(result.kept.count == 1)
        #expect(SentenceSplitter.shared.split(Self.news, kept: result.kept).count == Self.news.split(separator: "\n").count)
    }
}

/// The credit search skips word starts whose first two scalars no marker starts with; lines
/// whose markers share only a first letter with other words must still be found, and a marker
/// of one scalar or going on beyond ASCII is always tried.
@Suite("Boilerplate removal: credit markers at word starts")
struct BoilerplateCreditScanTests {
    let markers = CreditMarkers(entries: [
        (key: "credit:", value: "credit:"), (key: "courtesy of", value: "courtesy of"),
        (key: "~ /wire", value: "~ /wire"), (key: "x", value: "x"), (key: "pé:", value: "pé:"),
    ])

    func start(_ line: String) -> Int? {
        let scalars = Array(line.unicodeScalars)
        return markers.find(in: scalars, 0..<scalars.count)?.creditStart
    }

    @Test func markersAreFoundAmongWordsSharingTheirFirstLetter() {
        #expect(start("Crowds came close. Credit: Ann Lee") == 19)
        #expect(start("Crews cleared the roads courtesy of the army") == 24)
        #expect(start("Cars queued at the crossing for a while") == nil)
        #expect(start("Storm damage in the port. Jo Bloggs/WIRE") == 26)
        #expect(start("Items marked x are new") == 13)
        #expect(start("Crowd pé: Ana Ruiz") == 6)
        #expect(start("Crowd pe: Ana Ruiz") == nil)
        #expect(start("Credit") == nil)
        #expect(start("x") == 0)
    }
}
