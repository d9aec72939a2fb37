import Foundation
import Testing

private let escape = "\u{1B}["

@Suite("annals on a terminal and in pipes")
struct ConsoleEndToEndTests {
    @Test("Piped: no escape codes, no progress; --verbose adds plain stage lines")
    func piped() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        for format in ["table", "csv", "json", "markdown"] {
            let r = try CLIRunner.run(["summary", corpus.path, "--format", format], environment: CLIRunner.plain)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stdout.contains(escape) && !r.stderr.contains(escape), "\(format)")
            #expect(!r.stderr.contains("extracting"), "no progress when piped")
        }
        let verbose = try CLIRunner.run(["summary", corpus.path, "--verbose"], environment: CLIRunner.plain)
        #expect(verbose.stderr.contains("extracting 2 documents in"))
        #expect(verbose.stderr.contains("flood.txt:"), "per-document notes")
        #expect(!verbose.stderr.contains(escape))
    }

    @Test("On a terminal: a progress bar on stderr and a bold header; none with CI, --quiet or NO_COLOR; --format json never coloured",
          .enabled(if: CLIRunner.hasScript, "needs /usr/bin/script (util-linux) to give the command a terminal"))
    func terminal() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        let now = ["ANNALS_PROGRESS_DELAY": "0"]
        let tty = try CLIRunner.runOnTerminal(["summary", corpus.path], environment: now)
        #expect(tty.status == 0, "\(tty.stdout)")
        #expect(tty.stdout.contains("extracting ["), "a bar is drawn")
        #expect(tty.stdout.contains("2/2 documents"))
        #expect(tty.stdout.contains("\u{1B}[1m"), "bold header on a terminal")
        let ci = try CLIRunner.runOnTerminal(["summary", corpus.path], environment: now.merging(["CI": "true"]) { $1 })
        #expect(!ci.stdout.contains("extracting ["), "no bar in CI")
        let quiet = try CLIRunner.runOnTerminal(["summary", corpus.path, "--quiet"], environment: now)
        #expect(!quiet.stdout.contains("extracting ["), "no bar with --quiet")
        let noColor = try CLIRunner.runOnTerminal(["summary", corpus.path], environment: now.merging(["NO_COLOR": "1"]) { $1 })
        #expect(!noColor.stdout.contains("\u{1B}[1m") && !noColor.stdout.contains("\u{1B}[3"), "no colour with NO_COLOR")
        let json = try CLIRunner.runOnTerminal(["summary", corpus.path, "--format", "json", "--quiet"])
        #expect(!json.stdout.contains(escape), "--format output never holds escape codes")
        #expect(json.stdout.contains("\"figures\""))
    }

    @Test("The table fits the width from COLUMNS, long titles end in an ellipsis; other formats keep full titles")
    func width() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        let narrow = try CLIRunner.run(["summary", corpus.path], environment: ["COLUMNS": "72"])
        #expect(narrow.status == 0)
        let lines = narrow.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 72 }, "\(lines.filter { $0.count > 72 })")
        #expect(narrow.stdout.contains("Floods hit Calder Ridge"), "the start of a long title stays")
        #expect(narrow.stdout.contains("…"))
        #expect(!narrow.stdout.contains("record rainfall in the northern hills"))
        let wide = try CLIRunner.run(["summary", corpus.path], environment: ["COLUMNS": "400"])
        #expect(wide.stdout.contains("Floods hit Calder Ridge after days of record rainfall in the northern hills"))
        let markdown = try CLIRunner.run(["summary", corpus.path, "--format", "markdown"], environment: ["COLUMNS": "40"])
        #expect(markdown.stdout.contains("record rainfall in the northern hills"))
    }

    @Test("--verbose lists skipped files and why; the default shows warnings; --quiet shows none")
    func skipped() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        try Data([0x00, 0xFF, 0x00, 0x13, 0x37, 0x00]).write(to: corpus.appendingPathComponent("photo.txt"))
        let normal = try CLIRunner.run(["summary", corpus.path], environment: CLIRunner.plain)
        #expect(normal.status == 0)
        #expect(normal.stderr.contains("photo.txt"), "\(normal.stderr)")
        let quiet = try CLIRunner.run(["summary", corpus.path, "--quiet"], environment: CLIRunner.plain)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(quiet.stdout == normal.stdout)
        let verbose = try CLIRunner.run(["summary", corpus.path, "-v"], environment: CLIRunner.plain)
        #expect(verbose.stderr.contains("photo.txt"))
        #expect(verbose.stderr.contains("read 2 articles"))
        #expect(try CLIRunner.run(["summary", corpus.path, "-q", "-v"]).status == 64)
    }
}

@Suite("annals help, version, completions and manual")
struct HelpEndToEndTests {
    static let subcommands = ["init", "add", "report", "timeline", "summary", "export", "extract", "timex", "eval"]

    @Test("--version prints the version")
    func version() throws {
        let r = try CLIRunner.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test("Every subcommand's help has a one-line abstract, an example, and help for every option")
    func helpEverywhere() throws {
        for name in Self.subcommands {
            let r = try CLIRunner.run([name, "--help"])
            #expect(r.status == 0, "\(name)")
            #expect(r.stdout.contains("OVERVIEW:"), "\(name)")
            #expect(r.stdout.contains("Example"), "\(name) has no example")
            // Every option has help: text after its name on the same line, or on the next, indented deeper.
            let lines = (r.stdout.components(separatedBy: "OPTIONS:").last ?? "").components(separatedBy: "\n")
            for (i, line) in lines.enumerated() where line.hasPrefix("  -") {
                let sameLine = line.dropFirst(2).range(of: "  ") != nil
                let nextLine = i + 1 < lines.count && lines[i + 1].hasPrefix("        ") && !lines[i + 1].trimmingCharacters(in: .whitespaces).isEmpty
                #expect(sameLine || nextLine, "\(name): \(line)")
            }
        }
    }

    @Test("A misspelt subcommand or option suggests the closest one, with the usage status")
    func suggestions() throws {
        let sub = try CLIRunner.run(["sumary", "seeds"])
        #expect(sub.status == 64)
        #expect(sub.stderr.contains("Did you mean 'summary'"))
        let sub2 = try CLIRunner.run(["reprot"])
        #expect(sub2.stderr.contains("Did you mean 'report'"))
        let option = try CLIRunner.run(["summary", "seeds", "--fromat", "json"])
        #expect(option.status == 64)
        #expect(option.stderr.contains("--format"))
        let nothingClose = try CLIRunner.run(["zzzzzz"])
        #expect(nothingClose.status == 64)
        #expect(!nothingClose.stderr.contains("Did you mean"))
    }

    @Test("Completion scripts for bash, zsh and fish; a man page naming every subcommand")
    func completionsAndManual() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try CLIRunner.run(["--generate-completion-script", shell])
            #expect(r.status == 0)
            #expect(r.stdout.contains("annals"))
            #expect(r.stdout.contains("summary") && r.stdout.contains("strict") && r.stdout.contains("quiet"), "\(shell)")
        }
        let man = try CLIRunner.run(["manual", "--date", "2020-01-02"])
        #expect(man.status == 0)
        #expect(man.stdout.hasPrefix(".TH ANNALS 1 \"2020-01-02\""))
        for name in Self.subcommands { #expect(man.stdout.contains(".SS annals \(name)"), "\(name)") }
        #expect(man.stdout.contains(".SH EXIT STATUS"))
        #expect(!(try CLIRunner.run(["--help"]).stdout.contains("manual")), "the generator stays out of the command list")
    }
}
