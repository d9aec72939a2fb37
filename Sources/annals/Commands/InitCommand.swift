import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a new corpus folder with a sources.csv header and a commented corrections.yaml.",
        discussion: "Example: annals init my-corpus && annals add article.txt --to my-corpus --publisher 'Daily Example' --published 2024-05-01"
    )

    @Argument(help: ArgumentHelp("The folder to create (it may exist but must not hold a sources.csv).", discussion: "Example: annals init my-corpus"))
    var directory: String

    func run() throws {
        try reportingFailures {
            let dir = URL(fileURLWithPath: directory)
            let fm = FileManager.default
            let sources = dir.appendingPathComponent("sources.csv")
            if fm.fileExists(atPath: sources.path) { throw CLIError("\(sources.path) already exists; this folder is a corpus already") }
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            try "file,title,publisher,url,published,note\n".write(to: sources, atomically: true, encoding: .utf8)
            let corrections = dir.appendingPathComponent("corrections.yaml")
            if !fm.fileExists(atPath: corrections.path) {
                try Self.correctionsTemplate.write(to: corrections, atomically: true, encoding: .utf8)
            }
            print("Made corpus \(dir.path): add articles with `annals add FILE --to \(directory)`.")
        }
    }

    static let correctionsTemplate = """
    # Corrections: human decisions applied on every run, listed in the report's methodology.
    # Each entry has one action, a `reason`, and, when it brings facts from outside the corpus, a
    # `source` ({publisher, url, date}). Events are named by id (E1, E2 as `annals summary` shows
    # them) or by their exact title; ids follow date order and can change when articles are added,
    # so titles are the steadier choice.
    #
    # - set-date: Attack on Halabja
    #   date: 1988-03-16
    #   reason: The date given by the court records.
    # - merge: [E3, E4]
    #   reason: The same ceremony reported under two names.
    # - split: E2
    #   file: other-attack.txt
    #   reason: This article describes a different attack.
    # - suppress: {file: rumours.txt, sentence: 4}
    #   reason: The outlet retracted this sentence.
    # - add-figure: E2
    #   outcome: wounded
    #   value: 300
    #   reason: Hospital count not reported in the corpus.
    #   source: {publisher: City Hospital, url: https://example.org/report, date: 1988-04-01}
    # - add-event: {type: agreement, title: Ceasefire agreement, date: 1994-05-12, place: Bishkek}
    #   reason: Not reported in the corpus.
    #   source: {publisher: United Nations, url: https://example.org/ceasefire}

    """
}

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Copy articles into a corpus and add their rows to sources.csv, refusing duplicates by content.",
        discussion: "Example: annals add a.txt b.md --to my-corpus --publisher 'Daily Example' --url https://example.org/a --published 2024-05-01"
    )

    @Argument(help: ArgumentHelp("Article files (.txt or .md).", discussion: "Example: annals add a.txt b.md --to my-corpus"))
    var files: [String]

    @Option(help: ArgumentHelp("The corpus folder (made by `annals init`).", discussion: "Example: --to my-corpus"))
    var to: String

    @Option(help: ArgumentHelp("Publisher of the articles.", discussion: "Example: --publisher 'Daily Example'"))
    var publisher: String?

    @Option(help: ArgumentHelp("URL of the article (only with one file).", discussion: "Example: --url https://example.org/news/1"))
    var url: String?

    @Option(help: ArgumentHelp("Publication date, YYYY-MM-DD.", discussion: "Example: --published 2024-05-01"))
    var published: String?

    @Option(help: ArgumentHelp("Title of the article (only with one file).", discussion: "Example: --title 'Storm floods the valley'"))
    var title: String?

    func validate() throws {
        if (url != nil || title != nil) && files.count > 1 { throw ValidationError("--url and --title describe one article; add files one at a time to give them") }
        if let p = published {
            let parts = p.split(separator: "-").map { Int($0) }
            guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2], (1...12).contains(m),
                  d >= 1, d <= [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] else {
                throw ValidationError("--published must be a calendar date YYYY-MM-DD (got '\(p)')")
            }
        }
    }

    func run() throws {
        try reportingFailures {
            let fm = FileManager.default
            let corpus = URL(fileURLWithPath: to)
            let sources = corpus.appendingPathComponent("sources.csv")
            guard fm.fileExists(atPath: sources.path) else { throw CLIError("\(to) has no sources.csv; make the corpus with `annals init \(to)` first") }
            // Every article the loader would read: sub-folders too, hidden files and folders left out.
            var existing: [UInt64: [URL]] = [:]
            let walker = fm.enumerator(at: corpus, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            while let u = walker?.nextObject() as? URL {
                guard ["txt", "md"].contains(u.pathExtension.lowercased()),
                      (try? u.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                if let data = fm.contents(atPath: u.path) { existing[ContentHash.fnv1a(data), default: []].append(u) }
            }
            var rows = ""
            for path in files {
                let src = URL(fileURLWithPath: path)
                guard ["txt", "md"].contains(src.pathExtension.lowercased()) else { throw CLIError("\(path): only .txt and .md articles can be added") }
                guard let data = fm.contents(atPath: src.path) else { throw CLIError("\(path): cannot read the file") }
                let hash = ContentHash.fnv1a(data)
                if let twin = existing[hash]?.first(where: { fm.contents(atPath: $0.path) == data }) {
                    let name = twin.path.hasPrefix(corpus.path + "/") ? String(twin.path.dropFirst(corpus.path.count + 1)) : twin.lastPathComponent
                    Diagnostics.warn("skipped \(path): the corpus already holds the same text as \(name)")
                    continue
                }
                let dest = corpus.appendingPathComponent(src.lastPathComponent)
                if fm.fileExists(atPath: dest.path) { throw CLIError("\(dest.path) exists with other text; rename \(path) before adding it") }
                try fm.copyItem(at: src, to: dest)
                existing[hash, default: []].append(dest)
                rows += [dest.lastPathComponent, title ?? "", publisher ?? "", url ?? "", published ?? "", ""].map { $0.csvField }.joined(separator: ",") + "\n"
                print("added \(dest.lastPathComponent)")
            }
            if !rows.isEmpty {
                let handle = try FileHandle(forUpdating: sources)
                defer { try? handle.close() }
                let end = try handle.seekToEnd()
                if end > 0 {
                    try handle.seek(toOffset: end - 1)
                    if handle.readData(ofLength: 1) != Data("\n".utf8) { rows = "\n" + rows }
                    try handle.seekToEnd()
                }
                handle.write(Data(rows.utf8))
            }
        }
    }
}

/// 64-bit FNV-1a over a file's bytes: a quick key before comparing contents exactly.
enum ContentHash {
    static func fnv1a(_ data: Data) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in data { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
