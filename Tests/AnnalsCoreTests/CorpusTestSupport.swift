import Foundation
@testable import AnnalsCore

/// A temporary corpus folder for a test, removed when the test's value goes away.
final class TemporaryCorpus {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("annals-corpus-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ bytes: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file
    }
}

/// The file text between two scalar offsets.
func scalarSlice(_ text: String, _ range: Range<Int>) -> String {
    ScalarText(text).slice(range.lowerBound, range.upperBound)
}
