import Testing
@testable import AnnalsCore

/// The figures of a sentence with its time expressions tagged as in a document (no DCT).
private func taggedKeys(_ text: String) -> [String] {
    let sentence = Sentence(index: 0, start: 0, end: text.unicodeScalars.count, text: text)
    let timexes = TemporalTagger.shared.tag(sentences: [sentence], documentDate: nil).timexes
    return casualtyKeys(text, timexes: timexes)
}

/// Phrasing classes of real news and encyclopedia text (issue 3, second real-text round): "ten
/// others" after a named group, a bare count before a day, "have since died", captives who
/// "became prisoners of war", "of which"/"of whom" parts, a list aside with no counts, lists of
/// capitalised group names, people "with" an organisation in a relative clause, proper adjectives
/// before a singular noun, bomb-makers. Every sentence is written for the test (invented places,
/// people and numbers); none comes from the evaluation sets or the seeds.
@Suite("CasualtyRealNews7")
struct CasualtyRealNews7Tests {
    @Test("'others' after a count of a named group counts the same group")
    func othersCarryTheGroup() {
        #expect(casualtyKeys("The ambush left six soldiers dead and eleven others wounded.") == ["killed/soldiers/6", "wounded/soldiers/11"])
        #expect(casualtyKeys("Four militants were killed and 9 others were injured in the raid.") == ["killed/fighters/4", "wounded/fighters/9"])
        #expect(casualtyKeys("Two guards were killed, while 17 others were wounded.") == ["killed/all/2", "wounded/all/17"])
        #expect(casualtyKeys("Two policemen were killed, while 17 others were wounded.") == ["killed/police/2", "wounded/police/17"])
        #expect(casualtyKeys("The fighting left 8 rebels dead, with 15 others injured.") == ["killed/fighters/8", "wounded/fighters/15"])
        // "others" after a general count stays general; a named group of its own wins.
        #expect(casualtyKeys("The blast killed 14 people and wounded 30 others.") == ["killed/all/14", "wounded/all/30"])
        #expect(casualtyKeys("Six soldiers died and 12 civilians were hurt.") == ["killed/soldiers/6", "wounded/civilians/12"])
    }

    @Test("a bare count object followed by a time expression")
    func bareCountBeforeTime() {
        #expect(taggedKeys("A fire swept through the depot and killed nineteen Tuesday morning.") == ["killed/all/19"])
        #expect(taggedKeys("The landslide killed 23 on Sunday night in the hills.") == ["killed/all/23"])
        // A number that is part of the time expression is no count.
        #expect(taggedKeys("The fire burned for 3 days before it was put out.").isEmpty)
    }

    @Test("an adverb of time between the auxiliary and the outcome")
    func haveSinceDied() {
        #expect(casualtyKeys("Another 1,400 have since died of their injuries.") == ["killed/all/1400"])
        #expect(casualtyKeys("About 260 people have since died in the camps.") == ["killed/all/~260"])
        #expect(casualtyKeys("Some 3,000 died at once and another 4,500 or more have since died of related illness.")
            == ["killed/all/~3000", "killed/all/≥4500"])
    }

    @Test("soldiers who became prisoners of war are captured")
    func becamePrisoners() {
        #expect(casualtyKeys("When the port fell, more than 45,000 soldiers became prisoners of war.") == ["captured/soldiers/≥45000"])
        #expect(casualtyKeys("Nearly 900 sailors were taken prisoners.") == ["captured/all/~≤900"])
        #expect(casualtyKeys("About 2,300 men were made prisoners of war at the fortress.") == ["captured/men/~2300"])
    }

    @Test("a part opened by 'of which' or 'of whom'")
    func relativeParts() {
        // A part of a total in its own category is no figure (guideline 8).
        #expect(casualtyKeys("The blast killed 310 people, with a further 2,700 injured, of which 450 were seriously injured.")
            == ["killed/all/310", "wounded/all/2700"])
        // A part of a combined count takes the group the combined count names (guidelines 5, 11).
        #expect(casualtyKeys("The regiment saw 3,200 men become casualties, of whom 870 were killed.") == ["killed/men/870"])
        #expect(casualtyKeys("Some 12,600 soldiers became casualties of which 4,100 died of wounds.") == ["killed/soldiers/4100"])
        // A part with a group of its own keeps it.
        #expect(casualtyKeys("The attack caused 95 casualties, of whom 20 were children killed.").allSatisfy { !$0.contains("soldiers") })
    }

    @Test("a list of groups with no counts between commas after 'including'")
    func includedListAside() {
        #expect(casualtyKeys("Some 420 villagers, including men, women, and children, were massacred by the raiders.") == ["killed/all/~420"])
        #expect(casualtyKeys("At least 57 passengers, including elderly pilgrims, students and a family of tourists, drowned.")
            == ["killed/all/≥57"])
        // A list with counts is a breakdown, read as before.
        #expect(casualtyKeys("Some 90 people, including 12 children, were killed.") == ["killed/all/~90", "killed/children/12<0"])
    }

    @Test("a count whose head is a list of capitalised group names")
    func listOfGroupNames() {
        #expect(casualtyKeys("An estimated 3 million Serbs, Croats and Bosniaks were displaced by the war.") == ["displaced/all/~3000000"])
        #expect(casualtyKeys("About 40,000 Kurds and Yazidis fled to the mountains.") == ["displaced/all/~40000"])
        // Names after a comma with no closing conjunction are no list: the aside is crossed.
        #expect(casualtyKeys("Some 800 Kurds, Turkish officials said, fled the town.") == ["displaced/all/~800"])
    }

    @Test("people with an organisation, then a relative clause")
    func withOrganisationRelative() {
        #expect(casualtyKeys("Officials said two nurses with the charity Medical Relief Worldwide, who were abducted in March, have been freed.")
            == ["captured/all/2"])
        #expect(casualtyKeys("Five engineers with the mining firm Northern Ore Holdings, that were kidnapped by bandits last year, were released.")
            == ["captured/all/5"])
        #expect(casualtyKeys("Three journalists with the station were wounded by shrapnel.") == ["wounded/all/3"])
    }

    @Test("a singular noun after a proper adjective of several words")
    func properAdjectiveSingular() {
        #expect(casualtyKeys("The gunmen killed four tourists and a South African police officer.") == ["killed/all/4", "killed/police/1"])
        #expect(casualtyKeys("A New Zealand soldier was wounded in the ambush.") == ["wounded/soldiers/1"])
        #expect(casualtyKeys("Raiders killed nine athletes and coaches and a North Korean police officer.") == ["killed/all/9", "killed/police/1"])
    }

    @Test("bomb-makers are fighters")
    func bombMakers() {
        #expect(casualtyKeys("Two of the network's bomb-makers were killed in a raid.") == ["killed/fighters/2"])
        #expect(casualtyKeys("A senior bomb-maker was shot dead by police.") == ["killed/fighters/1"])
    }

    @Test("a part stated as under an age of childhood is children")
    func partUnderAnAge() {
        #expect(casualtyKeys("Among those killed, 240 were under the age of 16.") == ["killed/children/240"])
        #expect(casualtyKeys("Of the dead, 75 were aged under 5 and 30 were women.") == ["killed/children/75", "killed/women/30"])
        // An adult age bound names no group.
        #expect(casualtyKeys("Among those killed, 240 were under the age of 40.").isEmpty)
    }

    @Test("a part stated over two groups is everyone's, so no figure of its own")
    func partOverTwoGroups() {
        #expect(casualtyKeys("Among those killed, 90 were soldiers and sailors.").isEmpty)
        #expect(casualtyKeys("Among those killed, 90 were soldiers.") == ["killed/soldiers/90"])
    }

    @Test("a death toll that includes counts lists its parts")
    func tollIncludes() {
        #expect(casualtyKeys("The death toll includes 12 Danes, 6 Norwegians and 2 Finns.").isEmpty)
        #expect(casualtyKeys("The death toll includes 14 children.") == ["killed/children/14"])
    }

    @Test("the body of one person found is one of the dead")
    func bodyOfOnePerson() {
        #expect(casualtyKeys("The body of a journalist was found in a canal on Friday.") == ["killed/all/1"])
        #expect(casualtyKeys("Fishermen found the body of a woman near the pier.") == ["killed/women/1"])
        // Not yet found: no figure.
        #expect(casualtyKeys("The body of a climber swept off the ridge has not been found.").isEmpty)
    }

    @Test("a part of a group named with 'her' or 'his' is the count, not the group")
    func partOfHerGroup() {
        // The farmer and three sons: one group, added (guideline 9); the five sons are no figure.
        #expect(casualtyKeys("A farmer and 3 of his 5 sons were shot dead.") == ["killed/all/4"])
        #expect(casualtyKeys("The woman and 2 of her 6 children were killed.") == ["killed/women/1", "killed/children/2"])
        #expect(casualtyKeys("Four of her 7 children died in the blaze.") == ["killed/children/4"])
    }
}
