import Foundation

/// Small corpora written for the command-line tests: invented events, numbers and wording.
enum TestCorpus {
    static let flood = """
    Flash floods swept through the river town of Calder Ridge on 14 March 2019, killing 23 people, \
    including 9 children, the regional governor said. At least 400 residents were displaced.
    """
    static let quake = """
    An earthquake struck the coastal province of Veloria on 2 August 2016. Officials said 41 people \
    were killed and 130 were wounded in the collapse of the old market.
    """

    /// A corpus folder with two articles and their sources.csv; `extraRows` are appended to the table.
    static func make(in dir: URL, name: String = "corpus", extraRows: String = "", titles: (String, String)? = nil) throws -> URL {
        let corpus = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try flood.write(to: corpus.appendingPathComponent("flood.txt"), atomically: true, encoding: .utf8)
        try quake.write(to: corpus.appendingPathComponent("quake.txt"), atomically: true, encoding: .utf8)
        let (t1, t2) = titles ?? ("Floods hit Calder Ridge after days of record rainfall in the northern hills", "Quake in Veloria")
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let csv = "file,title,publisher,url,published,note\n"
            + "flood.txt,\(quoted(t1)),Valley Courier,https://example.org/flood?id=1&lang=en,2019-03-15,\n"
            + "quake.txt,\(quoted(t2)),Coast Daily,https://example.org/quake,2016-08-03,\n" + extraRows
        try csv.write(to: corpus.appendingPathComponent("sources.csv"), atomically: true, encoding: .utf8)
        return corpus
    }

    /// Names of the files in a folder, hidden ones included, sorted.
    static func listing(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }
}

extension CLIRunner {
    /// Runs annals with a pseudo-terminal as stdout and stderr (through `script`), as a person at a
    /// terminal would; returns what the terminal showed.
    static func runOnTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let command = ([executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qfec", "stty cols 100 2>/dev/null; " + command, "/dev/null"]
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        env["CI"] = nil
        env["NO_COLOR"] = nil
        env["TERM"] = "xterm-256color"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: "")
    }

    static var hasScript: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

    /// The environment of a plain pipe: no CI marker, no colour preference, no width.
    static let plain: [String: String] = ["CI": "", "NO_COLOR": "", "COLUMNS": ""]
}
