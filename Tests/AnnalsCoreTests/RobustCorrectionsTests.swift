import Foundation
import Testing
@testable import AnnalsCore

@Suite("Robust corrections.yaml: malformed files name the line and the fix")
struct RobustCorrectionsTests {
    func failure(_ text: String) -> CorrectionError? {
        do { _ = try CorrectionsFile.parse(text); return nil } catch let error as CorrectionError { return error } catch { return nil }
    }

    @Test func unbalancedQuoteIsAYAMLErrorWithItsLine() throws {
        let error = try #require(failure("- set-date: E2\n  date: 2004-12-26\n  reason: \"the agency bulletin\n"))
        #expect(error.file == "corrections.yaml")
        #expect(error.message.contains("YAML"))
        #expect(error.line >= 3)
    }

    @Test func impossibleDateNamesItsLine() throws {
        let error = try #require(failure("- set-date: E1\n  date: 2004-12-26\n  reason: ok\n- set-date: E2\n  date: 2025-02-30\n  reason: typo\n"))
        #expect(error.line == 5)
        #expect(error.message.contains("calendar"))
    }

    @Test func duplicateKeyIsRefused() throws {
        let error = try #require(failure("- set-date: E3\n  date: 2010-01-12\n  date: 2010-01-13\n  reason: two dates\n"))
        // Yams names the duplicated key; the line is that of the entry holding it.
        #expect(error.line == 1, "\(error)")
        #expect(error.message.contains("'date'"), "\(error)")
    }

    @Test func notUTF8IsRefusedNamingTheFile() throws {
        let dir = try TemporaryCorpus()
        let url = try dir.write("corrections.yaml", Data([0x2D, 0x20, 0xFF, 0xFE, 0x00]))
        #expect(throws: CorrectionError.self) { try CorrectionsFile.load(url) }
    }
}
