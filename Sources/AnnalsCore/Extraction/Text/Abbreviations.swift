/// Abbreviations after which a period does not end a sentence (`english/text/abbreviations.txt`).
public struct Abbreviations: Sendable {
    /// Entries without their final period, case as written.
    public var always: Set<String> { didSet { tables = Tables(self) } }
    /// Entries that are abbreviations only before a number ("No. 5").
    public var beforeNumber: Set<String> { didSet { tables = Tables(self) } }
    /// Entries that may also end a sentence ("Inc.", "etc."): they do before a sentence opener.
    public var mayEnd: Set<String> { didSet { tables = Tables(self) } }
    /// Words that open sentences ("The", "He", "Police").
    public var sentenceOpeners: Set<String> { didSet { tables = Tables(self) } }

    /// The four sets as byte-hashed `WordSet`s (same answers): the splitter asks them at every
    /// period followed by a capital, and a `Set<String>` lookup hashes the word with SipHash.
    private var tables = Tables()

    private struct Tables: Sendable {
        var always = WordSet(), beforeNumber = WordSet(), mayEnd = WordSet(), sentenceOpeners = WordSet()
        init() {}
        init(_ a: Abbreviations) {
            always = WordSet(a.always)
            beforeNumber = WordSet(a.beforeNumber)
            mayEnd = WordSet(a.mayEnd)
            sentenceOpeners = WordSet(a.sentenceOpeners)
        }
    }

    public init(entries: [(key: String, value: String)], sentenceOpeners: [String] = []) {
        var always = Set<String>(), beforeNumber = Set<String>(), mayEnd = Set<String>()
        for (key, value) in entries {
            var word = key
            if word.hasSuffix(".") { word.removeLast() }
            guard !word.isEmpty else { continue }
            var forms: Set<String> = [word]
            if let first = word.first, first.isLowercase { forms.insert(first.uppercased() + word.dropFirst()) }
            switch value.lowercased() {
            case "number": beforeNumber.formUnion(forms)
            case "may-end": always.formUnion(forms); mayEnd.formUnion(forms)
            default: always.formUnion(forms)
            }
        }
        self.always = always
        self.beforeNumber = beforeNumber
        self.mayEnd = mayEnd
        self.sentenceOpeners = Set(sentenceOpeners)
        tables = Tables(self)
    }

    public static let english = Abbreviations(entries: (try? ResourceFile.pairs("english/text/abbreviations.txt")) ?? [],
                                              sentenceOpeners: (try? ResourceFile.lines("english/text/sentence-openers.txt")) ?? [])

    /// Whether a period after `word` (the text before the period back to whitespace, without
    /// opening punctuation) belongs to an abbreviation; `numberFollows` when the next word starts with a digit.
    /// `nextWord` is the word after the period, for `may-end` entries and dotted forms.
    public func isAbbreviation(_ word: [Unicode.Scalar], numberFollows: Bool, nextWord: String = "") -> Bool {
        word.withUnsafeBufferPointer { isAbbreviation($0, numberFollows: numberFollows, nextWord: { nextWord }) }
    }

    /// The same, `nextWord` made only when an entry needs it (a dotted form, a `may-end` entry):
    /// the splitter asks at every period followed by a capital.
    func isAbbreviation(_ word: UnsafeBufferPointer<Unicode.Scalar>, numberFollows: Bool, nextWord: () -> String) -> Bool {
        guard !word.isEmpty else { return false }
        // "J." — a single capital letter is an initial.
        if word.count == 1 { return ScalarClass.isUppercase(word[0]) }
        // "U.S", "e.g", "a.m" — letters separated by periods.
        if Self.isDottedLetters(word) { return !tables.sentenceOpeners.contains(nextWord()) }
        // Through UTF-8 bytes: appending to a `String.UnicodeScalarView` cost thousands of
        // instructions at every period of every article.
        let text = ScalarText.sliceOf(word, 0, word.count)
        if tables.mayEnd.contains(text) && tables.sentenceOpeners.contains(nextWord()) { return false }
        return tables.always.contains(text) || (numberFollows && tables.beforeNumber.contains(text))
    }

    private static func isDottedLetters(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard word.count >= 3 else { return false }
        for (k, s) in word.enumerated() {
            if k % 2 == 0 { if !ScalarClass.isLetter(s) { return false } } else if s != "." { return false }
        }
        return word.count % 2 == 1
    }
}
