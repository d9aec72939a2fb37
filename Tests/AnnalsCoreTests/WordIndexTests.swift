import Testing
@testable import AnnalsCore

@Suite("Word index: growable byte-hashed ids answer as a dictionary does")
struct WordIndexTests {
    @Test func idsAreDenseInInsertionOrderAndStable() {
        var index = WordIndex()
        #expect(index.find("glacier") == nil)
        #expect(index.insert("glacier") == 0)
        #expect(index.insert("fjord") == 1)
        #expect(index.insert("glacier") == 0)
        #expect(index.count == 2)
        #expect(index.find("fjord") == 1)
        #expect(index.find("fjords") == nil)
        #expect(index.find("Fjord") == nil)
        #expect(index.find("") == nil)
    }

    @Test func agreesWithADictionaryWhileGrowing() {
        // Enough keys to grow the slots many times; every key keeps its id, near misses stay out.
        var index = WordIndex()
        var dictionary: [String: Int] = [:]
        for n in 0..<700 {
            let key = "k\(n * 11)q\(n % 17)"
            dictionary[key] = index.insert(key)
            if n % 97 == 0 { for (k, v) in dictionary { #expect(index.find(k) == v) } }
        }
        #expect(index.count == 700)
        for (key, id) in dictionary { #expect(index.find(key) == id) }
        for n in 0..<700 { #expect(index.find("k\(n * 11 + 1)q\(n % 17)") == nil) }
    }

    @Test func wordsBeyondASCIICompareAsStringsDo() {
        var index = WordIndex()
        let cafe = index.insert("caf\u{E9}")
        let kelvin = index.insert("\u{212A}m")
        // The decomposed spelling is the same String, so the same key.
        #expect(index.insert("cafe\u{301}") == cafe)
        #expect(index.find("cafe\u{301}") == cafe)
        #expect(index.find("cafe") == nil)
        // The Kelvin sign's canonical composition is "K": the ASCII word finds it.
        #expect(index.find("Km") == kelvin)
        #expect(index.find("\u{212A}m") == kelvin)
    }
}

@Suite("Phrase table: longest phrase first, found by its first or last word")
struct PhraseTableIndexTests {
    private func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(text) }

    @Test func longestPhraseWinsAndEqualLengthsKeepListOrder() {
        var table = PhraseTable<Int>()
        table.insert("tide", 1)
        table.insert("tide pool", 2)
        table.insert("tide pool edge", 3)
        table.insert("tide gauge", 4)
        table.insert("Tide Pool", 5) // lower-cased: the same words as entry 2, listed later
        let t = tokens("the tide pool edge and the tide gauge near a tide pool by the tide")
        #expect(table.match(t, at: 1)?.value == 3)
        #expect(table.match(t, at: 1)?.length == 3)
        #expect(table.match(t, at: 6)?.value == 4)
        #expect(table.match(t, at: 10)?.value == 2)
        #expect(table.match(t, at: 14)?.value == 1)
        #expect(table.match(t, at: 0) == nil)
        #expect(table.match(t, endingAt: 11)?.value == 2)
        #expect(table.match(t, endingAt: 3)?.value == 3)
        #expect(table.contains(word: "tide"))
        #expect(!table.contains(word: "pool"))
        #expect(table.value(ofWord: "tide") == 1)
        #expect(Set(table.firstWords) == ["tide"])
    }

    @Test func manyFirstWordsAreAllFound() {
        var table = PhraseTable<Int>()
        for n in 0..<300 { table.insert("w\(n) after", n) }
        for n in 0..<300 {
            let t = tokens("w\(n) after")
            #expect(table.match(t, at: 0)?.value == n)
            #expect(table.match(t, endingAt: 1)?.length == 2)
        }
        #expect(table.match(tokens("w300 after"), at: 0) == nil)
    }
}
