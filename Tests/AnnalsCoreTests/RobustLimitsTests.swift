import Foundation
import Testing
@testable import AnnalsCore

/// Writes `size` bytes of one line of words (no line break at all) in 1 MB chunks, so that the
/// test itself never holds the file in memory.
@discardableResult
func writeOneLineFile(_ url: URL, size: Int) throws -> Int {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    let unit = Array("flood gauges rose 4 cm an hour near the weir; ".utf8)
    var chunk: [UInt8] = []
    while chunk.count < 1_000_000 { chunk += unit }
    var written = 0
    while written < size {
        let n = min(chunk.count, size - written)
        try handle.write(contentsOf: chunk[..<n])
        written += n
    }
    return written
}

@Suite("Robust corpus: file size and document count limits")
struct RobustLimitsTests {
    @Test func defaultsAndDescriptions() {
        let limits = CorpusLimits()
        #expect(limits.maxFileSize == 50_000_000)
        #expect(limits.maxDocuments == 200_000)
        #expect(CorpusLoader().limits == .default)
        #expect(CorpusLimits.describe(bytes: 999) == "999 bytes")
        #expect(CorpusLimits.describe(bytes: 1_500_000) == "1.5 MB")
        #expect(CorpusLimits.describe(bytes: 200_000_000) == "200 MB")
        #expect(CorpusLimits(maxFileSize: -1, maxDocuments: -5) == CorpusLimits(maxFileSize: 0, maxDocuments: 0))
    }

    /// The default path of the "200 MB on one line" row: the same behaviour over a lowered limit.
    @Test func oneLineFileOverTheLimitIsSkippedNamingItsSizeAndTheFlag() throws {
        let dir = try TemporaryCorpus()
        try dir.write("small.txt", "Weir gates opened.")
        let size = try writeOneLineFile(dir.url.appendingPathComponent("huge.txt"), size: 1_500_000)
        let limits = CorpusLimits(maxFileSize: 1_000_000)
        let corpus = try CorpusLoader(limits: limits).load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["small.txt"])
        let warning = try #require(corpus.warnings.first)
        #expect(warning.file == "huge.txt")
        #expect(warning.message.contains("1.5 MB (\(size) bytes)"))
        #expect(warning.message.contains("over the 1 MB limit"))
        #expect(warning.message.contains("--max-file-size"))
        let error = try #require(throws: CorpusError.self) { try CorpusLoader(strict: true, limits: limits).load(directory: dir.url) }
        #expect(error.file == "huge.txt")
        #expect(error.message.contains("--max-file-size"))
        // Raised, the same file is one article of one line, read whole.
        let raised = try CorpusLoader(strict: true, limits: CorpusLimits(maxFileSize: size)).load(directory: dir.url)
        let article = try #require(raised.articles.first { $0.file == "huge.txt" })
        #expect(article.text.utf8.count == size)
        #expect(!article.text.contains("\n"))
    }

    /// Memory stays bounded: a file's size is read from the file system and an over-large file is
    /// never read. A sparse 8 GB file costs no disk; reading it would cost 8 GB of memory.
    @Test func anOverLargeFileIsNeverRead() throws {
        let dir = try TemporaryCorpus()
        let url = dir.url.appendingPathComponent("sparse.txt")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 8_000_000_000)
        try handle.close()
        let before = peakResidentBytes()
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.isEmpty)
        #expect(corpus.warnings.first?.message.contains("(8000000000 bytes), over the 50 MB limit") == true)
        #expect(peakResidentBytes() - before < 100_000_000)
    }

    @Test func sourcesCSVOverTheLimitIsAnError() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Bridge inspected.")
        try dir.write("sources.csv", "file,title\n" + String(repeating: "a.txt,x\n", count: 200))
        let error = try #require(throws: CorpusError.self) {
            try CorpusLoader(limits: CorpusLimits(maxFileSize: 1000)).load(directory: dir.url)
        }
        #expect(error.file == "sources.csv")
        #expect(error.message.contains("--max-file-size"))
    }

    /// The default path of the "100 000 files" row: the same behaviour over a lowered limit.
    @Test func moreDocumentsThanTheLimitIsAnErrorNamingTheCountAndTheFlag() throws {
        let dir = try TemporaryCorpus()
        for k in 0..<60 { try dir.write("d\(k / 20)/n\(k).txt", "Bulletin \(k).") }
        try dir.write("notes.csv", "not an article")
        let error = try #require(throws: CorpusError.self) {
            try CorpusLoader(limits: CorpusLimits(maxDocuments: 59)).load(directory: dir.url)
        }
        #expect(error.message.contains("holds 60 article files, more than the limit of 59"))
        #expect(error.message.contains("--max-documents 60"))
        let corpus = try CorpusLoader(strict: true, limits: CorpusLimits(maxDocuments: 60)).load(directory: dir.url)
        #expect(corpus.articles.count == 60)
        // Files given one by one count too (duplicates once).
        let files = (0..<3).map { dir.url.appendingPathComponent("d0/n\($0).txt") }
        #expect(throws: CorpusError.self) { try CorpusLoader(limits: CorpusLimits(maxDocuments: 2)).load(files: files + files) }
        #expect(try CorpusLoader(limits: CorpusLimits(maxDocuments: 3)).load(files: files + files).articles.count == 3)
    }

    @Test(.enabled(if: largeTestsEnabled, "set ANNALS_LARGE_TESTS=1 to write a 200 MB file"))
    func twoHundredMegabytesOnOneLine() throws {
        let dir = try TemporaryCorpus()
        try dir.write("small.txt", "Weir gates opened.")
        let size = try writeOneLineFile(dir.url.appendingPathComponent("huge.txt"), size: 200_000_000)
        let before = peakResidentBytes()
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["small.txt"])
        #expect(corpus.warnings.first?.message.contains("200 MB (\(size) bytes), over the 50 MB limit") == true)
        #expect(peakResidentBytes() - before < 50_000_000)
        // Raised past it, the file is read whole as one article of one line.
        let raised = try CorpusLoader(limits: CorpusLimits(maxFileSize: 250_000_000)).load(directory: dir.url)
        #expect(raised.articles.first { $0.file == "huge.txt" }?.text.utf8.count == size)
    }

    @Test(.enabled(if: largeTestsEnabled, "set ANNALS_LARGE_TESTS=1 to write 100 000 files"))
    func aFolderOfOneHundredThousandFiles() throws {
        let dir = try TemporaryCorpus()
        for k in 0..<100_000 {
            try dir.write("batch\(k / 1000)/item\(k).txt", "Bulletin \(k): road \(k % 97) reopened.")
        }
        let corpus = try CorpusLoader(strict: true).load(directory: dir.url)
        #expect(corpus.articles.count == 100_000)
        #expect(corpus.articles.first?.file == "batch0/item0.txt")
        let error = try #require(throws: CorpusError.self) {
            try CorpusLoader(limits: CorpusLimits(maxDocuments: 99_999)).load(directory: dir.url)
        }
        #expect(error.message.contains("holds 100000 article files"))
        #expect(error.message.contains("--max-documents"))
    }
}
