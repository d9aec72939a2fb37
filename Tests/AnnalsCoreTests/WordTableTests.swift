import Testing
@testable import AnnalsCore

@Suite("Word table: byte-hashed word lists answer as dictionaries do")
struct WordTableTests {
    @Test func findsListedWordsAndOnlyThem() {
        let table = WordTable(["harvest": 1, "monsoon": 2, "dusk": 3, "a": 4])
        #expect(table["harvest"] == 1)
        #expect(table["monsoon"] == 2)
        #expect(table["dusk"] == 3)
        #expect(table["a"] == 4)
        #expect(table["harves"] == nil)
        #expect(table["harvests"] == nil)
        #expect(table[""] == nil)
        #expect(table["Harvest"] == nil)
        #expect(table.count == 4)
    }

    @Test func agreesWithADictionaryOnManyWords() {
        // Enough keys to force collisions and probing; lookups of keys, near misses and prefixes.
        var dictionary: [String: Int] = [:]
        for n in 0..<600 { dictionary["w\(n * 7)x\(n % 13)"] = n }
        let table = WordTable(dictionary)
        for (key, value) in dictionary { #expect(table[key] == value) }
        for n in 0..<600 {
            let probe = "w\(n * 7 + 1)x\(n % 13)"
            #expect(table[probe] == dictionary[probe])
            #expect(table["w\(n * 7)"] == nil)
        }
        #expect(table[String(repeating: "long word ", count: 4)] == nil)
    }

    @Test func wordsBeyondASCIICompareAsStringsDo() {
        // "café" precomposed (U+00E9) and decomposed (e + U+0301) are equal Strings.
        let table = WordTable(["caf\u{E9}": 1, "na\u{EF}ve": 2])
        #expect(table["caf\u{E9}"] == 1)
        #expect(table["cafe\u{301}"] == 1)
        #expect(table["naive"] == nil)
        // A key whose canonical composition is ASCII (the Kelvin sign is "K") is found by its ASCII form.
        let kelvin = WordTable(["\u{212A}m": 7])
        #expect(kelvin["Km"] == 7)
        #expect(kelvin["\u{212A}m"] == 7)
    }

    @Test func laterDuplicatesReplaceEarlierValues() {
        let table = WordTable(pairs: [("ember", 1), ("ash", 2), ("ember", 3)])
        #expect(table["ember"] == 3)
        #expect(table["ash"] == 2)
        #expect(table.count == 2)
        #expect(WordTable<Int>()["ember"] == nil)
    }

    @Test func wordSetContainsItsWords() {
        let set = WordSet(["sleet", "hail"])
        #expect(set.contains("sleet"))
        #expect(set.contains("hail"))
        #expect(!set.contains("rain"))
        #expect(!WordSet().contains("rain"))
    }
}
