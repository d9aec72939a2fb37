import Testing
@testable import AnnalsCore

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    func texts(_ text: String) -> [String] {
        let sentences = SentenceSplitter.shared.split(text)
        for (k, s) in sentences.enumerated() {
            #expect(s.index == k)
            #expect(scalarSlice(text, s.start..<s.end) == s.text)
        }
        return sentences.map(\.text)
    }

    @Test func splitsOnTerminatorsBeforeCapitalsDigitsAndQuotes() {
        #expect(texts("The fire spread fast. Crews arrived at noon! Was anyone hurt? 12 people were.") ==
                ["The fire spread fast.", "Crews arrived at noon!", "Was anyone hurt?", "12 people were."])
        #expect(texts("It ended. “We are safe,” she said.") == ["It ended.", "“We are safe,” she said."])
    }

    @Test func abbreviationsAndInitialsDoNotSplit() {
        #expect(texts("Dr. Amara Osei met Gen. Tomas Riva on Jan. 4 in St. Louis. The talks failed.") ==
                ["Dr. Amara Osei met Gen. Tomas Riva on Jan. 4 in St. Louis.", "The talks failed."])
        #expect(texts("The U.N. Security Council and the U.S. State Department met. J. R. Halvorsen spoke first.") ==
                ["The U.N. Security Council and the U.S. State Department met.", "J. R. Halvorsen spoke first."])
        #expect(texts("Resolution No. 2401 passed. He said no. Then he left.") ==
                ["Resolution No. 2401 passed.", "He said no.", "Then he left."])
    }

    @Test func decimalsAndNumbersStayWhole() {
        #expect(texts("Inflation reached 4.5 percent in 2019. Prices rose 1.2 times.") ==
                ["Inflation reached 4.5 percent in 2019.", "Prices rose 1.2 times."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(texts("He said: “The road is closed.” Police agreed.") ==
                ["He said: “The road is closed.”", "Police agreed."])
        #expect(texts("\"Nobody left the building.\" The guard nodded.") ==
                ["\"Nobody left the building.\"", "The guard nodded."])
    }

    @Test func ellipsisInsideAQuoteDoesNotSplit() {
        #expect(texts("“We waited… Then the water came,” a farmer said. Rescue boats followed.") ==
                ["“We waited… Then the water came,” a farmer said.", "Rescue boats followed."])
        #expect(texts("Nobody knew what came next... The village was empty.") ==
                ["Nobody knew what came next...", "The village was empty."])
    }

    @Test func questionInsideQuoteFollowedByLowercaseDoesNotSplit() {
        #expect(texts("“Where are the children?” she asked the officers.") ==
                ["“Where are the children?” she asked the officers."])
    }

    @Test func lineBreaksAreBoundariesAndWhitespaceIsTrimmed() {
        #expect(texts("Headline without a period\n\n  First paragraph ends here  \nsecond line starts lower") ==
                ["Headline without a period", "First paragraph ends here", "second line starts lower"])
    }

    @Test func onlyKeptRangesAreSplitWithFileOffsets() {
        let text = "Café owner Zoë Ng said 3 were hurt. Share\nYou have read 2 articles.\nÉmile Roux, 41, was among them."
        let scalars = Array(text.unicodeScalars)
        let firstLineEnd = scalars.firstIndex(of: "\n")!
        let lastLineStart = scalars.lastIndex(of: "\n")! + 1
        let sentences = SentenceSplitter.shared.split(text, kept: [lastLineStart..<scalars.count, 0..<firstLineEnd])
        #expect(sentences.map(\.text) == ["Café owner Zoë Ng said 3 were hurt.", "Share", "Émile Roux, 41, was among them."])
        #expect(sentences.map(\.index) == [0, 1, 2])
        for s in sentences { #expect(scalarSlice(text, s.start..<s.end) == s.text) }
        #expect(sentences[2].start == lastLineStart)
    }

    @Test func dottedFormsAndCompanyNamesCanEndASentenceBeforeAnOpener() {
        #expect(texts("The convoy left at 6 p.m. The first trucks arrived at 9 p.m. local time.") ==
                ["The convoy left at 6 p.m.", "The first trucks arrived at 9 p.m. local time."])
        #expect(texts("Aid came from the U.S. Officials said more would follow. The U.S. Navy sent two ships.") ==
                ["Aid came from the U.S.", "Officials said more would follow.", "The U.S. Navy sent two ships."])
        #expect(texts("The mine belongs to Ridge Coal Inc. The company declined to comment. Ridge Coal Inc. Chairman Li spoke.") ==
                ["The mine belongs to Ridge Coal Inc.", "The company declined to comment.", "Ridge Coal Inc. Chairman Li spoke."])
        #expect(texts("Mr. The is a rare surname.") == ["Mr. The is a rare surname."])
    }
}

@Suite("Sentence length cap")
struct SentenceLengthCapTests {
    @Test("A run without stops is cut at whitespace into pieces no longer than the cap, offsets exact")
    func longRunIsCut() {
        let text = String(repeating: "word ", count: 1_000) + String(repeating: "!", count: 3_000)
        var splitter = SentenceSplitter.shared
        splitter.maximumLength = 500
        let sentences = splitter.split(text)
        let scalars = Array(text.unicodeScalars)
        // 5,000 scalars of words give ten pieces; the run of marks holds no word and gives none.
        #expect(sentences.count == 10)
        for s in sentences {
            #expect(s.end - s.start <= 500)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[s.start..<s.end])
            #expect(String(view) == s.text)
        }
    }
}

@Suite("Sentence texts copied from the file's bytes")
struct SentenceBytesTests {
    /// `split(_:text:kept:)` copies each sentence's bytes (a cursor from scalar to byte offsets);
    /// `split(_:kept:)` encodes the scalars: the sentences must be the same, beyond ASCII too.
    @Test func copiedTextsEqualEncodedTexts() {
        let text = "Flooding hit Çanakkale — 14 homes lost.\r\nAid arrived “within hours”, the mayor said. "
            + "Rescuers 🚁 lifted 3 people. Later, ﬁve more.\n\nThe rain stopped at 6 p.m. Nobody else was hurt…"
        let scalars = ScalarText.scalars(of: text)
        let keptSets: [[Range<Int>]] = [[0..<scalars.count], [0..<20, 45..<scalars.count], [60..<90, 10..<30], [], [5..<5]]
        for kept in keptSets {
            let encoded = SentenceSplitter.shared.split(scalars, kept: kept)
            let copied = SentenceSplitter.shared.split(scalars, text: text, kept: kept)
            #expect(copied == encoded)
        }
        #expect(SentenceSplitter.shared.split(scalars, text: text, kept: [0..<scalars.count]).count >= 5)
    }

    @Test func cursorSlicesMatchScalarSlicesInAnyOrder() {
        let text = "a é 中 😀 \u{301}z end"
        let scalars = ScalarText.scalars(of: text)
        var copy = text
        copy.withUTF8 { bytes in
            var cursor = UTF8Cursor(bytes: bytes)
            // Forward, then backward (the cursor starts again), then beyond the end (clamped).
            let pairs = [(0, 3), (2, 6), (5, 9), (1, 4), (0, scalars.count), (7, scalars.count + 3), (-2, 2), (4, 2)]
            for (a, b) in pairs {
                #expect(cursor.slice(a, b) == ScalarText.sliceOf(scalars, a, b))
            }
        }
    }
}
