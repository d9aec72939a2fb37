/// Every distinct folded name (place or event name) merging has met, numbered, with the names each
/// one matches, so that "which events share a name with this cluster" is a lookup, not a scan.
///
/// `NameMatcher.matches` is fuzzy (edit distance, word containment), so equal folded strings are
/// not enough: each new name is compared once with every name numbered before it, and the matches
/// are kept both ways. Complexity: O(u²) comparisons for u distinct names in the whole corpus —
/// far fewer than the clusters (a corpus of thousands of articles names a few hundred places).
struct NameKeys {
    let matcher: NameMatcher
    private var ids: [String: Int] = [:]
    private var names: [FoldedName] = []
    /// For each name, the names it matches (itself included unless it folds to nothing).
    private(set) var neighbours: [[Int]] = []

    init(matcher: NameMatcher) { self.matcher = matcher }

    /// The number of `name`, numbering it (and finding its matches) when it is new.
    mutating func id(_ name: FoldedName) -> Int {
        if let id = ids[name.folded] { return id }
        let id = names.count
        ids[name.folded] = id
        names.append(name)
        var own: [Int] = []
        for j in 0..<id where matcher.matches(names[j], name) {
            neighbours[j].append(id)
            own.append(j)
        }
        if matcher.matches(name, name) { own.append(id) }
        neighbours.append(own)
        return id
    }
}
