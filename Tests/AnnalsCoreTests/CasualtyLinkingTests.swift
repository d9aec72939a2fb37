import Testing
@testable import AnnalsCore

/// Round 9 of issue 3 (casualty figures on real news): classes, not phrases. Every form of an
/// outcome verb (present tense of headlines, "-ing"/"-ed" forms, nominalisations before "of"),
/// "lives" with the verbs that take it, intents that are no harm ("threatened to kill"), a role
/// noun before a name as a count of one, and hedges of the number read as a class ("above",
/// "at minimum", a range open above). Every sentence is written for the test (invented places,
/// people and numbers); none comes from the evaluation sets or the seeds.
@Suite("CasualtyLinking")
struct CasualtyLinkingTests {
    @Test("the present tense of headlines links like the past")
    func headlineForms() {
        #expect(casualtyKeys("Blast wounds 17 at a bus depot in Marovo") == ["wounded/all/17"])
        #expect(casualtyKeys("Gunmen kidnap 26 farm workers near Tessaly") == ["captured/all/26"])
        #expect(casualtyKeys("Rebel group abducts 9 teachers") == ["captured/all/9"])
        #expect(casualtyKeys("Army executes 14 deserters") == ["killed/all/14"])
        #expect(casualtyKeys("Floods displace 62,000 people along the Irra river") == ["displaced/all/62000"])
        #expect(casualtyKeys("Militia beheads 4 hostages in the north") == ["killed/all/4"])
        #expect(casualtyKeys("Sniper shoots dead 2 guards at the border post") == ["killed/all/2"])
        #expect(casualtyKeys("Riot police maimed 11 protesters with rubber bullets.") == ["wounded/all/11"])
        #expect(casualtyKeys("Nine perish as a minibus plunges into a gorge") == ["killed/all/9"])
        #expect(casualtyKeys("Seven drown when a canoe overturns on Lake Oru") == ["killed/all/7"])
        #expect(casualtyKeys("A climber dies in a fall on Mount Keld") == ["killed/all/1"])
        #expect(casualtyKeys("Raiders decapitated 3 herders in the valley.") == ["killed/all/3"])
    }

    @Test("nominalisations of outcome verbs before of")
    func nominalisations() {
        #expect(casualtyKeys("The tribunal examined the execution of 38 prisoners at Fort Amel.") == ["killed/all/38"])
        #expect(casualtyKeys("The ambush ended with the capture of 15 soldiers.") == ["captured/soldiers/15"])
        #expect(casualtyKeys("Shelling caused injuries to 240 people in the old town.") == ["wounded/all/240"])
        #expect(casualtyKeys("The crash led to the loss of 118 lives.") == ["killed/all/118"])
        // "loss" with another head is no death ("loss of 40 jobs").
        #expect(casualtyKeys("The plant closure meant the loss of 40 jobs.").isEmpty)
    }

    @Test("lives take the verbs that take them in the passive")
    func livesLost() {
        #expect(casualtyKeys("Some 65 lives were lost when the barge capsized.") == ["killed/all/~65"])
        #expect(casualtyKeys("The tragedy, with 212 lives lost, shocked the region.") == ["killed/all/212"])
        // "lost" with another head stays no figure.
        #expect(casualtyKeys("Some 65 homes were lost when the river rose.").isEmpty)
        #expect(casualtyKeys("About 30 lives were saved by the new levee.").isEmpty)
    }

    @Test("an intent or capacity before to is no harm done")
    func intents() {
        #expect(casualtyKeys("The kidnappers threatened to kill 6 hostages.").isEmpty)
        #expect(casualtyKeys("Police foiled a plot to kidnap 12 tourists.").isEmpty)
        #expect(casualtyKeys("The gas was enough to kill 3,000 people.").isEmpty)
        // A report of harm done after "to" stays a figure.
        #expect(casualtyKeys("The gunman went on to kill 8 people at the station.") == ["killed/all/8"])
    }

    @Test("a role noun before a name counts one person")
    func namedRoles() {
        #expect(casualtyKeys("Photographer Lena Marsh was killed by a sniper in Orvieto.") == ["killed/all/1"])
        #expect(casualtyKeys("The only survivor, sailor Pavel Ostrov, had been taken prisoner.") == ["captured/all/1"])
        #expect(casualtyKeys("The shelling killed veteran journalist Omar bin Saleh near the port.") == ["killed/all/1"])
        #expect(casualtyKeys("Soldier Tomas Ruiz and two civilians were wounded.") == ["wounded/soldiers/1", "wounded/civilians/2"])
        // The article reader counts "a police officer"; no second count of the same person.
        #expect(casualtyKeys("A police officer, Jan Vos, was shot dead.") == ["killed/police/1"])
        // A role and a name with no outcome, or with the name owning a noun, are no count.
        #expect(casualtyKeys("Spokesman Ali Dara said 14 people were injured.") == ["wounded/all/14"])
        #expect(casualtyKeys("Driver Tom Kell's truck was hit, but 3 passengers were hurt.") == ["wounded/all/3"])
        #expect(casualtyKeys("Officials Monday said the road was closed.").isEmpty)
    }

    @Test("hedges of the number as a class")
    func hedges() {
        #expect(casualtyKeys("The death toll, estimated to be above 1,700, is the highest in a decade.") == ["killed/all/≥1700"])
        #expect(casualtyKeys("Officials said the dead numbered 420 at minimum.") == ["killed/all/≥420"])
        #expect(casualtyKeys("Estimates range from 500 to more than 2,000 villagers killed.") == ["killed/all/≥500"])
        #expect(casualtyKeys("Estimates range from 500 to 2,000 villagers killed.") == ["killed/all/500–2000"])
        #expect(casualtyKeys("Estimates of the dead range from several hundred to over a thousand.") == ["killed/all/~≥200"])
    }
}

extension CasualtyLinkingTests {
    @Test("a prepositional outcome after a comma is no list of fates")
    func prepositionalOutcomeAfterComma() {
        #expect(casualtyKeys("Estimates range from 300 to 800 people killed, with injuries to another 2,500.")
                == ["killed/all/300–800", "wounded/all/2500"])
        // A true list of fates still counts them together.
        #expect(casualtyKeys("The siege left 2,100 killed, wounded or captured.").isEmpty)
    }
}

extension CasualtyLinkingTests {
    @Test("a word adding to an earlier count is no modifier of its head")
    func additiveWords() {
        #expect(casualtyKeys("A later count found 58 further unaccounted for crew members.") == ["missing/all/58"])
        #expect(casualtyKeys("Divers listed 23 further missing divers.") == ["missing/all/23"])
        #expect(casualtyKeys("The hospital admitted 31 additional injured miners.") == ["wounded/all/31"])
        #expect(casualtyKeys("Police said 14 other villagers were abducted.") == ["captured/all/14"])
    }

    @Test("a nominalised outcome verb after a determiner and adjectives")
    func nominalisationsAfterAdjectives() {
        #expect(casualtyKeys("The report condemned the summary execution of 11 guards.") == ["killed/all/11"])
        #expect(casualtyKeys("The raid led to the capture and swift execution of a guard.") == ["killed/all/1"])
        #expect(casualtyKeys("It followed the brutal murder of 3 monks in the hills.") == ["killed/all/3"])
        #expect(casualtyKeys("Villagers reported the abduction of 19 girls.") == ["captured/children/19"])
        // A definite after a distant nominalisation recalls a known death; after "the" it counts.
        #expect(casualtyKeys("Crowds marked the 12th-century killing of the priest.").isEmpty)
        #expect(casualtyKeys("The rebels admitted the killing of the guard.") == ["killed/all/1"])
    }

    @Test("kin and companions count one person")
    func kin() {
        #expect(casualtyKeys("Militiamen shot dead a cousin of the district chief.") == ["killed/all/1"])
        #expect(casualtyKeys("A neighbour was wounded by the falling wall.") == ["wounded/all/1"])
        #expect(casualtyKeys("A grandmother and two toddlers drowned in the flash flood.") == ["killed/women/1", "killed/children/2"])
    }
}

extension CasualtyLinkingTests {
    @Test("a relative clause, a chain of phrases or a list of names between a count and its outcome")
    func clausesBetween() {
        #expect(casualtyKeys("Sixty people who had gathered outside the town hall were killed.") == ["killed/all/60"])
        #expect(casualtyKeys("Thirty-three of the 50 passengers on the ferry that capsized off Kela are missing.") == ["missing/all/33"])
        #expect(casualtyKeys("Twelve workers at a plant which exploded on Friday have died.") == ["killed/all/12"])
        #expect(casualtyKeys("All 27 passengers on the flight from Tarn to Ebro were killed.") == ["killed/all/27"])
        #expect(casualtyKeys("Some 140 residents of Amra, Tisso and Belek were reported killed.") == ["killed/all/~140"])
        #expect(casualtyKeys("Eighteen pilgrims outside the shrine were injured.") == ["wounded/all/18"])
        // The relative's own verb is the outcome: read as before.
        #expect(casualtyKeys("Nine people who were injured in the crash remain in hospital.") == ["wounded/all/9"])
        // "that" after a verb of saying opens what was said, not a relative clause.
        #expect(casualtyKeys("Nine elders in the valley said that soldiers were killed.").isEmpty)
        // A negated or outcome-bearing relative clause stops the crossing.
        #expect(casualtyKeys("Forty guests who did not leave the hotel were rescued.").isEmpty)
    }
}

extension CasualtyLinkingTests {
    @Test("an outcome adjective before a people noun, and modifiers that use no slot")
    func outcomeAdjectivesAndModifiers() {
        #expect(casualtyKeys("The army counted 310 dead Tamrat rebels after the battle.") == ["killed/fighters/310"])
        #expect(casualtyKeys("Medics treated 45 wounded Kelan soldiers.") == ["wounded/soldiers/45"])
        #expect(casualtyKeys("Officials reported 120–150 dead civilians in the valley.") == ["killed/civilians/120–150"])
        #expect(casualtyKeys("Some 180 mostly Catholic male pilgrims were abducted near the shrine.") == ["captured/all/~180"])
        // An outcome adjective before a function word keeps its own head.
        #expect(casualtyKeys("The raid left 12 dead and 30 injured.") == ["killed/all/12", "wounded/all/30"])
    }

    @Test("a breakdown part with no noun of its own counts the total's group")
    func headlessParts() {
        #expect(casualtyKeys("Rockets killed 37 civilians, including five who died of heart failure.") == ["killed/civilians/37"])
        #expect(casualtyKeys("Rockets killed 37 civilians, including five children.") == ["killed/civilians/37", "killed/children/5<0"])
    }

    @Test("perpetrators are fighters")
    func perpetrators() {
        #expect(casualtyKeys("Nineteen commuters and two perpetrators were killed.") == ["killed/all/19", "killed/fighters/2"])
    }
}
