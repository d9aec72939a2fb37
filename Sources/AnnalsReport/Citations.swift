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
}
