import Foundation
import Testing
@testable import AnnalsCore

/// Files are read on every core; the corpus must be the one reading them in order gives: articles
/// sorted by path, every warning in file order, and in strict mode the first problem in file order.
@Suite("Corpus loading on every core")
struct ParallelCorpusLoadingTests {
    /// 150 files (several chunks), with an empty, a binary, a Latin-1 file and one whose front
    /// matter disagrees with sources.csv spread among them, and a row for a file that is not there.
    static func folder() throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        for i in 0..<150 {
            let name = String(format: "brief-%03d", i)
            switch i {
            case 7: try corpus.write(name + ".txt", "  \n\t ")
            case 61: try corpus.write(name + ".txt", Data([0x48, 0x69, 0x00, 0x01, 0x02]))
            case 98: try corpus.write(name + ".txt", Data("Caf".utf8) + Data([0xE9]) + Data(" owners in Orvath counted 4 damaged stalls.".utf8))
            case 133: try corpus.write(name + ".md", "---\ntitle: Flood brief\n---\nThe river rose near Selvik.\n")
            default: try corpus.write(name + ".txt", "Brief \(i): the ferry to Tolmar ran \(i % 9) hours late on Monday.\n")
            }
        }
        try corpus.write("sources.csv", "file,title\nbrief-003.txt,Ferry delays\nbrief-133.md,River report\nbrief-999.txt,Missing brief\n")
        return corpus
    }

    @Test("Articles come in path order and warnings in file order, as when read one by one")
    func orderAndWarnings() throws {
        let corpus = try Self.folder()
        let loaded = try CorpusLoader(strict: false).load(directory: corpus.url)
        #expect(loaded.articles.map(\.file) == loaded.articles.map(\.file).sorted())
        // Every file but the empty and the binary one.
        #expect(loaded.articles.count == 148)
        #expect(!loaded.articles.contains { $0.file == "brief-007.txt" || $0.file == "brief-061.txt" })
        #expect(loaded.articles.first { $0.file == "brief-003.txt" }?.metadata.title == "Ferry delays")
        let warned = loaded.warnings.map(\.file)
        #expect(warned == ["brief-007.txt", "brief-061.txt", "brief-098.txt", "brief-133.md", "sources.csv"])
        // Read again: the same corpus, whatever the threads did.
        let again = try CorpusLoader(strict: false).load(directory: corpus.url)
        #expect(again.articles == loaded.articles)
        #expect(again.warnings == loaded.warnings)
    }

    @Test("Strict loading refuses the first problem in file order")
    func strictStopsAtTheFirstProblem() throws {
        let corpus = try Self.folder()
        do {
            _ = try CorpusLoader(strict: true).load(directory: corpus.url)
            Issue.record("a strict load of a folder with an empty file must fail")
        } catch let error as CorpusError {
            #expect(error.file == "brief-007.txt")
        }
    }
}
