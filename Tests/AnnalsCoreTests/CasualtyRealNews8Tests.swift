import Testing
@testable import AnnalsCore

/// Phrasing classes of real news and encyclopedia text (issue 3, third real-text round): counts
/// grouped with a full stop as thousands separator, any verb that hands a toll on through "to"/"at",
/// and elided clauses of likeness ("..., as were 3 guards"). Every sentence is written for the test
/// (invented places and numbers); none comes from the evaluation sets or the seeds.
@Suite("CasualtyRealNews8")
struct CasualtyRealNews8Tests {
    @Test("a full stop grouping thousands in an unscaled count")
    func fullStopThousands() {
        #expect(NumberParser.shared.parse("4.500") == Quantity(exactly: 4_500))
        #expect(NumberParser.shared.parse("12.040") == Quantity(exactly: 12_040))
        #expect(NumberParser.shared.parse("350.000") == Quantity(exactly: 350_000))
        #expect(casualtyKeys("Officials said that about 2.300 people died in the floods.") == ["killed/all/~2300"])
        #expect(casualtyKeys("The storm left 45.000 residents homeless.") == ["displaced/all/45000"])
        #expect(casualtyKeys("At least 1.250 people were injured.") == ["wounded/all/≥1250"])
        // Decimals that are not three digits, a zero integer part, or a comma-grouped integer stay
        // what they were: no count, or a scaled decimal.
        #expect(NumberParser.shared.parse("7.5") == nil)
        #expect(NumberParser.shared.parse("0.125") == nil)
        #expect(NumberParser.shared.parse("1,200.500") == nil)
        #expect(NumberParser.shared.parse("2.5 million") == Quantity(exactly: 2_500_000))
        #expect(casualtyKeys("The quake had a magnitude of 6.9 and killed 14 people.") == ["killed/all/14"])
    }

    @Test("any verb that hands a toll on through to or at")
    func tollVerbThroughPreposition() {
        #expect(casualtyKeys("The death toll amounted to 212 by Friday.") == ["killed/all/212"])
        #expect(casualtyKeys("By nightfall the death toll had climbed steadily to 58.") == ["killed/all/58"])
        #expect(casualtyKeys("The death toll, which officials kept revising, settled at 97.") .count <= 1)
        #expect(casualtyKeys("The quake flattened the town, with the death toll amounting to at least 1,400 people.") == ["killed/all/≥1400"])
        #expect(casualtyKeys("The death toll ballooned to 3,100.") == ["killed/all/3100"])
        #expect(casualtyKeys("The death toll mounted to 640 as rescuers reached the hills.") == ["killed/all/640"])
        // A verb that hands on to a clause, not a count, states nothing.
        #expect(casualtyKeys("The death toll is expected to rise, officials said on 12 May.").isEmpty)
        // A bare verb after a modal or "to" is a forecast, not a toll.
        #expect(casualtyKeys("The death toll could climb to 800.").isEmpty)
        #expect(casualtyKeys("The death toll is expected to rise to 450.").isEmpty)
        #expect(casualtyKeys("The death toll was linked to the 3 dams that burst.").isEmpty)
    }

    @Test("an elided clause of likeness shares the outcome in its own group")
    func elidedLikeness() {
        // Two counts of one group are added, as coordinated counts are (guidelines, rule 9).
        #expect(casualtyKeys("Seventeen miners were killed in the collapse, as were two rescuers.") == ["killed/all/19"])
        #expect(casualtyKeys("Eleven villagers died in the fire, as did 4 firefighters.") == ["killed/all/15"])
        #expect(casualtyKeys("At least 23 passengers were injured, as were 5 soldiers.") == ["wounded/all/≥23", "wounded/soldiers/5"])
        #expect(casualtyKeys("Nine hostages were killed, although the exact figure is unclear, as were 6 militants.") == ["killed/all/9", "killed/fighters/6"])
        // Without an earlier figure of the sentence, or with "as" opening a comparison, nothing.
        #expect(casualtyKeys("The talks stalled, as were 40 delegates expected to leave.").isEmpty)
        #expect(casualtyKeys("The bridge was as long as was 300 metres of road.").isEmpty)
    }

    @Test("people who lost their homes are homeless")
    func lostTheirHomes() {
        #expect(casualtyKeys("Around 6,000 residents lost their homes when the river burst its banks.") == ["displaced/all/~6000"])
        #expect(casualtyKeys("The fire killed 3 people, and 140 villagers lost their homes.") == ["killed/all/3", "displaced/all/140"])
        #expect(casualtyKeys("Estimates are that about 9.400 people lost their homes.") == ["displaced/all/~9400"])
    }

    @Test("counts joined by along with are coordinated: one group is added, two groups stay apart")
    func alongWithSums() {
        #expect(casualtyKeys("At least 31 passengers were killed along with a guard.") == ["killed/all/≥32"])
        #expect(casualtyKeys("Six pilgrims were injured, along with two residents.") == ["wounded/all/8"])
        #expect(casualtyKeys("Fourteen villagers were killed along with three soldiers.") == ["killed/all/14", "killed/soldiers/3"])
        // "along with" after no casualty figure states nothing.
        #expect(casualtyKeys("The minister arrived along with 40 aides.").isEmpty)
    }
}
