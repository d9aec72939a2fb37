import Testing
@testable import AnnalsCore

/// Round 10 of issue 3 (casualty figures on real news): superseded values named as a class (a
/// report called earlier, a figure taken back after it) and long-range links. Every sentence is
/// written for the test (invented places, people and numbers); none comes from the evaluation sets
/// or the seeds.
@Suite("CasualtyLinking2")
struct CasualtyLinking2Tests {
    @Test("a report named as an earlier one states a superseded value")
    func earlierReports() {
        #expect(casualtyKeys("An early written statement, issued by the provincial governor, gave the death toll as 17 people.").isEmpty)
        #expect(casualtyKeys("The original police estimate put the number of dead at 64.").isEmpty)
        #expect(casualtyKeys("Earlier reports said 9 miners were trapped and 3 had died.").isEmpty)
        #expect(casualtyKeys("A previous government count listed 212 people as displaced.").isEmpty)
        // The count after a revision verb is the current value.
        #expect(casualtyKeys("An initial official tally of 31 dead rose overnight to 44.") == ["killed/all/44"])
        // A report not named as earlier, or a time word before it, marks nothing.
        #expect(casualtyKeys("A written statement from the ministry said 28 people were killed.") == ["killed/all/28"])
        #expect(casualtyKeys("Early morning shelling killed 13 civilians in Varos.") == ["killed/civilians/13"])
        // The cue reaches only its own clause.
        #expect(casualtyKeys("In its initial report, the agency said 52 people had fled the fighting.") == ["displaced/all/52"])
    }

    @Test("a figure taken back after it is superseded")
    func retractedFigures() {
        #expect(casualtyKeys("At first, 140 deaths were announced; the figure was fabricated by the junta.").isEmpty)
        #expect(casualtyKeys("Police said 23 people were wounded, a number which was later revised.").isEmpty)
        #expect(casualtyKeys("State radio reported 11 soldiers killed, but the figure has since been retracted.").isEmpty)
        // Only the figure the noun names: the count before it in another clause stays.
        #expect(casualtyKeys("The storm killed 6 fishermen, and 80 homes were reported destroyed; the figure was later corrected.") == ["killed/all/6"])
        // A revision without a later-time adverb may name the current value itself.
        #expect(casualtyKeys("Officials said 37 people died; the figure was revised on Monday.") == ["killed/all/37"])
        // "revised from N": the count before is the new value.
        #expect(casualtyKeys("Officials now say 58 people died; the figure was later revised from 49.") == ["killed/all/58"])
        // A plural noun takes back every count before it.
        #expect(casualtyKeys("The army reported 14 killed and 30 wounded; those figures were subsequently withdrawn.").isEmpty)
        // A figure not taken back stays.
        #expect(casualtyKeys("Medics said 19 people were hurt; the figure was confirmed by the hospital.") == ["wounded/all/19"])
    }

    @Test("an estimate named by it and a modal belongs to the figure before")
    func modalEstimates() {
        #expect(casualtyKeys("The flood killed an estimated 900 people, but aid groups said it could be as many as 1,500.")
                == ["killed/all/~900", "killed/all/~≤1500"])
        #expect(casualtyKeys("Officials counted 48 dead, though residents believe it may be more than 70.") == ["killed/all/48", "killed/all/≥70"])
        // "it" with a modal and no count, or no figure before it, states nothing more.
        #expect(casualtyKeys("The blast killed 12 people, and officials said it could be weeks before the road reopens.") == ["killed/all/12"])
        #expect(casualtyKeys("Engineers said it could be 40 days before the bridge opens.").isEmpty)
    }

    @Test("a proportion aside between a count and its head")
    func proportionAsides() {
        #expect(casualtyKeys("The ferry sank with 310 (out of 402) passengers confirmed dead.") == ["killed/all/310"])
        #expect(casualtyKeys("The barge capsized, with 77 (of 130) lives stated at the time as lost.") == ["killed/all/77"])
        // Another aside is no proportion: the head is not read across it.
        #expect(casualtyKeys("The report lists 52 (see annex) people as missing.").isEmpty)
    }

    @Test("a belief that people died states them missing")
    func believedDead() {
        #expect(casualtyKeys("More than 60 migrants are believed to have drowned after the boat overturned.") == ["missing/all/≥60"])
        #expect(casualtyKeys("Eleven climbers are thought to have been killed in the avalanche.") == ["missing/all/11"])
        #expect(casualtyKeys("Some 35 villagers were believed dead after the mudslide.") == ["missing/all/~35"])
        // "believed" before another verb stays a filler: the outcome is stated.
        #expect(casualtyKeys("Police said 8 people were believed injured in the crush.") == ["wounded/all/8"])
    }

    @Test("brackets in a count: a breakdown part and an acronym")
    func brackets() {
        #expect(casualtyKeys("Gunmen executed 14 villagers (9 of them women) in the square.") == ["killed/all/14", "killed/women/9<0"])
        #expect(casualtyKeys("In all 12 people (five of them children) died in the fire.") == ["killed/all/12", "killed/children/5<0"])
        // A part in the total's own group is no figure.
        #expect(casualtyKeys("The raid left 11 people dead (four of them farmers).") == ["killed/all/11"])
        #expect(casualtyKeys("Clashes left five Afghan Territorial Force (ATF) soldiers wounded.") == ["wounded/soldiers/5"])
        // Brackets holding anything but an acronym still end the count's phrase.
        #expect(casualtyKeys("Clashes left five Afghan (mostly Pashtun) soldiers wounded.").isEmpty)
    }

    @Test("a participle before a casualty noun qualifies it")
    func qualifiedCasualtyNouns() {
        #expect(casualtyKeys("The epidemic peaked in 2019 with over 3,500 reported deaths in the south alone.") == ["killed/all/≥3500"])
        #expect(casualtyKeys("Hospitals logged 420 confirmed injuries after the stampede.") == ["wounded/all/420"])
        // An outcome word after the filler is still read as the outcome.
        #expect(casualtyKeys("Six workers died and 14 remain missing.") == ["killed/all/6", "missing/all/14"])
    }

    @Test("an outcome verb before a part of a group named by its state")
    func partOfStatedGroup() {
        #expect(casualtyKeys("The gunmen killed three of the kidnapped Danish engineers on Monday.") == ["killed/all/3"])
        #expect(casualtyKeys("Captors beheaded two of the abducted aid workers.") == ["killed/all/2"])
        // With no outcome verb before it the group's state stays the part's.
        #expect(casualtyKeys("Militants freed two of the abducted aid workers.").isEmpty)
    }

    @Test("an age after the head is crossed; one past 18 is no children's")
    func agesAfterHead() {
        #expect(casualtyKeys("On Monday, 85 pupils aged 9–15 years old were abducted by gunmen.") == ["captured/all/85"])
        #expect(casualtyKeys("Some 64 children aged between 4 and 12 were injured in the crush.") == ["wounded/children/~64"])
        #expect(casualtyKeys("Gunmen abducted 37 girls aged 12 to 20 from the hostel.") == ["captured/all/37"])
    }

    @Test("the figure for a group and an outcome is a toll")
    func figureFor() {
        #expect(casualtyKeys("The official figure for protesters injured in the clashes is 215.") == ["wounded/all/215"])
        #expect(casualtyKeys("The final figure for miners killed during the blast was 31.") == ["killed/all/31"])
        // "figure for" without a people noun names no toll.
        #expect(casualtyKeys("The figure for 2021 was 33 percent higher.").isEmpty)
    }

    @Test("the people of a vehicle a captor seized are captured")
    func seizedCarriers() {
        #expect(casualtyKeys("Somali pirates have seized an oil tanker with 18 crew members off the coast.") == ["captured/all/18"])
        #expect(casualtyKeys("Gunmen hijacked a minibus with 14 passengers on the highway.") == ["captured/all/14"])
        // No captor: a seizure by police is no capture.
        #expect(casualtyKeys("Police seized a truck with 40 migrants near the border.").isEmpty)
        // A capture verb with no "with" before the count keeps its own heads.
        #expect(casualtyKeys("Rebels hijacked 3 fuel trucks near the port.").isEmpty)
    }
}
