import AnnalsCore

/// Citation markers: each source's number in brackets, in the order of the sources list.
///
/// In report markup a marker is a link (`<a href="#source-N">[N]</a>`, see AnnalsRender's
/// `LinkedMarkup`) to the destination the sources list declares on row N; charts and plain text
/// use the bare markers.
struct Citations {
    let numbers: [String: Int]
    /// Markers a linked citation shows at most (the lowest numbers); the rest are counted. nil: all.
    var limit: Int?

    init(_ digest: Digest, limit: Int? = nil) {
        numbers = Dictionary(digest.sources.map { ($0.file, $0.number) }, uniquingKeysWith: { a, _ in a })
        self.limit = limit
    }

    /// The destination name of source `number`'s entry in the sources list.
    static func destination(_ number: Int) -> String { "source-\(number)" }

    /// "[1][2]" for the files, sorted by number (plain text); beyond `limit` the lowest numbers
    /// and a count ("[1]…[6] +9 more"), so a chart label stays a label.
    func markers(_ files: [String], limit: Int? = nil) -> String {
        let sorted = sortedNumbers(files)
        guard let limit, sorted.count > limit else { return sorted.map { "[\($0)]" }.joined() }
        return sorted.prefix(limit).map { "[\($0)]" }.joined() + " +\(FigureText.number(sorted.count - limit)) more"
    }

    func markers(_ refs: [SourceReference], limit: Int? = nil) -> String { markers(refs.map(\.file), limit: limit) }

    /// Markers a chart label shows at most.
    static let chartLimit = 6

    /// "[1][2]" as markup, each marker a link to its source's entry. Beyond `limit` markers the
    /// lowest numbers are shown and the rest counted ("[1]…[12] +30 more sources"), so a cell stays
    /// a cell; the lowest numbers keep the sources a budgeted report cites few and shared.
    func linkedMarkers(_ files: [String]) -> String {
        let sorted = sortedNumbers(files)
        guard let limit, sorted.count > limit else { return sorted.map(Self.linkedMarker).joined() }
        let more = sorted.count - limit
        return sorted.prefix(limit).map(Self.linkedMarker).joined() + " +\(FigureText.number(more)) more source\(more == 1 ? "" : "s")"
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
