import Testing
@testable import AnnalsCore

/// Figures of sentences split into one per line (each line one sentence, offsets in one text).
private func documentKeys(_ lines: [String]) -> [String] {
    var sentences: [Sentence] = []
    var offset = 0
    for (i, line) in lines.enumerated() {
        let count = line.unicodeScalars.count
        sentences.append(Sentence(index: i, start: offset, end: offset + count, text: line))
        offset += count + 1
    }
    return CasualtyExtractor.shared.extract(sentences: sentences, timexes: []).map(casualtyKey)
}

/// Real-news phrasings of issue 3, round 6: asides between dashes, breakdowns with no marker word,
/// a modifier kept by its own number, "feared dead", pronoun subjects, captives held by captors.
@Suite("Casualty asides and real-news phrasings")
struct CasualtyAsideTests {
    @Test("an aside between dashes is crossed and its counts break the total down")
    func dashAsides() {
        #expect(casualtyKeys("Seven villagers — two children and five women — were killed in the shelling.")
                == ["killed/all/7", "killed/children/2<0", "killed/women/5<0"])
        #expect(casualtyKeys("Eleven miners - most of them teenagers - died in the collapse.") == ["killed/all/11"])
        #expect(casualtyKeys("At least 14 people – four police officers and ten civilians – were wounded.")
                == ["wounded/all/≥14", "wounded/police/4<0", "wounded/civilians/10<0"])
        #expect(casualtyKeys("Twenty pilgrims -- including six women -- were hurt in the crush.") == ["wounded/all/20", "wounded/women/6<0"])
        #expect(casualtyKeys("Eight passengers were killed - five of them children.") == ["killed/all/8", "killed/children/5<0"])
        // A hyphen inside a word is no dash: the age stays no count.
        #expect(casualtyKeys("A 63-year-old shepherd was wounded.") == ["wounded/all/1"])
    }

    @Test("counts listed in an aside with no marker word are parts of the count before it")
    func appositiveBreakdowns() {
        #expect(casualtyKeys("No fewer than twelve people, five soldiers and an elderly man, were killed in the raid.")
                == ["killed/all/≥12", "killed/soldiers/5<0", "killed/men/1<0"])
        #expect(casualtyKeys("Six people, two women and four children, drowned when the boat capsized.")
                == ["killed/all/6", "killed/women/2<0", "killed/children/4<0"])
        #expect(casualtyKeys("Nine tourists (three men and six women) were injured in the collision.")
                == ["wounded/all/9", "wounded/men/3<0", "wounded/women/6<0"])
        // Parts of the total's own group are no figures; parts that exceed the total are no parts.
        #expect(casualtyKeys("Five engineers, three Poles and two Czechs, were abducted.") == ["captured/all/5"])
        #expect(casualtyKeys("Four people, nine soldiers and six police officers, were hurt.") == ["wounded/all/4"])
        // After the outcome word: a list closed by its mark or by the sentence's end.
        #expect(casualtyKeys("Three people were killed: two soldiers and a civilian.") == ["killed/all/3", "killed/soldiers/2<0", "killed/civilians/1<0"])
        #expect(casualtyKeys("The shooting left two people dead — the gunman and a bystander.") == ["killed/all/2", "killed/fighters/1<0"])
        #expect(casualtyKeys("The clash left five people dead — three police officers and two women.")
                == ["killed/all/5", "killed/police/3<0", "killed/women/2<0"])
        #expect(casualtyKeys("The raid killed eight people, two women and six children, in the village.")
                == ["killed/all/8", "killed/women/2<0", "killed/children/6<0"])
        // Parts in the total's own group are no figures (and are not added to the total).
        #expect(casualtyKeys("The blast killed 12 people, five passengers and seven crew, at the depot.") == ["killed/all/12"])
        // A list that goes on to an outcome of its own is no breakdown.
        #expect(casualtyKeys("Three people were killed, two soldiers and a civilian were wounded.")
                == ["killed/all/3", "wounded/soldiers/2", "wounded/civilians/1"])
        // A group over two people nouns opening the clause is no count of its own.
        #expect(casualtyKeys("Of the 150 passengers and crew, 120 died.") == ["killed/all/120"])
    }

    @Test("a modifier belongs to the number it precedes (guideline 13)")
    func modifierKeptByItsNumber() {
        #expect(casualtyKeys("No less than nine people, six children and a woman, were wounded.")
                == ["wounded/all/≥9", "wounded/children/6<0", "wounded/women/1<0"])
        #expect(casualtyKeys("Nearly 30 soldiers were wounded and 12 killed.") == ["wounded/soldiers/~≤30", "killed/soldiers/12"])
        // Coordinated counts of different groups sharing one outcome word still share it.
        #expect(casualtyKeys("At least 30 soldiers and 12 police officers were wounded.") == ["wounded/soldiers/≥30", "wounded/police/≥12"])
    }

    @Test("an elderly man or woman is counted in the group of the head noun (guideline 7)")
    func headNounOfOnePerson() {
        #expect(casualtyKeys("An elderly woman was killed by the falling wall.") == ["killed/women/1"])
        #expect(casualtyKeys("The blast injured an elderly man.") == ["wounded/men/1"])
        #expect(casualtyKeys("An elderly resident was hurt in the fire.") == ["wounded/elderly/1"])
        #expect(casualtyKeys("Two elderly women were hurt in the fire.") == ["wounded/women/2"])
    }

    @Test("people feared or presumed dead are missing (guideline 14)")
    func fearedDead() {
        #expect(casualtyKeys("Fifteen fishermen are feared dead after the storm.") == ["missing/all/15"])
        #expect(casualtyKeys("About 200 villagers were presumed dead under the mud.") == ["missing/all/~200"])
        #expect(casualtyKeys("At least 40 people are feared dead and 12 were injured.") == ["missing/all/≥40", "wounded/all/12"])
        #expect(casualtyKeys("The landslide killed 8 people, and 30 others are feared dead.") == ["killed/all/8", "missing/all/30"])
    }

    @Test("a pronoun reports one death when nobody was counted before")
    func pronounSubjects() {
        #expect(casualtyKeys("Police said he was shot dead outside his home.") == ["killed/all/1"])
        #expect(casualtyKeys("She was killed when the roof fell in.") == ["killed/all/1"])
        #expect(casualtyKeys("He was wounded in the leg by shrapnel.") == ["wounded/all/1"])
        #expect(casualtyKeys("He was not killed in the attack.").isEmpty)
        #expect(casualtyKeys("It is unclear whether she was killed.").isEmpty)
        // Someone counted before: the pronoun points back, no second figure.
        #expect(documentKeys(["A soldier was killed at the checkpoint.", "He was shot dead by a sniper."]) == ["killed/soldiers/1"])
        #expect(documentKeys(["The attack killed 14 people.", "Witnesses said she was killed as she fled."]) == ["killed/all/14"])
    }

    @Test("a definite object left dead, the group of captives of a part, captives held by captors")
    func leftDeadAndCaptives() {
        #expect(casualtyKeys("The bomb left the bus driver dead and two passengers injured.") == ["killed/all/1", "wounded/all/2"])
        #expect(casualtyKeys("Four of the 19 hostages were freed on Tuesday.") == ["captured/all/19"])
        #expect(casualtyKeys("Three of their 12 captives escaped overnight.") == ["captured/all/12"])
        #expect(casualtyKeys("The hijackers were holding 52 passengers on the runway.") == ["captured/all/52"])
        #expect(casualtyKeys("Kidnappers are still holding seven aid workers in the hills.") == ["captured/all/7"])
        // Holders who are no captors: an arrest, no casualty (guideline 4).
        #expect(casualtyKeys("Police are holding 12 suspects.").isEmpty)
        #expect(casualtyKeys("Police arrested two gunmen and are holding 12 suspects.").isEmpty)
    }

    @Test("a running total after a killing; a fraction of an uncounted group is no figure")
    func totalsAndFractions() {
        #expect(casualtyKeys("The gunmen returned, killing four more, for a total of 29 dead.") == ["killed/all/4", "killed/all/29"])
        #expect(casualtyKeys("A third were seriously injured.").isEmpty)
    }

    @Test("a bare 'another' after a count, a possessive before a counted object, 'the figure' after an estimate verb")
    func elisionsAndReferences() {
        #expect(casualtyKeys("One passenger was killed and another injured in the crash.") == ["killed/all/1", "wounded/all/1"])
        #expect(casualtyKeys("The sniper killed a soldier and wounded another.") == ["killed/soldiers/1", "wounded/soldiers/1"])
        #expect(casualtyKeys("The survivors helped one another.").isEmpty)
        #expect(casualtyKeys("The landslide killed a farmer and injured his three daughters.") == ["killed/all/1", "wounded/all/3"])
        #expect(casualtyKeys("Radio reports said 31 people had died, though the governor put the figure at 24.") == ["killed/all/31", "killed/all/24"])
        #expect(casualtyKeys("Two police officers were among those wounded.") == ["wounded/police/2"])
        #expect(casualtyKeys("Witnesses said six people had been shot and killed.") == ["killed/all/6"])
        #expect(casualtyKeys("Investigators reopened the slayings of 5 women.") == ["killed/women/5"])
    }
}
