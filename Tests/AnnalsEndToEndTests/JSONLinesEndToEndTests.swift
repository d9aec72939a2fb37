import Foundation
import Testing

/// `annals extract --format jsonl` (from a folder or from stdin) and `annals summary --mentions`:
/// extraction as a map step elsewhere, aggregation of the shards here.
@Suite("JSON Lines: extract as a map step, summary --mentions")
struct JSONLinesEndToEndTests {
    static let mine = """
    ---
    title: Dam breach below Kessel Fork
    ---
    The Kessel Fork dam gave way on 30 April 2007, and 14 villagers were killed downstream. \
    About 2,000 people were evacuated.
    """

    /// A corpus with a Markdown article (front matter) besides the two plain ones.
    static func corpus(in dir: URL) throws -> URL {
        let corpus = try TestCorpus.make(in: dir)
        try mine.write(to: corpus.appendingPathComponent("dam.md"), atomically: true, encoding: .utf8)
        return corpus
    }

    /// Runs annals with `input` on stdin (CLIRunner has no stdin of its own: through sh).
    static func run(_ arguments: [String], stdin input: URL) throws -> CLIRunner.Result {
        try CLIRunner.tool("sh", ["-c", "f=\"$1\"; shift; exec \"$0\" \"$@\" < \"$f\"", CLIRunner.executable.path, input.path] + arguments)
    }

    /// The corpus's articles as input lines, as a pipeline outside annals would write them.
    static func documentLines(_ corpus: URL) throws -> String {
        let rows: [String: (String?, String?)] = [
            "flood.txt": ("2019-03-15", "Floods hit Calder Ridge after days of record rainfall in the northern hills"),
            "quake.txt": ("2016-08-03", "Quake in Veloria"),
            "dam.md": (nil, nil),
        ]
        var lines: [String] = []
        for (file, (published, title)) in rows.sorted(by: { $0.key > $1.key }) {
            var object: [String: Any] = ["file": file, "text": try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)]
            object["published"] = published ?? NSNull()
            if let title { object["title"] = title }
            if file == "flood.txt" { object["publisher"] = "Valley Courier"; object["url"] = "https://example.org/flood?id=1&lang=en" }
            if file == "quake.txt" { object["publisher"] = "Coast Daily"; object["url"] = "https://example.org/quake" }
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("Documents on stdin give the lines a corpus folder gives, one a document")
    func stdinMatchesFolder() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try Self.corpus(in: dir)
        let folder = try CLIRunner.run(["extract", corpus.path, "--format", "jsonl", "--no-cache"])
        #expect(folder.status == 0, "\(folder.stderr)")
        let folderLines = folder.stdout.split(separator: "\n").map(String.init)
        #expect(folderLines.count == 3)
        #expect(folderLines.map { JSON($0)["file"].string } == ["dam.md", "flood.txt", "quake.txt"])
        #expect(folderLines.allSatisfy { JSON($0)["schema"].string == "annals.extraction/1" })
        #expect(JSON(folderLines[0])["source"]["title"].string == "Dam breach below Kessel Fork", "front matter read")

        let input = dir.appendingPathComponent("docs.jsonl")
        try Self.documentLines(corpus).write(to: input, atomically: true, encoding: .utf8)
        let piped = try Self.run(["extract", "--format", "jsonl", "-"], stdin: input)
        #expect(piped.status == 0, "\(piped.stderr)")
        let pipedLines = piped.stdout.split(separator: "\n").map(String.init)
        #expect(Set(pipedLines) == Set(folderLines), "same bytes per document, whatever the input order")
        let cached = try CLIRunner.run(["extract", corpus.path, "--format", "jsonl"])
        let warm = try CLIRunner.run(["extract", corpus.path, "--format", "jsonl"])
        #expect(cached.stdout == folder.stdout && warm.stdout == folder.stdout, "the cache changes nothing")
    }

    @Test("summary --mentions over two shards equals summary of the corpus, in every format", arguments: ["json", "csv", "markdown", "table"])
    func shardsEqualCorpus(format: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try Self.corpus(in: dir)
        let lines = try CLIRunner.run(["extract", corpus.path, "--format", "jsonl"]).stdout.split(separator: "\n")
        let a = dir.appendingPathComponent("part-00000"), b = dir.appendingPathComponent("part-00001")
        try (lines[2] + "\n" + lines[0] + "\n").write(to: a, atomically: true, encoding: .utf8)
        try (lines[1] + "\n").write(to: b, atomically: true, encoding: .utf8)
        let shards = try CLIRunner.run(["summary", "--mentions", b.path, a.path, "--format", format], environment: CLIRunner.plain)
        #expect(shards.status == 0, "\(shards.stderr)")
        let whole = try CLIRunner.run(["summary", corpus.path, "--format", format], environment: CLIRunner.plain)
        #expect(shards.stdout == whole.stdout)
        #expect(shards.stdout.contains("23") && shards.stdout.contains("14"), "figures of both shards")
    }

    @Test("A bad input line: exit 1, an error naming stdin and the line; --format json and csv work from stdin too")
    func badLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("docs.jsonl")
        try """
        {"file": "a.txt", "published": "2012-07-04", "text": "A gas explosion in the Redmarsh mine on 2 July 2012 killed 9 miners."}
        {"file": "b.txt", "published": "04/07/2012", "text": "Nothing here."}

        """.write(to: input, atomically: true, encoding: .utf8)
        let r = try Self.run(["extract", "--format", "jsonl", "-"], stdin: input)
        #expect(r.status == 1)
        #expect(r.stderr.contains("stdin:2: published date '04/07/2012' is not YYYY-MM-DD"), "\(r.stderr)")

        try "{\"file\": \"a.txt\", \"published\": \"2012-07-04\", \"text\": \"A gas explosion in the Redmarsh mine on 2 July 2012 killed 9 miners.\"}\n"
            .write(to: input, atomically: true, encoding: .utf8)
        let json = try Self.run(["extract", "--format", "json", "-"], stdin: input)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(JSON(json.stdout)["figures"].array.first?["low"].int == 9)
        let csv = try Self.run(["extract", "--format", "csv", "-"], stdin: input)
        #expect(csv.stdout.contains("figure,a.txt,"), "\(csv.stdout)")
        let mixed = try CLIRunner.run(["extract", "-", input.path])
        #expect(mixed.status == 1 && mixed.stderr.contains("cannot be mixed"), "\(mixed.stderr)")
    }

    @Test("summary --mentions refuses a corpus beside it, a foreign line and a document in two shards")
    func mentionsErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try Self.corpus(in: dir)
        let lines = try CLIRunner.run(["extract", corpus.path, "--format", "jsonl"]).stdout
        let shard = dir.appendingPathComponent("shard.jsonl")
        try lines.write(to: shard, atomically: true, encoding: .utf8)

        let both = try CLIRunner.run(["summary", corpus.path, "--mentions", shard.path])
        #expect(both.status == 1 && both.stderr.contains("not both"), "\(both.stderr)")
        let twice = try CLIRunner.run(["summary", "--mentions", shard.path, shard.path])
        #expect(twice.status == 1 && twice.stderr.contains("also at \(shard.path):"), "\(twice.stderr)")
        let input = dir.appendingPathComponent("input.jsonl")
        try Self.documentLines(corpus).write(to: input, atomically: true, encoding: .utf8)
        let foreign = try CLIRunner.run(["summary", "--mentions", input.path])
        #expect(foreign.status == 1 && foreign.stderr.contains("\(input.path):1:"), "\(foreign.stderr)")
        #expect(foreign.stderr.contains("no \"schema\" key"), "\(foreign.stderr)")
    }
}
