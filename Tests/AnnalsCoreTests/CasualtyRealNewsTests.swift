import Testing
@testable import AnnalsCore

/// Phrasing classes of real news reports and encyclopedia articles (issue 3, real-text round):
/// "half a million", an attacker who "has killed" people, a part counted "of its" population, a
/// modal estimate of a toll, "recorded as being injured", totals named "the number of refugees",
/// "seized" people. Every sentence is written for the test (invented places and numbers); none
/// comes from the evaluation sets or the seeds.
@Suite("CasualtyRealNews")
struct CasualtyRealNewsTests {
    @Test("half a scale word is half its value")
    func halfAScale() {
        #expect(NumberParser.shared.parse("half a million") == Quantity(exactly: 500_000))
        #expect(NumberParser.shared.parse("half a billion") == Quantity(exactly: 500_000_000))
        #expect(casualtyKeys("The cyclone left roughly half a million people homeless.") == ["displaced/all/~500000"])
        // "half" alone, or before a smaller unit, is no number.
        #expect(NumberParser.shared.parse("half") == nil)
        #expect(casualtyKeys("Half the village was flooded and half a dozen roads were cut.").isEmpty)
    }

    @Test("an attacker who has killed people is the agent, not a victim")
    func perfectActiveAgent() {
        #expect(casualtyKeys("A gunman has killed at least 14 worshippers at a mosque.") == ["killed/all/≥14"])
        #expect(casualtyKeys("A suicide bomber has killed more than 30 people in a market.") == ["killed/all/≥30"])
        #expect(casualtyKeys("A sniper has shot dead two policemen.") == ["killed/police/2"])
        // An intransitive outcome after "had" keeps its subject: "had died the day before".
        #expect(casualtyKeys("Nine miners had died the day before the rescue.") == ["killed/all/9"])
        // A passive after "has been" keeps the subject as the victim.
        #expect(casualtyKeys("A soldier has been killed near the border.") == ["killed/soldiers/1"])
    }

    @Test("a part of a population named with a possessive")
    func partOfItsPopulation() {
        #expect(casualtyKeys("The mudslide buried the hamlet, killing 310 of its 900 residents.") == ["killed/all/310"])
        #expect(casualtyKeys("The flood swept through the valley, killing more than 1,200 of its roughly 5,000 inhabitants.") == ["killed/all/≥1200"])
        #expect(casualtyKeys("The company lost 12 of its 80 workers in the explosion.").count <= 1)
    }

    @Test("a modal estimate of a toll")
    func modalToll() {
        #expect(casualtyKeys("Aid workers say the true death toll could be over 2,600.") == ["killed/all/≥2600"])
        #expect(casualtyKeys("The death toll may be as high as 410.") == ["killed/all/~≤410"])
        // A forecast of a rise is no figure.
        #expect(casualtyKeys("Officials warned the death toll could rise to 900.").isEmpty)
    }

    @Test("recorded or listed as injured")
    func recordedAs() {
        #expect(casualtyKeys("A further 3,800 people were recorded as being seriously injured.") == ["wounded/all/3800"])
        #expect(casualtyKeys("Another 57 residents were listed as missing.") == ["missing/all/57"])
    }

    @Test("a total of the displaced named by its people noun")
    func numberOfRefugees() {
        #expect(casualtyKeys("By June the total number of refugees had risen to 74,210.") == ["displaced/all/74210"])
        #expect(casualtyKeys("The number of people displaced reached 18,500 on Sunday.") == ["displaced/all/18500"])
    }

    @Test("people seized by armed men are captured")
    func seizedPeople() {
        #expect(casualtyKeys("Gunmen seized at least 40 passengers from a bus near the border.") == ["captured/all/≥40"])
        #expect(casualtyKeys("Rebels seized 23 villagers during the night.") == ["captured/all/23"])
        // Goods seized are no figure.
        #expect(casualtyKeys("Police seized 300 rifles and 40 vehicles.").isEmpty)
        // People seized as suspects are arrested, which is no casualty (guideline 4).
        #expect(casualtyKeys("Army units seized 12 people suspected of looting in the port.").isEmpty)
        #expect(casualtyKeys("Soldiers seized 30 villagers accused of hiding weapons.").isEmpty)
        #expect(casualtyKeys("Troops captured 5 men wanted for the bombing.").isEmpty)
    }
}

extension CasualtyRealNewsTests {
    @Test("refugees counted by their asylum claims")
    func soughtAsylum() {
        #expect(casualtyKeys("Some 31,000 villagers had sought asylum in neighbouring states.") == ["displaced/all/~31000"])
    }
}

extension CasualtyRealNewsTests {
    @Test("a toll before a concessive clause keeps its count")
    func tollBeforeAlthough() {
        #expect(casualtyKeys("Relatives put the death toll at 1,730 although only 640 were on the passenger list.") == ["killed/all/1730"])
        #expect(casualtyKeys("The death toll is 212 though 80 remain unidentified.") == ["killed/all/212"])
    }

    @Test("people held as hostages are captured")
    func asHostages() {
        #expect(casualtyKeys("The raid ended the detention of more than 640 people as hostages.") == ["captured/all/≥640"])
    }

    @Test("several hundred thousand is a vague count")
    func severalHundredThousand() {
        #expect(NumberParser.shared.parse("several hundred thousand") == Quantity(low: 200_000, high: nil, approximate: true))
        #expect(casualtyKeys("Several hundred thousand villagers were displaced by the fighting.") == ["displaced/all/~≥200000"])
    }
}

extension CasualtyRealNewsTests {
    @Test("bodies recovered along with survivors are dead")
    func alongWithBodies() {
        #expect(casualtyKeys("Rescuers pulled 87 survivors from the sea, along with 46 bodies.") == ["killed/all/46"])
        // Along with people who are not bodies: no figure.
        #expect(casualtyKeys("The minister arrived along with 30 aides.").isEmpty)
    }
}

extension CasualtyRealNewsTests {
    @Test("a count after a part aside is coordinated with the total")
    func coordinationAfterPartAside() {
        #expect(casualtyKeys("The blast killed 23 people, 9 of them children, and 4 policemen.") == ["killed/all/23", "killed/children/9<0", "killed/police/4"])
        #expect(casualtyKeys("The raid ended with the deaths of 118 people, 40 of them women, as well as 7 of the gunmen.") == ["killed/all/118", "killed/women/40<0", "killed/fighters/7"])
        // A count after a clause of its own is not coordinated with the total.
        #expect(casualtyKeys("The blast killed 23 people, 9 of them children, and 4 buses were burned.") == ["killed/all/23", "killed/children/9<0"])
    }

    @Test("'and' inside a capitalised name does not end the phrase before the outcome")
    func andInsideAName() {
        #expect(casualtyKeys("Three engineers from the Ministry of Water and Power were also taken hostage.") == ["captured/all/3"])
        #expect(casualtyKeys("Two guards in Kell and Mora were wounded.") == ["wounded/all/2"])
        #expect(casualtyKeys("Two inspectors for the Port Authority of Kell and Mora were abducted.") == ["captured/all/2"])
    }
}

extension CasualtyRealNewsTests {
    @Test("'this figure' names the figure before it in the sentence")
    func anaphoricToll() {
        #expect(casualtyKeys("The number of deaths initially announced by the ministry was 9,400, but this figure has since been stated to be around 6,100 to 6,300.") == ["killed/all/~6100–6300"])
        #expect(casualtyKeys("Officials initially said 800 people were injured, but that number was later revised to 530.") == ["wounded/all/530"])
        // No figure before it: nothing to refer to.
        #expect(casualtyKeys("This figure has since been stated to be 70.").isEmpty)
    }
}

extension CasualtyRealNewsTests {
    @Test("a count after 'along with' shares the figure's outcome before it")
    func alongWithCount() {
        #expect(casualtyKeys("Five soldiers were killed in the attack, along with three civilians.") == ["killed/soldiers/5", "killed/civilians/3"])
        #expect(casualtyKeys("The blast wounded 14 police officers along with 6 civilians.") == ["wounded/police/14", "wounded/civilians/6"])
        // No figure before it, or a clause of its own between: nothing is shared.
        #expect(casualtyKeys("The mayor arrived, along with 30 aides.").isEmpty)
        #expect(casualtyKeys("Two soldiers were wounded, and a convoy left at dawn along with 40 villagers.") == ["wounded/soldiers/2"])
    }
}
