import Testing
@testable import AnnalsCore

@Suite("Word hash: every length read whole, ASCII told exactly")
struct WordHashTests {
    private func hash(_ bytes: [UInt8]) -> (hash: Int, ascii: Bool) {
        bytes.withUnsafeBufferPointer { WordHash.of($0) }
    }

    @Test func aByteBeyondASCIIAnywhereIsSeen() {
        for length in 1...40 {
            let plain = [UInt8](repeating: UInt8(ascii: "q"), count: length)
            #expect(hash(plain).ascii)
            for position in 0..<length {
                var word = plain
                word[position] = 0xC3
                #expect(!hash(word).ascii, "length \(length), byte \(position)")
            }
        }
        #expect(hash([]).ascii)
    }

    @Test func everyByteOfAShortWordCounts() {
        // Up to sixteen bytes the hash reads each byte: changing any one changes the hash here
        // (not promised in general, but a byte left unread would never change it).
        for length in 1...16 {
            let word = (0..<length).map { UInt8(ascii: "a") + UInt8($0) }
            let base = hash(word).hash
            for position in 0..<length {
                var changed = word
                changed[position] = UInt8(ascii: "Z")
                #expect(hash(changed).hash != base, "length \(length), byte \(position)")
            }
        }
    }

    @Test func tablesFindWordsOfEveryLengthAndNoNearMiss() {
        var words: [String] = []
        for length in 1...40 {
            words.append(String((0..<length).map { Character(Unicode.Scalar(UInt8(ascii: "b") + UInt8(($0 * 7 + length) % 24))) }))
        }
        let table = WordTable(pairs: words.enumerated().map { ($0.element, $0.offset) })
        var index = WordIndex()
        for word in words { _ = index.insert(word) }
        for (k, word) in words.enumerated() {
            #expect(table[word] == k)
            #expect(index.find(word) == k)
            #expect(table[word + "x"] == nil)
            #expect(index.find(String(word.dropLast())) == (k > 0 && words[k - 1] == String(word.dropLast()) ? k - 1 : nil))
            var bytes = Array(word.utf8)
            bytes[bytes.count / 2] = UInt8(ascii: "A")
            #expect(table[String(decoding: bytes, as: UTF8.self)] == nil)
        }
    }
}
