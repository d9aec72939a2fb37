import Foundation

/// Runs the built `annals` executable, as a user would.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `annals` binary next to the test bundle (debug or release, whichever is testing).
    static var executable: URL {
        // Beside the test bundle: on Linux Bundle.main is the folder holding the test executable,
        // on macOS the .xctest bundle inside that folder.
        let bundle = Bundle.main.bundleURL
        let beside = bundle.deletingLastPathComponent().appendingPathComponent("annals")
        for candidate in [bundle.appendingPathComponent("annals"), beside] where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        let candidates = [".build/debug/annals", ".build/release/annals"].map { packageRoot.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? beside
    }

    static func run(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        return try execute(executable, arguments, in: directory, environment: env)
    }

    /// Runs another program (pdfinfo, qpdf, ...) found on the PATH.
    static func tool(_ name: String, _ arguments: [String]) throws -> Result {
        try execute(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
    }

    private static func execute(_ program: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("annals-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Loose JSON access for assertions.
struct JSON {
    let value: Any?

    init(_ text: String) { value = try? JSONSerialization.jsonObject(with: Data(text.utf8)) }
    init(value: Any?) { self.value = value }

    subscript(_ key: String) -> JSON { JSON(value: (value as? [String: Any])?[key]) }
    var array: [JSON] { (value as? [Any])?.map { JSON(value: $0) } ?? [] }
    var string: String? { value as? String }
    var int: Int? { value as? Int }
    var bool: Bool? { value as? Bool }
    var isNull: Bool { value is NSNull }
    var strings: [String] { array.compactMap(\.string) }
}
