import Foundation
import Testing
@testable import AnnalsCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the large variants (a 200 MB one-line file, a folder of 100 000 files) run: they take
/// tens of seconds and gigabytes of temporary disk, so only when `ANNALS_LARGE_TESTS=1`.
let largeTestsEnabled = ProcessInfo.processInfo.environment["ANNALS_LARGE_TESTS"] == "1"

/// Root reads a file whatever its mode, so `chmod 000` proves nothing about unreadable files then.
let runningAsRoot = geteuid() == 0

/// Peak resident memory of this process so far, in bytes (`getrusage`; kilobytes on Linux).
func peakResidentBytes() -> Int {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    #if os(Linux)
    return Int(usage.ru_maxrss) * 1024
    #else
    return Int(usage.ru_maxrss)
    #endif
}

@Suite("Robust corpus: encodings the loader can and cannot know")
struct RobustEncodingTests {
    @Test func utf8WithAndWithoutByteOrderMarkGiveTheSameText() throws {
        let dir = try TemporaryCorpus()
        let text = "Bridge collapse in Genoa: 43 dead, São Paulo firm “questioned”.\n"
        try dir.write("plain.txt", text)
        try dir.write("marked.txt", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        let corpus = try CorpusLoader(strict: true).load(directory: dir.url)
        #expect(corpus.articles.map(\.text) == [text, text])
        #expect(corpus.warnings.isEmpty)
    }

    @Test func utf16WithByteOrderMarkKeepsCharactersBeyondTheBasicPlane() throws {
        let dir = try TemporaryCorpus()
        let text = "Storm warning 🌀 for Kraków: 7 hurt."
        var little = Data([0xFF, 0xFE])
        for unit in text.utf16 { little.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        try dir.write("storm.txt", little)
        let corpus = try CorpusLoader(strict: true).load(directory: dir.url)
        #expect(corpus.articles.first?.text == text)
    }

    @Test func oddLengthUTF16IsAnErrorNamingFileAndByteOffset() throws {
        let dir = try TemporaryCorpus()
        try dir.write("ok.txt", "Harbour fire contained.")
        // BOM, "Hi" as UTF-16LE, then one lone byte at offset 6.
        try dir.write("cut.txt", Data([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00, 0x21]))
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["ok.txt"])
        let warning = try #require(corpus.warnings.first { $0.file == "cut.txt" })
        #expect(warning.message.contains("UTF-16LE"))
        #expect(warning.message.contains("byte offset 6"))
        let error = try #require(throws: CorpusError.self) { try CorpusLoader(strict: true).load(directory: dir.url) }
        #expect(error.file == "cut.txt")
    }

    @Test func lonelySurrogateInUTF16IsAnErrorAtItsOffset() {
        // BOM, "A", then a high surrogate followed by "B" instead of a low surrogate.
        let bytes = Data([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x42, 0x00])
        #expect(ArticleTextDecoder.decode(bytes) == .failure(.invalid(encoding: .utf16LittleEndian, byteOffset: 4)))
    }

    @Test func utf16WithoutByteOrderMarkCannotBeKnownAndIsSkippedNamingTheOffset() throws {
        let dir = try TemporaryCorpus()
        try dir.write("ok.txt", "Levee breach; 2 missing.")
        var little = Data(), big = Data()
        for unit in "Levee breach near the delta".utf16 {
            little.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
            big.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
        }
        try dir.write("le.txt", little)
        try dir.write("be.txt", big)
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["ok.txt"])
        let le = try #require(corpus.warnings.first { $0.file == "le.txt" })
        #expect(le.message.contains("UTF-16LE without a byte-order mark"))
        #expect(le.message.contains("byte offset 1"))
        let be = try #require(corpus.warnings.first { $0.file == "be.txt" })
        #expect(be.message.contains("UTF-16BE without a byte-order mark"))
        #expect(be.message.contains("byte offset 0"))
        let error = try #require(throws: CorpusError.self) { try CorpusLoader(strict: true).load(directory: dir.url) }
        #expect(["be.txt", "le.txt"].contains(error.file))
    }

    @Test func invalidUTF8AfterByteOrderMarkIsSkippedAndTheRestGoesOn() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Mine blast: 3 dead.")
        try dir.write("b.txt", Data([0xEF, 0xBB, 0xBF]) + Data("Caf".utf8) + Data([0xE9, 0x20]))
        try dir.write("c.txt", "Rescue ends.")
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["a.txt", "c.txt"])
        let warning = try #require(corpus.warnings.first)
        #expect(warning.description.hasPrefix("b.txt: starts with a UTF-8 (with byte-order mark) byte-order mark"))
        #expect(warning.message.contains("byte offset 6"))
        #expect(throws: CorpusError.self) { try CorpusLoader(strict: true).load(directory: dir.url) }
    }

    @Test func latin1IsReadEvenWhenStrictAndNamesTheFirstNonUTF8Byte() throws {
        let dir = try TemporaryCorpus()
        // "Incendie à Liège" in Latin-1: à is 0xE0 at byte 9, è is 0xE8.
        try dir.write("fr.txt", Data("Incendie ".utf8) + Data([0xE0]) + Data(" Li".utf8) + Data([0xE8]) + Data("ge".utf8))
        let corpus = try CorpusLoader(strict: true).load(directory: dir.url)
        #expect(corpus.articles.first?.text == "Incendie à Liège")
        let warning = try #require(corpus.warnings.first)
        #expect(warning.file == "fr.txt")
        #expect(warning.message.contains("offset 9"))
        #expect(warning.message.contains("Windows-1252"))
    }

    @Test func everyByteSequenceWithoutControlBytesDecodes() {
        // 0x20...0xFF in every order a Latin-1 reading allows: never binary, never a trap.
        var bytes: [UInt8] = Array(0x20...0xFF)
        bytes += bytes.reversed()
        guard case .success(let decoded) = ArticleTextDecoder.decode(Data(bytes)) else {
            Issue.record("printable Latin-1 bytes were refused"); return
        }
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text.unicodeScalars.count == bytes.count)
    }
}

@Suite("Robust corpus: empty, binary and unreadable files")
struct RobustFileTests {
    @Test func emptyFileIsFatalWhenStrict() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Dam holds.")
        try dir.write("empty.txt", "")
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["a.txt"])
        #expect(corpus.warnings.map(\.description) == ["empty.txt: empty; skipped"])
        let error = try #require(throws: CorpusError.self) { try CorpusLoader(strict: true).load(directory: dir.url) }
        #expect(error.file == "empty.txt")
    }

    @Test(arguments: [
        ("elf.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] as [UInt8], 4),
        ("gzip.txt", [0x1F, 0x8B, 0x08, 0x00], 0),
        ("pdf.md", Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0x0A, 0x01], 13),
    ])
    func binaryFileNamedAsTextIsSkippedNamingTheControlByte(name: String, bytes: [UInt8], offset: Int) throws {
        let dir = try TemporaryCorpus()
        try dir.write("news.txt", "Ferry docks safely.")
        try dir.write(name, Data(bytes))
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["news.txt"])
        let warning = try #require(corpus.warnings.first)
        #expect(warning.file == name)
        #expect(warning.message.contains("binary"))
        #expect(warning.message.contains("byte offset \(offset)"))
    }

    @Test(.enabled(if: !runningAsRoot, "running as root: chmod 000 does not stop root from reading, see unreadableModeIsIgnoredByRoot"))
    func unreadableFileIsSkippedWithItsReason() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Road reopened.")
        let locked = try dir.write("locked.txt", "Quarry collapse: 4 dead.")
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o644) }
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["a.txt"])
        let warning = try #require(corpus.warnings.first)
        #expect(warning.file == "locked.txt")
        #expect(warning.message.contains("cannot be read"))
        #expect(warning.message.contains("permission"))
        let error = try #require(throws: CorpusError.self) { try CorpusLoader(strict: true).load(directory: dir.url) }
        #expect(error.file == "locked.txt")
    }

    @Test(.enabled(if: runningAsRoot, "only meaningful as root; as another user unreadableFileIsSkippedWithItsReason runs"))
    func unreadableModeIsIgnoredByRoot() throws {
        let dir = try TemporaryCorpus()
        let locked = try dir.write("locked.txt", "Quarry collapse: 4 dead.")
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o644) }
        // Root may read it, so the loader does; nothing is lost and nothing is reported.
        let corpus = try CorpusLoader(strict: true).load(directory: dir.url)
        #expect(corpus.articles.map(\.text) == ["Quarry collapse: 4 dead."])
    }

    @Test func aFolderGivenAsAFileIsReportedNotRead() throws {
        let dir = try TemporaryCorpus()
        let good = try dir.write("a.txt", "Curfew lifted.")
        let folder = dir.url.appendingPathComponent("archive.txt")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let corpus = try CorpusLoader().load(files: [good, folder])
        #expect(corpus.articles.map(\.file) == ["a.txt"])
        #expect(corpus.warnings.map(\.description) == ["archive.txt: is a folder, not a regular file; skipped — check the file"])
        // Walking the corpus folder, a folder named like an article is simply a folder.
        let walked = try CorpusLoader(strict: true).load(directory: dir.url)
        #expect(walked.articles.map(\.file) == ["a.txt"])
    }

    @Test func aNamedPipeIsRefusedWithoutWaitingForAWriter() throws {
        let dir = try TemporaryCorpus()
        let pipe = dir.url.appendingPathComponent("feed.txt")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        let corpus = try CorpusLoader().load(files: [pipe])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.warnings.first?.message.hasPrefix("is a named pipe, not a regular file") == true)
    }

    @Test func aMissingFileIsNamed() throws {
        let dir = try TemporaryCorpus()
        let corpus = try CorpusLoader().load(files: [dir.url.appendingPathComponent("gone.txt")])
        #expect(corpus.warnings.map(\.description) == ["gone.txt: does not exist (or is a symbolic link to nothing); skipped — check the file"])
        #expect(throws: CorpusError.self) { try CorpusLoader(strict: true).load(files: [dir.url.appendingPathComponent("gone.txt")]) }
    }
}

@Suite("Robust corpus: symbolic links")
struct RobustLinkTests {
    @Test func aLinkToTheParentFolderDoesNotLoopAndIsReported() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Avalanche: 5 rescued.")
        try dir.write("sub/b.txt", "Pass closed.")
        try FileManager.default.createSymbolicLink(atPath: dir.url.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: dir.url.appendingPathComponent("self").path, withDestinationPath: ".")
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["a.txt", "sub/b.txt"])
        #expect(Set(corpus.warnings.map(\.file)) == ["sub/up", "self"])
        #expect(corpus.warnings.allSatisfy { $0.message.hasPrefix("symbolic link to a folder, not followed") })
    }

    @Test func aCorpusFolderGivenAsALinkIsReadThroughIt() throws {
        let dir = try TemporaryCorpus()
        try dir.write("store/levee.txt", "Levee breached: 40 displaced.")
        try dir.write("store/sources.csv", "file,title,publisher,url,published,note\nlevee.txt,Levee,Delta Post,,2021-03-04,\n")
        let link = dir.url.appendingPathComponent("linked")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "store")
        let corpus = try CorpusLoader().load(directory: link)
        #expect(corpus.articles.map(\.file) == ["levee.txt"])
        #expect(corpus.articles.first?.metadata.publisher == "Delta Post")
        #expect(corpus.warnings.isEmpty)
    }

    @Test func aLoopOfFileLinksIsReportedAndALinkToAFileIsRead() throws {
        let dir = try TemporaryCorpus()
        try dir.write("real.txt", "Levee repaired.")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("alias.txt").path, withDestinationPath: "real.txt")
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("ping.txt").path, withDestinationPath: "pong.txt")
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("pong.txt").path, withDestinationPath: "ping.txt")
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("dangling.md").path, withDestinationPath: "nowhere.md")
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["alias.txt", "real.txt"])
        #expect(corpus.warnings.map(\.file).sorted() == ["dangling.md", "ping.txt", "pong.txt"])
        #expect(corpus.warnings.allSatisfy { $0.message.contains("leads nowhere") })
        #expect(throws: CorpusError.self) { try CorpusLoader(strict: true).load(directory: dir.url) }
        // Given by name, a looping link is named as such.
        let given = try CorpusLoader().load(files: [dir.url.appendingPathComponent("ping.txt")])
        #expect(given.warnings.first?.message.hasPrefix("is a loop of symbolic links") == true)
    }
}
