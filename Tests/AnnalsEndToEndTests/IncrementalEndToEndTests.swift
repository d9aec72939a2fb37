import Foundation
import Testing

/// The extraction cache as a user meets it: CORPUS/.annals/, --verbose counts, --no-cache, and
/// runs that go on when the cache cannot be used.
@Suite("Incremental runs (the .annals/ cache)")
struct IncrementalEndToEndTests {
    static let storm = """
    A winter storm cut power across the lake district of Maren Vale on 11 January 2013. Police said \
    8 motorists died and 35 people were treated for injuries.
    """

    static func cacheFile(_ corpus: URL) -> URL { corpus.appendingPathComponent(".annals/extractions.sqlite") }

    @Test("Cold, warm, one file edited: the counts on stderr, the same summary as without the cache")
    func coldWarmTouched() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        try Self.storm.write(to: corpus.appendingPathComponent("storm.txt"), atomically: true, encoding: .utf8)

        let cold = try CLIRunner.run(["summary", corpus.path, "--format", "json", "-v"], environment: CLIRunner.plain)
        #expect(cold.status == 0, "\(cold.stderr)")
        #expect(cold.stderr.contains("cache: 3 of 3 documents extracted, 0 from the cache (\(Self.cacheFile(corpus).path))"), "\(cold.stderr)")
        #expect(FileManager.default.fileExists(atPath: Self.cacheFile(corpus).path))

        let warm = try CLIRunner.run(["summary", corpus.path, "--format", "json", "-v"], environment: CLIRunner.plain)
        #expect(warm.stderr.contains("cache: 0 of 3 documents extracted, 3 from the cache"), "\(warm.stderr)")
        #expect(warm.stdout == cold.stdout)

        let edited = Self.storm.replacingOccurrences(of: "8 motorists", with: "11 motorists")
        try edited.write(to: corpus.appendingPathComponent("storm.txt"), atomically: true, encoding: .utf8)
        let touched = try CLIRunner.run(["summary", corpus.path, "--format", "json", "-v"], environment: CLIRunner.plain)
        #expect(touched.stderr.contains("cache: 1 of 3 documents extracted, 2 from the cache"), "\(touched.stderr)")
        #expect(touched.stderr.contains("1 stale result removed"), "\(touched.stderr)")
        let uncached = try CLIRunner.run(["summary", corpus.path, "--format", "json", "--no-cache"], environment: CLIRunner.plain)
        #expect(touched.stdout == uncached.stdout)
        #expect(touched.stdout != cold.stdout, "the edited figure reached the summary")
        #expect(touched.stdout.contains("11"))
    }

    @Test("--no-cache neither writes nor reads .annals/; files named one by one are not cached")
    func noCache() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        let before = TestCorpus.listing(corpus)
        for arguments in [["summary", corpus.path, "--no-cache"], ["report", corpus.path, "--out", dir.appendingPathComponent("out").path, "--no-cache"],
                          ["extract", corpus.appendingPathComponent("flood.txt").path, corpus.appendingPathComponent("quake.txt").path]] {
            let r = try CLIRunner.run(arguments + ["-q"])
            #expect(r.status == 0, "\(arguments): \(r.stderr)")
        }
        #expect(TestCorpus.listing(corpus) == before)
        #expect(try CLIRunner.run(["summary", corpus.path, "-q"]).status == 0)
        #expect(TestCorpus.listing(corpus) == (before + [".annals"]).sorted())
    }

    @Test("A corrupt cache file: a warning, the right summary, and a working cache again")
    func corrupt() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent(".annals"), withIntermediateDirectories: true)
        try Data("half a page of something else entirely".utf8).write(to: Self.cacheFile(corpus))
        let r = try CLIRunner.run(["summary", corpus.path, "--format", "csv"], environment: CLIRunner.plain)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning:") && r.stderr.contains("could not be read"), "\(r.stderr)")
        #expect(r.stdout == (try CLIRunner.run(["summary", corpus.path, "--format", "csv", "--no-cache"])).stdout)
        let next = try CLIRunner.run(["summary", corpus.path, "--format", "csv", "-v"], environment: CLIRunner.plain)
        #expect(!next.stderr.contains("warning:"), "\(next.stderr)")
        #expect(next.stderr.contains("2 from the cache"), "\(next.stderr)")
    }

    @Test("No room for the cache (a file named .annals): a warning naming it, the run succeeds")
    func unwritable() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        try "not a folder".write(to: corpus.appendingPathComponent(".annals"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["summary", corpus.path, "--format", "csv"], environment: CLIRunner.plain)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning:") && r.stderr.contains(corpus.appendingPathComponent(".annals").path), "\(r.stderr)")
        #expect(r.stdout == (try CLIRunner.run(["summary", corpus.path, "--format", "csv", "--no-cache"])).stdout)
        #expect(try CLIRunner.run(["summary", corpus.path, "-q"]).stderr.isEmpty, "--quiet silences it")
    }

    @Test("Edited rules (through ANNALS_RESOURCES) rebuild the cache")
    func rulesChange() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        let rules = dir.appendingPathComponent("rules")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Sources/AnnalsCore/Resources"), to: rules)
        let env = CLIRunner.plain.merging(["ANNALS_RESOURCES": rules.path]) { $1 }
        _ = try CLIRunner.run(["summary", corpus.path, "-q"], environment: env)
        let same = try CLIRunner.run(["summary", corpus.path, "-v"], environment: env)
        #expect(same.stderr.contains("2 from the cache") && !same.stderr.contains("rebuilt"), "\(same.stderr)")

        let list = try #require(FileManager.default.enumerator(atPath: rules.appendingPathComponent("english").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted().first)
        let url = rules.appendingPathComponent("english").appendingPathComponent(list)
        try (try String(contentsOf: url, encoding: .utf8) + "\n# a rule edited by the test\n").write(to: url, atomically: true, encoding: .utf8)
        let changed = try CLIRunner.run(["summary", corpus.path, "-v"], environment: env)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stderr.contains("2 of 2 documents extracted, 0 from the cache"), "\(changed.stderr)")
        #expect(changed.stderr.contains("cache rebuilt: the rules or the program changed"), "\(changed.stderr)")
    }
}
