import Testing
@testable import AnnalsCore

/// The event stage's fast paths give exactly the answers of the plain forms they replace.
@Suite("Event helpers")
struct EventHelpersTests {
    /// Quote spans found scalar by scalar: the plain reading the byte scan must agree with.
    func plainQuoteSpans(_ sentences: [Sentence]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var openedAt: Int?
        for sentence in sentences {
            for (k, s) in sentence.text.unicodeScalars.enumerated() {
                let offset = sentence.start + k
                if s == "\"" {
                    if let o = openedAt { spans.append(o..<(offset + 1)); openedAt = nil } else { openedAt = offset }
                } else if s == "\u{201C}" {
                    openedAt = offset
                } else if s == "\u{201D}", let o = openedAt {
                    spans.append(o..<(offset + 1)); openedAt = nil
                }
            }
        }
        return spans
    }

    @Test("Quote spans over long plain runs, accented words and a quote across sentences")
    func quoteSpansMatchScalarReading() {
        let texts = [
            "The ministry of the interior stated that \"the convoy was stopped near the bridge at dawn\" and left.",
            "Ça va: the café owner in Mérida said “nobody expected the river to rise so fast” on Tuesday.",
            "A spokesman added \"we will rebuild.",
            "Every house on the street\" will be inspected, the mayor of Zürich promised “soon”.",
            "No quotation marks at all in this rather long sentence about the harbour authority's report.",
        ]
        var sentences: [Sentence] = []
        var start = 7
        for (i, text) in texts.enumerated() {
            sentences.append(Sentence(index: i, start: start, end: start + text.unicodeScalars.count, text: text))
            start += text.unicodeScalars.count + 1
        }
        let found = QuotedSpans.find(in: sentences)
        #expect(found == plainQuoteSpans(sentences))
        #expect(found.count == 4)
    }

    @Test("endsWith agrees with hasSuffix, accented and short words included")
    func endsWithAgreesWithHasSuffix() {
        for word in ["raided", "ed", "d", "", "shelled", "Oslo's", "Oslo’s", "Oslo", "s", "naïveed", "café'é", "édd"] {
            #expect(word.endsWith("ed") == word.hasSuffix("ed"))
            #expect(word.endsWith("'s") == word.hasSuffix("'s"))
            #expect(word.endsWith("’s") == word.hasSuffix("’s"))
        }
    }

    @Test("startsUpperCase agrees with isCapitalized")
    func startsUpperCaseAgrees() {
        for text in ["Tirana", "tirana", "Élan", "élan", "Ωmega", "ωmega", "42", "-", "Z", "a"] {
            let token = Token(text: text, kind: .word, start: 0, end: text.unicodeScalars.count)
            #expect(token.startsUpperCase == token.isCapitalized)
        }
    }

    @Test("A token mask holds what was entered and nothing outside the sentence")
    func tokenMask() {
        var mask = TokenMask(count: 4)
        mask.insert(1)
        mask.insert(9)
        #expect(mask.contains(1))
        #expect(!mask.contains(0) && !mask.contains(9) && !mask.contains(-1) && !mask.contains(4))
        let other = TokenMask(count: 4, [3])
        let both = mask.union(other)
        #expect(both.contains(1) && both.contains(3) && !both.contains(2))
    }

    @Test("The trigger filter never rules out a listed first word")
    func triggerFilterKeepsListedWords() {
        let lexicon = EventLexicon.shared
        for first in lexicon.triggers.keys {
            #expect(lexicon.words.startsTrigger(first))
        }
        for word in ["the", "harbour", "tuesday", "quickly", "", "zzzz"] where lexicon.triggers[word] == nil {
            #expect(!lexicon.words.startsTrigger(word))
        }
    }
}

@Suite("Event helpers: masks and per-type maps")
struct EventMaskAndMapTests {
    @Test("A token mask of a long sentence keeps indices beyond 64 apart")
    func longTokenMask() {
        var mask = TokenMask(count: 150)
        for i in [0, 63, 64, 65, 127, 128, 149] { mask.insert(i) }
        mask.insert(150)
        for i in -1...151 {
            #expect(mask.contains(i) == [0, 63, 64, 65, 127, 128, 149].contains(i))
        }
        let other = TokenMask(count: 150, [1, 70, 140])
        let both = mask.union(other)
        #expect(both.contains(1) && both.contains(70) && both.contains(140) && both.contains(149) && !both.contains(2))
        // A shorter mask's union takes only what lies inside the longer mask's sentence, and back.
        let short = TokenMask(count: 10, [3, 9])
        #expect(mask.union(short).contains(3) && mask.union(short).contains(9))
        let shortUnion = short.union(mask)
        #expect(shortUnion.contains(0) && shortUnion.contains(3) && !shortUnion.contains(63) && !shortUnion.contains(64))
    }

    @Test("A per-type map answers as a dictionary does")
    func eventTypeMap() {
        var map = EventTypeMap<[String]>()
        var dictionary: [EventType: [String]] = [:]
        let steps: [(EventType, String)] = [(.war, "a"), (.attack, "b"), (.war, "c"), (.other, "d"), (.commemoration, "e")]
        for (type, value) in steps {
            map[type, default: []].append(value)
            dictionary[type, default: []].append(value)
        }
        map[.attack] = nil
        dictionary[.attack] = nil
        for type in EventType.allCases {
            #expect(map[type] == dictionary[type])
            #expect(map[type, default: ["none"]] == dictionary[type, default: ["none"]])
        }
    }
}
