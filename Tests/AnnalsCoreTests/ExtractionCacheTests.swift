import Foundation
import Testing
@testable import AnnalsCore

/// Articles written for these tests: invented places, numbers and wording.
private enum CacheFixtures {
    static let landslide = "A landslide buried the mountain village of Orsk Hollow on 9 June 2011, killing 17 people. Rescuers said 40 residents were missing.\n"
    static let ferry = "A ferry capsized off the island of Tarrow on 21 October 2004. The coast guard said 58 passengers drowned and 12 were injured.\n"
    static let fire = "Fire destroyed the Lindqvist textile mill in Harwick on 3 March 1998, and 6 workers were killed.\n"
    static let sources = """
    file,title,publisher,url,published,note
    landslide.txt,Landslide in Orsk Hollow,Highland Post,https://example.org/orsk,2011-06-10,
    ferry.txt,Ferry disaster off Tarrow,Harbour News,https://example.org/tarrow,2004-10-22,
    fire.txt,Mill fire,Harwick Gazette,,1998-03-04,

    """

    static func corpus() throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        try corpus.write("landslide.txt", landslide)
        try corpus.write("ferry.txt", ferry)
        try corpus.write("fire.txt", fire)
        try corpus.write("sources.csv", sources)
        return corpus
    }

    static func articles(_ corpus: TemporaryCorpus) throws -> [Article] {
        try CorpusLoader().load(directory: corpus.url).articles
    }

    static let fingerprintA = RulesFingerprint(resources: "rules-a", build: "test")
    static let fingerprintB = RulesFingerprint(resources: "rules-b", build: "test")
}

@Suite("SHA-256 known answers")
struct SHA256Tests {
    @Test("FIPS 180-4 vectors and block boundaries", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
        (String(repeating: "x", count: 55), "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"),
        (String(repeating: "y", count: 64), "ffbf30ab94107b2c14d75cfb455ec94f200400ddc5ce304e0c21894090db055f"),
        ("Überschwemmung in Kärnten – 12 Tote", "f6eb7256423bf7ba4ae8cded07531b7f42e3c5e7be30904592f49b93da94ef68"),
    ])
    func knownAnswers(input: String, digest: String) {
        #expect(SHA256.hex(input) == digest)
    }

    @Test("Feeding in pieces gives the digest of the whole")
    func pieces() {
        var h = SHA256()
        for piece in ["abcdbcdecdefdefg", "efghfghighijhijkijkljklmklmnlmno", "mnopnopq"] { h.update(piece.utf8) }
        #expect(h.hexDigest() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite("Extraction cache")
struct ExtractionCacheTests {
    @Test("A document's key changes with its text, name and publication date, and only with what it reads")
    func keys() {
        let base = Article(file: "a.txt", text: CacheFixtures.fire, metadata: SourceMetadata(file: "a.txt", published: PartialDate(year: 1998, month: 3, day: 4)))
        var renamed = base; renamed.file = "b.txt"; renamed.metadata.file = "b.txt"
        var edited = base; edited.text += "Two firefighters were hurt.\n"
        var redated = base; redated.metadata.published = PartialDate(year: 1998, month: 3)
        var undated = base; undated.metadata.published = nil
        var titled = base; titled.metadata.title = ""
        let keys = [base, renamed, edited, redated, undated, titled].map { DocumentKey($0).hex }
        #expect(Set(keys).count == keys.count, "every change gives another key")
        #expect(DocumentKey(base) == DocumentKey(base))
        #expect(keys.allSatisfy { $0.count == 64 })
    }

    @Test("First run: all misses; second: all hits with the same results; one file changed: one miss")
    func hitsAndMisses() throws {
        let corpus = try CacheFixtures.corpus()
        let reference = CorpusExtractor().extract(try CacheFixtures.articles(corpus))

        let cold = IncrementalExtractor(opening: ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA))
            .extract(try CacheFixtures.articles(corpus))
        #expect(cold.warnings.isEmpty, "\(cold.warnings)")
        #expect((cold.stats.hits, cold.stats.misses, cold.stats.stored) == (0, 3, 3))
        #expect(cold.extractions == reference)
        #expect(FileManager.default.fileExists(atPath: corpus.url.appendingPathComponent(".annals/extractions.sqlite").path))

        var progressed = 0
        let warm = IncrementalExtractor(opening: ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA))
            .extract(try CacheFixtures.articles(corpus)) { progressed += $0 }
        #expect((warm.stats.hits, warm.stats.misses, warm.stats.stored) == (3, 0, 0))
        #expect(warm.extractions == reference)
        #expect(progressed == 3)

        try corpus.write("ferry.txt", CacheFixtures.ferry.replacingOccurrences(of: "58 passengers", with: "61 passengers"))
        let articles = try CacheFixtures.articles(corpus)
        let touched = IncrementalExtractor(opening: ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA))
            .extract(articles)
        #expect((touched.stats.hits, touched.stats.misses, touched.stats.stored, touched.stats.pruned) == (2, 1, 1, 1))
        #expect(touched.extractions == CorpusExtractor().extract(articles))
        let ferry = try #require(touched.extractions.first { $0.file == "ferry.txt" })
        #expect(ferry.figures.contains { $0.quantity.exact == 61 }, "the changed file was read again")
        #expect(!ferry.figures.contains { $0.quantity.exact == 58 })
    }

    @Test("A changed row of sources.csv (the publication date) is a miss for that document only")
    func metadataChange() throws {
        let corpus = try CacheFixtures.corpus()
        _ = IncrementalExtractor(opening: ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA))
            .extract(try CacheFixtures.articles(corpus))
        try corpus.write("sources.csv", CacheFixtures.sources.replacingOccurrences(of: "1998-03-04", with: "1999-01-15"))
        let articles = try CacheFixtures.articles(corpus)
        let run = IncrementalExtractor(opening: ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA))
            .extract(articles)
        #expect((run.stats.hits, run.stats.misses) == (2, 1))
        #expect(run.extractions == CorpusExtractor().extract(articles))
        #expect(run.extractions.first { $0.file == "fire.txt" }?.dct.date == PartialDate(year: 1999, month: 1, day: 15))
    }

    @Test("Another rules fingerprint empties the cache: every document is extracted again")
    func rulesChange() throws {
        let corpus = try CacheFixtures.corpus()
        let articles = try CacheFixtures.articles(corpus)
        _ = IncrementalExtractor(opening: ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA)).extract(articles)

        let opening = ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintB)
        #expect(opening.rebuilt == .rulesChanged)
        #expect(try opening.cache?.count() == 0)
        let run = IncrementalExtractor(opening: opening).extract(articles)
        #expect((run.stats.hits, run.stats.misses, run.stats.stored) == (0, 3, 3))
        #expect(run.stats.rebuilt == .rulesChanged)
        #expect(run.extractions == CorpusExtractor().extract(articles))

        let again = ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintB)
        #expect(again.rebuilt == nil)
        #expect(try again.cache?.count() == 3)
    }

    @Test("A cache opened before another build refilled the file finds nothing in it")
    func concurrentFingerprints() throws {
        let corpus = try CacheFixtures.corpus()
        let articles = try CacheFixtures.articles(corpus)
        let first = try #require(ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA).cache)
        let second = try #require(ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintB).cache)
        let keys = articles.map(DocumentKey.init)
        let results = CorpusExtractor().extract(articles)
        _ = try second.store(Array(zip(keys, results)).map { (key: $0.0, extraction: $0.1) }, keeping: Set(keys))
        #expect(try first.lookup(keys).isEmpty, "results of other rules are never served")
        #expect(try first.store([(key: keys[0], extraction: results[0])], keeping: Set(keys)) == (0, 0), "nor overwritten")
        #expect(try second.lookup(keys).count == 3)
    }

    @Test("The resources digest follows the files' contents", .enabled(if: FileManager.default.fileExists(atPath: ResourceFile.root.appendingPathComponent("english").path)))
    func resourcesDigest() throws {
        let copy = try TemporaryCorpus()
        try FileManager.default.copyItem(at: ResourceFile.root.appendingPathComponent("english"), to: copy.url.appendingPathComponent("english"))
        let original = RulesFingerprint.resourcesDigest(root: ResourceFile.root)
        #expect(RulesFingerprint.resourcesDigest(root: copy.url) == original, "an identical copy has the same digest")
        let lists = try #require(FileManager.default.enumerator(atPath: copy.url.appendingPathComponent("english").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted().first)
        try copy.write("english/" + lists, try String(contentsOf: copy.url.appendingPathComponent("english/" + lists), encoding: .utf8) + "\n# an edited rule\n")
        #expect(RulesFingerprint.resourcesDigest(root: copy.url) != original)
        #expect(RulesFingerprint.resourcesDigest(root: copy.url.appendingPathComponent("nowhere")) != original)
        #expect(RulesFingerprint.current().resources == original)
    }

    @Test("A corrupt cache file: a warning, a fresh cache and the same results", arguments: [
        Data("this is not a database at all, just some words".utf8),
        Data("SQLite format 3\u{0}".utf8) + Data(repeating: 0xA5, count: 3000),
    ])
    func corrupt(bytes: Data) throws {
        let corpus = try CacheFixtures.corpus()
        try corpus.write(".annals/extractions.sqlite", bytes)
        let articles = try CacheFixtures.articles(corpus)
        let run = IncrementalExtractor(opening: ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA)).extract(articles)
        #expect(run.warnings.count == 1)
        #expect(run.warnings.first?.message.contains("could not be read") == true, "\(run.warnings)")
        #expect(run.stats.rebuilt == .unreadable)
        #expect(run.extractions == CorpusExtractor().extract(articles))
        let next = IncrementalExtractor(opening: ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA)).extract(articles)
        #expect(next.warnings.isEmpty)
        #expect(next.stats.hits == 3)
    }

    @Test("A stored result that no longer decodes is a miss, and is replaced")
    func undecodableEntry() throws {
        let corpus = try CacheFixtures.corpus()
        let articles = try CacheFixtures.articles(corpus)
        let cache = try #require(ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA).cache)
        _ = IncrementalExtractor(cache: cache).extract(articles)
        try cache.queue.write { db in try db.execute(sql: "UPDATE extraction SET value = x'7b7d' WHERE file = 'fire.txt'") }
        let run = IncrementalExtractor(cache: cache).extract(articles)
        #expect((run.stats.hits, run.stats.misses, run.stats.stored) == (2, 1, 1))
        #expect(run.extractions == CorpusExtractor().extract(articles))
    }

    @Test("No place for the cache (a file where the folder should be): a warning, no cache, the same results")
    func unwritable() throws {
        let corpus = try CacheFixtures.corpus()
        try corpus.write(".annals", "in the way")
        let articles = try CacheFixtures.articles(corpus)
        let opening = ExtractionCache.open(corpus: corpus.url, fingerprint: CacheFixtures.fingerprintA)
        #expect(opening.cache == nil)
        let run = IncrementalExtractor(opening: opening).extract(articles)
        #expect(run.warnings.count == 1)
        #expect(run.warnings.first?.message.contains(corpus.url.appendingPathComponent(".annals").path) == true, "\(run.warnings)")
        #expect(run.stats.location == nil && run.stats.misses == 3)
        #expect(run.extractions == CorpusExtractor().extract(articles))
    }

    @Test("Without a cache the extractor is CorpusExtractor, chunk by chunk")
    func noCache() throws {
        let corpus = try CacheFixtures.corpus()
        let articles = try CacheFixtures.articles(corpus)
        var steps: [Int] = []
        let run = IncrementalExtractor(cache: nil, chunkSize: 2).extract(articles) { steps.append($0) }
        #expect(steps == [2, 1])
        #expect(run.warnings.isEmpty && run.stats.hits == 0 && run.stats.misses == 3)
        #expect(run.extractions == CorpusExtractor().extract(articles))
        #expect(!FileManager.default.fileExists(atPath: corpus.url.appendingPathComponent(".annals").path))
    }
}

@Suite("JSON Lines documents and shards")
struct JSONLinesTests {
    private func read(_ lines: [String]) throws(JSONLinesError) -> (articles: [Article], warnings: [CorpusWarning]) {
        var reader = DocumentLineReader()
        var articles: [Article] = []
        var warnings: [CorpusWarning] = []
        for (i, line) in lines.enumerated() {
            if let article = try reader.read(line: Substring(line), number: i + 1, warnings: &warnings) { articles.append(article) }
        }
        return (articles, warnings)
    }

    @Test("A document line becomes the article a corpus folder would give")
    func documentLine() throws {
        let corpus = try CacheFixtures.corpus()
        let fromFolder = try CacheFixtures.articles(corpus).first { $0.file == "ferry.txt" }
        let line = #"{"file": "ferry.txt", "published": "2004-10-22", "title": "Ferry disaster off Tarrow", "publisher": "Harbour News", "url": "https://example.org/tarrow", "note": null, "text": "A ferry capsized off the island of Tarrow on 21 October 2004. The coast guard said 58 passengers drowned and 12 were injured.\n"}"#
        let (articles, warnings) = try read(["", line, "   "])
        #expect(warnings.isEmpty)
        #expect(articles == [fromFolder].compactMap { $0 })
    }

    @Test("Markdown front matter is read as the loader reads it; the line's fields win")
    func frontMatter() throws {
        let text = "---\\ntitle: Quarry collapse\\npublished: 2015-05-02\\n---\\nA quarry wall collapsed near Denholm on 1 May 2015, killing 4 workers.\\n"
        let (articles, warnings) = try read([#"{"file": "q.md", "text": "\#(text)", "title": "Collapse at Denholm"}"#])
        let article = try #require(articles.first)
        #expect(article.metadata.published == PartialDate(year: 2015, month: 5, day: 2))
        #expect(article.metadata.title == "Collapse at Denholm")
        #expect(article.bodyStart == "---\ntitle: Quarry collapse\npublished: 2015-05-02\n---\n".unicodeScalars.count)
        #expect(warnings.count == 1 && warnings[0].message.contains("differs"), "\(warnings)")
    }

    @Test("Bad lines are errors naming the line", arguments: [
        ("{\"file\": \"a.txt\", \"text\": \"x\"", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ("{\"file\": \"a.txt\", \"text\": \"x\", \"date\": \"2001-01-01\"}", "unknown key 'date'"),
        ("{\"file\": \"a.txt\"}", "'text' is missing"),
        ("{\"text\": \"x\"}", "'file' is missing"),
        ("{\"file\": \"\", \"text\": \"x\"}", "'file' is empty"),
        ("{\"file\": \"a.txt\", \"text\": 12}", "'text' must be a string"),
        ("{\"file\": \"a.txt\", \"text\": \"x\", \"published\": \"2001-02-30\"}", "not a real calendar day"),
        ("{\"file\": \"a.txt\", \"text\": \"x\", \"published\": \"March 2001\"}", "is not YYYY-MM-DD"),
        ("{\"file\": \"first.txt\", \"text\": \"x\"}", "already given on line 2"),
    ])
    func badLine(line: String, message: String) {
        let good = #"{"file": "first.txt", "text": "A bridge fell in Avonmere."}"#
        do {
            _ = try read(["", good, line])
            Issue.record("no error for \(line)")
        } catch {
            #expect(error.line == 3)
            #expect(error.description.hasPrefix("stdin:3: "), "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test("An empty text is skipped with a warning, as an empty file is")
    func emptyText() throws {
        let (articles, warnings) = try read([#"{"file": "blank.txt", "text": "  \n "}"#])
        #expect(articles.isEmpty)
        #expect(warnings.map(\.file) == ["blank.txt"])
    }

    @Test("Extracted documents round-trip through their lines; shards come back in file order")
    func roundTrip() throws {
        let corpus = try CacheFixtures.corpus()
        let articles = try CacheFixtures.articles(corpus)
        let extractions = CorpusExtractor().extract(articles)
        let documents = zip(articles, extractions).map { ExtractedDocument(source: $0.metadata, extraction: $1, rules: "engine=1 resources=test") }
        let lines = try documents.map { try $0.jsonLine() }
        #expect(lines.allSatisfy { !$0.contains("\n") })
        let dir = try TemporaryCorpus()
        let a = try dir.write("part-a", lines[2] + "\n")
        let b = try dir.write("part-b", lines[1] + "\n\n" + lines[0] + "\n")
        let shards = try ExtractedDocumentReader().read([b, a])
        #expect(shards.documents == documents.sorted { $0.file < $1.file })
        #expect(shards.rules == ["engine=1 resources=test"])
        #expect(Aggregator().aggregate(shards.documents.map(\.extraction), metadata: shards.documents.map(\.source))
                == Aggregator().aggregate(extractions, metadata: articles.map(\.metadata)))
    }

    @Test("Shard errors name the file and line", arguments: [
        ("{\"file\": \"x.txt\", \"text\": \"A document, not a result\"}", "no \"schema\" key"),
        ("{\"schema\": \"annals.extraction/0\"}", "is not 'annals.extraction/1'"),
        ("{\"schema\": \"annals.extraction/1\", \"rules\": \"r\", \"file\": \"x.txt\"}", "'source' is missing"),
        ("not json", "not a JSON object"),
    ])
    func badShard(line: String, message: String) throws {
        let dir = try TemporaryCorpus()
        let url = try dir.write("shard", "\n" + line + "\n")
        #expect {
            try ExtractedDocumentReader().read([url])
        } throws: { error in
            guard let error = error as? JSONLinesError else { return false }
            return error.line == 2 && error.source == url.path && error.message.contains(message)
        }
    }

    @Test("A document in two shards is an error naming both places")
    func duplicateAcrossShards() throws {
        let corpus = try CacheFixtures.corpus()
        let article = try #require(try CacheFixtures.articles(corpus).first)
        let line = try ExtractedDocument(source: article.metadata, extraction: DocumentExtractor().extract(article), rules: "r").jsonLine()
        let dir = try TemporaryCorpus()
        let a = try dir.write("a", line + "\n"), b = try dir.write("b", line + "\n")
        #expect {
            try ExtractedDocumentReader().read([a, b])
        } throws: { error in
            "\(error)".contains("\(b.path):1") && "\(error)".contains("also at \(a.path):1")
        }
    }
}
