import Testing
@testable import AnnalsCore

/// Figures of one sentence as compact keys: "killed/all/12", "wounded/children/~≥24", parts as "…<0".
func casualtyKeys(_ text: String, timexes: [Timex] = []) -> [String] {
    let sentence = Sentence(index: 0, start: 0, end: text.unicodeScalars.count, text: text)
    return CasualtyExtractor.shared.extract(sentences: [sentence], timexes: timexes).map(casualtyKey)
}

func casualtyKey(_ f: FigureMention) -> String {
    "\(f.outcome.rawValue)/\(f.category.rawValue)/\(f.quantity)" + (f.partOf.map { "<\($0)" } ?? "")
}

@Suite("CasualtyExtractor")
struct CasualtyExtractorTests {
    @Test func activeConstructions() {
        #expect(casualtyKeys("The car bomb killed 14 people outside the market.") == ["killed/all/14"])
        #expect(casualtyKeys("Gunmen opened fire on a bus, killing at least 9 passengers.") == ["killed/all/≥9"])
        #expect(casualtyKeys("The quake injured 300 and displaced 40,000 villagers.") == ["wounded/all/300", "displaced/all/40000"])
        #expect(casualtyKeys("Rebels abducted 27 schoolchildren from a dormitory.") == ["captured/children/27"])
        #expect(casualtyKeys("The airstrike killed 8 soldiers and 3 civilians.") == ["killed/soldiers/8", "killed/civilians/3"])
        #expect(casualtyKeys("The storm claimed the lives of 41 fishermen.") == ["killed/all/41"])
        #expect(casualtyKeys("Militants took 30 hostages at the hotel.") == ["captured/all/30"])
    }

    @Test func passiveConstructions() {
        #expect(casualtyKeys("Eighty-two villagers were killed when the dam burst.") == ["killed/all/82"])
        #expect(casualtyKeys("At least 57 people died in the floods.") == ["killed/all/≥57"])
        #expect(casualtyKeys("Some 200 residents of the town were reportedly wounded.") == ["wounded/all/~200"])
        #expect(casualtyKeys("Thousands of Rohingya fled across the border.") == ["displaced/all/~≥2000"])
        #expect(casualtyKeys("Nine miners remain missing after the collapse.") == ["missing/all/9"])
        #expect(casualtyKeys("Twelve aid workers were taken hostage near the border.") == ["captured/all/12"])
        #expect(casualtyKeys("It was a raid in which 48 Kurds were executed.") == ["killed/all/48"])
        #expect(casualtyKeys("Hundreds of thousands of people were forced from their homes.") == ["displaced/all/~≥200000"])
        #expect(casualtyKeys("Fifteen firefighters lost their lives in the blaze.") == ["killed/all/15"])
        #expect(casualtyKeys("Between 30 and 40 pilgrims are unaccounted for.") == ["missing/all/30–40"])
    }

    @Test func nounPhrases() {
        #expect(casualtyKeys("The explosion left 23 dead and 70 injured.") == ["killed/all/23", "wounded/all/70"])
        #expect(casualtyKeys("Officials reported a death toll of 112 on Sunday.") == ["killed/all/112"])
        #expect(casualtyKeys("The death toll from the landslide has risen to 86.") == ["killed/all/86"])
        #expect(casualtyKeys("The flooding caused 19 deaths across the province.") == ["killed/all/19"])
        // "casualties" counts killed and wounded together: no figure of one outcome (see casualty-nouns.txt).
        #expect(casualtyKeys("The shelling caused 6 civilian casualties.").isEmpty)
        #expect(casualtyKeys("After the fighting the dead numbered nearly 300.") == ["killed/all/~≤300"])
        #expect(casualtyKeys("The cyclone left 5,000 homeless.") == ["displaced/all/5000"])
        #expect(casualtyKeys("A memorial was unveiled for the 77 victims slaughtered at the camp.") == ["killed/all/77"])
    }

    @Test func victimsAloneNeedAnOutcomeWord() {
        #expect(casualtyKeys("Candles were lit in memory of the 77 victims.").isEmpty)
        #expect(casualtyKeys("The 40 hostages were released on Friday.").isEmpty)
        #expect(casualtyKeys("The war took 30,000 lives.") == ["killed/all/30000"])
    }

    @Test func breakdownsPointAtTheirTotal() {
        let text = "Mourners remembered the 215 people, including 48 children, 61 women and 33 old people, killed in the bombing."
        #expect(casualtyKeys(text) == ["killed/all/215", "killed/children/48<0", "killed/women/61<0", "killed/elderly/33<0"])
        #expect(casualtyKeys("At least 40 people were killed in the raid, among them 11 children.") == ["killed/all/≥40", "killed/children/11<0"])
        #expect(casualtyKeys("The attack wounded 25 people, of whom 9 were women.") == ["wounded/all/25", "wounded/women/9<0"])
        #expect(casualtyKeys("The blast killed 30 people (including 4 police officers) and wounded 60.") ==
                ["killed/all/30", "killed/police/4<0", "wounded/all/60"])
    }

    @Test func partsInALaterSentenceOrClause() {
        let text = "Officials said 52 people were killed. Among the dead were 14 children."
        let first = Sentence(index: 0, start: 0, end: 37, text: String(text.prefix(37)))
        let second = Sentence(index: 1, start: 38, end: text.count, text: String(text.dropFirst(38)))
        let found = CasualtyExtractor.shared.extract(sentences: [first, second], timexes: [])
        #expect(found.map(casualtyKey) == ["killed/all/52", "killed/children/14<0"])
        #expect(found[1].sentence == 1)
        #expect(found[1].start == 38)
    }

    @Test func coordinationPartitivesAndRatios() {
        #expect(casualtyKeys("Troops executed more than 900 men and boys.") == ["killed/all/≥900"])
        #expect(casualtyKeys("The rocket wounded three, one of them critically.") == ["wounded/all/3"])
        #expect(casualtyKeys("The disease killed 1 in 8 inhabitants.").isEmpty)
        #expect(casualtyKeys("The drone strike killed six members of one family, including four children.") ==
                ["killed/all/6", "killed/children/4<0"])
        #expect(casualtyKeys("9 killed, 31 injured in train collision") == ["killed/all/9", "wounded/all/31"])
        #expect(casualtyKeys("At least 8 people were killed, 20 others were hurt and 2 remain missing.") ==
                ["killed/all/≥8", "wounded/all/20", "missing/all/2"])
    }

    @Test func negativesStateZero() {
        #expect(casualtyKeys("No one was hurt in the fire.") == ["wounded/all/0"])
        #expect(casualtyKeys("Police said nobody was killed.") == ["killed/all/0"])
        #expect(casualtyKeys("There were no casualties.") == ["killed/all/0", "wounded/all/0"])
        #expect(casualtyKeys("No deaths were reported after the tremor.") == ["killed/all/0"])
        #expect(casualtyKeys("No civilians were injured, the army said.") == ["wounded/civilians/0"])
        #expect(casualtyKeys("None of the 240 passengers were injured.") == ["wounded/all/0"])
        #expect(casualtyKeys("No one knows how many were killed.").isEmpty)
    }

    @Test func rejectsAgesYearsMoneyAndThings() {
        // The age is no count of 25; the man is a count of one (guidelines, rule 9).
        #expect(casualtyKeys("A 25-year-old man was killed in the crash.") == ["killed/men/1"])
        #expect(casualtyKeys("The driver, 46, was killed instantly.").isEmpty)
        #expect(casualtyKeys("A woman aged 70 was injured.").isEmpty)
        #expect(casualtyKeys("The 2004 tsunami killed coastal residents.").isEmpty)
        #expect(casualtyKeys("Damage from the quake that killed residents reached $5 million.").isEmpty)
        #expect(casualtyKeys("Relief worth 5 million dollars reached the injured.").isEmpty)
        #expect(casualtyKeys("Some 40 percent of the wounded were treated abroad.").isEmpty)
        #expect(casualtyKeys("The paper has published 10 articles this month about the killed reporters.").isEmpty)
        #expect(casualtyKeys("Four U.N. Security Council resolutions condemned the killings.").isEmpty)
        #expect(casualtyKeys("Dozens of Jewish communities mourned the victims who were murdered.").isEmpty)
        #expect(casualtyKeys("Rockets destroyed 300 houses but no one was killed.") == ["killed/all/0"])
        #expect(casualtyKeys("The first victims were buried at 10:30 on the 26th.").isEmpty)
        #expect(casualtyKeys("Soldiers killed in the ambush lay 3 km from the road.").isEmpty)
        #expect(casualtyKeys("Flight 17 was shot down and its passengers killed.").isEmpty)
        #expect(casualtyKeys("12 militants who killed 5 guards were captured.") == ["killed/all/5"] || casualtyKeys("12 militants who killed 5 guards were captured.") == ["captured/fighters/12", "killed/all/5"])
        #expect(casualtyKeys("99999999999999999999 killed and -5 wounded").isEmpty)
    }

    @Test func numbersInsideTimeExpressionsAreNeverCounts() {
        let text = "On 26 February 1992 soldiers killed 300 villagers."
        let timex = Timex(start: 3, end: 19, text: "26 February 1992", type: .date, value: "1992-02-26")
        #expect(casualtyKeys(text, timexes: [timex]) == ["killed/all/300"])
        let decade = "In the 33 years since, killed relatives are mourned."
        let duration = Timex(start: 7, end: 15, text: "33 years", type: .duration, value: "P33Y")
        #expect(casualtyKeys(decade, timexes: [duration]).isEmpty)
    }

    @Test func approximateIsCarriedAndTextIsTheSourcePhrase() {
        let text = "Officials fear that about 150 people drowned."
        let sentence = Sentence(index: 3, start: 1000, end: 1000 + text.unicodeScalars.count, text: text)
        let found = CasualtyExtractor.shared.extract(sentences: [sentence], timexes: [])
        #expect(found.count == 1)
        #expect(found.first?.quantity.approximate == true)
        #expect(found.first?.text == "about 150 people drowned")
        #expect(found.first?.start == 1020)
        #expect(found.first?.end == 1044)
        #expect(found.first?.sentence == 3)
    }
}

@Suite("Casualty categories across coordinated verbs")
struct CasualtyCoordinationTests {
    @Test("'killed 31 civilians and wounded 12' keeps the civilians category")
    func secondVerbIsNotASecondGroup() {
        let text = "The shelling of Donetsk killed 14 civilians and wounded 20."
        let figures = CasualtyExtractor.shared.extract(sentences: SentenceSplitter.shared.split(text), timexes: [])
        #expect(figures.contains { $0.outcome == .killed && $0.category == .civilians && $0.quantity.exact == 14 })
        #expect(figures.contains { $0.outcome == .wounded && $0.quantity.exact == 20 })
    }
}
