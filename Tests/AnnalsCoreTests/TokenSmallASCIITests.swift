import Testing
@testable import AnnalsCore

/// `SmallASCII` makes and reads short ASCII strings as two words; everything made that way must
/// be the String the standard library makes, bit for bit, and the tokenizer's and the time
/// gates' fast paths must give what their String paths give.
@Suite struct TokenSmallASCIITests {
    /// Bytes that sit on the edges of the ASCII letter ranges, plus the ones the gates look for.
    private static let alphabet: [UInt8] = Array("aAzZ@[`{-'s09 .,Xq".utf8) + [0x01, 0x7F, 0x40, 0x5B, 0x60, 0x7B, 0x41, 0x5A, 0x61, 0x7A]

    private static func bits(_ s: String) -> [UInt64] {
        let (a, b) = unsafeBitCast(s, to: (UInt64, UInt64).self)
        return [a, b]
    }

    @Test func madeStringsAreTheStandardLibrarys() {
        guard SmallASCII.isAvailable else { return }
        var generator = SplitMix(seed: 0x5eed)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 16)
            let bytes = (0..<count).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }
            let reference = String(decoding: bytes, as: UTF8.self)
            let padded = bytes + Array(repeating: UInt8(ascii: "Q"), count: 16)
            let words = padded.withUnsafeBufferPointer { SmallASCII.load($0.baseAddress!, count: count) }
            let made = SmallASCII.string(words, count: count)
            #expect(made == reference)
            #expect(Self.bits(made) == Self.bits(reference))
            let lowerReference = String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
            let lower = SmallASCII.string((SmallASCII.lowered(words.low), SmallASCII.lowered(words.high)), count: count)
            #expect(lower == lowerReference)
            #expect(Self.bits(lower) == Self.bits(lowerReference))
            let hasUpper = SmallASCII.upperCaseBits(words.low) | SmallASCII.upperCaseBits(words.high) != 0
            #expect(hasUpper == (lowerReference != reference))
            let hyphen = SmallASCII.bytesEqual(words.low, UInt8(ascii: "-")) | SmallASCII.bytesEqual(words.high, UInt8(ascii: "-")) != 0
            #expect(hyphen == bytes.contains(UInt8(ascii: "-")))
            let read = SmallASCII.words(of: reference, available: true)
            #expect(read?.count == count)
            #expect(read.map { [$0.words.low, $0.words.high] } == [words.low, words.high])
        }
    }

    @Test func letterOrDigitRunCountsLeadingWordBytes() {
        var generator = SplitMix(seed: 0xfeed)
        let pool = Self.alphabet + [0x80, 0xC3, 0xA9, 0xFF, 0x00, 0x2F, 0x3A]
        for _ in 0..<5000 {
            let bytes = (0..<8).map { _ in generator.next() % 3 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : pool[Int(generator.next() % UInt64(pool.count))] }
            var x: UInt64 = 0
            for (k, b) in bytes.enumerated() { x |= UInt64(b) << (8 * UInt64(k)) }
            let expected = bytes.prefix { ($0 | 0x20) &- 0x61 < 26 || $0 &- 0x30 < 10 }.count
            #expect(SmallASCII.letterOrDigitRun(x) == expected, "\(bytes)")
        }
    }

    @Test func longOrNonASCIIStringsAreNotRead() {
        guard SmallASCII.isAvailable else { return }
        #expect(SmallASCII.words(of: "sixteen-byte-run", available: true) == nil)
        #expect(SmallASCII.words(of: "café", available: true) == nil)
        #expect(SmallASCII.words(of: "cafe", available: false) == nil)
        #expect(SmallASCII.words(of: "cafe", available: true)?.count == 4)
    }

    @Test func tokensMatchTheStringPath() {
        let sentences = [
            "The Riverton ferry sank on Tuesday; 37 passengers were rescued by the COASTGUARD.",
            "Officials in Port-Aubert said the storm's toll reached forty-one, the mayor’s office eighty.",
            "Ends with a long word: internationalization",
            "Short: x",
            "ÉCOLE Zürich and naïve MIXEDcase Abcdefghijklmno Abcdefghijklmnop",
            "1990s 25th 10:30 3,400 O'Neill's",
        ]
        for sentence in sentences {
            for token in Tokenizer.tokenize(sentence, offset: 7) {
                let reference = Token(text: token.text, kind: token.kind, start: token.start, end: token.end)
                #expect(token.lower == reference.lower)
                #expect(token.lower == token.text.lowercased())
                #expect(Self.bits(token.lower) == Self.bits(reference.lower) || token.lower.utf8.count > 15)
            }
        }
    }

    @Test func gatesReadPossessivesAndHyphensFromWords() {
        let lexicon = TemporalTagger.shared.lexicon
        let text = "By the decade's end, mid-March's thaw and the week’s events in a two-year-old's case, the council's vote: x's a-b"
        let tokens = Tokenizer.tokenize(text)
        var gates: [TimexTokenGate] = []
        _ = TimexScanner.gates(tokens, lex: lexicon, into: &gates)
        #expect(gates.count == tokens.count)
        for (token, gate) in zip(tokens, gates) {
            let bare = TimexScanner.bareForm(token.lower)
            #expect(gate.isPossessive == (bare.utf8.count < token.lower.utf8.count), "\(token.text)")
            #expect(gate.isHyphenatedWord == (token.kind == .word && token.lower.utf8.contains(UInt8(ascii: "-"))), "\(token.text)")
        }
        let possessives = zip(tokens, gates).filter { $0.1.isPossessive }.map(\.0.text)
        #expect(possessives == ["decade's", "mid-March's", "week’s", "two-year-old's", "council's", "x's"])
    }
}

/// A small deterministic generator for the random strings above.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
