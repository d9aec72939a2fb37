import Foundation
import Synchronization

/// Decides whether two place or event names are spellings of one name: "Khojaly", "Khojali" and
/// "Xocalı" are; "Baku" and "Basra" are not.
///
/// Names are folded (diacritics and case removed, common transliteration pairs unified) and then
/// compared by edit distance relative to length.
public struct NameMatcher: Sendable {
    /// Largest edit distance, as a share of the longer folded name, at which two names match.
    public var maximumDistanceRatio: Double

    public init(maximumDistanceRatio: Double = 0.25) { self.maximumDistanceRatio = maximumDistanceRatio }

    /// Folded form: lower case, no diacritics, and transliteration variants unified
    /// (kh/x, j/c, y/i at the end, doubled letters single).
    public static func fold(_ name: String) -> String {
        var s = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        s = s.replacingOccurrences(of: "ı", with: "i")
        s = s.replacingOccurrences(of: "kh", with: "x")
        s = s.replacingOccurrences(of: "j", with: "c")
        s = s.replacingOccurrences(of: "dzh", with: "c")
        if s.hasSuffix("y") { s = String(s.dropLast()) + "i" }
        var out = ""
        for ch in s where ch.isLetter || ch.isNumber || ch == " " {
            if let last = out.last, last == ch, ch != " " { continue }
            out.append(ch)
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    public func matches(_ a: String, _ b: String) -> Bool {
        matches(FoldedName(a), FoldedName(b))
    }

    /// The same test on names folded beforehand: merging compares each name with many others, and
    /// folding (Foundation's diacritic folding and replacements) costs far more than comparing.
    public func matches(_ a: FoldedName, _ b: FoldedName) -> Bool {
        if a.folded.isEmpty || b.folded.isEmpty { return false }
        if a.folded == b.folded { return true }
        // "New York" and "New York City": one name containing the other word for word.
        if a.words.count != b.words.count, a.words.isSubset(of: b.words) || b.words.isSubset(of: a.words) { return true }
        let longest = max(a.characters.count, b.characters.count)
        guard longest >= 4 else { return false }
        // The edit distance is at least the difference in length: skip names that cannot be close.
        guard Double(abs(a.characters.count - b.characters.count)) / Double(longest) <= maximumDistanceRatio else { return false }
        return Double(Self.editDistance(a.characters, b.characters)) / Double(longest) <= maximumDistanceRatio
    }

    public func anyMatch(_ a: [String], _ b: [String]) -> Bool {
        anyMatch(a.map(FoldedName.init), b.map(FoldedName.init))
    }

    public func anyMatch(_ a: [FoldedName], _ b: [FoldedName]) -> Bool {
        a.contains { x in b.contains { matches(x, $0) } }
    }

    /// Levenshtein distance. Complexity: O(m·n).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// A name in `NameMatcher`'s folded form, with what the comparison needs, computed once.
public struct FoldedName: Sendable, Hashable {
    public let folded: String
    let characters: [Character]
    let words: Set<Substring>

    public init(_ name: String) {
        if let known = Self.memo.withLock({ $0[name] }) {
            self = known
            return
        }
        folded = NameMatcher.fold(name)
        characters = Array(folded)
        words = Set(folded.split(separator: " "))
        let made = self
        Self.memo.withLock { memo in
            if memo.count >= Self.memoLimit { memo.removeAll() }
            memo[name] = made
        }
    }

    /// Folded names by name as written: merging folds the same few hundred names for every
    /// mention and every merge, and Foundation's folding costs microseconds. Bounded: emptied
    /// when full, so a process that sees endless distinct names does not grow without end.
    private static let memo = Mutex<[String: FoldedName]>([:])
    static let memoLimit = 100_000
}
