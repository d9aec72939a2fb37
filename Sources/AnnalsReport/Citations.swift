import AnnalsCore

/// Citation markers: each source's number in brackets, in the order of the sources list.
///
/// In report markup a marker is a link (`<a href="#source-N">[N]</a>`, see AnnalsRender's
/// `LinkedMarkup`) to the destination the sources list declares on row N; charts and plain text
/// use the bare markers.
struct Citations {
    let numbers: [String: Int]

    init(_ digest: Digest) {
        numbers = Dictionary(digest.sources.map { ($0.file, $0.number) }, uniquingKeysWith: { a, _ in a })
    }

    /// The destination name of source `number`'s entry in the sources list.
    static func destination(_ number: Int) -> String { "source-\(number)" }

    /// "[1][2]" for the files, sorted by number (plain text).
    func markers(_ files: [String]) -> String {
        sortedNumbers(files).map { "[\($0)]" }.joined()
    }

    func markers(_ refs: [SourceReference]) -> String { markers(refs.map(\.file)) }

    /// "[1][2]" as markup, each marker a link to its source's entry.
    func linkedMarkers(_ files: [String]) -> String {
        sortedNumbers(files).map(Self.linkedMarker).joined()
    }

    func linkedMarkers(_ refs: [SourceReference]) -> String { linkedMarkers(refs.map(\.file)) }

    static func linkedMarker(_ number: Int) -> String {
        "<a href=\"#\(destination(number))\">[\(number)]</a>"
    }

    private func sortedNumbers(_ files: [String]) -> [Int] {
        Set(files.compactMap { numbers[$0] }).sorted()
    }

    /// A chart's source line: each source by number and name when there are few, else a count
    /// that points to the sources list, so a chart stays a chart.
    static func sourceLine(_ digest: Digest, files: Set<String>, limit: Int = 6) -> String {
        let cited = digest.sources.filter { files.contains($0.file) }
        if cited.count <= limit {
            return "Sources: " + cited.map { "[\($0.number)] \($0.displayName)" }.joined(separator: "; ") + "."
        }
        return "Sources: \(cited.count) articles, numbered as in the sources list of the report."
    }
}
