import Testing
@testable import AnnalsCore

/// Figures of sentences given one per element (offsets as in one text, one space between).
private func keys(_ lines: [String]) -> [String] {
    var sentences: [Sentence] = []
    var offset = 0
    for (i, line) in lines.enumerated() {
        let count = line.unicodeScalars.count
        sentences.append(Sentence(index: i, start: offset, end: offset + count, text: line))
        offset += count + 1
    }
    return CasualtyExtractor.shared.extract(sentences: sentences, timexes: []).map(casualtyKey)
}

/// Issue 3, structural round at the level of clauses: asides of names and ages, heads carried to a
/// bare subject count from the clause or sentence before, elided verbs in coordination, verbs
/// chained by "and". Sentences written for these tests (invented events).
@Suite("Casualty clauses: asides, carried heads, elision")
struct CasualtyClauseTests {
    @Test("an aside of names and ages between a count and its verb is crossed")
    func nameAsides() {
        #expect(casualtyKeys("The three workers, Ana Ruiz, 41, Tomas Vidal, 38, and Li Wen, 29, were abducted on Tuesday.") == ["captured/all/3"])
        #expect(casualtyKeys("Two soldiers, Sergeant Pavel Orlov, 33, and Private Ivo Mertz, 22, were killed by a mine.") == ["killed/soldiers/2"])
        #expect(casualtyKeys("Five nurses, Maria Gonzaga, Hana Cole, Ruth Ebo, Sara Lind and Ada Moss, were taken hostage.") == ["captured/all/5"])
        #expect(casualtyKeys("Three police officers, identified as Ravi Nair (45) and Omar Sidi (31), died in the ambush.") == ["killed/police/3"])
        #expect(casualtyKeys("The two reporters, Kemal Arslan of the Daily Post and Jonas Berg, a freelancer, were kidnapped.") == ["captured/all/2"])
        // The named people are the count's own: no figure of their own, not added to it.
        #expect(casualtyKeys("Both pilots, Captain Lena Holt, 47, and First Officer Max Udo, 35, were killed in the crash.") == ["killed/all/2"])
    }

    @Test("a relative clause between commas, and a long aside with one name, are crossed to an agreeing verb")
    func relativeAndAgreement() {
        #expect(casualtyKeys("Twelve students, whose bus was hit by a lorry near Ebro, died.") == ["killed/all/12"])
        #expect(casualtyKeys("Three soldiers, who had been on patrol since dawn, were killed.") == ["killed/soldiers/3"])
        #expect(casualtyKeys("Eleven porters, most of them from the hill town of Varnu in the east, died in the avalanche.") == ["killed/all/11"])
        // The verb agrees with the name, not the count: the count's people were not hurt.
        #expect(casualtyKeys("Of the 30 passengers, Maria Ruiz, 41, was injured.").allSatisfy { !$0.hasSuffix("/30") })
        // An outcome inside the relative clause is the count's own, read as before.
        #expect(casualtyKeys("Four guards, who were wounded in the raid, were flown to the capital.") == ["wounded/all/4"])
    }

    @Test("an aside with counts of its own, or no verb after it, is no name aside")
    func nameAsideGuards() {
        // Counts in the aside break the total down, as before.
        #expect(casualtyKeys("Nine people, four soldiers and five civilians, were wounded.")
                == ["wounded/all/9", "wounded/soldiers/4<0", "wounded/civilians/5<0"])
        // No outcome after the aside: nothing.
        #expect(casualtyKeys("The 12 suspects, Ali Ben, 22, Omar Said, 25, and Dov Kay, 30, were arrested.") == [])
        // An age alone is never a count.
        #expect(casualtyKeys("Five soldiers and Col. Ian Roe, 52, were killed.").allSatisfy { !$0.hasSuffix("/52") })
    }

    @Test("two verbs joined by and: the second is the count's outcome")
    func chainedVerbs() {
        #expect(casualtyKeys("Eleven miners were trapped and later died underground.") == ["killed/all/11"])
        #expect(casualtyKeys("Six hikers were stranded and later died of exposure.") == ["killed/all/6"])
        // A count after "and" opens a clause of its own.
        #expect(casualtyKeys("Twelve workers were rescued and 3 died.") == ["killed/all/3"])
    }

    @Test("a bare subject count takes the group of the count before it")
    func carriedHeads() {
        #expect(keys(["Twenty soldiers were caught in the ambush.", "Six were killed and eleven were wounded."])
                == ["killed/soldiers/6", "wounded/soldiers/11"])
        #expect(keys(["Rescuers reached the 30 children trapped in the school; 12 were injured."]) == ["wounded/children/12"])
        #expect(keys(["Forty civilians sheltered in the church.", "Nine were killed when a shell hit the roof."]) == ["killed/civilians/9"])
        #expect(keys(["A patrol of 25 policemen came under fire.", "Two later died in hospital."]) == ["killed/police/2"])
    }

    @Test("a group carried past a bare count with no outcome, past a speaker, and on to an elided count")
    func carriedHeadChains() {
        #expect(keys(["A group of 15 children was swept away by the flood.", "Nine were rescued, but six drowned."]) == ["killed/children/6"])
        #expect(keys(["More than 200 soldiers were surrounded at the airport.", "Officials said 43 had been killed by Sunday."])
                == ["killed/soldiers/43"])
        #expect(keys(["Some 40 policemen were guarding the prison.", "Two were killed and five wounded in the attack."])
                == ["killed/police/2", "wounded/police/5"])
    }

    @Test("a group with an outcome lends itself across sentences only to a bare count opening its sentence with another outcome")
    func carriedFromFigures() {
        #expect(keys(["Thirty women fled to the hills.", "Five were injured on the road."]) == ["displaced/women/30", "wounded/women/5"])
        // A phrase before the count may change the scene.
        #expect(keys(["Thirty women fled to the hills.", "In a second raid, five were injured."]) == ["displaced/women/30", "wounded/all/5"])
        // A part of a breakdown lends no group.
        #expect(keys(["Forty people were killed, including 12 children.", "Six were wounded."])
                == ["killed/all/40", "killed/children/12<0", "wounded/all/6"])
    }

    @Test("no group is carried across another group, to a larger count, or from a count of one")
    func carriedHeadGuards() {
        // More than the group: another group.
        #expect(keys(["Sixty soldiers guarded the convoy.", "Eighty were killed when the bridge collapsed."]) == ["killed/all/80"])
        // Another people noun between.
        #expect(keys(["Forty children were evacuated with their teachers.", "Three were injured."]) == ["wounded/all/3"])
        #expect(keys(["Police arrested 30 protesters on Friday.", "Later, 25 were injured in a fire."]) == ["wounded/all/25"])
        // A count of one names no group of several.
        #expect(keys(["A soldier was shot dead on Monday.", "Two were wounded on Tuesday."]) == ["killed/soldiers/1", "wounded/all/2"])
        // Not the subject: an object of a verb.
        #expect(keys(["Forty soldiers were deployed.", "The storm killed 12."]) == ["killed/all/12"])
    }

    @Test("a list item with a phrase of its own shares the list's outcome; a colon list after the verb's object breaks it down")
    func listItems() {
        #expect(casualtyKeys("Nine soldiers from the 4th brigade, two police officers and a civilian were wounded.")
                == ["wounded/soldiers/9", "wounded/police/2", "wounded/civilians/1"])
        #expect(casualtyKeys("The blast killed at least 11 people: seven soldiers, three civilians and a police officer.")
                == ["killed/all/≥11", "killed/soldiers/7<0", "killed/civilians/3<0", "killed/police/1<0"])
        // A phrase with a count or an outcome word of its own is no list item's phrase.
        #expect(casualtyKeys("Nine soldiers from the base were deployed, two police officers were wounded.") == ["wounded/police/2"])
    }

    @Test("an elided head carried across a part's aside of words")
    func elidedAcrossPartAside() {
        #expect(casualtyKeys("Fifteen civilians were killed, six of them women, and 20 others were wounded.").contains("wounded/civilians/20"))
    }

    @Test("an elided verb after a comma: another place's count")
    func commaElision() {
        #expect(casualtyKeys("Nine people were killed in the south, 14 in the west.") == ["killed/all/9", "killed/all/14"])
        #expect(casualtyKeys("Four people died in Kano, two in Jos and one in Abuja.") == ["killed/all/4", "killed/all/2", "killed/all/1"])
        // "in all" states the whole, not another share.
        #expect(casualtyKeys("Five soldiers died in the north, 12 in all.") == ["killed/soldiers/5"])
    }
}
