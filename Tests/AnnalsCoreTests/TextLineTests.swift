import Testing
@testable import AnnalsCore

@Suite("Text lines: normalised words and their key")
struct TextLineTests {
    private func line(_ text: String) -> TextLine {
        let scalars = Array(text.unicodeScalars)
        return TextLine(scalars, 0, scalars.count)
    }

    @Test func wordsAndKeyAgree() {
        let l = line("  Subscribe now: 3 free stories’ worth, readers' picks — «today»!  ")
        #expect(l.words == ["subscribe", "now", "#", "free", "stories", "worth", "readers", "picks", "today"])
        #expect(l.wordCount == 9)
        #expect(l.wordKey == "subscribe now # free stories worth readers picks today")
        #expect(l.hasQuotation)
        #expect(l.endsLikeSentence)
    }

    @Test func digitsAndLettersSplitAndApostrophesStayInside() {
        let l = line("The 2nd convoy's 45km route o'clock")
        #expect(l.words == ["the", "#", "nd", "convoy's", "#", "km", "route", "o'clock"])
        #expect(l.wordCount == 8)
    }

    @Test func blankAndPunctuationOnlyLinesHaveNoWords() {
        for text in ["", "   ", "— * —", "!!!"] {
            let l = line(text)
            #expect(l.words.isEmpty)
            #expect(l.wordCount == 0)
            #expect(l.wordKey.isEmpty)
        }
    }
}

/// The cleaner matches cue phrases against a line's word bytes (`TextLine.keyBytes`) rather than
/// Strings; the answers must be those of matching the line's words as Strings, including words
/// beyond ASCII, where String equality is canonical equivalence.
@Suite("Text lines: byte matching equals String matching")
struct TextLineByteMatchingTests {
    private func line(_ text: String) -> TextLine {
        let scalars = Array(text.unicodeScalars)
        return TextLine(scalars, 0, scalars.count)
    }

    private let list = CueList(entries: [
        "sign up for our bulletin", "^ donate today", "$ all rights reserved", "= follow us",
        "^ * minutes ago", "support our reporting", "café del mar", "garçon", "o'clock", "한",
    ].map { (key: $0, value: $0) } + [(key: "^ hear more", value: "3")])

    private let lines = [
        "Sign up for our bulletin to hear about the harvest festival.",
        "DONATE TODAY and keep the ferry service running",
        "© 2031 Lakeside Courier. All rights reserved.",
        "Follow us",
        "17 minutes ago",
        "Please support our reporting of the river floods this spring.",
        "The Cafe\u{301} del Mar reopened at nine o’clock after the storm.",
        "A garc\u{327}on brought 3 coffees; the café del mar's terrace was full.",
        "Mixed 5' and 12'' marks, readers' notes and ʼquotes",
        "",
        "— * —",
    ]

    @Test func cueMatchesAgree() {
        for text in lines {
            let l = line(text)
            for anywhere in [true, false] {
                let byBytes = list.matches(l, includeAnywhere: anywhere).map { "\($0.cue.source)@\($0.position)" }
                let byStrings = list.matches(l.words, includeAnywhere: anywhere).map { "\($0.cue.source)@\($0.position)" }
                #expect(byBytes == byStrings, "\(text)")
            }
        }
        // Hangul written as jamo is canonically equal to its composed syllables, byte-different.
        let jamo = line("Read \u{1112}\u{1161}\u{11AB} news")
        #expect(jamo.keyBytes != Array("read 한 news".utf8))
        #expect(list.matches(jamo).map(\.cue.source) == ["한"])
        #expect(list.matches(line("o’clock, café del mar")).map(\.cue.source) == ["o'clock", "café del mar"])
    }

    @Test func vocabularyBitsAgree() {
        let rules = BoilerplateRules.english
        let vocabulary = LineVocabulary(rules)
        for text in lines + ["Subscribe now and read without limits", "“We will rebuild,” the mayor told reporters."] {
            let l = line(text)
            #expect(vocabulary.bits(of: l) == vocabulary.bits(of: l.words), "\(text)")
        }
    }

    @Test func wordsComeFromTheKey() {
        let l = line("Mixed 5' and 12'' marks")
        // An apostrophe after digits starts a word of its own, and one trailing apostrophe is
        // dropped: "5'" gives an empty word, "12''" the word "'".
        #expect(l.words == ["mixed", "#", "", "and", "#", "'", "marks"])
        #expect(l.wordKey == l.words.joined(separator: " "))
        #expect((0..<l.wordCount).map(l.word) == l.words)
    }

    /// The words as the cleaner made them before they were held as bytes: one String per word,
    /// gathered scalar by scalar (the rules of `TextLine`'s documentation).
    private static func referenceWords(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        var inWord = false, inDigits = false
        func flush() {
            if inWord {
                if word.last == "'" { word.removeLast() }
                words.append(String(word))
                word = String.UnicodeScalarView()
                inWord = false
            }
            inDigits = false
        }
        for original in text.unicodeScalars {
            var s = original
            if s == "’" || s == "‘" || s == "ʼ" { s = "'" }
            if ScalarClass.isDigit(s) {
                if !inDigits { flush(); inWord = true; word.append("#"); inDigits = true }
            } else if ScalarClass.isLetter(s) || (s == "'" && inWord) {
                if inDigits { flush() }
                inWord = true
                word.append(ScalarClass.lowercased(s))
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    @Test func wordsEqualTheScalarByScalarReading() {
        var texts = ["Mixed 5' and 12'' marks", "O’Brien's 3rd-floor flat, 1990s—«Zürich» ДОМ İstanbul ǅemal",
                     "'quoted' 'n' rock''n''roll 7'8\" x'", "\u{212A}elvin ΣΟΦΊΑ straße ﬁne", "   ", ""]
        // Random mixes of letters, digits, apostrophes and separators, ASCII and beyond.
        let alphabet: [Unicode.Scalar] = ["a", "Z", "k", "7", "0", "'", "’", "ʼ", " ", "-", ".", "\"", "é", "Ü", "ß", "中", "\u{301}", "١", "\t"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var view = String.UnicodeScalarView()
            for _ in 0..<24 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                view.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            texts.append(String(view))
        }
        for text in texts {
            let l = line(text)
            #expect(l.words == Self.referenceWords(text), "\(text.unicodeScalars.map(\.value))")
            #expect(l.keyIsASCII == l.keyBytes.allSatisfy { $0 < 0x80 })
        }
    }

    @Test func creditFoundInTheLineAsInItsLowerCasedCopy() {
        let credits = CreditMarkers(entries: [("photo:", "photo:"), ("~ via getty images", "~ via getty images")])
        for text in ["  Rescuers search the rubble. PHOTO: Ana Ruiz  ", "Flood waters rise. Lena Ortiz/AFP Via Getty Images",
                     "Nothing to credit here", "Ü photo: Ü"] {
            let scalars = Array(text.unicodeScalars)
            let l = TextLine(scalars, 0, scalars.count)
            let lowered = scalars[l.start..<l.end].map(ScalarClass.lowercased)
            let inLine = credits.find(in: scalars, l.start..<l.end)
            let inCopy = credits.find(in: Array(lowered))
            #expect(inLine?.creditStart == inCopy?.creditStart, "\(text)")
            #expect(inLine?.marker == inCopy?.marker)
        }
    }
}

/// `WordFilter` may let any word through but must never turn away a listed word.
@Suite("Word filter: never turns away a listed word")
struct WordFilterTests {
    @Test func listedWordsPassAndOthersMostlyDoNot() {
        let listed = ["you", "your", "subscribe", "newsletter", "a", "donate", "café", "cafe\u{301}s", "x'", "verylongwordbeyondthirtyonebytes-and-more"]
        let filter = WordFilter(listed)
        for word in listed + ["cafés"] {
            let bytes = Array(word.utf8)
            #expect(filter.mayContain(first: bytes[0], count: bytes.count, ascii: !bytes.contains { $0 >= 0x80 }), "\(word)")
        }
        // Lines' words: a listed word passes; words sharing no length and first byte with one do not.
        let l = TextLine(Array("Subscribe to our newsletter, you donate".unicodeScalars), 0, 39)
        #expect((0..<l.wordCount).filter { l.passes(filter, $0) }.map(l.word) == ["subscribe", "newsletter", "you", "donate"])
        let long = Array("verylongwordbeyondthirtyonebytes-and-morestill".utf8)
        #expect(filter.mayContain(first: long[0], count: long.count, ascii: true))
    }
}

@Suite("Text lines: line breaks")
struct TextLineBreakTests {
    @Test func lfCrlfAndLoneCrEndLines() {
        let text = "Lead\r\n  Second line \rThird\n\nLast"
        let scalars = Array(text.unicodeScalars)
        let lines = TextLine.lines(of: scalars, from: 0)
        #expect(lines.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == ["Lead", "Second line", "Third", "", "Last"])
        #expect(lines.map(\.isBlank) == [false, false, false, true, false])
        // From an offset inside the text (a body after front matter), and a text ending in a break.
        let tail = TextLine.lines(of: Array("x: 1\nBody text\n".unicodeScalars), from: 5)
        #expect(tail.map(\.start) == [5, 15])
        #expect(tail.map(\.words) == [["body", "text"], []])
    }
}

/// A single space between two words of letters takes a shortcut in `TextLine`'s scan; a tab is
/// the same separator through the general steps. The words and key must not differ.
@Suite("Text lines: the space shortcut equals the general separator")
struct TextLineSpaceShortcutTests {
    private func line(_ text: String) -> TextLine {
        let scalars = Array(text.unicodeScalars)
        return TextLine(scalars, 0, scalars.count)
    }

    @Test func spacesAndTabsGiveTheSameWords() {
        let texts = [
            "Readers' picks and rock' n roll: O'Neill said 40 people fled",
            "the  double  spaced line with trailing apostrophes' here",
            "Über alles ĳssel über Ünye 3rd 45km X-ray e-mail",
            "a b c d e f g' h'' i",
            "Subscribe now to read 3 stories’ worth of news, «today»!",
            "word",
            "end ",
            " start",
            "ABC DEF ghi JKL'S mno",
        ]
        for text in texts {
            let spaced = line(text)
            let tabbed = line(String(text.map { $0 == " " ? "\t" : $0 }))
            #expect(spaced.words == tabbed.words, "\(text)")
            #expect(spaced.keyBytes == tabbed.keyBytes, "\(text)")
            #expect(spaced.keyIsASCII == tabbed.keyIsASCII)
        }
        #expect(line("Readers' picks and rock' n roll").words == ["readers", "picks", "and", "rock", "n", "roll"])
        #expect(line("g'' h").words == ["g'", "h"])
    }
}
