/// The word lists the number parser reads, loaded once from `Resources/english/numbers/`.
struct NumberLexicon: Sendable {
    /// "one" → 1 ... "ninety" → 90 (parts of hyphenated compounds).
    var words: [String: Int] = [:]
    /// Spaced scale words: "hundred" → 100, "million" → 1,000,000, "dozen" → 12.
    var scales: [String: Int] = [:]
    /// Letters glued to digits: "m" → 1,000,000 in "3.5m".
    var suffixScales: [String: Int] = [:]
    /// "dozens" → 24...open, approximate.
    var vague = PhraseTable<Quantity>()
    /// Modifiers before the number.
    var before = PhraseTable<Modifier>()
    /// Modifiers after the number ("or more").
    var after = PhraseTable<Modifier>()
    /// Verbs whose own particle is the "up" of a following "up to" ("revised up to 44").
    var particleVerbs: Set<String> = []
    /// Words right before "from" that make "from A to B" a range of estimates ("range from 4,000 to 7,000").
    var rangeVerbs: Set<String> = []
    /// Verbs of change before "by A to B": a change and a new value, never a range ("rose by 14 to 305").
    var changeVerbs: Set<String> = []

    /// Every lower-case word a number phrase can start with (modifiers, vague quantities, number
    /// words, "a"/"an"): one set lookup rejects most words before the several table lookups of a
    /// full match. Digits and hyphenated words ("sixty-three") are always tried.
    var startWords: Set<String> = []

    /// The lists above as byte-hashed tables (same answers: `WordTable`), made once at the end of
    /// `load`: the parser asks them at nearly every token of a sentence with a casualty word, where
    /// each `Set<String>`/`[String: Int]` lookup hashed the whole String.
    var startSet = WordSet()
    /// `startWords` by length and first byte: turns most words away before `startSet` is asked.
    var startFilter = WordFilter([String]())
    /// `startSet` as a table asked by bytes (`WordTable[utf8:]`), for words read in place (`SmallASCII`).
    var startTable = WordTable<Bool>()
    var wordValues = WordTable<Int>()
    var scaleValues = WordTable<Int>()
    var particleSet = WordSet()
    var rangeSet = WordSet()
    var changeSet = WordSet()

    static let shared = NumberLexicon.load()

    static func load() -> NumberLexicon {
        var lex = NumberLexicon()
        for (k, v) in (try? ResourceFile.pairs("english/numbers/words.txt")) ?? [] {
            if let n = Int(v) { lex.words[k.lowercased()] = n }
        }
        for (k, v) in (try? ResourceFile.pairs("english/numbers/scales.txt")) ?? [] {
            guard let n = Int(v) else { continue }
            if k.hasPrefix("suffix:") { lex.suffixScales[String(k.dropFirst(7)).lowercased()] = n }
            else { lex.scales[k.lowercased()] = n }
        }
        for (k, v) in (try? ResourceFile.pairs("english/numbers/vague.txt")) ?? [] {
            if let q = parseInterval(v) { lex.vague.insert(k, q) }
        }
        for (k, v) in (try? ResourceFile.pairs("english/numbers/modifiers.txt")) ?? [] {
            let parts = v.split(separator: " ")
            guard let first = parts.first, let kind = ModifierKind(rawValue: String(first)) else { continue }
            let m = Modifier(kind: kind, approximate: parts.contains("~") || kind == .approx)
            if k.hasPrefix("after:") { lex.after.insert(String(k.dropFirst(6)), m) } else { lex.before.insert(k, m) }
        }
        lex.particleVerbs = Set(((try? ResourceFile.lines("english/numbers/particle-verbs.txt")) ?? []).map { $0.lowercased() })
        lex.rangeVerbs = Set(((try? ResourceFile.lines("english/numbers/range-verbs.txt")) ?? []).map { $0.lowercased() })
        lex.changeVerbs = Set(((try? ResourceFile.lines("english/numbers/change-verbs.txt")) ?? []).map { $0.lowercased() })
        lex.startWords = Set(lex.words.keys).union(lex.vague.firstWords).union(lex.before.firstWords).union(["a", "an", "from", "half"])
        lex.startSet = WordSet(lex.startWords)
        lex.startFilter = WordFilter(lex.startWords)
        lex.startTable = WordTable(pairs: lex.startWords.map { ($0, true) })
        lex.wordValues = WordTable(lex.words)
        lex.scaleValues = WordTable(lex.scales)
        lex.particleSet = WordSet(lex.particleVerbs)
        lex.rangeSet = WordSet(lex.rangeVerbs)
        lex.changeSet = WordSet(lex.changeVerbs)
        return lex
    }

    /// `24+` → 24...open; `2-9` → 2...9; both approximate.
    static func parseInterval(_ text: String) -> Quantity? {
        if text.hasSuffix("+"), let low = Int(text.dropLast()) { return Quantity(low: low, high: nil, approximate: true) }
        let parts = text.split(separator: "-")
        if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a <= b { return Quantity(low: a, high: b, approximate: true) }
        return nil
    }
}
