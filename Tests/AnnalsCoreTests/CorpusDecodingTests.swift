import Foundation
import Testing
@testable import AnnalsCore

@Suite("Corpus decoding: encodings, binary and empty files")
struct CorpusDecodingTests {
    @Test func utf8ByteOrderMarkIsDroppedAndOffsetsCountTheRest() throws {
        let dir = try TemporaryCorpus()
        try dir.write("bom.txt", Data([0xEF, 0xBB, 0xBF]) + Data("Café fire: 4 dead.".utf8))
        let corpus = try CorpusLoader().load(directory: dir.url)
        let article = try #require(corpus.articles.first)
        #expect(article.text == "Café fire: 4 dead.")
        #expect(article.text.unicodeScalars.first == "C")
        #expect(corpus.warnings.isEmpty)
    }

    @Test func utf16WithByteOrderMarkBothEndiannesses() throws {
        let dir = try TemporaryCorpus()
        let text = "Łódź tram crash “injures 9” — officials."
        var little = Data([0xFF, 0xFE]), big = Data([0xFE, 0xFF])
        for unit in text.utf16 {
            little.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
            big.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
        }
        try dir.write("le.txt", little)
        try dir.write("be.txt", big)
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.text) == [text, text])
        #expect(corpus.warnings.isEmpty)
    }

    @Test func latin1BytesAreReadAsWindows1252WithAWarning() throws {
        let dir = try TemporaryCorpus()
        // "Le pr\u{e9}fet a dit" with 0xE9 for é, and 0x93/0x94 curly quotes from Windows-1252.
        let bytes = Data("Le pr".utf8) + Data([0xE9]) + Data("fet a dit ".utf8) + Data([0x93]) + Data("non".utf8) + Data([0x94])
        try dir.write("fr.txt", bytes)
        let corpus = try CorpusLoader().load(directory: dir.url)
        let article = try #require(corpus.articles.first)
        #expect(article.text == "Le préfet a dit “non”")
        #expect(corpus.warnings.count == 1)
        #expect(corpus.warnings[0].message.contains("offset 5"))
    }

    @Test func binaryFileIsSkippedNamingTheByteOffset() throws {
        let dir = try TemporaryCorpus()
        try dir.write("good.txt", "Fine text.")
        try dir.write("image.txt", Data([0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x00, 0x01]))
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["good.txt"])
        let warning = try #require(corpus.warnings.first)
        #expect(warning.file == "image.txt")
        #expect(warning.message.contains("byte offset 5"))
        let error = try #require(throws: CorpusError.self) { try CorpusLoader(strict: true).load(directory: dir.url) }
        #expect(error.file == "image.txt")
    }

    @Test func emptyFileIsSkippedWithAWarning() throws {
        let dir = try TemporaryCorpus()
        try dir.write("empty.txt", "")
        try dir.write("blank.md", "  \n\n")
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.isEmpty)
        #expect(Set(corpus.warnings.map(\.file)) == ["empty.txt", "blank.md"])
    }

    @Test func invalidUTF8AfterBOMIsReportedAtItsOffset() {
        let result = ArticleTextDecoder.decode(Data([0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28]))
        #expect(result == .failure(.invalid(encoding: .utf8WithBOM, byteOffset: 4)))
    }

    @Test func overlongAndSurrogateSequencesAreNotUTF8() {
        #expect(ArticleTextDecoder.firstInvalidUTF8Byte([0x41, 0xC0, 0xAF]) == 1)
        #expect(ArticleTextDecoder.firstInvalidUTF8Byte([0xED, 0xA0, 0x80]) == 0)
        #expect(ArticleTextDecoder.firstInvalidUTF8Byte(Array("ok é 😀".utf8)) == Array("ok é 😀".utf8).count)
    }
}

@Suite("Corpus decoding: the word-at-a-time binary scan")
struct CorpusBinaryScanTests {
    /// The first byte below 0x20 other than tab, line breaks and escape, wherever it stands
    /// relative to the eight-byte words the scan reads.
    @Test func firstBinaryByteIsFoundAtEveryPosition() {
        let line = Array("Storm cut power to 9,000 homes.\nCrews worked\tthrough the night.\r\n".utf8)
        #expect(ArticleTextDecoder.firstBinaryByte(line) == nil)
        for position in 0..<line.count {
            var bytes = line
            bytes.insert(0x00, at: position)
            #expect(ArticleTextDecoder.firstBinaryByte(bytes) == position)
            bytes[position] = 0x07
            bytes.append(0x01)
            #expect(ArticleTextDecoder.firstBinaryByte(bytes) == position)
        }
        #expect(ArticleTextDecoder.firstBinaryByte([]) == nil)
        #expect(ArticleTextDecoder.firstBinaryByte(Array("é\u{1B}\u{0B}\u{0C}ü".utf8)) == nil)
    }

    @Test func validTextDecodesAsUTF8AndInvalidFallsBack() throws {
        let text = "Lava reached Puerto Naos — 2,900 evacuated.\n"
        let decoded = try ArticleTextDecoder.decode(Data(text.utf8)).get()
        #expect(decoded.text == text && decoded.encoding == .utf8 && decoded.firstNonUTF8Byte == nil)
        var bytes = Array("Caf".utf8) + [0xE9] + Array(" closed.".utf8)
        let latin = try ArticleTextDecoder.decode(Data(bytes)).get()
        #expect(latin.text == "Café closed." && latin.encoding == .windows1252 && latin.firstNonUTF8Byte == 3)
        bytes = [0xED, 0xA0, 0x80]
        #expect(try ArticleTextDecoder.decode(Data(bytes)).get().encoding == .windows1252)
    }
}
