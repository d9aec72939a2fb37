import Foundation
import Testing

@Suite("EvalFiguresEndToEnd")
struct EvalFiguresEndToEndTests {
    @Test("annals eval figures scores the held-out casualty set and prints P/R/F1")
    func heldOutSetRuns() throws {
        let result = try CLIRunner.run(["eval", "figures", "Tests/Data/casualties/held-out"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("documents 23"))
        let row = result.stdout.split(separator: "\n").first { $0.hasPrefix("figures") }
        let values = row.map { $0.split(separator: " ").dropFirst().compactMap { Double($0) } } ?? []
        #expect(values.count == 3)
        #expect(values.allSatisfy { $0 >= 0 && $0 <= 100 })
    }

    @Test("--verbose lists misses and spurious figures; an article without annotation is refused")
    func verboseAndErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Gunfire killed 7 people and wounded 12 in the square.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "killed\tall\t7\t7\nmissing\tall\t3\t3\n".write(to: dir.appendingPathComponent("a.tsv"), atomically: true, encoding: .utf8)
        let verbose = try CLIRunner.run(["eval", "figures", dir.path, "--verbose"])
        #expect(verbose.status == 0, "\(verbose.stderr)")
        #expect(verbose.stdout.contains("MISS     missing all 3 3"))
        #expect(verbose.stdout.contains("SPURIOUS wounded all 12 12"))
        #expect(verbose.stdout.contains("gold 2   system 2   matched 1"))

        try "No annotation here.\n".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["eval", "figures", dir.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("no annotation file"))
    }
}
