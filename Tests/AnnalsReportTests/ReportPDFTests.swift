import AnnalsRender
import Foundation
import Testing
@testable import AnnalsCore
@testable import AnnalsReport

/// The assembled report rendered to PDF: every citation link leads to a declared destination.
@Suite struct ReportPDFTests {
    static func tool(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func citationMarkersLinkToTheSourcesListInTheWrittenPDF() throws {
        guard let qpdf = Self.tool("qpdf"), let pdfinfo = Self.tool("pdfinfo") else { return }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("annals-report-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("r.pdf")
        let doc = ReportBuilder(corpusName: "test", creationDate: Date(timeIntervalSince1970: 1_300_000_000)).document(ReportBuilderTests().digest())
        try ReportRenderer(paper: .letter).render(doc, to: url)
        #expect(try Self.run(qpdf, ["--check", url.path]).status == 0)
        let dests = try Self.run(pdfinfo, ["-dests", url.path]).output
        #expect(dests.contains("\"source-1\"") && dests.contains("\"source-2\""))
        let json = try Self.run(qpdf, ["--json=2", "--json-key=qpdf", url.path]).output
        // Links name their destination as a PDF string; the web address of source 1 is a URI action.
        #expect(json.contains("\"/Dest\": \"u:source-1\""))
        #expect(json.contains("\"/Dest\": \"u:source-2\""))
        #expect(json.contains("\"/URI\": \"u:https://example.org/a\""))
    }
}
