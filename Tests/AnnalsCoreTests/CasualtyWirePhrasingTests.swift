import Testing
@testable import AnnalsCore

/// Phrasings of casualty figures from wire reports, health-ministry and UN updates and reference
/// articles (issue 3, fourth round): tolls put at a figure by an estimate, toll nouns with a toll
/// verb, colon tallies, manners of death, "fatally", qualified injuries, bodies found, zeros
/// stated as objects or as "no reports of", parts "of whom"/"of them" with their own group, ages
/// before a count of one, hypotheticals with a modal. Every sentence is written for the test
/// (invented places and numbers); none comes from the evaluation sets or the seeds.
@Suite("CasualtyWirePhrasing")
struct CasualtyWirePhrasingTests {
    @Test("an estimate verb puts a toll head at a figure")
    func putAt() {
        #expect(casualtyKeys("Monitors put the civilian dead at between 140 and 220.") == ["killed/civilians/140–220"])
        #expect(casualtyKeys("The governor placed the injured at 75.") == ["wounded/all/75"])
        #expect(casualtyKeys("Aid groups estimated the displaced at 9,000.") == ["displaced/all/9000"])
        // The head must be the verb's object: a place between them is no toll.
        #expect(casualtyKeys("They put the wounded from Arlo on 3 buses.").isEmpty)
    }

    @Test("a toll noun announces a total only with a toll verb")
    func tollHeadsWithVerbs() {
        #expect(casualtyKeys("Deaths from the fever climbed to 415 on Thursday.") == ["killed/all/415"])
        #expect(casualtyKeys("Confirmed fatalities stood at 63 by nightfall.") == ["killed/all/63"])
        #expect(casualtyKeys("The number of confirmed deaths reached 2,140.") == ["killed/all/2140"])
        #expect(casualtyKeys("Injuries rose to 380 after the second blast.") == ["wounded/all/380"])
        #expect(casualtyKeys("The number of missing has fallen to 17.") == ["missing/all/17"])
        #expect(casualtyKeys("The body count stood at 29.") == ["killed/all/29"])
        // No toll verb: the number after a toll noun is something else.
        #expect(casualtyKeys("Deaths in 14 provinces were blamed on the cold.").isEmpty)
        #expect(casualtyKeys("Road deaths were down 9 percent in the year.").isEmpty)
    }

    @Test("a verb of passing makes the toll a lower bound")
    func tollLowerBounds() {
        #expect(casualtyKeys("The death toll topped 700 on Monday.") == ["killed/all/≥700"])
        #expect(casualtyKeys("Fatalities have exceeded 1,300.") == ["killed/all/≥1300"])
        #expect(casualtyKeys("The death toll rose to 700 on Monday.") == ["killed/all/700"])
    }

    @Test("colon tallies of reference articles")
    func colonTallies() {
        #expect(casualtyKeys("Killed: 38") == ["killed/all/38"])
        #expect(casualtyKeys("Wounded: 1,150") == ["wounded/all/1150"])
        #expect(casualtyKeys("Missing: 64") == ["missing/all/64"])
    }

    @Test("manners of death and injury")
    func mannersOfDeath() {
        #expect(casualtyKeys("Fourteen worshippers were trampled to death at the gate.") == ["killed/all/14"])
        #expect(casualtyKeys("Two shepherds froze to death in the pass.") == ["killed/all/2"])
        #expect(casualtyKeys("Five farmers were hacked to death by raiders.") == ["killed/all/5"])
        #expect(casualtyKeys("Four patients later succumbed to their injuries.") == ["killed/all/4"])
        #expect(casualtyKeys("Nine guards died of their wounds.") == ["killed/all/9"])
        #expect(casualtyKeys("Three teachers were fatally injured in the collapse.") == ["killed/all/3"])
        #expect(casualtyKeys("A sniper fatally shot 2 soldiers.") == ["killed/soldiers/2"])
        #expect(casualtyKeys("Six officers were shot and wounded.") == ["wounded/police/6"])
        #expect(casualtyKeys("Thirty-one commuters suffered minor injuries.") == ["wounded/all/31"])
    }

    @Test("bodies found or recovered are deaths; people found are not")
    func bodiesFound() {
        #expect(casualtyKeys("Another 12 bodies were found on Sunday.") == ["killed/all/12"])
        #expect(casualtyKeys("Twenty bodies have been recovered from the mine.") == ["killed/all/20"])
        #expect(casualtyKeys("Forty people were found in the cellar.").isEmpty)
    }

    @Test("crews not accounted for are missing")
    func notAccountedFor() {
        #expect(casualtyKeys("Six sailors have not been accounted for.") == ["missing/all/6"])
    }

    @Test("zeros stated as an object or as no reports")
    func zeros() {
        #expect(casualtyKeys("The tremor injured no one.") == ["wounded/all/0"])
        #expect(casualtyKeys("The explosion killed nobody, the mayor said.") == ["killed/all/0"])
        #expect(casualtyKeys("There were no immediate reports of injuries.") == ["wounded/all/0"])
        #expect(casualtyKeys("There were no reports of casualties.") == ["killed/all/0", "wounded/all/0"])
        #expect(casualtyKeys("The gunmen could kill no one.").isEmpty)
    }

    @Test("a part of whom or of them takes its own group")
    func partsOfWhom() {
        #expect(casualtyKeys("The raid killed 31 civilians, 12 of whom were children.") == ["killed/civilians/31", "killed/children/12<0"])
        #expect(casualtyKeys("Fifty-four people drowned, 20 of them women.") == ["killed/all/54", "killed/women/20<0"])
        // A part in the total's own group or by condition is no figure (guidelines, rule 8).
        #expect(casualtyKeys("Fifty-four people drowned, 20 of them tourists.") == ["killed/all/54"])
        #expect(casualtyKeys("The blast wounded 66 people, 7 of them seriously.") == ["wounded/all/66"])
    }

    @Test("an age before a count of one")
    func agedSingular() {
        #expect(casualtyKeys("A 12-year-old girl was killed by the shell.") == ["killed/children/1"])
        #expect(casualtyKeys("An 80-year-old man was injured in the fire.") == ["wounded/men/1"])
    }

    @Test("a modal before the verb states no harm done")
    func hypotheticals() {
        #expect(casualtyKeys("A collapse of the dam could kill 5,000 people.").isEmpty)
        #expect(casualtyKeys("The strain may have killed 50 people.") == ["killed/all/50"])
    }

    @Test("an ordinal after 'a' adds one to a toll stated elsewhere: no count of one")
    func ordinalSingulars() {
        #expect(casualtyKeys("A third patient died overnight, raising the toll to three.") == ["killed/all/3"])
        #expect(casualtyKeys("A 9th victim died in hospital.").isEmpty)
    }

    @Test("people forced to flee, remains recovered")
    func fleeAndRemains() {
        #expect(casualtyKeys("The shelling forced some 45,000 people to flee their homes.") == ["displaced/all/~45000"])
        #expect(casualtyKeys("Investigators recovered the remains of 23 victims.") == ["killed/all/23"])
    }

    @Test("a list of fates after a comma counts them together")
    func commaListOfFates() {
        #expect(casualtyKeys("The regiment lost 640 killed, wounded or captured.").isEmpty)
        // A second verb with its own object is another clause.
        #expect(casualtyKeys("The blast left 6 dead, injured 40 others and destroyed a school.") == ["killed/all/6", "wounded/all/40"])
    }

    @Test("a part of them that names no group is no breakdown")
    func partsWithoutGroup() {
        #expect(casualtyKeys("In all, 2,900 soldiers died in the campaign, 1,700 of them from typhus.") == ["killed/soldiers/2900"])
    }

    @Test("plural people nouns beyond agent-noun endings count people")
    func broadPeopleNouns() {
        #expect(casualtyKeys("Two pilots were killed when the trainer jet crashed.") == ["killed/all/2"])
        #expect(casualtyKeys("Four nuns were abducted from the mission.") == ["captured/all/4"])
        #expect(casualtyKeys("Militants killed 7 mothers and 3 fathers at the clinic.") == ["killed/women/7", "killed/men/3"])
        #expect(casualtyKeys("Raiders killed 15 herdsmen and their sons.") == ["killed/all/15"])
        #expect(casualtyKeys("Three commandos were wounded in the raid.") == ["wounded/soldiers/3"])
    }

    @Test("a toll whose number follows a clause")
    func tollAfterClause() {
        #expect(casualtyKeys("The number of people killed when the dam burst above Varna on Friday has risen to 73, officials said.") == ["killed/all/73"])
        #expect(casualtyKeys("The death toll from the blast that hit a market in the old town on Sunday climbed to 41.") == ["killed/all/41"])
        // A count in the clause ends the search: the clause states its own figure.
        #expect(casualtyKeys("The death toll, after 12 people were killed in the first wave, rose to 30.") == ["killed/all/12"])
    }

    @Test("a bare count after 'and' repeats the outcome across a place or a time")
    func acrossPlaceOrTime() {
        #expect(casualtyKeys("Shelling killed 8 people in Dorna and 5 in Velk.") == ["killed/all/8", "killed/all/5"])
        #expect(casualtyKeys("Floods killed 14 soldiers in the north and 2 in the south.") == ["killed/soldiers/14", "killed/soldiers/2"])
        // An outcome word of its own in the phrase ends the sharing.
        #expect(casualtyKeys("Shelling killed 8 people in Dorna where fighting wounded 5.") == ["killed/all/8", "wounded/all/5"])
    }

    @Test("an elided head across an outcome verb and a place")
    func elidedAcrossVerb() {
        #expect(casualtyKeys("Raiders killed 9 soldiers and wounded 6.") == ["killed/soldiers/9", "wounded/soldiers/6"])
        #expect(casualtyKeys("Raiders killed 9 soldiers at a post near the river and wounded 6.") == ["killed/soldiers/9", "wounded/soldiers/6"])
        #expect(casualtyKeys("Raiders killed 9 soldiers and wounded 6 civilians.") == ["killed/soldiers/9", "wounded/civilians/6"])
    }

    @Test("an age by decade is no count")
    func decades() {
        #expect(casualtyKeys("A man in his 50s died at the scene.") == ["killed/men/1"])
        #expect(casualtyKeys("Two women in their seventies were injured.") == ["wounded/women/2"])
    }

    @Test("revisions by an amount and downward, lists of the dead, captives, a life claimed")
    func revisionsAndLists() {
        #expect(casualtyKeys("The toll was revised down to 26.") == ["killed/all/26"])
        #expect(casualtyKeys("The dead were 3 soldiers and 4 civilians.") == ["killed/soldiers/3", "killed/civilians/4"])
        #expect(casualtyKeys("Kidnappers are holding 17 students captive.") == ["captured/all/17"])
        #expect(casualtyKeys("The blast claimed the life of a firefighter.") == ["killed/all/1"])
        #expect(casualtyKeys("About 800 residents have already been forced to flee.") == ["displaced/all/~800"])
    }

    @Test("an outcome right after a relative part belongs to the part")
    func relativePartOutcome() {
        #expect(casualtyKeys("French casualties came to 3,100, of whom 870 were killed.") == ["killed/all/870"])
        // A part list closed by a comma leaves the outcome to the total.
        #expect(casualtyKeys("Sixty people, of whom 20 were children, were killed.") == ["killed/all/60", "killed/children/20<0"])
    }

    @Test("a count of one with a singular people noun")
    func oneWithSingularNoun() {
        #expect(casualtyKeys("One paramedic suffered minor injuries.") == ["wounded/all/1"])
        #expect(casualtyKeys("One soldier was killed and 4 were wounded.") == ["killed/soldiers/1", "wounded/soldiers/4"])
        #expect(casualtyKeys("One soldier's rifle was found.").isEmpty)
    }

    @Test("a part of a counted group of people takes the outcome; the group's count is no figure")
    func partOfCountedGroup() {
        #expect(casualtyKeys("Nine of the 14 climbers died on the descent.") == ["killed/all/9"])
        #expect(casualtyKeys("Only 2 of the 30 crew survived.").isEmpty)
        // The group qualified by an outcome is the dead; the part is read as before.
        #expect(casualtyKeys("Eight of the 11 dead were children.") == ["killed/children/8", "killed/all/11"])
    }

    @Test("among a counted casualty group: parts with their own category")
    func amongCountedGroup() {
        #expect(casualtyKeys("Among the 52 injured were 9 children and 4 women.") == ["wounded/all/52", "wounded/children/9<0", "wounded/women/4<0"])
        #expect(casualtyKeys("Among the 52 injured were 9 tourists.") == ["wounded/all/52"])
    }

    @Test("a running total takes the outcome of the figure before it")
    func runningTotals() {
        #expect(casualtyKeys("The ministry reported 5 new deaths, bringing the total to 618.") == ["killed/all/5", "killed/all/618"])
        #expect(casualtyKeys("Another 12 people were injured overnight, raising the tally to 240.") == ["wounded/all/12", "wounded/all/240"])
        // No figure before: the total is of something else.
        #expect(casualtyKeys("Bringing the total to 40, the club signed 3 players.").isEmpty)
    }

    @Test("a toll estimated as a range")
    func tollRanges() {
        #expect(casualtyKeys("Estimates of the civilian death toll range between 4,000 and 9,000.") == ["killed/civilians/4000–9000"])
    }

    @Test("more verbs of killing, 'so far' between a count and its outcome")
    func moreVerbsOfKilling() {
        #expect(casualtyKeys("The group beheaded 4 captives.") == ["killed/all/4"])
        #expect(casualtyKeys("Gunmen gunned down 9 worshippers outside the shrine.") == ["killed/all/9"])
        #expect(casualtyKeys("The surge drowned 13 villagers.") == ["killed/all/13"])
        #expect(casualtyKeys("Some 28 bodies have so far been recovered.") == ["killed/all/~28"])
    }

    @Test("a part among the dead in no group of its own is no figure, with or without a total")
    func partAmongTheDeadWithoutTotal() {
        #expect(casualtyKeys("Two engineers were among the dead.").isEmpty)
        #expect(casualtyKeys("Among the injured were 3 reporters.").isEmpty)
        #expect(casualtyKeys("Four children were among the dead.") == ["killed/children/4"])
    }

    @Test("a count over two people nouns reaches its outcome word after the second")
    func twoGroupsThenOutcome() {
        #expect(casualtyKeys("Roughly 6,500 men and boys were killed.") == ["killed/all/~6500"])
        #expect(casualtyKeys("Some 85 women and children were abducted from the camp.") == ["captured/all/~85"])
        #expect(casualtyKeys("Twelve boys and girls were injured.") == ["wounded/children/12"])
        // A second verb is no second group.
        #expect(casualtyKeys("The raid killed 31 civilians and wounded 12.") == ["killed/civilians/31", "wounded/civilians/12"])
    }

    @Test("the group carried across a breakdown to an elided count")
    func elidedAcrossBreakdown() {
        #expect(casualtyKeys("At least 230 civilians had been killed, among them 41 children, and 780 injured.")
                == ["killed/civilians/≥230", "killed/children/41<0", "wounded/civilians/780"])
    }

    @Test("people seized are captured; seizures by police and of things are not")
    func seized() {
        #expect(casualtyKeys("Nine election workers were seized near the polling station.") == ["captured/all/9"])
        #expect(casualtyKeys("Six gunmen seized the ferry terminal.").isEmpty)
        #expect(casualtyKeys("Four suspects were seized by police.").isEmpty)
    }

    @Test("'both' before a plural people noun counts two")
    func bothCountsTwo() {
        #expect(casualtyKeys("Both drivers were injured.") == ["wounded/all/2"])
        #expect(casualtyKeys("The blast killed the guard and both nurses.") == ["killed/all/3"])
        // A correlative "both ... and", a casualty noun, a thing: no count.
        #expect(casualtyKeys("The shelling killed both soldiers and civilians.").isEmpty)
        #expect(casualtyKeys("Both of the wounded were flown out.").isEmpty)
        #expect(casualtyKeys("Both sides lost ground.").isEmpty)
    }

    @Test("ranges of estimates, scales written once, bounds and changes (number readings)")
    func numberReadings() {
        #expect(casualtyKeys("Estimates of the dead range from 1,800 to 2,600.") == ["killed/all/1800–2600"])
        #expect(casualtyKeys("Between 2.5 and 4 million people were displaced by the drought.") == ["displaced/all/2500000–4000000"])
        #expect(casualtyKeys("Some 6-8 thousand villagers were displaced.") == ["displaced/all/~6000–8000"])
        #expect(casualtyKeys("Officials put the number of dead as high as 9,000.") == ["killed/all/~≤9000"])
        #expect(casualtyKeys("Tens of thousands of herders were displaced.") == ["displaced/all/~≥20000"])
        // A change and a new value: only the new value is a figure.
        #expect(casualtyKeys("The death toll climbed by 17 to 233 on Sunday.") == ["killed/all/233"])
        #expect(casualtyKeys("The number of injured went up by 4 to 52.") == ["wounded/all/52"])
        #expect(casualtyKeys("The toll rose from 31 to 47.") == ["killed/all/47"])
    }

    @Test("a count before a noun-noun compound reads the compound's head; a compound of things is no count")
    func compoundPeopleNouns() {
        #expect(casualtyKeys("Five taxi drivers were wounded in the blast.") == ["wounded/all/5"])
        #expect(casualtyKeys("The strike killed three relief workers and a driver.") == ["killed/all/4"])
        // "fire fighters" are no combatants.
        #expect(casualtyKeys("Six fire fighters were injured.") == ["wounded/all/6"])
        #expect(casualtyKeys("Six rebel fighters were killed.") == ["killed/fighters/6"])
        #expect(casualtyKeys("Four bus stops were destroyed in the blast.").isEmpty)
    }
}
