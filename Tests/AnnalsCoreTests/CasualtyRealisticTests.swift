import Testing
@testable import AnnalsCore

/// Rule families added for real news styles (issue 3). Every sentence here is written for the test;
/// none comes from the evaluation set or the seeds.
@Suite("CasualtyRealistic")
struct CasualtyRealisticTests {
    @Test("combined counts of killed and wounded are no figure; 'no casualties' is zero for both")
    func combinedCounts() {
        #expect(casualtyKeys("Doctors said the hospital had received 75 casualties by noon.").isEmpty)
        #expect(casualtyKeys("Over 250 people were killed or wounded in the clashes.").isEmpty)
        #expect(casualtyKeys("The bombardment killed or injured 90 residents.").isEmpty)
        #expect(casualtyKeys("The regiment reported 700 men dead and wounded.").isEmpty)
        #expect(casualtyKeys("The campaign cost the army 3,000 men wounded or lost to frostbite.").isEmpty)
        #expect(casualtyKeys("No casualties were reported after the tremor.") == ["killed/all/0", "wounded/all/0"])
        // A number after the conjunction is a second figure, not an alternative.
        #expect(casualtyKeys("The blast killed 6 and injured 14.") == ["killed/all/6", "wounded/all/14"])
        #expect(casualtyKeys("Eleven people were killed and 25 injured.") == ["killed/all/11", "wounded/all/25"])
    }

    @Test("one person after 'a', 'an', 'another'")
    func singlePeople() {
        #expect(casualtyKeys("A nurse was injured when the shell hit the clinic.") == ["wounded/all/1"])
        #expect(casualtyKeys("The ambush killed a soldier and two police officers.") == ["killed/soldiers/1", "killed/police/2"])
        #expect(casualtyKeys("Another civilian died of his wounds on Monday.") == ["killed/civilians/1"])
        #expect(casualtyKeys("A spokesman for the army said the area was calm.").isEmpty)
        #expect(casualtyKeys("A soldier who killed two prisoners was arrested.") == ["killed/all/2"])
        #expect(casualtyKeys("Not a single soldier deserted.").isEmpty)
    }

    @Test("coordinated counts of one group with no stated total are added")
    func coordinatedSums() {
        #expect(casualtyKeys("The gunman killed three shoppers and two security guards.") == ["killed/all/5"])
        // A trailing "and a ..." shares the outcome like any coordinated count (guidelines, rule 9).
        #expect(casualtyKeys("Pirates abducted 22 sailors and a pilot.") == ["captured/all/23"])
        #expect(casualtyKeys("The strike killed a man and his two daughters.") == ["killed/men/1", "killed/all/2"])
        #expect(casualtyKeys("The raid killed at least 5 farmers and 2 shepherds.") == ["killed/all/≥7"])
        // Different groups stay apart.
        #expect(casualtyKeys("The mortar killed 4 soldiers and 9 civilians.") == ["killed/soldiers/4", "killed/civilians/9"])
    }

    @Test("a dropped head noun repeats the group of the count before it")
    func elidedHeads() {
        #expect(casualtyKeys("Twenty police officers were killed and 64 wounded.") == ["killed/police/20", "wounded/police/64"])
        #expect(casualtyKeys("The navy said 310 sailors had died, 95 injured and 40 listed as missing.") ==
                ["killed/all/310", "wounded/all/95", "missing/all/40"])
        #expect(casualtyKeys("The army said 88 soldiers had been killed, 240 wounded and 17 missing in action.") ==
                ["killed/soldiers/88", "wounded/soldiers/240", "missing/soldiers/17"])
        // A head of its own keeps its own group.
        #expect(casualtyKeys("12 soldiers were killed and 30 civilians injured.") == ["killed/soldiers/12", "wounded/civilians/30"])
    }

    @Test("toll phrases: a bare toll, 'the number of X killed', lists after 'the victims included'")
    func tolls() {
        #expect(casualtyKeys("Hospital sources put the toll at 58.") == ["killed/all/58"])
        #expect(casualtyKeys("Historians put the number of civilians killed at between 2,000 and 3,500.") == ["killed/civilians/2000–3500"])
        #expect(casualtyKeys("The toll from the fire in the old quarter of Mirel climbed to 19 from 12.") == ["killed/all/19"])
        let text = "A tanker exploded, killing 40 people. The victims included 9 women and 3 children."
        let first = Sentence(index: 0, start: 0, end: 36, text: String(text.prefix(36)))
        let second = Sentence(index: 1, start: 37, end: text.count, text: String(text.dropFirst(37)))
        let found = CasualtyExtractor.shared.extract(sentences: [first, second], timexes: [])
        #expect(found.map(casualtyKey) == ["killed/all/40", "killed/women/9<0", "killed/children/3<0"])
    }

    @Test("bodies, deportations, disappearances, own losses, hospital admissions")
    func outcomeWords() {
        #expect(casualtyKeys("Divers recovered 13 bodies from the wreck.") == ["killed/all/13"])
        #expect(casualtyKeys("Searchers found the bodies of two hikers near the pass.") == ["killed/all/2"])
        #expect(casualtyKeys("Some 3,000 villagers were deported to the steppe.") == ["displaced/all/~3000"])
        #expect(casualtyKeys("The regime ordered the deportation of 12,000 civilians.") == ["displaced/civilians/12000"])
        #expect(casualtyKeys("Families reported the disappearance of 400 men.") == ["missing/men/400"])
        #expect(casualtyKeys("The militia admitted it had lost 25 fighters.") == ["killed/fighters/25"])
        #expect(casualtyKeys("The company lost 25 customers after the scandal.").isEmpty)
        #expect(casualtyKeys("Nineteen people were hospitalised after the gas leak.") == ["wounded/all/19"])
        #expect(casualtyKeys("Two attackers were shot dead by guards.") == ["killed/fighters/2"])
        #expect(casualtyKeys("Nine inmates died in the fire.") == ["killed/all/9"])
    }

    @Test("'dozens more', asides that list counts")
    func moreAndAsides() {
        #expect(casualtyKeys("Fourteen were rescued and dozens more are feared missing.") == ["missing/all/~≥24"])
        #expect(casualtyKeys("Five engineers, three Poles and two Czechs, were abducted on the road.") == ["captured/all/5"])
        #expect(casualtyKeys("More than 40 people died.") == ["killed/all/≥40"])
    }
}

@Suite("CasualtyRealisticParts")
struct CasualtyRealisticPartTests {
    private func keys(_ first: String, _ second: String) -> [String] {
        let a = Sentence(index: 0, start: 0, end: first.unicodeScalars.count, text: first)
        let b = Sentence(index: 1, start: first.unicodeScalars.count + 1, end: first.unicodeScalars.count + 1 + second.unicodeScalars.count, text: second)
        return CasualtyExtractor.shared.extract(sentences: [a, b], timexes: []).map(casualtyKey)
    }

    @Test("'were among the dead' is a part of the earlier total; a part in the total's own group is no figure")
    func amongTheDead() {
        #expect(keys("The fire killed 26 people.", "Three children were among the dead.") == ["killed/all/26", "killed/children/3<0"])
        #expect(keys("The fire killed 26 people.", "Two nurses were among the dead.") == ["killed/all/26"])
        #expect(keys("The fire killed 26 people.", "Among the dead were two nurses.") == ["killed/all/26"])
    }
}
