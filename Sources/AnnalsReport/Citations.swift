import AnnalsCore

/// Citation markers: each source's number in brackets, in the order of the sources list.
struct Citations {
    let numbers: [String: Int]

    init(_ digest: Digest) {
        numbers = Dictionary(digest.sources.map { ($0.file, $0.number) }, uniquingKeysWith: { a, _ in a })
    }

    /// "[1][2]" for the files, sorted by number.
    func markers(_ files: [String]) -> String {
        Set(files.compactMap { numbers[$0] }).sorted().map { "[\($0)]" }.joined()
    }

    func markers(_ refs: [SourceReference]) -> String { markers(refs.map(\.file)) }
}
