import Foundation
import Testing
@testable import AnnalsCore

@Suite("Corpus loading: files, sources.csv, front matter")
struct CorpusLoaderTests {
    @Test func readsTextAndMarkdownSortedSkippingHiddenAndOtherFiles() throws {
        let dir = try TemporaryCorpus()
        try dir.write("b.txt", "Flood waters rose in the valley.")
        try dir.write("a.md", "Second report on the flood.")
        try dir.write("notes.csv", "x,y\n")
        try dir.write(".hidden.txt", "hidden")
        try dir.write(".annals/cache.txt", "cache")
        try dir.write("region/c.txt", "A third report.")
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.map(\.file) == ["a.md", "b.txt", "region/c.txt"])
        #expect(corpus.warnings.isEmpty)
        #expect(corpus.articles[1].text == "Flood waters rose in the valley.")
        #expect(corpus.articles[1].metadata == SourceMetadata(file: "b.txt"))
    }

    @Test func mergesSourcesCSVInAnyColumnOrder() throws {
        let dir = try TemporaryCorpus()
        try dir.write("quake.txt", "An earthquake struck the coastal town.")
        try dir.write("storm.txt", "A storm hit the islands.")
        try dir.write("sources.csv", #"""
            published,file,publisher,title,url,note
            2019-08-14,quake.txt,Coastal Herald,"Quake hits town, 12 hurt",https://example.org/q,"first report; ""unconfirmed"""
            2020-03,storm.txt,,,,

            """#)
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.warnings.isEmpty)
        let quake = try #require(corpus.articles.first { $0.file == "quake.txt" })
        #expect(quake.metadata.title == "Quake hits town, 12 hurt")
        #expect(quake.metadata.publisher == "Coastal Herald")
        #expect(quake.metadata.url == "https://example.org/q")
        #expect(quake.metadata.published == PartialDate(year: 2019, month: 8, day: 14))
        #expect(quake.metadata.note == "first report; \"unconfirmed\"")
        let storm = try #require(corpus.articles.first { $0.file == "storm.txt" })
        #expect(storm.metadata.published == PartialDate(year: 2020, month: 3))
        #expect(storm.metadata.published?.precision == .month)
        #expect(storm.metadata.publisher == nil)
    }

    @Test func unknownColumnIsAWarningAndAnErrorWhenStrict() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Text.")
        try dir.write("sources.csv", "file,title,author\na.txt,T,Someone\n")
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.warnings.count == 1)
        #expect(corpus.warnings[0].file == "sources.csv" && corpus.warnings[0].line == 1)
        #expect(corpus.warnings[0].message.contains("author"))
        #expect(throws: CorpusError.self) { try CorpusLoader(strict: true).load(directory: dir.url) }
    }

    @Test func duplicateColumnIsAnErrorOnLineOne() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Text.")
        try dir.write("sources.csv", "file,title,Title\na.txt,x,y\n")
        let error = try #require(throws: CorpusError.self) { try CorpusLoader().load(directory: dir.url) }
        #expect(error.line == 1)
        #expect(error.description.hasPrefix("sources.csv:1: column 'title' appears twice"))
    }

    @Test func missingFileColumnIsAnError() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Text.")
        try dir.write("sources.csv", "name,title\na.txt,x\n")
        let error = try #require(throws: CorpusError.self) { try CorpusLoader().load(directory: dir.url) }
        #expect(error.line == 1)
        #expect(error.message.contains("no 'file' column"))
    }

    @Test func unbalancedQuoteNamesTheLineWhereItOpened() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Text.")
        try dir.write("b.txt", "Text.")
        try dir.write("sources.csv", "file,title\na.txt,fine\nb.txt,\"never closed\nc.txt,x\n")
        let error = try #require(throws: CorpusError.self) { try CorpusLoader().load(directory: dir.url) }
        #expect(error.file == "sources.csv")
        #expect(error.line == 3)
        #expect(error.message.contains("never closed"))
    }

    @Test func strayQuoteInsideAnUnquotedCellIsAnError() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Text.")
        try dir.write("sources.csv", "file,title\na.txt,The \"big\" fire\n")
        let error = try #require(throws: CorpusError.self) { try CorpusLoader().load(directory: dir.url) }
        #expect(error.line == 2)
    }

    @Test func impossibleDateIsAnErrorNamingTheLine() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Text.")
        try dir.write("b.txt", "Text.")
        try dir.write("sources.csv", "file,published\na.txt,2024-02-29\nb.txt,2025-02-30\n")
        let error = try #require(throws: CorpusError.self) { try CorpusLoader().load(directory: dir.url) }
        #expect(error.line == 3)
        #expect(error.description.hasPrefix("sources.csv:3: published date '2025-02-30' is not a real calendar day"))
    }

    @Test func malformedDateIsAnError() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Text.")
        try dir.write("sources.csv", "file,published\na.txt,14/08/2019\n")
        let error = try #require(throws: CorpusError.self) { try CorpusLoader().load(directory: dir.url) }
        #expect(error.line == 2)
        #expect(error.message.contains("YYYY-MM-DD"))
    }

    @Test func rowForMissingFileIsAWarningOrStrictError() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Text.")
        try dir.write("sources.csv", "file,title\na.txt,A\ngone.txt,Gone\n")
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.count == 1)
        let warning = try #require(corpus.warnings.first)
        #expect(warning.file == "sources.csv" && warning.line == 3)
        #expect(warning.message.contains("gone.txt"))
        let error = try #require(throws: CorpusError.self) { try CorpusLoader(strict: true).load(directory: dir.url) }
        #expect(error.line == 3)
    }

    @Test func duplicateRowForOneFileIsAnError() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Text.")
        try dir.write("sources.csv", "file,title\na.txt,A\na.txt,B\n")
        let error = try #require(throws: CorpusError.self) { try CorpusLoader().load(directory: dir.url) }
        #expect(error.line == 3)
        #expect(error.message.contains("line 2"))
    }

    @Test func missingSourcesCSVGivesEmptyMetadata() throws {
        let dir = try TemporaryCorpus()
        try dir.write("only.txt", "The bridge collapsed on Monday.")
        let corpus = try CorpusLoader(strict: true).load(directory: dir.url)
        #expect(corpus.articles.first?.metadata == SourceMetadata(file: "only.txt"))
    }

    @Test func markdownFrontMatterFillsMetadataAndSetsBodyStart() throws {
        let dir = try TemporaryCorpus()
        let text = "---\ntitle: Dam breach floods villages\npublisher: Valley Times\npublished: 2021-07-09\ntags: [flood]\n---\nThe dam gave way at dawn.\n"
        try dir.write("dam.md", text)
        let corpus = try CorpusLoader().load(directory: dir.url)
        let article = try #require(corpus.articles.first)
        #expect(article.metadata.title == "Dam breach floods villages")
        #expect(article.metadata.publisher == "Valley Times")
        #expect(article.metadata.published == PartialDate(year: 2021, month: 7, day: 9))
        #expect(article.text == text)
        #expect(scalarSlice(article.text, article.bodyStart..<(article.bodyStart + 25)) == "The dam gave way at dawn.")
    }

    @Test func sourcesCSVWinsOverFrontMatterWithAWarning() throws {
        let dir = try TemporaryCorpus()
        try dir.write("dam.md", "---\ntitle: Front title\nurl: https://example.org/front\n---\nBody.\n")
        try dir.write("sources.csv", "file,title,url\ndam.md,Table title,\n")
        let corpus = try CorpusLoader().load(directory: dir.url)
        let article = try #require(corpus.articles.first)
        #expect(article.metadata.title == "Table title")
        #expect(article.metadata.url == "https://example.org/front")
        #expect(corpus.warnings.count == 1)
        #expect(corpus.warnings[0].message.contains("using sources.csv"))
    }

    @Test func unclosedFrontMatterIsAWarning() throws {
        let dir = try TemporaryCorpus()
        try dir.write("x.md", "---\ntitle: Open\nBody without closing line.\n")
        let corpus = try CorpusLoader().load(directory: dir.url)
        #expect(corpus.articles.count == 1)
        #expect(corpus.warnings.first?.file == "x.md")
        #expect(corpus.articles[0].bodyStart == 0)
    }

    @Test func loadsChosenFilesWithTheirFoldersSourcesCSV() throws {
        let dir = try TemporaryCorpus()
        let a = try dir.write("a.txt", "First.")
        try dir.write("b.txt", "Second.")
        try dir.write("sources.csv", "file,publisher\na.txt,Daily Lantern\nb.txt,Other\n")
        let corpus = try CorpusLoader(strict: true).load(files: [a])
        #expect(corpus.articles.map(\.file) == ["a.txt"])
        #expect(corpus.articles[0].metadata.publisher == "Daily Lantern")
        #expect(corpus.warnings.isEmpty)
    }

    @Test func fileCellsWithDotSlashOrBackslashMatchRelativePaths() throws {
        let dir = try TemporaryCorpus()
        try dir.write("a.txt", "Text.")
        try dir.write("east/b.txt", "More text.")
        try dir.write("sources.csv", "file,publisher\n./a.txt,P1\neast\\b.txt,P2\n")
        let corpus = try CorpusLoader(strict: true).load(directory: dir.url)
        #expect(corpus.articles.map(\.metadata.publisher) == ["P1", "P2"])
    }
}

@Suite("Corpus loading: Markdown names read as URL extensions are")
struct CorpusMarkdownNameTests {
    @Test func markdownNamesAgreeWithURLExtensions() {
        for name in ["a.md", "b.MD", "c.Md", "sub/d.md", "sub.md/e.txt", "f.txt", "g.md.txt", "h.tar.md", "i", "j.", "k/l"] {
            let viaURL = URL(fileURLWithPath: "/corpus/" + name).pathExtension.lowercased() == "md"
            #expect(CorpusLoader.isMarkdownName(name) == viaURL, "\(name)")
        }
    }

    @Test func frontMatterOfAMarkdownFileInASubfolderIsRead() throws {
        let dir = try TemporaryCorpus()
        try dir.write("sub/r.MD", "---\ntitle: Bridge closed\n---\nThe bridge closed on Monday.")
        try dir.write("plain.txt", "---\ntitle: Not front matter\n---\nText.")
        let corpus = try CorpusLoader().load(directory: dir.url)
        let markdown = corpus.articles.first { $0.file == "sub/r.MD" }
        #expect(markdown?.metadata.title == "Bridge closed")
        #expect(markdown.map { $0.bodyStart > 0 } == true)
        #expect(corpus.articles.first { $0.file == "plain.txt" }?.bodyStart == 0)
    }
}

/// The folder walk reads folders with `readdir`; its files and notes must be those of the
/// `FileManager` enumerator it replaced, in the same order.
@Suite("Corpus loading: the folder walk lists what the enumerator listed")
struct CorpusWalkTests {
    /// The former walk: `FileManager`'s enumerator, hidden entries skipped (and not entered).
    static func enumeratorListing(_ directory: URL) -> (files: [String], notes: [String]) {
        var files: [String] = [], notes: [String] = []
        let root = directory.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return ([], []) }
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            let type = CorpusLoader.entryType(root + "/" + relative)
            if name.hasPrefix(".") {
                if type == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            let article = name.hasSuffix(".txt") || name.hasSuffix(".md")
            if type == .typeSymbolicLink {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory)
                if exists && isDirectory.boolValue { notes.append(relative) } else if article { exists ? files.append(relative) : notes.append(relative) }
            } else if article && type == .typeRegular {
                files.append(relative)
            }
        }
        return (files.sorted(), notes)
    }

    @Test func filesAndNotesMatchTheEnumerator() throws {
        let dir = try TemporaryCorpus()
        for name in ["b/y.txt", "b/.hid/h.txt", "a/c/q.md", "a/p.txt", ".dot.txt", "z/k.txt", "m.txt", "a/c/r.txt", "z/deep/er/s.md", "notes.csv", "x.txt/inner.txt"] {
            try dir.write(name, "Rain fell on the valley for three days.")
        }
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("a/link.txt").path, withDestinationPath: "../m.txt")
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("dangling.txt").path, withDestinationPath: "/nonexistent/annals")
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("linkdir").path, withDestinationPath: "a")
        try fm.createSymbolicLink(atPath: dir.url.appendingPathComponent("z/up").path, withDestinationPath: "..")
        let listing = CorpusLoader().articleListing(in: dir.url)
        let expected = Self.enumeratorListing(dir.url)
        #expect(listing.files == expected.files)
        #expect(listing.notes.map(\.file) == expected.notes)
        #expect(listing.files.contains("z/deep/er/s.md") && listing.files.contains("a/link.txt") && !listing.files.contains("b/.hid/h.txt"))
        #expect(listing.notes.count == 3)
    }
}
