import Testing
@testable import AnnalsCore

/// A small hand-written corpus in news style (invented events, not the seed articles) with the
/// figures a careful reader would record: (outcome, category, quantity). Scored like the held-out
/// evaluation: precision and recall over (outcome, category, low, high) per sentence.
@Suite("CasualtyCorpus")
struct CasualtyCorpusTests {
    static let corpus: [(text: String, expected: [String])] = [
        ("A powerful earthquake struck the mountainous region early on Tuesday, killing at least 1,340 people and injuring more than 5,000, officials said.",
         ["killed/all/≥1340", "wounded/all/≥5000"]),
        ("Rescue teams were still searching for about 200 people believed to be trapped under the rubble.", []),
        ("The death toll from last week's floods has climbed to 412, with 96 people still missing, the disaster agency said.",
         ["killed/all/412", "missing/all/96"]),
        ("Tens of thousands of residents were forced from their homes as the river burst its banks.",
         ["displaced/all/~≥20000"]),
        ("A suicide bomber blew himself up at a crowded checkpoint on Friday, killing 23 soldiers and 4 civilians.",
         ["killed/soldiers/23", "killed/civilians/4"]),
        ("Hospital officials said 61 of the wounded were in critical condition.", []),
        ("The 1988 siege, in which some 3,000 inhabitants perished, is commemorated every spring in 14 towns.",
         ["killed/all/~3000"]),
        ("A monument lists the names of the 188 villagers, including 39 children and 27 women, shot dead by militiamen.",
         ["killed/all/188", "killed/children/39<0", "killed/women/27<0"]),
        ("Gunmen abducted 17 aid workers and a pilot near the border town; two were later freed.",
         ["captured/all/18"]),
        ("No one was injured when the second device exploded in a parking garage.", ["wounded/all/0"]),
        ("The government pledged $250 million to rebuild 40,000 homes destroyed by the cyclone.", []),
        ("Dozens of protesters were wounded when police fired rubber bullets, and a 19-year-old student died in hospital.",
         ["wounded/all/~≥24", "killed/all/1"]),
        ("Amnesty International has documented 35 cases of torture and published 12 reports on the camps.", []),
        ("Nearly 2 million people have been displaced since the fighting began, according to the UN.",
         ["displaced/all/~≤2000000"]),
        ("The ferry was carrying 450 passengers when it capsized; 312 were rescued and 138 drowned.",
         ["killed/all/138"]),
    ]

    @Test func precisionAndRecallOnHandWrittenCorpus() {
        var truePositives = 0, found = 0, expected = 0
        var misses: [String] = []
        for (i, item) in Self.corpus.enumerated() {
            let got = casualtyKeys(item.text)
            found += got.count
            expected += item.expected.count
            var remaining = item.expected
            for key in got {
                if let at = remaining.firstIndex(of: key) { remaining.remove(at: at); truePositives += 1 }
                else { misses.append("#\(i) extra \(key)") }
            }
            misses += remaining.map { "#\(i) missing \($0)" }
        }
        let precision = found == 0 ? 0 : Double(truePositives) / Double(found)
        let recall = expected == 0 ? 0 : Double(truePositives) / Double(expected)
        #expect(precision >= 0.9, "precision \(precision): \(misses)")
        #expect(recall >= 0.9, "recall \(recall): \(misses)")
        #expect(misses.isEmpty, "\(misses)")
    }
}
