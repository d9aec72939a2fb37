import Testing
@testable import AnnalsCore

/// The cleaner's shortcuts give the answers of the plain rules: repeated lines found by bytes
/// where that is exact and by Strings where canonical equivalence can decide, unanchored cues
/// tried only at the words the vocabulary found, credit markers found past letters quickly.
@Suite("Boilerplate shortcuts: same answers as the plain rules")
struct BoilerplateShortcutTests {
    private func line(_ text: String) -> TextLine {
        let scalars = Array(text.unicodeScalars)
        return TextLine(scalars, 0, scalars.count)
    }

    /// The reference: a set of the keys as Strings.
    private func repeats(_ texts: [String]) -> [Bool] {
        var set = LineKeySet()
        return texts.map { !set.insert(line($0)) }
    }

    private func referenceRepeats(_ texts: [String]) -> [Bool] {
        var set = Set<String>()
        return texts.map { !set.insert(line($0).wordKey).inserted }
    }

    @Test func repeatedLinesAsWithStrings() {
        let texts = [
            "Ferry to Vågø cancelled again",
            "Ferry to VÅGØ cancelled again!",
            "Ferry to Vago cancelled again",
            "Crowds in Thessaloniki, 12 arrests",
            "Crowds in Thessaloniki, 99 arrests",
            "Θεσσαλονίκη: crowds and arrests",
            "θεσσαλονίκη crowds, and arrests",
            "Ferry to Vågø cancelled again",
            String(repeating: "longer line of many words ", count: 9),
            String(repeating: "longer line of many words ", count: 9) + "end",
            String(repeating: "longer line of many words ", count: 9),
        ]
        #expect(repeats(texts) == referenceRepeats(texts))
        #expect(repeats(texts) == [false, true, false, false, true, false, true, true, false, false, true])
    }

    @Test func aKeyBeyondU0300EqualToALatinKeyIsARepeat() {
        // U+0374 GREEK NUMERAL SIGN is canonically U+02B9 MODIFIER LETTER PRIME: different bytes,
        // equal Strings. Either order, the second line repeats the first.
        let low = "Station x\u{02B9}y reopened today"
        let high = "Station x\u{0374}y reopened today"
        #expect(line(low).keyBytes != line(high).keyBytes)
        #expect(repeats([low, high]) == [false, true])
        #expect(repeats([high, low]) == [false, true])
        #expect(repeats([low, "Other words entirely here", high, low]) == referenceRepeats([low, "Other words entirely here", high, low]))
    }

    @Test func theHashTellsLatinFromBeyond() {
        for (text, below) in [("plain words", true), ("año nuevo", true), ("ǆ ȝ ʼn", true), ("café\u{301}", false), ("ωμέγα", false)] {
            #expect(LineKeySet.hash(Array(text.utf8)).belowU0300 == below, "\(text)")
        }
        // Every length, a byte from 0xCC on anywhere is seen.
        for length in 1...30 {
            for position in 0..<length {
                var bytes = [UInt8](repeating: UInt8(ascii: "k"), count: length)
                bytes[position] = 0xCE
                #expect(!LineKeySet.hash(bytes).belowU0300)
                bytes[position] = 0xC3
                #expect(LineKeySet.hash(bytes).belowU0300)
            }
        }
    }

    @Test func cuesAtTheVocabularysWordsOnly() {
        let rules = BoilerplateRules.english
        let vocabulary = LineVocabulary(rules)
        let lists: [(CueList, LineVocabulary.Lists)] = [
            (rules.captions, .captions), (rules.paywall, .paywall), (rules.registration, .registration),
            (rules.newsletter, .newsletter), (rules.navigation, .navigation), (rules.bylines, .bylines),
            (rules.donation, .donation), (rules.appealMarkers, .appealMarkers),
        ]
        let texts = [
            "Subscribe now and read without limits",
            "Please support our journalism with a gift today, readers",
            "Sign up for the morning newsletter to get the harvest report",
            "The council voted to support the new bridge and register the boats.",
            "Photo: Lena Ortiz / Valley Gazette",
            "Donate today. Your support keeps our reporting free for everyone.",
            "“We will rebuild,” the mayor told reporters on the pier.",
            "",
            "Ça suffit: abonnez-vous, créez un compte",
        ]
        for text in texts {
            let l = line(text)
            var hits: [LineVocabulary.Hit] = []
            let bits = vocabulary.bits(of: l, hits: &hits)
            #expect(bits == vocabulary.bits(of: l))
            #expect(hits.map(\.position) == hits.map(\.position).sorted())
            for (list, bit) in lists {
                for anywhere in [true, false] {
                    let all = list.matches(l, includeAnywhere: anywhere).map { "\($0.cue.source)@\($0.position)" }
                    let some = list.matches(l, includeAnywhere: anywhere, hits: hits, bit: bit).map { "\($0.cue.source)@\($0.position)" }
                    #expect(all == some, "\(text)")
                }
            }
        }
    }

    @Test func creditsFoundPastLongWords() {
        let markers = CreditMarkers(entries: [(key: "photo:", value: "photo:"), (key: "~ /wire", value: "~ /wire")])
        let texts = [
            "Firefighters extinguishing the warehouse blaze. Photo: Mara Lindqvist",
            "Firefighters extinguishing the warehouse blaze. PHOTO: Mara Lindqvist",
            "Notaphoto: this word holds the marker inside it",
            "Harbourmasters gathered at dawn. Kei Tanaka/WIRE",
            "Ünïcödé wörds before. Photo: Ådne Brekke",
            "no credit here at all in this line of text",
        ]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let lowered = scalars.map(ScalarClass.lowercased)
            let onLine = markers.find(in: scalars, 0..<scalars.count).map { "\($0.creditStart) \($0.marker.text)" }
            let onCopy = markers.find(in: lowered).map { "\($0.creditStart) \($0.marker.text)" }
            #expect(onLine == onCopy, "\(text)")
        }
        #expect(markers.find(in: Array("Notaphoto: this word".unicodeScalars), 0..<20) == nil)
        #expect(markers.find(in: Array("Blaze at dawn. Photo: Mara".unicodeScalars), 0..<26)?.creditStart == 15)
    }

    @Test func linesSharingOneBufferEqualLinesMadeAlone() {
        // Greek and Cyrillic take two key bytes a letter: the shared buffer grows on the way.
        let greek = String(repeating: "Ωραίο λιμάνι, πολλά καράβια. ", count: 40)
        let text = "First line: 12 ferries.\r\n\n  Δεύτερη γραμμή  \r" + greek + "\nПоследняя строка’s end\n\nend"
        let scalars = Array(text.unicodeScalars)
        let lines = TextLine.lines(of: scalars)
        var lineStart = 0
        var alone: [TextLine] = []
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" || scalars[i] == "\r" {
                alone.append(TextLine(scalars, lineStart, i))
                if i < scalars.count && scalars[i] == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        #expect(lines.count == alone.count)
        for (a, b) in zip(lines, alone) {
            #expect(a == b)
            #expect(a.hashValue == b.hashValue)
            #expect(a.words == b.words && a.keyBytes == b.keyBytes && a.wordKey == b.wordKey)
            #expect(a.start == b.start && a.end == b.end && a.keyIsASCII == b.keyIsASCII)
            #expect(a.endsLikeSentence == b.endsLikeSentence && a.hasQuotation == b.hasQuotation)
            for k in 0..<a.wordCount { #expect(a.wordRange(k) == b.wordRange(k)) }
        }
        #expect(lines[0].words == ["first", "line", "#", "ferries"])
        #expect(lines[0] != lines[1])
    }

    @Test func lastByteFilterNeverTurnsAwayAListedWord() {
        let listed = ["said", "told", "you", "your", "subscribe", "garçon", "Ｋelvin", "\u{212A}m", "a", "supercalifragilisticexpialidocious"]
        let filter = WordFilter(listed)
        func passes(_ word: String) -> Bool {
            let bytes = Array(word.utf8)
            return filter.mayContain(first: bytes[0], last: bytes[bytes.count - 1], count: bytes.count,
                                     ascii: bytes.allSatisfy { $0 < 0x80 })
        }
        for word in listed { #expect(passes(word), "\(word)") }
        // The Kelvin sign's canonical form is ASCII "Km": entered too.
        #expect(passes("Km"))
        // Same first byte and length as a listed word, another last byte: turned away.
        #expect(!passes("some") && !passes("tolt") && !passes("yoy"))
        // Beyond ASCII: always passes (the table decides).
        #expect(passes("sàid") && passes("garcon") == false)
        // Every ASCII word the filter turns away is unlisted.
        let letters = Array("adeilnorstuy".utf8)
        for a in letters { for b in letters { for c in letters {
            let word = String(decoding: [a, b, c], as: UTF8.self)
            if !passes(word) { #expect(!listed.contains(word)) }
            if !passes(word + "d") { #expect(!listed.contains(word + "d")) }
        } } }
    }

    @Test func titleComparedAsCueWordsWere() {
        let titles: [String?] = [nil, "", "Ferry Service Resumes After Storm", "Café reopens in Vågø", "Cafe\u{301} reopens in Vågø",
                                 "Five * stars", "ΩΜΕΓΑ harbour reopens", "Station x\u{0374}y reopens"]
        let lines = ["Ferry service resumes after storm", "FERRY SERVICE RESUMES AFTER STORM!", "Ferry service resumes after the storm",
                     "Café reopens in Vågø", "Cafe\u{301} reopens in Va\u{30A}gø", "Five big stars", "Five * stars",
                     "ωμεγα harbour reopens", "Station x\u{02B9}y reopens", "", "Ferry"]
        for title in titles {
            // The comparison the cleaner made before: the title's normalised words as CueWords.
            let words = (title.map(CueList.normalise) ?? []).map(CueWord.init)
            let titleLine = TitleLine(title)
            for text in lines {
                let l = line(text)
                let before = !words.isEmpty && l.wordCount == words.count && words.indices.allSatisfy { l.wordEquals($0, words[$0]) }
                #expect(titleLine.matches(l) == before, "\(title ?? "nil") / \(text)")
            }
        }
        #expect(TitleLine("Ferry Service Resumes After Storm").matches(line("Ferry service resumes after storm")))
        #expect(TitleLine("Station x\u{0374}y reopens").matches(line("Station x\u{02B9}y reopens")))
        #expect(!TitleLine(nil).matches(line("Ferry")))
    }
}

